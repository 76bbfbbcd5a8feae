"""The scorer, on hand-made gold and predictions whose figures were worked out by hand."""
from __future__ import annotations

import pytest

from pipeline.evaluate import Scores, check_key, match_overlap, same_number, score_article
from pipeline.gold import GoldItem

ALL = ("percent", "number", "money", "quantity", "date", "project", "organization")


def pred(kind, start, end, **kw):
    return {"kind": kind, "start": start, "end": end, "text": "", **kw}


def test_largest_overlap_first_is_one_to_one():
    # gold A [0,4), B [4,10); P1 [2,8) overlaps A by 2 and B by 4; P2 [5,10) overlaps B by 5.
    # Largest first pairs P2-B (5), then P1-A (2): two matches. Greedy by prediction order
    # would give P1-B and leave P2 unmatched.
    assert sorted(match_overlap([(0, 4), (4, 10)], [(2, 8), (5, 10)])) == [(0, 0), (1, 1)]


def test_no_overlap_no_match():
    assert match_overlap([(0, 4)], [(4, 8)]) == []


def test_overlap_versus_exact():
    s = Scores()
    gold = [GoldItem("money", 10, 22, "2 млрд теңге", value=2e9, unit="KZT")]
    score_article(s, "a", "x" * 40, ALL, gold, [pred("money", 10, 16, value=2e9)])
    d = s.as_dict()["kinds"]["money"]
    assert (d["precision"], d["recall"], d["f1"], d["exact_f1"]) == (1.0, 1.0, 1.0, 0.0)
    assert d["value_accuracy"] == 1.0


def test_two_predictions_on_one_gold_count_one_spurious():
    s = Scores()
    gold = [GoldItem("number", 0, 5, "12345", value=12345)]
    score_article(s, "a", "x" * 10, ALL, gold, [pred("number", 0, 5, value=12345), pred("number", 3, 7, value=345)])
    d = s.as_dict()["kinds"]["number"]
    # P = 1/2, R = 1/1, F1 = 2*0.5*1/1.5 = 0.6667; exact: one of two predicted, one of one gold.
    assert (d["precision"], d["recall"], d["f1"], d["exact_f1"]) == (0.5, 1.0, 0.6667, 0.6667)


def test_value_accuracy_counts_only_gold_with_values():
    s = Scores()
    gold = [
        GoldItem("percent", 0, 3, "10%", value=10),
        GoldItem("percent", 5, 8, "20%", value=20),
        GoldItem("percent", 10, 13, "??%", value=None),
    ]
    preds = [pred("percent", 0, 3, value=10.0), pred("percent", 5, 8, value=21), pred("percent", 10, 13, value=1)]
    score_article(s, "a", "x" * 20, ALL, gold, preds)
    assert s.as_dict()["kinds"]["percent"]["value_accuracy"] == 0.5


def test_unit_accuracy_over_matched_figures_whose_gold_names_a_unit():
    s = Scores()
    gold = [
        GoldItem("number", 0, 2, "98", value=98, unit="іс-шара"),
        GoldItem("number", 10, 12, "61", value=61, unit="іс-шара"),
        GoldItem("number", 20, 22, "15", value=15, unit=None),  # no unit in gold: not counted
        GoldItem("number", 30, 33, "300", value=300, unit="место"),  # missed: not counted
    ]
    preds = [pred("number", 0, 2, value=98, unit="іс-шара"), pred("number", 10, 12, value=61, unit="шара"),
             pred("number", 20, 22, value=15, unit="адам")]
    score_article(s, "a", "x" * 40, ALL, gold, preds)
    assert s.as_dict()["kinds"]["number"]["unit_accuracy"] == 0.5
    assert [(m.what, m.gold) for m in s.misses if m.what == "unit"] == [("unit", "61 [іс-шара]")]


def test_date_accuracy_demands_the_written_precision():
    s = Scores()
    gold = [
        GoldItem("date", 0, 10, "d1", date={"start": "2022-01", "end": "2022-11"}),
        GoldItem("date", 20, 30, "d2", date={"start": None, "end": "2025"}),
        GoldItem("date", 40, 50, "d3", date=None),
    ]
    preds = [
        pred("date", 0, 10, date={"start": "2022-01", "end": "2022-11-30"}),  # too precise: wrong
        pred("date", 20, 30, date={"start": None, "end": "2025"}),
        pred("date", 40, 50, date={"start": "2020", "end": "2020"}),  # gold null: only the span counts
    ]
    score_article(s, "a", "x" * 60, ALL, gold, preds)
    d = s.as_dict()["kinds"]["date"]
    assert d["date_accuracy"] == 0.5
    assert d["f1"] == 1.0


def test_kinds_outside_annotated_are_ignored():
    s = Scores()
    gold = [GoldItem("percent", 0, 3, "10%", value=10)]
    preds = [pred("percent", 0, 3, value=10), pred("number", 5, 7, value=12), pred("organization", 8, 9)]
    score_article(s, "a", "x" * 10, ("percent",), gold, preds)
    d = s.as_dict()["kinds"]
    assert d["number"]["predicted"] == 0 and d["organization"]["predicted"] == 0
    assert d["percent"]["precision"] == 1.0


def test_every_kind_present_with_zeros():
    d = Scores().as_dict()
    assert set(d["kinds"]) == set(ALL)
    assert d["kinds"]["quantity"] == {
        "gold": 0, "predicted": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0,
        "exact_f1": 0.0, "value_accuracy": None, "date_accuracy": None, "unit_accuracy": None,
    }
    assert d["checks"] == {"gold": 0, "found": 0, "verdict_agree": 0, "false_alarms": 0}


GOLD_CHECKS = [
    {"part": 61, "whole": 98, "claimed_percent": 62.2, "computed_percent": 62.24, "consistent": True},
    {"part": 30, "whole": 40, "claimed_percent": 70, "computed_percent": 75.0, "consistent": False},
]


@pytest.mark.parametrize(
    "predicted, found, agree, alarms",
    [
        # both found, verdicts right
        ([{"kind": "check", "part": 61, "whole": 98, "claimed_percent": 62.2, "verdict": "consistent"},
          {"kind": "check", "part": 30, "whole": 40, "claimed_percent": 70, "verdict": "inconsistent"}], 2, 2, 0),
        # a wrong verdict on a consistent claim is also a false alarm
        ([{"kind": "check", "part": 61, "whole": 98, "claimed_percent": 62.2, "verdict": "inconsistent"}], 1, 0, 1),
        # a check of another whole matches nothing; inconsistent, it is a false alarm
        ([{"kind": "check", "part": 61, "whole": 100, "claimed_percent": 62.2, "verdict": "inconsistent"}], 0, 0, 1),
        # a plan fulfilment is matched as actual of plan
        ([{"kind": "check", "check": "plan_fulfilment", "actual": 30, "plan": 40, "claimed_percent": 70,
           "verdict": "inconsistent"}], 1, 1, 0),
        ([], 0, 0, 0),
        # "unverifiable" finds the claim but agrees with neither verdict
        ([{"kind": "check", "part": 61, "whole": 98, "claimed_percent": 62.2, "verdict": "unverifiable"},
          {"kind": "check", "part": 30, "whole": 40, "claimed_percent": 70, "verdict": "unverifiable"}], 2, 0, 0),
    ],
)
def test_checks(predicted, found, agree, alarms):
    s = Scores()
    score_article(s, "a", "", ALL, [], predicted, GOLD_CHECKS)
    assert s.as_dict()["checks"] == {"gold": 2, "found": found, "verdict_agree": agree, "false_alarms": alarms}


def test_same_number_tolerance():
    assert same_number(1500000000, 1.5e9)
    assert same_number(0.1 + 0.2, 0.3)
    assert not same_number(62.2, 62.24)
    assert not same_number(None, 1)
    assert check_key({"dummy": 1}) is None
