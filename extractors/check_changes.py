"""Changes: ``change`` checks.

A change is a starting and an end value ("с 40 до 52 тыс.", "250-ден 300-ге дейін") with
the size of the change stated next to them ("или на 30%", "20%-ға"), or a level and the
size of its change as an amount and a percent. Plans, and changes against a plan, are
:mod:`extractors.check_plans`.
"""
from __future__ import annotations

import math
import re

from extractors.check_build import Claim, make_claim, shared_scale, verdict_of
from extractors.check_rules import (ADDITIVE, FALL, KK, LIST_LINK, REACH, RESPECTIVELY, RISE, RISE_OR_FALL, RU, Layout,
                                    any_piece_pattern, ends_with_suffix, starts_with_stem, verb_direction, words)
from extractors.claims import (as_written, change_bounds, claim_holds, factor_bounds, factor_holds, fmt_number,
                               fmt_percent, written_number)
from extractors.records import Record


def change_claims(lay: Layout, used: set[int]) -> list[Claim]:
    out = []
    for x, y, ends in _from_to_pairs(lay, _SizeClauses(lay, used)):
        if id(y) in lay.last_parts or id(x) in lay.last_parts:
            continue  # a comparison after a list is of the list's whole (see find_claims)
        if id(x) in lay.index and id(y) in lay.index and _amount_of_change(lay, x, y):
            # "1 436 человек, что на 174 человека, или на 10,8%, меньше, чем годом ранее (1 610)":
            # the amount of the change is no level it went to
            continue
        # against a value in brackets after its date, or one "…-мен салыстырғанда", the
        # comparison is the change itself
        compared = (_now_and_then(lay, ends[0], ends[1]) or _level_then_compared(lay, ends[0], ends[1])
                    or _level_then_ablative(lay, ends[0], ends[1]) or _was_before(lay, None, ends[1]))
        p = _change_percent(lay, ends[0], ends[1], used, compared_ok=compared)
        if p is None:
            # no percent: the size as a factor ("в 2 раза"), else as an amount ("на 312 человек")
            for find, judge in ((_change_factor, _factor_claim), (_change_amount, _amount_claim)):
                size = find(lay, ends[0], ends[1], used)
                if size is not None:
                    used.add(id(size))
                    claim = judge(lay, x, y, ends, size)
                    if claim is not None:
                        out.append(claim)
                    break
            continue
        used.add(id(p))
        old, new, falling = _read_pair(lay, x, y, ends, p)
        bounds = change_bounds(old, new, falling)
        if bounds is None:
            continue
        claimed = as_written(p.text, p.value)
        computed = ((old.value - new.value) if falling else (new.value - old.value)) / old.value * 100
        verdict, note = verdict_of(claimed, bounds, computed)
        said = "a fall" if falling else "a rise"
        # the text says it rose and the figures fell, or the reverse: name both ways
        word = way_of(falling, computed >= 0)
        says = fmt_percent(claimed) if computed >= 0 else f"{said} of {fmt_percent(claimed)}"
        expl = (f"from {fmt_number(old.value)} to {fmt_number(new.value)} is {word} of {fmt_number(abs(computed))}%; "
                f"the text says {says} — {verdict}{note}")
        out.append(make_claim(lay, "change", verdict, expl, [*ends, p], ends[0],
                          {"from": x, "to": y, "claimed": p}, **{
            "from": old.value, "to": new.value, "claimed_percent": p.value, "computed_percent": round(computed, 2)}))
    return out


# Units of a factor: "в 2 раза", "вдвое", "2 есеге", "екі есе".
_FACTOR_UNITS = ("раз", "есе")


def _is_factor(r: Record) -> bool:
    return r.kind == "number" and r.unit in _FACTOR_UNITS and r.qualifier is None and r.value >= 1


def _change_factor(lay: Layout, x: Record, y: Record, used: set[int]) -> Record | None:
    """The size of the change as a factor next to the pair: "в 2 раза – со 150 до 300",
    "150-ден 300-ге дейін, яғни 2 есеге өсті", or between a value and the earlier one in
    brackets after its date ("15 км, что в 3 раза больше, чем в 2023 году (5 км)")."""
    m = lay.neighbour(x, +1)
    if m is not None and _is_factor(m) and id(m) not in used and lay.neighbour(m, +1) is y and _now_and_then(lay, x, y):
        return m
    return _stated_size(lay, x, y, lambda r: _is_factor(r) and id(r) not in used)


def _change_amount(lay: Layout, x: Record, y: Record, used: set[int]) -> Record | None:
    """The size of the change as an amount of the pair's measure: "1 517 адамнан 1 205 адамға
    дейін, яғни 312 адамға азайды", or between a value and the earlier one in brackets after
    its date ("25,6 млрд тенге, что на 2,1 млрд тенге больше, чем в 2023 году (23,5 млрд)")."""
    def ok(r: Record) -> bool:
        return (r.kind != "percent" and not _is_factor(r) and id(r) not in used and r.qualifier is None
                and r.value_max is None and lay.compatible(r, x) and _by_amount(lay, r))

    m = lay.neighbour(x, +1)
    if m is not None and ok(m) and lay.neighbour(m, +1) is y and comparative(lay, m) and _now_and_then(lay, x, y):
        return m
    return _stated_size(lay, x, y, ok)


def _amount_claim(lay: Layout, x: Record, y: Record, ends: tuple[Record, Record], a: Record) -> Claim | None:
    """A change stated as an amount ("на 312 человек меньше", "312 адамға азайды"): the
    difference of the pair against it, each to the precision written."""
    old, new, falling = _read_pair(lay, x, y, ends, a)
    if old.value <= 0:
        return None
    claimed = as_written(a.text, a.value)
    computed = old.value - new.value if falling else new.value - old.value
    # the amount as written ("2,1 млрд": to a hundred million), else to the unit
    tol = max(claimed.half_ulp, 0.5 * 10.0 ** (-claimed.decimals))
    slack = old.half_ulp + new.half_ulp
    off = abs(computed - claimed.value)
    verdict, note = _verdict(off <= tol * (1 + 1e-9), off <= (tol + slack) * (1 + 1e-9))
    word = way_of(falling, computed >= 0)
    expl = (f"from {fmt_number(old.value)} to {fmt_number(new.value)} is {word} of {fmt_number(abs(computed))}; "
            f"the text says {fmt_number(claimed.value)} — {verdict}{note}")
    return make_claim(lay, "change", verdict, expl, [*ends, a], ends[0], {"from": x, "to": y, "claimed": a}, **{
        "from": old.value, "to": new.value, "claimed_percent": round(claimed.value / old.value * 100, 2),
        "computed_percent": round(computed / old.value * 100, 2), "claimed_amount": claimed.value,
        "computed_amount": computed})


def _verdict(exact: bool, within_rounding: bool) -> tuple[str, str]:
    """Consistent as computed, consistent only within the rounding of the inputs, or not."""
    if exact:
        return "consistent", ""
    if within_rounding:
        return "consistent", " (within the rounding of the figures)"
    return "inconsistent", ""


def way_of(falling: bool, as_said: bool) -> str:
    """"a fall" or "a rise": the way the text says the change went when the figures went
    that way too (``as_said``), else the other way."""
    said = "a fall" if falling else "a rise"
    return said if as_said else ("a rise" if falling else "a fall")


def _stated_size(lay: Layout, x: Record, y: Record, ok) -> Record | None:
    """The figure ``ok`` accepts stated right after the pair ("…, или на 7 п.п.", a restating
    word letting it stand further) or right before it ("в 2 раза: с 60 до 120")."""
    a = lay.neighbour(y, +1)
    if a is not None and ok(a):
        ws = lay.gap_words(lay.between(y, a).replace("(", " "))
        if ws is not None and (len(ws) <= 4 or len(ws) <= 6 and _RESTATING & set(ws)):
            return a
    b = lay.neighbour(x, -1)
    if b is not None and ok(b):
        # the pair may follow a colon that opens it
        ws = lay.gap_words(re.sub(r"^\s*:", " ", lay.between(b, x)))
        if ws is not None and len(ws) <= 4:
            return b
    return None


def _read_pair(lay: Layout, x: Record, y: Record, ends: tuple[Record, Record], size: Record):
    """The pair's values as written (sharing a scale word) and whether the change is a fall:
    as the words at its stated ``size`` say ("сократилось на 20%", "на 18% меньше"), else as
    the pair itself goes."""
    old, new = as_written(x.text, x.value), as_written(y.text, y.value)
    old, new = shared_scale(lay, x, old, y, new)
    direction = lay.change_direction(size) or comparative(lay, size) or _pair_direction(lay, ends[0], ends[1])
    return old, new, (direction == "fall" if direction else new.value < old.value)


def _factor_claim(lay: Layout, x: Record, y: Record, ends: tuple[Record, Record], f: Record) -> Claim | None:
    """A change stated as a factor ("выросло в 2 раза", "вдвое сократилось", "3 есе өсті"),
    judged by :func:`extractors.claims.factor_tolerance`."""
    old, new, falling = _read_pair(lay, x, y, ends, f)
    bounds = factor_bounds(old, new, falling)
    if bounds is None:
        return None
    claimed = as_written(f.text, f.value)
    computed = old.value / new.value if falling else new.value / old.value
    verdict, note = _verdict(factor_holds(claimed, computed, computed), factor_holds(claimed, *bounds))
    word = way_of(falling, computed >= 1)
    expl = (f"from {fmt_number(old.value)} to {fmt_number(new.value)} is {word} of {fmt_number(computed)} times; "
            f"the text says {fmt_number(claimed.value)} times — {verdict}{note}")
    claimed_percent = (1 - 1 / claimed.value) * 100 if falling else (claimed.value - 1) * 100
    computed_percent = (1 - new.value / old.value) * 100 if falling else (new.value / old.value - 1) * 100
    return make_claim(lay, "change", verdict, expl, [*ends, f], ends[0], {"from": x, "to": y, "claimed": f}, **{
        "from": old.value, "to": new.value, "claimed_percent": round(claimed_percent, 2),
        "computed_percent": round(computed_percent, 2), "claimed_factor": claimed.value,
        "computed_factor": round(computed, 2)})


# "выросла на 45 тыс. тенге и составила 395 тыс.", "45 мың теңгеге өсіп, 395 мың теңгеге жетті":
# the amount of a change, then the level it reached
_REACHED_RU = re.compile(
    r"^\s*(?:[^\W\d_]+\s*)?(?:,\s*)?(?:и\s+)?(?:составил[аои]?|достиг(?:ла|ло|ли)?|до)\s*$", re.IGNORECASE)


def amount_claims(lay: Layout, used: set[int]) -> list[Claim]:
    """A change given by its amount and the level reached, and its size in percent:
    "выросла на 45 тыс. тенге и составила 395 тыс. тенге, рост – 12,9%". The earlier level is
    the reached one less the amount (plus it, for a fall)."""
    out = []
    for x in lay.figures:
        if x.kind == "percent" or x.qualifier is not None or x.value_max is not None:
            continue
        y = lay.neighbour(x, +1)
        if y is not None and y.kind == "percent" and id(y) not in used:
            # "увеличилось на 1,2 тыс. голов (на 4,1%) и составило 30,5 тыс. голов", "прирост
            # составил 30 единиц, или 25%, и достиг 150": the percent between the amount and the level
            claim = _amount_percent_level(lay, x, y)
            if claim is not None:
                used.add(id(y))
                out.append(claim)
            continue
        if y is None or y.qualifier is not None or y.value_max is not None:
            continue
        if not _difference_after(lay, y, used):
            continue  # (asked first: most figures fail it, and reading the words around x took longer)
        # (compatible first: the cheapest, it spares the two readings of words for most pairs)
        if not (lay.compatible(x, y) and _by_amount(lay, x) and _reached_after(lay, x, y)):
            continue
        direction = lay.change_direction(x) or verb_direction(lay.words_clause_before(x, 40)[-5:])
        if direction is None:
            continue
        p = _stated_size(lay, y, y, lambda r: r.kind == "percent" and id(r) not in used and lay.claim_percent(r)
                         and lay.is_difference(r))
        if p is None or p.start < y.end:
            continue
        claim = _by_amount_claim(lay, x, y, p, direction == "fall")
        if claim is not None:
            used.add(id(p))
            out.append(claim)
    return out + _level_then_amount(lay, used)


def _difference_after(lay: Layout, y: Record, used: set[int]) -> bool:
    """Whether the figure after ``y`` may be the percent amount_claims looks for beside the level
    ``y`` reached (_stated_size of ``y`` alone): that, or the one before ``y``, which there is
    the amount of the change, no percent."""
    after = lay.neighbour(y, +1)
    return (after is not None and after.kind == "percent" and id(after) not in used and lay.claim_percent(after)
            and lay.is_difference(after))


_INCREMENT_BEFORE = re.compile(rf"(?:{'|'.join(RU['increment'] + KK['increment'])})\s+(?:составил[аои]?\s+)?\Z",
                               re.IGNORECASE)


def _amount_percent_level(lay: Layout, x: Record, p: Record) -> Claim | None:
    """``x`` an amount of change, ``p`` its percent right after it (in brackets, or after
    "или"), then the level reached: the earlier level is the reached one less the amount."""
    # ("на 160 тыс. тонн, или на 33,3%": the restating word, then the percent's own "на")
    lead = re.sub(r"(?<![^\W\d_])на\s*\Z", "", lay.between(x, p))
    if not (lay.claim_percent(p) and (lay.bracketed_after(x, p) or lay.restated(lead, max_lead=1))):
        return None
    if not (_by_amount_word(lay, x) or _INCREMENT_BEFORE.search(lay.text, max(0, x.start - 30), x.start)):
        return None
    z = lay.neighbour(p, +1)
    if z is None or z.kind == "percent" or z.qualifier is not None or z.value_max is not None:
        return None
    if not (lay.compatible(x, z) or x.kind == "number" and z.kind == "number" and z.unit is None):
        return None
    gap = lay.between(p, z).lstrip(" )\u00a0")
    gap = re.sub(r"^,\s*", "", gap)
    if not (_REACHED_RU.match(gap) or _reached_kk(gap, lay.words_after(z, 24)[:2])):
        return None
    direction = (lay.change_direction(x) or lay.change_direction(p) or verb_direction(lay.words_clause_before(x, 40)[-5:])
                 or verb_direction(lay.words_before(x, 30)[-3:]))
    if direction is None:
        return None
    return _by_amount_claim(lay, x, z, p, direction == "fall")


def _reached_kk(gap: str, after_z: list[str]) -> bool:
    """"… (4,1 пайызға) өсіп, 30,5 мың басқа жетті": a verb of change, then the level and "жетті"
    (after the count's noun, if any)."""
    ws = words(gap)
    return (len(ws) <= 2 and bool(ws) and starts_with_stem(ws[-1].rstrip(","), RISE_OR_FALL)
            and any(starts_with_stem(w, REACH) for w in after_z))


def _by_amount_claim(lay: Layout, x: Record, y: Record, p: Record, falling: bool) -> Claim | None:
    """The claim that ``y`` is a change by ``x`` (an amount) of ``p`` percent."""
    by, new = as_written(x.text, x.value), as_written(y.text, y.value)
    old_value = new.value + by.value if falling else new.value - by.value
    if old_value <= 0:
        return None
    old = type(new)(old_value, max(by.decimals, new.decimals), by.half_ulp + new.half_ulp)
    bounds = _by_amount_bounds(by, new, falling)
    if bounds is None:
        return None
    claimed = as_written(p.text, p.value)
    computed = abs(new.value - old.value) / old.value * 100
    verdict, note = verdict_of(claimed, bounds, computed)
    word = "a fall" if falling else "a rise"
    expl = (f"{word} of {fmt_number(by.value)} to {fmt_number(new.value)} is from {fmt_number(old.value)}, "
            f"{fmt_number(computed)}%; the text says {fmt_percent(claimed)} — {verdict}{note}")
    return make_claim(lay, "change", verdict, expl, [x, y, p], x, {"by": x, "to": y, "claimed": p}, **{
        "from": old.value, "to": new.value, "claimed_percent": p.value, "computed_percent": round(computed, 2),
        "by": by.value})


def _by_amount_bounds(by, new, falling: bool) -> tuple[float, float] | None:
    """The range of ``by / earlier`` in percent, the earlier level being ``new - by`` (``new +
    by`` for a fall): bounded through the amount itself, as the two levels round together."""
    if falling:
        return by.lo / (new.hi + by.lo) * 100, by.hi / (new.lo + by.hi) * 100
    if new.lo - by.hi <= 0:
        return None
    return by.lo / (new.hi - by.lo) * 100, by.hi / (new.lo - by.hi) * 100


# "…, что на", "…, бұл өткен жылмен салыстырғанда": after a level, the clause that says by
# how much it differs from an earlier one.
_LEVEL_THEN_BY = re.compile(r",\s*(?:что|это|бұл|яғни)\b", re.IGNORECASE)


def _level_then_amount(lay: Layout, used: set[int]) -> list[Claim]:
    """A level, then by how much it moved, as an amount and a percent restating each other:
    "21,3 млрд тенге, что на 2,8 млрд тенге, или на 15,1% больше", "21,3 млрд теңге, бұл
    өткен жылмен салыстырғанда 2,8 млрд теңгеге немесе 15,1 пайызға көп". The earlier level
    is the later less the amount (plus it, for a fall)."""
    out = []
    figs = lay.figures
    for i in range(len(figs) - 2):
        y, first, second = figs[i], figs[i + 1], figs[i + 2]
        # one of the next two a percent, the other not (cheap tests first: this runs on every figure)
        if y.kind == "percent" or (first.kind == "percent") == (second.kind == "percent"):
            continue
        if y.qualifier is not None or y.value_max is not None or lay.sentence_of(first) != lay.sentence_of(second):
            continue
        # the amount then the percent, or the other way round ("на 15,1%, или на 2,8 млрд")
        x, p = (second, first) if first.kind == "percent" else (first, second)
        # (what the amount and the percent must be, read before the level: most pairs fail it,
        # and it does not depend on which figure the level turns out to be)
        if id(p) in used or x.qualifier is not None or x.value_max is not None:
            continue
        link = re.sub(r"\s+на\s*$", " ", lay.between(first, second))  # "…, или на 15,1%"
        # a count's noun may stand before the link: "на 135 человек, или на 10,9%"
        if not (lay.claim_percent(p) and lay.is_difference(p) and lay.restated(link, max_lead=1)):
            continue
        if not _by_amount_word(lay, x):
            continue
        # "… 14,2 млрд теңгені құрады. Өткен жылмен салыстырғанда 1,8 млрд теңгеге немесе 14,5
        # пайызға өсті": the level closes the sentence before one that opens with the comparison
        apart = lay.sentence_of(y) != lay.sentence_of(first)
        if apart and not _opens_with_comparison(lay, y, first):
            continue
        if apart and (lay.is_plan(y) or _in_brackets_after_percent(lay, y)):
            # "2,41 млрд түсті, бұл жоспарының 103,9 пайызы (2,32 млрд). Өткен жылмен салыстырғанда
            # … 0,29 млрд-қа артты": the level is the amount received, not its plan
            y = _level_before(lay, y)
            if y is None:
                continue
        if _older_than_article(lay, y):
            continue  # "2023 жылы 161,2 мың гектарға егілген болатын, яғни … 7,3 мың гектарға ұлғайды": the level then
        if not lay.compatible(x, y, strict=True):
            continue
        if not apart:
            gap = lay.without_dates(y.end, first.start)
            m = _LEVEL_THEN_BY.search(gap)
            ws = lay.gap_words(gap[m.end():]) if m else None
            if ws is None or len(ws) > 6:
                continue
        # "… больше", "… өсті" after the pair, or "выросли на 1,8 млрд, или на 14,5%" before it
        direction = comparative(lay, second) or lay.change_direction(second) or lay.change_direction(first)
        if direction is None:
            continue
        claim = _by_amount_claim(lay, x, y, p, direction == "fall")
        if claim is not None:
            used.add(id(p))
            out.append(claim)
    return out


# A sentence opening with a comparison with an earlier time ("Өткен жылмен салыстырғанда",
# "По сравнению с прошлым годом").
_COMPARISON_OPENING = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,4}?(?:салыстырғанда|қарағанда)\b|\s*по\s+сравнению\s+с\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:годом|периодом)\b", re.IGNORECASE)


def _in_brackets_after_percent(lay: Layout, r: Record) -> bool:
    """"…, бұл жоспарының 103,9 пайызы (2,32 млрд теңге)": a figure in brackets after a percent."""
    p = lay.neighbour(r, -1)
    return p is not None and p.kind == "percent" and re.fullmatch(r"\s*\(\s*", lay.text[p.end:r.start]) is not None


def _level_before(lay: Layout, r: Record) -> Record | None:
    """The figure before ``r`` in its sentence that may be a level: not a percent, a plan or a
    figure in brackets."""
    w = lay.neighbour(r, -1)
    while w is not None and (w.kind == "percent" or lay.is_plan(w) or _in_brackets_after_percent(lay, w)):
        w = lay.neighbour(w, -1)
    return w if w is not None and lay.compatible(w, r) else None


def _older_than_article(lay: Layout, y: Record) -> bool:
    """Whether ``y`` is dated to a year before another the article names ("Биыл 168,5 мың
    гектарға егілді. … 2023 жылы 161,2 мың гектарға егілген болатын"; "Биыл" may stand in
    another paragraph)."""
    d = lay.any_date_before(y)
    year = ((d.date or {}).get("start") or "")[:4] if d is not None else ""
    return len(year) == 4 and lay.latest_year() > year


def _opens_with_comparison(lay: Layout, y: Record, first: Record) -> bool:
    """``y`` is the last figure of the sentence right before ``first``'s, in one paragraph,
    and ``first``'s sentence opens with a comparison with an earlier time, before any figure."""
    if lay.sentence_of(y) != lay.sentence_of(first) - 1 or lay.paragraph_of(y) != lay.paragraph_of(first):
        return False
    start = lay.sentences[lay.sentence_index(first)][0]
    m = _COMPARISON_OPENING.match(lay.text, start, first.start)
    return m is not None and lay.gap_words(lay.text[m.end():first.start]) is not None


def _by_amount_word(lay: Layout, x: Record) -> bool:
    """"на 2,8 млрд", "2,8 млрд теңгеге": an amount given as the size of a change."""
    if x.text.lower().startswith("на ") or lay.na_before(x):
        return True
    tail = x.text.split()[-1:]
    if x.kind == "number" and x.unit is not None and not (x.text[-1:].isalpha() and ends_with_suffix(tail[0], KK["dative"])):
        tail = lay.words_after(x, 24)[:1]  # "45 адамға", "1,2 мың басқа": the count's noun carries the case
    return bool(tail) and ends_with_suffix(tail[0], KK["dative"])


def _amount_of_change(lay: Layout, x: Record, y: Record) -> bool:
    """"на 5 тыс. га", "5 мың гектарға азайды", "5 мың гектарға, яғни 2,4%-ға": ``y`` is by how
    much ``x`` changed (a level reached, "150 тоннаға жетті", is not)."""
    if y.text.lower().startswith("на ") or lay.na_before(y):
        return True
    # (the Kazakh dative below: Russian "га" is hectares). The dative with a verb of change
    # is "by" or "to" ("270-ке төмендеп" from 300 is to 270): read as "by" only when far
    # smaller than the level it changed, as amounts of change are
    if lay.lang != "kk" or not (0 < y.value < 0.5 * x.value):
        return False
    if _by_amount(lay, y):
        return True
    p = lay.neighbour(y, +1)
    if p is None or p.kind != "percent":
        return False
    gap = lay.gap_words(lay.between(y, p).replace(",", " "))
    if y.kind == "number" and y.unit is not None and gap and not ends_with_suffix(y.text.split()[-1].lower(), KK["dative"]):
        gap = gap[1:]  # "3 мың басқа, яғни 6%-ға": the count's noun carries the case
    return _by_amount_word(lay, y) and gap in (["яғни"], ["немесе"])


def _by_amount(lay: Layout, x: Record) -> bool:
    """"на 45 тыс. тенге" after a verb of change, "45 мың теңгеге өсіп": an amount of change."""
    if id(x) not in lay.index:  # (a record made here, a range's end: its id may be reused)
        return _read_by_amount(lay, x)
    # (asked of every figure by _SizeClauses, then again of many by the rules: read once)
    key = ("_by_amount", id(x))
    found = lay.memo.get(key)
    if found is None:
        found = lay.memo[key] = _read_by_amount(lay, x)
    return found


def _read_by_amount(lay: Layout, x: Record) -> bool:
    """:func:`_by_amount`, read afresh."""
    if x.text.lower().startswith("на ") or lay.na_before(x):
        return True
    # the word that must carry the dative below: the figure's own last one, or the count's
    # noun after it; the former is told without reading the words after the figure
    noun_after = x.kind == "number" and x.unit is not None and not x.text[-1:].isalpha()
    if not noun_after and not (x.text.split()[-1:] and ends_with_suffix(x.text.split()[-1], KK["dative"])):
        return False
    following = x.end + len(lay.after(x, 24))
    if not _CHANGE_OR_COMPARISON.search(lay.lower_in(x.end, following)):
        return False  # (most figures: no verb of change nor comparative in the words read below)
    tail = x.text.split()[-1:]
    after = lay.words_in(x.end, following)[:2]
    if x.kind == "number" and x.unit is not None and after and not x.text[-1:].isalpha():
        tail, after = after[:1], after[1:]  # "312 адамға азайды": the count's noun carries the case
    # "312 адамға азайды", "15 шақырымға көп": a verb of change or a comparative after it
    return bool(tail) and ends_with_suffix(tail[0], KK["dative"]) and bool(
        after[:1] and (starts_with_stem(after[0], RISE_OR_FALL) or after[0].rstrip(".,;:!?…") in _MORE_OR_LESS))


def _reached_after(lay: Layout, x: Record, y: Record) -> bool:
    """"… и составила 395 тыс.", "… өсіп, 395 мыңға жетті": the level the change reached."""
    gap = lay.between(x, y)
    if _REACHED_RU.match(gap):
        return True
    ws = words(gap)
    after_y = lay.words_after(y, 12)[:1]
    return (len(ws) <= 2 and bool(ws) and starts_with_stem(ws[-1].rstrip(","), RISE_OR_FALL)
            and bool(after_y) and starts_with_stem(after_y[0], REACH))


def point_claims(lay: Layout, used: set[int]) -> list[Claim]:
    """A percentage that went from one level to another, and by how much: "с 45% до 52%, или
    на 7 п.п." (percentage points), "с 80% до 92%, то есть на 15%" (relative, or points, as
    articles write both with "%"). Inputs add ``claimed_points`` and ``computed_points``."""
    out = []
    for x in lay.figures:
        if x.kind != "percent":
            continue  # (tested below too: spares looking up the neighbour of every count)
        y = lay.neighbour(x, +1)
        if (x.kind != "percent" or y is None or y.kind != "percent" or x.qualifier is not None
                or y.qualifier not in (None, "at_most") or x.value_max is not None or y.value_max is not None
                or not from_to(lay, x, y)):
            continue
        size = _change_size(lay, x, y, used)
        if size is None:
            continue
        used.add(id(size))
        claim = _point_claim(lay, x, y, size)
        if claim is not None:
            out.append(claim)
    return out


def _change_size(lay: Layout, x: Record, y: Record, used: set[int]) -> Record | None:
    """The size stated next to a pair of percentages: points ("7 п.п.") or a percent."""
    return _stated_size(lay, x, y, lambda r: id(r) not in used and r.qualifier is None and r.value_max is None and (
        r.kind == "quantity" and r.unit == "pp" or r.kind == "percent" and lay.is_difference(r)))


def _point_claim(lay: Layout, x: Record, y: Record, size: Record) -> Claim | None:
    old, new, claimed = as_written(x.text, x.value), as_written(y.text, y.value), as_written(size.text, size.value)
    direction = lay.change_direction(size) or comparative(lay, size) or _pair_direction(lay, x, y)
    falling = direction == "fall" if direction else new.value < old.value
    points = (old.value - new.value) if falling else (new.value - old.value)
    lo, hi = ((old.lo - new.hi, old.hi - new.lo) if falling else (new.lo - old.hi, new.hi - old.lo))
    relative = change_bounds(old, new, falling) if size.kind == "percent" else None
    computed_relative = points / old.value * 100 if old.value else None
    said = "a fall" if falling else "a rise"
    word = said if points >= 0 else ("a rise" if falling else "a fall")
    if claim_holds(claimed, points, points) or claim_holds(claimed, lo, hi):
        verdict = "consistent"
        note = "" if claim_holds(claimed, points, points) else " (within the rounding of the figures)"
        if size.kind == "percent" and not (relative and claim_holds(claimed, *relative)):
            note += "; the text's percent is the change in percentage points"
    elif relative is not None and computed_relative is not None and claim_holds(claimed, *relative):
        verdict, note = "consistent", ""
    else:
        verdict, note = "inconsistent", ""
    share = f" ({fmt_number(abs(computed_relative))}% of the earlier level)" if computed_relative is not None else ""
    says = fmt_number(claimed.value) + (" points" if size.kind == "quantity" else "%")
    expl = (f"from {fmt_percent(old)} to {fmt_percent(new)} is {word} of {fmt_number(abs(points))} percentage "
            f"points{share}; the text says {says} — {verdict}{note}")
    return make_claim(lay, "change", verdict, expl, [x, y, size], x, {"from": x, "to": y, "claimed": size}, **{
        "from": old.value, "to": new.value,
        "claimed_percent": size.value if size.kind == "percent" else None,
        "computed_percent": round(computed_relative, 2) if computed_relative is not None else None,
        "claimed_points": size.value if size.kind == "quantity" else None,
        "computed_points": round(points, 4)})


class _SizeClauses:
    """Which clauses hold a figure that may be the size of a change, asked once per clause.

    change_claims looks for the size of a pair's change only among the figures next to the
    pair's ends in their clause (``Layout.neighbour``: _change_percent, _change_factor,
    _change_amount, _stated_size), and each size it accepts is a figure not yet ``used``
    that _may_be_size accepts. So a pair whose ends lie in clauses with no such figure
    makes no claim, and _from_to_pairs does not read it: most figures are in such clauses,
    and reading their pairs was most of the time the changes took. (``used`` only grows, so
    an answer stays true while the claims are read.)
    """

    def __init__(self, lay: Layout, used: set[int]):
        self.lay, self.used = lay, used
        self._holds: dict[int, bool] = {}

    def may_end_a_pair(self, x: Record) -> bool:
        """Whether a pair _from_to_pairs reads at ``x`` may have a size: its ends are in ``x``'s
        clause, or one of them is the figure two on (a sentence with only the size and the
        earlier value: "418 ДТП. … снизилось на 5,2% (было 441)")."""
        lay = self.lay
        # (hold_size's look-up made here: this runs for every figure but the percents)
        clause = lay.sentence_of(x)
        found = self._holds.get(clause)
        if found is None:
            found = self.hold_size(clause)
        if found:
            return True
        # (that figure is read only after the last figure of a clause, a plain one, and a percent)
        at = lay.index[id(x)]
        figures = lay.figures
        return (at + 2 < len(figures) and figures[at + 1].kind == "percent" and x.qualifier is None
                and lay.neighbour(x, +1) is None and self.hold_size(lay.sentence_of(figures[at + 2])))

    def hold_size(self, clause: int) -> bool:
        found = self._holds.get(clause)
        if found is None:
            found = self._holds[clause] = self._read(self.lay.clause_figures(clause))
        return found

    def _read(self, figures: list[Record]) -> bool:
        """Whether one of ``figures``, a clause's, passes _may_be_size."""
        if len(figures) < 2:
            return False  # (a size is the neighbour of an end in its clause: a figure alone has none)
        lay, used = self.lay, self.used
        amounts = []
        for f in figures:  # (percents and factors first: an amount is told by the words after it)
            if id(f) in used:
                continue
            if f.kind == "percent":
                if lay.claim_percent(f) and lay.is_difference(f):
                    return True
            elif f.qualifier is None:
                if f.kind == "number" and f.unit in _FACTOR_UNITS and f.value >= 1:
                    return True  # (_is_factor, asked in line: this runs on every figure)
                if f.value_max is None:
                    amounts.append(f)
        if not amounts:
            return False
        # _by_amount holds of a figure opening with "на" or with "на" in the 8 characters before
        # it (na_before), or with a word of a change or a comparison in the 24 characters after
        # it: the latter looked for once, in the stretch all those lie in (most clauses hold
        # none, and searching after each figure took longer than reading the pairs it spared)
        lower_in = lay.lower_in
        if any(_by_amount(lay, f) for f in amounts
               if "на" in lower_in(max(0, f.start - 8), f.start) or f.text.lower().startswith("на ")):
            return True
        start, end = min(f.end for f in amounts), max(f.end for f in amounts) + 24
        return lay.search_lower(_CHANGE_OR_COMPARISON, start, end) is not None and any(_by_amount(lay, f) for f in amounts)


def _may_be_size(lay: Layout, r: Record, used: set[int]) -> bool:
    """Whether ``r`` passes what every finder of a change's size asks of it: a difference
    percent (_change_percent), a factor (_change_factor) or an amount of change
    (_change_amount, less its likeness to the pair's measure), none yet used. (What
    _SizeClauses reads, figure by figure: its test compares them.)"""
    if id(r) in used:
        return False
    if r.kind == "percent":
        return lay.claim_percent(r) and lay.is_difference(r)
    if _is_factor(r):
        return True
    return r.qualifier is None and r.value_max is None and _by_amount(lay, r)


def _from_to_pairs(lay: Layout, sizes: _SizeClauses | None = None):
    """``(from, to, (first record, last record))`` of every "с X до Y" / "X-тен Y-ке дейін".

    The figures extractor may give "250-ден 300-ге дейін" as one range record; its two
    ends are then split into records of their own, so each keeps its written precision.
    With ``sizes``, only the pairs that may have a size stated next to them.
    """
    for x in lay.figures:
        if x.kind == "percent":
            continue
        if sizes is not None and not sizes.may_end_a_pair(x):
            continue
        if x.value_max is not None:
            ends = _range_ends(x)
            if ends is not None and x.qualifier in (None, "at_most"):
                yield ends[0], ends[1], (x, x)
            continue
        y = lay.neighbour(x, +1)
        if y is None and x.qualifier is None:
            # "…произошло 418 ДТП. По сравнению с прошлым годом их число снизилось на 5,2% (было
            # 441)": a sentence with only the size and the earlier value is of the one before's level
            at = lay.index[id(x)]
            p, z = (lay.figures[at + 1:at + 3] + [None, None])[:2]
            if (p is not None and z is not None and p.kind == "percent" and lay.sentence_index(p) == lay.sentence_index(x) + 1
                    and lay.neighbour(p, -1) is None and lay.neighbour(z, +1) is None and z.kind != "percent"
                    and z.qualifier is None and lay.compatible(x, z) and _was_before(lay, p, z)):
                # (only the one figure it may be: after "418 ДТП, … погибли 64 и получили травмы
                # 571 человек" a bare "(было 441)" may be of any of them)
                level = _level_of_sentence_before(lay, x, z, last_ok=False)
                if level is not None:
                    yield z, level, (level, z)
            continue
        if y is not None and (y.kind == "percent" or _is_factor(y) or _by_amount(lay, y) and comparative(lay, y)) \
                and x.qualifier is None:
            # "4,2 млрд тенге, что на 18% больше, чем в 2023 году (3,6 млрд тенге)": the earlier
            # value in brackets after its date, past the size of the change
            z = lay.neighbour(y, +1)
            # (not from a plan named before the size: "что составляет 90% от плана в 2 млрд и на
            # 20% больше, чем в прошлом году (1,5 млрд)" compares what was done, not the plan)
            if (z is not None and z.kind != "percent" and z.value_max is None and z.qualifier is None
                    and lay.compatible(x, z) and not lay.is_plan(x)):
                # "36 000: на 20% больше, чем в 2023 году (30 000), и на 50% больше, чем в 2022-м
                # (24 000)": a second comparison is of the level, not of the first one's value
                level = _level_of_earlier(lay, x)
                if level is not None and _closed_aside(lay, level, y):
                    # "312,4 млрд (в том числе за сентябрь – 36,2 млрд), что на 12,9% больше": the
                    # level is the figure before the aside
                    level = _figure_before_aside(lay, level, z)
                    if level is None:
                        continue
                if level is not None and lay.sentence_index(level) != lay.sentence_index(y):
                    # "… 412 тыс. тонн, из них 310 тыс. тонн пшеницы. Это на 12% больше, чем в прошлом
                    # году (368 тыс. тонн)": a comparison opening the next sentence is of the total
                    level = _level_of_sentence_before(lay, level, z)
                    if level is None:
                        continue
                if level is not None and level is not x and (_now_and_then(lay, level, z) or _was_before(lay, y, z)):
                    yield z, level, (level, z)
                elif level is x and (_now_and_then(lay, x, z) or _was_before(lay, y, z) or y.kind == "percent" and (
                        _compared_then_bracketed(lay, x, y, z) or _more_than_last_year(lay, x, y, z))):
                    yield z, x, (x, z)
                elif y.kind == "percent" and lay.bracketed_after(x, y) and _then_and_now(lay, x, z):
                    yield x, z, (x, z)  # "в 2024 – 250 (+25%), в 2025 – 300 (+20%)": x's own change between
            continue
        if y is None or y.value_max is not None or not lay.compatible(x, y):
            continue
        if x.qualifier is None and y.qualifier is None and _respective_years(lay, x, y):
            yield x, y, (x, y)  # "в 2023 и 2024 годах – 10 и 12 км соответственно"
            continue
        if x.qualifier is None and y.qualifier in (None, "at_most") and from_to(lay, x, y):
            yield x, y, (x, y)
        elif x.qualifier is None and y.qualifier is None and _against(lay, x, y):
            yield y, x, (x, y)  # "составили 56 млрд тенге против 50 млрд": the later value first
        elif x.qualifier is None and y.qualifier is None and _then_and_now(lay, x, y):
            yield x, y, (x, y)
        elif x.qualifier is None and y.qualifier is None and _now_and_then(lay, x, y) and not _amount_by(lay, x):
            # "4,2 млрд теңге, бұл 2023 жылғымен (3,6 млрд теңге) салыстырғанда …"; of the total
            # when x is its part: "28,8 млрд, в том числе ИПН – 12 млрд; по сравнению с 2023 годом
            # (25 млрд) рост – 15,2%"
            level = _total_of_part(lay, x, y)
            yield y, level, (level, y)
        elif x.qualifier is None and y.qualifier is None and _now_then_earlier(lay, x, y):
            yield y, x, (x, y)  # "собрано 120 тыс. тонн, в прошлом году – 100 тыс. тонн"
        elif x.qualifier is None and y.qualifier is None and (_level_then_from(lay, x, y)
                                                              or _level_then_compared(lay, x, y)
                                                              or _level_then_ablative(lay, x, y)):
            # "4,5 млрд теңгені құрап, өткен жылғы 3,8 млрд теңгеден 18 пайызға өсті" (and "8,4 млрд
            # теңге түсті, оның ішінде қыркүйекте – 1,1 млрд. Бұл былтырғы 7,37 млрд теңгеден …": of
            # the total of the sentence before)
            level = _level_of_sentence_before(lay, x, y) if lay.sentence_index(x) != lay.sentence_index(y) else x
            if level is not None:
                yield y, level, (level, y)


_ABLATIVE_END = re.compile(r"\S*(?:нан|нен|дан|ден|тан|тен)(?=\s)")


_RU_FROM_TO = re.compile(r"(?i)^(?:с|со)\s+\S.*?(?=\s+до\s+\d)")


def _range_ends(r: Record) -> tuple[Record, Record] | None:
    """"12 мыңнан 15 мыңға дейін" or "с 40 до 52 тыс." given as one range record →
    records for each end ("12 мыңнан", "15 мыңға дейін")."""
    m = _RU_FROM_TO.match(r.text)
    if m:
        return _split_range(r, m.end())
    for m in _ABLATIVE_END.finditer(r.text):
        head, tail = r.text[:m.end()], r.text[m.end():]
        if not re.search(r"\d", head) or not re.search(r"\d", tail):
            continue
        words_tail = tail.split()
        if not ends_with_suffix(words_tail[-1] if words_tail[-1] != "дейін" else words_tail[-2], KK["dative"]):
            return None
        return _split_range(r, m.end())
    return None


def _split_range(r: Record, cut: int) -> tuple[Record, Record] | None:
    head, tail = r.text[:cut], r.text[cut:]
    values = _end_values(r, head, tail)
    if values is None:
        return None
    lead = len(tail) - len(tail.lstrip())
    bound = "дейін" in tail.split() or tail.split()[:1] == ["до"]
    x = Record(r.kind, head, r.start, r.start + len(head), value=values[0], unit=r.unit,
               sentence=r.sentence, about=r.about)
    y = Record(r.kind, tail.strip(), r.start + cut + lead, r.end, value=values[1], unit=r.unit,
               qualifier="at_most" if bound else None, sentence=r.sentence, about=r.about)
    return x, y


def _end_values(r: Record, head: str, tail: str) -> tuple[float, float] | None:
    """Which of a range's ``value`` (its low end) and ``value_max`` each end states.

    "5 мыңнан 4,2 мыңға дейін" falls: the first end written is the high one. Each end's
    value must be its numeral times a power of ten (its scale word).
    """
    shown = written_number(head), written_number(tail)
    if not all(shown):
        return None
    for pair in ((r.value, r.value_max), (r.value_max, r.value)):
        if all(_power_of_ten(v / n) for v, n in zip(pair, shown)):
            return pair
    return None


def _power_of_ten(x: float) -> bool:
    if x <= 0:
        return False
    e = round(math.log10(x))
    return abs(x / 10.0 ** e - 1) < 1e-6


def from_to(lay: Layout, x: Record, y: Record) -> bool:
    """"с 100 до 120" / "100-ден 120-ға дейін": a starting and an end value (each may have
    its date after it: "со 120 в 2023 году до 95 в 2024 году")."""
    gap = lay.between(x, y)
    ws = lay.gap_words(gap)
    # ("былтырғы 80-нен биыл 60-қа азайды": a date word between is no word of the pair)
    if lay.dated_within(x.end, y.start):
        gap = lay.without_date_spans(x.end, y.start)
        ws = lay.gap_words(gap)
        ws = None if ws is None else [w for w in ws if w != "в"]  # "в 2023 году"
    if ws is None or len(ws) > 3:
        return False
    before_x = lay.words_before(x, 8)[-1:]
    xt, yt = x.text.lower(), y.text.lower()
    if (before_x in (["с"], ["со"]) or xt.startswith(("с ", "со "))) and (ws[-1:] == ["до"] or yt.startswith("до ")):
        return True
    x_last = (x.text + " " + gap).split()[-1:]
    # "5 200 адаммен салыстырғанда 4 100 адамға дейін": the starting value it is compared with
    compared = len(ws) <= 2 and ws[-1:] in (["салыстырғанда"], ["қарағанда"])
    if not compared and (not x_last or not ends_with_suffix(x_last[0], KK["ablative"]) or len(ws) > 1):
        return False
    after_y = lay.words_after(y, 20)[:2]
    y_words = words(y.text)
    y_tokens = [t for t in y.text.split() if t.lower() != "дейін"]
    y_last = y_tokens[-1:] + after_y[:1]
    dative = any(ends_with_suffix(w, KK["dative"]) for w in y_last)
    until = "дейін" in y_words or after_y[:1] == ["дейін"] or after_y[1:2] == ["дейін"]
    # "50 млрд теңгеден 56 млрд теңгеге жетіп": reached, whichever way it went
    reached = after_y[:1] and starts_with_stem(after_y[0], REACH)
    # "80 теңгеден 100 теңгеге, 25 пайызға көтерілді": the size, then the verb of the change
    p = lay.neighbour(y, +1)
    sized = (p is not None and p.kind == "percent" and re.fullmatch(r"\s*,?\s*", lay.between(y, p)) is not None
             and starts_with_stem((lay.words_after(p, 20)[:1] or [""])[0], RISE_OR_FALL))
    return dative and (until or reached or sized or _pair_direction(lay, x, y) is not None)




def _respective_years(lay: Layout, x: Record, y: Record) -> bool:
    """"В 2023 и 2024 годах построено 10 и 12 км дорог соответственно": two values paired in
    order with two dates listed in their clause, the earlier first."""
    if not LIST_LINK.fullmatch(lay.between(x, y)):
        return False
    # within 200 characters of the pair (and its sentence): a long list stays linear
    start = max(lay.sentences[lay.sentence_index(x)][0], x.start - 200)
    end = min(lay.sentences[lay.sentence_index(y)][1], y.end + 200)
    if not lay.says_respectively or not RESPECTIVELY.search(lay.text, start, end):
        return False
    dates = [d for d in lay.dates_ending_before(x.start, 8) if start <= d.start]
    for a, b in zip(dates, dates[1:]):
        if LIST_LINK.fullmatch(lay.text[a.end:b.start]) and _earlier(a.date["end"], b.date["start"]):
            return True
    return False


def _level_then_from(lay: Layout, x: Record, y: Record) -> bool:
    """"4,5 млрд теңгені құрап, өткен жылғы 3,8 млрд теңгеден 18 пайызға өсті": the level
    reached, then the earlier dated value in the ablative that the change is told from, with
    its size and a verb of change right after it."""
    if not ends_with_suffix(y.text.split()[-1].lower(), KK["ablative"]):
        return False
    # a dated year, or "өткен жылғы" / "былтырғы" where no publication date resolves it
    if lay.date_ending_before(y.start, x.end) is None and not _LAST_YEAR_BEFORE.search(lay.text, x.end, y.start):
        return False
    gap = lay.gap_words(lay.without_dates(x.end, y.start).replace(",", " "))
    if gap is None or len(gap) > 3 or not any(starts_with_stem(w, REACH + _LEVEL_VERBS) for w in gap):
        return False
    size = lay.neighbour(y, +1)
    if size is None or lay.gap_words(lay.between(y, size)) != []:
        return False
    return verb_direction(lay.words_clause_after(size, 20)[:1]) is not None


def _level_then_compared(lay: Layout, x: Record, y: Record) -> bool:
    """"45 қылмыс тіркелді, бұл өткен жылғы 52 қылмыспен салыстырғанда 13,5 пайызға аз": the
    level, then the earlier dated value in the instrumental before "салыстырғанда", then the
    size of the change."""
    case_word = y.text.split()[-1].lower()
    after = lay.words_after(y, 40)
    if y.kind == "number" and y.unit is not None and not y.text[-1:].isalpha():
        case_word, after = (after[0], after[1:]) if after else ("", [])  # "52 қылмыспен": the noun's case
    if not case_word.endswith(_INSTRUMENTAL) or after[:1] != ["салыстырғанда"]:
        return False
    return _this_then_earlier(lay, x, y)


def _this_then_earlier(lay: Layout, x: Record, y: Record) -> bool:
    """Between the level ``x`` and the earlier value ``y``: "бұл"/"яғни" and ``y``'s date (or
    "өткен жылғы"/"былтырғы"), in a few words."""
    if lay.date_ending_before(y.start, x.end) is None and not _LAST_YEAR_BEFORE.search(lay.text, x.end, y.start):
        return False
    gap = lay.without_dates(x.end, y.start).replace(",", " ")
    # "… 45 қылмыс тіркелді. Бұл өткен жылғы …": one clause (Layout joins them)
    gap = lay.gap_words(re.sub(r"[.!?]\s+(?=[^\W\d_])", " ", gap))
    # (an undated "өткен жылғы" stays in the gap: no publication date resolved it)
    return gap is not None and len(gap) <= 6 and any(w in ("бұл", "яғни") for w in gap)


_INSTRUMENTAL = ("мен", "пен", "бен")
_ABLATIVE = ("нан", "нен", "дан", "ден", "тан", "тен")


def _level_then_ablative(lay: Layout, x: Record, y: Record) -> bool:
    """"480 млн теңге түсті, бұл былтырғы 400 млн теңгеден 20 пайызға көп": the level, then
    "бұл"/"яғни" and the earlier (dated) value in the ablative, the size of the change after it."""
    p = lay.neighbour(y, +1)
    if p is None or p.kind != "percent":
        return False
    gap = lay.gap_words(lay.between(y, p))
    if y.text.split()[-1].lower().rstrip("-").endswith(_ABLATIVE):
        if gap != []:
            return False
    # ("612 мың турист …, бұл өткен жылғы 540 мың туристтен 13,3 пайызға көп": a count's noun
    # after it carries the ablative)
    elif not (y.kind == "number" and gap is not None and len(gap) == 1 and gap[0].endswith(_ABLATIVE)):
        return False
    return _this_then_earlier(lay, x, y)
_LAST_YEAR_BEFORE = re.compile(r"(?i)(?:өткен жылғы|былтырғы)\s*\Z")
# "құрап", "құрады", "болып": the verb that states a level in Kazakh
_LEVEL_VERBS = ("құра", "болып", "болды")


def _against(lay: Layout, x: Record, y: Record) -> bool:
    """"56 млрд тенге против 50 млрд тенге годом ранее": a value and, after "против",
    the earlier one it is set against."""
    ws = lay.gap_words(lay.between(x, y))
    # ("150 ИП против 120": the count's noun may stand before it)
    return ws == ["против"] or ws is not None and len(ws) == 2 and ws[1] == "против" and x.kind == "number" \
        and x.unit is not None


def _then_and_now(lay: Layout, x: Record, y: Record) -> bool:
    """"Былтыр 120 тонна болса, биыл 150 тонна", "в 2023 году — 120 тонн, в 2024 году — 150":
    the same measure at an earlier date, then at a later one, each date just before its figure."""
    prev = lay.neighbour(x, -1)
    dx = lay.date_opening(x, prev.end if prev is not None else lay.sentences[lay.sentence_index(x)][0])
    dy = lay.date_before(y, x.end)
    if dx is None or dy is None or not _earlier(dx.date["end"], dy.date["start"]):
        return False
    # "в 2024 – 250 (+25%), в 2025 – 300": the earlier value's own change in brackets may stand between
    gap = _BRACKETED_PERCENT.sub(" ", lay.text[x.end:dy.start])
    if lay.sentence_index(x) != lay.sentence_index(dy):
        # "В 2023 году 120 браков. В 2024 году этот показатель …": sentences the layout joined
        gap = gap.replace(".", " ", 1)
    if lay.gap_words(gap) is None or len(words(gap)) > 4:
        return False
    # "в 2023 году построено ещё 2 школы": an addition to the earlier figure, not its new level
    if any(w in ADDITIVE for w in words(lay.text[dy.end:y.start])):
        return False
    # "в 2024 году она сократилась на 5 тыс. га, или на 2,4%", "2024 жылы 5 мың гектарға, яғни
    # 2,4%-ға қысқарып": the amount of the change, not the later level
    if _amount_of_change(lay, x, y):
        return False
    # the values must go the way the text says they went ("рост" with 5 → 2 is no such pair)
    stated = _pair_direction(lay, x, y)
    return stated is None or (stated == "rise") == (y.value > x.value)


_DASH_BEFORE = re.compile(r"\s*[–—-]\s*\Z")


def _now_then_earlier(lay: Layout, x: Record, y: Record) -> bool:
    """"Собрано 120 тыс. тонн, в прошлом году – 100 тыс. тонн", "биыл 150 тонна, былтыр – 120
    тонна": a level, then after a comma the same measure at an earlier date, its date and a
    dash right before it."""
    dy = lay.date_before(y, x.end)
    if dy is None or not _DASH_BEFORE.match(lay.text[dy.end:y.start]) or not _before_own_date(lay, dy, x):
        return False
    gap = lay.text[x.end:dy.start]
    return "," in gap and lay.gap_words(gap.replace(",", " ")) is not None and len(words(gap)) <= 3


_BRACKETED_PERCENT = re.compile(r"\([^()\d]*[+−-]?\d[\d\s,.]*%\)")


_DASH_ONLY = re.compile(r"\s*[–—:-]\s*")


def _now_and_then(lay: Layout, x: Record, z: Record) -> bool:
    """``z`` stands in brackets right after a date earlier than ``x``'s (or than the
    article's present when ``x`` has none): the value ``x`` is compared with."""
    if lay.sentence_of(x) != lay.sentence_of(z):
        return False
    if lay.text[max(0, z.start - 3):z.start].rstrip().endswith("("):
        dz = lay.date_ending_before(lay.text.rfind("(", 0, z.start), x.end)
    else:
        # "Биыл 3 мектеп салынды (өткен жылы – 2)": the date inside the brackets, a dash, the value
        dz = lay.date_ending_before(z.start, x.end)
        opening = lay.text.rfind("(", x.end, z.start)
        if (dz is None or opening < 0 or lay.text[opening + 1:dz.start].strip().lower() not in ("", "в", "за")
                or not _DASH_ONLY.fullmatch(lay.text, dz.end, z.start)):
            return False
    if dz is None or dz.date is None or not dz.date.get("start"):
        return False
    return _before_own_date(lay, dz, x)


_WAS_BEFORE = re.compile(r"\(\s*(?:было|был|была|были|ранее|прежде|бұрын|болған|еді)\s*[:–—-]?\s*\Z", re.IGNORECASE)


def _was_before(lay: Layout, size: Record | None, z: Record) -> bool:
    """``z`` is the earlier value in brackets named as such right after the size of the change:
    "снизилось на 5,2% (было 441)", "12 пайызға азайды (бұрын 441)"."""
    if not _WAS_BEFORE.search(lay.text, max(0, z.start - 12), z.start):
        return False
    return size is None or size.kind == "percent" and lay.is_difference(size) and re.fullmatch(
        r"\s*(?:[^\W\d_]+\s+){0,2}\(\s*[^\W\d_]+\s*[:–—-]?\s*", lay.between(size, z)) is not None


def _total_of_part(lay: Layout, x: Record, z: Record) -> Record:
    """``x``, or the total of its sentence when ``x`` is a part of it ("в том числе ИПН – 12 млрд",
    "оның 12 млрд теңгесі"): a comparison after the part's clause is of what the sentence
    is about, the total stated before the part."""
    lo = lay.sentences[lay.sentence_index(x)][0]
    m = _PART_BEFORE.search(lay.text, lo, x.start)
    if m is None:
        return x
    totals = [f for f in lay.figures_near(x, sentences=0) if lay.sentence_index(f) == lay.sentence_index(x)
              and f.end <= m.start() and f.kind != "percent" and f.value_max is None and lay.compatible(f, z)]
    return totals[-1] if totals else x


def _before_own_date(lay: Layout, d: Record, x: Record) -> bool:
    """The date ``d`` ends before the one ``x`` is given with, or ``x`` has none (the
    article's present)."""
    prev = lay.neighbour(x, -1)
    dx = lay.date_opening(x, prev.end if prev is not None else lay.sentences[lay.sentence_index(x)][0])
    if dx is not None and dx.date and dx.date.get("end"):
        return _earlier(d.date["end"], dx.date["start"] or dx.date["end"])
    return True


_COMPARATIVE_BRACKET = re.compile(r"\s*([^\W\d_]+)\s*\(\s*$")


# "14,4 ц/га, что на 20% больше прошлогодних 12 ц/га", "3 150 кг, что на 5% выше прошлогоднего
# показателя в 3 000 кг": the earlier value named after the comparative
_MORE_THAN_LAST_YEAR = re.compile(
    r"\s*(?:больше|выше|меньше|ниже)\s+(?:прошлогодн[^\W\d_]*(?:\s+(?:показател|уровн|объем|объём)[^\W\d_]*)?"
    r"|(?:показател|уровн)[^\W\d_]*\s+прошлого\s+года)\s*(?:в\s+)?\Z", re.IGNORECASE)


_PART_BEFORE = re.compile(r"(?<![^\W\d_])(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.|оның\s+ішінде|оның|соның\s+ішінде)"
                          r"(?![^\W\d_])[^.;]*\Z", re.IGNORECASE)


_KK_DATIVE_FIGURE = re.compile(r"(?:ға|ге|қа|ке)$", re.IGNORECASE)


def _amount_by(lay: Layout, x: Record) -> bool:
    """"бұл 2024 жылғыдан 350 млн теңгеге, ал 2023 жылғыдан (1,5 млрд) 1,4 есе көп": a figure in the
    dative after an earlier value's ablative is by how much, no level."""
    before = lay.words_clause_before(x, 30)[-1:]
    return bool(before) and _KK_DATIVE_FIGURE.search(x.text) is not None and ends_with_suffix(before[0], KK["ablative"])


def _closed_aside(lay: Layout, x: Record, y: Record) -> bool:
    """``x`` stands in brackets that close before ``y``, opened after the figure before it."""
    gap = lay.between(x, y)
    return ")" in gap and "(" not in gap and lay.text.rfind("(", 0, x.start) > lay.text.rfind(")", 0, x.start)


def _figure_before_aside(lay: Layout, x: Record, z: Record) -> Record | None:
    opening = lay.text.rfind("(", 0, x.start)
    w = lay.neighbour(x, -1)
    while w is not None and w.end > opening:
        w = lay.neighbour(w, -1)
    return w if w is not None and w.kind != "percent" and lay.compatible(w, z) and w.qualifier is None else None


def _level_of_sentence_before(lay: Layout, x: Record, z: Record, last_ok: bool = True) -> Record | None:
    """The level a comparison opening a sentence ("Это на 12% больше, чем …", "Бұл былтырғыдан …")
    is of: the one figure of the sentence before that measures what the earlier value ``z`` does
    and is none of its parts, plans or asides; None when the sentence holds no such one figure
    ("ДТП – 140, погибших – 12, раненых – 168": which one?)."""
    sent = lay.sentence_index(x)
    cands = [f for f in lay.figures_near(x, sentences=0) + [x] if lay.sentence_index(f) == sent and f.kind != "percent"
             and f.value_max is None and lay.compatible(f, z)]
    cands = sorted({id(f): f for f in cands}.values(), key=lambda f: f.start)
    if z.unit:  # (not another noun's count: "раненых – 168" against "(160 ДТП)")
        cands = [f for f in cands if not f.unit or lay.same_unit(f.unit, z.unit)]
    rest = [f for f in cands if f.qualifier is None and not lay.is_plan(f) and not lay.starts_with_of_them(f)
            and not _PART_BEFORE.search(lay.text, max(0, f.start - 60), f.start)
            and not lay.text[max(0, f.start - 3):f.start].rstrip().endswith("(")]
    # (the last figure when it is one of them: "46 займов, с начала года – 318. Это на 22% больше")
    return rest[0] if len(rest) == 1 else x if last_ok and any(f is x for f in rest) else None


def _level_of_earlier(lay: Layout, x: Record) -> Record | None:
    """``x`` itself, or when ``x`` is the earlier value in brackets of a comparison ("…, чем в
    2023 году (30 000)"), the level that comparison was of; None when that cannot be told."""
    if not _opens_bracket(lay, x):
        return x
    # A bracketed level is itself the earlier value of a comparison before it: followed back
    # along the chain in a loop, each figure's answer kept for the text (a sentence of
    # thousands of "(61; 62,2%)" took time as the square of their number and ran out of
    # recursion depth).
    chain: list[Record] = []
    found: Record | None = None
    while True:
        key = ("_level_of_earlier", id(x))
        if key in lay.memo:
            found = lay.memo[key]
            break
        chain.append(x)
        p = lay.neighbour(x, -1)
        level = lay.neighbour(p, -1) if p is not None else None
        if p is None or level is None or p.kind != "percent" and not _is_factor(p) or level.kind == "percent":
            break
        if not lay.compatible(level, x) or lay.sentence_of(level) != lay.sentence_of(x):
            break
        if not _opens_bracket(lay, level):
            found = level
            break
        x = level
    for r in chain:
        lay.memo[("_level_of_earlier", id(r))] = found
    return found


def _opens_bracket(lay: Layout, x: Record) -> bool:
    return lay.text[max(0, x.start - 3):x.start].rstrip().endswith("(")


_WHICH_IS_BY = re.compile(r"\s*,?\s*(?:что|это|или)\s+на\s*", re.IGNORECASE)


def _more_than_last_year(lay: Layout, x: Record, p: Record, z: Record) -> bool:
    if lay.sentence_of(x) != lay.sentence_of(z) or not _WHICH_IS_BY.fullmatch(lay.between(x, p)):
        return False
    return bool(_MORE_THAN_LAST_YEAR.match(lay.between(p, z)))


def _compared_then_bracketed(lay: Layout, x: Record, p: Record, z: Record) -> bool:
    """"21,7 млрд теңге, бұл өткен жылдың сәйкес кезеңімен салыстырғанда 12,4 пайызға көп
    (19,3 млрд теңге)": the earlier value in brackets after the size and its comparative,
    the date it belongs to just before the size."""
    m = _COMPARATIVE_BRACKET.match(lay.between(p, z))
    if m is None or m.group(1).lower() not in _MORE_OR_LESS or lay.sentence_of(x) != lay.sentence_of(z):
        return False
    d = lay.date_ending_before(p.start, x.end)
    return d is not None and _before_own_date(lay, d, x)


def _earlier(end: str, start: str) -> bool:
    """ISO ``end`` (a year, month or day) ends before ISO ``start`` begins."""
    return end + "-12-31"[len(end) - 4:] < start + "-01-01"[len(start) - 4:]


_MORE = frozenset(KK["more"] + RU["more"])
_LESS = frozenset(KK["less"] + RU["less"])
_MORE_OR_LESS = _MORE | _LESS
# a stem of a verb of change or a comparative word: one of them is in any word _by_amount accepts
_CHANGE_OR_COMPARISON = any_piece_pattern(RISE_OR_FALL + tuple(sorted(_MORE_OR_LESS)))


def comparative(lay: Layout, p: Record) -> str | None:
    """"на 18% больше", "18 пайызға көп": the way a comparison after the percent goes."""
    for w in lay.words_after(p, 20)[:2]:
        w = w.rstrip(".,;:!?…")
        if w in _MORE:
            return "rise"
        if w in _LESS:
            return "fall"
    return None


def _pair_direction(lay: Layout, x: Record, y: Record) -> str | None:
    return verb_direction(lay.words_after(y, 30)[:3] + lay.words_before(x, 30)[-3:])


# The one-word restating markers of check_words' "restate" ("то есть" by its "есть"):
# after one of them the size of a change may stand a little further on.
_RESTATING = frozenset({"или", "есть", "т.е", "яғни", "немесе"})
# The words that may follow a comma between a pair and the size of its change: the size
# restated or named ("…, то есть на 20%", "…, рост – 12,9%", "…, бұл 25 пайызға көп"). Any
# other word names another subject ("со 120 до 150 тенге, на молоко – на 15%").
_CHANGE_NOUNS = tuple(RU["increment"] + KK["increment"]) + ("увеличение", "уменьшение", "өсу")
_AFTER_COMMA = frozenset(("или", "то", "есть", "т", "е", "т.е", "т.е.", "что", "это", "а", "бұл", "яғни", "немесе", "на",
                          "составил", "составила", "составило", "составили", "составляет", "құрады", "құрайды",
                          # a comparison with an earlier time: "…, по сравнению с прошлым годом – на 12%"
                          "по", "сравнению", "с", "чем", "салыстырғанда", "қарағанда"))


def _another_subject(gap: str) -> bool:
    """Whether, after a comma in ``gap``, a word names something else than the change."""
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0:
        return False
    for w in words(gap[cut + 1:]):
        if w in _AFTER_COMMA or w in _MORE_OR_LESS or starts_with_stem(w, RISE_OR_FALL + _CHANGE_NOUNS):
            continue
        return True
    return False


def _index_in_brackets(lay: Layout, p: Record, x: Record, y: Record) -> bool:
    """"… 398-ге төмендеді (94,8%)": a bare percent in brackets that is the later level as a
    share of the earlier (an index, as statistics write it), not the size of the change."""
    if not lay.text[max(0, p.start - 2):p.start].rstrip().endswith("(") or p.text[:1] in "+-−" \
            or p.text.lower().startswith("на ") or re.search(r"%-|[^\W\d_]\Z", p.text):
        return False
    low, high = sorted((x.value, y.value))
    if low <= 0:
        return False
    return any(abs(p.value - r) < 0.51 for r in (low / high * 100, high / low * 100))


def _bare_comparison_in_brackets(lay: Layout, p: Record) -> bool:
    """"80-нен 60-қа азайды (25 пайызға кем)", "(на 25% меньше)": the pair's change as a
    comparison in brackets that names nothing else compared with."""
    before = lay.text[max(0, p.start - 6):p.start]
    close = lay.text.find(")", p.end, p.end + 30)
    if "(" not in before or close < 0:
        return False
    inside = words(lay.text[p.end:close])
    return len(inside) <= 1 and all(w in _MORE_OR_LESS for w in inside)


_LIST_OF_PERCENTS = re.compile(r"\s*(?:,|и|және|мен|пен|бен)\s*")


def _listed_respectively(lay: Layout, p: Record) -> bool:
    """``p`` is one of a list of percents that a "соответственно"/"тиісінше" pairs with the
    list before it ("на 10% и 15% соответственно")."""
    q = lay.neighbour(p, +1)
    o = lay.neighbour(p, -1)
    listed = (q is not None and q.kind == "percent" and _LIST_OF_PERCENTS.fullmatch(lay.between(p, q))
              or o is not None and o.kind == "percent" and _LIST_OF_PERCENTS.fullmatch(lay.between(o, p)))
    return bool(listed) and lay.says_respectively and bool(RESPECTIVELY.search(lay.text, p.start, min(len(lay.text), p.end + 60)))


def _change_percent(lay: Layout, x: Record, y: Record, used: set[int], compared_ok: bool = False) -> Record | None:
    """The size of the change stated next to the pair: ", или на 20%", "(на 20%)", "на 20% – с …"."""
    cands = []
    m = lay.neighbour(x, +1)
    if m is not None and m.kind == "percent" and lay.neighbour(m, +1) is y and id(m) not in used \
            and lay.claim_percent(m) and lay.is_difference(m) and y.start > x.start:
        # "3 150 кг, что на 5% выше уровня 2023 года (3 000 кг) и на 12,5% выше …": the size
        # between the level and its earlier value is theirs; the one after is the next comparison's
        return m
    a = lay.neighbour(y, +1)
    if a is not None and a.kind == "percent":
        # "до 95 в 2024 году, или на 20,8%": the end value's date may stand between
        gap = lay.without_dates(y.end, a.start)
        ws = lay.gap_words(gap.replace("(", " "))
        # "до 102 тенге за кубометр, то есть на 20%": a restating word lets the gap be longer,
        # and so does the change named ("до 20,35 тенге за кВт·ч (рост на 10%)")
        if ws is not None and (len(ws) <= 4 or len(ws) <= 6 and (_RESTATING & set(ws) or any(
                starts_with_stem(w, _CHANGE_NOUNS) for w in ws))) and not _another_subject(gap):
            cands.append(a)
    b = lay.neighbour(x, -1)
    if b is not None and b.kind == "percent":
        # "вырос на 12%: с 25 до 28 тенге", "12 пайызға өсті: 25 теңгеден …": the pair may
        # follow a colon that opens it
        ws = lay.gap_words(lay.between(b, x).replace(":", " ", 1))
        if ws is not None and len(ws) <= 4:
            cands.append(b)
    for p in cands:
        if _listed_respectively(lay, p):
            continue  # "… и с 20 000 до 23 000 тонн, или на 10% и 15% соответственно": paired in order, not by nearness
        # ("Өткен жылмен салыстырғанда ұрлық 30 пайызға азайып, 70-тен 49-ға түсті": a comparison
        # stated just before the pair is the pair's)
        if id(p) not in used and lay.claim_percent(p) and lay.is_difference(p) and (
                compared_ok or p is b or _bare_comparison_in_brackets(lay, p) or not lay.is_compared(p)
        ) and not _index_in_brackets(lay, p, x, y):
            return p
    m = lay.neighbour(x, +1)
    if m is not None and m.kind == "percent" and lay.neighbour(m, +1) is y and id(m) not in used \
            and lay.claim_percent(m) and lay.is_difference(m):
        return m  # "…, что на 18% больше, чем в 2023 году (3,6 млрд)": the comparison is the change
    d = lay.neighbour(y, -1)
    if (compared_ok and d is not None and d.kind == "percent" and d.start > x.end and id(d) not in used
            and lay.claim_percent(d) and lay.is_difference(d)
            and (_EARLIER_IN_BRACKETS.fullmatch(lay.without_date_spans(d.end, y.start)) or _was_before(lay, d, y))):
        # "36 000: на 20% больше, чем в 2023 году (30 000), и на 50% больше, чем в 2022-м (24 000)":
        # the second comparison's size stands right before its earlier value
        return d
    return None


_EARLIER_IN_BRACKETS = re.compile(r"\s*(?:больше|меньше|выше|ниже)?[^()\d]{0,40}\(\s*", re.IGNORECASE)


