"""`dalel demo`: fixture site, two nightly runs, scores, report and next steps, in its own folder."""
from __future__ import annotations

import re
import sqlite3

from click.testing import CliRunner

from pipeline.cli import cli


def test_demo_runs_twice_scores_and_reports(tmp_path):
    data = tmp_path / "demo"
    r = CliRunner().invoke(cli, ["demo", "--data", str(data), "--articles", "24", "--crawl-delay", "0", "--no-faults"])
    assert r.exit_code == 0, r.output
    out = r.stdout
    conn = sqlite3.connect(data / "dalel.sqlite")
    n_articles = conn.execute("select count(*) from articles").fetchone()[0]
    assert n_articles >= 20
    assert "nightly run 1 of 2" in out and "nightly run 2 of 2" in out
    assert re.search(r"run 2 finished in [\d.]+ s: 0 new", out)
    assert "second run: 0 new articles" in out
    m = re.search(r"end-to-end scores: (\d+) of (\d+) gold articles found in the corpus", out)
    assert m and m.group(1) == m.group(2) and int(m.group(2)) == len(list((data / "gold").glob("*.json")))
    for kind in ("percent", "number", "money", "quantity", "date", "project"):
        assert re.search(rf"(?m)^{kind}\s+\d+\s+\d+\s+[\d.]+", out), f"no score row for {kind}"
    kinds = {k for (k,) in conn.execute("select distinct kind from records")}
    assert {"percent", "number", "money", "date"} <= kinds
    assert conn.execute("select count(*) from checks").fetchone()[0] > 0
    report = (data / "report.html").read_text(encoding="utf-8")
    assert 'class="claim"' in report
    assert "what to look at next:" in out and f"dalel serve --data {data}" in out


def test_demo_empties_only_a_folder_it_made(tmp_path):
    precious = tmp_path / "real"
    precious.mkdir()
    (precious / "dalel.sqlite").write_bytes(b"")
    r = CliRunner().invoke(cli, ["demo", "--data", str(precious), "--articles", "4", "--no-faults"])
    assert r.exit_code == 1
    assert "not made by `dalel demo`" in r.output
    assert (precious / "dalel.sqlite").exists()


def test_demo_again_starts_from_scratch(tmp_path):
    data = tmp_path / "demo"
    args = ["demo", "--data", str(data), "--articles", "8", "--crawl-delay", "0", "--no-faults"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    runs = sqlite3.connect(data / "dalel.sqlite").execute("select count(*) from runs").fetchone()[0]
    assert runs == 2


def test_realign_moves_offsets_where_texts_agree_and_drops_the_rest():
    from pipeline.commands.demo import _realign

    stored = "Мәзір\nАуданда 98 іс-шара өтті, оның 61-і мектепте."
    gold = "Ауданда 98 іс-шара өтті,  оның 61-і мектепте."
    items = [{"kind": "number", "text": "98", "start": stored.index("98"), "end": stored.index("98") + 2},
             {"kind": "number", "text": "61-і", "start": stored.index("61-і"), "end": stored.index("61-і") + 4},
             {"kind": "number", "text": "Мәзір", "start": 0, "end": 5}]
    moved = _realign(stored, gold, items)
    assert [(d["text"], gold[d["start"]:d["end"]]) for d in moved] == [("98", "98"), ("61-і", "61-і")]
