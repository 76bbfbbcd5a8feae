"""The report's timeline section: contradictions between a programme's claims across articles.

Reads what :func:`corpus.timeline.refresh_timeline` stored (the nightly job and
``dalel timeline`` refresh it); each contradiction shows both claims highlighted in
their sentences, every site that carried them, and links to the articles and captures.
"""
from __future__ import annotations

import sqlite3
from html import escape
from pathlib import Path

CSS = """
.timeline .claims{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
.timeline .side{background:#fafafa;border:1px solid #eee;padding:.4rem .6rem}
.timeline{background:#fff}.verdict.timeline{background:#6a1b9a}
"""

_CHECKS = """
SELECT t.check_id, t.programme, t.metric, t.kind, t.explanation, t.earlier_claim_id, t.later_claim_id,
       rv.verdict AS review, rv.note AS review_note
FROM timeline_checks t
JOIN timeline_claims l ON l.id = t.later_claim_id
LEFT JOIN reviews rv ON rv.check_id = t.check_id
WHERE (? IS NULL OR substr(l.published, 1, 10) >= ?)
ORDER BY t.programme, t.metric, l.published
"""

_APPEARANCES = """
SELECT p.start, p."end", a.url, a.site, v.id AS version_id, v.title, v.published, v.text AS article_text,
       v.warc_file, v.warc_record_id
FROM timeline_appearances p
JOIN articles a ON a.id = p.article_id
JOIN article_versions v ON v.id = p.version_id
WHERE p.claim_id = ?
ORDER BY v.published, a.url
"""


def read_contradictions(conn: sqlite3.Connection, since: str | None) -> list[sqlite3.Row] | None:
    """Stored timeline checks, or None when this corpus has no timeline tables yet."""
    try:
        return conn.execute(_CHECKS, (since, since)).fetchall()
    except sqlite3.OperationalError:
        return None  # a corpus of an older schema, opened read-only: nothing computed


def _side(conn, claim_id: int, label: str, data_dir: Path, out_dir: Path, serve_url: str | None) -> str:
    from corpus.report import _article_link, _capture_link, highlighted

    rows = conn.execute(_APPEARANCES, (claim_id,)).fetchall()
    if not rows:
        return f'<div class="side"><p class="meta">{escape(label)}: no stored appearance</p></div>'
    first = rows[0]
    links = "".join(
        f"<li>{_article_link(r)} · {escape(r['site'])} · {escape(r['published'] or 'undated')}"
        f" · {_capture_link(r, data_dir, out_dir, serve_url)}</li>" for r in rows)
    return (f'<div class="side"><p><strong>{escape(label)}</strong>, {len(rows)} appearance(s)</p>'
            f'<p class="sentence">{highlighted(first["article_text"], first["start"] or 0, first["end"] or 0)}</p>'
            f'<ul class="meta">{links}</ul></div>')


def timeline_section(conn: sqlite3.Connection, data_dir: Path, out_dir: Path, since: str | None,
                     serve_url: str | None) -> tuple[str, int]:
    """HTML of the section and the number of contradictions in it."""
    rows = read_contradictions(conn, since)
    if rows is None:
        return ('<h2 id="timeline">Programme timelines</h2><p>Not computed for this corpus; '
                'run <code>dalel timeline</code>.</p>', 0)
    parts = []
    for r in rows:
        review = (f'<p class="review {escape(r["review"])}">Reviewed: {escape(r["review"])}'
                  f'{": " + escape(r["review_note"]) if r["review_note"] else ""}</p>' if r["review"] else "")
        parts.append(f"""
<section class="claim timeline" id="timeline-{escape(r['check_id'])}">
  <p><span class="verdict timeline">{escape(r['kind'].replace('_', ' '))}</span>
     <strong>{escape(r['programme'])}</strong> · {escape(r['metric'].replace('_', ' '))} — {escape(r['explanation'])}</p>
  <div class="claims">{_side(conn, r['earlier_claim_id'], 'Earlier claim', data_dir, out_dir, serve_url)}
  {_side(conn, r['later_claim_id'], 'Later claim', data_dir, out_dir, serve_url)}</div>
  {review}
</section>""")
    body = "".join(parts) or "<p>None.</p>"
    return (f'<h2 id="timeline">Programme timelines: contradictions across articles '
            f'(<span id="count-timeline">{len(rows)}</span>)</h2>'
            f'<p class="meta">A press release republished on several sites counts once; '
            f'every site that carried it is listed.</p>{body}', len(rows))
