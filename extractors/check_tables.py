"""Tables: a ``plan_fulfilment`` check for each row of a plan, actual and percent table.

Budget and programme reports put their figures in tables: "Статья | План, млн тенге |
Факт, млн тенге | %", then "Налоги | 2 450 | 2 512 | 102,5" a row. The header names which
column is the plan, which the actual figure and which the percent done; each row below it
with one figure in each of those cells is recomputed as a fulfilment. The HTML parser
joins a row's cells by " | " (``scrapers/parse.py``), and the figures extractor gives the
cells their header's unit (``extractors/figure_context.py``).
"""
from __future__ import annotations

import bisect
import re

from extractors.check_build import Claim
from extractors.check_plans import fulfilment_claim
from extractors.check_rules import KK, RU, Layout, starts_with_stem, words
from extractors.claims import written_number
from extractors.figure_context import TABLE_CELLS
from extractors.records import Record

_PLAN = ("план", "жоспар")
_ACTUAL = tuple(KK["table_actual"] + RU["table_actual"])
_PERCENT = re.compile(r"%|процент|пайыз", re.IGNORECASE)
# Rows looked at below one header: beyond any real table, and it keeps time linear.
_ROWS = 500


def table_claims(lay: Layout, used: set[int]) -> list[Claim]:
    if TABLE_CELLS not in lay.text:
        return []
    out = []
    starts = [f.start for f in lay.figures]
    lines = _lines(lay.text)
    for i, (start, end) in enumerate(lines):
        header = lay.text[start:end]
        if TABLE_CELLS not in header or re.search(r"\d", header):
            continue
        roles = _roles(header.split(TABLE_CELLS))
        if roles is None:
            continue
        for row_start, row_end in lines[i + 1:i + 1 + _ROWS]:
            row = lay.text[row_start:row_end]
            if TABLE_CELLS not in row or not re.search(r"\d", row) or row.count(TABLE_CELLS) != header.count(TABLE_CELLS):
                break  # the table ends, or a new header starts
            cells = _cell_figures(lay, starts, row_start, row_end)
            plan, actual, percent = (cells.get(k) for k in roles)
            if plan is None or actual is None or percent is None or id(percent) in used:
                continue
            if percent.kind != "percent" or plan.kind == "percent" or not lay.compatible(plan, actual, strict=True):
                continue
            claim = fulfilment_claim(lay, plan, actual, percent, scale=_header_scale(plan, actual))
            if claim is not None:
                used.add(id(percent))
                out.append(claim)
    return out


def _header_scale(plan: Record, actual: Record) -> float:
    """The scale the header gave the cells ("млн тенге": a million), 1 when none."""
    shown = written_number(plan.text)
    if not shown or not plan.value or written_number(actual.text) is None:
        return 1
    scale = plan.value / shown
    return scale if scale >= 1000 else 1


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer("\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _roles(cells: list[str]) -> tuple[int, int, int] | None:
    """The columns of the plan, the actual figure and the percent, if the header names all three."""
    plan = actual = percent = None
    for k, cell in enumerate(cells):
        ws = words(cell)
        if _PERCENT.search(cell) and percent is None:
            percent = k
        elif any(starts_with_stem(w, _PLAN) for w in ws) and plan is None:
            plan = k
        elif any(starts_with_stem(w, _ACTUAL) for w in ws) and actual is None:
            actual = k
    if plan is None or actual is None or percent is None:
        return None
    return plan, actual, percent


def _cell_figures(lay: Layout, starts: list[int], row_start: int, row_end: int) -> dict[int, Record]:
    """Cell index → its figure, for the cells that hold exactly one."""
    found: dict[int, list[Record]] = {}
    i = bisect.bisect_left(starts, row_start)
    while i < len(lay.figures) and lay.figures[i].start < row_end:
        f = lay.figures[i]
        found.setdefault(lay.text.count(TABLE_CELLS, row_start, f.start), []).append(f)
        i += 1
    return {k: fs[0] for k, fs in found.items() if len(fs) == 1}
