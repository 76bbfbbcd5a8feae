"""Date records (issue: dates)."""
from __future__ import annotations

import datetime as dt

from extractors.records import Record


def find_dates(text: str, lang: str, published: dt.date | None = None) -> list[Record]:
    """Date records of ``text``; relative forms resolve against ``published``."""
    return []
