"""A short run of the mutation benchmark (``benchmarks/mutations.py``) on the real texts.

Gold articles and the first KazNERD validation sentences, fewer edit sizes: the full
run is the benchmark itself. Skips when ../shared is absent.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load():
    """The benchmark is a script, not part of the installed package: load it by path."""
    spec = importlib.util.spec_from_file_location("dalel_mutations", REPO / "benchmarks" / "mutations.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the file runs
    spec.loader.exec_module(mod)
    return mod


mutations = _load()


@pytest.fixture(scope="module")
def shared(request) -> Path:
    p = REPO.parent / "shared"
    if not (p / "gold").is_dir():
        pytest.skip(f"{p / 'gold'} is absent: this test reads real text from ../shared")
    return p


@pytest.fixture(scope="module")
def short_run(shared):
    return mutations.run(shared, kaznerd_limit=2000, factors=(0.5, 0.9, 0.97, 1.03, 1.2, 2), digit_steps=(-1, 1, 10))


def test_wrong_figures_are_flagged(short_run):
    d = short_run.as_dict()
    assert d["mutants"] >= 50, d
    assert d["flagged_share"] >= 0.99, short_run.misses[:10]
    # every role of a claim was edited, not only the percentage
    assert {"claimed", "part", "whole"} <= set(d["by_role"]), d["by_role"]


def test_unmutated_texts_raise_no_flag(short_run):
    assert short_run.unmutated_flags == []
    assert short_run.texts > 5 and short_run.sentences_kaznerd == 2000


def test_numerals_are_rewritten_in_the_article_style():
    from extractors.records import Record

    text = "Барлығы 1 250,5 млн теңге және 62 , 2 % үлес."
    rec = Record("money", "1 250,5 млн теңге", 8, 25, value=1250.5e6, unit="KZT")
    num = mutations.numeral_of(text, rec)
    assert (num.value, num.decimals, num.group, num.point) == (1250.5, 1, " ", ",")
    assert num.write(2000.25) == "2 000,2" or num.write(2000.25) == "2 000,3"
    pct = Record("percent", "62 , 2 %", 37, 45, value=62.2)
    assert mutations.numeral_of(text, pct).write(70.1) == "70 , 1"


def test_cli_json_and_bad_folder(shared, tmp_path, capsys):
    assert mutations.main(["--shared", str(tmp_path)]) == 2
    assert "gold" in capsys.readouterr().err
    assert mutations.main(["--shared", str(shared), "--kaznerd-limit", "0", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["unmutated_flags"] == 0 and d["mutants"] > 0


def test_a_broken_gold_file_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "bad.json").write_text("{not json", encoding="utf-8")
    assert mutations.main(["--shared", str(tmp_path), "--kaznerd-limit", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "bad.json" in err and "\n" not in err
