"""`dalel eval gold` and `dalel eval kaznerd` through the command line."""
from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.kaznerd import batches, read_sentences

TEXT = "Аудан бойынша 120 бас мал сатылды, бұл жоспардың 60%-ы. Бюджеттен 3 млрд теңге бөлінді."


def gold_dir(tmp_path):
    d = tmp_path / "gold"
    d.mkdir()
    items = [
        {"kind": "quantity", "surface": "120 бас", "value": 120, "unit": "head"},
        {"kind": "percent", "surface": "60%-ы", "value": 60},
        {"kind": "money", "surface": "3 млрд теңге", "value": 3e9, "unit": "KZT"},
    ]
    (d / "mal.json").write_text(json.dumps({"lang": "kk", "text": TEXT, "gold": items}, ensure_ascii=False), encoding="utf-8")
    return d


def test_eval_gold_scores_a_predictions_file(tmp_path):
    d = gold_dir(tmp_path)
    start = TEXT.index("60%")
    preds = [
        {"article": "mal.json", "kind": "percent", "start": start, "end": start + 3, "value": 60},  # overlap, not exact
        {"article": "mal", "kind": "money", "start": TEXT.index("3 млрд"), "end": TEXT.index("3 млрд") + 12, "value": 3e9},
        {"article": "mal.json", "kind": "number", "start": 0, "end": 5, "value": 1},  # spurious
    ]
    pf = tmp_path / "p.jsonl"
    pf.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in preds), encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "gold", str(d), "--json", "--predictions", str(pf)])
    assert r.exit_code == 0, r.output
    k = json.loads(r.output)["kinds"]
    assert k["percent"]["f1"] == 1.0 and k["percent"]["exact_f1"] == 0.0
    assert k["money"]["exact_f1"] == 1.0 and k["money"]["value_accuracy"] == 1.0
    assert k["quantity"]["recall"] == 0.0 and k["quantity"]["gold"] == 1
    assert k["number"]["predicted"] == 1 and k["number"]["precision"] == 0.0


def test_eval_gold_names_an_unknown_article(tmp_path):
    d = gold_dir(tmp_path)
    pf = tmp_path / "p.jsonl"
    pf.write_text(json.dumps({"article": "other.json", "kind": "number", "start": 0, "end": 1}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "gold", str(d), "--predictions", str(pf)])
    assert r.exit_code != 0
    assert "p.jsonl:1" in r.output and "other.json" in r.output


def test_eval_gold_table_runs_the_extractors(tmp_path):
    r = CliRunner().invoke(cli, ["eval", "gold", str(gold_dir(tmp_path))])
    assert r.exit_code == 0, r.output
    assert "quantity" in r.output and "checks:" in r.output


def test_a_kind_neither_annotated_nor_found_has_no_score():
    from pipeline.evaluate import Scores, format_table

    row = next(line for line in format_table(Scores()).splitlines() if line.startswith("organization"))
    assert "0.000" not in row and row.split()[1:3] == ["0", "0"] and row.split()[3] == "-"


IOB = """Биыл O
50 B-PERCENTAGE
пайызға I-PERCENTAGE
өсті O
. O

Ауданда O
12 B-CARDINAL
мектеп O
, O
« O
Жайлы B-PROJECT
мектеп I-PROJECT
» O
бар O
. O
"""


def test_kaznerd_sentences_and_spans(tmp_path):
    f = tmp_path / "iob.txt"
    f.write_text(IOB, encoding="utf-8")
    sents = list(read_sentences(f))
    assert [s.text for s in sents] == ["Биыл 50 пайызға өсті .", "Ауданда 12 мектеп , « Жайлы мектеп » бар ."]
    assert [(g.kind, g.surface) for g in sents[1].items] == [("number", "12"), ("project", "Жайлы мектеп")]
    (text, items), = list(batches(iter(sents), size=10))
    assert [text[g.start:g.end] for g in items] == ["50 пайызға", "12", "Жайлы мектеп"]


def test_eval_kaznerd_json_has_every_kind(tmp_path):
    f = tmp_path / "iob.txt"
    f.write_text(IOB, encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "kaznerd", str(f), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["kinds"]["percent"]["gold"] == 1 and d["kinds"]["project"]["gold"] == 1
    assert set(d["kinds"]) == {"percent", "number", "money", "quantity", "date", "project", "organization"}


@pytest.mark.parametrize("record,message", [
    ({"kind": "number", "start": "a", "end": 1}, "'start' must be a whole number"),
    ({"kind": "number", "start": 5, "end": 1}, "'start' (5) is after 'end' (1)"),
    ({"kind": "bogus", "start": 0, "end": 1}, "kind 'bogus' is none of"),
    ({"kind": "number", "start": 0, "end": 1, "value": "abc"}, "'value' must be a number"),
])
def test_eval_gold_refuses_a_malformed_prediction(tmp_path, record, message):
    d = gold_dir(tmp_path)
    pf = tmp_path / "p.jsonl"
    article = next(p.name for p in d.iterdir() if p.suffix == ".json")
    pf.write_text(json.dumps({"article": article, **record}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "gold", str(d), "--predictions", str(pf)])
    assert r.exit_code == 1 and "p.jsonl:1" in r.output and message in r.output, r.output


@pytest.mark.parametrize("content,args,message", [
    (b"\xff\xfe token O\n", [], "not UTF-8"),
    ("Обычный текст про район.\nЕщё строка.\n".encode(), [], "is no IOB2 label"),
    (b"", [], "no sentences to score"),
    ("Аудан O\n".encode(), ["--limit", "-1"], "x>=1"),
])
def test_eval_kaznerd_refuses_what_is_no_iob2_file(tmp_path, content, args, message):
    f = tmp_path / "in.txt"
    f.write_bytes(content)
    r = CliRunner().invoke(cli, ["eval", "kaznerd", str(f), *args])
    assert r.exit_code != 0 and message in r.output, r.output
    assert not isinstance(r.exception, (ValueError, UnicodeDecodeError)), r.exception  # no traceback


def test_eval_kaznerd_bad_line_is_named(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("onlyonetoken\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", "kaznerd", str(f)])
    assert r.exit_code != 0 and "bad.txt:1" in r.output
