"""Scoring records against gold spans: the yardstick every extractor is measured with.

Implements the rules of ``../shared/gold/README.md``: overlap matching one-to-one,
largest overlap first; exact-span F1 as a second figure; value and date accuracy
over matched items; checks found, verdicts agreeing, false alarms. Unit accuracy
(matched figures whose gold item names a unit) is dalel's addition: the README does
not score units, but part and whole are matched by them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from extractors.records import KINDS
from pipeline.gold import GoldItem

REL_TOL = 1e-9


@dataclass
class KindTally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    value_total: int = 0
    value_right: int = 0
    date_total: int = 0
    date_right: int = 0
    unit_total: int = 0
    unit_right: int = 0

    def as_dict(self, kind: str) -> dict[str, Any]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        ep = self.exact / self.predicted if self.predicted else 0.0
        er = self.exact / self.gold if self.gold else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_f1(p, r), 4),
            "exact_f1": round(_f1(ep, er), 4),
            "value_accuracy": round(self.value_right / self.value_total, 4) if self.value_total else None,
            "date_accuracy": round(self.date_right / self.date_total, 4) if self.date_total else None,
            "unit_accuracy": round(self.unit_right / self.unit_total, 4) if self.unit_total else None,
        }


@dataclass
class Miss:
    """One disagreement, for people who look at every miss and not only the score."""

    article: str
    kind: str
    what: str  # "missed", "spurious", "value", "date", "unit", "check"
    gold: str | None
    predicted: str | None


@dataclass
class Scores:
    kinds: dict[str, KindTally] = field(default_factory=lambda: {k: KindTally() for k in KINDS})
    checks_gold: int = 0
    checks_found: int = 0
    verdict_agree: int = 0
    false_alarms: int = 0
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {k: t.as_dict(k) for k, t in self.kinds.items()},
            "checks": {
                "gold": self.checks_gold,
                "found": self.checks_found,
                "verdict_agree": self.verdict_agree,
                "false_alarms": self.false_alarms,
            },
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def match_overlap(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold_index, pred_index)`` of overlapping spans, largest overlap first."""
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def score_article(
    scores: Scores,
    article: str,
    text: str,
    annotated: Iterable[str],
    gold_items: list[GoldItem],
    predictions: list[dict[str, Any]],
    gold_checks: list[dict[str, Any]] = (),
) -> None:
    """Add one article's agreement to ``scores``. Predictions are record-contract dicts."""
    annotated = set(annotated)
    records = [p for p in predictions if p.get("kind") != "check"]
    checks = [p for p in predictions if p.get("kind") == "check"]
    for kind in KINDS:
        if kind not in annotated:
            continue  # predictions of kinds not annotated here are ignored, not wrong
        gold = [g for g in gold_items if g.kind == kind]
        pred = [p for p in records if p.get("kind") == kind]
        tally = scores.kinds[kind]
        tally.gold += len(gold)
        tally.predicted += len(pred)
        gold_spans = [(g.start, g.end) for g in gold]
        pred_spans = [(int(p["start"]), int(p["end"])) for p in pred]
        pairs = match_overlap(gold_spans, pred_spans)
        tally.matched += len(pairs)
        tally.exact += _exact_count(gold_spans, pred_spans)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if g.value is not None:
                tally.value_total += 1
                if same_number(g.value, p.get("value")):
                    tally.value_right += 1
                else:
                    scores.misses.append(Miss(article, kind, "value", f"{g.surface} = {g.value}", f"{p.get('text')} = {p.get('value')}"))
            if g.unit is not None and kind != "date":
                tally.unit_total += 1
                if p.get("unit") == g.unit:
                    tally.unit_right += 1
                else:
                    scores.misses.append(Miss(article, kind, "unit", f"{g.surface} [{g.unit}]", f"{p.get('text')} [{p.get('unit')}]"))
            if kind == "date" and g.date is not None:
                tally.date_total += 1
                pd = p.get("date") or {}
                if pd.get("start") == g.date.get("start") and pd.get("end") == g.date.get("end"):
                    tally.date_right += 1
                else:
                    scores.misses.append(Miss(article, kind, "date", f"{g.surface} = {g.date}", f"{p.get('text')} = {p.get('date')}"))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                scores.misses.append(Miss(article, kind, "missed", f"{g.surface} @{g.start}", None))
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                scores.misses.append(Miss(article, kind, "spurious", None, f"{p.get('text')} @{p.get('start')}"))
    _score_checks(scores, article, gold_checks, checks)


def _exact_count(gold_spans, pred_spans) -> int:
    remaining = list(pred_spans)
    n = 0
    for s in gold_spans:
        if s in remaining:
            remaining.remove(s)
            n += 1
    return n


def check_key(c: dict[str, Any]) -> tuple[Any, Any, Any] | None:
    """The (part, whole, claimed percent) a check is matched on, whatever its type."""
    if "part" in c and "whole" in c:
        return c.get("part"), c.get("whole"), c.get("claimed_percent")
    if "plan" in c and "actual" in c:  # a plan fulfilment is a share of the plan
        return c.get("actual"), c.get("plan"), c.get("claimed_percent")
    return None


def _keys_equal(a, b) -> bool:
    return a is not None and b is not None and all(same_number(x, y) for x, y in zip(a, b))


def _score_checks(scores: Scores, article: str, gold_checks, checks) -> None:
    scores.checks_gold += len(gold_checks)
    used: set[int] = set()
    for g in gold_checks:
        gk = check_key(g)
        for i, c in enumerate(checks):
            if i in used or not _keys_equal(gk, check_key(c)):
                continue
            used.add(i)
            scores.checks_found += 1
            # "unverifiable" agrees with neither: it neither confirms a right claim nor flags a wrong one
            agrees = c.get("verdict") == ("consistent" if g.get("consistent") else "inconsistent")
            scores.verdict_agree += agrees
            if not agrees:
                scores.misses.append(Miss(article, "check", "verdict", str(g.get("surface")), c.get("explanation")))
            break
        else:
            scores.misses.append(Miss(article, "check", "missed", str(g.get("surface")), None))
    bad_gold = [check_key(g) for g in gold_checks if not g.get("consistent")]
    for c in checks:
        if c.get("verdict") != "inconsistent":
            continue
        if not any(_keys_equal(k, check_key(c)) for k in bad_gold):
            scores.false_alarms += 1
            scores.misses.append(Miss(article, "check", "false_alarm", None, c.get("explanation")))


def format_table(scores: Scores) -> str:
    d = scores.as_dict()
    head = f"{'kind':<13}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'exactF1':>9}{'value':>8}{'date':>8}{'unit':>8}"
    lines = [head, "-" * len(head)]

    def fmt(x):
        return "     -" if x is None else f"{x:>6.3f}"

    for kind, k in d["kinds"].items():
        if k["gold"] == 0 and k["predicted"] == 0:
            # nothing annotated and nothing found: no score, not a score of zero
            k = {**k, "precision": None, "recall": None, "f1": None, "exact_f1": None}
        lines.append(
            f"{kind:<13}{k['gold']:>6}{k['predicted']:>6}  {fmt(k['precision'])}  {fmt(k['recall'])}"
            f"  {fmt(k['f1'])}   {fmt(k['exact_f1'])}  {fmt(k['value_accuracy'])}  {fmt(k['date_accuracy'])}"
            f"  {fmt(k['unit_accuracy'])}"
        )
    c = d["checks"]
    lines.append("")
    lines.append(
        f"checks: {c['found']}/{c['gold']} found, {c['verdict_agree']} verdicts agree, {c['false_alarms']} false alarms"
    )
    return "\n".join(lines)
