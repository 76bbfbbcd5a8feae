"""Products: a count, an amount each, and their total (``product`` checks).

District news states what a programme paid out by head: "420 отбасыға 25 мың теңгеден,
барлығы 10,5 млн теңге", "420 семей получили по 25 тыс. тенге, всего 10,5 млн тенге". The
count times the amount each is recomputed against the total the text gives. Inputs:
``count``, ``each``, ``total``, ``computed_total``.

The amount each is marked by the Kazakh distributive ablative ("25 мың теңгеден", after
a count it follows) or the Russian "по"; the total by a total word ("барлығы", "жалпы
сомасы", "всего", "на общую сумму") before it, in the same sentence and after both.
"""
from __future__ import annotations

import re

from extractors.check_build import Claim, make_claim
from extractors.check_rules import KK, Layout, ends_with_suffix
from extractors.claims import as_written, fmt_number
from extractors.records import Record

# "…, барлығы 10,5 млн", "жалпы сомасы 10,5 млн", "всего 10,5 млн", "на общую сумму 10,5 млн"
_TOTAL_BEFORE = re.compile(
    r"(?:барлығы|жалпы(?:\s+сомасы)?|сомасы|всего|итого|(?:на\s+)?общ(?:ую|ая|ей)\s+сумм(?:у|а|ой))"
    r"(?:\s+[^\W\d_]+)?\s*[–—:-]?\s*\Z", re.IGNORECASE)
_REACH = 40
_PO = re.compile(r"(?<![^\W\d_])по\s+\Z", re.IGNORECASE)


# "…, яғни әрқайсысына орта есеппен 5 млн теңгеден", "…, то есть в среднем по 5 млн на каждого":
# the amount each restated after the count and the total
_RESTATED_EACH = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*,\s*(?:яғни|бұл|то\s+есть|т\.\s?е\.|или)\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:әрқайсысына|әрқайсына|әр\s+[^\W\d_]+(?:ға|ге|қа|ке|на|не)|орта\s+есеппен|в\s+среднем|на\s+каждого)"
    r"(?:\s+(?:орта\s+есеппен|в\s+среднем|на\s+каждого))?\s*(?:по\s+)?\Z", re.IGNORECASE)


# A word every claim below needs: one _TOTAL_BEFORE names its total with, or one that
# _RESTATED_EACH says "each" with ("әр" begins "әрқайсысына"), lower-case
_TOTAL_PIECES = ("барлығы", "жалпы", "сомасы", "всего", "итого", "сумм")
_EACH_PIECES = ("әр", "есеппен", "среднем", "каждого")


def product_claims(lay: Layout, used: set[int]) -> list[Claim]:
    out = []
    # (most texts hold neither: no amount is then read as one each)
    if not lay.may_say(*_TOTAL_PIECES, *_EACH_PIECES):
        return out
    for e in lay.figures:
        if e.kind not in ("money", "quantity") or e.qualifier is not None or e.value_max is not None:
            continue
        # the total restated before it, or the count, is a neighbour in its clause
        if lay.neighbour(e, -1) is None and lay.neighbour(e, +1) is None:
            continue
        if not _is_each(lay, e):
            continue
        restated = _restated_after_total(lay, e, used)
        if restated is not None:
            out.append(restated)
            continue
        n = _count_next_to(lay, e)
        t = _total_after(lay, e, n)
        if n is None or t is None or id(t) in used or _another_group_before(lay, e, n):
            continue
        claim = _product(lay, n, e, t)
        if claim is not None:
            used.add(id(t))
            out.append(claim)
    return out


def _is_each(lay: Layout, e: Record) -> bool:
    """"25 мың теңгеден" (an ablative amount, the distributive "each"), "по 25 тыс. тенге"."""
    if _PO.search(lay.text, max(0, e.start - 6), e.start) or e.text.lower().startswith("по "):
        return True
    last = e.text.split()[-1:]
    return bool(last) and ends_with_suffix(last[0], KK["ablative"]) and not _from_to_after(lay, e)


def _from_to_after(lay: Layout, e: Record) -> bool:
    """"250 мыңнан 290 мың теңгеге дейін": an ablative that starts a range, not "each"."""
    nxt = lay.neighbour(e, +1)
    return nxt is not None and lay.gap_words(lay.between(e, nxt)) == [] and nxt.kind == e.kind


def _restated_after_total(lay: Layout, e: Record, used: set[int]) -> Claim | None:
    """"120 кәсіпкерге 600 млн теңге берілді, яғни әрқайсысына орта есеппен 5 млн теңгеден":
    a count, the total it got, then the amount each restated after them."""
    t = lay.neighbour(e, -1)
    if (t is None or id(t) in used or t.kind != e.kind or t.unit != e.unit or t.qualifier is not None
            or t.value_max is not None or not _RESTATED_EACH.match(lay.between(t, e))):
        return None
    n = lay.neighbour(t, -1)
    if (n is None or n.kind != "number" or n.unit is None or n.unit in ("раз", "есе") or n.value < 2
            or n.qualifier is not None or n.value_max is not None):
        return None
    gap = lay.between(n, t)
    ws = lay.gap_words(gap)
    if ws is None or len(ws) > 5 or "," in gap:
        return None
    used.add(id(t))
    return _product(lay, n, e, t)


def _count_next_to(lay: Layout, e: Record) -> Record | None:
    """The count the amount is paid to: right before it ("420 отбасыға 25 мың теңгеден", "420
    семей получили по 25 тыс.") or right after ("по 25 тыс. тенге получили 420 семей")."""
    for step in (-1, +1):
        n = lay.neighbour(e, step)
        if n is None or n.kind != "number" or n.unit is None or n.qualifier is not None or n.value_max is not None:
            continue
        if n.unit in ("раз", "есе") or n.value < 2:
            continue
        gap = lay.between(n, e) if step < 0 else lay.between(e, n)
        ws = lay.gap_words(gap)
        # the count's noun and a verb at most ("420 отбасыға", "420 семей получили")
        if ws is not None and len(ws) <= 3 and "," not in gap:
            return n
    return None


def _another_group_before(lay: Layout, e: Record, n: Record) -> bool:
    """"50 человек получили по 2 млн, 30 – по 1 млн, всего 130 млн": the total covers every
    group the sentence lists, not the last one alone."""
    first = min(e, n, key=lambda r: r.start)
    g = lay.neighbour(first, -1)
    for _ in range(_REACH):  # bounded: a sentence of thousands of figures stays linear
        if g is None:
            return False
        if g.kind == e.kind and g.unit == e.unit:
            return True
        g = lay.neighbour(g, -1)
    return True  # too long a list to tell: no claim


def _total_after(lay: Layout, e: Record, n: Record | None) -> Record | None:
    """The total named after both, in the same sentence, of the amount's measure."""
    if n is None:
        return None
    last = max(e, n, key=lambda r: r.end)
    t = lay.neighbour(last, +1)
    if t is None or t.kind != e.kind or t.unit != e.unit or t.qualifier not in (None, "approx"):
        return None
    if t.value_max is not None or not _TOTAL_BEFORE.search(lay.text, max(last.end, t.start - 40), t.start):
        return None
    return t


_CONTRAST = re.compile(r"(?<![^\W\d_])(?:ал|а|при\s+этом|тогда\s+как|однако)(?![^\W\d_])", re.IGNORECASE)
_KK_DATIVE = re.compile(r"[^\W\d_]{3,}(?:ға|ге|қа|ке|[ыі]на|[ыі]не)$", re.IGNORECASE)
_RU_FOR = re.compile(r"(?<![^\W\d_])на\s+(?!(?:общ[^\W\d_]*\s+)?сумм)[^\W\d_]{4,}", re.IGNORECASE)


def _total_named_apart(lay: Layout, since: int, t: Record) -> bool:
    """Whether the total's clause opens with a contrast or names a purpose of its own
    ("ал кәсіпкерлікті қолдауға жалпы …", "әлеуметтік көмекке барлығы …", "а на поддержку
    бизнеса всего …"), so that it may cover more than the count times the amount each."""
    stretch = lay.text[since:t.start]
    clause = re.split(r"[,;:]", stretch)[-1]
    if _CONTRAST.search(stretch):
        return True
    head = clause.split()[:-1]  # the words before the total word
    return any(_KK_DATIVE.search(w) for w in head) or bool(_RU_FOR.search(clause))


# "по 85 тыс. тенге в месяц в течение 6 месяцев", "айына 85 мың теңгеден 6 ай бойы": an amount
# each per period, paid for so many periods
_PER_PERIOD = re.compile(r"(?<![^\W\d_])(?:в\s+месяц|ежемесячно|в\s+год|ежегодно|айына|ай\s+сайын|жылына|жыл\s+сайын)"
                         r"(?![^\W\d_])", re.IGNORECASE)
_PERIODS = re.compile(r"(?<![\d,.])(\d{1,2})\s+(?:месяц[^\W\d_]*|ай(?:\s+бойы|ға|да|дың)?|лет|год[^\W\d_]*|жыл"
                      r"(?:\s+бойы|ға|да)?)(?![^\W\d_])", re.IGNORECASE)


def _periods(lay: Layout, n: Record, e: Record, t: Record) -> int | None:
    """1 for an amount each paid once; the number of periods for one paid per month or year
    over a stated span ("в течение 6 месяцев"); 0 when the span is not stated."""
    start = min(n.start, e.start)
    stretch = lay.text[start:t.start]
    if not _PER_PERIOD.search(stretch):
        return 1
    m = _PERIODS.search(stretch)
    return int(m.group(1)) if m else 0


def _product(lay: Layout, n: Record, e: Record, t: Record) -> Claim | None:
    count, each, total = as_written(n.text, n.value), as_written(e.text, e.value), as_written(t.text, t.value)
    if total.value <= 0:
        return None
    periods = _periods(lay, n, e, t)
    times = max(periods, 1)
    computed = count.value * each.value * times
    # the total as written covers the product of the count and the amount each as written
    lo, hi = count.value * each.lo * times, count.value * each.hi * times
    exact = total.lo <= computed <= total.hi or computed == total.value
    if exact:
        verdict, note = "consistent", ""
    elif hi >= total.lo and lo <= total.hi:
        verdict, note = "consistent", " (within the rounding of the figures)"
    elif periods == 0:
        verdict, note = "unverifiable", " (an amount per period, for a span the text does not give)"
    elif t.qualifier == "approx":
        verdict, note = "unverifiable", " (the total is only approximate)"
    elif _total_named_apart(lay, max(n.end, e.end), t):
        # "40 кәсіпкерге 2 млн теңгеден грант берілді, ал кәсіпкерлікті қолдауға жалпы 500 млн
        # теңге бөлінді": a total of a wider line of its own confirms, never flags
        verdict, note = "unverifiable", " (the total may be of more than these)"
    else:
        verdict, note = "inconsistent", ""
    by = f" × {times} periods" if times > 1 else ""
    expl = (f"{fmt_number(count.value)} × {fmt_number(each.value)}{by} is {fmt_number(computed)}; "
            f"the text says {fmt_number(total.value)} in all — {verdict}{note}")
    extra = {"periods": times} if times > 1 else {}
    return make_claim(lay, "product", verdict, expl, [n, e, t], n, {"count": n, "each": e, "total": t},
                      count=count.value, each=each.value, total=total.value, computed_total=computed, **extra)

