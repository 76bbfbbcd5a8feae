"""Claim checks recomputed from one article's records (issue: checks)."""
from __future__ import annotations

from extractors.records import Check, Record


def find_checks(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> list[Check]:
    """Checks of the claims ``records`` make about each other."""
    return []
