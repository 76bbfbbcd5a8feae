"""``dalel demo``: the whole pipeline on a local fixture site, scored against its gold files.

No internet needed: the fixture site set (``scrapers.fixture``) serves generated
articles on 127.0.0.1, the nightly job runs twice (the second run must add no new
article), and the stored records are scored against the generator's gold.
"""
from __future__ import annotations

import difflib
import shutil
import sqlite3
import time
from pathlib import Path

import click

from corpus.paths import DEMO_DATA, data_option

MARKER = ".dalel-demo"


@click.command("demo")
@data_option(DEMO_DATA)
@click.option("--articles", type=click.IntRange(min=4), default=300, show_default=True,
              help="How many articles the fixture site set serves.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the generated articles.")
@click.option("--crawl-delay", type=click.FloatRange(min=0), default=0.2, show_default=True,
              help="Crawl-delay (seconds) the fixture's robots.txt asks for; the crawler honours it.")
@click.option("--faults/--no-faults", default=True, show_default=True,
              help="Also serve the fixture's broken, slow and stalling pages (most of the demo's time goes to waiting them out).")
def demo(data_dir: Path, articles: int, seed: int, crawl_delay: float, faults: bool) -> None:
    """Run the nightly job twice against the local fixture site and score the corpus.

    Uses its own data folder (default ./dalel-demo), emptied first when an earlier
    demo made it; then prints the scores and what to look at next.
    """
    from pipeline.commands.run import nightly_run
    from pipeline.nightly import format_summary
    from scrapers.fixture import FixtureServer

    _prepare(data_dir)
    started = time.monotonic()
    with FixtureServer(seed=seed, articles=articles, hosts=4, port=0, crawl_delay=crawl_delay,
                       faults=faults) as fx:
        fx.write_configs(data_dir / "sites", delay=0.01)
        click.echo(f"fixture sites: {', '.join(f'{k} {v}' for k, v in fx.sites.items())}")
        if faults:
            click.echo("the fixture serves broken, slow and refusing pages on purpose: "
                       "warnings about them show the crawler coping")
        summaries = []
        for n in (1, 2):
            click.echo(f"\nnightly run {n} of 2")
            s = nightly_run(data_dir, None)
            summaries.append(s)
            click.echo(format_summary(s))
        # Gold after the runs: an article the site edited is scored in its latest version.
        fx.write_gold(data_dir / "gold")
    second = summaries[1].totals
    click.echo(f"\nsecond run: {second['new']} new articles"
               + (" (as it should: nothing new was published)" if second["new"] == 0 else " — expected 0"))
    scores, matched, n_gold = score_corpus(data_dir)
    from pipeline.evaluate import format_table

    click.echo(f"\nend-to-end scores: {matched} of {n_gold} gold articles found in the corpus")
    click.echo(format_table(scores))
    report = _report(data_dir)
    counts = _counts(data_dir)
    click.echo(f"\ncorpus: {counts['articles']} articles, {counts['records']} records "
               f"({', '.join(f'{k} {v}' for k, v in counts['kinds'].items())}), {counts['checks']} checks; "
               f"report: {report}")
    click.echo(f"demo took {time.monotonic() - started:.0f} s\n")
    click.echo(_next_steps(data_dir, counts.get("check_id")))
    if second["new"] != 0:
        raise click.ClickException(f"the second run added {second['new']} articles; it should add none")


def _prepare(data_dir: Path) -> None:
    """Start from an empty folder; only a folder an earlier demo made is emptied."""
    if data_dir.exists() and any(data_dir.iterdir()):
        if not (data_dir / MARKER).exists():
            raise click.ClickException(f"{data_dir}: not empty and not made by `dalel demo`; "
                                       f"choose another --data folder")
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text("made by `dalel demo`; the next demo empties this folder\n", encoding="utf-8")


def score_corpus(data_dir: Path):
    """Score the stored records of each gold article (matched by URL); returns (Scores, matched, gold files)."""
    from pipeline.evaluate import Scores, score_article
    from pipeline.gold import load_gold_dir

    golds = load_gold_dir(data_dir / "gold")
    scores = Scores()
    conn = sqlite3.connect(f"{(data_dir / 'dalel.sqlite').resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    matched = 0
    for g in golds:
        versions = conn.execute(
            "SELECT v.id, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.url = ? "
            "ORDER BY v.text = ? DESC, v.id DESC", (g.url, g.text)).fetchall()
        predicted: list[dict] = []
        if versions:
            matched += 1
            version_id, stored_text = versions[0]["id"], versions[0]["text"]
            predicted = _stored_items(conn, version_id)
            if stored_text != g.text:
                predicted = _realign(stored_text, g.text, predicted)
        score_article(scores, g.name, g.text, g.annotated, g.items, predicted, g.checks)
    conn.close()
    return scores, matched, len(golds)


def _stored_items(conn: sqlite3.Connection, version_id: int) -> list[dict]:
    import json

    items = []
    for r in conn.execute("SELECT * FROM records WHERE version_id = ?", (version_id,)):
        d = {k: r[k] for k in ("kind", "text", "start", "end", "value", "value_max", "unit", "qualifier",
                               "sentence", "name", "type", "about")}
        d["date"] = {"start": r["date_start"], "end": r["date_end"]} if r["kind"] == "date" else None
        items.append(d)
    for c in conn.execute("SELECT * FROM checks WHERE version_id = ?", (version_id,)):
        d = {"kind": "check", "check": c["check_type"], "verdict": c["verdict"], "text": c["text"],
             "start": c["start"], "end": c["end"], "sentence": c["sentence"], "about": c["about"]}
        d.update(json.loads(c["inputs"] or "{}"))
        items.append(d)
    return items


def _realign(stored: str, gold: str, items: list[dict]) -> list[dict]:
    """Move offsets from the stored text to the gold text where both agree; drop the rest.

    The parsed page and the generator's text may differ in whitespace or furniture;
    a record on text the parser got wrong is a miss, as it should be.
    """
    blocks = difflib.SequenceMatcher(None, stored, gold, autojunk=False).get_matching_blocks()
    out = []
    for d in items:
        s, e = d.get("start"), d.get("end")
        for a, b, size in blocks:
            if s is not None and a <= s and e <= a + size:
                out.append({**d, "start": s - a + b, "end": e - a + b})
                break
    return out


def _report(data_dir: Path) -> Path:
    from corpus.report import build_report

    out = data_dir / "report.html"
    build_report(data_dir / "dalel.sqlite", data_dir, out)
    return out


def _counts(data_dir: Path) -> dict:
    conn = sqlite3.connect(f"{(data_dir / 'dalel.sqlite').resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "records", "checks")}
        out["kinds"] = dict(conn.execute("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY count(*) DESC"))
        row = conn.execute("SELECT check_id FROM checks WHERE verdict = 'inconsistent' ORDER BY id LIMIT 1").fetchone()
        out["check_id"] = row[0] if row else None
        return out
    finally:
        conn.close()


def _next_steps(data_dir: Path, check_id: str | None) -> str:
    d = str(data_dir)
    lines = [
        "what to look at next:",
        f"  dalel report --data {d}                      # then open {data_dir / 'report.html'} in a browser",
        f"  dalel serve --data {d}                       # browse, facet and search at http://127.0.0.1:8001/",
        f"  dalel query --data {d} --kind percent --limit 10",
        f"  dalel query --data {d} --sql \"select verdict, count(*) from checks group by verdict\"",
    ]
    if check_id:
        lines.append(f"  dalel review {check_id} confirmed --note \"checked by hand\" --data {d}")
    lines.append(f"  dalel export --data {d} --format parquet   # articles, records, checks as files")
    return "\n".join(lines)


COMMANDS = [demo]
