"""Date records: absolute dates, years, ranges, parts of a year, relative words,
durations, frequencies and seasons, in Kazakh and Russian.

Every rule of the language's grammar (``date_rules_kk``, ``date_rules_ru``) proposes
spans; the longest non-overlapping ones win. ``date`` holds ISO text at exactly the
precision written, or null for durations, frequencies, seasons, vague spans and
relative words when no publication date is known. ``extractors.core`` passes these
spans to the figures extractor, so numbers inside a date never become figures.
"""
from __future__ import annotations

import datetime as dt
import re

from extractors import date_rules_kk, date_rules_ru
from extractors.date_grammar import Candidate, alternation
from extractors.records import Record

RULES = {"kk": date_rules_kk.RULES, "ru": date_rules_ru.RULES}
WORD = re.compile(r"\w+")
DIGIT = "0"


def _index(rules) -> dict[str, tuple[int, ...]]:
    """Rule numbers by the first three letters of a word they may begin with."""
    index: dict[str, list[int]] = {}
    for rank, (_, _, starts) in enumerate(rules):
        for word in starts:
            key = word.split()[0][:3].lower() if word != DIGIT else DIGIT
            if rank not in index.setdefault(key, []):
                index[key].append(rank)
    return {k: tuple(v) for k, v in index.items()}


INDEX = {lang: _index(rules) for lang, rules in RULES.items()}
RANGE_WORDS = {
    "kk": (date_rules_kk.W.RANGE_CONNECTORS, date_rules_kk.W.RANGE_CLOSERS),
    "ru": (("-", "–", "—"), ()),
}
ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.IGNORECASE)
UNTIL = re.compile(r"(?:дейін|дейінгі|шейін)$", re.IGNORECASE)


def find_dates(text: str, lang: str, published: dt.date | None = None) -> list[Record]:
    """Date records of ``text``; relative forms resolve against ``published``."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lang = lang if lang in RULES else "kk"
    # Kazakh pages quote Russian dates and the reverse; the other grammar fills gaps.
    other = "ru" if lang == "kk" else "kk"
    found = _select(_candidates(text, lang, published))
    found = _fill(found, _candidates(text, other, published))
    found = _join_ranges(text, found, RANGE_WORDS[lang])
    _same_period(found)
    return [Record(kind="date", text=text[c.start:c.end], start=c.start, end=c.end, date=c.date) for c in found]


def _candidates(text: str, lang: str, published: dt.date | None) -> list[tuple[Candidate, int]]:
    # Each rule is tried only where a word it may begin with stands: a regex search
    # over every position with these alternations costs several ms per kilobyte.
    index, rules = INDEX[lang], RULES[lang]
    out = []
    for w in WORD.finditer(text):
        word = w.group()
        ranks = index.get(DIGIT if word[0].isdigit() else word[:3].lower())
        if not ranks:
            continue
        pos = w.start()
        for rank in ranks:
            pattern, handler, _ = rules[rank]
            m = pattern.match(text, pos)
            if m is not None:
                c = handler(m, published)
                if c is not None and c.end > c.start:
                    out.append((c, rank))
    return out


def _select(cands: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Longest spans first, earlier rules on ties; no two kept spans overlap."""
    cands.sort(key=lambda cr: (-(cr[0].end - cr[0].start), cr[1], cr[0].start))
    kept: list[Candidate] = []
    for c, _ in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _fill(kept: list[Candidate], others: list[tuple[Candidate, int]]) -> list[Candidate]:
    extra = [c for c in _select(others) if all(c.end <= k.start or c.start >= k.end for k in kept)]
    return sorted(kept + extra, key=lambda c: c.start)


def _join_ranges(text: str, found: list[Candidate], words) -> list[Candidate]:
    """One span for two dates joined into a range: "27 наурыз бен 4 сәуір аралығында",
    "1 айдан 6 айға дейін", "3 жастан 6 жасқа дейінгі"."""
    connectors, closers = words
    closer = re.compile(rf"\s+(?:{alternation(closers)})(?!\w)", re.IGNORECASE) if closers else None
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and _joined(text, prev, c, connectors):
            end = c.end
            m = closer.match(text, end) if closer else None
            if m:
                end = m.end()
            both = prev.date and c.date
            date = {"start": prev.date["start"], "end": c.date["end"]} if both else None
            out[-1] = Candidate(prev.start, end, date)
            continue
        out.append(c)
    return out


def _joined(text: str, a: Candidate, b: Candidate, connectors) -> bool:
    gap = text[a.end:b.start]
    if len(gap) > 6:
        return False
    if gap.strip() and gap.strip().lower() in connectors and gap[:1].isspace() == gap[-1:].isspace():
        return True
    return not gap.strip() and bool(ABLATIVE.search(text[a.start:a.end])) and bool(UNTIL.search(text[b.start:b.end]))


def _same_period(found: list[Candidate]) -> None:
    """"2018 жылғы осы кезең", "аналогичный период 2018 года": the months of the
    latest part of a year named before it, in that year."""
    last: tuple[int, int] | None = None
    for c in found:
        if c.same_period:
            d = c.date
            if last and d and d.get("start") and len(d["start"]) == 4:
                year = int(d["start"])
                c.date = {"start": f"{year:04d}-{last[0]:02d}", "end": f"{year:04d}-{last[1]:02d}"}
        elif c.months:
            last = c.months
