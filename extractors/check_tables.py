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

from extractors.check_build import Claim, make_claim, shared_scale, verdict_of
from extractors.check_plans import fulfilment_claim
from extractors.check_rules import KK, RU, Layout, starts_with_stem, words
from extractors.claims import as_written, change_bounds, claim_holds, fmt_number, fmt_percent, share_bounds
from extractors.claims import written_number
from extractors.table_rows import TABLE_CELLS, is_header
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
        if TABLE_CELLS not in header or not is_header(lay.text, start):
            continue
        roles = _roles(header.split(TABLE_CELLS))
        if roles is None:
            out += _year_table(lay, lines, i, starts, used)
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


_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?!\d|,\d)")
_TABLE_WORDS = {k: tuple(KK[k] + RU[k]) for k in ("table_index", "table_increment", "table_real", "table_share")}


def _year_table(lay: Layout, lines: list[tuple[int, int]], i: int, starts: list[int], used: set[int]) -> list[Claim]:
    """"Показатель | 2023 год | 2024 год | Темп роста, %", then "Посевная площадь, га | 12 500 |
    13 100 | 104,8" a row: each row's percent is recomputed as a change between the years'
    columns, read as the header names it (see :func:`_year_roles`)."""
    start, end = lines[i]
    header = lay.text[start:end]
    roles = _year_roles(header.split(TABLE_CELLS))
    if roles is None:
        return []
    earlier, later, pct, reading = roles
    out = []
    for row_start, row_end in lines[i + 1:i + 1 + _ROWS]:
        row = lay.text[row_start:row_end]
        if TABLE_CELLS not in row or not re.search(r"\d", row) or row.count(TABLE_CELLS) != header.count(TABLE_CELLS):
            break
        cells = _cell_figures(lay, starts, row_start, row_end)
        x, y, p = cells.get(earlier), cells.get(later), cells.get(pct)
        if x is None or y is None or p is None or id(p) in used:
            continue
        # one row measures one thing: its cells share the kind and unit the label or header gave
        if p.kind != "percent" or x.kind == "percent" or (x.kind, x.unit) != (y.kind, y.unit):
            continue
        claim = _year_claim(lay, x, y, p, reading)
        if claim is not None:
            used.add(id(p))
            out.append(claim)
    return out


def _year_roles(cells: list[str]) -> tuple[int, int, int, str] | None:
    """The columns of the earlier year, the later year and the percent, and how the percent
    reads: "index" (the later as a share of the earlier: "Темп роста, %", "2024/2023, %",
    "Өсу қарқыны, %"), "change" ("Прирост, %", "Өзгеріс, %"), or "either" ("%", "Рост, %").
    None when the header names no two years and one such percent, or a percent in real terms
    or a share of something else."""
    years: dict[int, int] = {}
    percents = []
    for k, cell in enumerate(cells):
        found = _YEAR.findall(cell)
        if _PERCENT.search(cell):
            percents.append(k)
        elif len(found) == 1 and not any(starts_with_stem(w, _PLAN + _ACTUAL) for w in words(cell)):
            years.setdefault(int(found[0]), k)
    if len(years) != 2 or len(percents) != 1:
        return None
    (y1, earlier), (y2, later) = sorted(years.items())
    pct = percents[0]
    head = cells[pct].lower()
    if _names(head, _TABLE_WORDS["table_real"]) or _names(head, _TABLE_WORDS["table_share"]):
        return None
    if _names(head, _TABLE_WORDS["table_increment"]):
        reading = "change"
    elif _names(head, _TABLE_WORDS["table_index"]) or len(_YEAR.findall(head)) == 2:
        reading = "index"
    else:
        reading = "either"
    return earlier, later, pct, reading


def _names(head: str, stems: tuple[str, ...]) -> bool:
    """Whether a header cell (lower case) holds a phrase, or a word beginning with a stem."""
    ws = words(head)
    return any(s in head if (" " in s or not s.isalpha()) else any(w.startswith(s) for w in ws) for s in stems)


def _year_claim(lay: Layout, x: Record, y: Record, p: Record, reading: str) -> Claim | None:
    old, new = shared_scale(lay, x, as_written(x.text, x.value), y, as_written(y.text, y.value))
    claimed = as_written(p.text, p.value)
    index_bounds, change = share_bounds(new, old), change_bounds(old, new, False)
    if index_bounds is None or change is None:
        return None
    index = new.value / old.value * 100
    as_index = claim_holds(claimed, *index_bounds)
    as_change = claim_holds(claimed, *change)
    if reading == "either":
        # read as the figures allow; when neither holds, as the nearer reading
        reading = ("index" if as_index or not as_change and abs(claimed.value - index) <= abs(claimed.value - index + 100)
                   else "change")
    if reading == "index":
        verdict, note = verdict_of(claimed, index_bounds, index)
        claimed_change = round(p.value - 100, claimed.decimals)
        says = fmt_percent(claimed)
    else:
        verdict, note = verdict_of(claimed, change, index - 100)
        claimed_change = p.value
        says = f"a change of {fmt_percent(claimed)}"
    expl = (f"from {fmt_number(old.value)} to {fmt_number(new.value)} is {fmt_number(index)}% of the earlier, "
            f"a change of {fmt_number(index - 100)}%; the table says {says} — {verdict}{note}")
    return make_claim(lay, "change", verdict, expl, [x, y, p], x, {"from": x, "to": y, "claimed": p}, **{
        "from": old.value, "to": new.value, "claimed_percent": claimed_change,
        "computed_percent": round(index - 100, 2)})


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
