"""Project and organisation records, and what each figure is about (issue: names)."""
from __future__ import annotations

from extractors.records import Record


def find_names(text: str, lang: str) -> list[Record]:
    """Project and organisation records of ``text``."""
    return []


def assign_about(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> None:
    """Set ``about`` on figure records in place; null where no rule applies."""
    return None
