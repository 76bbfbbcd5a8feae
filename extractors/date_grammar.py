"""Shared pieces of the date grammar: month lookup, number words, pattern fragments.

Built once at import from the language data in ``extractors/lang/*/date_words.py``;
``extractors.dates`` (article text) and ``extractors.pagedate`` (page furniture)
both read dates through these.
"""
from __future__ import annotations

import calendar
import re

from extractors.lang.kk import date_words as KK
from extractors.lang.ru import date_words as RU

# Letters a Kazakh case ending may use (Cyrillic and Latin script).
KK_LETTERS = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
SUFFIX = f"[{KK_LETTERS}a-zA-Z'áúýíóñşçğüöäı]*"

_KK_MONTHS = sorted(KK.MONTHS.items(), key=lambda kv: -len(kv[0]))
_RU_MONTHS = dict(RU.MONTHS)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# A month word with whatever ending it carries: "қаңтарда", "января", "Qańtar".
MONTH_WORD = rf"(?:{_alternation(KK.MONTHS)}){SUFFIX}|(?:{_alternation(RU.MONTHS)})\.?"


def month_number(word: str) -> int | None:
    """1..12 for a month word in any case, either language or script; else None."""
    w = word.lower().rstrip(".")
    if w in _RU_MONTHS:
        return _RU_MONTHS[w]
    for stem, number in _KK_MONTHS:
        if w.startswith(stem):
            return number
    return None


def valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: Feb 29 allowed
    return day <= last


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text at exactly the precision given: YYYY, YYYY-MM or YYYY-MM-DD."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def kk_number_value(words: list[str]) -> int | None:
    """Value of spelled-out Kazakh numerals, cardinal or ordinal ("екі мың жиырма бірінші")."""
    total = 0
    current = 0
    seen = False
    for raw in words:
        w = raw.lower()
        value = KK.CARDINALS.get(w)
        if value is None:
            value = KK.ORDINAL_WORDS.get(w)
        if value is None:
            return None
        seen = True
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return total + current if seen else None
