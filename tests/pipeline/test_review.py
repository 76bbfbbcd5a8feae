"""`dalel review`: verdicts on checks, by full id or prefix, kept across re-extraction."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.fixture
def data(tmp_path, builders):
    builders.build_corpus(tmp_path / "data")
    return tmp_path / "data"


def check_ids(data):
    return [r[0] for r in sqlite3.connect(data / "dalel.sqlite").execute("select check_id from checks order by id")]


def reviews(data):
    return sqlite3.connect(data / "dalel.sqlite").execute("select check_id, verdict, note from reviews").fetchall()


def test_review_by_prefix_is_stored_and_can_change(data):
    cid = check_ids(data)[1]
    r = CliRunner().invoke(cli, ["review", cid[:6], "confirmed", "--data", str(data)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith(cid)
    assert reviews(data) == [(cid, "confirmed", None)]
    r = CliRunner().invoke(cli, ["review", cid, "dismissed", "--note", "Жоспар 45 шақырым болған", "--data", str(data)])
    assert r.exit_code == 0, r.output
    assert reviews(data) == [(cid, "dismissed", "Жоспар 45 шақырым болған")]


def test_review_survives_re_extraction(data, builders):
    from corpus.store import Corpus

    b = builders
    cid = check_ids(data)[2]
    assert CliRunner().invoke(cli, ["review", cid, "confirmed", "--data", str(data)]).exit_code == 0
    with Corpus(data / "dalel.sqlite") as corpus:
        for version_id, text in corpus.conn.execute("select id, text from article_versions").fetchall():
            corpus.replace_extraction(version_id, b.items_for(text), "9.9.9")
    assert cid in check_ids(data)
    assert reviews(data) == [(cid, "confirmed", None)]
    r = CliRunner().invoke(cli, ["export", "--data", str(data), "--format", "jsonl", "--what", "checks"])
    assert r.exit_code == 0
    assert '"review": "confirmed"' in (data / "exports" / "checks.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["ffffffffffff", "confirmed"], "no check"),
    (["not-hex!", "confirmed"], "is not a check id"),
    (["", "confirmed"], "is not a check id"),
])
def test_unknown_or_malformed_ids_are_one_clear_line(data, args, message):
    r = CliRunner().invoke(cli, ["review", *args, "--data", str(data)])
    assert r.exit_code == 1
    assert message in r.output and "Traceback" not in r.output
    assert reviews(data) == []


def test_a_verdict_outside_the_two_is_a_usage_error(data):
    r = CliRunner().invoke(cli, ["review", check_ids(data)[0], "maybe", "--data", str(data)])
    assert r.exit_code == 2 and "confirmed" in r.output


def test_an_ambiguous_prefix_is_refused(data):
    cid = check_ids(data)[0]
    twin = cid[:4] + ("0" if cid[4] != "0" else "1") + cid[5:]
    conn = sqlite3.connect(data / "dalel.sqlite")
    with conn:
        conn.execute("insert into checks(check_id, article_id, version_id, site, check_type, verdict, extractor_version) "
                     "select ?, article_id, version_id, site, check_type, verdict, extractor_version from checks "
                     "where check_id = ?", (twin, cid))
    r = CliRunner().invoke(cli, ["review", cid[:4], "confirmed", "--data", str(data)])
    assert r.exit_code == 1 and "ambiguous" in r.output
    assert CliRunner().invoke(cli, ["review", cid[:5], "confirmed", "--data", str(data)]).exit_code == 0
