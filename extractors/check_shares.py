"""Shares of a whole: ``percent_of_total`` and ``parts_sum`` checks.

A percent is first tied to the figure it is the share of (its *part*: "61 (62,2%)",
"61, или 62,2%", "60% или 12 млн"), then the part to its *whole* by the structure of the
text, strongest first: "61 из 98", "из 98 … 61", "98-дің 61-і", "…, оның 676,1 млрд
теңгесі", and last the latest total of the same counted noun earlier in the paragraph
(``../shared/design.md``). A part with no whole in reach is ``unverifiable``.

A total a sentence opens with and breaks down after a colon or "в том числе" / "оның
ішінде" gives a ``parts_sum`` of its parts even without percents, and is the whole of
a share among those parts.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.check_build import Claim, make_claim, shared_scale, verdict_of
from extractors.check_rules import (_ODD_CYRILLIC_CASES, KK, LIST_LINK, RESPECTIVELY, RU, TOTAL_NAME, Layout, ends_with_suffix,
                                    starts_with_stem, words)
from extractors.claims import Written, as_written, claim_holds, fmt_number, fmt_percent, share_bounds
from extractors.kk_noun_phrase import possessive_numeral
from extractors.nouns import counted_noun
from extractors.records import Record

_SHARE_MAX = 100.0  # a share of a whole above 100% is an index, not a share
# How many figures back a whole, and how many list items around a part, are looked
# for: far beyond any real sentence or paragraph, and it keeps time linear in the text.
_REACH = 40
_LIST_REACH = 8


@dataclass
class Share:
    """A percent tied to its part, and the whole once one is found."""

    percent: Record
    part: Record
    whole: Record | None = None
    tie: str = ""
    noun: str | None = None  # the counted noun: the part's unit, or the word after "(62,2%)"
    # the percent stated before a count out of a whole and a comma ("Охват – 95%, из 40 сел
    # подключены 38"): it may measure something else, so the tie confirms, never flags
    percent_first: bool = False
    respectively: bool = False  # paired by "соответственно"/"тиісінше" (see _respectively)
    # the percent in the next sentence names its group ("… . Бұл түскен өтініштердің 62,4
    # пайызы"), which may be a larger one than the count found: the tie confirms, never flags
    group_named: bool = False


def find_shares(lay: Layout) -> list[Share]:
    shares: list[Share] = []
    respectively = _respectively(lay)
    for p in lay.figures:
        if p.kind != "percent":
            continue  # (every test below wants a percent: the others went through them all)
        if id(p) in respectively:
            # (the bracket holds a list, so it reads as labelled: the list's own test stands)
            if 0 < p.value <= _SHARE_MAX and p.value_max is None and p.qualifier is None:
                shares.append(Share(p, respectively[id(p)][0], respectively=True))
            continue
        if _plan_missed_or_beaten(lay, p):
            continue  # "План недовыполнен на 8%: освоено 230 млн из 250 млн": by how much, not the share done
        # (asked once: three of the rules below ask it)
        claimed = lay.claim_percent(p) and p.value <= _SHARE_MAX
        # (not a percent by which a figure beats or misses another: "бұл жоспардан 4 пайызға аз (200 тонна)")
        pair = (_bracketed_whole(lay, p) or _part_then_genitive_whole(lay, p)
                if claimed and not lay.is_compared(p) else None)
        if pair is not None:
            shares.append(Share(p, pair[0], pair[1], "bracketed_whole"))
            continue
        if claimed:
            pair = _used_out_of_after(lay, p)
            if pair is not None:
                # "Бюджет исполнен на 92%, освоено 2,3 млрд тенге из 2,5 млрд", "Бюджет 92 пайызға
                # игерілді, 2,5 млрд теңгенің 2,3 млрд теңгесі жұмсалды": the rate, then its part and whole
                shares.append(Share(p, pair[0], pair[1], "out_of"))
                continue
        if (not (claimed or _bound_or_rough(lay, p) and p.value <= _SHARE_MAX)
                or lay.is_compared(p) or lay.is_difference(p)):
            continue
        if lay.of_plan(p) and any(f.kind != "percent" and lay.is_plan(f) for f in lay.figures_near(p, sentences=0)):
            continue  # "план – 1 000 тонн, собрано 600 тонн, или 60% годового плана": a fulfilment
        anchor = _anchor(lay, p)
        if (anchor is not None and p.value != 100 and anchor.start < p.start and lay.bracketed_after(anchor, p)
                and lay.is_plan(anchor)):
            continue  # "собрано 3,4 млрд при годовом плане 6,5 млрд (52,3%)": the plan's fulfilment
        whole = None
        if anchor is None:
            anchor, whole = _restated_of_whole(lay, p)
        if anchor is not None and anchor.end < p.start and lay.fraction_within(anchor.end, p.start) \
                and lay.text[anchor.end:p.start].split()[:1] and ends_with_suffix(
                    lay.text[anchor.end:p.start].split()[0], KK["genitive"]):
            continue  # "60 мектептің төрттен бірі (25%)": the percent restates the fraction of a whole
        across = anchor is not None and anchor.end <= p.start and _SENTENCE_END.search(lay.text, anchor.end, p.start)
        if across and _across_is_loose(lay, anchor, p):
            continue
        # "22% немесе 6,2 трлн теңгеге дейін өскен": a bound or a changed figure is no part
        # ("около 7 900, или 82,7%": an approximate part confirms, never flags; see share_claim)
        if anchor is not None and anchor.qualifier in (None, "approx") and lay.change_direction(anchor) is None:
            nxt = lay.neighbour(p, +1)
            first = (anchor.start > p.start and anchor is not nxt
                     and (nxt is None or not _explained_after(lay, p, nxt, anchor)))
            named = (bool(across) and _GROUP_AFTER_OPENER.search(lay.text, across.end(), p.start) is not None
                     or anchor.end <= p.start and _GROUP_GENITIVE.search(lay.text, anchor.end, p.start) is not None)
            shares.append(Share(p, anchor, whole, "genitive" if whole is not None else "", percent_first=first,
                                group_named=named))
    # "Износ достигает 80%, из 12 котлов 9 требуют замены (75%)": a part its own bracket
    # restates is no part of the percent stated first
    restated = {id(s.part) for s in shares if not s.percent_first}
    shares = [s for s in shares if not s.percent_first or id(s.part) not in restated]
    anchors = {id(s.part) for s in shares}
    groups = _respectively_groups(respectively, shares)
    clauses: dict[int, list[Share]] = {}
    for s in shares:
        s.noun = s.part.unit or _noun_after_brackets(lay, s)
        clauses.setdefault(lay.sentence_of(s.part), []).append(s)
    for clause in clauses.values():
        clause.sort(key=lambda s: s.part.start)
        for i, s in enumerate(clause):
            if s.whole is None:
                _resolve_whole(lay, s, clause[max(0, i - _LIST_REACH):i + _LIST_REACH + 1], anchors)
            if s.whole is not None and s.whole.start < s.part.start and _names_its_whole(lay, s.part, s.whole):
                # "…, ал әлеуметтік шығыстардың 4,32 млрд теңгесі (60%)", "из одобренных
                # профинансировано 90 (75%)": the whole is a group the text names, maybe
                # a part of the count found, so the tie confirms, never flags
                s.tie = "named_genitive"
    for group in groups:
        # "120 и 60 человек (60% и 30% соответственно)": the items of the lists share a whole,
        # never one another ("30 и 10 (75% и 20% …)": 10 is no share of 30)
        items = {id(s.part) for s in group}
        for s in group:
            if s.whole is not None and id(s.whole) in items:
                s.whole, s.tie = None, ""
        found = next((s for s in group if s.whole is not None), None)
        if found is not None:
            for s in group:
                if s.whole is None and found.whole.start < s.part.start and found.whole.value > s.part.value:
                    s.whole, s.tie = found.whole, found.tie
    # "98 іс-шара (100%)" with no whole in reach states the total itself, not a share of one
    return [s for s in shares if s.whole is not None or s.percent.value != 100]


def _bound_or_rough(lay: Layout, p: Record) -> bool:
    """"около 46%", "60 пайыздан астамы": a percent given roughly or as a bound, whose share
    can confirm it but not be held to its digits (see share_claim)."""
    return (p.kind == "percent" and p.qualifier in ("approx", "at_least", "at_most") and p.value_max is None
            and p.value is not None and p.value > 0 and not lay.in_labelled_brackets(p))


_SENTENCE_END = re.compile(r"[.!?]\s+")
# "…, бұл тапсырғандардың 90,5 пайызы": the percent of a group it names (maybe a part of the
# count found: "84 түлек бітірді. Олардың 63-і ҰБТ-ға қатысты, … 57 түлек, бұл тапсырғандардың …")
_GROUP_GENITIVE = re.compile(r"(?<![^\W\d_])бұл\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:лар|лер|дар|дер|тар|тер)(?:дың|дің)\s*\Z",
                            re.IGNORECASE)
_GROUP_AFTER_OPENER = re.compile(r"(?<![^\W\d_])(?:бұл|это)\s+[^\W\d_]+", re.IGNORECASE)
_JOINED_PERCENTS = re.compile(r"\s*(?:,|мен|және|и|а)\s*\Z", re.IGNORECASE)


def _across_is_loose(lay: Layout, a: Record, p: Record) -> bool:
    """A percent opening the next sentence ("Бұл – 62,4 пайыз") said of more than the count
    before it: of two percents listed ("62,4 пайызы мен 37,6 пайызы"), or after a list of parts
    ("Оның 780-і қанағаттандырылды, 310-ы бойынша түсіндірме берілді. Бұл – 62,4 пайыз")."""
    n = lay.neighbour(p, +1)
    if n is not None and n.kind == "percent" and _JOINED_PERCENTS.match(lay.text[p.end:n.start]):
        return True
    b = lay.neighbour(a, -1)
    return b is not None and b.kind != "percent" and (_possessive(b) or lay.starts_with_of_them(b)) and (
        _possessive(a) or lay.starts_with_of_them(a))


# "бұл облыс өнімінің (2,5 млн тонна) 15,8%-ы": the whole in brackets after the genitive it
# restates; "– 15,8% урожая области (2,5 млн тонн)": after the percent's noun phrase
_KK_BRACKET_BEFORE = re.compile(r"([^\W\d_]+)\s*\(\s*\Z")
_CLOSE_BRACKET = re.compile(r"\s*\)\s*")
_RU_NOUNS_THEN_BRACKET = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\(\s*")
_NOT_A_WHOLE = re.compile(r"(?<![^\W\d_])(?:к|кк)\s|прошл|предыдущ|план|прогноз|былтыр|өткен|алдыңғы|жоспар|деңгей",
                          re.IGNORECASE)
_RESTATING_LEAD = re.compile(r"(?<![^\W\d_])(?:бұл|яғни|это|что\s+составляет|или)(?![^\W\d_])|[–—]", re.IGNORECASE)


def _bracketed_whole(lay: Layout, p: Record) -> tuple[Record, Record] | None:
    """(part, whole) of a share whose whole stands in brackets beside the noun it is a share
    of: "45 мың тонна дайындалды, бұл қажеттіліктің (75 мың тонна) 70%-ы", "320 тыс. тонн
    зерна – 15,8% урожая области (2,5 млн тонн)"."""
    w = lay.neighbour(p, -1)
    if w is not None and w.kind != "percent" and _CLOSE_BRACKET.fullmatch(lay.between(w, p)):
        g = _KK_BRACKET_BEFORE.search(lay.text, max(0, w.start - 40), w.start)
        a = lay.neighbour(w, -1)
        if g is None or a is None or not ends_with_suffix(g.group(1).lower(), KK["genitive"]):
            return None
        lead = lay.text[a.end:g.start()]
        if not _RESTATING_LEAD.search(lead) or re.search(r"\d", lead):
            return None
    else:
        a, w = lay.neighbour(p, -1), lay.neighbour(p, +1)
        if a is None or w is None or a.kind == "percent" or w.kind == "percent":
            return None
        if not (_RU_NOUNS_THEN_BRACKET.fullmatch(lay.text, p.end, w.start)
                and _CLOSE_BRACKET.match(lay.text, w.end) and lay.text[w.end:w.end + 3].lstrip().startswith(")")):
            return None
        lead = lay.between(a, p)
        if not _RESTATING_LEAD.search(lead) or len(words(lead)) > 4:
            return None
    if a.qualifier is not None or w.qualifier is not None or not lay.compatible(a, w) or a.value >= w.value:
        return None
    # "96% к уровню прошлого года (50 млрд)", "35% годового плана (6 млрд)", "өткен жылғы
    # деңгейдің (160 млн) …": an index against another time, or a plan's fulfilment, not a share
    named = lay.text[min(p.end, w.start) if w.start > p.end else max(a.end, w.start - 60):w.start].lower()
    if _NOT_A_WHOLE.search(named):
        return None
    return a, w


_MAKES_UP = re.compile(r"[^\W\d_]*\s+(?:құрайды|құрады|құрап|құраған|құрайтын)(?![^\W\d_])", re.IGNORECASE)


def _part_then_genitive_whole(lay: Layout, p: Record) -> tuple[Record, Record] | None:
    """(part, whole) of "60 төсек 200 төсектің 30 пайызын құрайды": a count, then the whole in
    the genitive, then its percent that the count "makes up" (the commonest Kazakh frame of a
    share, with no "бұл" to restate the count)."""
    if lay.lang != "kk" or not _MAKES_UP.match(lay.text, p.end):
        return None
    w = lay.neighbour(p, -1)
    a = lay.neighbour(w, -1) if w is not None else None
    if a is None or w.kind == "percent" or a.kind == "percent" or lay.sentence_of(a) != lay.sentence_of(p):
        return None
    tail = (w.text.split()[-1:] + words(lay.between(w, p)))[-1:]
    if len(words(lay.between(w, p))) > 2 or not tail or not ends_with_suffix(tail[0].lower(), KK["genitive"]):
        return None
    gap = lay.between(a, w)
    if re.search(r"[,;:()]", gap) or len(words(gap)) > 3 or _possessive(a):
        return None
    if a.qualifier is not None or w.qualifier is not None or not lay.compatible(a, w) or a.value >= w.value:
        return None
    return a, w


def _respectively_groups(respectively: dict[int, tuple[Record, int]], shares: list[Share]) -> list[list[Share]]:
    """The shares read from one "respectively" pair of lists (one bracket), list by list."""
    groups: dict[int, list[Share]] = {}
    for s in shares:
        if id(s.percent) in respectively:
            groups.setdefault(respectively[id(s.percent)][1], []).append(s)
    return [g for g in groups.values() if len(g) > 1]


# "120 и 60 человек (60% и 30% соответственно)", "10 және 12 мектеп (тиісінше 40 және 48
# пайыз)": two lists of one length, paired in order.


def _respectively(lay: Layout) -> dict[int, tuple[Record, int]]:
    """Percent → its part (and where their bracket opens), for a bracketed list of percents
    that says "respectively" right after a list of as many figures."""
    out: dict[int, tuple[Record, int]] = {}
    if not lay.says_respectively or not RESPECTIVELY.search(lay.text):
        return out
    starts = [f.start for f in lay.figures]
    for m in RESPECTIVELY.finditer(lay.text):
        i = bisect.bisect_left(starts, m.start())
        # the percents right before the word (Russian) or right after it (Kazakh)
        run = _run(lay, i - 1, -1, lambda f: f.kind == "percent")
        if not run or lay.text[run[-1].end:m.start()].strip(" \u00a0") not in ("", ")"):
            run = _run(lay, i, +1, lambda f: f.kind == "percent")
            if not run or lay.text[m.end():run[0].start].strip():
                continue
        opening = lay.text.rfind("(", 0, run[0].start)
        if opening < 0 or lay.text[opening + 1:run[0].start].strip(" \u00a0") not in ("", m.group()):
            # "…, из них 160 — из малообеспеченных семей, 96 — дети с инвалидностью, то есть 25% и
            # 15% соответственно": the percents restate the last counts of the sentence, in order
            lead = _RESTATED_LIST.search(lay.text, max(0, run[0].start - 30), run[0].start)
            if lead is None:
                continue
            k = lay.index[id(run[0])]
            counts = [f for f in lay.figures[max(0, k - len(run)):k] if f.kind != "percent"]
            if (len(counts) == len(run) and all(lay.sentence_of(f) == lay.sentence_of(run[0]) for f in counts)
                    and all(lay.compatible(counts[0], f) for f in counts[1:])
                    and not any(_WHOLE_AFTER_IZ.search(lay.text, max(0, f.start - 30), f.start) for f in counts)):
                # (each a part, none a whole: "из 140 выпускников – 98")
                for part, p in zip(counts, run):
                    out[id(p)] = (part, lead.start())
            continue
        before = lay.index[id(run[0])] - 1
        parts = _run(lay, before, -1, lambda f: f.kind != "percent", until=opening)
        if len(parts) < len(run):
            continue
        parts = parts[-len(run):]
        if any(lay.sentence_of(f) != lay.sentence_of(run[0]) for f in parts):
            continue
        for part, p in zip(parts, run):
            out[id(p)] = (part, opening)
    return out


_WHOLE_AFTER_IZ = re.compile(r"(?<![^\W\d_])из\s+(?:(?!них|которых)[^\W\d_]+\s+)?\Z", re.IGNORECASE)
_RESTATED_LIST = re.compile(r",\s*(?:то\s+есть|т\.\s?е\.|или|что\s+составляет|что\s+составило|яғни|бұл)\s*\Z",
                            re.IGNORECASE)


def _run(lay: Layout, i: int, step: int, ok, until: int | None = None) -> list[Record]:
    """The figures from index ``i`` on (``step`` ±1) that ``ok`` accepts, each linked to
    the next by a comma or "and"; in text order. ``until``: the last one must end before it."""
    figs, out = lay.figures, []
    while 0 <= i < len(figs) and ok(figs[i]):
        f = figs[i]
        if out:
            a, b = (f, out[-1]) if step < 0 else (out[-1], f)
            gap = lay.text[a.end:b.start]
            # "120 человек и 60": a count's noun may stand before the link
            if not (LIST_LINK.fullmatch(gap) or a.kind == "number" and a.unit
                    and LIST_LINK.fullmatch(re.sub(r"^\s*[^\W\d_]+", "", gap))):
                break
        elif until is not None and re.search(r"[\d.;!?()]", lay.text[f.end:until]):
            break  # "120 и 60 человек (", "30 и 10 – городские и сельские (": words only up to the bracket
        out.append(f)
        i += step
    return out[::-1] if step < 0 else out


# "…, охват – 95%", "…, доля составляет 95%", "…, раскрываемость составила 85,9%", "38-і
# қосылған, қамту деңгейі – 95%", "ашылу деңгейі 85,9 пайыз": the rate the part makes, named
# after a comma (a short verb phrase may stand before it). The words before the comma are
# taken whole (possessive "++"): split every way among the five repeats, a run of glued
# letters ("раскрываемостьпреступлений", as pages without spaces between tags give) took
# polynomial time to fail, 20 ms at 40 letters and half a second at 75.
_RATE_AFTER_COMMA = re.compile(
    r"(?:\s*+[^\W\d_]++){0,5}\s*,\s*(?:(?:охват|доля|удельный\s+вес|уровень)(?:\s+[^\W\d_]+)?"
    r"|[^\W\d_]+(?:аемость|яемость|имость)|(?:[^\W\d_]+\s+)?(?:қамту|үлесі|деңгейі))"
    r"\s*(?:[–—-]|составил[аои]?|составляет|достиг(?:ла|ло|ли|ает)?|құрайды)?\s*", re.IGNORECASE)
# "45% бюджета, или 8,1 млрд": the percent's noun (one or two words), then the restating word
_NOUN_THEN_RESTATED = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*(?:или|то\s+есть|яғни|немесе)\s*",
                                 re.IGNORECASE)


_RATE_NOUN = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(w for w in KK['rate_noun'] + RU['rate_noun'] if not w.endswith('мость'))})"
    rf"|(?:{'|'.join(w for w in RU['rate_noun'] if w.endswith('мость'))})(?![^\W\d_])", re.IGNORECASE)
_EXTRA = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(KK['extra'] + RU['extra'])})(?![^\W\d_])", re.IGNORECASE)


def _explained_after(lay: Layout, p: Record, whole: Record, part: Record) -> bool:
    """Whether the count out of a whole after a percent is what the percent measures: after a
    colon ("Охват составил 92%: из 18 500 …"), or a rate named before the percent ("Охват –
    95%, из 1 200 детей привиты 1 080"), unless the count is added to it ("…, привито еще 150")."""
    if ":" in lay.between(p, whole):
        return True
    return bool(_RATE_NOUN.search(lay.clause_before(p, 60))) and not _EXTRA.search(lay.between(whole, part))


_COLON_THEN_CLAUSE = re.compile(r"\s*:\s*(?:[^\W\d_]+\s+){0,3}(?:в|на)?\s*", re.IGNORECASE)
# A word each branch of _RATE_AFTER_COMMA names the rate with, lower-case: looked for before
# the pattern (it ran on most gaps before a percent).
_RATE_AFTER_COMMA_WORDS = ("охват", "доля", "удельный", "уровень", "аемость", "яемость", "имость", "қамту", "үлесі",
                           "деңгейі")
_KK_RATE_OF_VERB = re.compile(r"((?:\s*+[^\W\d_]++){1,5})\s*,\s*([^\W\d_]{3,}у)\s+көрсеткіші\s*(?:[–—-]|құрады|болды)?\s*",
                              re.IGNORECASE)


def _names_a_rate(gap: str) -> bool:
    """Whether ``gap`` may name a rate as _RATE_AFTER_COMMA reads one (a word of it, in any case)."""
    low = gap.lower()
    return any(w in low for w in _RATE_AFTER_COMMA_WORDS) or _ODD_CYRILLIC_CASES.search(gap) is not None


def _rate_of_the_verb(gap: str) -> bool:
    """"15-і ашылды, ашылу көрсеткіші – 83,3 пайыз": the rate named by the verbal noun of the
    clause's own verb (not "жұмыссыздық көрсеткіші", a rate of something else)."""
    if "көрсеткіші" not in gap.lower() and not _ODD_CYRILLIC_CASES.search(gap):
        return False  # (the pattern needs the word: most gaps are ruled out by a substring test)
    m = _KK_RATE_OF_VERB.fullmatch(gap)
    if m is None:
        return False
    stem = m.group(2).lower()[:-1][:4]
    return any(w.startswith(stem) for w in words(m.group(1)))


_NOUN_THEN_DASH = re.compile(r"\s*(?:[^\W\d_]+\s*)?[–—]\s*")
_DASH_LABEL_THEN_BRACKET = re.compile(r"\s*[–—]\s*[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,5}\s*\(\s*")


def _clause_ends_after(lay: Layout, p: Record) -> bool:
    return re.match(r"\s*(?:[.;!?\n]|\Z)", lay.text[p.end:p.end + 3]) is not None


# "…, бұл жалпы санның 44%-і", "…, это 42% от общего числа": the share of the clause's count
# in the total it was counted out of
_OF_ALL_BEFORE = re.compile(r"(?<![^\W\d_])(?:бұл|яғни)\s+жалпы\s+(?:санның|санынан|көлемнің)\s*\Z", re.IGNORECASE)
_OF_ALL_AFTER = re.compile(r"\s*от\s+общего\s+(?:числа|количества)|\s*от\s+общей\s+численности", re.IGNORECASE)
_OF_COUNT_AFTER = re.compile(r"\s*от\s+(?:общего\s+)?(?:числа|количества)|\s*от\s+общей\s+численности", re.IGNORECASE)
_THIS_BEFORE = re.compile(r"(?<![^\W\d_])(?:это|что\s+составляет)\s*\Z", re.IGNORECASE)


_THEN_PART_OUT_OF = re.compile(r"\s*(?:[^\W\d_]+\s*)?(?:[:–—]|\s-|\()\s*", re.IGNORECASE)


def _anchor(lay: Layout, p: Record) -> Record | None:
    """The figure the percent is the share of: "61 (62,2%)", "61, или 62,2%", "60% или 12 млн"."""
    a = lay.neighbour(p, -1)
    if (a is not None and a.kind == "number" and a.qualifier is None and lay.sentence_of(a) == lay.sentence_of(p)
            # ("жалпы" looked for first: re.IGNORECASE pairs none of its letters with a character
            # str.lower() does not turn into it, see test_check_gates)
            and ("жалпы" in lay.lower_in(max(0, p.start - 40), p.start)
                 and _OF_ALL_BEFORE.search(lay.text, max(0, p.start - 40), p.start)
                 # (the words after the percent first: matched where they must start, they fail at once)
                 or _OF_ALL_AFTER.match(lay.text, p.end) and _THIS_BEFORE.search(lay.text, max(0, p.start - 20), p.start))
            and (_opens_with_of_them(lay, a) or lay.starts_with_of_them(a)
                 or _of_them_after(lay, a))):
        # "Олардың 486-сы …, бұл жалпы санның 44%-і", "1 205 из них …, это 42% от общего числа":
        # the count "of them", however long the clause that says what they are
        return a
    if a is not None and a.kind in ("money", "quantity") and _OF_COUNT_AFTER.match(lay.text, p.end):
        # "1 120 человек получили выплату в размере 100 МРП (369 200 тенге), что составляет 81,2%
        # от числа пострадавших": a share of a number of people is of the count, past the sums
        n = a
        while n is not None and n.kind in ("money", "quantity"):
            n = lay.neighbour(n, -1)
        if n is not None and n.kind == "number" and n.qualifier is None:
            gap = list(lay.text[n.end:p.start])
            for f in lay.figures[lay.index[id(n)] + 1:lay.index[id(p)]]:
                gap[f.start - n.end:f.end - n.end] = " " * (f.end - f.start)
            if lay.restated(re.sub(r"[()]", " ", "".join(gap))):
                return n
    if a is not None and a.kind != "percent":
        # ("из 2,5 млрд, предусмотренных на 2024 год, что составляет 92%": a date in the lead)
        if lay.bracketed_after(a, p) or lay.restated(lay.without_dates(a.end, p.start, durations=True)):
            return a
        gap = lay.between(a, p)
        # (the comma first: the pattern takes ~30 µs to fail on a long gap without one)
        if "," in gap and _names_a_rate(gap) and _RATE_AFTER_COMMA.fullmatch(gap) or _rate_of_the_verb(gap):
            w = lay.neighbour(a, -1)
            if (w is not None and w.kind != "percent" and w.value < a.value and lay.compatible(w, a)
                    and words(lay.between(w, a))[-1:] == ["из"]):
                return w  # "Газифицировано 28 сел из 35, доля газификации – 80%": the part before "из"
            if _larger_before(lay, a) or _opens_with_of_them(lay, a) or _possessive(a) and _after_genitive(lay, a):
                # "Из 40 сел подключены 38, охват – 95%", "40 ауылдың 38-і …, қамту деңгейі – 95
                # пайыз", "… 40 ауыл бар. Оның 38-і қосылған, қамту деңгейі – 95 пайыз"
                return a
        if re.fullmatch(r"\s*[–—]\s*", gap) and lay.words_after(p, 12)[:1] == ["от"]:
            return a  # "8,1 млрд тенге – 45% от бюджета в 18 млрд"
        if (_NOUN_THEN_DASH.fullmatch(gap) and _clause_ends_after(lay, p)
                and (lay.starts_with_of_them(a) or _larger_before(lay, a) and lay.out_of(lay.neighbour(a, -1))
                     or _possessive(a) and _larger_before(lay, a) and _after_genitive(lay, a))):
            # "1 540 детей, из них 790 мальчиков – 51,3%", "Из 2,4 тыс. заявок одобрено 1,8 тыс. – 75%",
            # "1 540 кітаптың 616-сы цифрландырылды – 40 пайыз": a part of a whole just named, its
            # share after a dash closing the clause
            return a
        if (_DASH_LABEL_THEN_BRACKET.fullmatch(gap) and lay.text[p.end:p.end + 2].lstrip().startswith(")")
                and (lay.starts_with_of_them(a) or _possessive(a) and _larger_before(lay, a))):
            # "из них 96 – превышение скорости (27,6%)", "оның 96-сы – жылдамдықты асыру (27,6%)":
            # a part "of them", what it counts after a dash, its share in brackets
            return a
    b = lay.neighbour(p, +1)
    if b is not None and b.kind != "percent":
        gap = lay.between(p, b)
        if lay.restated(gap, max_lead=0) or _NOUN_THEN_RESTATED.fullmatch(gap):
            return b
        if re.fullmatch(r"\s*(?:[^\W\d_]+\s*)?(?::\s*(?:из\s+)?|,\s*из\s+)", gap, re.IGNORECASE):
            # "Охват составляет 95%: из 40 сел подключены 38", "95%, из 10 тысяч детей привиты 9 500": the
            # part counted out of the whole after the colon (or the comma and "из")
            c = lay.neighbour(b, +1)
            if c is not None and c.kind != "percent" and lay.compatible(b, c) and c.value < b.value:
                return c
        if lay.bracket_holds(p, b):
            return b
        c = lay.neighbour(b, +1)
        if (c is not None and c.kind != "percent" and _COLON_THEN_CLAUSE.fullmatch(gap)
                and words(lay.between(b, c)) == ["из"] and b.value < c.value and lay.compatible(b, c)):
            return b  # "Уровень газификации достиг 90%: газ проведён в 40 из 50 сёл"
        # "освоено 95,6% – 430 млн из 450 млн": a dash, then the part out of its whole
        if re.fullmatch(r"\s*[–—-]\s*", gap) and lay.words_after(b, 12)[:1] == ["из"]:
            return b
        # "составила 9,1%: 41 случай из 418", "в 94% случаев (16,2 тыс. из 17,2 тыс.)": a colon,
        # dash or bracket, then the part and its noun out of the whole
        if _THEN_PART_OUT_OF.fullmatch(gap) and c is not None and c.kind != "percent" and lay.compatible(b, c) \
                and b.value < c.value and b.qualifier is None and c.qualifier is None:
            lead = words(lay.between(b, c))
            if lead[-1:] == ["из"] and len(lead) <= 3:
                return b
    return _counted_in_next_sentence(lay, p)


def _counted_in_next_sentence(lay: Layout, p: Record) -> Record | None:
    """"Вакцинация охватила 97% детей. Всего привито 2 380 детей из 2 450.", "Балалардың 97
    пайызы егілді. 2 450 баланың 2 380-і вакцина алды.": a percent ending its sentence, and
    the next sentence, with no percent of its own, counting the part out of the whole of the
    same noun. The part is returned; its whole is found as within one sentence."""
    i = lay.index[id(p)]
    si = lay.sentence_index(p)
    if si + 1 >= len(lay.sentences):
        return None
    tail = lay.text[p.end:lay.sentences[si][1]]
    if len(words(tail)) > 2 or re.search(r"\d", tail):
        return None
    nxt = [f for f in lay.figures[i + 1:i + 5] if lay.sentence_index(f) == si + 1]
    if not 2 <= len(nxt) <= 3 or any(f.kind == "percent" for f in nxt) or lay.sentence_index(lay.figures[i + len(nxt)]) != si + 1:
        return None
    b, c = nxt[0], nxt[1]
    if b.qualifier is not None or c.qualifier is not None:
        return None
    gap = words(lay.between(b, c))
    if lay.compatible(b, c) and b.value < c.value and 1 <= len(gap) <= 3 and gap[-1] == "из":
        part, nouns = b, gap[:1] + lay.words_after(c, 30)[:1]
    elif (len(gap) <= 2 and c.value < b.value and _possessive(c) and (lay.compatible(b, c) or _counts(b, c))
          and ends_with_suffix((b.text + lay.between(b, c)).split()[-1], KK["genitive"])):
        part, nouns = c, gap[-1:]
    else:
        return None
    # the noun of the percent ("97% детей", "балалардың 97 пайызы") is the pair's
    said = words(tail)[:1] + lay.words_before(p, 30)[-1:]
    if not any(len(a) >= 4 and len(n) >= 4 and a[:4] == n[:4] for a in said for n in nouns):
        return None
    return part


# "исполнен на 92%", "освоено на 92%", "92 пайызға игерілді/орындалды": a rate of use or fulfilment
_RATE_OF_USE_RU = tuple(RU["rate_of_use"])
_USED_ON_BEFORE = re.compile(rf"(?:{'|'.join(RU['rate_of_use'])})[^\W\d_]*\s+(?:на\s+)?\Z", re.IGNORECASE)
_UNUSED = tuple(KK["unused"] + RU["unused"])
_USE = tuple(KK["use"] + RU["use"] + KK["done"] + RU["done"])
_COVERAGE = tuple(KK["coverage"] + RU["coverage"])
_USED_AFTER = re.compile(rf"\s*(?:{'|'.join(KK['rate_of_use'])})", re.IGNORECASE)


def _used_out_of_after(lay: Layout, p: Record) -> tuple[Record, Record] | None:
    """The part and the whole stated right after a rate of use: ", освоено 2,3 млрд из 2,5
    млрд", ", 2,5 млрд теңгенің 2,3 млрд теңгесі жұмсалды"."""
    verb_end = p.start + 3 if p.text.lower().startswith("на ") else p.start  # ("на 92%" may hold its "на")
    # (a word of a rate of use looked for in the lower-cased stretch first: the pattern tried
    # its words at each of the 30 characters before the percent, and most percents have none)
    if not ((lay.may_say_within(max(0, p.start - 30), verb_end, _RATE_OF_USE_RU)
             and _USED_ON_BEFORE.search(lay.text, max(0, p.start - 30), verb_end))
            or _USED_AFTER.match(lay.text, p.end)):
        return None
    b = lay.neighbour(p, +1)
    c = lay.neighbour(b, +1) if b is not None else None
    if b is None or c is None or b.kind == "percent" or c.kind == "percent" or not lay.compatible(b, c):
        return None
    if b.qualifier is not None or c.qualifier is not None or b.value_max is not None or c.value_max is not None:
        return None
    lead = lay.between(p, b)
    if "," not in lead and ":" not in lead or len(words(lead)) > 4 or lay.gap_words(lead.replace(":", ",")) is None:
        return None
    # the sentence ends with the pair (a noun or a verb at most after it): "…из 2,5 млрд,
    # выделенных на дороги" is a part of the budget, not what the rate was of
    tail = re.match(r"[^.;!?\n]*", lay.text[max(b.end, c.end):max(b.end, c.end) + 60]).group()
    if len(words(tail)) > 2:
        return None
    if any(w == "не" or starts_with_stem(w, _UNUSED) for w in words(lead) + words(tail)):
        return None  # "недоосвоено 75 млн из 15 млрд": the rest, not the part the rate is of
    if not any(starts_with_stem(w, _USE) for w in words(lead) + words(tail)) and b.kind not in ("money", "quantity"):
        return None  # "выполнено на 60%, на объекте работают 40 человек из 50": a count of something else
    if b.value < c.value and lay.gap_words(lay.between(b, c)) is not None and words(lay.between(b, c))[-1:] == ["из"]:
        return b, c  # "освоено 2,3 млрд тенге из 2,5 млрд"
    last = (b.text + lay.between(b, c)).split()[-1:] or [""]
    if c.value < b.value and len(words(lay.between(b, c))) <= 1 and ends_with_suffix(last[0], KK["genitive"]):
        return c, b  # "2,5 млрд теңгенің 2,3 млрд теңгесі"
    return None


def _larger_before(lay: Layout, a: Record) -> bool:
    """A larger figure of the same measure stands right before ``a`` ("из 40 сел … 38")."""
    w = lay.neighbour(a, -1)
    return w is not None and w.kind != "percent" and lay.compatible(w, a) and w.value > a.value


def _restated_of_whole(lay: Layout, p: Record) -> tuple[Record | None, Record | None]:
    """"16 елді мекен … қамтылды, бұл аудандағы 22 елді мекеннің 72,7 пайызы": the part,
    restated as the percent of a whole in the genitive right before the percent."""
    w = lay.neighbour(p, -1)
    if w is None or w.kind == "percent" or w.qualifier is not None:
        return None, None
    gap = lay.between(w, p)
    ws = lay.gap_words(gap)
    last = (w.text + gap).split()[-1:] or [""]
    if ws is None or len(ws) > 2 or not ends_with_suffix(last[0], KK["genitive"]):
        return None, None
    a = lay.neighbour(w, -1)
    if a is None or a.kind == "percent" or not lay.compatible(a, w):
        return None, None
    lead = lay.between(a, w)
    m = re.search(r",\s*(бұл|это|яғни|т\.е\.|то есть)((?:\s+[^\W\d_][\w-]*){0,2})\s*$", lead.lower())
    if m is None or lay.gap_words(lead) is None or len(words(lead[:m.start()])) > 6:
        return None, None
    return a, w


def _resolve_whole(lay: Layout, s: Share, shares: list[Share], anchors: set[int]) -> None:
    """Find the whole of ``s``; ``shares`` are the list items of its clause around it."""
    a = s.part
    prev = lay.neighbour(a, -1, skip_percent=True)
    if prev is not None and (_aside(lay, prev) or a.kind == "number" and _average(lay, prev)) and prev.start < a.start:
        # "100 отбасы (былтыр – 80 отбасы), оның 25-і": "оның" is of the 100 (below); an
        # average ("60 адамның орташа жасы – 34, олардың 15-і") is no whole either
        prev = None
    nxt = lay.neighbour(a, +1, skip_percent=True)
    named = _whole_named_as_all(lay, s, anchors)
    if named is not None:
        s.whole, s.tie = named, "named_total"
        return
    # "61 из 98 (62,2%)": the figure the percent follows is the whole
    if prev is not None and _out_of_gap(lay, prev, a, s.percent) and _out_of_units(lay, prev, a):
        s.part, s.whole, s.tie = prev, a, "out_of"
        return
    # "12 млн человек из 20 млн человек"
    if nxt is not None and _out_of_gap(lay, a, nxt, s.percent) and _out_of_units(lay, a, nxt):
        s.whole, s.tie = nxt, "out_of"
        return
    # "66,1 пайыз (310 ауылдың 205-і)": the figure the percent points at is the genitive whole
    if nxt is not None and nxt.start > s.percent.end and a.qualifier is None:
        gap = lay.between(a, nxt)
        ws = lay.gap_words(gap)
        last = (a.text + gap).split()[-1:] or [""]
        if (ws is not None and len(ws) <= 2 and ends_with_suffix(last[0], KK["genitive"])
                and (lay.compatible(a, nxt) or _possessive(nxt) and _counts(a, nxt))):
            s.part, s.whole, s.tie = nxt, a, "genitive"
            return
    # "98 іс-шараның 61-і орындалды": a numeral with a possessive ending is "61 of them",
    # whatever noun the figures extractor read after it
    if prev is not None and prev.qualifier is None and (lay.compatible(prev, a) or _possessive(a) and _counts(prev, a)
                                                        or _out_of_units(lay, prev, a)):
        gap = _gap_without(lay, prev, a, s.percent)
        ws = lay.gap_words(gap)
        # "из 98 мероприятий исполнено 61", "из 500 опрошенных 60% (300 человек)"
        # ("Из 37 населённых пунктов района к водоснабжению подключены 19": a clause without commas)
        if (ws is not None and len(ws) <= 8 and "," not in gap and lay.out_of(prev)
                and _out_of_units(lay, prev, a)):
            s.whole, s.tie = prev, "out_of"
            return
        # "Из 212 км дорог районного значения в хорошем и удовлетворительном состоянии лишь 121 км,
        # или 57%", "Из 120 молодых специалистов, прибывших по программе, осталось 72": a sentence
        # opened by "из" and its whole counts out of it, however long the clause between
        # (the sentence's opening read last: the comparisons before it are cheaper, and most fail)
        if (prev.value > a.value and lay.sentence_of(prev) == lay.sentence_of(a) and _opens_out_of(lay, prev)
                and len(words(gap)) <= 16 and not re.search(r"[;:]", gap) and _out_of_units(lay, prev, a)):
            s.whole, s.tie = prev, "out_of"
            return
        # "98-дің 61-і", "98 іс-шараның 61-і", "100 адамнан 60-ы"
        # (up to two words: "45 елді мекеннің 43-і"; three when the first is the counting word
        # both take, "214,6 мың бас ұсақ малдың 176 мың басы")
        if ws is not None and (len(ws) <= 2 or len(ws) == 3 and lay.compatible(prev, a)
                               and lay.words_after(a, 12)[:1] and lay.words_after(a, 12)[0].startswith(ws[0])) \
                and (lay.compatible(prev, a) or _possessive(a) and _counts(prev, a)):
            last = (prev.text + gap).split()[-1:] or [""]
            if ends_with_suffix(last[0], KK["genitive"] + KK["ablative"]) and not lay.words_after(a, 12)[:1] == ["дейін"]:
                s.whole, s.tie = prev, "genitive"
                return
    # "180 өтініш түсіп, 153-і (85%) оң шешілді": the possessive numeral after a short
    # clause and a comma is "153 of them", of the larger count that clause made
    if (prev is not None and prev.qualifier is None and _possessive(a) and prev.value > a.value
            and not _possessive(prev)  # "1 200 өтінімнің 900-і …, 300-іне": a list of parts, not a whole
            and lay.sentence_of(prev) == lay.sentence_of(a) and (lay.compatible(prev, a) or _counts(prev, a))
            and _CLAUSE_THEN_COMMA.fullmatch(_gap_without(lay, prev, a, s.percent))):
        s.whole, s.tie = prev, "of_them"
        return
    # "98 іс-шараның 62,2 пайызы, яғни 61-і": the whole in the genitive right before the percent
    before_p = lay.neighbour(s.percent, -1)
    if (before_p is not None and before_p is not a and before_p.kind != "percent" and before_p.qualifier is None
            and before_p.end <= s.percent.start < a.start
            and (lay.compatible(before_p, a) or _possessive(a) and _counts(before_p, a))):
        gap = lay.between(before_p, s.percent)
        ws = lay.gap_words(gap)
        last = (before_p.text + gap).split()[-1:] or [""]
        if ws is not None and len(ws) <= 1 and ends_with_suffix(last[0], KK["genitive"]):
            s.whole, s.tie = before_p, "genitive"
            return
    # "сдано 30, что составляет 66,7% от запланированных 45"
    after_p = lay.neighbour(s.percent, +1, skip_percent=True)
    if after_p is not None and after_p.start > a.start and lay.compatible(a, after_p) and after_p.qualifier is None:
        ws = lay.gap_words(lay.between(s.percent, after_p))
        if ws is not None and 1 <= len(ws) <= 4 and ws[0] == "от":
            s.whole, s.tie = after_p, "out_of"
            return
    # "…, оның 676,1 млрд теңгесі (80%)", "из них 61 (62,2%)", "из них 60% или 300 млрд"
    if (lay.starts_with_of_them(a) or s.percent.end <= a.start and lay.starts_with_of_them(s.percent)
            or _of_them_after(lay, a)):
        # "нарушения на 12 (40%), из них на 5 (41,7%)": "из них" points at the set just
        # counted, even when that count is itself a share of a larger whole
        w = _part_just_before(lay, a) if lay.starts_with_of_them(a) else None
        w = w or _nearest_whole_before(lay, a, anchors)
        head = _capacity_of(lay, w) if w is not None else None
        if head is not None and not _share_holds(s, as_written(w.text, w.value)) and (
                _share_holds(s, as_written(head.text, head.value)) or not _names_its_noun(lay, a)):
            # "64 объекта размещения на 2 150 койко-мест, из них 41 (64,1%)": "из них" may be of
            # the places or of their capacity; a part that names no noun of its own is of the
            # places unless the capacity is what the percent was taken of
            w = head
        if w is not None:
            s.whole, s.tie = w, "of_them"
        return
    # the next item of a list whose previous item found its whole: the same whole, unless
    # another figure (a new total) stands between them
    for o in reversed(shares):
        if o is s or o.part.start >= a.start:
            continue
        if (o.whole is not None and o.tie in ("of_them", "paragraph", "elided", "out_of", "genitive")
                and o.whole.start < o.part.start  # "26 из 40 (65%)" names its own whole
                and _adjacent_items(lay, o, s, anchors) and lay.compatible(o.whole, a)):
            s.whole, s.tie = o.whole, o.tie
            return
        break
    # "98 іс-шара жоспарланған. … орындалғаны 61 (62,2%), мерзімі бар 15 (15,3%) шара"
    unit = s.noun or _sibling_unit(lay, s, shares)
    if a.kind == "number" and unit and _possessive(a) and _after_genitive(lay, a):
        # "Аудандағы 28 мектепте … . Мектептердің 24-і (85,7%)": the noun in the genitive names
        # the whole, counted shortly before (no farther than two sentences back)
        w = _latest_count(lay, a, unit, anchors, max_sentences=2, total=False)
        if w is not None and w.value > a.value:
            s.whole, s.tie = w, "named_genitive"
    elif a.kind == "number" and unit:
        w = _latest_count(lay, a, unit, anchors)
        if w is not None:
            s.whole, s.tie = w, "paragraph"
        else:
            # "За год трудоустроено 2 100 человек. На постоянные места – 1 470 человек, или 70%":
            # a larger count of the same noun in the sentence before, not stated as a total,
            # confirms the share but cannot flag it (see share_claim)
            w = _latest_count(lay, a, unit, anchors, max_sentences=1, total=False)
            if w is not None and w.value > a.value and lay.sentence_of(w) < lay.sentence_of(a):
                s.whole, s.tie = w, "sentence_before"
    elif a.kind == "number" and not _after_genitive(lay, a) and lay.after_participle(a):
        # "98 іс-шара жоспарланды. Орындалғаны 61 (62,2%)": the noun left out is the one
        # just counted; only as far back as the previous sentence
        w = _latest_count(lay, a, None, anchors, max_sentences=1)
        if w is None:
            # "В районе 35 сел, газифицировано 28 (80%)": in its own sentence the count just
            # made, larger, is the whole whether stated as a total or not
            w = _latest_count(lay, a, None, anchors, max_sentences=0, total=False)
            w = w if w is not None and w.value > a.value else None
        if w is not None:
            s.whole, s.tie = w, "elided"
    elif a.kind == "number" and a.unit is None and lay.after_verb(a):
        # "120 субъектов МСБ, активно работают 113 (94,2%)": in the same sentence the count
        # just made is the whole, stated as a total or not
        w = _latest_count(lay, a, None, anchors, max_sentences=0, total=False)
        if w is not None:
            s.whole, s.tie = w, "elided"
    if s.whole is None and a.kind in ("money", "quantity"):
        # "выделено 2,3 млрд тенге, освоено 1,9 млрд тенге (82,6%)": the total allocated or
        # planned just before, in the same sentence, is what the part used was used of
        w = _allocated_before(lay, a, anchors, s.percent)
        if w is not None:
            s.whole, s.tie = w, "allocated"
    if s.whole is None and a.kind == "number" and a.unit is None:
        # "Из 45 сел газифицированы 30, еще в 12 (26,7%) …": the sentence counts out of 45
        w = _opened_out_of(lay, a)
        if w is not None:
            s.whole, s.tie = w, "out_of"


_OUT_OF_NAMED = re.compile(r"(?<![^\W\d_])из\s+(?!них|которых)[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\Z", re.IGNORECASE)


# "бұл барлық өтінімнің 32 пайызы", "это 38% от всех выявленных нарушений", "или 17% от общего
# числа очередников": the percent names its whole as all of a noun
_KK_ALL_OF = re.compile(r"(?<![^\W\d_])(?:барлық|жалпы)\s+([^\W\d_]+?)(?:дың|дің|тың|тің|ның|нің)\s*\Z", re.IGNORECASE)
_RU_ALL_OF = re.compile(r"\s*(?:от\s+)?(?:всех|общего\s+(?:числа|количества))\s+(?:[^\W\d_]+(?:ых|их)\s+)?([^\W\d_]+)",
                        re.IGNORECASE)


def _whole_named_as_all(lay: Layout, s: Share, anchors: set[int]) -> Record | None:
    """The count of the noun the percent names as all (no farther than two sentences back),
    when it is the only count in reach that can be all of them and is larger than the part."""
    a, p = s.part, s.percent
    if a.kind != "number" or a.start > p.start:
        return None
    m = _KK_ALL_OF.search(lay.text, max(0, p.start - 40), p.start)
    word = m.group(1) if m else None
    if word is None:
        m = _RU_ALL_OF.match(lay.text, p.end)
        word = m.group(1) if m else None
    if word is None:
        return None
    noun = counted_noun(word, lay.lang or ("ru" if m.re is _RU_ALL_OF else "kk"))
    if noun is None:
        return None
    totals = _counts_of_all(lay, a, noun)
    # only one count can be "all" of them: with two (an addition, "еще 300 семей", another
    # group, "рассмотрено 1 000"), all of them may be their sum, or either
    if len(totals) != 1 or totals[0].value <= a.value or totals[0].qualifier is not None:
        return None
    return totals[0]


def _counts_of_all(lay: Layout, a: Record, noun: str) -> list[Record]:
    """The counts of ``noun`` in ``a``'s sentence and the two before it (in its paragraph)
    that may be all of them: not a part ("оның 460-ы", "2 380 из 2 450", possessives), not an
    earlier year's ("былтыр 1 100 өтінім түскен"), not an aside in brackets."""
    sent, para = lay.sentence_of(a), lay.paragraph_of(a)
    at = lay.index[id(a)]
    out = []
    for w in reversed(lay.figures[max(0, at - _REACH):at]):
        if lay.paragraph_of(w) != para or lay.sentence_of(w) < sent - 2:
            break
        if w.kind != "number" or not lay.same_unit(w.unit, noun):
            continue
        nxt = lay.neighbour(w, +1)
        if (_possessive(w) or lay.starts_with_of_them(w) or _aside(lay, w) or _in_brackets(lay, w)
                or lay.dated_earlier(w) or _set_against(lay, w)
                or nxt is not None and words(lay.between(w, nxt))[-1:] == ["из"]):
            continue
        out.append(w)
    return out


def _names_its_whole(lay: Layout, a: Record, whole: Record) -> bool:
    """Whether the words right before the part name its whole instead of pointing at a count:
    a noun in the genitive not right after the count ("әлеуметтік шығыстардың 4,32 млрд
    теңгесі"), or "из" and a word ("из одобренных профинансировано 90")."""
    clause = lay.clause_before(a, 50)
    if re.search(r"\d", clause) or lay.text[whole.end:a.start].strip(" ,") == clause.strip(" ,"):
        return False  # "98 іс-шараның 61-і": the count itself stands in the genitive
    last = clause.split()[-1:]
    # (the possessed noun may follow the count: "ірі қараның 900 басы")
    possessed = _possessive(a) or _POSSESSED_NOUN.match(lay.text, a.end) is not None
    if possessed and last and ends_with_suffix(last[0], KK["genitive"]) and last[0].lower() not in _PRONOUNS:
        return True
    return a.kind == "number" and bool(_OUT_OF_NAMED.search(clause))


_POSSESSED_NOUN = re.compile(r"\s+[^\W\d_]{2,}(?:сы|сі|ы|і)(?![^\W\d_])", re.IGNORECASE)
_PRONOUNS = frozenset(("оның", "олардың", "соның", "бұның", "мұның"))


def _adjacent_items(lay: Layout, o: Share, s: Share, anchors: set[int]) -> bool:
    """No figure but list items and their percents between the parts of ``o`` and ``s``."""
    lo, hi = lay.index[id(o.part)], lay.index[id(s.part)]
    return all(f.kind == "percent" or id(f) in anchors for f in lay.figures[lo + 1:hi])


_NOUN_AFTER_BRACKET = re.compile(r"\s*\)\s*([^\W\d_][\w-]*)")


def _noun_after_brackets(lay: Layout, s: Share) -> str | None:
    """"15 (15,3%) шара": the counted noun written after the bracketed share."""
    if s.part.kind != "number" or s.part.end > s.percent.start:
        return None
    m = _NOUN_AFTER_BRACKET.match(lay.text[s.percent.end:s.percent.end + 40])
    return m.group(1).lower() if m else None


def _after_genitive(lay: Layout, a: Record) -> bool:
    """"Оқушылардың 300-і": the whole is the noun in the genitive, not a figure."""
    prev = lay.before(a, 30).split()[-1:]
    return bool(prev) and ends_with_suffix(prev[0], KK["genitive"])


_CLAUSE_THEN_COMMA = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,3},\s+")
def _possessive(r: Record) -> bool:
    return possessive_numeral(r.text)


def _counts(a: Record, b: Record) -> bool:
    return a.kind == "number" and b.kind == "number"


# Endings of a participle or adjective read as a count's noun: "из 98 запланированных",
# "из 500 опрошенных", "жоспарланған 98": it describes the noun, it is not another one.
_ADJECTIVAL = ("ых", "их", "ые", "ие", "ого", "его", "ған", "ген", "қан", "кен")


def _out_of_units(lay: Layout, part: Record, whole: Record) -> bool:
    if lay.compatible(part, whole):
        return True
    return _counts(part, whole) and any(u and u.endswith(_ADJECTIVAL) for u in (part.unit, whole.unit))


def _gap_without(lay: Layout, a: Record, b: Record, p: Record) -> str:
    """Text between ``a`` and ``b`` with the claimed percent (and its brackets) left out."""
    if a.end <= p.start and p.end <= b.start:
        return (lay.text[a.end:p.start] + lay.text[p.end:b.start]).replace("(", " ").replace(")", " ")
    return lay.between(a, b)


def _out_of_gap(lay: Layout, part: Record, whole: Record, p: Record) -> bool:
    gap = _gap_without(lay, part, whole, p)
    if "из" not in gap.lower():
        return False  # (most gaps: its last word cannot be "из", told before its words are read)
    ws = lay.gap_words(gap.replace(",", " "))
    # (not "из" opening a clause of its own: "отремонтированы 12 (40%), а из 2 млрд тенге освоено …")
    return (ws is not None and 1 <= len(ws) <= 3 and ws[-1] == "из" and whole.qualifier is None
            and not any(w in _CLAUSE_CONJUNCTIONS for w in ws[:-1]))


_CLAUSE_CONJUNCTIONS = frozenset(("а", "и", "но", "ал", "және", "бірақ"))


def _part_just_before(lay: Layout, a: Record) -> Record | None:
    """The count right before ``a`` in its sentence (percents skipped), if it measures what
    ``a`` does and is larger."""
    w = lay.neighbour(a, -1, skip_percent=True)
    if w is None or lay.sentence_of(w) != lay.sentence_of(a) or w.qualifier is not None or w.value <= a.value:
        return None
    if _aside(lay, w) or _average(lay, w):
        return None  # "100 отбасы (былтыр – 80 отбасы), оның 25-і": of the 100, found further back
    return w if lay.compatible(w, a) or _possessive(a) and _counts(w, a) else None


def _nearest_whole_before(lay: Layout, a: Record, anchors: set[int]) -> Record | None:
    """The latest figure before ``a`` in its sentence, or in the one before when the
    sentence opens with the pronoun ("… 4,2 млрд теңге бөлінді. Оның 1,4 млрд теңгесі …")
    or that figure is stated as a total ("40 іс-шара жоспарланған еді. …, оның 26-сы");
    "2023 жылы 5 мектеп салынды. Ауданда мектептер көп, оның 12-сі" points back to a noun."""
    i = lay.index[id(a)] - 1
    stop = i - _REACH
    sent, para = lay.sentence_of(a), lay.paragraph_of(a)
    while i >= max(0, stop):
        w = lay.figures[i]
        if lay.paragraph_of(w) != para or lay.sentence_of(w) < sent - 1:
            return None
        if _aside(lay, w) or _average(lay, w):
            i -= 1  # "Из 48 выпускников 40 сдали ЕНТ, средний балл – 92, а 12 из них (30%)": past the average
            continue
        if (w.kind != "percent" and id(w) in anchors and lay.sentence_of(w) == sent - 1 and _opens_with_of_them(lay, a)
                and lay.compatible(w, a) and w.value > a.value and w.qualifier is None):
            # "… на район пришлось 186 тыс. тонн, или 12%. Из них пшеница – 130,2 тыс. тонн (70%)":
            # "из них" opening a sentence is of the figure just counted, itself a share or not
            return w
        if w.kind != "percent" and id(w) not in anchors:
            if lay.sentence_of(w) < sent and not (_opens_with_of_them(lay, a) or lay.is_total(w)):
                return None
            if lay.sentence_of(w) < sent and a.kind == "number" and a.unit is None and _counts_of_two_nouns(lay, w):
                return None  # "45 мектеп …, 12 500 оқушы … . Оның 38-і": schools or pupils? the text does not say
            if lay.sentence_of(w) == sent and w.kind != a.kind and a.kind == "number" and a.unit is not None \
                    and not lay.compatible(w, a):
                i -= 1  # "120 фермеров, им выдано 1,2 млрд тенге, из них 80 фермеров": past the sum
                continue
            # "около 1,2 млрд тенге, из них 840 млн": an approximate whole can confirm, never flag
            if w.qualifier not in (None, "approx"):
                return None
            v = lay.neighbour(w, -1)
            if (v is not None and v.kind != "percent" and words(lay.between(v, w))[-1:] == ["из"] and v.value < w.value
                    and lay.compatible(v, a) and v.value > a.value):
                # "Первую дозу получили 2 380 детей из 2 450. Из них 1 428 …": "of them" is of the
                # ones counted, not of all they were counted out of
                return v
            if lay.compatible(w, a):
                return w
            # "родилось 1 540 детей, из них 790 мальчиков": "из них" names its whole, the count
            # just made, whatever noun the part is counted by
            # (or opening the next sentence: "… пошли 2 150 первоклассников (годом ранее 1 972). Из них
            # 1 290 детей …")
            same = ((lay.sentence_of(w) == sent or _opens_with_of_them(lay, a))
                    and w.kind == a.kind == "number" and w.value > a.value)
            return w if same and lay.starts_with_of_them(a) else None
        i -= 1
    return None


_CAPACITY_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}на\s+", re.IGNORECASE)


def _capacity_of(lay: Layout, w: Record) -> Record | None:
    """The count ``w`` is the capacity of: "64 объекта на 2 150 мест" (a count, up to three
    words of its noun, "на", ``w``)."""
    v = lay.neighbour(w, -1)
    if (v is None or v.kind != "number" or w.kind != "number" or v.qualifier is not None
            or lay.sentence_of(v) != lay.sentence_of(w) or not _CAPACITY_GAP.fullmatch(lay.between(v, w))):
        return None
    return v


def _names_its_noun(lay: Layout, a: Record) -> bool:
    """Whether a noun follows the figure ``a`` itself ("из них 1 200 мест"), not a bracket or dash."""
    ws = lay.after(a, 12).split()[:1]
    return bool(ws) and ws[0][:1].isalpha()


_AVERAGE_WORDS = tuple(RU["average"] + KK["average"])
# the longest word of each (a word starting with one, or the two words joined being one, hold it)
_AVERAGE_PIECES = tuple(sorted({max(a.split(), key=len) for a in _AVERAGE_WORDS}))


def _average(lay: Layout, w: Record) -> bool:
    """``w`` is stated as an average: "средний балл – 92", "орташа жасы – 34", "орташа
    жалақысы 180 мың теңге" (the word opens its clause, at most three words before it)."""
    start = w.start - len(lay.clause_before(w, 40))
    low = lay.lower_in(start, w.start)
    if not any(a in low for a in _AVERAGE_PIECES):
        return False  # (most figures: no word of an average in the clause, told before reading its words)
    ws = lay.words_in(start, w.start)[-4:]
    return any(x.startswith(_AVERAGE_WORDS) for x in ws) or " ".join(ws[-2:]) in _AVERAGE_WORDS


_PLAN_GAP_WORDS = tuple(KK["over_plan"] + RU["over_plan"] + KK["under_plan"] + RU["under_plan"])
# the last word of each: a word starting with one, or the words joined holding one, hold it
_PLAN_GAP_PIECE = re.compile("|".join(sorted({re.escape(phrase.split()[-1]) for phrase in _PLAN_GAP_WORDS})))


def _plan_missed_or_beaten(lay: Layout, p: Record) -> bool:
    """"План по субсидиям недовыполнен на 8%", "Перевыполнен план … на 5%": a verb of
    exceeding or missing a plan opens the percent's clause."""
    if not _PLAN_GAP_PIECE.search(lay.lower_in(max(0, p.start - 50), p.start)):
        return False  # (most percents: none of the words below in the 50 characters they are read from)
    ws = lay.words_clause_before(p, 50)[-6:]
    clause = " ".join(ws)
    return any(w.startswith(_PLAN_GAP_WORDS) and not _exceeding_another(w, ws[i + 1:i + 2])
               for i, w in enumerate(ws)) or any(" " in g and g in clause for g in _PLAN_GAP_WORDS)


def _exceeding_another(w: str, nxt: list[str]) -> bool:
    """"превышение скоростного режима": exceeding something named other than a plan."""
    return w.startswith("превышени") and bool(nxt) and not nxt[0].startswith(("план", "показател", "прогноз", "задани"))


def _counts_of_two_nouns(lay: Layout, w: Record) -> bool:
    """``w``'s sentence also counts something else, so a part that names no noun may be of either."""
    return any(f is not w and f.kind == "number" and f.unit is not None and not lay.same_unit(f.unit, w.unit)
               for f in lay.figures_near(w, sentences=0))


def _of_them_after(lay: Layout, a: Record) -> bool:
    """"22 из них", "1 205 из которых": "of them" right after the figure ``a``."""
    # (its words read only with "из" in a stretch holding them: most figures have none)
    return "из" in lay.lower_in(a.end, a.end + 20) and lay.words_after(a, 20)[:2] in (["из", "них"], ["из", "которых"])


def _opens_with_of_them(lay: Layout, a: Record) -> bool:
    start = lay.sentences[lay.sentence_index(a)][0]
    # (a date may open the sentence first: "Биыл оның 480 гектарына", "Маусымның соңына дейін оның 31 шақырымы")
    head = lay.leading_words(start, a.start, 2, durations=True)
    if len(head) <= 1 and _of_them_after(lay, a):
        return True  # "В 22 из них (88%) …": the sentence opens with the part of them
    return bool(head) and (head[0] in ("оның", "олардың", "соның") or head == ["из", "них"]
                           or head == ["из", "которых"] or head == ["в", "том"])


def _sibling_unit(lay: Layout, s: Share, shares: list[Share]) -> str | None:
    """"61 (62,2%), 15 (15,3%) шара": items of one list share the noun written once."""
    for o in sorted(shares, key=lambda o: abs(o.part.start - s.part.start)):
        if o is not s and o.noun and o.part.kind == "number":
            return o.noun
    return None


def _allocated_before(lay: Layout, a: Record, anchors: set[int], p: Record) -> Record | None:
    """The figure right before ``a`` in its sentence, when it is stated as a total ("выделено",
    "көзделген", "общая площадь") of the same measure and larger, and ``a`` as what of it was
    used, or with its share in brackets right after it ("под пшеницу отведено 80 тыс. га (66,7%)")."""
    w = lay.neighbour(a, -1, skip_percent=True)
    if (w is None or id(w) in anchors or lay.sentence_of(w) != lay.sentence_of(a) or w.qualifier is not None
            or not lay.compatible(w, a) or w.value <= a.value or not lay.is_total(w)):
        return None
    if lay.used_of_total(a) or lay.same_action(w, a):
        return w
    # a share in brackets ties to a total named as one ("общая площадь", "барлығы"), not to a
    # sum merely allocated ("выделено 640 млн, на дороги пришлось 512 млн (75%)" stays untied)
    return w if lay.bracketed_after(a, p) and _named_total(lay, w) else None


def _named_total(lay: Layout, w: Record) -> bool:
    return any(starts_with_stem(x, TOTAL_NAME) for x in lay.words_before(w, 40)[-4:])


def _opened_out_of(lay: Layout, a: Record) -> Record | None:
    """The count after "из" that opens ``a``'s sentence ("Из 45 сел …"), if any."""
    # Only the sentence's first figure can open it: found by bisection, so a sentence of
    # thousands of shares stays linear.
    w = lay.first_in_sentence(a)
    if w is None or w is a or w.kind != "number" or w.qualifier is not None or w.value <= a.value:
        return None
    # (not "Из них 1 290 детей (60%) …, 731 (34%)": a part of them, its list's first item)
    return w if lay.out_of(w) and not lay.words_before(w, 60)[:-2] and not lay.starts_with_of_them(w) else None


def _latest_count(lay: Layout, a: Record, unit: str | None, anchors: set[int],
                  max_sentences: int | None = None, total: bool = True) -> Record | None:
    """The latest count of the same noun earlier in the paragraph, when the text states it
    as a total ("98 іс-шара жоспарланған"): the total the part belongs to.

    With ``unit`` None (the part's noun left out), the latest count of any noun.
    """
    para, sent = lay.paragraph_of(a), lay.sentence_of(a)
    at = lay.index[id(a)]
    fallback = None
    for i in range(at - 1, max(-1, at - 1 - _REACH), -1):
        w = lay.figures[i]
        if lay.paragraph_of(w) != para:
            return fallback
        if max_sentences is not None and lay.sentence_of(w) < sent - max_sentences:
            return fallback
        if w.kind != "number" or id(w) in anchors or _aside(lay, w):
            continue
        if lay.sentence_of(w) < sent and (lay.starts_with_of_them(w) or _possessive(w)):
            # "…, из них 310 семей – многодетные. Жилье получили 186 семей, или 15%": a part of
            # an earlier sentence's total is no total of a new sentence's share
            continue
        if unit is None and w.unit is not None or unit is not None and lay.same_unit(w.unit, unit):
            found = w if w.qualifier is None and (lay.is_total(w) or not total) else None
            if found is not None and lay.dated_earlier(w) and not lay.dated_earlier(a):
                # "Биыл 80 отбасы пәтер алды. Былтыр 64 отбасы … . Биыл пәтер алған отбасылардың
                # 20-сы": the count of an earlier period is no whole of this one's part; the part's
                # own period's count may stand further back (if none does, the nearest earlier
                # one, unless it is the year before the one in focus: "алдыңғы жылы 236 …")
                d = lay.any_date_before(w)
                if fallback is None and not (d is not None and _BEFORE_FOCUS.search(d.text)):
                    fallback = w
                continue
            return found if found is not None or fallback is None else fallback
    return fallback


def _opens_out_of(lay: Layout, w: Record) -> bool:
    """Whether ``w`` opens its sentence after "Из" ("Из 212 км дорог …")."""
    start = lay.sentences[lay.sentence_index(w)][0]
    # (the word is looked for before the sentence's opening is read: most sentences have none)
    return lay.may_say_within(start, w.start, ("из",)) and lay.leading_words(start, w.start, 2, durations=True) == ["из"]


_BEFORE_FOCUS = re.compile(r"алдыңғы|предыдущ|позапрошл|ранее|раньше", re.IGNORECASE)


def share_claim(lay: Layout, s: Share) -> Claim:
    claimed = as_written(s.percent.text, s.percent.value)
    part = as_written(s.part.text, s.part.value)
    figs = [s.part, s.percent] + ([s.whole] if s.whole is not None else [])
    roles = {"part": s.part, "claimed": s.percent} | ({"whole": s.whole} if s.whole is not None else {})
    if s.whole is None:
        expl = (f"the text says {fmt_number(part.value)} is {fmt_percent(claimed)} of a whole "
                "it does not state nearby — unverifiable")
        return make_claim(lay, "percent_of_total", "unverifiable", expl, figs, s.part, roles,
                      part=s.part.value, whole=None, claimed_percent=s.percent.value, computed_percent=None)
    whole = as_written(s.whole.text, s.whole.value)
    if s.tie == "out_of":
        part, whole = shared_scale(lay, s.part, part, s.whole, whole)
    if part.value > whole.value and claimed.value <= _SHARE_MAX and s.tie != "out_of":
        # "Орташа жалақы 285 мың теңге, облыстық көрсеткіштің 91,9 пайызы (310 мың теңге)": a
        # part above its whole means the two were read the wrong way round; read them the other
        # way, and if that does not hold either, the tie is unsure: never a false alarm (but
        # "45 из 40 (90%)" says which is the whole, and stays flagged)
        s = Share(s.percent, s.whole, s.part, s.tie + "_reversed", s.noun, s.percent_first, s.respectively)
        figs, roles = [s.part, s.percent, s.whole], {"part": s.part, "claimed": s.percent, "whole": s.whole}
        part, whole = whole, part
    bounds = share_bounds(part, whole)
    if bounds is None:
        return make_claim(lay, "percent_of_total", "unverifiable", "the whole is zero — unverifiable", figs, s.part, roles,
                      part=part.value, whole=whole.value, claimed_percent=s.percent.value, computed_percent=None)
    computed = part.value / whole.value * 100
    verdict, note = verdict_of(claimed, bounds, computed)
    said = {"approx": "about ", "at_least": "more than ", "at_most": "at most "}.get(s.percent.qualifier or "", "")
    if s.percent.qualifier in ("at_least", "at_most"):
        # "яғни 60 пайыздан астамы", "более 60%": a bound, which the share must reach (or keep under)
        reached = bounds[1] >= claimed.value if s.percent.qualifier == "at_least" else bounds[0] <= claimed.value
        verdict, note = ("consistent", "") if reached else ("unverifiable", " (the percent is a bound the figures do not reach)")
    elif verdict == "inconsistent" and s.percent.qualifier == "approx":
        # "около 46%" of 45,95% holds; how far "about" may stray the text does not say (and a
        # rough percent is often of a whole looser than the one found: "Тағы 19%-ға жуығы")
        verdict, note = "unverifiable", " (the percent is only approximate)"
    elif verdict == "inconsistent" and s.whole.qualifier == "approx":
        verdict, note = "unverifiable", " (the whole is only approximate)"
    elif verdict == "inconsistent" and s.part.qualifier == "approx":
        verdict, note = "unverifiable", " (the part is only approximate)"
    elif verdict == "inconsistent" and s.tie.endswith("_reversed"):
        verdict, note = "unverifiable", " (read with the part above its whole, the figures were swapped)"
    elif verdict == "inconsistent" and not s.respectively and lay.says_respectively and RESPECTIVELY.search(
            lay.text, *lay.sentences[lay.sentence_index(s.part)]):
        # "800 ер және 1 200 әйел зейнеткер, оның тиісінше 200-і (25%) және 360-ы (30%)": the
        # text pairs lists in order, which this reading may not follow
        verdict, note = "unverifiable", " (the sentence pairs its figures \"respectively\")"
    elif verdict == "inconsistent" and s.group_named:
        verdict, note = "unverifiable", " (the percent names its group in a sentence of its own)"
    elif verdict == "inconsistent" and s.percent_first:
        # "Ставка – 6% годовых, из 400 заявок одобрено 260", "Износ сетей – 70%, из 48 км заменено
        # 6 км": a percent stated before a count out of a whole may measure something else
        verdict, note = "unverifiable", " (the percent, stated first, may measure something else)"
    elif verdict == "inconsistent" and s.tie.startswith("sentence_before") and not _whole_named_by_percent(lay, s):
        verdict, note = "unverifiable", " (the whole is a count of the sentence before, not stated as a total)"
    elif verdict == "inconsistent" and _other_area(lay, s):
        # "62 400 человек, это 5,2% населения области, насчитывающей 1,2 млн жителей. … 46 800
        # человек, или 75% от общей численности жителей района": the whole found is the region's
        verdict, note = "unverifiable", " (the whole found is of another area than the share names)"
    elif verdict == "inconsistent" and s.tie not in ("out_of", "genitive") and _names_another_whole(lay, s):
        # "Из 212 домов 87 требуют ремонта. … отремонтированы 23 дома, что составляет 26,4% от
        # нуждающихся": the percent names a group, which the count found may not be
        verdict, note = "unverifiable", " (the percent names its whole by words the count found does not share)"
    elif verdict == "inconsistent" and s.tie == "named_part":
        # "… в том числе 1 860 – с гипертензией. Доля больных гипертензией – 44,1%": the share
        # names its part by a word of the list, which may be said of another group
        verdict, note = "unverifiable", " (the share names its part by a word of the list before)"
    elif verdict == "inconsistent" and s.tie == "named_genitive":
        # "Облыста 450 мектеп бар. Ауданда мектептердің 24-і (85,7%)": the noun may name the
        # schools of another scope than the count before, so the tie confirms, never flags
        verdict, note = "unverifiable", " (the whole is named, not counted, where the share is)"
    expl = (f"{fmt_number(part.value)} of {fmt_number(whole.value)} is {fmt_number(computed)}%; "
            f"the text says {said}{fmt_percent(claimed)} — {verdict}{note}")
    return make_claim(lay, "percent_of_total", verdict, expl, figs, s.part, roles, part=part.value, whole=whole.value,
                  claimed_percent=s.percent.value, computed_percent=round(computed, 2))


_REGION = re.compile(r"(?<![^\W\d_])(?:област|областн|облыс|регион|өңір|республик|страны|елімізд)", re.IGNORECASE)
_DISTRICT = re.compile(r"(?<![^\W\d_])(?:район|аудан|сельск\w*\s+округ|ауылдық\s+округ|город|қала)", re.IGNORECASE)


# ("от общего числа очередников" names the total: no group of its own, see _FROM_GENERIC)
_FROM_NAMED = re.compile(r"\s*от\s+(?:(?:числа|количества)\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?", re.IGNORECASE)
# words after "от" that name no group of their own: the total, the plan, a level
_FROM_GENERIC = ("общ", "всех", "всего", "план", "потребн", "числ", "колич", "уровн", "прошл", "объем", "объём", "итог")


def _names_another_whole(lay: Layout, s: Share) -> bool:
    m = _FROM_NAMED.match(lay.text, s.percent.end)
    # ("70% от потребности (75 тыс. тонн)": a whole written after the words names them)
    if m is None or m.group(1).lower().startswith(_FROM_GENERIC) or s.whole.start > s.percent.end:
        return False
    named = [w.lower() for w in m.groups() if w]
    # the whole's noun, and the words around it ("Всего пострадали 1 380 человек … от числа пострадавших")
    nouns = [n.lower() for n in (s.whole.unit, *lay.words_before(s.whole, 30)[-3:], *lay.words_after(s.whole, 20)[:2])
             if n]
    return not any(a[:4] == b[:4] for a in named for b in nouns if len(a) >= 4 and len(b) >= 4)


def _whole_named_by_percent(lay: Layout, s: Share) -> bool:
    """"… состоят 1 240 семей. … обеспечены 186 семей, или 17% от общего числа очередников",
    "План вакцинации – 43 000 голов. … привито 28 400 голов, или 66,4% от плана": the percent
    says its whole is the total, or the plan, and the count before is that (of the same noun)."""
    w, p = s.whole, s.percent
    if lay.of_plan(p):
        return lay.is_plan(w)
    # (and the count is the only one of the noun that can be all of them: not with "еще 300
    # семей" counted after it)
    return (bool(_OF_ALL_AFTER.match(lay.text, p.end) or _OF_ALL_BEFORE.search(lay.text, max(0, p.start - 40), p.start))
            and s.part.unit is not None and lay.same_unit(s.part.unit, w.unit)
            and _counts_of_all(lay, s.part, s.part.unit) == [w])


def _area(text: str) -> str | None:
    region, district = bool(_REGION.search(text)), bool(_DISTRICT.search(text))
    return "region" if region and not district else "district" if district and not region else None


def _other_area(lay: Layout, s: Share) -> bool:
    """The share names one area (after its percent: "жителей района") and the whole is
    introduced as another's ("населения области, насчитывающей 1,2 млн")."""
    named = _area(_CLAUSE_END_RE.split(lay.after(s.percent, 60), 1)[0])
    whole = _area(lay.text[max(0, s.whole.start - 40):s.whole.end + 20])
    return named is not None and whole is not None and named != whole


_CLAUSE_END_RE = re.compile(r"[.;!?]\s|[()]")


# -- parts_sum --------------------------------------------------------------------
_REST = tuple(sorted(set(KK["rest"] + RU["rest"]), key=len, reverse=True))
# the first word of each phrase of _REST, less those another holds ("қалған" is in "қалғаны")
_REST_PIECES = tuple(sorted({w for w in (r.split()[0] for r in _REST)
                             if not any(o != w and o in w for o in (r.split()[0] for r in _REST))}))


def rest_claims(lay: Layout, used: set[int]) -> list[Claim]:
    """Shares of one whole listed with no counts and closed by "the rest" ("60% довольны, 25%
    – нет, остальные 15%", "…, қалған 15 пайызы"): the list says the shares make up the
    whole, so they must add up to 100%, within the rounding of each."""
    out = []
    # (most texts, and the words before most percents, hold no word of "the rest": looked
    # for before the words are read; a phrase of _REST read there holds one of _REST_PIECES)
    if not lay.may_say(*_REST_PIECES):
        return out
    for p in lay.figures:
        if p.kind != "percent" or id(p) in used or p.qualifier is not None or p.value_max is not None:
            continue
        if not lay.may_say_within(max(0, p.start - 30), p.start, _REST_PIECES):
            continue
        before = " ".join(lay.words_clause_before(p, 30)[-2:]).lower()
        if not any(before == r or before.endswith(" " + r) for r in _REST):
            continue
        items = [f for f in lay.figures_near(p, sentences=0) if f.end <= p.start]
        while items and items[0].kind != "percent":
            items = items[1:]  # "Из 1 500 опрошенных 60% …": the whole the shares are of
        if not items or any(f.kind != "percent" or f.value_max is not None for f in items):
            continue  # counts, sums or ranges in the sentence: not a plain list of shares
        if any(id(f) in used or f.qualifier is not None for f in items) or len(items) > 8:
            continue
        if any(lay.is_difference(f) for f in items + [p]):
            continue  # "выросла на 5%, остальные отрасли – на 2%": changes, not shares of a whole
        shares = items + [p]
        written = [as_written(f.text, f.value) for f in shares]
        total = sum(w.value for w in written)
        slack = sum(0.5 * 10.0 ** -w.decimals for w in written)
        verdict = "consistent" if abs(total - 100) <= slack + 1e-9 else "inconsistent"
        shown = " + ".join(fmt_percent(w) for w in written)
        expl = (f"{shown} = {fmt_number(total)}%; shares closed by \"the rest\" make up the whole, 100% "
                f"— {verdict}")
        used.update(id(f) for f in shares)
        roles = {f"part{i}": f for i, f in enumerate(shares, 1)}
        out.append(make_claim(lay, "parts_sum", verdict, expl, shares, shares[0], roles,
                              parts=[w.value for w in written], whole=100, computed_sum=total))
    return out



def _coverage(lay: Layout, group: list[Share]) -> bool:
    """Whether the parts are told as what each unit has ("имеют доступ к электросетям",
    "подключены к газу", "газбен қамтылған"), which overlaps, rather than as exclusive states."""
    first, end = lay.sentences[lay.sentence_index(group[0].part)]
    stretch = lay.text[first:end].lower()
    return any(starts_with_stem(w, _COVERAGE) for w in words(stretch)) or any(" " in c and c in stretch
                                                                              for c in _COVERAGE)


def _share_holds(s: Share, whole: Written) -> bool:
    """Whether the share's own percent is its part of the whole, as written."""
    bounds = share_bounds(as_written(s.part.text, s.part.value), whole)
    return bounds is not None and claim_holds(as_written(s.percent.text, s.percent.value), *bounds)


def sum_claims(lay: Layout, shares: list[Share]) -> list[Claim]:
    groups: dict[int, list[Share]] = {}
    for s in shares:
        # (a named group may be nested; a rough or bounding percent adds up to nothing exact; a
        # share tied across sentences or stated before its part may be of a group inside another:
        # "Балалардың 97 пайызы егілді. 2 450 баланың 2 380-і … 1 470 бала емханада …, бұл барлық
        # баланың 60 пайызы")
        if (s.whole is not None and s.percent.qualifier is None and s.part.qualifier is None and not s.percent_first
                and s.tie not in ("named_genitive", "named_part", "named_total", "sentence_before")):
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
        parts_over = sum(p.lo for p in parts) > ww.hi + 1e-9
        shares_over = claimed - slack > 100 + 1e-9
        over = parts_over or shares_over
        verdict = "inconsistent" if over else "consistent"
        note = ""
        if over and whole.qualifier == "approx":
            verdict = "unverifiable"  # an approximate whole confirms, never flags
        elif over and _cross_cutting(lay, [s.part for s in group] + [s.percent for s in group]):
            verdict, note = "unverifiable", "; the text does not say the parts exclude each other"
        elif over and all(_share_holds(s, ww) for s in group) and (
                _coverage(lay, group) or len({lay.sentence_index(s.part) for s in group}) > 1
                or _predicated(lay, [s.part for s in group])):
            # "15 600 домохозяйств; 14 820 (95%) имеют доступ к электросетям, а 11 700 (75%)
            # подключены к газу": each share is right, so the parts overlap, as the text says.
            # So do shares each told in a sentence of its own ("Из 690 автобусов 412 на газе
            # (59,7%). … старше 10 лет – 318, или 46,1%"): a release gives cross-cutting shares
            # of one total; nothing lists them as one partition.
            verdict, note = "unverifiable", "; each share holds, so the parts overlap"
        shown = " + ".join(fmt_number(p.value) for p in parts)
        # say which of the two sums is wrong: the parts, or only the shares written beside them
        shares = f"; the shares add up to {fmt_number(claimed)}%"
        if shares_over and not parts_over:
            shares = f", but the shares add up to {fmt_number(claimed)}%, more than 100%"
        expl = (f"{shown} = {fmt_number(total)}, {'more than' if parts_over else 'within'} the total of "
                f"{fmt_number(ww.value)}{shares} — {verdict}{note}")
        figs = [whole] + [s.part for s in group] + [s.percent for s in group]
        roles = {"whole": whole} | {f"part{i}": s.part for i, s in enumerate(group, 1)}
        out.append(make_claim(lay, "parts_sum", verdict, expl, figs, group[0].part, roles,
                          parts=[p.value for p in parts], whole=ww.value, computed_sum=total))
    return out


# -- parts_sum of a breakdown ----------------------------------------------------------
# "120 предприятий: 80 малых, 30 средних и 10 крупных", "5 млрд теңге бөлінді: 3 млрд теңге
# республикалық бюджеттен, 2 млрд теңге жергілікті бюджеттен": parts listed after a total,
# with no percents, must not add up to more than it.
ALLOCATE = KK["allocate"] + RU["allocate"]
_BREAKDOWN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                           for w in sorted(set(KK["breakdown"] + RU["breakdown"]), key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE)


def find_breakdowns(lay: Layout) -> list[tuple[Record, list[Record]]]:
    """``(whole, parts)`` of each total a sentence opens with and then breaks down.

    Kept to the plain case, where a wrong tie is least likely: the whole is the
    sentence's first figure, one colon or breakdown word opens the list, and the rest
    of the sentence holds no second one (a part's own breakdown, "в том числе 4 млрд
    на ремонт", would be added in otherwise)."""
    out = []
    for i, whole in enumerate(lay.figures):
        # (the first of its clause: none before it there)
        if whole.qualifier not in (None, "approx") or lay.neighbour(whole, -1) is not None:
            continue
        parts = _breakdown_parts(lay, i)
        if len(parts) >= 2:
            out.append((whole, parts))
            continue
        earlier = _whole_of_sentence_opener(lay, i)
        if earlier is not None:
            parts = _listed_parts(lay, earlier, i)
            if len(parts) >= 2:
                out.append((earlier, parts))
    return out


_OPENING_BREAKDOWN = re.compile(
    r"\s*(?:(?:оның|соның|олардың)(?:\s+ішінде)?|из\s+них|из\s+которых|в\s+том\s+числе)\s*[,:–—-]?\s*"
    r"(?:[^\W\d_]+(?:\s+[–—-])?\s+){0,2}\Z", re.IGNORECASE)  # "Оның ішінде дәрігерлер – 186, …"


def _whole_of_sentence_opener(lay: Layout, i: int) -> Record | None:
    """"…, оның 1 830-ы жұмысқа орналастырылды. Оның ішінде 740-ы тұрақты, 1 090-ы уақытша
    …": a sentence opening with a breakdown word lists the parts of the last figure of the
    sentence before (in the same paragraph)."""
    first = lay.figures[i]
    start = lay.sentences[lay.sentence_index(first)][0]
    if not _OPENING_BREAKDOWN.match(lay.text, start, first.start):
        return None
    sent, para = lay.sentence_of(first), lay.paragraph_of(first)
    for j in range(i - 1, max(-1, i - _REACH), -1):
        w = lay.figures[j]
        if lay.sentence_of(w) != sent - 1 or lay.paragraph_of(w) != para:
            return None
        if w.kind != "percent" and not _in_brackets(lay, w) and not _aside(lay, w):
            return w if w.qualifier in (None, "approx") else None
    return None


def _listed_parts(lay: Layout, whole: Record, i: int) -> list[Record]:
    """The figures from ``lay.figures[i]`` to the end of its sentence, when every one is a
    plain part of ``whole`` (percents and bracketed figures aside)."""
    sent = lay.sentence_of(lay.figures[i])
    parts: list[Record] = []
    for f in lay.figures[i:]:
        if lay.sentence_of(f) != sent:
            break
        if parts and lay.sentence_index(f) != lay.sentence_index(parts[-1]):
            break  # "…: 14 – …, 12 – …. Это в 1,6 раза больше": the sentence going on is no item
        if f.kind == "percent" or _in_brackets(lay, f):
            continue
        if f.qualifier is not None or not _part_of(lay, whole, f) or f.value >= whole.value:
            return []  # something else is counted in the list: no plain breakdown
        if parts and (";" in lay.between(parts[-1], f) or lay.sentence_index(f) != lay.sentence_index(parts[-1])):
            # "…, 600 адам; тұрақты жұмысқа орналасқандардың 360-ы", "… 18. Бұл … 20 несиеден
            # 50%-ға көп": the list ended (the sentence a "Бұл" goes on with counts no parts)
            break
        if parts and (_opens_breakdown(lay.between(parts[-1], f)) or ":" in lay.between(parts[-1], f)):
            return []  # a breakdown inside the breakdown
        parts.append(f)
    # "из них 600 – на постоянную работу, а в 2022 году – 750", "…, еще 300 млн предусмотрено на
    # следующий год": parts beyond their total, one dated apart from the first, may be another
    # period's total, so they flag nothing ("в 20 школах …, до конца года – еще в 5" still
    # sums to 25; a list dated item by item, "в 2023 году 40, в 2024 году 45", is by year)
    if len(parts) > 1 and sum(f.value for f in parts) > whole.value and not _dated(lay, parts[0], None) and any(
            _dated(lay, f, prev) for prev, f in zip(parts, parts[1:])):
        return []
    return parts


def _dated(lay: Layout, f: Record, prev: Record | None) -> bool:
    """Whether a date stands in ``f``'s stretch of its list: after ``prev`` (or the clause
    start) and before the next figure or the clause's end."""
    start = prev.end if prev is not None else lay.sentences[lay.sentence_index(f)][0]
    nxt = lay.neighbour(f, +1)
    end = min(nxt.start if nxt is not None else len(lay.text), lay.sentences[lay.sentence_index(f)][1])
    if prev is None:
        start = max(start, _clause_start(lay.text, start, f.start))
        end = min(end, _clause_end(lay.text, f.end, end))
    return lay.dated_within(start, end)


def _clause_start(text: str, lo: int, pos: int) -> int:
    return max([lo] + [text.rfind(c, lo, pos) + 1 for c in ",;:"])


def _clause_end(text: str, pos: int, hi: int) -> int:
    found = [i for i in (text.find(c, pos, hi) for c in ",;:") if i >= 0]
    return min(found) if found else hi


def tie_to_breakdowns(shares: list[Share], breakdowns: list[tuple[Record, list[Record]]]) -> None:
    """A share whose part is an item of a breakdown is a share of its total:
    "98 іс-шара жоспарланды: 61-і (62,2%) орындалды, 15-і (15,3%) …"."""
    whole_of = {id(p): w for w, parts in breakdowns for p in parts}
    for s in shares:
        if s.whole is None and id(s.part) in whole_of:
            s.whole, s.tie = whole_of[id(s.part)], "breakdown"


# "Доля больных гипертензией – 44,1%", "Дәрігерлердің үлесі 12,8%-ті құрайды": a share named by
# the words that label one part of a list just before
_RU_NAMED_SHARE = re.compile(r"(?:доля|удельный\s+вес)((?:\s*,?\s+[^\W\d_]+){1,6}?)\s*,?\s*(?:[–—-]|составляет|составила|составил)?\s*\Z",
                             re.IGNORECASE)
# "Дәрігерлердің үлесі 12,8%", "Алтын медальдар жалпы жүлделердің 27%-ін құрайды"
_KK_NAMED_SHARE = re.compile(r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+(?:үлесі|үлес\s+салмағы|жалпы\s+[^\W\d_]+"
                             r"(?:дың|дің|тың|тің|ның|нің))\s*[–—-]?\s*\Z", re.IGNORECASE)
_NAMED_SHARE_WORD = re.compile(r"(?<![^\W\d_])(?:доля|удельный\s+вес|үлесі|үлес\s+салмағы|жалпы)(?![^\W\d_])", re.IGNORECASE)
_NAMED_SHARE_PIECES = ("доля", "удельный", "үлес", "жалпы")  # a piece of each word _NAMED_SHARE_WORD finds
_LIST_WORDS = {"в", "том", "числе", "с", "из", "них", "на", "оның", "ішінде", "олардың", "соның", "и", "а", "және"}


def named_share_claims(lay: Layout, breakdowns: list[tuple[Record, list[Record]]], used: set[int]) -> list[Claim]:
    """Shares of a part of a list, named by the part's label in a sentence of their own:
    "На учёте 4 215 человек, в том числе 1 860 – с гипертензией, 640 – с диабетом. Доля
    больных гипертензией – 44,1%". Only one part may carry the word; the tie confirms,
    never flags (the share may be of another group the word also names)."""
    # (most articles name no share so: the lists of one part are looked for only when one does)
    if not lay.may_say(*_NAMED_SHARE_PIECES) or not _NAMED_SHARE_WORD.search(lay.text):
        return []
    out = []
    for whole, parts in breakdowns + _single_parts(lay, breakdowns):
        last = lay.sentence_index(parts[-1])
        at = lay.index[id(parts[-1])] + 1
        for p in lay.figures[at:at + 3]:
            if (p.kind != "percent" or id(p) in used or not lay.sentence_index(p) - last in (0, 1)
                    or p.value > _SHARE_MAX or not lay.claim_percent(p) or lay.is_compared(p)):
                continue
            lo = lay.sentences[lay.sentence_index(p)][0]
            before = lay.text[max(lo, p.start - 80):p.start]
            m = _RU_NAMED_SHARE.search(before) or _KK_NAMED_SHARE.search(before)
            if m is None:
                continue
            named = [w for w in words(m.group(1)) if len(w) >= 5]
            labelled = [part for part in parts if _labelled_by(lay, part, named)]
            if len(labelled) != 1:
                continue
            used.add(id(p))
            out.append(share_claim(lay, Share(p, labelled[0], whole, "named_part")))
    return out


def _single_parts(lay: Layout, breakdowns: list[tuple[Record, list[Record]]]) -> list[tuple[Record, list[Record]]]:
    """"129 наград, из них 38 золотых медалей": a whole and the one part counted "of them",
    the last figure of its sentence (a list of one no breakdown holds)."""
    listed = {id(p) for _, parts in breakdowns for p in parts}
    out = []
    for f in lay.figures:
        if f.kind == "percent" or id(f) in listed or f.qualifier is not None or not lay.starts_with_of_them(f):
            continue
        w, nxt = lay.neighbour(f, -1), lay.neighbour(f, +1)
        if (nxt is None and w is not None and w.kind != "percent" and w.qualifier in (None, "approx")
                and w.value > f.value and (lay.compatible(w, f) or _counts(w, f))):
            out.append((w, [f]))
    return out


def _labelled_by(lay: Layout, part: Record, named: list[str]) -> bool:
    """Whether a word of the clause around ``part`` (the list item: from the comma, colon
    or breakdown word before it to the comma after it) shares a stem with one in ``named``."""
    lo = lay.sentences[lay.sentence_index(part)][0]
    prev = lay.neighbour(part, -1)
    start = _clause_start(lay.text, max(lo, prev.end if prev is not None else lo), part.start)
    nxt = lay.neighbour(part, +1)
    end = _clause_end(lay.text, part.end, nxt.start if nxt is not None else lay.sentences[lay.sentence_index(part)][1])
    label = [w for w in words(lay.text[start:part.start] + " " + lay.text[part.end:end]) if w not in _LIST_WORDS]
    return any(w[:5] == n[:5] for w in label if len(w) >= 5 for n in named)


def breakdown_claims(lay: Layout, shares: list[Share], breakdowns: list[tuple[Record, list[Record]]]) -> list[Claim]:
    """``parts_sum`` of each breakdown whose total no share claim already sums."""
    tied = {id(s.whole) for s in shares if s.whole is not None}
    return [_breakdown_claim(lay, w, parts) for w, parts in breakdowns if id(w) not in tied]


def _breakdown_parts(lay: Layout, i: int) -> list[Record]:
    """The parts listed right after ``lay.figures[i]`` when the text opens a breakdown there."""
    whole = lay.figures[i]
    if whole.kind == "percent" or i + 1 >= len(lay.figures):
        return []
    first = lay.figures[i + 1]
    if lay.neighbour(whole, +1) is not first:  # (the next figure is of another clause)
        return []
    if _opener(lay, whole, first) is None:
        return []
    return _listed_parts(lay, whole, i + 1)


# (compiled once: _opener runs on every figure a list may open after)
_STOP_OR_BRACKET = re.compile(r"[.;!?()]")
_IN_THAT_NUMBER = re.compile(r"т\.\s?ч\.")
_WORDS_THEN_DASH = re.compile(r"\s*[^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[^\W\d_]+)?\s+[–—]\s*")
_COMMA_OR_COLON = re.compile(r"[,:;]")


def _opener(lay: Layout, whole: Record, first: Record) -> str | None:
    """How the list after ``whole`` is opened: ``"colon"``, ``"word"`` ("в том числе",
    "оның ішінде") or ``"whole"`` ("Из 38 школ 30 …, 8 – …", "38 мектептің 30-ы …, 8-і …",
    where nothing says the parts do not overlap); None when no list opens there."""
    gap = lay.between(whole, first)
    if _STOP_OR_BRACKET.search(_IN_THAT_NUMBER.sub("", gap.split(":")[-1])):
        return None  # (but "в т.ч." is a breakdown word, its dots no sentence end)
    head, colon, _ = gap.partition(":")
    if not colon and (whole.kind == "number" or whole.kind == "quantity" and lay.compatible(whole, first)) \
            and _WORDS_THEN_DASH.fullmatch(gap):
        # "286 медалей – 94 золотые, 88 серебряных и 104 бронзовые", "3 400 тонн кормов – 2 100 тонн
        # сена и 1 300 тонн сенажа", "… жем-шөп дайындады – …": a dash as a colon
        head, colon = gap, ":"
    by_colon = colon and len(words(head)) <= 4 and "(" not in head
    if by_colon and whole.kind == "money" and not _allocated(lay, whole):
        by_colon = False  # "бюджет — 12 млрд тенге: доходы 7 млрд, расходы 8 млрд" splits nothing
    if by_colon:
        return "colon"
    if _opens_breakdown(gap):
        return "word"
    if not _COMMA_OR_COLON.search(gap) and len(lay.words_in(whole.end, first.start)) <= 2 and (
            lay.out_of(whole) and not lay.words_before(whole, 60)[:-2]
            or ends_with_suffix((whole.text + gap).split()[-1], KK["genitive"]) and _possessive(first)):
        return "whole"
    return None


def _allocated(lay: Layout, whole: Record) -> bool:
    """Whether the sentence says the sum was allocated ("бөлінді", "выделено") up to the list."""
    start = lay.sentences[lay.sentence_index(whole)][0]
    stretch = words(lay.text[start:lay.text.find(":", whole.end)])
    return any(starts_with_stem(w, ALLOCATE) for w in stretch)


# "оның 400-і …, олардың 150-і": "of them" after a part points into that part
_OF_THOSE = re.compile(r"(?<![^\W\d_])(?:олардың|из\s+них|из\s+которых|среди\s+них)(?![^\W\d_])", re.IGNORECASE)
# the last word of each phrase of _BREAKDOWN and _OF_THOSE, lower-case: any match holds one
_BREAKDOWN_PIECE = re.compile("|".join(sorted(
    {re.escape(w.split()[-1]) for w in KK["breakdown"] + RU["breakdown"]} | {"олардың", "них", "которых"})))


def _opens_breakdown(gap: str) -> bool:
    if not _BREAKDOWN_PIECE.search(gap.lower()) and not _ODD_CYRILLIC_CASES.search(gap):
        return False  # (most gaps: no word of the two patterns, which took ~3 µs to tell)
    return _BREAKDOWN.search(gap) is not None or _OF_THOSE.search(gap) is not None


def _aside(lay: Layout, w: Record) -> bool:
    """``w`` stands in brackets after a figure of the same measure, which it sets beside
    another period's or the plan's value ("100 отбасы баспана алды (былтыр – 80 отбасы)",
    "200 адам (жоспар – 250 адам)"): the count after it is a part of that figure, not of ``w``."""
    opening = lay.text.rfind("(", max(0, w.start - 60), w.start)
    if opening < 0 or ")" in lay.text[opening:w.start]:
        # "960 млн теңге бөлінді, бұл өткен жылғы 800 млн теңгеден 20 пайызға көп. Оның …": a
        # past value a level of the same measure is compared with, before it in the sentence
        # ("31 500 голов против 30 000 годом ранее", "1 375 детей, в прошлом – 1 250", "бір
        # жыл бұрынғы 30 000 бастан 5%-ға көп": the base a level is set against)
        prev = lay.neighbour(w, -1, skip_percent=True)
        return (prev is not None and (lay.dated_earlier(w) or _set_against(lay, w)) and lay.compatible(prev, w)
                and lay.sentence_of(prev) == lay.sentence_of(w) and not lay.dated_earlier(prev))
    # ("…, что на 10% больше, чем год назад (1 250)": past the percent of the comparison)
    prev = lay.neighbour(w, -1, skip_percent=True)
    return (prev is not None and prev.end <= opening and prev.kind != "percent" and lay.compatible(prev, w)
            and lay.sentence_of(prev) == lay.sentence_of(w))


_AGAINST_LEAD = re.compile(r"(?<![^\W\d_])(?:против|в\s+прошлом|бұрынғы|былтырғы|өткен\s+жылғы|годом\s+ранее)"
                           r"(?:\s+[^\W\d_]+)?\s*[–—-]?\s*\Z", re.IGNORECASE)
_AGAINST_TAIL = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:годом\s+ранее|в\s+прошлом\s+году|год\s+назад|бір\s+жыл\s+бұрын"
                           r"|болған\s+(?:өткен|алдыңғы)\s+жыл)", re.IGNORECASE)


def _set_against(lay: Layout, w: Record) -> bool:
    """``w`` is an earlier value a level is compared with: after "против", "в прошлом –",
    "бір жыл бұрынғы", or followed by "годом ранее", "в прошлом году"."""
    return bool(_AGAINST_LEAD.search(lay.text, max(0, w.start - 30), w.start) or _AGAINST_TAIL.match(lay.text, w.end))


def _in_brackets(lay: Layout, f: Record) -> bool:
    before = lay.text[max(0, f.start - 60):f.start]
    return before.rfind("(") > before.rfind(")")


def _part_of(lay: Layout, whole: Record, part: Record) -> bool:
    """A part measures what its whole measures: the same kind and unit, or a count whose
    noun was left out or is an adjective ("80 малых", "30 средних")."""
    if lay.compatible(whole, part):
        return True
    # "1 240 субъектов МСБ, в т.ч. 980 ИП, 210 ТОО …": kinds of a whole counted by a generic noun
    # ("в том числе дәрігерлер – 186, мейірбикелер – 742": an item labelled by its own noun)
    return _counts(whole, part) and (part.unit is None or part.unit.endswith(_ADJECTIVAL)
                                     or whole.unit is not None and whole.unit.lower().startswith(_CATEGORY_NOUNS)
                                     or _DASH_LABEL.search(lay.text, max(0, part.start - 40), part.start) is not None)


_CATEGORY_NOUNS = tuple(KK["category"] + RU["category"])
_DASH_LABEL = re.compile(r"[^\W\d_]{3,}\s*[–—-]\s*\Z")
_IN_BEFORE = re.compile(r"(?<!\w)(?:в|во)\s+\Z", re.IGNORECASE)
_KK_LOCATIVE = re.compile(r"\d-?(?:[ыі]?н)?(?:да|де|та|те)$")
_WITH_AFTER = re.compile(r"\s*(?:[–—-]\s*)?(?:с|со)\s", re.IGNORECASE)


_TRAITS = [(trait, tuple(stems)) for words_ in (KK["person_traits"], RU["person_traits"])
           for trait, stems in words_.items()]


def _cross_cutting(lay: Layout, parts: list[Record]) -> bool:
    """Whether the parts count people by different traits ("1 080-і жастар, 900-і әйелдер",
    "1 080 молодых людей, 900 женщин"): such groups overlap, nothing says they exclude each other."""
    traits = set()
    for p in parts:
        # the words after it, and those opening its clause ("с высшим образованием – 3 570")
        near = lay.words_after(p, 24)[:2] + lay.words_clause_before(p, 30)[-3:]
        for w in near + ([p.unit.lower()] if p.unit else []):
            traits.update(t for t, stems in _TRAITS if any(w == s or len(s) > 3 and w.startswith(s) for s in stems))
    return len(traits) > 1


_KK_WITH_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]+(?:мен|пен|бен)(?![^\W\d_])", re.IGNORECASE)


def _covered_with(lay: Layout, parts: list[Record]) -> bool:
    """"оның 1 200-і газбен, 900-і су құбырымен, 400-і кәрізбен қамтылған": the parts are the
    units covered with each service, which overlap (a verb of coverage in the sentence)."""
    if not all(_KK_WITH_AFTER.match(lay.text, p.end) for p in parts):
        return False
    first, end = lay.sentences[lay.sentence_index(parts[-1])]
    return any(starts_with_stem(w, _COVERAGE) for w in lay.words_in(first, end))


def _where(lay: Layout, part: Record) -> bool:
    """"в 30 есть спортзал", "30 со спортзалом", "30-ында спортзал бар": a part counted as
    the things that have something, which may overlap another such part."""
    return bool(_IN_BEFORE.search(lay.text, max(0, part.start - 4), part.start) or _KK_LOCATIVE.search(part.text.lower())
                or _WITH_AFTER.match(lay.text, part.end))


_LABEL_AFTER = re.compile(r"\s*[–—-]\s*[^\W\d_]")


_LABEL_BEFORE = re.compile(r"([^\W\d_][^\d,;:()]{0,60}?)\s*[–—-]\s*\Z")
_LABEL_AFTER_WORDS = re.compile(r"\s*[–—-]\s*([^\d,;:().]{1,60})")
_KK_NOMINAL_PARTICIPLE = re.compile(r"(?:ған|ген|қан|кен)(?:ы|і|дар|дер|тар|тер|дары|дері)$")
_LOCATIVE_LABEL = re.compile(r"(?:да|де|та|те|нда|нде)$")
_GROUP_TRAITS = [stems for trait, stems in _TRAITS if trait in ("sex", "age")]


_RECEIVED_KK = frozenset(KK["received"])
_RECEIVED_STEMS = tuple(w for w in KK["received"] if len(w) > 5) + RU["received"]  # ("алды" is no stem: "алдыңғы")


def _predicated(lay: Layout, parts: list[Record]) -> bool:
    """Counts told by what each received, did or has: "из них 50 получили субсидии, 45 – льготные
    кредиты", "800 получили консультации, 600 трудоустроены", "олардың 50-і субсидия, 45-і
    несие алды". A farmer may get both, so nothing says such parts exclude each other; parts
    told by kind ("26 общеобразовательных, 5 малокомплектных", "50 мужчин, 30 женщин") or by
    the state of one thing ("90 выполнено, 40 не начато") do, and so do sums of money spent."""
    if any(p.kind != "number" for p in parts):
        return False
    for p, nxt in zip(parts, parts[1:] + [None]):
        hi = lay.sentences[lay.sentence_index(p)][1]
        end = _clause_end(lay.text, p.end, min(hi, nxt.start) if nxt is not None and nxt.start > p.end else hi)
        if any(w in _RECEIVED_KK or starts_with_stem(w, _RECEIVED_STEMS) or starts_with_stem(w, _COVERAGE)
               for w in (w.rstrip(".") for w in words(lay.text[p.end:end]))):
            return True
    return False


def _labelled(lay: Layout, parts: list[Record]) -> bool:
    """Parts given with labels by a dash whose groups may overlap: people by sex or age among
    other groups ("әйелдер – 1 120, дәрігерлер – 186", "1 120 – женщины, 186 – врачи"), homes
    by what they have ("газдандырылғаны – 600, интернетке қосылғаны – 520"), or a place among
    kinds ("алтын – 58, жасөспірімдер жарысында – 120, күміс – 66")."""
    labels = []
    for p in parts:
        m = _LABEL_BEFORE.search(lay.text, max(0, p.start - 60), p.start) or _LABEL_AFTER_WORDS.match(lay.text, p.end)
        if m is None:
            return False
        labels.append([w for w in words(m.group(1)) if w not in _LIST_WORDS])
    if any(ws and _KK_NOMINAL_PARTICIPLE.search(ws[-1]) for ws in labels):
        return True
    # (a trait as the group itself, "женщины", not an adjective of another, "молодежную практику")
    traited = [bool(ws) and any(ws[-1].startswith(st) for stems in _GROUP_TRAITS for st in stems if len(st) > 2)
               for ws in labels]
    if any(traited) and not all(traited):
        return True
    located = [bool(ws) and _LOCATIVE_LABEL.search(ws[-1]) is not None for ws in labels]
    return any(located) and not all(located)


def _breakdown_claim(lay: Layout, whole: Record, parts: list[Record]) -> Claim:
    ww = as_written(whole.text, whole.value)
    written = [as_written(p.text, p.value) for p in parts]
    # "120 из 200 млн" shares the whole's scale; a bare part that would then outgrow the
    # whole keeps its own ("15 мың отбасы, оның 2,3 мыңы …, 450-і …": 450, not 450 000)
    written = [scaled if scaled.value <= ww.value else pw
               for scaled, pw in ((shared_scale(lay, p, pw, whole, ww)[0], pw) for p, pw in zip(parts, written))]
    total = sum(p.value for p in written)
    over = sum(p.lo for p in written) > ww.hi + 1e-9
    verdict = "inconsistent" if over else "consistent"
    note = "" if over or total <= ww.value + 1e-9 else " (within the rounding of the figures)"
    if over and whole.qualifier == "approx":
        verdict = "unverifiable"  # an approximate whole confirms, never flags
    elif over and (_opener(lay, whole, parts[0]) == "whole" or any(_where(lay, p) for p in parts)
                   or _cross_cutting(lay, parts) or _covered_with(lay, parts) or _labelled(lay, parts)
                   or _predicated(lay, parts)):
        # "Из 38 школ в 30 есть спортзал, в 25 – столовая", "45 школ, из них в 30 …, в 25 …":
        # nothing says the parts exclude each other, so more than the whole may be right
        verdict, note = "unverifiable", "; the text does not say the parts exclude each other"
    shown = " + ".join(fmt_number(p.value) for p in written)
    expl = (f"{shown} = {fmt_number(total)}, {'more than' if over else 'within'} the total of "
            f"{fmt_number(ww.value)} — {verdict}{note}")
    roles = {"whole": whole} | {f"part{i}": p for i, p in enumerate(parts, 1)}
    return make_claim(lay, "parts_sum", verdict, expl, [whole, *parts], parts[0], roles,
                      parts=[p.value for p in written], whole=ww.value, computed_sum=total)
