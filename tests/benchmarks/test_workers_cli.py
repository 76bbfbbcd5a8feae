"""`dalel run --workers 2` and `dalel reextract --workers 2` store what one process stores."""
from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.nightly import extract_article as real_extract_article

RECORDS = ('select a.url, r.kind, r.text, r.start, r."end", r.value, r.date_start, r.project '
           'from records r join articles a on a.id = r.article_id')
CHECKS = "select a.url, c.check_id, c.verdict, c.inputs from checks c join articles a on a.id = c.article_id"


def crawl(data, workers: int):
    from scrapers.fixture import FixtureServer

    with FixtureServer(seed=6, articles=10, hosts=2, port=0, crawl_delay=0, faults=False, edit_on_fetch=False,
                       now=__import__("datetime").datetime(2026, 3, 2, 12, 0)) as fx:
        fx.write_configs(data / "sites", delay=0)
        r = CliRunner().invoke(cli, ["run", "--data", str(data), "--no-json-logs", "--workers", str(workers)])
        assert r.exit_code == 0, r.output
    return r.output


def corpus_rows(data, sql):
    conn = sqlite3.connect(data / "dalel.sqlite")
    try:
        # URLs differ only by the fixture's port between two crawls
        return sorted((re.sub(r":\d+/", ":PORT/", row[0]), *row[1:]) for row in conn.execute(sql))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory):
    one, two = tmp_path_factory.mktemp("one"), tmp_path_factory.mktemp("two")
    return (one, crawl(one, 1)), (two, crawl(two, 2))


def test_run_with_two_workers_stores_the_same_records_and_checks(two_crawls):
    (one, out_one), (two, out_two) = two_crawls
    assert re.search(r" 10 new, ", out_one) and re.search(r" 10 new, ", out_two), (out_one, out_two)
    records = corpus_rows(one, RECORDS)
    assert len(records) > 10 and records == corpus_rows(two, RECORDS)
    # check ids hash the URL, so compare verdicts and inputs
    checks = sorted((c[0], *c[2:]) for c in corpus_rows(one, CHECKS))
    assert checks and checks == sorted((c[0], *c[2:]) for c in corpus_rows(two, CHECKS))


def test_reextract_with_two_workers_rebuilds_the_same_records(two_crawls, monkeypatch):
    from pipeline.commands import reextract as command

    (_, _), (data, _) = two_crawls
    # batches of 3: four tasks, so both workers store batches through their own connections
    monkeypatch.setattr(command, "BATCH", 3)
    before = corpus_rows(data, RECORDS)
    with sqlite3.connect(data / "dalel.sqlite") as conn:
        conn.execute("update article_versions set extractor_version = '0.0.1'")
        conn.execute("delete from records")
    r = CliRunner().invoke(cli, ["reextract", "--data", str(data), "--workers", "2"])
    assert r.exit_code == 0, r.output
    assert re.search(r"re-extracted 10 article versions .*\(10 re-parsed from WARC, 0 from stored text\)", r.output)
    assert corpus_rows(data, RECORDS) == before
    with sqlite3.connect(data / "dalel.sqlite") as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from article_versions_fts").fetchone()[0] == 10


def test_workers_must_be_a_positive_count(tmp_path):
    r = CliRunner().invoke(cli, ["run", "--data", str(tmp_path), "--workers", "0"])
    assert r.exit_code == 2 and "--workers" in r.output and "Traceback" not in r.output


def test_a_worker_that_dies_is_a_one_line_error_and_the_next_reextract_finishes(two_crawls, monkeypatch):
    from extractors.core import EXTRACTOR_VERSION
    from pipeline.commands import reextract as command

    (_, _), (data, _) = two_crawls
    with sqlite3.connect(data / "dalel.sqlite") as conn:
        conn.execute("update article_versions set extractor_version = '0.0.1'")
    monkeypatch.setattr(command, "reextract_and_store", die_on_third)  # workers get it by name
    r = CliRunner().invoke(cli, ["reextract", "--data", str(data), "--workers", "2"])
    assert r.exit_code == 1 and "an extraction worker died" in r.output and "Traceback" not in r.output, r.output
    monkeypatch.undo()
    r = CliRunner().invoke(cli, ["reextract", "--data", str(data), "--workers", "2"])
    assert r.exit_code == 0, r.output
    with sqlite3.connect(data / "dalel.sqlite") as conn:
        assert {v for (v,) in conn.execute("select distinct extractor_version from article_versions")} \
            == {EXTRACTOR_VERSION}


def die_on_third(db, jobs, version):
    """A worker killed in the middle of a task, as the out-of-memory killer does."""
    import os

    from pipeline.commands.reextract import reextract_and_store  # the real one: workers are fresh processes

    if any(row["id"] == 3 for _, row, _ in jobs):
        os._exit(9)
    return reextract_and_store(db, jobs, version)


def test_run_goes_on_in_the_main_process_when_its_workers_die(two_crawls, tmp_path, monkeypatch, caplog):
    from pipeline import nightly

    (one, _), _ = two_crawls
    monkeypatch.setattr(nightly, "extract_article", die_in_worker)  # workers get it by name
    crawl(tmp_path, 2)
    assert {"extraction worker lost", "extraction pool lost; extracting in the main process"} \
        & {r.getMessage() for r in caplog.records}
    assert corpus_rows(tmp_path, RECORDS) == corpus_rows(one, RECORDS)


def die_in_worker(text, lang, published):
    """Kills a worker process; in the main process, the real extraction."""
    import multiprocessing
    import os

    if multiprocessing.parent_process() is not None:
        os._exit(9)
    return real_extract_article(text, lang, published)
