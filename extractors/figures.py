"""Figure records: percent, number, money, quantity (issue: figures)."""
from __future__ import annotations

from extractors.records import Record


def find_figures(text: str, lang: str, taken: list[tuple[int, int]] | None = None) -> list[Record]:
    """Figures of ``text``; spans in ``taken`` (dates already found) yield none."""
    return []
