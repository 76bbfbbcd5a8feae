"""Plans: ``plan_fulfilment`` checks, and changes against a plan.

A plan figure is one a plan word names ("жоспары 39,1 млрд теңге", "при плане 80 тыс.
тонн"); its actual figure is the next one of the same measure; its percent is the next
one a fulfilment verb marks ("45,0 пайызды құрады", "выполнен на 85%"). By how much the
actual figure beat or missed the plan ("на 5% меньше плана", "план перевыполнен на 5%",
"жоспардан 10 пайызға асып түсті") is a ``change`` from the plan, never its share done.
"""
from __future__ import annotations

import re

from extractors.check_build import Claim, make_claim, verdict_of
from extractors.check_changes import comparative, from_to, way_of
from extractors.check_rules import ADDITIVE, KK, PLAN, PLANNED, RU, Layout, ends_with_suffix, starts_with_stem, words
from extractors.claims import Written, as_written, change_bounds, fmt_number, fmt_percent, share_bounds
from extractors.records import Record


def plan_claims(lay: Layout, used: set[int]) -> list[Claim]:
    out, plans = [], []
    for f in lay.figures:
        if f.kind == "percent" or f.qualifier is not None or not lay.is_plan(f):
            continue
        revised = lay.neighbour(f, +1)
        if revised is not None and revised.kind != "percent" and from_to(lay, f, revised):
            # "План увеличен с 6 до 6,5 млрд тенге, поступило 6,18 млрд, или 95,1% уточнённого плана":
            # a plan revised is the one it went to
            if revised.qualifier not in (None, "at_most") or revised.value_max is not None:
                continue
            f = revised
        plans.append(f)
        # (not a value dated apart from the plan: "при плане 180 тыс. тонн …, а к уровню прошлого
        # года (155 тыс. тонн)", "былтыр 48 мың тонна жиналған, жоспар 50 мың тонна")
        apart = not lay.dated_earlier(f)

        def actual_ok(r: Record) -> bool:
            # (nor past a semicolon: "при плане 5 млрд (110%); в 2023 году поступило 4,4 млрд")
            # (nor a plan itself: "при штатной потребности 236 врачей, … (требуется 652)")
            # (nor one of the next sentence: "Доходы запланированы в размере 4,65 млрд, или 25% бюджета.
            # Остальные 13,95 млрд (75%) – трансферты"; a plan alone in its sentence is read below)
            return (r.kind != "percent" and lay.compatible(r, f) and r.qualifier is None and not _named_plan(lay, r)
                    and lay.sentence_of(r) == lay.sentence_of(f)
                    and not (apart and lay.dated_earlier(r))
                    and ";" not in lay.text[min(r.end, f.end):max(r.start, f.start)])

        def actual_before_ok(r: Record) -> bool:
            # walking back from the plan, past what cannot be the actual itself: a part of it
            # ("205 автобусов, из них 60 – новые, при потребности 240"), an aside in brackets
            # ("(оның 420-сы – жалдамалы)", "(на 10 000 жителей – 28)"), an addition ("еще 30")
            return actual_ok(r) and not _part_or_aside(lay, r, f)

        # "Собрано 93 тыс. тонн при плане 90 тыс. тонн": after "при плане" the actual stands before
        # (and "…, бұл жоспардың (4 млрд теңге) 105 пайызы": the plan in brackets restates the one
        # the figure before is measured against)
        # ("512,6 млн (план – 498,0 млн, исполнение – 102,9%)": so is a plan a plan word opens the
        # brackets with)
        in_brackets = lay.text[max(0, f.start - 2):f.start].strip() == "(" or _PLAN_OPENS_BRACKETS.search(
            lay.text, max(0, f.start - 30), f.start) is not None
        actual = _first(lay, f, -1, actual_before_ok) if _AT_PLAN.search(lay.before(f, 30)) or in_brackets else None
        actual = actual or _first(lay, f, +1, actual_ok)
        if actual is not None and any(r.kind == "percent" and f.end <= r.start and r.end <= actual.start
                                      and lay.is_compared(r) for r in lay.figures_near(f, sentences=0)):
            # "90% от плана в 2 млрд и на 20% больше, чем в прошлом году (1,5 млрд)": past a
            # comparison, the figure after the plan is the one compared with, not the actual
            actual = None
        if actual is None:
            actual = _first(lay, f, -1, actual_before_ok)
        last = f if actual is None or actual.start < f.start else actual
        first = f if actual is None or actual.start > f.start else actual

        def fulfilment(r: Record) -> bool:
            # "при годовом плане 6,5 млрд (52,3%)": a percent in brackets after the plan is its
            # fulfilment ("(100%)" restates the plan as the whole); not one that names what it
            # is a share of ("или 4% площади района")
            return (r.kind == "percent" and id(r) not in used and lay.claim_percent(r)
                    and not _SHARE_OF_NAMED.match(lay.text, r.end)
                    and not lay.is_compared(r, plan_ok=True) and lay.change_direction(r) is None
                    and not _beyond_plan(lay, r)
                    and (lay.fulfilment_marked(r) or r.value != 100 and (
                        lay.bracketed_after(f, r)
                        # "жоспар бойынша 1 800 …, іс жүзінде 1 850 адам (102,8%)": after the actual
                        or actual is not None and actual.start > f.start and lay.bracketed_after(actual, r)
                        # "бұл кезең жоспарының 103,9 пайызы (2,32 млрд теңге)": the plan in brackets
                        # right after the percent of it
                        or r.end <= f.start and re.fullmatch(r"\s*\(\s*", lay.text[r.end:f.start]) is not None
                        and lay.of_plan(r)
                        # "бұл жылдық жоспардың (1 800) 91,1 пайызы": the plan in brackets after its
                        # genitive, the percent right after them
                        or f.end <= r.start and re.fullmatch(r"\s*\)\s*", lay.text[f.end:r.start]) is not None
                        and lay.text[max(0, f.start - 2):f.start].strip() == "("
                        # "205 автобусов при плане 240, то есть 85,4%": restating the pair just made
                        or actual is not None and actual.start < f.start and f.end <= r.start
                        and lay.restated(lay.between(f, r), max_lead=0))))

        # "…, 45,0 пайызды құрады" after the figures, "…, бұл жоспардың 86,7 пайызы (жоспар – …)"
        # between them, or "План выполнен на 102,5%: при плане …" before
        p = (_first(lay, last, +1, fulfilment) or _first(lay, first, +1, fulfilment, until=last)
             or _first(lay, first, -1, fulfilment))
        if p is None:
            claim = _against_plan(lay, f, actual, last, used, first) if actual is not None else None
            if claim is not None:
                out.append(claim)
            continue
        used.add(id(p))
        claimed = as_written(p.text, p.value)
        plan = as_written(f.text, f.value)
        if actual is None:
            earlier = _actual_in_sentence_before(lay, f)
            claim = fulfilment_claim(lay, f, earlier, p) if earlier is not None else None
            if claim is not None:
                if claim.check.verdict == "inconsistent":
                    # the one figure of the sentence before may be another than the plan's actual
                    claim.check.verdict = "unverifiable"
                    claim.check.explanation = claim.check.explanation.replace(
                        "— inconsistent", "— unverifiable (the actual figure is the one of the sentence before)")
                out.append(claim)
                continue
            expl = f"the text says a plan of {fmt_number(plan.value)} is {fmt_percent(claimed)} fulfilled but states no actual figure — unverifiable"
            out.append(make_claim(lay, "plan_fulfilment", "unverifiable", expl, [f, p], f,
                              {"plan": f, "claimed": p}, plan=plan.value,
                              actual=None, claimed_percent=p.value, computed_percent=None))
            continue
        claim = fulfilment_claim(lay, f, actual, p)
        if claim is not None:
            out.append(claim)
    return out + _plans_stated_apart(lay, used) + _plan_then_actual(lay, plans, used)


def fulfilment_claim(lay: Layout, f: Record, actual: Record, p: Record, scale: float = 1) -> Claim | None:
    """The check that ``actual`` fulfils the plan ``f`` by the percent ``p``; ``scale``: the
    scale word the figures were written under elsewhere (a table's header: "млн тенге"), so
    that they stand for their rounding as a figure written with it would."""
    claimed, plan, act = as_written(p.text, p.value), as_written(f.text, f.value), as_written(actual.text, actual.value)
    if scale != 1:
        plan, act = (Written(w.value, w.decimals, 0.5 * 10.0 ** (-w.decimals) * scale) for w in (plan, act))
    bounds = share_bounds(act, plan)
    if bounds is None:
        return None
    computed = act.value / plan.value * 100
    verdict, note = verdict_of(claimed, bounds, computed)
    expl = (f"{fmt_number(act.value)} against a plan of {fmt_number(plan.value)} is {fmt_number(computed)}%; "
            f"the text says {fmt_percent(claimed)} — {verdict}{note}")
    return make_claim(lay, "plan_fulfilment", verdict, expl, [f, actual, p], actual,
                      {"plan": f, "actual": actual, "claimed": p}, plan=plan.value,
                      actual=act.value, claimed_percent=p.value, computed_percent=round(computed, 2))


_REST = frozenset(KK["rest"] + RU["rest"])


def _named_plan(lay: Layout, r: Record) -> bool:
    """A figure the word right before it names as a plan or a need ("требуется 652", "при плане
    200"): no actual figure of another plan."""
    before = lay.words_clause_before(r, 30)[-1:]
    # ("60 мың тонна жоспарға 66 мың тонна": after the plan's dative, the actual)
    return bool(before) and before[0] != "жоспарға" and (before[0] in PLAN or before[0].startswith(PLANNED))
_BRACKET_OPEN = re.compile(r"\([^()]*\Z")
_PLAN_OPENS_BRACKETS = re.compile(r"\(\s*(?:при\s+плане|по\s+плану|план|жоспар(?:\s+бойынша)?|жоспары)\s*[–—:-]?\s*\Z",
                                  re.IGNORECASE)


def _part_or_aside(lay: Layout, r: Record, plan: Record) -> bool:
    """A part counted "of them", a possessive numeral, a figure in brackets the plan is not
    in or one added with "еще"/"тағы": no figure a plan after it is measured against."""
    before = lay.words_before(r, 20)
    aside = (_BRACKET_OPEN.search(lay.text, max(0, r.start - 60), r.start) is not None
             and ")" in lay.text[r.end:plan.start])  # ("98,5% (45,2 млрд при плане 45,9 млрд)": one bracket)
    return (lay.starts_with_of_them(r) or bool(re.search(r"\d-?(?:[ыі]|сы|сі|у[ыі]|еу[і])$", r.text))
            or aside or bool(before) and before[-1] in ADDITIVE)


def _actual_in_sentence_before(lay: Layout, f: Record) -> Record | None:
    """"Ақылы қызметтерден 27,4 млн теңге табыс түсті. Жоспар 25 млн теңге болған, яғни жоспар
    109,6 пайызға орындалды": the actual figure of a plan whose sentence states none, when the
    sentence before (in the paragraph) holds exactly one figure of the plan's measure."""
    i = lay.index[id(f)]
    sent, para = lay.sentence_of(f), lay.paragraph_of(f)
    found = []
    for r in reversed(lay.figures[max(0, i - 12):i]):
        if lay.sentence_of(r) == sent:
            continue
        if lay.sentence_of(r) < sent - 1 or lay.paragraph_of(r) != para:
            break
        if r.kind != "percent" and lay.compatible(r, f):
            found.append(r)
    if len(found) != 1 or found[0].qualifier is not None or lay.is_plan(found[0]) or lay.dated_earlier(found[0]):
        return None
    return found[0]


def _plans_stated_apart(lay: Layout, used: set[int]) -> list[Claim]:
    """"Бюджетке 46,6 млрд теңге бөлінген. … 42,3 млрд теңге игеріліп, жоспар 90,8 пайызға
    орындалды": the fulfilment and its actual figure in one sentence, the plan (a total
    stated as allocated or planned) in the sentence before or after, the only one there."""
    out = []
    for p in lay.figures:
        if p.kind != "percent" or id(p) in used:
            continue
        # (most percents: no plan word or fulfilment noun in the 30 characters before, which
        # the two tests below read their words from)
        if not _NAMED_AT_WORD.search(lay.lower_in(max(0, p.start - 30), p.start)) or not lay.claim_percent(p):
            continue
        # "жоспар 90,8 пайызға орындалды", or the fulfilment named ("исполнение составило 108,3%")
        if not (lay.plan_named_at(p) or any(w.startswith(_FULFILMENT_NOUNS) for w in lay.words_clause_before(p, 30)[-3:])):
            continue
        if lay.is_compared(p, plan_ok=True) or lay.change_direction(p) is not None or not lay.fulfilment_marked(p):
            continue
        actual = _first(lay, p, -1, lambda r: r.kind != "percent", reach=4)
        if actual is None or actual.qualifier is not None:
            continue
        if set(lay.words_before(actual, 20)[-2:]) & _REST:
            continue  # "Оставшиеся 11,6 км будут отремонтированы, что позволит выполнить план на 100%": with the rest done
        sent, para = lay.sentence_of(actual), lay.paragraph_of(actual)
        plans = [f for f in lay.figures_near(actual, sentences=1)
                 if f.kind != "percent" and lay.sentence_of(f) != sent and lay.paragraph_of(f) == para
                 and f.qualifier is None and lay.compatible(f, actual) and (lay.is_total(f) or lay.is_plan(f))]
        bracket = lay.neighbour(p, +1)
        if (bracket is not None and bracket.kind != "percent" and lay.compatible(bracket, actual)
                and re.fullmatch(r"\s*\(\s*", lay.text[p.end:bracket.start])):
            # "…, что позволит выполнить план на 100% (64 км)": the plan in brackets after the percent
            plans = [bracket]
        used.add(id(p))
        if len(plans) != 1:
            # "Түсім 120 млрд теңгені құрап, жоспар 104%-ға орындалды": no plan figure to check against
            claimed = as_written(p.text, p.value)
            expl = (f"the text says {fmt_number(as_written(actual.text, actual.value).value)} fulfils "
                    f"{fmt_percent(claimed)} of a plan it does not state nearby — unverifiable")
            out.append(make_claim(lay, "plan_fulfilment", "unverifiable", expl, [actual, p], actual,
                                  {"actual": actual, "claimed": p}, plan=None, actual=actual.value,
                                  claimed_percent=p.value, computed_percent=None))
            continue
        claim = fulfilment_claim(lay, plans[0], actual, p)
        if claim is not None:
            out.append(claim)
    return out


_SHARE_OF_NAMED = re.compile(
    r"\s*(?:от\s+)?(?:всей\s+|общей\s+|всего\s+|общего\s+)?(?:площад|территор|населени|жител|бюджет|урожа|объем|объём|ВРП"
    r"|аумағ|жерін|халқ|тұрғын|бюджетін|көлемін|өнімін)", re.IGNORECASE)
_FULFILMENT_NOUNS = ("исполнение", "выполнение", "орындалуы", "орындалу", "игерілуі")
# a word of plan_named_at, or a noun above (lower-case)
_NAMED_AT_WORD = re.compile("|".join(re.escape(w) for w in sorted(PLAN) + list(_FULFILMENT_NOUNS)))


# The words that make a change's size one against the plan (check_words: "against_plan",
# "over_plan", "under_plan") and that name an earlier time instead ("earlier").
_PLAN_AFTER = KK["against_plan"] + RU["against_plan"]
_OVER_PLAN = KK["over_plan"] + RU["over_plan"]
_UNDER_PLAN = KK["under_plan"] + RU["under_plan"]
_EARLIER = KK["earlier"] + RU["earlier"]


def _beyond_plan(lay: Layout, p: Record) -> bool:
    """"план перевыполнен на 5%", "превышение составило 5%", "не выполнен на 5%", "или на 5%
    больше", "жоспар 5 пайызға асыра орындалды": the percent is by how much the plan was
    exceeded (or missed), not the share of it done."""
    return _plan_way(lay, p) is not None


def _plan_way(lay: Layout, p: Record) -> str | None:
    """"rise" when the words at ``p`` say the plan was exceeded, "fall" when missed."""
    after, before = lay.words_after(p, 30)[:2], lay.words_before(p, 30)[-3:]
    # "Перевыполнен план по налогам на 5%": the verb may open the clause further back
    near = after + before + lay.words_clause_before(p, 50)[-6:]
    if any(starts_with_stem(w, _OVER_PLAN) for w in near):
        return "rise"
    # ("не выполнен": the two words, as written before the percent)
    if any(starts_with_stem(w, _UNDER_PLAN) for w in near) or " ".join(before[-3:]).startswith(_UNDER_PLAN) \
            or " ".join(before[-2:]).startswith(_UNDER_PLAN):
        return "fall"
    # "или на 5% больше", "5 пайызға көп": against the plan only when nothing else is named
    # to compare with ("… больше, чем в прошлом году", "өткен жылдан … көп")
    way = comparative(lay, p)
    if way is None:
        return None
    rest = words(re.split(r"[.!?;]\s", lay.after(p, 60), maxsplit=1)[0])[1:]
    if rest and rest[0].rstrip(".,;:!?…") not in _PLAN_AFTER:
        return None
    lead = lay.words_clause_before(p, 40)
    if any(w != "жоспардан" and (ends_with_suffix(w, KK["ablative"]) or starts_with_stem(w, _EARLIER)) for w in lead):
        return None
    return way



_AT_PLAN = re.compile(r"(?<![^\W\d_])при\s+(?:[^\W\d_]+\s+)?(?:план|прогноз|потребност)[^\W\d_]*\s+(?:в\s+)?\Z", re.IGNORECASE)
_COMPARED_WITH = frozenset(("салыстырғанда", "қарағанда", "чем", "сравнению"))


def _against_plan(lay: Layout, f: Record, actual: Record, last: Record, used: set[int],
                  first: Record | None = None) -> Claim | None:
    """"План 100 тонн, собрано 95 тонн, что на 5% меньше плана", "жоспар 100 тонна, 95 тонна
    жиналды, бұл жоспардан 5 пайызға аз", "… план перевыполнен на 5%": the size of the gap
    between the actual figure and its plan, told as a change from the plan (or between the
    two: "собрано 95 тонн, что на 5% меньше плана в 100 тонн")."""
    def by_plan(r: Record) -> bool:
        if r.kind != "percent" or id(r) in used or not lay.claim_percent(r):
            return False
        near = lay.words_after(r, 30)[:2] + lay.words_before(r, 30)[-3:]
        if any(w in _COMPARED_WITH for w in lay.words_before(r, 30)[-3:]) and not any(
                w.rstrip(".,;:!?…") in _PLAN_AFTER for w in near):
            return False  # "ал 2022 жылмен (3 млрд теңге) салыстырғанда 40 пайызға көп": not the plan
        return (lay.is_difference(r) and any(w.rstrip(".,;:!?…") in _PLAN_AFTER for w in near)
                or _plan_way(lay, r) is not None)

    p = _first(lay, last, +1, by_plan, reach=4)
    if p is None and first is not None and first is not last:
        p = _first(lay, first, +1, by_plan, until=last)
    if p is None:
        return None
    direction = _plan_way(lay, p) or lay.change_direction(p)
    if direction is None:
        return None
    falling = direction == "fall"
    plan, act, claimed = as_written(f.text, f.value), as_written(actual.text, actual.value), as_written(p.text, p.value)
    bounds = change_bounds(plan, act, falling)
    if bounds is None:
        return None
    used.add(id(p))
    computed = ((plan.value - act.value) if falling else (act.value - plan.value)) / plan.value * 100
    verdict, note = verdict_of(claimed, bounds, computed)
    word = way_of(falling, computed >= 0)
    expl = (f"{fmt_number(act.value)} against a plan of {fmt_number(plan.value)} is {word} of "
            f"{fmt_number(abs(computed))}%; the text says {fmt_percent(claimed)} — {verdict}{note}")
    return make_claim(lay, "change", verdict, expl, [f, actual, p], actual, {"from": f, "to": actual, "claimed": p},
                      **{"from": plan.value, "to": act.value, "claimed_percent": p.value,
                         "computed_percent": round(computed, 2)})


def _plan_then_actual(lay: Layout, plans: list[Record], used: set[int]) -> list[Claim]:
    """"План по налогам – 3,2 млрд тенге. Фактически поступило 3,4 млрд тенге, или 106,3%.":
    a plan (of ``plans``, the plan figures) alone in its sentence, the actual figure first in
    the next one with its share restated or in brackets right after it."""
    out = []
    for f in plans:
        if f.value_max is not None:
            continue
        near = lay.figures_near(f, sentences=1)
        sent = lay.sentence_of(f)
        if any(lay.sentence_of(g) == sent and (g.kind == "percent" or lay.compatible(g, f)) for g in near if g is not f):
            # the plan's own sentence states its actual figure (plan_claims' reading), or a share
            # of it ("запланированы в размере 4,65 млрд тенге, или 25% бюджета. Остальные …")
            continue
        nxt = [g for g in near if lay.sentence_of(g) == sent + 1 and lay.paragraph_of(g) == lay.paragraph_of(f)]
        if len(nxt) < 2 or nxt[0].kind == "percent" or nxt[1].kind != "percent":
            continue
        actual, p = nxt[0], nxt[1]
        if (actual.qualifier is not None or actual.value_max is not None or not lay.compatible(actual, f)
                or id(p) in used or not lay.claim_percent(p) or lay.is_difference(p) or lay.is_compared(p)):
            continue
        # ("Іс жүзінде 3,6 млрд теңге түсті, бұл 112,5 пайыз": a Kazakh verb closes the clause first)
        if not (lay.restated(lay.between(actual, p), max_lead=1 if lay.lang == "kk" else 0)
                or lay.bracketed_after(actual, p)):
            continue
        claim = fulfilment_claim(lay, f, actual, p)
        if claim is not None:
            used.add(id(p))
            out.append(claim)
    return out


def _first(lay: Layout, r: Record, step: int, ok, reach: int = 12, until: Record | None = None) -> Record | None:
    """The first figure of the sentence, from ``r`` on (and before ``until``), that ``ok`` accepts."""
    n = lay.neighbour(r, step)
    while n is not None and reach > 0 and n is not until:
        if ok(n):
            return n
        n = lay.neighbour(n, step)
        reach -= 1
    return None
