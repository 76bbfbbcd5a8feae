"""`dalel export`: CSV, JSON Lines and Parquet hold the same rows as the database."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.fixture(scope="module")
def exported(tmp_path_factory, builders):
    data = tmp_path_factory.mktemp("export") / "data"
    builders.build_corpus(data)
    out = {}
    for fmt in ("csv", "jsonl", "parquet"):
        r = CliRunner().invoke(cli, ["export", "--data", str(data), "--format", fmt])
        assert r.exit_code == 0, r.output
        out[fmt] = r.output
    return data


DB_ROWS = {
    "articles": ("SELECT v.id, a.url, v.title, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id",
                 ("version_id", "url", "title", "text")),
    "records": ('SELECT id, kind, text, start, "end", value FROM records', ("record_id", "kind", "text", "start", "end", "value")),
    "checks": ("SELECT check_id, check_type, verdict, text FROM checks", ("check_id", "check", "verdict", "text")),
}


def db_rows(data, what):
    sql, _ = DB_ROWS[what]
    conn = sqlite3.connect(data / "dalel.sqlite")
    return sorted(tuple(r) for r in conn.execute(sql))


def norm(row, names):
    out = []
    for n in names:
        v = row[n]
        if n in ("version_id", "record_id", "start", "end") and v is not None:
            v = int(v)
        if n == "value" and v not in (None, ""):
            v = float(v)
        out.append(None if v == "" else v)
    return tuple(out)


@pytest.mark.parametrize("what", list(DB_ROWS))
def test_csv_holds_the_database_rows(exported, what):
    names = DB_ROWS[what][1]
    with (exported / "exports" / f"{what}.csv").open(encoding="utf-8", newline="") as f:
        rows = [norm(r, names) for r in csv.DictReader(f)]
    assert sorted(rows, key=repr) == sorted(db_rows(exported, what), key=repr)


@pytest.mark.parametrize("what", list(DB_ROWS))
def test_parquet_holds_the_database_rows(exported, what):
    import pyarrow.parquet as pq

    names = DB_ROWS[what][1]
    table = pq.read_table(exported / "exports" / f"{what}.parquet")
    rows = [norm(r, names) for r in table.to_pylist()]
    assert sorted(rows, key=repr) == sorted(db_rows(exported, what), key=repr)


@pytest.mark.parametrize("what", list(DB_ROWS))
def test_jsonl_holds_the_database_rows(exported, what):
    names = DB_ROWS[what][1]
    lines = (exported / "exports" / f"{what}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [norm(json.loads(line), names) for line in lines]
    assert sorted(rows, key=repr) == sorted(db_rows(exported, what), key=repr)


def test_jsonl_carries_check_inputs_as_objects(exported):
    # A researcher reading checks.jsonl gets the inputs as data, not as a string to parse again;
    # CSV keeps the JSON text in its cell.
    lines = (exported / "exports" / "checks.jsonl").read_text(encoding="utf-8").splitlines()
    exported_inputs = {x["check_id"]: x["inputs"] for x in map(json.loads, lines)}
    conn = sqlite3.connect(exported / "dalel.sqlite")
    stored = {cid: json.loads(text) for cid, text in conn.execute("SELECT check_id, inputs FROM checks")}
    assert stored and exported_inputs == stored
    assert all(isinstance(v, dict) for v in exported_inputs.values())
    with (exported / "exports" / "checks.csv").open(encoding="utf-8", newline="") as f:
        assert {r["check_id"]: json.loads(r["inputs"]) for r in csv.DictReader(f)} == stored


def test_parquet_columns_are_typed(exported):
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(exported / "exports" / "records.parquet")
    assert schema.field("value").type == pa.float64()
    assert schema.field("start").type == pa.int64()
    assert schema.field("kind").type == pa.string()


def test_checks_export_carries_reviews(tmp_path, builders):
    data = tmp_path / "data"
    builders.build_corpus(data)
    check_id = sqlite3.connect(data / "dalel.sqlite").execute(
        "select check_id from checks where verdict = 'inconsistent' order by id limit 1").fetchone()[0]
    assert CliRunner().invoke(cli, ["review", check_id, "confirmed", "--note", "санап шықтым", "--data", str(data)]).exit_code == 0
    r = CliRunner().invoke(cli, ["export", "--data", str(data), "--format", "jsonl", "--what", "checks"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in (data / "exports" / "checks.jsonl").read_text(encoding="utf-8").splitlines()]
    reviewed = [x for x in rows if x["review"]]
    assert [(x["check_id"], x["review"], x["review_note"]) for x in reviewed] == [(check_id, "confirmed", "санап шықтым")]


def test_export_of_a_missing_corpus_is_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["export", "--data", str(tmp_path / "none"), "--format", "csv"])
    assert r.exit_code == 1 and "no corpus here" in r.output and "Traceback" not in r.output
