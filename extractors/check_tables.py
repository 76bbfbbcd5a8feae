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
        out += _total_row(lay, lines, i, starts, used)
        roles = _roles(header.split(TABLE_CELLS))
        if roles is None:
            out += _year_table(lay, lines, i, starts, used)
            continue
        deviation = _names(header.split(TABLE_CELLS)[roles[2]].lower(), _TABLE_WORDS["table_increment"])
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
            if deviation:
                # "Отклонение, %", "Ауытқу, %": by how much the actual is off the plan
                claim = _year_claim(lay, plan, actual, percent, "change")
                if claim is not None:
                    used.add(id(percent))
                    out.append(claim)
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


# -- a total row: "Итого | 8 500", "Барлығы | 200 | 100" ------------------------------------
# The rows above it are the parts of each column, and a share column ("Доля, %", "Үлесі, %")
# holds each row's share of the total. A row opening "в т.ч."/"оның ішінде" nests parts
# inside a part, so such a table is not summed.
_TOTAL_LABEL = re.compile(r"\s*(?:итого|всего|барлығы|жиыны|барлық|жалпы|total)\b", re.IGNORECASE)
_NESTED_LABEL = re.compile(r"\s*(?:[-–—•]|в\s+т\.\s?ч\.|в\s+том\s+числе|из\s+них|оның\s+ішінде|соның\s+ішінде|"
                           r"из\s+которых)", re.IGNORECASE)
_SHARE_HEAD = tuple(KK["table_share"] + RU["table_share"])
# a header of a rate or an index, never summed ("Индекс цен", "Плотность, чел. на кв. км",
# "Надой на 1 корову, кг", "Бір сиырдан сауылған сүт, кг", "Урожайность", "Уровень, %")
_NOT_SUMMED = re.compile(r"средн|орташа|орта\s+есеппен|индекс|плотност|тығызд|коэффициент|уровень|деңгей|темп|"
                         r"урожайн|өнімділ|надой|(?<![^\W\d_])(?:на|в\s+расчете\s+на|бір|әр)\s|шаққанда|[-–]дан|[-–]ден"
                         r"|сиырдан|басынан|гектарынан", re.IGNORECASE)
# a share column that names another whole than the total row: "Доля в ВРП, %", "Доля от
# площади района, %", "Аудан жерінің үлесі, %"
_OTHER_WHOLE = re.compile(r"(?<![^\W\d_])(?:в|от|по)\s+[^\W\d_]|[^\W\d_]{3,}(?:ның|нің|дың|дің|тың|тің)\s+үлес",
                          re.IGNORECASE)
# a total row of more than the rows above it
_PARTIAL_TOTAL = re.compile(r"\(|включая|остальн|прочи|с\s+учетом|по\s+област|по\s+республик|облыс\s+бойынша|басқа|өзге",
                            re.IGNORECASE)
_RATES = frozenset(("c/ha", "t/ha", "km/h", "m/s", "l/s", "degC", "point", "Mbit/s", "Gbit/s"))
_AVERAGE = re.compile(r"средн|орташа|орта\s+есеппен", re.IGNORECASE)


def _total_row(lay: Layout, lines: list[tuple[int, int]], i: int, starts: list[int], used: set[int]) -> list[Claim]:
    header = lay.text[lines[i][0]:lines[i][1]]
    heads = header.split(TABLE_CELLS)
    body: list[dict[int, Record]] = []
    total: dict[int, Record] | None = None
    total_label = ""
    for row_start, row_end in lines[i + 1:i + 1 + _ROWS]:
        row = lay.text[row_start:row_end]
        if TABLE_CELLS not in row or row.count(TABLE_CELLS) != header.count(TABLE_CELLS):
            break
        label = row.split(TABLE_CELLS, 1)[0]
        if _NESTED_LABEL.match(label):
            return []
        cells = _cell_figures(lay, starts, row_start, row_end)
        if _TOTAL_LABEL.match(label):
            if _PARTIAL_TOTAL.search(label):
                return []  # "Всего по области (включая остальные районы)": the rows are not all of it
            total, total_label = cells, label
            break
        body.append(cells)
    if total is None or len(body) < 2:
        return []
    out = []
    for k, t in total.items():
        if k == 0 or id(t) in used:
            continue
        parts = [row.get(k) for row in body]
        if any(p is None for p in parts):
            continue
        share_column = (bool(_PERCENT.search(heads[k])) and any(starts_with_stem(w, _SHARE_HEAD) for w in words(heads[k]))
                        and not _OTHER_WHOLE.search(heads[k]))
        if any(p.kind == "percent" for p in parts + [t]):
            if share_column and t.kind == "percent":
                out += _share_column(lay, heads, k, body, total, used)
            continue
        if not all(p.kind == t.kind and p.unit == t.unit for p in parts):
            continue  # (a column's cells share its header's measure: anything else is no column of parts)
        if t.unit in _RATES or _NOT_SUMMED.search(heads[k]) or _AVERAGE.search(total_label):
            continue  # yields, speeds, degrees, averages, indices, densities: a total row of these is no sum
        out.append(_column_sum(lay, parts, t))
    return out


def _tolerance(r: Record) -> float:
    """Half a unit of the cell's last written digit, in the value's units (the header's scale);
    none for a whole count written in full ("12" schools is 12)."""
    shown = written_number(r.text)
    scale = r.value / shown if shown else 1
    decimals = as_written(r.text, r.value).decimals
    if r.kind == "number" and decimals == 0 and abs(scale - 1) < 1e-9:
        return 0.0
    return 0.5 * 10.0 ** -decimals * scale


def _column_sum(lay: Layout, parts: list[Record], t: Record) -> Claim:
    total = sum(p.value for p in parts)
    tol = sum(_tolerance(p) for p in parts) + _tolerance(t)
    off = abs(total - t.value)
    if off <= 1e-9 * max(1.0, abs(t.value)):
        verdict, note = "consistent", ""
    elif off <= tol * (1 + 1e-9):
        verdict, note = "consistent", " (within the rounding of the figures)"
    else:
        verdict, note = "inconsistent", ""
    shown = " + ".join(fmt_number(p.value) for p in parts)
    expl = (f"{shown} = {fmt_number(total)}; the total row says {fmt_number(t.value)} — {verdict}{note}")
    roles = {"whole": t} | {f"part{n}": p for n, p in enumerate(parts, 1)}
    return make_claim(lay, "parts_sum", verdict, expl, [*parts, t], parts[0], roles,
                      parts=[p.value for p in parts], whole=t.value, computed_sum=total)


def _share_column(lay: Layout, heads: list[str], k: int, body: list[dict[int, Record]],
                  total: dict[int, Record], used: set[int]) -> list[Claim]:
    """Each row's share against its value in the nearest column of values to the left, of
    that column's total."""
    for v in range(k - 1, 0, -1):
        whole = total.get(v)
        if whole is not None and whole.kind != "percent" and not _PERCENT.search(heads[v]):
            break
    else:
        return []
    out = []
    ww = as_written(whole.text, whole.value)
    for row in body:
        part, share = row.get(v), row.get(k)
        if part is None or share is None or share.kind != "percent" or id(share) in used:
            continue
        bounds = share_bounds(as_written(part.text, part.value), ww)
        if bounds is None:
            continue
        claimed = as_written(share.text, share.value)
        computed = part.value / whole.value * 100
        verdict, note = verdict_of(claimed, bounds, computed)
        used.add(id(share))
        expl = (f"{fmt_number(part.value)} of {fmt_number(whole.value)} is {fmt_number(computed)}%; "
                f"the table says {fmt_percent(claimed)} — {verdict}{note}")
        out.append(make_claim(lay, "percent_of_total", verdict, expl, [part, share, whole], part,
                              {"part": part, "whole": whole, "claimed": share}, part=part.value,
                              whole=whole.value, claimed_percent=share.value, computed_percent=round(computed, 2)))
    return out
