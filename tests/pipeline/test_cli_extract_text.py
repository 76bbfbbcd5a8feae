"""`dalel extract-text`: JSON Lines out, clear one-line errors for bad input."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, ["extract-text", *args], input=input)


def test_sample_article_runs_and_every_line_is_a_record():
    r = run()
    assert r.exit_code == 0, r.output
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        assert rec["kind"] in {"percent", "number", "money", "quantity", "date", "project", "organization", "check"}


def test_offsets_index_the_text(tmp_path):
    text = "Ауданда 2024 жылы 35 мектеп жөнделді, бұл жоспардың 70%-ы.\n"
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    r = run(str(p), "--lang", "kk")
    assert r.exit_code == 0, r.output
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        if rec["kind"] != "check":
            assert text[rec["start"]:rec["end"]] == rec["text"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\x00\x01\x02binary", "binary"),
        ("Қазақ мәтіні".encode("utf-8")[:-1] + b"\xff", "not valid UTF-8"),
    ],
)
def test_bad_bytes_give_one_clear_line(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run(str(p))
    assert r.exit_code == 1
    assert message in r.output and "bad.txt" in r.output
    assert "Traceback" not in r.output


def test_missing_file_and_folder(tmp_path):
    r = run(str(tmp_path / "nope.txt"))
    assert r.exit_code == 1 and "no such file" in r.output
    r = run(str(tmp_path))
    assert r.exit_code == 1 and "is a folder" in r.output


def test_stdin_and_empty_input():
    assert run("-", input="").exit_code == 0
    assert run("-", input="Биыл 5 мектеп ашылды.").exit_code == 0


def test_bad_published_date_is_refused():
    r = run("-", "--published", "31.01.2023", input="мәтін")
    assert r.exit_code == 2 and "published" in r.output
