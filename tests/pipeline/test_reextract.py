"""`dalel reextract`: parse and extract again from the WARC archive, offline; reviews survive."""
from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner

from extractors.core import EXTRACTOR_VERSION
from pipeline.cli import cli
from pipeline.commands.reextract import older


@pytest.fixture
def crawled(tmp_path):
    """A corpus crawled from the fixture site, whose server is stopped before re-extraction."""
    from scrapers.fixture import FixtureServer

    data = tmp_path / "data"
    with FixtureServer(seed=4, articles=12, hosts=2, port=0, crawl_delay=0, faults=False, edit_on_fetch=False) as fx:
        fx.write_configs(data / "sites", delay=0)
        r = CliRunner().invoke(cli, ["run", "--data", str(data), "--no-json-logs"])
        assert r.exit_code == 0, r.output
    return data


def db(data):
    return sqlite3.connect(data / "dalel.sqlite")


def test_old_versions_are_reparsed_from_warc_offline_and_reviews_kept(crawled):
    conn = db(crawled)
    n_versions = conn.execute("select count(*) from article_versions").fetchone()[0]
    texts = dict(conn.execute("select id, text from article_versions"))
    records_before = conn.execute('select version_id, kind, text, start, "end" from records order by id').fetchall()
    check_id = conn.execute("select check_id from checks order by id limit 1").fetchone()[0]
    # as if an older dalel had stored these: older extractor, and a worse parse of one page
    with conn:
        conn.execute("update article_versions set extractor_version = '0.0.1'")
        conn.execute("update article_versions set text = 'Бұрынғы талдаушы мәтінді қате алған.' where id = 1")
        conn.execute("delete from records where version_id = 1")
    fts = "select rowid from article_versions_fts where article_versions_fts match 'талдаушы'"
    assert conn.execute(fts).fetchall() == [(1,)]
    assert CliRunner().invoke(cli, ["review", check_id, "dismissed", "--note", "Қате емес", "--data", str(crawled)]).exit_code == 0

    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled)])  # the fixture server is gone: no network
    assert r.exit_code == 0, r.output
    m = re.search(r"re-extracted (\d+) article versions with extractor \S+ \((\d+) re-parsed from WARC", r.output)
    assert m and int(m.group(1)) == int(m.group(2)) == n_versions, r.output
    assert dict(conn.execute("select id, text from article_versions")) == texts  # the capture's text is back
    assert {v for (v,) in conn.execute("select distinct extractor_version from article_versions")} == {EXTRACTOR_VERSION}
    assert {v for (v,) in conn.execute("select distinct extractor_version from records")} == {EXTRACTOR_VERSION}
    assert conn.execute('select version_id, kind, text, start, "end" from records order by id').fetchall() \
        and sorted(conn.execute('select version_id, kind, text, start, "end" from records').fetchall()) == sorted(records_before)
    assert conn.execute("select count(*) from checks where check_id = ?", (check_id,)).fetchone()[0] == 1
    assert conn.execute("select verdict, note from reviews").fetchall() == [("dismissed", "Қате емес")]
    assert conn.execute(fts).fetchall() == []  # the search index follows the restored text


def test_current_versions_are_skipped_unless_all(crawled):
    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled)])
    assert r.exit_code == 0 and "re-extracted 0 article versions" in r.output
    n = db(crawled).execute("select count(*) from article_versions").fetchone()[0]
    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled), "--all"])
    assert r.exit_code == 0 and f"re-extracted {n} article versions" in r.output


def test_without_a_site_config_the_stored_text_is_used(crawled, tmp_path):
    empty = tmp_path / "nosites"
    empty.mkdir()
    conn = db(crawled)
    with conn:
        conn.execute("update article_versions set extractor_version = '0.0.1'")
    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled), "--sites", str(empty)])
    assert r.exit_code == 0, r.output
    n = conn.execute("select count(*) from article_versions").fetchone()[0]
    assert f"(0 re-parsed from WARC, {n} from stored text)" in r.output
    # said once a site, not once an article
    sites = conn.execute("select count(distinct site) from articles").fetchone()[0]
    assert r.output.count("no site config") == sites


def test_an_unknown_site_is_one_clear_line(crawled):
    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled), "--site", "nosuch.kz", "--all"])
    assert r.exit_code == 1
    assert "no articles of site nosuch.kz" in r.output


OLDER_TESTS = [
    ("0.0.9", "0.1.0", True),
    ("0.1.0", "0.1.0", False),
    ("0.2.0", "0.1.0", False),
    ("0.1.0-dev", "0.1.0", True),
    ("0", "0.1.0", True),
    (None, "0.1.0", True),
    ("0.10.0", "0.9.0", False),
]


@pytest.mark.parametrize("version, current, expected", OLDER_TESTS)
def test_older_compares_versions_numerically(version, current, expected):
    assert older(version, current) is expected


def _reextract_and_die(data, batch: int, die_at: int) -> None:
    """In a child process: reextract with small batches, and SIGKILL-like death at the ``die_at``-th write."""
    import os

    from corpus.store import Corpus
    from pipeline.commands import reextract as command

    command.BATCH = batch
    writes = 0
    real = Corpus.replace_extraction

    def replace_then_maybe_die(self, *args, **kwargs):
        nonlocal writes
        writes += 1
        if writes == die_at:
            os._exit(9)  # no cleanup, no commit: as a kill
        return real(self, *args, **kwargs)

    Corpus.replace_extraction = replace_then_maybe_die
    CliRunner().invoke(cli, ["reextract", "--data", str(data)])
    os._exit(0)


def _records(data):
    conn = db(data)
    try:
        return sorted(conn.execute('select version_id, kind, text, start, "end", value, unit, extractor_version '
                                   'from records').fetchall())
    finally:
        conn.close()


def test_a_kill_mid_batch_loses_only_that_batch_and_a_rerun_finishes(crawled, tmp_path):
    import multiprocessing
    import shutil

    with db(crawled) as conn:
        conn.execute("update article_versions set extractor_version = '0.0.1'")
        conn.execute("update records set extractor_version = '0.0.1'")
    n = db(crawled).execute("select count(*) from article_versions").fetchone()[0]
    assert n > 8
    uninterrupted = tmp_path / "uninterrupted"
    shutil.copytree(crawled, uninterrupted)
    assert CliRunner().invoke(cli, ["reextract", "--data", str(uninterrupted)]).exit_code == 0

    child = multiprocessing.get_context("fork").Process(target=_reextract_and_die, args=(crawled, 4, 7))
    child.start()
    child.join(60)
    assert child.exitcode == 9
    conn = db(crawled)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    # batches of 4: the first committed, the second died with its 3rd write uncommitted
    done = conn.execute("select count(*) from article_versions where extractor_version = ?",
                        (EXTRACTOR_VERSION,)).fetchone()[0]
    assert done == 4
    conn.close()

    r = CliRunner().invoke(cli, ["reextract", "--data", str(crawled)])
    assert r.exit_code == 0 and f"re-extracted {n - 4} article versions" in r.output, r.output
    assert _records(crawled) == _records(uninterrupted)


def _version_rows(data) -> list[dict]:
    """The stored versions as reextract reads them (its row dicts), oldest first."""
    conn = db(data)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(
            "SELECT v.id, v.title, v.text, v.lang, v.published, v.warc_file, v.warc_record_id, v.content_hash, "
            "v.extractor_version, a.site, a.url FROM article_versions v JOIN articles a ON a.id = v.article_id "
            "ORDER BY v.id")]
    finally:
        conn.close()


def test_a_batch_done_stage_by_stage_gives_what_each_version_alone_gives(crawled):
    # reextract parses a whole batch, then extracts it (warm caches); the results, their
    # order and the fall-back to the stored text must be those of one version at a time
    from pipeline.commands.reextract import reparse_and_extract_many
    from scrapers.config import load_sites

    configs = {c.name: c for c in load_sites(crawled / "sites")}
    rows = _version_rows(crawled)
    assert len(rows) > 8
    jobs = [(crawled, row, configs.get(row["site"]) if i % 3 else None) for i, row in enumerate(rows)]
    together = reparse_and_extract_many(jobs)
    alone = [reparse_and_extract_many([job])[0] for job in jobs]
    assert [(row["id"], article, items) for row, article, items in together] \
        == [(row["id"], article, items) for row, article, items in alone]
    assert any(article is None for _, article, _ in together) and any(article for _, article, _ in together)
    assert all(items for _, _, items in together)


def test_a_worker_waits_for_another_writer_and_then_stores_its_whole_batch(crawled):
    # reextract's workers store their own batches; one that meets the write lock held
    # (another worker's transaction) waits for it rather than failing
    import threading
    import time

    from pipeline.commands import reextract as command
    from scrapers.config import load_sites

    configs = {c.name: c for c in load_sites(crawled / "sites")}
    rows = _version_rows(crawled)[:4]
    conn = db(crawled)
    conn.execute("update article_versions set extractor_version = '0.0.1'")
    conn.commit()
    other = sqlite3.connect(crawled / "dalel.sqlite", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    released = []

    def release_later():
        time.sleep(1.0)
        released.append(time.monotonic())
        try:
            other.execute("COMMIT")
        finally:  # never leave the lock held: the worker would wait out its long timeout
            other.close()

    threading.Thread(target=release_later).start()
    db_path = crawled / "dalel.sqlite"
    try:
        tally = command.reextract_and_store(db_path, [(crawled, row, configs[row["site"]]) for row in rows],
                                            EXTRACTOR_VERSION)
        stored_at = time.monotonic()
        worker = command._worker_corpus[db_path]
        assert worker.conn.execute("pragma busy_timeout").fetchone()[0] == command.WORKER_LOCK_WAIT_MS
    finally:
        command._worker_corpus.pop(db_path).close()
    assert released and stored_at >= released[0]
    assert tally.versions == tally.reparsed == 4 and tally.records > 0
    versions = dict(conn.execute("select id, extractor_version from article_versions").fetchall())
    conn.close()
    assert {versions[row["id"]] for row in rows} == {EXTRACTOR_VERSION}
    assert sum(v == EXTRACTOR_VERSION for v in versions.values()) == 4
