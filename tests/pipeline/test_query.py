"""`dalel query`: read-only SQL and filters, as table, CSV and JSON; writes refused."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.fixture
def data(tmp_path, builders):
    builders.build_corpus(tmp_path / "data")
    return tmp_path / "data"


def run(*args):
    return CliRunner().invoke(cli, ["query", *map(str, args)])


def as_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


FILTER_TESTS = [
    # (filters, expected record texts)
    (["--kind", "percent", "--site", "tolqyn.kz"], {"62,5%", "90%-ке"}),
    (["--kind", "percent", "--project", "Жол картасы"], {"90%-ке"}),
    (["--project", "жол картасы", "--kind", "money"], {"1,2 млрд теңге"}),
    (["--kind", "percent", "--since", "2023-01-01"], {"62,5%", "90%-ке", "55%"}),
    (["--kind", "percent", "--until", "2022-12-31"], {"70%"}),
    (["--text", "мектептерде"], {"биыл", "120", "75-і", "62,5%", "3 мыңнан астам"}),
    (["--text", "учителей", "--kind", "money"], {"2,4 млрд тенге"}),
    (["--text", "мектеп", "--kind", "percent"], {"62,5%"}),          # мектептерінде, мектептерде
    (["--text", "учител", "--kind", "percent"], {"55%"}),             # учителей, Учителя
    (["--text", "жол картасы", "--kind", "money"], {"1,2 млрд теңге", "2,4 млрд тенге"}),  # kk and ru articles
    (["--text", "мектеп интернет"], set()),
    (["--kind", "project", "--site", "syrboyi.kz"], {"Жол картасы"}),
    (["--kind", "organization"], set()),
]


@pytest.mark.parametrize("filters, expected", FILTER_TESTS, ids=[" ".join(f) for f, _ in FILTER_TESTS])
def test_filters_select_the_records_they_name(data, filters, expected):
    rows = as_json(run("--data", data, "--format", "json", *filters))
    assert {r["text"] for r in rows} == expected


def test_sql_as_csv_matches_the_database(data):
    r = run("--data", data, "--format", "csv", "--sql", "select kind, count(*) as n from records group by kind order by kind")
    assert r.exit_code == 0, r.output
    got = list(csv.reader(io.StringIO(r.output)))
    conn = sqlite3.connect(data / "dalel.sqlite")
    want = [[k, str(n)] for k, n in conn.execute("select kind, count(*) from records group by kind order by kind")]
    assert got[0] == ["kind", "n"]
    assert got[1:] == want


def test_table_output_names_columns_and_counts_rows(data):
    r = run("--data", data, "--kind", "money")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split()[:3] == ["record_id", "kind", "text"]
    assert lines[-1] == "(2 rows)"


REFUSED_SQL = [
    "delete from records",
    "update checks set verdict = 'consistent'",
    "insert into reviews(check_id, verdict, reviewed_at) values ('x', 'confirmed', 'now')",
    "drop table articles",
    "create table mine(x)",
    "attach database '/tmp/dalel-other.sqlite' as other",
    "pragma query_only = 0",
    "pragma journal_mode = delete",
    "vacuum",
]


@pytest.mark.parametrize("sql", REFUSED_SQL)
def test_writes_and_attach_are_refused_and_nothing_changes(data, sql):
    before = sqlite3.connect(data / "dalel.sqlite").execute("select count(*) from records").fetchone()
    r = run("--data", data, "--sql", sql)
    assert r.exit_code == 1
    assert r.output.startswith("Error: ") and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1
    assert not Path("/tmp/dalel-other.sqlite").exists() or "attach" not in sql
    after = sqlite3.connect(data / "dalel.sqlite").execute("select count(*) from records").fetchone()
    assert before == after


def test_sql_and_filters_together_is_a_usage_error(data):
    r = run("--data", data, "--sql", "select 1", "--kind", "percent")
    assert r.exit_code == 2
    assert "either --sql or filters" in r.output


@pytest.mark.parametrize("args, message", [
    (["--since", "2023-13-01"], "is not a date"),
    (["--sql", "select nosuchcolumn from records"], "SQL error"),
    (["--text", "!!!"], "no words"),
])
def test_bad_input_is_one_clear_line(data, args, message):
    r = run("--data", data, *args)
    assert r.exit_code != 0
    assert message in r.output and "Traceback" not in r.output


def test_missing_corpus_says_how_to_make_one(tmp_path):
    r = run("--data", tmp_path / "nowhere", "--kind", "percent")
    assert r.exit_code == 1
    assert "no corpus here" in r.output and "dalel run" in r.output


@pytest.mark.parametrize("content,message", [
    (b"hello\n", "not a SQLite database"),
    (b"", "not a dalel corpus"),
])
@pytest.mark.parametrize("command", [
    ["query", "--kind", "percent"], ["query", "--sql", "select 1"], ["export", "--format", "csv", "--out", "OUT"],
    ["report", "--out", "OUT/r.html"], ["review", "abc", "confirmed"], ["timeline"], ["reextract"],
])
def test_a_file_that_is_no_corpus_is_one_clear_line_and_stays_unchanged(tmp_path, content, message, command):
    data = tmp_path / "data"
    data.mkdir()
    (data / "dalel.sqlite").write_bytes(content)
    args = [str(tmp_path / "out") if a == "OUT" else a.replace("OUT", str(tmp_path / "out")) for a in command]
    r = CliRunner().invoke(cli, [*args, "--data", str(data)])
    assert r.exit_code == 1, r.output
    assert message in r.output and "Traceback" not in r.output
    assert (data / "dalel.sqlite").read_bytes() == content  # a read of a wrong file changes nothing


@pytest.mark.parametrize("sql, expected", [
    ("select count(*) as n from articles", [{"n": 4}]),
    ("select id from articles where id < 0", []),
    ("select id from articles order by id limit 2", [{"id": 1}, {"id": 2}]),
])
def test_json_is_one_document_and_jsonl_one_object_a_line(data, sql, expected):
    r = run("--data", data, "--sql", sql, "--format", "json")
    assert json.loads(r.output) == expected
    r = run("--data", data, "--sql", sql, "--format", "jsonl")
    assert r.exit_code == 0 and [json.loads(line) for line in r.output.splitlines()] == expected


def test_data_folder_comes_from_the_environment(data):
    r = CliRunner(env={"DALEL_DATA": str(data)}).invoke(cli, ["query", "--sql", "select count(*) as n from articles",
                                                              "--format", "json"])
    assert as_json(r) == [{"n": 4}]
