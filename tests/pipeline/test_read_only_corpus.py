"""A corpus on a read-only file system (a mount shared with researchers, a published copy):
every reading command works on it, writing commands fail with one line, and nothing changes.

The corpus is in WAL mode, whose readers normally create a ``-shm`` file beside it; that is
what a read-only folder refuses, so these run on a real read-only tmpfs."""
from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.conftest import remount


@pytest.fixture
def read_only(tmpfs, builders):
    fs = tmpfs(64 * 1024 * 1024)
    db, _ = builders.build_corpus(fs / "data")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    names = sorted(p.name for p in db.parent.iterdir())
    remount(fs, "ro")
    yield fs / "data"
    assert sorted(p.name for p in db.parent.iterdir()) == names  # no -shm, -wal or lock left behind
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    remount(fs, "rw")


def invoke(*args):
    r = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in r.output, r.output
    return r


def test_query_reads_a_read_only_corpus(read_only):
    r = invoke("query", "--data", str(read_only), "--sql", "select count(*) as n from articles", "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["n"] > 0


def test_export_and_report_read_a_read_only_corpus(read_only, tmp_path):
    r = invoke("export", "--data", str(read_only), "--format", "jsonl", "--what", "checks", "--out", str(tmp_path))
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in (tmp_path / "checks.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows and all(isinstance(x["inputs"], dict) for x in rows)
    r = invoke("report", "--data", str(read_only), "--out", str(tmp_path / "report.html"))
    assert r.exit_code == 0, r.output
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8").lower()


def test_timeline_is_computed_without_being_stored(read_only):
    r = CliRunner().invoke(cli, ["timeline", "--data", str(read_only), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    assert "cannot be written here" in r.stderr
    assert isinstance(json.loads(r.stdout), dict)


def test_review_of_a_read_only_corpus_is_one_line(read_only):
    r = invoke("review", "0", "confirmed", "--data", str(read_only))
    assert r.exit_code != 0
    assert len([x for x in r.output.splitlines() if x.startswith("Error:")]) == 1, r.output
