"""`dalel run`: the nightly job against the fixture site set on 127.0.0.1, with real WARC and SQLite files."""
from __future__ import annotations

import errno
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.nightly import SiteTally, detect_degraded, run_lock


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    from scrapers.fixture import FixtureServer

    sites = tmp_path_factory.mktemp("sites")
    with FixtureServer(seed=3, articles=24, hosts=4, port=0, crawl_delay=0, faults=False, edit_on_fetch=False) as fx:
        # a little pacing, so a run lasts long enough to be killed half-way on a busy machine
        fx.write_configs(sites, delay=0.03)
        yield fx, sites


def invoke(*args, **kw):
    return CliRunner(**kw).invoke(cli, ["run", *map(str, args)])


def corpus_content(db: Path) -> dict:
    """What a reader of the corpus sees, without run ids, capture times and row ids."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(conn.execute("select url, site, versions from articles")),
            "versions": sorted(conn.execute(
                "select a.url, v.version, v.content_hash, v.title, v.text, v.published, v.lang "
                "from article_versions v join articles a on a.id = v.article_id")),
            "records": sorted(conn.execute(
                'select a.url, r.kind, r.text, r.start, r."end", r.value, r.unit, r.date_start, r.date_end, r.project '
                "from records r join articles a on a.id = r.article_id"), key=repr),
            "checks": sorted(conn.execute("select check_id, check_type, verdict, text from checks")),
        }
    finally:
        conn.close()


def test_run_stores_every_article_and_records_the_run(fixture_site, tmp_path):
    fx, sites = fixture_site
    data = tmp_path / "data"
    r = invoke("--data", data, "--sites", sites, "--no-json-logs")
    assert r.exit_code == 0, r.output
    conn = sqlite3.connect(data / "dalel.sqlite")
    stored = {u for (u,) in conn.execute("select url from articles")}
    assert stored == {a.url for a in fx.articles}
    m = re.search(r"run 1 finished in [\d.]+ s: (\d+) new, 0 updated, \d+ unchanged, 0 failed; (\d+) records, (\d+) checks",
                  r.stdout)
    assert m, r.stdout
    assert int(m.group(1)) == len(stored)
    assert int(m.group(2)) == conn.execute("select count(*) from records").fetchone()[0] > 0
    assert int(m.group(3)) == conn.execute("select count(*) from checks").fetchone()[0]
    run = conn.execute("select status, new, records, timings from runs").fetchone()
    assert run[:3] == ("finished", len(stored), int(m.group(2)))
    assert set(json.loads(run[3])) >= {"crawl", "extract", "store", "total"}
    per_site = dict(conn.execute("select site, new from run_sites"))
    assert sum(per_site.values()) == len(stored) and len(per_site) == 4
    # every article points at its archived capture, and records at their text
    for warc_file, text in conn.execute("select warc_file, text from article_versions"):
        assert (data / warc_file).is_file() and text.strip()
    for surface, start, end, text in conn.execute(
            'select r.text, r.start, r."end", v.text from records r join article_versions v on v.id = r.version_id'):
        assert text[start:end] == surface

    again = invoke("--data", data, "--sites", sites, "--no-json-logs")
    assert again.exit_code == 0, again.output
    assert re.search(r"run 2 finished in [\d.]+ s: 0 new, 0 updated", again.stdout), again.stdout
    assert conn.execute("select count(*) from articles").fetchone()[0] == len(stored)


def test_site_option_limits_the_run(fixture_site, tmp_path):
    fx, sites = fixture_site
    data = tmp_path / "data"
    r = invoke("--data", data, "--sites", sites, "--site", "aqsu.fixture", "--no-json-logs")
    assert r.exit_code == 0, r.output
    sites_stored = {s for (s,) in sqlite3.connect(data / "dalel.sqlite").execute("select distinct site from articles")}
    assert sites_stored == {"aqsu.fixture"}


def test_unknown_site_is_one_clear_line(fixture_site, tmp_path):
    _, sites = fixture_site
    r = invoke("--data", tmp_path / "data", "--sites", sites, "--site", "nosuch.kz")
    assert r.exit_code == 1
    assert "no site 'nosuch.kz'" in r.output and "Traceback" not in r.output


def test_json_logs_when_not_a_terminal(fixture_site, tmp_path):
    _, sites = fixture_site
    r = invoke("--data", tmp_path / "data", "--sites", sites, "--site", "syrboyi.fixture")
    assert r.exit_code == 0, r.output
    events = [json.loads(line) for line in r.stderr.splitlines() if line.startswith("{")]
    assert events and all({"time", "level", "logger", "message"} <= set(e) for e in events)
    kinds = [e.get("event") for e in events]
    assert kinds[0] == "run_start" and "run_end" in kinds
    articles = [e for e in events if e.get("event") == "article"]
    assert articles and all(e["outcome"] == "new" and e["url"].startswith("http://127.0.0.1:") for e in articles)


def test_a_second_run_at_once_is_refused(fixture_site, tmp_path):
    _, sites = fixture_site
    data = tmp_path / "data"
    with run_lock(data):
        r = invoke("--data", data, "--sites", sites)
    assert r.exit_code == 1
    assert "another dalel run" in r.output and str(os.getpid()) in r.output
    assert not (data / "dalel.sqlite").exists()


def test_a_site_whose_body_selector_finds_nothing_is_degraded(fixture_site, tmp_path):
    _, sites = fixture_site
    broken = tmp_path / "broken"
    broken.mkdir()
    for toml in sites.glob("*.toml"):
        text = toml.read_text(encoding="utf-8")
        if 'name = "aqsu.fixture"' in text:
            text = re.sub(r'(?m)^body = .*$', 'body = ".no-such-body"', text)
            text = re.sub(r'(?m)^title = .*$', 'title = ".no-such-title"', text)
            (broken / toml.name).write_text(text, encoding="utf-8")
    assert list(broken.glob("*.toml"))
    r = invoke("--data", tmp_path / "data", "--sites", broken, "--no-json-logs")
    assert r.exit_code == 3, r.output
    assert re.search(r"aqsu\.fixture .* DEGRADED", r.stdout)
    assert "degraded: aqsu.fixture: " in r.stdout
    degraded = sqlite3.connect(tmp_path / "data" / "dalel.sqlite").execute("select degraded from runs").fetchone()[0]
    assert "aqsu.fixture" in json.loads(degraded)


def _spawn(data: Path, sites: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", "run", "--data", str(data),
                             "--sites", str(sites)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)  # never create it before the run does
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("kill_after", [0, 5, 12])
def test_killed_run_resumes_to_the_corpus_of_an_uninterrupted_run(fixture_site, tmp_path, kill_after):
    fx, sites = fixture_site
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    assert invoke("--data", whole, "--sites", sites).exit_code == 0

    # The site serves a few articles past the kill point, then holds the rest: the kill lands with
    # articles in flight, yet a starved test process can no longer miss the run before it ends.
    with fx.hold(kill_after + 3):
        proc = _spawn(killed, sites)
        deadline = time.time() + 60
        while _stored(killed / "dalel.sqlite") < kill_after and proc.poll() is None and time.time() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    interrupted_at = _stored(killed / "dalel.sqlite")
    assert interrupted_at >= kill_after
    assert interrupted_at < len(fx.articles), "the run finished before it could be killed"

    r = invoke("--data", killed, "--sites", sites, "--no-json-logs")
    assert r.exit_code == 0, r.output
    assert corpus_content(killed / "dalel.sqlite") == corpus_content(whole / "dalel.sqlite")
    statuses = [s for (s,) in sqlite3.connect(killed / "dalel.sqlite").execute("select status from runs order by id")]
    assert statuses[-1] == "finished" and (len(statuses) == 1 or statuses[0] == "interrupted")


def test_ctrl_c_stops_the_run_at_once_and_the_next_run_resumes(fixture_site, tmp_path):
    fx, sites = fixture_site
    data = tmp_path / "data"
    with fx.hold(4):  # the site holds the rest: requests stay in flight when the signal lands
        proc = _spawn(data, sites)
        deadline = time.time() + 60
        while _stored(data / "dalel.sqlite") < 2 and proc.poll() is None and time.time() < deadline:
            time.sleep(0.01)
        sent = time.time()
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=30)
        waited = time.time() - sent
    assert code == 130
    assert waited < 25, f"Ctrl-C took {waited:.1f} s to stop the run"  # (it took a minute and more before)
    statuses = [s for (s,) in sqlite3.connect(data / "dalel.sqlite").execute("select status from runs order by id")]
    assert statuses == ["interrupted"]
    r = invoke("--data", data, "--sites", sites, "--no-json-logs")
    assert r.exit_code == 0, r.output
    assert _stored(data / "dalel.sqlite") == len([a for a in fx.articles if a.is_article])


def test_empty_bodies_failures_and_drops_are_degraded(tmp_path):
    from corpus.store import Corpus

    with Corpus(tmp_path / "c.sqlite") as corpus:
        for _ in range(3):
            rid = corpus.start_run(["quiet.kz"])
            corpus.finish_run(rid, "finished", {}, {"quiet.kz": {"new": 12}}, {}, {})
        rid = corpus.start_run(["empty.kz", "failing.kz", "quiet.kz", "fine.kz"])
        tallies = {
            "empty.kz": SiteTally(new=5, stored=5, empty_bodies=4, body_chars=[0, 0, 10, 3, 900]),
            "failing.kz": SiteTally(new=2, failed=6),
            "quiet.kz": SiteTally(),
            "fine.kz": SiteTally(new=4, stored=4, body_chars=[800, 900, 1000, 1200]),
        }
        degraded = detect_degraded(corpus, rid, tallies, {"fine.kz": {"degraded": None}})
    assert set(degraded) == {"empty.kz", "failing.kz", "quiet.kz"}
    assert "4 of 5 article bodies empty" in degraded["empty.kz"]
    assert "6 of 8 article fetches failed" in degraded["failing.kz"]
    assert "no new articles, against 12 a run usually" in degraded["quiet.kz"]


def test_progress_draws_a_bar_per_site_and_keeps_log_lines_above():
    import io
    import logging

    from pipeline.nightly import Progress, setup_logging

    out = io.StringIO()
    bar = Progress(["tolqyn.kz", "egemen.kz"], {"tolqyn.kz": 10}, stream=out, width=10)
    bar.update({"tolqyn.kz": SiteTally(new=5), "egemen.kz": SiteTally(new=1)}, force=True)
    first = out.getvalue()
    assert "tolqyn.kz [#####-----] 5 new, 0 updated, 0 records" in first
    assert "egemen.kz [-###------] 1 new" in first  # no earlier run: a moving block, not a share
    handler = setup_logging(False, progress=bar)
    try:
        logging.getLogger("dalel.test").warning("Сайт жауап бермеді")
    finally:
        logging.getLogger("dalel").removeHandler(handler)
    after = out.getvalue()[len(first):]
    assert after.startswith("\x1b[2F\x1b[J") and "WARNING dalel.test: Сайт жауап бермеді\n" in after
    assert after.rstrip().endswith("0 records\x1b[K")  # the bars again, below the line


def test_json_log_lines_carry_the_event_fields():
    import io
    import logging

    from pipeline.nightly import setup_logging

    out = io.StringIO()
    handler = setup_logging(True, stream=out)
    try:
        logging.getLogger("dalel.nightly").info("article stored", extra={"event": "article", "url": "http://x/1"})
    finally:
        logging.getLogger("dalel").removeHandler(handler)
    line = json.loads(out.getvalue())
    assert line["event"] == "article" and line["url"] == "http://x/1" and line["level"] == "info"


@pytest.mark.parametrize("error,expected", [
    (OSError(errno.ENOSPC, "No space left on device"), "no space left on the device"),
    (OSError(errno.EROFS, "Read-only file system", "data/dalel.lock"),
     "the data folder is on a read-only file system writing data/dalel.lock"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "the data folder is read-only"),
])
def test_a_refused_write_is_one_line_naming_the_folder(error, expected):
    from pipeline.nightly import storage_exit

    e = storage_exit(error, Path("data"), "the run stopped")
    assert e.message.startswith(f"data: {expected}") and e.message.endswith("; the run stopped")


def test_any_other_error_is_raised_as_it_is():
    from pipeline.nightly import storage_exit

    with pytest.raises(OSError, match="connection refused"):
        storage_exit(OSError(errno.ECONNREFUSED, "connection refused"), Path("data"), "the run stopped")
