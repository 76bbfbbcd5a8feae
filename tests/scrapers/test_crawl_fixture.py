"""End to end against the fixture site set (``scrapers.fixture.FixtureServer``): the issue's targets."""
from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timezone
from urllib.parse import urlsplit

import pytest

from scrapers import settings
from scrapers.config import load_sites
from scrapers.crawl import Crawler
from scrapers.parse import article_from_warc
from scrapers.warc import iter_records

fixture = pytest.importorskip("scrapers.fixture.server", reason="the fixture site (issue 7, other half) is absent")

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Crawl the fixture twice (same clock); keep what each run yielded, requested and logged."""
    tmp = tmp_path_factory.mktemp("fixture-crawl")
    handler = _Collect()
    logger = logging.getLogger("dalel.scrapers")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    runs = []
    quick = pytest.MonkeyPatch()
    quick.setattr(settings, "RETRY_BACKOFF", 0.05)  # Retry-After (1 s) is still honoured in full
    try:
        with fixture.FixtureServer(seed=1, articles=120, hosts=4, now=NOW, crawl_delay=0,
                                   stall_seconds=0.5, slow_seconds=0.3) as fx:
            fx.write_configs(tmp / "sites", delay=0.0)
            configs = load_sites(tmp / "sites")
            for _ in range(2):
                fx.clear_log()
                handler.records.clear()
                crawler = Crawler(configs, tmp, tmp / "corpus.db", now=NOW)
                got = []
                for article in crawler.articles():
                    got.append(article)
                    crawler.done(article)
                runs.append({"got": got, "stats": crawler.stats, "log": list(fx.request_log),
                             "messages": [r.getMessage() for r in handler.records]})
            truth = {a.url: a for a in fx.articles}
            faults = dict(fx.fault_urls)
            sites = dict(fx.sites)
            young = {a.url for a in fx.articles if (NOW - a.published).days < 7}
    finally:
        quick.undo()
        logger.removeHandler(handler)
        logger.setLevel(level)
    return {"runs": runs, "truth": truth, "faults": faults, "sites": sites, "young": young,
            "configs": {c.name: c for c in configs}, "dir": tmp}


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_every_article_found_exactly_once(two_runs):
    got = two_runs["runs"][0]["got"]
    counts = Counter(a.url for a in got)
    assert set(counts) == set(two_runs["truth"])
    assert max(counts.values()) == 1


def test_articles_match_what_the_site_published(two_runs):
    truth = two_runs["truth"]
    wrong = Counter()
    for a in two_runs["runs"][0]["got"]:
        t = truth[a.url]
        for field in ("title", "author", "category", "views", "lang"):
            wrong[field] += getattr(a, field) != getattr(t, field)
        wrong["published"] += a.published is None or a.published[:16] != t.published.isoformat()[:16]
        wrong["text"] += not t.edited and a.text != t.text  # the edited one changed after this capture
    assert sum(wrong.values()) == 0, wrong


def test_every_fault_path_logged_and_survived(two_runs):
    first = two_runs["runs"][0]
    text = "\n".join(first["messages"])
    dead = {name: url for name, url in two_runs["faults"].items()
            if name in ("server-error", "reset", "redirect-loop", "offsite-redirect", "huge", "gzip-bomb", "empty", "stalled")}
    for name, url in dead.items():
        assert urlsplit(url).path in text, f"fault {name} ({url}) not logged"
    for phrase in ("HTTP 500", "redirect loop", "not among the site's hosts", "larger than", "decompression bomb",
                   "no article text", "retrying", "disallowed by robots.txt"):
        assert phrase in text, phrase
    assert not any(path.startswith("/arhiv/") for _, _, path, _ in first["log"])  # robots.txt obeyed
    assert sum(s["failed"] for s in first["stats"].values()) == len(dead)
    assert all(s["degraded"] is None for s in first["stats"].values())


def test_second_run_fetches_only_robots_feeds_first_pages_and_young_articles(two_runs):
    second = two_runs["runs"][1]
    configs = two_runs["configs"]
    keys = {urlsplit(base).netloc: key for key, base in two_runs["sites"].items()}
    allowed = {"/robots.txt"}
    for c in configs.values():
        allowed |= set(c.feeds) | {t.replace("{n}", "1") for t in c.listings}
    allowed |= {urlsplit(u).path for u in two_runs["young"]}
    requested = {path.split("?")[0] for _, _, path, _ in second["log"]}
    assert requested <= allowed, requested - allowed
    assert "/robots.txt" in requested
    statuses = Counter(status for _, _, path, status in second["log"] if path in {urlsplit(u).path for u in two_runs["young"]})
    assert set(statuses) <= {200, 304} and statuses[304] >= len(two_runs["young"]) - 2
    assert sum(s["new"] for s in second["stats"].values()) == 0
    assert keys  # the fixture answered on its own ports


def test_edited_article_becomes_a_second_version(two_runs):
    edited = two_runs["faults"]["edited"]
    second = two_runs["runs"][1]["got"]
    assert [a.url for a in second] == [edited]
    first = next(a for a in two_runs["runs"][0]["got"] if a.url == edited)
    assert second[0].content_hash != first.content_hash and second[0].text.startswith(first.text.split("\n")[0])
    assert two_runs["runs"][1]["stats"]["tolqyn.fixture"]["updated"] == 1


def test_everything_archived_and_reparsable(two_runs):
    tmp = two_runs["dir"]
    uris = {r.rec_headers.get_header("WARC-Target-URI") for f in (tmp / "warc").glob("*.warc.gz")
            for _, r, _ in iter_records(f) if r.rec_type == "response"}
    for base in two_runs["sites"].values():
        assert base + "/robots.txt" in uris
    configs = two_runs["configs"]
    for a in two_runs["runs"][0]["got"][:20]:
        again = article_from_warc(tmp, a.warc_file, a.warc_record_id, configs[a.site])
        assert (again.url, again.text, again.published) == (a.url, a.text, a.published)
