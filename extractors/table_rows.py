"""Table rows as the HTML parser writes them: cells joined by " | ", a row a line.

The figures extractor gives a table's bare numbers their column's or row's unit, the checks
recompute its rows, and the dates extractor reads the years a header names; all ask here
which row is a header.
"""
from __future__ import annotations

import re

# How the HTML parser joins a table row's cells (scrapers/parse.py).
TABLE_CELLS = " | "

# What a header may write in digits: the years and periods its columns stand for ("2023 год",
# "2024/2023, %", "9 мес. 2024 г.", "на 01.01.2024", "I квартал"), never a figure.
_HEADER_PERIOD = re.compile(
    r"(?<![\d,.])(?:\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d(?!\d|,\d)|(?<![\d,.])\d{1,2}\s*(?=мес|ай|квартал|тоқсан|полугод)",
    re.IGNORECASE)


def is_header(text: str, start: int) -> bool:
    """Whether the table row at ``start`` names columns rather than holds figures: no digits,
    or only a period's in a table's first row ("Показатель | 2023 | 2024 | %"; further down,
    "Рабочие места | 1950 | 2010" is a row of counts)."""
    end = text.find("\n", start)
    row = text[start:len(text) if end < 0 else end]
    if not re.search(r"\d", row):
        return True
    if re.search(r"\d", _HEADER_PERIOD.sub(" ", row)):
        return False
    return start == 0 or TABLE_CELLS not in text[text.rfind("\n", 0, start - 1) + 1:start - 1]
