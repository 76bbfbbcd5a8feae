"""Sentence boundaries for Kazakh and Russian news text.

Rule-based on purpose: it must be fast, deterministic and keep offsets. A sentence
ends at ``.``, ``!``, ``?`` or ``…`` followed by space and a capital, digit or
opening quote, and always at a line break. Abbreviations that end in a dot
(``ж.``, ``г.``, ``млн.``, ``т.б.``, ``в т.ч.``) do not end a sentence when a lower-case word or
a digit follows.
"""
from __future__ import annotations

import bisect
import math
import re

# Abbreviations after which a dot is not a sentence end when more of the sentence follows.
ABBREVIATIONS = frozenset(
    "ж жж г гг млн млрд трлн тыс мың тг руб долл т б т.б т.с.с т.е им обл р-н ауд көш "
    "ул пр просп д кв стр мкр см мм км га кг ц шт тел проф акад доц хх т.ч ч т.д т.п т.н т.к др пос п.п чел ед".split()
)
_LIST_MARKER = re.compile(r"[ \t]*\d{1,2}")
# "[.!?…]+[»\")]*(?=…)|\n+", written to open with one character class: the regex engine
# then skips in C to the next such character instead of trying the pattern at every position
_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<!\n)[.!?…]*[»\")]*(?=\s+[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9«\"—–-]))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans covering ``text`` sentence by sentence.

    Spans are contiguous and cover the whole text, so a record's sentence index
    is found by bisecting on the starts.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            end = m.start()
        else:
            end = m.end()
            if mark == "." and _LIST_MARKER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # "2. Рассмотрено – 512": a numbered item's marker opens its sentence
            if mark[0] == "." and _is_abbreviation(text, m.start()):
                nxt = text[m.end():m.end() + 6].lstrip().lstrip("(«\"")
                if nxt[:1] in "–—" and nxt[1:2].isspace():
                    nxt = nxt[1:].lstrip()  # "на 0,2 п.п. – с 4,9% до 4,7%": a dash goes on with the sentence
                # "2023 ж. 390", "млн. теңге" and "650 тыс. (54%)" continue the sentence;
                # a capital word after an abbreviation usually starts a new one.
                if nxt[:1].isdigit() or nxt[:1].islower():
                    continue
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# A word of more letters than the longest abbreviation ends no abbreviation: six letters
# before a dot, read in one slice, answer for most sentences ("жүргізілді.", "человек.").
_LONGEST = max(map(len, ABBREVIATIONS))


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot > _LONGEST and text[dot - _LONGEST - 1:dot].isalpha():
        return False  # (lower() never shortens a word, and a letter last is no dot to strip)
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    return word in ABBREVIATIONS


def sentence_index(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence holding ``offset``."""
    # bisect on the spans themselves: building a list of starts on every call made a text
    # of thousands of lines quadratic
    return max(0, bisect.bisect_right(spans, (offset, math.inf)) - 1)
