"""Totals after their parts: ``parts_sum`` checks of a list closed by "всего"/"итого"/"барлығы".

District news lists what was done and then sums it: "Отремонтированы 3 школы, 2 больницы и
5 детских садов – всего 10 объектов", "I тоқсанда 420 млн теңге, II тоқсанда 510 млн теңге
… Тоғыз айда барлығы 1,43 млрд теңге". The parts are the figures of the same measure
right before the total, in its sentence (or the one before, when the total's sentence opens
with the total word). "Итого"/"жиыны", or a total written right after the last part,
closes the list: the parts must add up to it. A total stated apart ("Всего за год введено
45 объектов") may also count what the list leaves out: there only parts beyond it flag.
"""
from __future__ import annotations

import re

from extractors.check_build import Claim, make_claim
from extractors.check_rules import KK, RU, Layout, words
from extractors.claims import as_written, fmt_number
from extractors.records import Record

_SUM_WORDS = ("итого", "жиыны", "в сумме", "қосындысы")
_TOTAL_WORDS = ("всего", "итого", "в общей сложности", "барлығы", "жиыны", "жалпы", "в сумме", "қосындысы")
_TOTAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(w.replace(" ", r"\s+") for w in _TOTAL_WORDS) + r")(?![^\W\d_])"
    r"((?:\s+[^\W\d_]+){0,3}?)\s*[–—:-]?\s*\Z", re.IGNORECASE)
# a piece of each of _TOTAL_WORDS ("в общей сложности" needs "сложности", whatever space is between)
_TOTAL_PIECES = tuple(w.split()[-1] for w in _TOTAL_WORDS)
_CATEGORY = tuple(KK["category"] + RU["category"])
_NESTED = re.compile(r"(?:из\s+них|в\s+т\.\s?ч\.|в\s+том\s+числе|оның\s+ішінде|соның\s+ішінде|оның)\s*[–—:-]?\s*\Z",
                     re.IGNORECASE)
_MAX_PARTS = 12


def total_claims(lay: Layout, used: set[int]) -> list[Claim]:
    out = []
    # (most texts have no word of a total: _TOTAL_BEFORE then finds none, so is not run)
    if not lay.may_say(*_TOTAL_PIECES):
        return out
    for t in lay.figures:
        if t.kind == "percent" or t.value_max is not None or t.qualifier not in (None, "approx") or id(t) in used:
            continue
        lead = lay.text[max(0, t.start - 60):t.start]
        # (the total words looked for in the lower-cased lead first: the pattern took ~4 µs a figure)
        m = _TOTAL_BEFORE.search(lead) if lay.may_say_within(t.start - len(lead), t.start, _TOTAL_PIECES) else None
        if m is None or not _only_dates(lay, t.start - len(lead) + m.end(1), t.start):
            continue
        word = re.sub(r"\s+", " ", m.group(1).lower())
        parts = _parts_before(lay, t, t.start - len(lead) + m.start(1), word in _SUM_WORDS)
        if len(parts) < 2:
            continue
        closed = word in _SUM_WORDS or lay.sentence_index(parts[-1]) == lay.sentence_index(t) and len(
            words(lay.text[parts[-1].end:t.start])) <= 4
        out.append(_claim(lay, parts, t, closed))
        used.add(id(t))
    return out


def _only_dates(lay: Layout, start: int, end: int) -> bool:
    """Between the total word and its figure only a date, a period or a verb may stand ("Итого
    за девять месяцев –", "Итого за квартал –", "Всего сдано")."""
    gap = lay.without_dates(start, end)
    return len(words(gap)) <= 2


def _parts_before(lay: Layout, t: Record, word_at: int, summing: bool = False) -> list[Record]:
    """The figures of ``t``'s measure before it, back to the sentence start (or the start of
    the one before, when the total word opens ``t``'s sentence)."""
    sent = lay.sentence_index(t)
    first = lay.sentences[sent][0]
    reach = sent
    # "Итого за девять месяцев – 1,5 млрд тенге", "Тоғыз айда барлығы …": the list came before
    # ("Тоқсан бойынша жиыны – 470 млн": a summing word may follow a couple of words)
    # (only as many words as decide it are read: this runs at each total of a sentence)
    most = 2 if summing else 0
    if len(lay.leading_words(first, word_at, most + 1)) <= most:
        reach = sent - 1
    parts: list[Record] = []
    i = lay.index[id(t)] - 1
    while i >= 0 and len(parts) <= _MAX_PARTS:
        p = lay.figures[i]
        if lay.sentence_index(p) < reach or lay.paragraph_of(p) != lay.paragraph_of(t):
            break
        if p.kind == "percent" or not _same_measure(p, t):
            return []  # another measure in the list: not a plain one
        if p.qualifier is not None or p.value_max is not None or p.value >= t.value:
            return []
        if _NESTED.search(lay.text, max(0, p.start - 20), p.start) or lay.dated_earlier(p):
            return []  # parts of a part, or a value of another time
        parts.append(p)
        i -= 1
    parts.reverse()
    return parts


def _same_measure(p: Record, t: Record) -> bool:
    if p.kind != t.kind:
        return False
    if p.kind == "number" and t.unit and t.unit.startswith(_CATEGORY):
        return True  # "3 школы, 2 больницы … – всего 10 объектов": a category counts them all
    return p.unit == t.unit


def _claim(lay: Layout, parts: list[Record], t: Record, closed: bool) -> Claim:
    written = [as_written(p.text, p.value) for p in parts]
    tw = as_written(t.text, t.value)
    total = sum(p.value for p in written)
    lo, hi = sum(p.lo for p in written), sum(p.hi for p in written)
    if abs(total - tw.value) <= 1e-9 * max(1.0, tw.value):
        verdict, note = "consistent", ""
    elif hi >= tw.lo and lo <= tw.hi:
        verdict, note = "consistent", " (within the rounding of the figures)"
    elif t.qualifier == "approx":
        verdict, note = "unverifiable", " (the total is only approximate)"
    elif lo > tw.hi or closed:
        verdict, note = "inconsistent", ""
    else:
        verdict, note = "unverifiable", " (the total may count more than the list names)"
    shown = " + ".join(fmt_number(p.value) for p in written)
    expl = f"{shown} = {fmt_number(total)}; the text gives a total of {fmt_number(tw.value)} — {verdict}{note}"
    roles = {"whole": t} | {f"part{n}": p for n, p in enumerate(parts, 1)}
    return make_claim(lay, "parts_sum", verdict, expl, [*parts, t], parts[0], roles,
                      parts=[p.value for p in written], whole=tw.value, computed_sum=total)
