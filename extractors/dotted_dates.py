"""A day and month written with a dot and no year: "12.03 в село приехали врачи",
"до 25.11", "12.03-те". The same digits are a decimal elsewhere ("курс 12.03", "рост 1.05",
"12.03 млн"), so a date is read only where the context tells one: two digits each, a valid
day and month, no amount after, and a preposition or a Kazakh case ending of time, a time of
day after, or the start of a sentence (a bare decimal opens none).
"""
from __future__ import annotations

import re

from extractors.date_grammar import valid_day

# the day and the month, two digits each ("1.05" is left a decimal)
DAY_MONTH = r"(?P<d>0[1-9]|[12]\d|3[01])\.(?P<mo>0[1-9]|1[0-2])(?![.,]?\d)"
# "12.03 в 10.00", "12.03 с 9:00": a time of day after
TIME_AFTER = re.compile(r"\s*,?\s+(?:в|с|со|до|сағат|сағ\.)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)", re.I)
# where a sentence or a line starts
SENTENCE_START = re.compile(r"(?:\A|[\n.!?])[\s\"«]*\Z")
# a word after the date, at a sentence's start: "12.03 в село …", "12.03 ауылға …"
WORD_AFTER = re.compile(r"\s+[^\W\d_]", re.I)
# the other end of a pair after "с 12.03": "… по 18.03", "… до 11.50"
PAIR_END = re.compile(r"\s*(?:[-–—]|\s(?:до|по)\s)\s*(?P<n>\d+[.,]\d+)")
CHANGE_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")


def amount_after(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether a unit, currency, percent or scale follows: then the digits are a number."""
    after = text[end:end + 12].lower().lstrip(" \u00a0")
    return after.startswith(words)


def is_day_month(s: str) -> bool:
    m = re.fullmatch(DAY_MONTH, s)
    return m is not None and valid_day(None, int(m.group("mo")), int(m.group("d")))


def bare_date_context(text: str, start: int, end: int) -> bool:
    """Without a preposition or an ending: a time of day after it, or a sentence's start
    and a word after it."""
    if TIME_AFTER.match(text, end):
        return True
    return bool(SENTENCE_START.search(text, max(0, start - 4), start)) and bool(WORD_AFTER.match(text, end))


def pair_is_dates(text: str, end: int) -> bool:
    """"с 12.03 по 18.03" holds two dates; "с 12.03 до 11.50" two decimals."""
    p = PAIR_END.match(text, end)
    return p is None or is_day_month(p.group("n"))


def after_change_verb(text: str, start: int, stems: tuple[str, ...]) -> bool:
    """"снизилась до 12.03": the level a change reached, a decimal."""
    w = CHANGE_WORDS_BEFORE.search(text, max(0, start - 30), start)
    return w is not None and w.group(1).lower().startswith(stems)


FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:с|со|от)\s+(?P<n>\d+[.,]\d+)\s+\Z", re.I)


def start_is_date(text: str, start: int) -> bool:
    """"с 9.03 до 12.03" holds two dates; "с 11.50 до 12.03" two decimals."""
    f = FROM_BEFORE.search(text, max(0, start - 20), start)
    return f is None or is_day_month(f.group("n"))
