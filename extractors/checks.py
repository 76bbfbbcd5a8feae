"""Claim checks recomputed from one article's records (issue 6).

Four kinds of claim (``../shared/design.md``, "Record contract"):

- ``percent_of_total``: a part and its share of a stated whole ("орындалғаны 61 (62,2%)"
  after "98 іс-шара жоспарланған"; "12 млн человек из 20 млн, или 60%");
- ``parts_sum``: shares of one whole that must not add up to more than it;
- ``plan_fulfilment``: an actual figure against a plan figure ("жоспары 39,1 млрд теңге
  болса, 17,6 млрд теңге болып, 45,0 пайызды құрады");
- ``change``: "с 100 до 120, или на 20%", "100-ден 120-ға дейін 20%-ға өсті".

Figures are tied only by the words between them (:mod:`extractors.check_rules`); a
pair no rule ties gives no check. A claim whose inputs are found but incomplete (a
share with no whole in reach, a fulfilment with no actual figure) is ``unverifiable``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.check_rules import Layout, ends_with_suffix, words, KK
from extractors.claims import (
    Written,
    as_written,
    change_bounds,
    claim_holds,
    fmt_number,
    fmt_percent,
    share_bounds,
    written_number,
)
from extractors.records import Check, Record

_SHARE_MAX = 100.0  # a share of a whole above 100% is an index, not a share


@dataclass
class Claim:
    """A check with the records it read, by role (``part``, ``whole``, ``claimed``, ``plan``,
    ``actual``, ``from``, ``to``): what the mutation benchmark edits."""

    check: Check
    roles: dict[str, Record]


@dataclass
class _Share:
    percent: Record
    part: Record
    whole: Record | None = None
    tie: str = ""
    noun: str | None = None  # the counted noun: the part's unit, or the word after "(62,2%)"


def find_checks(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> list[Check]:
    """Checks of the claims ``records`` make about each other, in text order."""
    return [c.check for c in find_claims(text, records, sentences)]


def find_claims(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> list[Claim]:
    """Like :func:`find_checks`, with the records each check read."""
    lay = Layout(text, records, sentences)
    used: set[int] = set()  # ids of percents already read as one claim
    shares = _find_shares(lay)
    used.update(id(s.percent) for s in shares)
    checks = [_share_check(lay, s) for s in shares]
    checks += _sum_checks(lay, shares)
    checks += _plan_checks(lay, used)
    checks += _change_checks(lay, used)
    return sorted(checks, key=lambda c: (c.check.start, c.check.end))


# -- percent_of_total ------------------------------------------------------------
def _find_shares(lay: Layout) -> list[_Share]:
    shares: list[_Share] = []
    for p in lay.figures:
        if not (lay.claim_percent(p) and p.value <= _SHARE_MAX) or lay.is_compared(p) or lay.is_difference(p):
            continue
        anchor = _anchor(lay, p)
        # "22% немесе 6,2 трлн теңгеге дейін өскен": a bound or a changed figure is no part
        if anchor is not None and anchor.qualifier is None and lay.change_direction(anchor) is None:
            shares.append(_Share(p, anchor))
    anchors = {id(s.part) for s in shares}
    for s in shares:
        s.noun = s.part.unit or _noun_after_brackets(lay, s)
    for s in shares:
        _resolve_whole(lay, s, shares, anchors)
    return shares


def _anchor(lay: Layout, p: Record) -> Record | None:
    """The figure the percent is the share of: "61 (62,2%)", "61, или 62,2%", "60% или 12 млн"."""
    a = lay.neighbour(p, -1)
    if a is not None and a.kind != "percent":
        if lay.bracketed_after(a, p) or lay.restated(lay.between(a, p)):
            return a
    b = lay.neighbour(p, +1)
    if b is not None and b.kind != "percent":
        gap = lay.between(p, b)
        if lay.restated(gap, max_lead=0):
            return b
        if lay.bracket_holds(p, b):
            return b
    return None


def _resolve_whole(lay: Layout, s: _Share, shares: list[_Share], anchors: set[int]) -> None:
    a = s.part
    prev = lay.neighbour(a, -1, skip_percent=True)
    nxt = lay.neighbour(a, +1, skip_percent=True)
    # "61 из 98 (62,2%)": the figure the percent follows is the whole
    if prev is not None and _out_of_gap(lay, prev, a, s.percent) and lay.compatible(prev, a):
        s.part, s.whole, s.tie = prev, a, "out_of"
        return
    # "12 млн человек из 20 млн человек"
    if nxt is not None and _out_of_gap(lay, a, nxt, s.percent) and lay.compatible(a, nxt):
        s.whole, s.tie = nxt, "out_of"
        return
    # "98 іс-шараның 61-і орындалды": a numeral with a possessive ending is "61 of them",
    # whatever noun the figures extractor read after it
    if prev is not None and prev.qualifier is None and (lay.compatible(prev, a) or _possessive(a) and _counts(prev, a)):
        gap = _gap_without(lay, prev, a, s.percent)
        ws = lay.gap_words(gap)
        # "из 98 мероприятий исполнено 61"
        if ws is not None and len(ws) <= 4 and words(lay.before(prev, 12))[-1:] == ["из"]:
            s.whole, s.tie = prev, "out_of"
            return
        # "98-дің 61-і", "98 іс-шараның 61-і", "100 адамнан 60-ы"
        if ws is not None and len(ws) <= 1:
            last = (prev.text + gap).split()[-1:] or [""]
            if ends_with_suffix(last[0], KK["genitive"] + KK["ablative"]) and not words(lay.after(a, 12))[:1] == ["дейін"]:
                s.whole, s.tie = prev, "genitive"
                return
    # "сдано 30, что составляет 66,7% от запланированных 45"
    after_p = lay.neighbour(s.percent, +1, skip_percent=True)
    if after_p is not None and after_p.start > a.start and lay.compatible(a, after_p) and after_p.qualifier is None:
        ws = lay.gap_words(lay.between(s.percent, after_p))
        if ws is not None and 1 <= len(ws) <= 3 and ws[0] == "от":
            s.whole, s.tie = after_p, "out_of"
            return
    # "…, оның 676,1 млрд теңгесі (80%)", "из них 61 (62,2%)"
    if lay.starts_with_of_them(a):
        w = _nearest_whole_before(lay, a, anchors)
        if w is not None:
            s.whole, s.tie = w, "of_them"
        return
    # a later item of a list whose first item found its whole: the same whole
    for o in shares:
        if o is s or o.whole is None or o.tie not in ("of_them", "paragraph", "elided"):
            continue
        if lay.sentence_of(o.part) == lay.sentence_of(a) and o.part.start < a.start and lay.compatible(o.whole, a):
            s.whole, s.tie = o.whole, "of_them"
            return
    # "98 іс-шара жоспарланған. … орындалғаны 61 (62,2%), мерзімі бар 15 (15,3%) шара"
    unit = s.noun or _sibling_unit(lay, s, shares)
    if a.kind == "number" and unit:
        w = _latest_count(lay, a, unit, anchors)
        if w is not None:
            s.whole, s.tie = w, "paragraph"
    elif a.kind == "number" and not _after_genitive(lay, a) and lay.after_participle(a):
        # "98 іс-шара жоспарланды. Орындалғаны 61 (62,2%)": the noun left out is the one
        # just counted; only as far back as the previous sentence
        w = _latest_count(lay, a, None, anchors, max_sentences=1)
        if w is not None:
            s.whole, s.tie = w, "elided"


def _noun_after_brackets(lay: Layout, s: _Share) -> str | None:
    """"15 (15,3%) шара": the counted noun written after the bracketed share."""
    if s.part.kind != "number" or s.part.end > s.percent.start:
        return None
    m = re.match(r"\s*\)\s*([^\W\d_][\w-]*)", lay.text[s.percent.end:s.percent.end + 40])
    return m.group(1).lower() if m else None


def _after_genitive(lay: Layout, a: Record) -> bool:
    """"Оқушылардың 300-і": the whole is the noun in the genitive, not a figure."""
    prev = lay.before(a, 30).split()[-1:]
    return bool(prev) and ends_with_suffix(prev[0], KK["genitive"])


_POSSESSIVE = re.compile(r"\d-?с?[ыі](?:н|нда|нде|на|не)?$")


def _possessive(r: Record) -> bool:
    return bool(_POSSESSIVE.search(r.text.lower()))


def _counts(a: Record, b: Record) -> bool:
    return a.kind == "number" and b.kind == "number"


def _gap_without(lay: Layout, a: Record, b: Record, p: Record) -> str:
    """Text between ``a`` and ``b`` with the claimed percent (and its brackets) left out."""
    if a.end <= p.start and p.end <= b.start:
        return (lay.text[a.end:p.start] + lay.text[p.end:b.start]).replace("(", " ").replace(")", " ")
    return lay.between(a, b)


def _out_of_gap(lay: Layout, part: Record, whole: Record, p: Record) -> bool:
    ws = lay.gap_words(_gap_without(lay, part, whole, p).replace(",", " "))
    return ws is not None and 1 <= len(ws) <= 3 and ws[-1] == "из" and whole.qualifier is None


def _nearest_whole_before(lay: Layout, a: Record, anchors: set[int]) -> Record | None:
    """The latest figure before ``a`` in its sentence or the one before, same paragraph."""
    i = lay.index[id(a)] - 1
    sent, para = lay.sentence_of(a), lay.paragraph_of(a)
    while i >= 0:
        w = lay.figures[i]
        if lay.paragraph_of(w) != para or lay.sentence_of(w) < sent - 1:
            return None
        if w.kind != "percent" and id(w) not in anchors:
            return w if lay.compatible(w, a) and w.qualifier is None else None
        i -= 1
    return None


def _sibling_unit(lay: Layout, s: _Share, shares: list[_Share]) -> str | None:
    """"61 (62,2%), 15 (15,3%) шара": items of one list share the noun written once."""
    sent = lay.sentence_of(s.part)
    for o in sorted(shares, key=lambda o: abs(o.part.start - s.part.start)):
        if o is not s and o.noun and o.part.kind == "number" and lay.sentence_of(o.part) == sent:
            return o.noun
    return None


def _latest_count(lay: Layout, a: Record, unit: str | None, anchors: set[int],
                  max_sentences: int | None = None) -> Record | None:
    """The latest count of the same noun earlier in the paragraph, when the text states it
    as a total ("98 іс-шара жоспарланған"): the total the part belongs to.

    With ``unit`` None (the part's noun left out), the latest count of any noun.
    """
    para, sent = lay.paragraph_of(a), lay.sentence_of(a)
    for i in range(lay.index[id(a)] - 1, -1, -1):
        w = lay.figures[i]
        if lay.paragraph_of(w) != para:
            return None
        if max_sentences is not None and lay.sentence_of(w) < sent - max_sentences:
            return None
        if w.kind != "number" or id(w) in anchors:
            continue
        if unit is None and w.unit is not None or unit is not None and lay.same_unit(w.unit, unit):
            return w if w.qualifier is None and lay.is_total(w) else None
    return None


def _share_check(lay: Layout, s: _Share) -> Claim:
    claimed = as_written(s.percent.text, s.percent.value)
    part = as_written(s.part.text, s.part.value)
    figs = [s.part, s.percent] + ([s.whole] if s.whole is not None else [])
    roles = {"part": s.part, "claimed": s.percent} | ({"whole": s.whole} if s.whole is not None else {})
    if s.whole is None:
        expl = (f"the text says {fmt_number(part.value)} is {fmt_percent(claimed)} of a whole "
                "it does not state nearby — unverifiable")
        return _check(lay, "percent_of_total", "unverifiable", expl, figs, s.part, roles,
                      part=s.part.value, whole=None, claimed_percent=s.percent.value, computed_percent=None)
    whole = as_written(s.whole.text, s.whole.value)
    if s.tie == "out_of":
        part, whole = _share_scale(lay, s.part, part, s.whole, whole)
    bounds = share_bounds(part, whole)
    if bounds is None:
        return _check(lay, "percent_of_total", "unverifiable", "the whole is zero — unverifiable", figs, s.part, roles,
                      part=part.value, whole=whole.value, claimed_percent=s.percent.value, computed_percent=None)
    computed = part.value / whole.value * 100
    verdict, note = _verdict(claimed, bounds, computed)
    expl = (f"{fmt_number(part.value)} of {fmt_number(whole.value)} is {fmt_number(computed)}%; "
            f"the text says {fmt_percent(claimed)} — {verdict}{note}")
    return _check(lay, "percent_of_total", verdict, expl, figs, s.part, roles, part=part.value, whole=whole.value,
                  claimed_percent=s.percent.value, computed_percent=round(computed, 2))


def _share_scale(lay: Layout, a: Record, aw: Written, b: Record, bw: Written) -> tuple[Written, Written]:
    """"12 из 20 млн", "с 1,2 до 1,5 млрд": a bare numeral next to a scaled one shares its scale."""
    if lay.has_scale(a) == lay.has_scale(b) or (a.unit is not None and b.unit is not None):
        return aw, bw
    src, src_w, dst_w = (b, bw, aw) if lay.has_scale(b) else (a, aw, bw)
    shown = written_number(src.text)
    if not shown:
        return aw, bw
    scale = src_w.value / shown
    scaled = Written(dst_w.value * scale, dst_w.decimals, 0.5 * 10.0 ** (-dst_w.decimals) * scale)
    return (scaled, bw) if src is b else (aw, scaled)


def _verdict(claimed: Written, bounds: tuple[float, float], computed: float) -> tuple[str, str]:
    exact = claim_holds(claimed, computed, computed)
    if exact:
        return "consistent", ""
    if claim_holds(claimed, *bounds):
        return "consistent", " (within the rounding of the figures)"
    return "inconsistent", ""


# -- parts_sum --------------------------------------------------------------------
def _sum_checks(lay: Layout, shares: list[_Share]) -> list[Claim]:
    groups: dict[int, list[_Share]] = {}
    for s in shares:
        if s.whole is not None:
            groups.setdefault(id(s.whole), []).append(s)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        whole = group[0].whole
        ww = as_written(whole.text, whole.value)
        parts = [as_written(s.part.text, s.part.value) for s in group]
        total = sum(p.value for p in parts)
        claimed = sum(s.percent.value for s in group)
        slack = sum(0.5 * 10.0 ** -as_written(s.percent.text, s.percent.value).decimals for s in group)
        over = sum(p.lo for p in parts) > ww.hi + 1e-9 or claimed - slack > 100 + 1e-9
        verdict = "inconsistent" if over else "consistent"
        shown = " + ".join(fmt_number(p.value) for p in parts)
        expl = (f"{shown} = {fmt_number(total)}, {'more than' if over else 'within'} the total of "
                f"{fmt_number(ww.value)}; the shares add up to {fmt_number(claimed)}% — {verdict}")
        figs = [whole] + [s.part for s in group] + [s.percent for s in group]
        roles = {"whole": whole} | {f"part{i}": s.part for i, s in enumerate(group, 1)}
        out.append(_check(lay, "parts_sum", verdict, expl, figs, group[0].part, roles,
                          parts=[p.value for p in parts], whole=ww.value, computed_sum=total))
    return out


# -- plan_fulfilment --------------------------------------------------------------
def _plan_checks(lay: Layout, used: set[int]) -> list[Claim]:
    out = []
    for f in lay.figures:
        if f.kind == "percent" or f.qualifier is not None or not lay.plan_before(f):
            continue
        actual = _first(lay, f, +1, lambda r: r.kind != "percent" and lay.compatible(r, f) and r.qualifier is None)
        if actual is None:
            actual = _first(lay, f, -1, lambda r: r.kind != "percent" and lay.compatible(r, f) and r.qualifier is None)
        last = f if actual is None or actual.start < f.start else actual
        p = _first(lay, last, +1, lambda r: (r.kind == "percent" and id(r) not in used and lay.claim_percent(r)
                                              and not lay.is_compared(r, plan_ok=True)
                                              and lay.change_direction(r) is None and lay.fulfilment_marked(r)))
        if p is None:
            continue
        used.add(id(p))
        claimed = as_written(p.text, p.value)
        plan = as_written(f.text, f.value)
        if actual is None:
            expl = f"the text says a plan of {fmt_number(plan.value)} is {fmt_percent(claimed)} fulfilled but states no actual figure — unverifiable"
            out.append(_check(lay, "plan_fulfilment", "unverifiable", expl, [f, p], f,
                              {"plan": f, "claimed": p}, plan=plan.value,
                              actual=None, claimed_percent=p.value, computed_percent=None))
            continue
        act = as_written(actual.text, actual.value)
        bounds = share_bounds(act, plan)
        if bounds is None:
            continue
        computed = act.value / plan.value * 100
        verdict, note = _verdict(claimed, bounds, computed)
        expl = (f"{fmt_number(act.value)} against a plan of {fmt_number(plan.value)} is {fmt_number(computed)}%; "
                f"the text says {fmt_percent(claimed)} — {verdict}{note}")
        out.append(_check(lay, "plan_fulfilment", verdict, expl, [f, actual, p], f,
                          {"plan": f, "actual": actual, "claimed": p}, plan=plan.value,
                          actual=act.value, claimed_percent=p.value, computed_percent=round(computed, 2)))
    return out


def _first(lay: Layout, r: Record, step: int, ok) -> Record | None:
    n = lay.neighbour(r, step)
    while n is not None:
        if ok(n):
            return n
        n = lay.neighbour(n, step)
    return None


# -- change -----------------------------------------------------------------------
def _change_checks(lay: Layout, used: set[int]) -> list[Claim]:
    out = []
    for x, y, ends in _from_to_pairs(lay):
        p = _change_percent(lay, ends[0], ends[1], used)
        if p is None:
            continue
        used.add(id(p))
        old, new = as_written(x.text, x.value), as_written(y.text, y.value)
        old, new = _share_scale(lay, x, old, y, new)
        direction = lay.change_direction(p) or _pair_direction(lay, ends[0], ends[1])
        falling = direction == "fall" if direction else new.value < old.value
        bounds = change_bounds(old, new, falling)
        if bounds is None:
            continue
        claimed = as_written(p.text, p.value)
        computed = ((old.value - new.value) if falling else (new.value - old.value)) / old.value * 100
        verdict, note = _verdict(claimed, bounds, computed)
        word = "a fall" if falling else "a rise"
        expl = (f"from {fmt_number(old.value)} to {fmt_number(new.value)} is {word} of {fmt_number(computed)}%; "
                f"the text says {fmt_percent(claimed)} — {verdict}{note}")
        out.append(_check(lay, "change", verdict, expl, [*ends, p], ends[0],
                          {"from": x, "to": y, "claimed": p}, **{
            "from": old.value, "to": new.value, "claimed_percent": p.value, "computed_percent": round(computed, 2)}))
    return out


def _from_to_pairs(lay: Layout):
    """``(from, to, (first record, last record))`` of every "с X до Y" / "X-тен Y-ке дейін".

    The figures extractor may give "250-ден 300-ге дейін" as one range record; its two
    ends are then split into records of their own, so each keeps its written precision.
    """
    for x in lay.figures:
        if x.kind == "percent":
            continue
        if x.value_max is not None:
            ends = _range_ends(x)
            if ends is not None and x.qualifier in (None, "at_most"):
                yield ends[0], ends[1], (x, x)
            continue
        y = lay.neighbour(x, +1)
        if y is None or y.kind == "percent" or y.value_max is not None or not lay.compatible(x, y):
            continue
        if x.qualifier is None and y.qualifier in (None, "at_most") and _from_to(lay, x, y):
            yield x, y, (x, y)


_ABLATIVE_END = re.compile(r"\S*(?:нан|нен|дан|ден|тан|тен)(?=\s)")


def _range_ends(r: Record) -> tuple[Record, Record] | None:
    """"12 мыңнан 15 мыңға дейін" → records for "12 мыңнан" and "15 мыңға дейін"."""
    for m in _ABLATIVE_END.finditer(r.text):
        head, tail = r.text[:m.end()], r.text[m.end():]
        if not re.search(r"\d", head) or not re.search(r"\d", tail):
            continue
        words_tail = tail.split()
        if not ends_with_suffix(words_tail[-1] if words_tail[-1] != "дейін" else words_tail[-2], KK["dative"]):
            return None
        lead = len(tail) - len(tail.lstrip())
        x = Record(r.kind, head, r.start, r.start + len(head), value=r.value, unit=r.unit,
                   sentence=r.sentence, about=r.about)
        y = Record(r.kind, tail.strip(), r.start + len(head) + lead, r.end, value=r.value_max, unit=r.unit,
                   qualifier="at_most" if "дейін" in words_tail else None, sentence=r.sentence, about=r.about)
        return x, y
    return None


def _from_to(lay: Layout, x: Record, y: Record) -> bool:
    """"с 100 до 120" / "100-ден 120-ға дейін": a starting and an end value."""
    gap = lay.between(x, y)
    ws = lay.gap_words(gap)
    if ws is None or len(ws) > 3:
        return False
    before_x = words(lay.before(x, 8))[-1:]
    xt, yt = x.text.lower(), y.text.lower()
    if (before_x in (["с"], ["со"]) or xt.startswith(("с ", "со "))) and (ws[-1:] == ["до"] or yt.startswith("до ")):
        return True
    x_last = (x.text + " " + gap).split()[-1:]
    if not x_last or not ends_with_suffix(x_last[0], KK["ablative"]) or len(ws) > 1:
        return False
    after_y = words(lay.after(y, 20))[:2]
    y_words = words(y.text)
    y_tokens = [t for t in y.text.split() if t.lower() != "дейін"]
    y_last = y_tokens[-1:] + after_y[:1]
    dative = any(ends_with_suffix(w, KK["dative"]) for w in y_last)
    until = "дейін" in y_words or after_y[:1] == ["дейін"] or after_y[1:2] == ["дейін"]
    return dative and (until or _pair_direction(lay, x, y) is not None)


def _pair_direction(lay: Layout, x: Record, y: Record) -> str | None:
    from extractors.check_rules import FALL, RISE, starts_with_stem

    near = words(lay.after(y, 30))[:3] + words(lay.before(x, 30))[-3:]
    if any(starts_with_stem(w, FALL) for w in near):
        return "fall"
    if any(starts_with_stem(w, RISE) for w in near):
        return "rise"
    return None


def _change_percent(lay: Layout, x: Record, y: Record, used: set[int]) -> Record | None:
    """The size of the change stated next to the pair: ", или на 20%", "(на 20%)", "на 20% – с …"."""
    cands = []
    a = lay.neighbour(y, +1)
    if a is not None and a.kind == "percent":
        ws = lay.gap_words(lay.between(y, a).replace("(", " "))
        if ws is not None and len(ws) <= 4:
            cands.append(a)
    b = lay.neighbour(x, -1)
    if b is not None and b.kind == "percent":
        ws = lay.gap_words(lay.between(b, x))
        if ws is not None and len(ws) <= 4:
            cands.append(b)
    for p in cands:
        if id(p) not in used and lay.claim_percent(p) and lay.is_difference(p) and not lay.is_compared(p):
            return p
    return None


# -- building the Check -----------------------------------------------------------
def _check(lay: Layout, kind: str, verdict: str, explanation: str, figs: list[Record], lead: Record,
           roles: dict[str, Record], **inputs) -> Claim:
    start = min(r.start for r in figs)
    end = max(r.end for r in figs)
    about = next((r.about for r in figs if r.about), None)
    check = Check(check=kind, verdict=verdict, explanation=explanation, start=start, end=end,
                  text=lay.text[start:end], sentence=lay.sentence_of(lead), inputs=inputs, about=about)
    return Claim(check, roles)
