"""A full disk and a read-only data folder: ``dalel run`` stops with one clear line, leaves no
article half-written, and the next run (with room again) ends with the corpus an untroubled run makes.

Real file systems where this machine lets us mount them (a size-limited tmpfs; CI runs as root),
and always also a fault injected at the write layer (ENOSPC from the WARC writer, a read-only
database under the corpus), so the behaviour is proved without mount rights too.
"""
from __future__ import annotations

import errno
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import remount

from pipeline.cli import cli
from tests.reliability.bench import load

crash = load("crash")
DISK_FULL = re.compile(r"(?i)disk full|no space left")
READ_ONLY = re.compile(r"(?i)read-only")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The fixture site set and the corpus an uninterrupted run makes of it."""
    from scrapers.fixture import FixtureServer

    work = tmp_path_factory.mktemp("storage")
    with FixtureServer(seed=5, articles=24, hosts=4, port=0, crawl_delay=0, faults=False, edit_on_fetch=False) as fx:
        fx.write_configs(work / "sites", delay=0)
        r = invoke(work / "whole", work / "sites")
        assert r.exit_code == 0, r.output
        yield work / "sites", work / "whole"


def invoke(data: Path, sites: Path, *extra: str):
    return CliRunner().invoke(cli, ["run", "--data", str(data), "--sites", str(sites), "--no-json-logs", *extra])


def data_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def assert_nothing_half_written(data: Path, whole: Path) -> None:
    """Every article the failed run stored has all its records and checks; the file is sound."""
    db = data / crash.DB
    if not db.exists():
        return
    assert crash.integrity(db) == "ok"
    got, ref = crash.corpus_content(db), crash.corpus_content(whole / crash.DB)
    urls = {row[0] for row in got["articles"]}
    assert {r for r in got["versions"]} == {r for r in ref["versions"] if r[0] in urls}
    assert got["records"] == [r for r in ref["records"] if r[0] in urls]
    assert not any(crash.duplicates(db).values())


def assert_recovered(data: Path, sites: Path, whole: Path) -> None:
    r = invoke(data, sites)
    assert r.exit_code == 0, r.output
    assert crash.integrity(data / crash.DB) == "ok"
    assert crash.corpus_content(data / crash.DB) == crash.corpus_content(whole / crash.DB)


def one_clear_line(output: str, pattern: re.Pattern) -> None:
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and pattern.search(errors[0]) and "run again" in errors[0], output


# --- real file systems (the tmpfs fixture and remount are in tests/conftest.py) ---------------

def test_full_disk_stops_the_run_cleanly_and_the_next_run_recovers(site, tmpfs):
    sites, whole = site
    fs = tmpfs(data_size(whole) // 2)  # room for about half of what the run writes
    r = invoke(fs / "data", sites)
    assert r.exit_code == 1, r.output  # whether SQLite or a site's WARC writer met the full disk first
    one_clear_line(r.output, DISK_FULL)
    assert_nothing_half_written(fs / "data", whole)
    remount(fs, "size=256m")
    assert_recovered(fs / "data", sites, whole)


def test_read_only_data_folder_is_one_clear_line_and_changes_nothing(site, tmpfs):
    sites, whole = site
    fs = tmpfs(256 * 1024 * 1024)
    # in its own process: nothing of the first run may keep a file open for writing at the remount
    first = subprocess.run([*crash.RUN, "--data", str(fs / "data"), "--sites", str(sites), "--site", "aqsu.fixture"],
                           capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    before = crash.corpus_content(fs / "data" / crash.DB)
    remount(fs, "ro")
    r = invoke(fs / "data", sites)
    assert r.exit_code == 1
    one_clear_line(r.output, READ_ONLY)
    remount(fs, "rw")
    assert crash.corpus_content(fs / "data" / crash.DB) == before
    assert_recovered(fs / "data", sites, whole)


# --- faults injected at the write layer ------------------------------------------------------

def test_injected_enospc_in_the_warc_writer(site, tmp_path, monkeypatch):
    from scrapers.warc import WarcArchive

    sites, whole = site
    real = WarcArchive.write_exchange
    calls = []

    def full_after_a_few(self, url, *a, **kw):
        calls.append(url)
        if len(calls) > 12:
            raise OSError(errno.ENOSPC, "No space left on device", str(self._path))
        return real(self, url, *a, **kw)

    monkeypatch.setattr(WarcArchive, "write_exchange", full_after_a_few)
    r = invoke(tmp_path / "data", sites)
    assert r.exit_code == 1, r.output  # SQLite still has room: the WARC writer's error ends the run
    one_clear_line(r.output, DISK_FULL)
    assert str(tmp_path / "data" / "warc") in r.output  # the line names the file it could not write
    assert_nothing_half_written(tmp_path / "data", whole)
    monkeypatch.setattr(WarcArchive, "write_exchange", real)
    assert_recovered(tmp_path / "data", sites, whole)


@pytest.mark.parametrize("error, pattern", [
    (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
    (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
])
def test_injected_store_failure_is_one_clear_line(site, tmp_path, monkeypatch, error, pattern):
    from corpus.store import Corpus

    sites, whole = site
    real = Corpus.store_article
    stored = []

    def fails_after_a_few(self, article, *a, **kw):
        if len(stored) >= 5:
            # the real transaction is begun and rolled back, as a failed COMMIT would leave it
            with self.transaction():
                self.conn.execute("INSERT INTO sites(name, first_seen) VALUES ('half-written.kz', 'x')")
                raise error
        stored.append(article.url)
        return real(self, article, *a, **kw)

    monkeypatch.setattr(Corpus, "store_article", fails_after_a_few)
    r = invoke(tmp_path / "data", sites)
    assert r.exit_code == 1, r.output
    one_clear_line(r.output, pattern)
    conn = sqlite3.connect(tmp_path / "data" / crash.DB)
    assert conn.execute("SELECT count(*) FROM sites WHERE name = 'half-written.kz'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    conn.close()
    assert_nothing_half_written(tmp_path / "data", whole)
    monkeypatch.setattr(Corpus, "store_article", real)
    assert_recovered(tmp_path / "data", sites, whole)
