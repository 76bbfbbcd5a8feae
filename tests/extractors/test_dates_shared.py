"""Quality gates for dates on the real text in ../shared (skipped when it is absent).

The texts are read at test time and never copied here; the thresholds are the
issue's targets, so a change that costs accuracy fails loudly.
"""
from __future__ import annotations

import datetime as dt
import time

from pipeline.evaluate import Scores, score_article
from pipeline.gold import load_gold_dir
from pipeline.kaznerd import batches, read_sentences
from extractors.dates import find_dates
from tests.conftest import shared_path


def _published(a):
    if isinstance(a.published, str) and a.published:
        return dt.date.fromisoformat(a.published[:10])
    return a.published


def test_gold_date_accuracy():
    scores = Scores()
    for a in load_gold_dir(shared_path("gold")):
        records = [r.to_dict() for r in find_dates(a.text, a.lang or "kk", _published(a))]
        for r in records:
            assert a.text[r["start"]:r["end"]] == r["text"]
        score_article(scores, a.name, a.text, ["date"], a.items, records, [])
    date = scores.as_dict()["kinds"]["date"]
    assert date["date_accuracy"] >= 0.95, date
    assert date["recall"] >= 0.9, date


def test_kaznerd_date_overlap_f1_and_speed():
    scores = Scores()
    chars = 0
    started = time.perf_counter()
    for text, items in batches(read_sentences(shared_path("kaznerd", "IOB2_valid.txt"))):
        chars += len(text)
        records = [r.to_dict() for r in find_dates(text, "kk", None)]
        score_article(scores, "kaznerd", text, ["date"], items, records, [])
    elapsed = time.perf_counter() - started
    date = scores.as_dict()["kinds"]["date"]
    assert date["f1"] >= 0.88, date
    # Scoring included; the extractor alone is well under a millisecond per kilobyte.
    assert elapsed / (chars / 1000) < 5e-3, f"{elapsed:.1f}s for {chars} characters"
