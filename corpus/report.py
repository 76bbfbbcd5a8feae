"""The fact-check report: one self-contained HTML file a reader can open anywhere.

It lists the claims that did not add up (inconsistent) or could not be
recomputed (unverifiable), each with its sentence and the claim highlighted, the
values dalel computed, any fact-checker's review, and links to the article and
to the archived capture. No scripts, no external files; every piece of text
from the corpus is escaped.
"""
from __future__ import annotations

import json
import os
import sqlite3
from html import escape
from pathlib import Path

from corpus.query import open_readonly
from corpus.report_timeline import CSS as _TIMELINE_CSS, timeline_section

REPORTED_VERDICTS = ("inconsistent", "unverifiable")

_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
.claim{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.verdict{display:inline-block;padding:0 .5rem;border-radius:4px;color:#fff;font-weight:600}
.inconsistent{background:#b3261e}.unverifiable{background:#8a6d00}
.sentence{background:#f6f6f6;padding:.5rem .8rem;border-left:3px solid #999}
mark{background:#ffe27a;padding:0 .1rem}
table.values{border-collapse:collapse;margin:.5rem 0}table.values td,table.values th{border:1px solid #ddd;padding:.1rem .5rem;text-align:left}
.review{font-weight:600}.review.confirmed{color:#1b5e20}.review.dismissed{color:#555}
.meta{color:#555;font-size:.9rem}
"""

_QUERY = """
SELECT c.id, c.check_id, c.check_type, c.verdict, c.explanation, c.text, c.start, c."end", c.inputs, c.about,
       a.url, a.site, v.id AS version_id, v.title, v.published, v.text AS article_text, v.warc_file,
       v.warc_record_id, v.fetched_at, rv.verdict AS review, rv.note AS review_note, rv.reviewer,
       rv.reviewed_at
FROM checks c
JOIN articles a ON a.id = c.article_id
JOIN article_versions v ON v.id = c.version_id
LEFT JOIN reviews rv ON rv.check_id = c.check_id
WHERE c.version_id = a.current_version_id AND c.verdict IN ('inconsistent', 'unverifiable')
  AND (? IS NULL OR substr(v.published, 1, 10) >= ?)
ORDER BY c.verdict, v.published DESC, a.url, c.start
"""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) holding ``text[start:end]``."""
    from extractors.sentences import split_sentences

    spans = split_sentences(text)
    s = max((a for a, _ in spans if a <= start), default=0)
    e = min((b for _, b in spans if b >= end), default=len(text))
    return s, e


def highlighted(text: str, start: int, end: int) -> str:
    """HTML of the claim's sentence with the claim in <mark>; escaped."""
    if not (0 <= start <= end <= len(text)):
        return escape(text[:300])
    s, e = sentence_around(text, start, end)
    return (escape(text[s:start]) + "<mark>" + escape(text[start:end]) + "</mark>" + escape(text[end:e])).strip()


def _values_table(inputs_json: str | None) -> str:
    try:
        inputs = json.loads(inputs_json or "{}")
    except json.JSONDecodeError:
        inputs = {}
    if not inputs:
        return ""
    rows = "".join(
        f"<tr><th>{escape(str(k))}</th><td>{escape(_fmt(v))}</td></tr>" for k, v in inputs.items()
        if v is not None  # a change in points has no claimed percent, one in percent no claimed points
    )
    return f'<table class="values">{rows}</table>'


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".")
    if isinstance(v, list):
        return ", ".join(_fmt(x) for x in v)
    return "—" if v is None else str(v)


def _capture_link(row: sqlite3.Row, data_dir: Path, out_dir: Path, serve_url: str | None) -> str:
    if not row["warc_file"]:
        return "no archived capture"
    label = f"archived capture ({escape(row['warc_file'])}, {escape(row['warc_record_id'] or '')})"
    if serve_url:
        href = f"{serve_url.rstrip('/')}/-/capture/{row['version_id']}"
    else:
        href = Path(os.path.relpath(data_dir / row["warc_file"], out_dir)).as_posix()
    return f'<a class="capture" href="{escape(href)}">{label}</a>'


def _article_link(row: sqlite3.Row) -> str:
    title = escape(row["title"] or row["url"])
    if not str(row["url"]).lower().startswith(("http://", "https://")):
        return f'<span class="article">{title}</span>'  # never a javascript: or data: link
    return f'<a class="article" href="{escape(row["url"])}">{title}</a>'


def _claim(row: sqlite3.Row, data_dir: Path, out_dir: Path, serve_url: str | None) -> str:
    review = ""
    if row["review"]:
        note = f": {escape(row['review_note'])}" if row["review_note"] else ""
        who = f" by {escape(row['reviewer'])}" if row["reviewer"] else ""
        review = (f'<p class="review {escape(row["review"])}">Reviewed{who}: {escape(row["review"])}{note} '
                  f'<span class="meta">({escape(row["reviewed_at"])})</span></p>')
    else:
        review = '<p class="review none">Not reviewed yet.</p>'
    return f"""
<section class="claim" id="check-{escape(row['check_id'])}">
  <p><span class="verdict {escape(row['verdict'])}">{escape(row['verdict'])}</span>
     <strong>{escape(row['check_type'])}</strong> — {escape(row['explanation'] or '')}</p>
  <p class="sentence">{highlighted(row['article_text'], row['start'] or 0, row['end'] or 0)}</p>
  {_values_table(row['inputs'])}
  {review}
  <p class="meta">{_article_link(row)}
     · {escape(row['site'])} · published {escape(row['published'] or 'unknown')}
     · {_capture_link(row, data_dir, out_dir, serve_url)}</p>
  <p class="meta">Review it: <code>dalel review {escape(row['check_id'])} confirmed|dismissed --note "…"</code></p>
</section>"""


def build_report(db: Path, data_dir: Path, out: Path, since: str | None = None,
                 serve_url: str | None = None) -> dict[str, int]:
    """Write the report to ``out``; return the number of claims by verdict."""
    conn = open_readonly(db)
    try:
        rows = conn.execute(_QUERY, (since, since)).fetchall()
        totals = dict(conn.execute(
            "SELECT c.verdict, count(*) FROM checks c JOIN articles a ON a.id = c.article_id "
            "JOIN article_versions v ON v.id = c.version_id WHERE c.version_id = a.current_version_id "
            "AND (? IS NULL OR substr(v.published, 1, 10) >= ?) GROUP BY c.verdict", (since, since)).fetchall())
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        timeline_html, n_timeline = timeline_section(conn, data_dir.resolve(), out.resolve().parent, since,
                                                     serve_url)
    finally:
        conn.close()
    counts = {v: sum(1 for r in rows if r["verdict"] == v) for v in REPORTED_VERDICTS}
    reviewed = sum(1 for r in rows if r["review"])
    out_dir = out.resolve().parent
    sections = []
    for verdict in REPORTED_VERDICTS:
        claims = [r for r in rows if r["verdict"] == verdict]
        body = "".join(_claim(r, data_dir.resolve(), out_dir, serve_url) for r in claims) or "<p>None.</p>"
        sections.append(f'<h2 id="{verdict}">{verdict.capitalize()} claims ({len(claims)})</h2>{body}')
    scope = f"published since {escape(since)}" if since else "all articles"
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dalel fact-check report</title><style>{_CSS}{_TIMELINE_CSS}</style></head>
<body>
<h1>dalel fact-check report</h1>
<p class="summary">{n_articles} articles in the corpus ({scope}):
 <span id="count-checks">{sum(totals.values())}</span> claims recomputed,
 <span id="count-consistent">{totals.get('consistent', 0)}</span> consistent,
 <span id="count-inconsistent">{counts['inconsistent']}</span> inconsistent,
 <span id="count-unverifiable">{counts['unverifiable']}</span> unverifiable;
 <span id="count-reviewed">{reviewed}</span> of those reviewed.</p>
{''.join(sections)}
{timeline_html}
</body></html>
"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return {**counts, "reviewed": reviewed, "checks": sum(totals.values()), "timeline": n_timeline}
