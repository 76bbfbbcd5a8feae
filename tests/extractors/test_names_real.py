"""Names on real text, read from ../shared at test time (never copied here).

Targets of issue 5: every project and organisation of the gold folder found, with
the gold ``name`` where the file gives one; KazNERD validation overlap F1 at least
0.75 for projects and 0.80 for organisations.
"""
from __future__ import annotations

import pytest

from extractors.names import find_names
from pipeline.evaluate import match_overlap
from pipeline.gold import load_gold_dir
from pipeline.kaznerd import batches, read_sentences
from tests.conftest import shared_path

NAME_KINDS = ("project", "organization")
KAZNERD_TARGETS = {"project": 0.75, "organization": 0.80}


def test_every_gold_name_found_with_its_canonical_name():
    articles = load_gold_dir(shared_path("gold"))
    missed = []
    for a in articles:
        predicted = find_names(a.text, a.lang or "kk")
        for kind in NAME_KINDS:
            gold = [g for g in a.items if g.kind == kind]
            pred = [r for r in predicted if r.kind == kind]
            pairs = dict(match_overlap([(g.start, g.end) for g in gold], [(r.start, r.end) for r in pred]))
            for gi, g in enumerate(gold):
                if gi not in pairs:
                    missed.append(f"{a.name}: {kind} {g.surface!r} not found")
                elif g.name and pred[pairs[gi]].name != g.name:
                    missed.append(f"{a.name}: {kind} {g.surface!r} named {pred[pairs[gi]].name!r}, gold {g.name!r}")
    assert not missed, "\n".join(missed)


@pytest.fixture(scope="module")
def kaznerd_scores() -> dict[str, float]:
    path = shared_path("kaznerd", "IOB2_valid.txt")
    tp = dict.fromkeys(NAME_KINDS, 0)
    n_gold = dict.fromkeys(NAME_KINDS, 0)
    n_pred = dict.fromkeys(NAME_KINDS, 0)
    for text, items in batches(read_sentences(path)):
        predicted = find_names(text, "kk")
        for kind in NAME_KINDS:
            gold = [(g.start, g.end) for g in items if g.kind == kind]
            pred = [(r.start, r.end) for r in predicted if r.kind == kind]
            tp[kind] += len(match_overlap(gold, pred))
            n_gold[kind] += len(gold)
            n_pred[kind] += len(pred)
    return {k: 2 * tp[k] / (n_gold[k] + n_pred[k]) for k in NAME_KINDS}


@pytest.mark.parametrize("kind", NAME_KINDS)
def test_kaznerd_overlap_f1(kaznerd_scores, kind):
    assert kaznerd_scores[kind] >= KAZNERD_TARGETS[kind], f"{kind} F1 {kaznerd_scores[kind]:.3f}"
