"""Timeline benchmark (issue 9): precision and recall of contradiction detection on the generated corpus.

The fixture's timeline generator (``scrapers.fixture.timelines``) writes monthly press
releases of six programmes in Kazakh and Russian, republishes them on other fixture sites
(verbatim, with a new opening, without the closing line, with a word edited, under a new
title, or translated), adds same-day reports that state only a share, and plants
contradictions of every kind. Each corpus is archived in a real WARC file, extracted by
the real extractors, stored in a real SQLite corpus, and its stories and timeline are
computed as ``dalel timeline`` does. The benchmark prints:

- contradictions: precision and recall by kind, a found contradiction matching a planted
  one when kind, programme and the story of the later claim agree;
- stories: precision and recall over pairs of articles put in one story (a translation is
  a story of its own);
- collapse: the share of republished claims counted once.

With ``--served`` each corpus is served by the fixture sites on 127.0.0.1 and crawled by
``dalel run`` (the nightly job: discovery, fetch, WARC, parse, extract, store), so the
figures cover the whole path.

Run: ``python benchmarks/timeline.py [--seeds N] [--background N] [--served] [--json] [--misses]``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def build(data_dir: Path, releases) -> dict[str, str]:
    """Archive, extract and store ``releases``; returns article URL → release key."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from corpus.store import Corpus, db_path
    from extractors.core import extract
    from scrapers.article import Article

    warc = data_dir / "warc" / "timeline-0001.warc.gz"
    warc.parent.mkdir(parents=True, exist_ok=True)
    urls = {}
    with warc.open("wb") as f, Corpus(db_path(data_dir)) as corpus:
        writer = WARCWriter(f, gzip=True)
        for r in releases:
            url = f"http://{r.site}{r.url_path}"
            html = f"<html><body><h1>{r.title}</h1><p>{r.text}</p></body></html>"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                               http_headers=http)
            writer.write_record(record)
            published = r.published.isoformat()
            article = Article(url=url, site=r.site, title=r.title, text=r.text, lang=r.lang, published=published,
                              warc_file=str(warc.relative_to(data_dir)),
                              warc_record_id=record.rec_headers.get_header("WARC-Record-ID"))
            corpus.store_article(article, extract(r.text, r.lang, published), "benchmark")
            urls[url] = r.key
    return urls


def background(seed: int, count: int):
    """The fixture's ordinary district news of the same months (other programmes, budgets,
    harvests, schools...), as releases of no story the truth knows: noise the timeline must not
    confuse with the planted series."""
    from datetime import datetime

    from scrapers.fixture.generator import ALMATY, generate_site, split_counts
    from scrapers.fixture.sites import SITES
    from scrapers.fixture.timelines import Release

    out = []
    now = datetime(2024, 6, 30, 12, tzinfo=ALMATY)
    for spec, n in zip(SITES, split_counts(count, SITES)):
        for a in generate_site(spec, n, seed, now, faults=False):
            if a.text:
                out.append(Release(f"bg-{spec.key}-{a.id}", f"bg-{spec.key}-{a.id}", "", a.lang, spec.name,
                                   a.published.date(), a.title, a.text.split("\n"), "background"))
    return out


def score_one(seed: int, programmes: int, noise: int = 0) -> dict:
    from corpus.store import Corpus, db_path
    from corpus.timeline import refresh_timeline
    from scrapers.fixture.timelines import PROGRAMMES, generate_timelines

    releases, planted = generate_timelines(seed, programmes)
    releases += background(seed, noise) if noise else []
    by_key = {r.key: r for r in releases}
    scored = {kk for kk, _ in PROGRAMMES}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        urls = build(data, releases)
        with Corpus(db_path(data)) as corpus:
            timeline = refresh_timeline(corpus.conn)
            members = corpus.conn.execute(
                "SELECT a.url, m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id").fetchall()
    truth = {(p.kind, p.programme, p.story) for p in planted}
    # the background's own programmes have no known truth: only the planted series are scored
    found = {(x.kind, x.programme, by_key[urls[x.later.first.url]].story): x.explanation
             for x in timeline.contradictions if x.programme in scored}
    # stories, over pairs of articles
    story_of = {urls[u]: s for u, s in members}
    same_true = {frozenset(p) for p in itertools.combinations(by_key, 2)
                 if by_key[p[0]].story == by_key[p[1]].story}
    same_found = {frozenset(p) for p in itertools.combinations(by_key, 2) if story_of[p[0]] == story_of[p[1]]}
    story_misses = [f"not joined: {sorted(p)}" for p in same_true - same_found] + \
        [f"joined wrongly: {sorted(p)}" for p in same_found - same_true]
    republished = [c for c in timeline.claims if len(c.appearances) > 1]
    copies = Counter(r.story for r in releases if r.variant not in ("original", "translated"))
    return {
        "truth": truth, "found": found, "story_misses": story_misses,
        "pairs_true": len(same_true), "pairs_found": len(same_found), "pairs_right": len(same_true & same_found),
        "articles": len(releases), "stories": timeline.stories, "claims": len(timeline.claims),
        "claims_republished": len(republished), "stories_with_copies": len(copies),
    }


def score_served(seed: int, noise: int) -> dict:
    """The same corpus served by the fixture sites on 127.0.0.1 and crawled by `dalel run`."""
    from click.testing import CliRunner

    from corpus.store import Corpus, db_path
    from corpus.timeline import compute_timeline
    from pipeline.cli import cli
    from scrapers.fixture import FixtureServer

    with tempfile.TemporaryDirectory() as tmp:
        data, sites = Path(tmp) / "data", Path(tmp) / "sites"
        with FixtureServer(seed=seed, articles=max(noise, 4), hosts=4, crawl_delay=0, faults=False,
                           edit_on_fetch=False, timelines=True) as fx:
            fx.write_configs(sites, delay=0.002)
            r = CliRunner().invoke(cli, ["run", "--data", str(data), "--sites", str(sites), "--no-json-logs"])
            if r.exit_code != 0:
                raise RuntimeError(f"dalel run failed: {r.output.strip().splitlines()[-1:]}")
            releases = {a.url: rel for a, rel in fx.timeline_releases}
            planted = fx.planted
        with Corpus(db_path(data)) as corpus:
            timeline = compute_timeline(corpus.conn)
            members = corpus.conn.execute(
                "SELECT a.url, m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id").fetchall()
    scored = {p.programme for p in planted} | {rel.programme for rel in releases.values()}
    found = {(x.kind, x.programme, releases[x.later.first.url].story if x.later.first.url in releases else "?"):
             x.explanation for x in timeline.contradictions if x.programme in scored}
    story_of = {u: s for u, s in members if u in releases}
    urls = sorted(story_of)
    same_true = {frozenset(p) for p in itertools.combinations(urls, 2)
                 if releases[p[0]].story == releases[p[1]].story}
    same_found = {frozenset(p) for p in itertools.combinations(urls, 2) if story_of[p[0]] == story_of[p[1]]}
    return {"truth": {(p.kind, p.programme, p.story) for p in planted}, "found": found,
            "story_misses": [f"not crawled: {u}" for u in releases if u not in story_of],
            "pairs_true": len(same_true), "pairs_found": len(same_found), "pairs_right": len(same_true & same_found),
            "articles": len(members), "stories": timeline.stories, "claims": len(timeline.claims)}


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=8, help="Corpora to generate (six programmes each).")
    ap.add_argument("--programmes", type=int, default=6)
    ap.add_argument("--background", type=int, default=120,
                    help="Ordinary fixture articles of the same months mixed into each corpus (0: none).")
    ap.add_argument("--served", action="store_true",
                    help="Serve each corpus from the fixture sites on 127.0.0.1 and crawl it with `dalel run` "
                         "(slower; the whole path from HTTP to the timeline).")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="List missed and spurious contradictions.")
    args = ap.parse_args(argv)
    from corpus.timeline import KINDS

    t0 = time.perf_counter()
    per_kind = {k: Counter() for k in KINDS}
    totals = Counter()
    misses = []
    for seed in range(1, args.seeds + 1):
        s = score_served(seed, args.background) if args.served else score_one(seed, args.programmes, args.background)
        for k in KINDS:
            t = {x for x in s["truth"] if x[0] == k}
            f = {x for x in s["found"] if x[0] == k}
            per_kind[k].update(planted=len(t), found=len(f), right=len(t & f))
            misses += [f"seed {seed} missed   {x}" for x in sorted(t - f)]
            misses += [f"seed {seed} spurious {x}: {s['found'][x]}" for x in sorted(f - t)]
        misses += [f"seed {seed} {m}" for m in s["story_misses"]]
        for key in ("pairs_true", "pairs_found", "pairs_right", "articles", "stories", "claims"):
            totals[key] += s[key]
    planted = sum(c["planted"] for c in per_kind.values())
    found = sum(c["found"] for c in per_kind.values())
    right = sum(c["right"] for c in per_kind.values())
    result = {
        "corpora": args.seeds, "served": args.served, "background_per_corpus": args.background, "articles": totals["articles"], "stories": totals["stories"],
        "claims": totals["claims"],
        "contradictions": {"planted": planted, "found": found, "right": right,
                           "precision": ratio(right, found), "recall": ratio(right, planted)},
        "by_kind": {k: {**c, "precision": ratio(c["right"], c["found"]), "recall": ratio(c["right"], c["planted"])}
                    for k, c in per_kind.items()},
        "stories_pairs": {"true": totals["pairs_true"], "found": totals["pairs_found"],
                          "precision": ratio(totals["pairs_right"], totals["pairs_found"]),
                          "recall": ratio(totals["pairs_right"], totals["pairs_true"])},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        c = result["contradictions"]
        print(f"timeline benchmark: {result['corpora']} generated corpora ({args.background} background articles "
              f"each), {result['articles']} articles, "
              f"{result['stories']} stories, {result['claims']} claims ({result['seconds']} s)")
        print(f"contradictions: precision {c['precision']}, recall {c['recall']} "
              f"({c['right']} right of {c['found']} found, {c['planted']} planted)")
        for k, v in result["by_kind"].items():
            print(f"  {k:<15} precision {v['precision']}, recall {v['recall']} "
                  f"({v['right']}/{v['found']} found, {v['planted']} planted)")
        sp = result["stories_pairs"]
        print(f"stories (pairs of articles in one story): precision {sp['precision']}, recall {sp['recall']} "
              f"({sp['found']} found, {sp['true']} true)")
    if args.misses:
        print("\n".join(misses) or "no misses", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
