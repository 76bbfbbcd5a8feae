"""How the text ties figures together: the structures a claim check may rely on.

Each rule reads the words between two figure records, never their values, so a
whole is never picked because it makes a claim come out consistent. A tie that no
rule here recognises gives no check.
"""
from __future__ import annotations

import bisect
import functools
import inspect
import math
import operator
import re

from extractors.claims import SCALE_WORD, any_piece_pattern
from extractors.lang.kk.check_words import CHECK_WORDS as KK
from extractors.lang.kk.qualifiers import QUALIFIERS as KK_QUALIFIERS
from extractors.lang.ru.check_words import CHECK_WORDS as RU
from extractors.records import FIGURE_KINDS, Record
from extractors.regex_starts import ODD_CYRILLIC_CASES
from extractors.sentences import ABBREVIATIONS

# Articles mix the two languages (quotes, names), and find_checks is not told the
# language: the word lists are distinct enough to use together.
RESTATE = tuple(sorted(set(KK["restate"] + RU["restate"]), key=len, reverse=True))
# the last word of each phrase of RESTATE: restated() finds a phrase only in a gap holding one
# (lower-cased, "ё" read as "е", as it reads the gap)
_RESTATE_LAST_WORDS = tuple(sorted({ph.split()[-1] for ph in RESTATE}))
OF_THEM = tuple(sorted(set(KK["of_them"] + RU["of_them"]), key=len, reverse=True))
PLAN = frozenset(KK["plan"] + RU["plan"])
# the "of them" phrases as their words, by how many words they have
_OF_THEM_BY_LENGTH: dict[int, frozenset[tuple[str, ...]]] = {
    n: frozenset(tuple(ph.split()) for ph in OF_THEM if len(ph.split()) == n) for n in sorted({len(ph.split()) for ph in OF_THEM})}
_OF_THEM_LAST_WORDS = tuple({ph.split()[-1] for ph in OF_THEM})
# a word any "of them" phrase holds, looked for before the phrases themselves
_OF_THEM_HINT = re.compile("|".join(sorted({re.escape(w) for ph in OF_THEM for w in ph.split()[-1:]}, key=len, reverse=True)),
                           re.IGNORECASE)
# a plan word after its figure: "200 млн теңге жоспардың орнына", "40 млрд по плану",
# "2,4 млрд жоспар болса, 2,48 млрд түсті", "2,4 млрд жоспарға қарсы 2,48 млрд"
PLAN_AFTER = [["жоспардың", "орнына"], ["жоспар", "бойынша"], ["жоспар", "болса"], ["жоспарға", "қарсы"],
              ["по", "плану"]]
# "40 млрд теңге жоспарланып", "при запланированных 40 млрд": an amount planned, next to it
# "8,5 млрд теңге жоспарға 8,6 млрд теңге түсті", "60 мың тонна жоспарға 66 мың тонна": the
# figure before "жоспарға" is the plan, the one after it the actual
# ("500 тонна жоспарға қарсы 520 тонна": "against a plan of")
_FIGURE_THEN_PLAN = re.compile(r"\d[^\W\d_]*\.?(?:\s+[^\W\d_]+\.?){0,2}\s+жоспарға(?:\s+қарсы)?\s+\Z", re.IGNORECASE)
_PLAN_THEN_FIGURE = re.compile(r"(?:\s+[^\W\d_]+\.?){0,2}?\s+жоспарға(?:\s+қарсы)?\s+\d", re.IGNORECASE)
# ("требуется 652", "қажет 40": what is needed is measured against as a plan is)
PLANNED = ("жоспарлан", "көздел", "запланирован", "предусмотрен", "требуется", "требуются", "требовалось")
# A count with the action planned between: "планировалось трудоустроить 1 800 человек",
# "1 800 адамды жұмысқа орналастыру жоспарланған" (a plain "жоспарланған 98 іс-шара" is a total).
PLANNED_VERB = ("планировал", "планирует", "запланирова", "жоспарлан", "көздел")
RISE = KK["rise"] + RU["rise"]
ADDITIVE = frozenset(KK["additive"] + RU["additive"])
FALL = KK["fall"] + RU["fall"]
REACH = KK["reach"] + RISE + FALL
RISE_OR_FALL = RISE + FALL  # (made once: the tests near every percent joined them per word)
_RISE_OR_FALL_STEM = any_piece_pattern(RISE_OR_FALL)
FULFIL = KK["fulfil"] + RU["fulfil"]
TOTAL = KK["total"] + RU["total"]
TOTAL_NAME = KK["total_name"] + RU["total_name"]
# Between two items of a list: a comma or "and" ("120 и 60", "10 және 12", "5, 10").
LIST_LINK = re.compile(r"\s*(?:,|и|және|мен|пен|бен)\s*", re.IGNORECASE)
# "соответственно", "тиісінше": two lists paired in order
RESPECTIVELY_WORDS = tuple(KK["respectively"] + RU["respectively"])
RESPECTIVELY = re.compile(r"(?<![^\W\d_])(?:" + "|".join(KK["respectively"] + RU["respectively"]) + r")(?![^\W\d_])",
                          re.IGNORECASE)
_PEOPLE = frozenset(KK["people"] + RU["people"])
_PERSON_NOUNS = frozenset(KK["person_nouns"] + RU["person_nouns"])
_ANIMALS = frozenset(KK["animals"] + RU["animals"])
USE = KK["use"] + RU["use"]
PARTICIPLE = KK["participle"] + RU["participle"]
COMPARE_KK = KK["compare"]
COMPARE_RU = RU["compare"]
_COMPARE_RU_SET = frozenset(COMPARE_RU)
_COMPARE_RU_THEN_WORD = tuple(c + " " for c in COMPARE_RU)  # (one C call for all of them)
# a word right before a percent that makes it a comparison: "… салыстырғанда 105%"
_COMPARED_WITH = ("салыстырғанда", "қарағанда", "сравнению", "относительно")

# The rate or share a restated part makes, named after the restating word: "яғни
# жұмыссыздық деңгейі", "то есть уровень безработицы составил", "или доля".
_RATE_NAMED = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:деңгейі|үлесі)$|\s+қамту$"
    r"|(?<=бұл)\s+[^\W\d_]+(?:лік|лық)(?:тің|тың)$"  # "бұл қажеттіліктің 80 пайызы": of the need
    # "бұл ересек тұрғындардың 68 пайызы": of a whole named, not counted
    r"|(?<=бұл)(?:\s+[^\W\d_]+)?\s+[^\W\d_]+(?:лар|лер|дар|дер|тар|тер)(?:дың|дің)$"
    r"|(?<=бұл)\s+жалпы\s+(?:санның|көлемнің|соманың)$"  # "бұл жалпы санның 25 пайызы": of the total
    r"|(?<=бұл)\s+(?:барлық|жалпы)\s+[^\W\d_]+(?:дың|дің|тың|тің|ның|нің)$"  # "бұл барлық өтінімнің": of all of them
    r"|(?<=бұл)\s+[^\W\d_]+(?:ған|ген|қан|кен)\s+[^\W\d_]+(?:дың|дің|тың|тің|ның|нің)$"  # "бұл тексерілген малдың"
    r"|\s+(?:уровень|доля|охват)(?:\s+[^\W\d_]+)?(?:\s+(?:составил[аои]?|составляет))?$")
# a word every branch of _RATE_NAMED holds (it reads lower-case text)
_RATE_NAMED_PIECES = ("деңгейі", "үлесі", "қамту", "бұл", "уровень", "доля", "охват")
_CHANGE_IN_BRACKETS = re.compile(r"\(\s*((?:[^\W\d_]+\s*[-–—:]?\s*){1,2})$")
_COMMA_LEAD = 8  # words a figure may be followed by before ", или" / ", бұл" restates it
_WORD = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*\.?")
_POSSESSIVE_DATIVE = ("ына", "іне")  # "78,4 пайызына": its share, in the dative
# Words of difference a Kazakh percent's span ends with ("15 пайызға артық").
_DIFFERENCE_WORDS = frozenset(KK_QUALIFIERS.get("difference", ()))
_RU_GENITIVE_PLURAL_ADJECTIVE = ("ых", "их")  # "из выделенных 2,1 млрд"
_RU_PERCENT_WORDS = frozenset(("процента", "процентов", "проценту", "процентам"))  # no Kazakh datives
# The dot of an abbreviation inside a sentence ends no clause ("800 чел. – на …", "12 тыс. (54%)").
# (lower-case, as the abbreviations are written; a capital after the dot starts a sentence)
_ABBREVIATION_DOT = re.compile(
    r"((?<![^\W\d_])(?:%s))\.(?=\s+[a-zа-яёәғқңөұүһі]|\s*[–—(])" % "|".join(
        re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True)))
# Punctuation that closes a clause: no tie crosses it.
_CLAUSE_END = re.compile(r"[;:!?…]|\.\s")
# a clause end or a digit, in one search (gap_words tests every gap for either)
_CLAUSE_END_OR_DIGIT = re.compile(r"[;:!?…\d]|\.\s")
_CLAUSE_BREAK = re.compile(r"[,;:]|\.\s")
_BRACKET_AHEAD = re.compile(r"^\s*\([^()\d]{0,6}\d[^()]{0,12}\)")


# Present and past plural of Russian verbs: "работают", "действуют", "получили", "обратились".
_RU_PLURAL_VERB = ("ют", "ят", "ются", "ятся", "ли", "лись")
# "80 пайызы", "15%-ы": a share of something, never "80% higher".
_KK_POSSESSIVE = ("ы", "і", "сы", "сі")


def words(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def _gap_words(gap: str) -> list[str] | None:
    """:meth:`Layout.gap_words`, read afresh."""
    if "." in gap:
        gap = _ABBREVIATION_DOT.sub(r"\1 ", gap)  # "800 чел. – на постоянную работу (66,7%)"
    if _CLAUSE_END_OR_DIGIT.search(gap):
        return None
    return words(gap)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("ё", "е").split())


def ends_with_suffix(word: str, suffixes: tuple[str, ...]) -> bool:
    word = word.lower().rstrip(".,")
    if not word.endswith(tuple(suffixes)):
        return False  # (most words: none of the suffixes, found in one C call)
    return any(word.endswith(s) and len(word) > len(s) for s in suffixes)


def starts_with_stem(word: str, stems: tuple[str, ...]) -> bool:
    return word.startswith(tuple(stems))  # one C call for all stems: this runs on every word near a figure


# Words that begin as a verb of change does and are none: "өсіру" (to grow a crop), "өсімдік"
# (a plant), "артық" (more, a comparison of its own), "артист"
_NOT_CHANGE = ("өсір", "өсімдік", "артист", "артел")


def verb_direction(ws: list[str]) -> str | None:
    """"fall" or "rise" when one of ``ws`` is a verb of change ("снизился", "өсті"), a fall first."""
    if any(starts_with_stem(w, FALL) for w in ws):
        return "fall"
    if any(starts_with_stem(w, RISE) and not w.startswith(_NOT_CHANGE) for w in ws):
        return "rise"
    return None


_CONTINUES = [(frozenset(words_[0]), words_[1]) for words_ in (KK["continues"], RU["continues"])]


_OPENER_LETTERS = frozenset(w[0] for openers, _ in _CONTINUES for w in openers)
# "В 2023 году 120 браков. В 2024 году этот показатель вырос до 150, или на 25%": a sentence
# naming "this indicator" in its first words goes on with the count of the one before.
_INDICATOR_HEAD = re.compile(
    r"\W*(?:\S+\s+){0,3}(?:%s)(?![^\W\d_])" % "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(KK["this_indicator"] + RU["this_indicator"],
                                                          key=len, reverse=True)),
    re.IGNORECASE)


# a group in the genitive plural, or a participle and a noun in the genitive: "кезектегілердің",
# "түскен өтініштердің", "тексерілген малдың"
_KK_OF_GROUP = re.compile(r"[^\W\d_]+(?:лар|лер|дар|дер|тар|тер)(?:дың|дің)\b"
                          r"|[^\W\d_]+(?:ған|ген|қан|кен)\s+[^\W\d_]+(?:дың|дің|тың|тің|ның|нің)\b")


_SENTENCE_THEN_OPENER = re.compile(
    rf"[.!]\s+(?=(?:{'|'.join(w for openers, _ in _CONTINUES for w in openers)})(?:\s+(?:{_KK_OF_GROUP.pattern}))?(?:\s*[–—-])?\s*\Z)",
    re.IGNORECASE)


# "Это 46% всех читателей", "Это около 46% …", "Бұл шамамен 46 пайыз": the opener, then its figure
_OPENER_THEN_FIGURE = re.compile(r"\s*\S+\s+(?:[–—-]\s+)?(?:(?:около|почти|примерно|порядка|более|свыше|шамамен|шамасы)\s+)?\d",
                                 re.IGNORECASE)  # ("Бұл – 73,8 пайыз")


def _continues(head: str) -> bool:
    """A sentence opening "Это на …", "Бұл өткен жылғы …": it restates the figures of the
    sentence before, so both are one clause for the ties of a claim."""
    if head.lstrip()[:1].lower() not in _OPENER_LETTERS:
        return False  # most sentences: no opener, no word split
    ws = words(head)[:2]
    if len(ws) < 2 and not (ws and _OPENER_THEN_FIGURE.match(head)):
        return False
    if ws[0] == "бұл" and _KK_OF_GROUP.match(" ".join(words(head)[1:3])):
        return True  # "Бұл түскен өтініштердің 62,4 пайызы": of a group just counted
    for openers, after in _CONTINUES:
        # (a short word, "на", "в", must be the whole word: "важный" is no "в")
        if ws[0] in openers and (len(ws) < 2 or _OPENER_THEN_FIGURE.match(head) or ws[1] in after
                                 or starts_with_stem(ws[1], tuple(w for w in after if len(w) > 2))):
            return True
    return False


# The last word of each "this indicator" phrase, where the text holds one found once: a
# sentence's head is matched against _INDICATOR_HEAD only with one of them in its reach, as
# most sentences have none and the pattern tried its phrases after each of the first words.
_INDICATOR_LAST_WORDS = tuple(sorted({ph.split()[-1] for ph in KK["this_indicator"] + RU["this_indicator"]}))
_HEAD_REACH = 60  # how much of a sentence's head _continues and _INDICATOR_HEAD read
# an abbreviation is at most this long: a longer last word, as most sentences end with, is none
_LONGEST_ABBREVIATION = max(len(a) for a in ABBREVIATIONS)
_SPACE = re.compile(r"\s")


_PARAGRAPH_BREAK = re.compile(r"\n(?![ \t]*(?:\d{1,2}[.)]|[—–•*-])[ \t])")


_DIGIT = re.compile(r"\d")
# (patterns of the tests run on every gap between figures, compiled once: re's cache
# lookup for a pattern given as a string cost more than many of the searches)
_RESTATE_PUNCTUATION = re.compile(r"[,–—()\-]")
_OF_THEM_PUNCTUATION = re.compile(r"[,–—()«»\"“”„]")
_INSIDE_WORD = re.compile(r"\s+ішінде\b")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_OPENING_BRACKET = re.compile(r"\s*\(\s*")


# "6,1 на 10 тыс. жителей", "10 мың тұрғынға шаққанда": the base of a rate per head of
# population, which measures nothing itself and lends no scale to the rate beside it
_PER_BASE_RU = re.compile(r"(?<![^\W\d_])на\s+\Z", re.IGNORECASE)
_PER_HEAD_RU = re.compile(r"[^.;!?\n]{0,12}?(?:жител|населени)", re.IGNORECASE)
_PER_HEAD_KK = re.compile(r"\s*[^\W\d_]*\s+шаққанда", re.IGNORECASE)


# "с 8,0 до 7,2 на 1 000 человек", "21,4 на 1 000 родившихся живыми": a round base right after a rate
_RATE_THEN_BASE_RU = re.compile(r"\d\s+на\s+\Z", re.IGNORECASE)


def _per_capita_base(text: str, r: Record, per_head_kk: bool = True) -> bool:
    """Whether ``r`` is the base of a rate per head of population; ``per_head_kk`` false when
    the text cannot hold "шаққанда" (the Kazakh pattern is then not tried at each number)."""
    if r.kind != "number":
        return False
    if _PER_BASE_RU.search(text, max(0, r.start - 4), r.start) and _PER_HEAD_RU.match(text, r.end):
        return True
    if (isinstance(r.value, (int, float)) and r.value >= 100 and math.log10(r.value).is_integer()
            and _RATE_THEN_BASE_RU.search(text, max(0, r.start - 8), r.start)):
        return True
    return per_head_kk and bool(_PER_HEAD_KK.match(text, r.end))


_BASE_NOUN_AFTER = re.compile(r"\s*[^\W\d_]+")


def _base_phrase(text: str, r: Record) -> tuple[int, int]:
    on = _PER_BASE_RU.search(text, max(0, r.start - 4), r.start)
    noun = _BASE_NOUN_AFTER.match(text, r.end)
    return (on.start() if on else r.start), (noun.end() if noun else r.end)


def _fraction_in_words(r: Record) -> bool:
    return r.kind == "number" and isinstance(r.value, (int, float)) and r.value < 1 and not _DIGIT.search(r.text)

def _possessive_of(word: str, noun: str) -> bool:
    """"орны" of "орын", "мұрны" of "мұрын": a noun in "-ын/-ін/-ұн/-үн" drops its vowel before
    the possessive "-ы/-і" (or the word is the noun itself)."""
    if word == noun:
        return True
    return (len(noun) >= 4 and noun[-2] in "ыіұү" and noun[-1] in "нлрм" and word[-1:] in ("ы", "і")
            and word[:-1] == noun[:-2] + noun[-1])


_NEED = ("потребност", "қажеттілі", "қажеттіліг")
# (the stop itself stays with the word before it, as words() reads "больше." apart from "больше")
_SENTENCE_STOP = re.compile(r"(?<=[.!?…])\s")
# "в сумме", "в объёме": what a planned amount is given in
_AMOUNT_OF = frozenset(("в сумме", "в объеме", "в объёме", "в размере", "на сумму", "в количестве"))
# comparatives that may close a bracketed change: "(25 пайызға кем)", "(на 20% меньше)"
_MORE_OR_LESS_WORDS = frozenset(("больше", "меньше", "выше", "ниже", "көп", "кем", "аз", "артық", "жоғары", "төмен"))

# words of a date that places a value in the past: "былтыр", "өткен жылы", "в прошлом году"
_PAST_WORD = re.compile(r"былтыр|өткен|прошл|ранее|предыдущ|минувш|алдыңғы", re.IGNORECASE)

# A piece of every word the tests of is_plan that read words look for (PLAN, PLANNED,
# PLANNED_VERB, PLAN_AFTER, "план"/"жоспар" opening a sentence), lower-case, and how far from
# the figure those tests read: 120 characters back (_plan_subject), 60 on (clause_after).
_PLAN_HINT = re.compile("жоспар|план|потребност|қажеттіл|көздел|предусмотрен|треб")
_PLAN_PIECES = tuple(_PLAN_HINT.pattern.split("|"))


def _starts_of(text: str, pieces: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``pieces`` starts in ``text``, in order (str.find: a regex
    of them all tried at every offset took several times as long)."""
    starts = []
    for piece in pieces:
        at = text.find(piece)
        while at >= 0:
            starts.append(at)
            at = text.find(piece, at + 1)
    starts.sort()
    return starts


_PLAN_REACH_BEFORE = 120
_PLAN_REACH_AFTER = 60


# Letters re.IGNORECASE takes as cases of Cyrillic ones though str.lower() turns them into
# none ("ᲀ" of "в", …): a text holding one is always searched, never looked up lower-cased.
_ODD_CYRILLIC_CASES = re.compile(f"[{''.join(ODD_CYRILLIC_CASES)}]")


def _runs_across(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether one of ``spans`` (in order, none overlapping) starts before ``at`` and ends after it."""
    i = bisect.bisect_left(spans, (at, at)) - 1
    return i >= 0 and spans[i][1] > at


_UNKNOWN = object()  # (an answer not yet remembered: None and False are answers)
# sort keys of records (in C: a lambda was called for each record of a page)
_START_END = operator.attrgetter("start", "end")
_END = operator.attrgetter("end")


# the memo of each test kept by _once_per_figure, by its place here: Layout makes one dict
# per test (one lookup keyed by the figure's id, not a tuple of the test's name and id)
_REMEMBERED: list[str] = []


def _once_per_figure(method):
    """A test of one figure of the Layout, run once per figure and arguments and then
    remembered for the Layout's life (one text): the rules ask the same of a figure many
    times ("is it compared", "is it in labelled brackets"), and each answer reads words
    around it. Records not among the figures (a range's end made by a rule) are not kept:
    their ids may be reused. Safe as the figures do not change while claims are read.

    (A remembered answer is looked up before the figure is: an id kept is a figure's, and
    the figures live as long as the Layout, so no other record can bear it. The tests of a
    figure alone get a wrapper without ``*args``: this ran ~50 times a text.)"""
    slot = len(_REMEMBERED)
    _REMEMBERED.append(method.__name__)

    if len(inspect.signature(method).parameters) == 2:  # (self and the figure)
        @functools.wraps(method)
        def remembered_one(self: "Layout", r: Record):
            memo = self._remembered[slot]
            found = memo.get(id(r), _UNKNOWN)
            if found is _UNKNOWN:
                if id(r) not in self.index:
                    return method(self, r)
                found = memo[id(r)] = method(self, r)
            return found

        return remembered_one

    @functools.wraps(method)
    def remembered(self: "Layout", r: Record, *args, **kwargs):
        key = (id(r), args, tuple(kwargs.items())) if kwargs else (id(r), args)
        memo = self._remembered[slot]
        found = memo.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            if id(r) not in self.index:
                return method(self, r, *args, **kwargs)
            found = memo[key] = method(self, r, *args, **kwargs)
        return found

    return remembered


class Layout:
    """The figures of one article with their sentence and paragraph, and the text between them."""

    def __init__(self, text: str, records: list[Record], sentences: list[tuple[int, int]], lang: str | None = None):
        self.text = text
        self.lang = lang  # "kk", "ru", or None where a rule must not depend on it
        self.last_parts: set[int] = set()  # the last part of each list of parts (set by find_claims)
        self._remembered: list[dict] = [{} for _ in _REMEMBERED]  # see _once_per_figure
        # (rules of other modules keep their answers for a figure here, keyed by the rule's
        # name and the figure's id: only for figures among self.figures, whose ids stay theirs)
        self.memo: dict[tuple, object] = {}
        self._lower = text.lower()
        # the text lower-cased, where each stretch of it reads as that stretch lower-cased: every
        # character lowered to one, none by what stands around it (only "Σ" is), else None. The
        # rules read the words near each figure many times a text, and lower-casing each
        # stretch anew was a tenth of the instructions the checks ran
        self._plain_lower = self._lower if len(self._lower) == len(text) and "Σ" not in text else None
        # Where a piece of a plan word starts (every start, overlapping ones too), found once:
        # is_plan looks for one near each figure, and lower-casing and searching the stretch
        # around each was a third of its time. Only when lower-casing keeps every offset
        # (no "İ" turning into two characters); else each stretch is searched.
        self._plan_hints = _starts_of(self._lower, _PLAN_PIECES) if len(self._lower) == len(text) else None
        # (nine substring tests in C: the character class scanned the text several times slower)
        self._odd_cases = any(ch in text for ch in ODD_CYRILLIC_CASES)
        # (None where every sentence head is matched: see _plan_hints for when offsets may shift)
        self._indicator_hints = (_starts_of(self._lower, _INDICATOR_LAST_WORDS)
                                 if self._plan_hints is not None and not self._odd_cases else None)
        # ("соответственно", "тиісінше": most texts have none, and RESPECTIVELY took ~30 µs to
        # find so in an article)
        self.says_respectively = self.may_say(*RESPECTIVELY_WORDS)
        # a figure without a value (an unread number word) can be no input of a claim
        # (a fraction in words, "төрттен үші", "жартысы", is a share, not a count: no part or whole)
        # (only numbers are either: the tests are asked of them alone, once each, as the
        # records of a page, names and dates among them, are many)
        numbers = [r for r in records if r.kind == "number"]
        fractions = [r for r in numbers if _fraction_in_words(r)]
        self.fractions = [(r.start, r.end) for r in fractions]
        per_head_kk = self.may_say("шаққанда")
        bases = [r for r in numbers if _per_capita_base(text, r, per_head_kk)]
        left_out = {id(r) for r in fractions} | {id(r) for r in bases}
        self.figures = sorted((r for r in records if r.kind in FIGURE_KINDS and isinstance(r.value, (int, float))
                               and id(r) not in left_out),
                              key=_START_END)
        # the spans of the bases of rates, with their "на" and noun ("на 100 тысяч населения")
        self._bases = [_base_phrase(text, r) for r in bases]
        self.sentences = list(sentences) or [(0, len(text))]
        self._sent_starts = [s for s, _ in self.sentences]
        # paragraphs: lines, except that the items of a list ("1. …", "— …", "• …") go on the
        # paragraph that opens it ("Итоги года:" or the first item)
        self._newlines = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
        self.index = {id(r): i for i, r in enumerate(self.figures)}
        # where the figure before each one ends and the one after it starts (the text's ends
        # at the first and last): before() and after() ran ~50 times a text
        self._end_before = [0] + [f.end for f in self.figures[:-1]]
        self._start_after = [f.start for f in self.figures[1:]] + [len(text)]
        self.dates = sorted((r for r in records if r.kind == "date" and r.date and r.date.get("start") and r.date.get("end")),
                            key=_END)
        self._date_ends = [d.end for d in self.dates]
        # every date span, resolved or not ("в прошлом году" without a publication date)
        self._date_recs = sorted((r for r in records if r.kind == "date"), key=_START_END)
        self._date_spans = [(r.start, r.end) for r in self._date_recs]
        self._sentence = [max(0, bisect.bisect_right(self._sent_starts, r.start) - 1) for r in self.figures]
        self._clause = self._join_after_abbreviations()
        # the clause of each figure, by its place in ``figures``: sentence_of and neighbour
        # ran tens of thousands of times a text through two lookups each
        self._fig_clause = [self._clause[s] for s in self._sentence]
        # the figure right before and right after each in its clause (None at the clause's
        # ends), by its place in ``figures``: neighbour ran ~80 times a text, mostly for these
        clause = self._fig_clause
        self._prev_in_clause = [None] + [f if c == d else None
                                         for f, c, d in zip(self.figures, clause, clause[1:])]
        self._next_in_clause = [f if c == d else None
                                for f, c, d in zip(self.figures[1:], clause[1:], clause)] + [None]
        self._fig_starts: list[int] | None = None
        self._latest_year: str | None = None
        # (sentence, durations) -> the sentence blanked and its first words, for leading_words
        self._openings: dict[tuple[int, bool], tuple] = {}
        self._gap_words: dict[str, list[str] | None] = {}  # see gap_words

    def may_say(self, *pieces: str) -> bool:
        """Whether the text may hold one of ``pieces`` (lower-case Cyrillic) in any case: false
        when a case-insensitive pattern that needs one cannot match anywhere in it. A test of
        the lower-cased text, once per text, before patterns with lookarounds that take tens
        of microseconds to scan an article."""
        return self._odd_cases or any(piece in self._lower for piece in pieces)

    def may_say_in(self, chunk: str, pieces: tuple[str, ...]) -> bool:
        """:meth:`may_say` for ``chunk``, a stretch of the text."""
        if self._odd_cases:
            return True
        chunk = chunk.lower()
        return any(piece in chunk for piece in pieces)

    def may_say_within(self, start: int, end: int, pieces: tuple[str, ...]) -> bool:
        """:meth:`may_say_in` for ``self.text[start:end]`` (``0 <= start``), from the text
        lower-cased once."""
        if self._odd_cases:
            return True
        chunk = self.lower_in(start, end)
        return any(piece in chunk for piece in pieces)

    def _join_after_abbreviations(self) -> list[int]:
        """Sentence number → clause number, joining "650 тыс. (54%)" split after "тыс.", and a
        sentence that goes on with the figures of the one before ("… 45 преступлений. Это на
        13,5% меньше …")."""
        ids, n = [], 0
        text, prev_end = self.text, 0
        for i, (start, end) in enumerate(self.sentences):
            # (a sentence on a new line is never joined: its ends and head are read only
            # when on the same line, and then from stretches at the ends, not whole copies)
            if i and "\n" not in text[prev_end:start]:
                head_end = min(end, start + _HEAD_REACH)
                head = text[start:head_end]
                first = head.lstrip()[:1]
                if first.isupper() and first.lower() not in _OPENER_LETTERS:
                    # (most: a capital, so neither going on after an abbreviation (a bracket or a
                    # lower-case letter) nor a restating opener, told from the character both read)
                    joined = self._indicator_within(start, head_end) and _INDICATOR_HEAD.match(text, start, head_end) is not None
                else:
                    # (the sentence's head first: reading the end of the sentence before took longer)
                    joined = (self._opens_after_abbreviation(start, end) and self._ends_with_abbreviation(i - 1)
                              or _continues(head)
                              or self._indicator_within(start, head_end)
                              and _INDICATOR_HEAD.match(text, start, head_end) is not None)
                n += not joined
            elif i:
                n += 1
            ids.append(n)
            prev_end = end
        return ids

    def _indicator_within(self, lo: int, hi: int) -> bool:
        """Whether the last word of a "this indicator" phrase may start in ``text[lo:hi]``
        (one must end there for _INDICATOR_HEAD to match it, cut at ``hi``)."""
        hints = self._indicator_hints
        if hints is None:
            return True
        i = bisect.bisect_left(hints, lo)
        return i < len(hints) and hints[i] < hi

    def _ends_with_abbreviation(self, sent: int) -> bool:
        """Whether sentence ``sent`` ends with a dot after a word of ABBREVIATIONS ("тыс.")."""
        start, end = self.sentences[sent]
        prev = self.text[max(start, end - 80):end].rstrip()
        if prev and not prev.endswith("."):
            return False  # (nor does the whole sentence: the stretch holds its last character)
        word = prev.rstrip(".")
        if len(word) > _LONGEST_ABBREVIATION and not _SPACE.search(word, len(word) - _LONGEST_ABBREVIATION - 1):
            return False  # (a last word longer than any abbreviation: lower-casing never shortens it)
        last = prev.rsplit(None, 1)
        if len(last) < 2 and end - 80 > start:  # (no space in the stretch: the whole sentence)
            prev = self.text[start:end].rstrip()
            last = prev.rsplit(None, 1)
        return prev.endswith(".") and (last[-1] if last else "").lower().rstrip(".") in ABBREVIATIONS

    def _opens_after_abbreviation(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` goes on a sentence cut after an abbreviation: its first
        character that is no space a bracket or a lower-case letter ("650 тыс. (54%)")."""
        head = self.text[start:min(end, start + 60)].lstrip()[:1]
        if not head and end > start + 60:
            head = self.text[start:end].lstrip()[:1]
        return head == "(" or head.islower()

    # -- where a figure is -------------------------------------------------
    def sentence_index(self, r: Record) -> int:
        """The sentence of ``r`` in the article, as the record contract numbers them."""
        # recomputed from the offsets (a caller's ``r.sentence`` may number another split of
        # the text), once per record
        i = self.index.get(id(r))
        if i is None:  # a record made here (a range's end)
            return max(0, bisect.bisect_right(self._sent_starts, r.start) - 1)
        return self._sentence[i]

    def first_in_sentence(self, r: Record) -> Record | None:
        """The first figure of ``r``'s sentence (as the record contract numbers them)."""
        if self._fig_starts is None:
            self._fig_starts = [f.start for f in self.figures]
        start = self.sentences[self.sentence_index(r)][0]
        i = bisect.bisect_left(self._fig_starts, start)
        return self.figures[i] if i < len(self.figures) else None

    def sentence_of(self, r: Record) -> int:
        """The clause number of ``r``: its sentence, joined with the next across an abbreviation."""
        i = self.index.get(id(r))
        if i is None:  # a record made here (a range's end)
            return self._clause[self.sentence_index(r)]
        return self._fig_clause[i]

    def clause_figures(self, clause: int) -> list[Record]:
        """The figures of clause number ``clause`` (as sentence_of numbers them), in text order."""
        # (the figures are in text order, so their clause numbers never go down)
        clauses = self._fig_clause
        return self.figures[bisect.bisect_left(clauses, clause):bisect.bisect_right(clauses, clause)]

    def paragraph_of(self, r: Record) -> int:
        return bisect.bisect_right(self._newlines, r.start)

    def neighbour(self, r: Record, step: int, skip_percent: bool = False) -> Record | None:
        """The figure ``step`` (+1 or -1) away from ``r`` in the same sentence.

        Skipping percents stops after a few: a run of them ties nothing across it.
        """
        i = self.index[id(r)]
        if not skip_percent and (step == 1 or step == -1):
            return self._next_in_clause[i] if step == 1 else self._prev_in_clause[i]
        clauses, figures = self._fig_clause, self.figures
        own = clauses[i]
        i += step
        stop = i + 8 * step
        while 0 <= i < len(figures) and i != stop:
            if clauses[i] != own:
                return None
            f = figures[i]
            if not (skip_percent and f.kind == "percent"):
                return f
            i += step
        return None

    def date_before(self, r: Record, since: int) -> Record | None:
        """A dated record after ``since`` that ends at most three words before ``r``, in its clause."""
        return self.date_ending_before(r.start, since)

    def dates_ending_before(self, pos: int, n: int) -> list[Record]:
        """The last ``n`` dated records ending at or before ``pos``, in text order."""
        k = bisect.bisect_right(self._date_ends, pos)
        return self.dates[max(0, k - n):k]

    def date_ending_before(self, pos: int, since: int) -> Record | None:
        """A dated record after ``since`` that ends at most three words before ``pos``, in its clause."""
        i = bisect.bisect_right(self._date_ends, pos) - 1  # the last date ending before pos (linear texts stay linear)
        if i < 0:
            return None
        d = self.dates[i]
        if d.start < since:
            return None
        gap = self.text[d.end:pos]
        return d if len(self.words_in(d.end, pos)) <= 3 and not _CLAUSE_END.search(gap) and not _DIGIT.search(gap) else None

    def date_opening(self, r: Record, since: int) -> Record | None:
        """:meth:`date_ending_before`, else a date opening ``r``'s clause further back, with
        a place or a subject between and no other figure: "В 2023 году в Сарыагашском районе
        построено 120 домов"."""
        near = self.date_ending_before(r.start, since)
        if near is not None:
            return near
        i = bisect.bisect_right(self._date_ends, r.start) - 1
        if i < 0:
            return None
        d = self.dates[i]
        if d.start < since or r.start - d.end > 120:
            return None
        gap = self.text[d.end:r.start]
        return d if len(self.words_in(d.end, r.start)) <= 8 and not _CLAUSE_BREAK.search(gap) and not _DIGIT.search(gap) else None

    def clause_before(self, r: Record, chars: int = 40) -> str:
        """:meth:`before`, cut at the last comma or clause end: words of this clause only."""
        return _CLAUSE_BREAK.split(self.before(r, chars))[-1]

    def clause_after(self, r: Record, chars: int = 40) -> str:
        return _CLAUSE_BREAK.split(self.after(r, chars), 1)[0]

    def between(self, a: Record, b: Record) -> str:
        return self.text[a.end:b.start]

    def fraction_within(self, start: int, end: int) -> bool:
        """Whether a fraction in words ("төрттен бірі") lies inside ``text[start:end]``."""
        return any(start <= s and e <= end for s, e in self.fractions)

    def without_date_spans(self, start: int, end: int) -> str:
        """``text[start:end]`` with every date span inside it blanked, resolved or not."""
        chunk = list(self.text[start:end])
        for s, e in self._date_spans[bisect.bisect_left(self._date_spans, (start, start)):]:
            if s >= end:
                break
            if e <= end:
                chunk[s - start:e - start] = " " * (e - s)
        return "".join(chunk)

    def any_date_before(self, r: Record) -> Record | None:
        """The date (resolved or not) that ends at most three words before ``r`` in its clause,
        ``r`` maybe in brackets after it ("в 2023 году поступило 4,4 млрд", "былтыр 48 мың
        тонна", "к уровню прошлого года (155 тыс. тонн)")."""
        i = bisect.bisect_left(self._date_spans, (r.start, r.start)) - 1
        if i < 0:
            return None
        d = self._date_recs[i]
        gap = self.text[d.end:r.start]
        ok = d.end <= r.start and r.start - d.end < 60 and len(self.words_in(d.end, r.start)) <= 3 and not re.search(r"[\d;.]|,\s", gap)
        return d if ok else None

    def latest_year(self) -> str:
        """The latest year any date of the article starts in ("" when none), found once."""
        if self._latest_year is None:
            self._latest_year = max((((x.date or {}).get("start") or "")[:4] for x in self._date_recs), default="")
        return self._latest_year

    def dated_earlier(self, r: Record) -> bool:
        """Whether the date before ``r`` is a past one against its sentence: a word of the past
        ("былтыр", "в прошлом году", "годом ранее") or a year before another the sentence names."""
        d = self.any_date_before(r)
        if d is None:
            return False
        if _PAST_WORD.search(d.text):
            return True
        year = (d.date or {}).get("start") or ""
        if len(year) < 4:
            return False
        lo, hi = self.sentences[self.sentence_index(r)]
        # (only the sentence's dates, found by bisection: this runs for many candidates of long texts)
        first, last = bisect.bisect_left(self._date_spans, (lo, lo)), bisect.bisect_left(self._date_spans, (hi, hi))
        years = [((x.date or {}).get("start") or "")[:4] for x in self._date_recs[first:last]]
        return any(y > year[:4] for y in years if y)

    def dated_within(self, start: int, end: int) -> bool:
        """Whether a date span, resolved or not, lies inside ``text[start:end]``."""
        i = bisect.bisect_left(self._date_spans, (start, start))
        return i < len(self._date_spans) and self._date_spans[i][1] <= end

    def without_dates(self, start: int, end: int, durations: bool = False, until: int | None = None) -> str:
        """``text[start:end]`` with the dates inside it blanked out, and the base of a rate
        ("на 100 тысяч населения", "1 000 адамға шаққанда"), which measures nothing itself.

        With ``until`` (at most ``end``), only ``text[start:until]`` of that: the same
        characters, the spans blanked being those inside ``text[start:end]``.
        """
        stop = end if until is None else until
        chunk = list(self.text[start:stop])

        def blank(a: int, b: int) -> None:
            if a < stop:  # (a slice assigned past the list's end would lengthen it)
                b = min(b, stop)
                chunk[a - start:b - start] = " " * (b - a)

        # (dates are sorted by end: only those ending inside the span are looked at)
        for d in self.dates[bisect.bisect_left(self._date_ends, start):bisect.bisect_right(self._date_ends, end)]:
            if d.start >= start:
                blank(d.start, d.end)
        if durations:
            # every date span, durations too: "оның 88-і 10 жылдан астам пайдаланылған, яғни 60,3
            # пайызы" (a change "екі жылда 20 пайызға" keeps its span of time, by default)
            # (walked by index from the first span at ``start``: a slice copied the rest of the
            # text's spans at each call)
            spans = self._date_spans
            i = bisect.bisect_left(spans, (start, start))
            while i < len(spans) and spans[i][0] < stop:
                a, b = spans[i]
                if b <= end:
                    blank(a, b)
                i += 1
        for a, b in self._bases:
            if start <= a and b <= end:
                blank(a, b)
        return "".join(chunk)

    def leading_words(self, start: int, end: int, n: int, durations: bool = False, window: int = 64) -> list[str]:
        """``words(self.without_dates(start, end, durations))[:n]``, reading only as far as
        those words reach: a sentence's opening words are asked for at each of its figures,
        and reading the whole way to each made a sentence of thousands of shares quadratic."""
        sent = bisect.bisect_right(self._sent_starts, start) - 1
        if sent >= 0 and self.sentences[sent][0] == start and end <= self.sentences[sent][1]:
            found = self._sentence_opening(sent, end, n, durations)
            if found is not None:
                return found
        size = window
        while True:
            until = min(end, start + size)
            chunk = self.without_dates(start, end, durations, until=until).lower()
            if until == end:
                return _WORD.findall(chunk)[:n]
            found = []
            for m in _WORD.finditer(chunk):
                if m.end() + 2 > len(chunk):
                    break  # a word at the edge may go on past it ("жол-" + "жөндеу": two characters decide)
                found.append(m.group())
                if len(found) == n:
                    return found
            size *= 4

    def _sentence_opening(self, sent: int, end: int, n: int, durations: bool) -> list[str] | None:
        """leading_words from the start of sentence ``sent``, read from the sentence blanked
        once (None where that reading could differ). A sentence whose opening holds fewer
        than ``n`` words (figures and punctuation only: "10 000 (5%), 9 999 (5%), …") had the
        windows of leading_words grow to each figure, again as the square of their number."""
        start, stop = self.sentences[sent]
        read = self._openings.get((sent, durations))
        if read is None:
            spans = self._blanked_inside(start, stop, durations)
            raw = self.text[start:stop]
            for a, b in spans:
                raw = raw[:a - start] + " " * (b - a) + raw[b - start:]
            blanked = raw.lower()
            # the stretch before ``end`` reads as the sentence's blanked text cut at ``end``,
            # unless lower-casing is not a character for a character ("İ" turns into two, "Σ"
            # depends on what follows) or a blanked span runs across ``end`` (cut, the stretch
            # keeps it)
            plain = len(blanked) == len(raw) and "Σ" not in raw
            firsts = []
            for m in _WORD.finditer(blanked) if plain else ():
                firsts.append((m.start(), m.end()))
                if len(firsts) > n:
                    break
            read = (plain, blanked, firsts, n, spans)
            self._openings[(sent, durations)] = read
        plain, blanked, firsts, known, spans = read
        cut = end - start
        if not plain or n > known or not 0 <= cut <= stop - start or _runs_across(spans, end):
            return None
        out: list[str] = []
        for a, b in firsts:
            if a >= cut or len(out) >= n:
                break
            if b <= cut:
                out.append(blanked[a:b])
            else:  # the word the cut runs through, as the cut stretch reads it
                out.extend(_WORD.findall(blanked[a:cut]))
                break
        return out[:n]

    def _blanked_inside(self, start: int, end: int, durations: bool) -> list[tuple[int, int]]:
        """The spans :meth:`without_dates` blanks in ``text[start:end]``, overlapping ones
        merged, in order."""
        inside = []
        if durations:
            spans = self._date_spans
            i = bisect.bisect_left(spans, (start, start))
            while i < len(spans) and spans[i][0] < end:
                if spans[i][1] <= end:
                    inside.append(spans[i])
                i += 1
        inside += [(d.start, d.end) for d in self.dates[bisect.bisect_left(self._date_ends, start):
                                                        bisect.bisect_right(self._date_ends, end)] if d.start >= start]
        inside += [(a, b) for a, b in self._bases if start <= a and b <= end]
        merged: list[tuple[int, int]] = []
        for a, b in sorted(inside):
            if b <= a:
                continue  # (blanks nothing)
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def before(self, r: Record, chars: int = 40) -> str:
        """Text before ``r`` back to the previous figure, at most ``chars`` long."""
        lo = self._end_before[self.index[id(r)]]
        return self.text[max(lo, r.start - chars):r.start]

    def na_before(self, r: Record, chars: int = 8) -> bool:
        """Whether "на" is the last word in the ``chars`` before ``r`` ("на 45 тыс. тенге")."""
        start = max(self._end_before[self.index[id(r)]], r.start - chars)
        # (most figures have no "на" there at all: told in one C call before reading words)
        return "на" in self.lower_in(start, r.start) and self.words_in(start, r.start)[-1:] == ["на"]

    # -- the words near a figure, read from the text lower-cased once ----------
    def words_in(self, start: int, end: int) -> list[str]:
        """``words(self.text[start:end])`` (``0 <= start``)."""
        low = self._plain_lower
        if low is None:
            return words(self.text[start:end])
        # (_WORD looks at nothing around a match: bounded by ``start`` and ``end``, it reads
        # the stretch as it reads the stretch cut out)
        return _WORD.findall(low, start, end) if start < end else []

    def words_before(self, r: Record, chars: int = 40) -> list[str]:
        """``words(self.before(r, chars))``."""
        return self.words_in(max(self._end_before[self.index[id(r)]], r.start - chars), r.start)

    def words_after(self, r: Record, chars: int = 40) -> list[str]:
        """``words(self.after(r, chars))``."""
        return self.words_in(r.end, min(self._start_after[self.index[id(r)]], r.end + chars))

    def words_clause_before(self, r: Record, chars: int = 40) -> list[str]:
        """``words(self.clause_before(r, chars))``."""
        return self.words_in(r.start - len(self.clause_before(r, chars)), r.start)

    def words_clause_after(self, r: Record, chars: int = 40) -> list[str]:
        """``words(self.clause_after(r, chars))``."""
        return self.words_in(r.end, r.end + len(self.clause_after(r, chars)))

    def search_lower(self, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
        """``pattern.search(self.lower_in(start, end))`` (``0 <= start``), for a pattern that
        looks at nothing around what it matches (no anchor, lookaround or ``\\b``): the match's
        offsets are then the text's, not the stretch's."""
        low = self._plain_lower
        if low is None:
            return pattern.search(self.text[start:end].lower())
        return pattern.search(low, start, end)

    def lower_in(self, start: int, end: int) -> str:
        """``self.text[start:end].lower()`` (``0 <= start``)."""
        low = self._plain_lower
        return self.text[start:end].lower() if low is None else low[start:end]

    def after(self, r: Record, chars: int = 40) -> str:
        hi = self._start_after[self.index[id(r)]]
        return self.text[r.end:min(hi, r.end + chars)]

    # -- the percent as a claim -------------------------------------------
    @_once_per_figure
    def in_labelled_brackets(self, p: Record) -> bool:
        """"(НКИ 91,7 %)", "(91,7% к 2022 году)": the percent measures something else."""
        left = self.text[max(0, p.start - 30):p.start]
        open_at = left.rfind("(")
        if open_at < 0 or ")" in left[open_at:]:
            return False
        inside_left = left[open_at + 1:]
        right = self.text[p.end:p.end + 40]
        close_at = right.find(")")
        inside_right = right[:close_at] if close_at >= 0 else right
        if _DIGIT.search(inside_left):
            return True
        # "(рост на 25%)", "(25 пайызға өсті)", "(25 пайызға кем)": words of the change the
        # figure before made are no label of another measure
        return any(w != "на" and w not in _MORE_OR_LESS_WORDS and not starts_with_stem(w, RISE_OR_FALL)
                   for w in words(inside_left) + words(inside_right))

    @_once_per_figure
    def is_compared(self, p: Record, plan_ok: bool = False) -> bool:
        """A percent read as a comparison ("105% к 2022 году", "15%-ға артық", "выше на 5%").

        With ``plan_ok``, a comparison with the plan ("105% к плану") is not one.
        """
        # a percent closed in brackets ("450-і (3%) аз қамтылған") says nothing of what follows
        # (nor one ending its sentence: "…, или 85,8%. Больше всего не хватает учителей")
        nxt = [] if self.text[p.end:p.end + 2].lstrip().startswith(")") else self.words_in(
            p.end, p.end + len(_SENTENCE_STOP.split(self.after(p, 30), 1)[0]))[:2]
        if plan_ok and (nxt[1:2] and nxt[1].startswith("план") or nxt[:1] and nxt[0].startswith("жоспар")):
            return False
        if nxt and nxt[0] in COMPARE_KK and not p.text.lower().endswith(_KK_POSSESSIVE):
            return True  # but "200-і, яғни 80 пайызы жоғары оқу орнына": a share, then "higher education"
        joined = " ".join(nxt)
        if joined in _COMPARE_RU_SET or joined.startswith(_COMPARE_RU_THEN_WORD):
            return True
        # (read only where the words after settle nothing, and only with one of the words in the
        # lower-cased stretch they are read from: most percents have none)
        start = max(self._end_before[self.index[id(p)]], p.start - 30)
        low = self.lower_in(start, p.start)
        if not any(w in low for w in _COMPARED_WITH):
            return False
        return any(w in _COMPARED_WITH for w in self.words_in(start, p.start)[-2:])

    @_once_per_figure
    def change_direction(self, p: Record) -> str | None:
        """"rise"/"fall" when a verb next to the percent says so ("30%-ке өсті", "снизился на 5%")."""
        if not _RISE_OR_FALL_STEM.search(self.lower_in(max(0, p.start - 30), p.end + 30)):
            return None  # (most figures: no stem of a verb of change in the 30 characters either side read below)
        return verb_direction(self.words_clause_after(p, 30)[:2] + self.words_clause_before(p, 30)[-2:])

    def fulfilment_marked(self, p: Record) -> bool:
        """"45 пайызды құрады", "болып, 45,0 пайыз", "выполнен на 105%": a fulfilment's percent,
        and no rise, fall or comparison just before it ("рост к прошлому году 8%")."""
        prev = self.words_before(p, 40)[-4:]
        if any(starts_with_stem(w, RISE_OR_FALL) for w in prev):
            return False
        near = self.words_after(p, 30)[:2] + prev[-3:]
        # "бұл жоспардың 86,7 пайызы", "98,5% от плана": the plan named next to the percent
        return any(starts_with_stem(w, FULFIL) or w in PLAN for w in near)

    def plan_named_at(self, p: Record) -> bool:
        """"жылдық жоспар 90,1 пайызға", "план исполнен на 49,1%": the plan is named by the percent."""
        return any(w.rstrip(".") in PLAN for w in self.words_clause_before(p, 30)[-3:])

    def figures_near(self, r: Record, sentences: int = 1) -> list[Record]:
        """Figures of the sentences (clauses) within ``sentences`` of ``r``'s, in text order."""
        i, sent, out = self.index[id(r)], self.sentence_of(r), []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(self.figures) and abs(self.sentence_of(self.figures[j]) - sent) <= sentences \
                    and abs(j - i) <= 40:
                out.append(self.figures[j])
                j += step
        return sorted(out, key=lambda f: f.start)

    def is_total(self, w: Record) -> bool:
        """"98 іс-шара жоспарланған", "всего 120", "240 отбасы тіркелген": a figure stated as a total."""
        if self.out_of(w):
            return True  # "Из 300 семей 120 получили жильё": what the sentence counts out of
        # "120 отбасыны баспанамен қамту көзделген": the Kazakh verb may come four words on
        near = self.words_before(w, 40)[-3:] + self.words_clause_after(w, 50)[:4]
        if any(starts_with_stem(x, TOTAL) if len(x) > 3 else x in TOTAL for x in near):
            return True
        # "Потребность в угле на предстоящий сезон составляет 46 500 тонн": a need opening the clause
        return any(x.startswith(_NEED) for x in self.words_clause_before(w, 70)[:3])

    @_once_per_figure
    def of_plan(self, p: Record) -> bool:
        """"60% годового плана", "жоспардың 60 пайызы": a percent of the plan."""
        if not self._plan_hint_within(max(0, p.start - 20), p.end + 30):
            return False  # (most percents: no plan word in the stretches read below)
        nxt = self.words_after(p, 30)[:2]
        prev = self.words_before(p, 20)[-1:]
        return any(w.rstrip(".") in PLAN for w in nxt) or prev[:1] in (["жоспардың"], ["жоспарының"], ["плана"])

    def out_of(self, r: Record) -> bool:
        """"из 300 семей", "из выделенных 2,1 млрд": the figure after "из", past one
        participle or adjective, is what something is counted out of."""
        if "из" not in self.lower_in(max(0, r.start - 30), r.start):
            return False  # (most figures: told before the words are read, in a stretch holding theirs)
        before = self.words_before(r, 30)[-2:]
        return before[-1:] == ["из"] or before[:1] == ["из"] and before[-1].endswith(_RU_GENITIVE_PLURAL_ADJECTIVE)

    def used_of_total(self, r: Record) -> bool:
        """"освоено 1,9 млрд", "1,9 млрд теңгесі игерілді": a figure told as what was used or
        done of something (the verb before it in Russian, after it in Kazakh)."""
        # "450 млн теңгесі (90%) игерілді": the verb may follow the figure's bracketed share
        after = _BRACKET_AHEAD.sub("", self.text[r.end:r.end + 50], count=1)
        near = words(self.clause_before(r, 30))[-2:] + words(_CLAUSE_BREAK.split(after, 1)[0])[:2]
        return any(starts_with_stem(w, USE) for w in near)

    def same_action(self, total: Record, part: Record) -> bool:
        """"предусмотрено отремонтировать 40 км, отремонтировано 38 км", "1 800 адамды
        жұмысқа орналастыру жоспарланған, 1 850 адам орналастырылды": the part told with the
        verb of the action the total was planned for."""
        planned = self.words_clause_before(total, 40)[-2:] + self.words_clause_after(total, 50)[:4]
        done = self.words_clause_before(part, 30)[-2:] + self.words_clause_after(part, 30)[:3]
        return any(len(_common_prefix(x, y)) >= 6 for x in planned if len(x) >= 7 for y in done)

    def after_participle(self, r: Record) -> bool:
        """"орындалғаны 61", "исполнено 61": the figure counts things named before."""
        prev = self.words_before(r, 30)[-2:]
        return any(ends_with_suffix(w, PARTICIPLE) for w in prev)

    def after_verb(self, r: Record) -> bool:
        """"120 субъектов, активно работают 113": a Russian finite verb in the plural right
        before a bare count, whose noun is then the one just counted."""
        prev = self.words_clause_before(r, 24)[-1:]
        return bool(prev) and len(prev[0]) > 5 and prev[0].endswith(_RU_PLURAL_VERB)

    @_once_per_figure
    def is_difference(self, p: Record) -> bool:
        """"на 20%", "20%-ға", "20 пайызға": the size of a change, not a share."""
        if self.na_before(p, 12) or p.text.lower().startswith("на ") or p.text[:1] in "+-−":
            return True  # "+25%", "−3,2%": a signed percent is a change
        tail = p.text.split()[-2:]
        # "15 пайызға артық": the word of difference stays in the span (as KazNERD has it)
        tail = tail[:1] if len(tail) == 2 and tail[1].lower() in _DIFFERENCE_WORDS else tail[-1:]
        # "20 пайызға" is by how much; "245 мың гектарына немесе 78,4 пайызына" (its 78.4%,
        # possessive before the dative) is a share
        if tail and ends_with_suffix(tail[0], KK["dative"]) and ("%" in p.text or tail[0].startswith(("пайыз", "процент"))) \
                and not tail[0].lower().rstrip(".,").endswith(_POSSESSIVE_DATIVE) \
                and tail[0].lower().rstrip(".,") not in _RU_PERCENT_WORDS:  # "64 процента" is Russian, no dative
            return True
        return self.change_direction(p) is not None

    def claim_percent(self, p: Record) -> bool:
        """Whether ``p`` is a single, exact percentage the article states as its own figure."""
        return (
            p.kind == "percent"
            and p.value is not None
            and p.value_max is None
            and p.qualifier is None
            and p.value > 0
            and not self.in_labelled_brackets(p)
        )

    # -- plain gap shapes ---------------------------------------------------
    def gap_words(self, gap: str) -> list[str] | None:
        """The words of a gap between tied figures, or None when a clause ends inside it."""
        # (read once per gap and text: the rules of a pair of figures each read the gap between
        # them, ~19 readings a page of ~8 gaps; a copy is returned, as callers may change it)
        found = self._gap_words.get(gap, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._gap_words[gap] = _gap_words(gap)
        return None if found is None else list(found)

    def restated(self, gap: str, max_lead: int = 2) -> bool:
        """Gap "[noun] [verb], или" / "немесе" / "яғни": what follows restates what precedes."""
        low = gap.lower().replace("ё", "е")
        if not any(word in low for word in _RESTATE_LAST_WORDS):
            return False  # (most gaps: no restating word, told before the gap is read below)
        # "… оның 61-і жастарға арналған. Бұл 62,2 пайызды құрайды": a sentence opened by the
        # restating word and the figure goes on with the one before (see _continues)
        if "." in gap or "!" in gap:  # (the pattern opens with either: most gaps have neither)
            gap = _SENTENCE_THEN_OPENER.sub(", ", gap)
        ws = self.gap_words(gap)
        if ws is None:
            return False
        g = _norm(_RESTATE_PUNCTUATION.sub(" ", gap))
        if any(piece in g for piece in _RATE_NAMED_PIECES):  # (a pattern anchored at the end, slow to fail)
            g = _RATE_NAMED.sub("", g)  # "…, яғни жұмыссыздық деңгейі 3,9 пайыз": the rate it makes, named
        for phrase in RESTATE:
            if g == phrase or g.endswith(" " + phrase):
                lead = g[: len(g) - len(phrase)].split()
                # after a comma the restating clause may follow a whole verb phrase:
                # "16 елді мекен … қамтылды, бұл", "26 из 49 населённых пунктов района, или"
                comma = re.search(r"[,.]\s*" + re.escape(phrase.split()[0]) + r"\b[^,]*$", gap.lower()) is not None
                return len(lead) <= (max(max_lead, _COMMA_LEAD) if comma and max_lead else max_lead)
        return False

    def bracketed_after(self, a: Record, p: Record) -> bool:
        """"61 (62,2%)", "95 поступили в вузы (79,2%)": the percent in brackets after the figure."""
        gap = self.between(a, p)
        if "(" not in gap:
            return False  # (no bracket opens before the percent: the pattern below, anchored at the
            # gap's end, was tried at each of its characters)
        m = _CHANGE_IN_BRACKETS.search(gap)
        if m and all(w == "на" or starts_with_stem(w, RISE_OR_FALL) for w in words(m.group(1))):
            gap = gap[:m.start(1)]  # "150 (рост 25%)", "150 (рост на 25%)": the change it made
        ws = self.gap_words(gap.replace("(", " "))
        if ws is None or len(ws) > 5 or not gap.rstrip().endswith("("):
            return False
        return bool(_CLOSING_BRACKET.match(self.text[p.end:p.end + 5]))

    def bracket_holds(self, p: Record, b: Record) -> bool:
        """"62,2% (61 из 98)", "62,2%-ы (61 іс-шара)": the figure in brackets right after the percent."""
        if self.between(p, b).strip() != "(":
            return False
        close = self.text.find(")", b.end, b.end + 60)
        if close < 0:
            return False
        inside = self.text[b.end:close]
        return not _CLAUSE_END.search(inside) and "(" not in inside and len(words(inside)) <= 3

    @_once_per_figure
    def starts_with_of_them(self, r: Record) -> bool:
        """"оның 676,1 млрд", "из них 61", "оның ішінде 61": a part of a whole just named."""
        before = self.before(r, 60)
        # (most figures: no phrase of the kind in reach; the words looked for in the lower-cased
        # text first, as the pattern took ~4 µs to scan the 60 characters)
        if not self.may_say_within(r.start - len(before), r.start, _OF_THEM_LAST_WORDS) or not _OF_THEM_HINT.search(before):
            return False
        if _CLAUSE_END.search(before):
            before = _CLAUSE_END.split(before)[-1]
        g = _norm(_OF_THEM_PUNCTUATION.sub(" ", before))  # ("«Олардың 25-і …»": inside a quote)
        g = _INSIDE_WORD.sub("", g)
        # the phrase may stand a few words before the part: "из них под рис отведено 3 600 га"
        tail = g.split()
        # (the words ending ``lead`` words before the part looked up among the phrases of as
        # many words: a dozen lookups instead of joining words for each phrase and lead)
        for n, phrases in _OF_THEM_BY_LENGTH.items():
            for lead in range(0, 6):
                if len(tail) >= n + lead and tuple(tail[len(tail) - lead - n:len(tail) - lead]) in phrases:
                    return True
        return False

    def _plan_subject(self, r: Record) -> bool:
        """"План поступлений … был утвержден в сумме 4,8 млрд тенге": the first figure of a
        sentence whose subject, its first word, is the plan."""
        first, _ = self.sentences[self.sentence_index(r)]
        if r.start - first > 120:
            return False  # (tested first: a sentence of thousands of figures stays linear)
        if self._plain_lower is not None:
            # (the first word only: reading every word up to the figure took several times as long)
            m = _WORD.search(self._plain_lower, first, r.start)
            head = [m.group()] if m else []
        else:
            head = self.words_in(first, r.start)
        if not head or head[0] not in ("план", "жоспар"):
            return False
        i = self.index.get(id(r))
        prev = self.figures[i - 1] if i else None
        return prev is None or prev.end <= first

    def _plan_hint_within(self, lo: int, hi: int) -> bool:
        """Whether a piece of a plan word (_PLAN_HINT) is in ``text[lo:hi]``, in any case."""
        if self._plan_hints is None:
            return _PLAN_HINT.search(self.lower_in(lo, hi)) is not None
        # (a hint starting in the span may run past its end: the span is then read as above)
        i = bisect.bisect_left(self._plan_hints, lo)
        if i == len(self._plan_hints) or self._plan_hints[i] >= hi:
            return False
        return _PLAN_HINT.search(self.lower_in(lo, hi)) is not None

    def _plan_hints_around(self, r: Record) -> tuple[float, float]:
        """How far before ``r`` the nearest piece of a plan word (_PLAN_HINT) starts, and how
        far after its end; 0 and 0 where the text's offsets may shift on lower-casing (every
        stretch is then read)."""
        hints = self._plan_hints
        if hints is None:
            return 0, 0
        i = bisect.bisect_left(hints, r.start)
        j = bisect.bisect_left(hints, r.end, i)
        return (r.start - hints[i - 1] if i else math.inf), (hints[j] - r.end if j < len(hints) else math.inf)

    def _plan_percent_before(self, r: Record) -> bool:
        """"бұл кезең жоспарының 103,9 пайызы (2,32 млрд теңге)", "103,9% плана (2,32 млрд)": the
        figure in brackets after a percent of the plan."""
        p = self.neighbour(r, -1)
        return (p is not None and p.kind == "percent" and _OPENING_BRACKET.fullmatch(self.text[p.end:r.start]) is not None
                and self.of_plan(p))

    @_once_per_figure
    def is_plan(self, r: Record) -> bool:
        """"жоспары 39,1 млрд", "при плане 200 млн", "200 млн теңге жоспардың орнына",
        "40 млрд по плану": a plan figure."""
        # Each test below that reads words reads them from a stretch before the figure (of 40,
        # 80 or 120 characters) or after it (60), and holds only with a word of a plan there,
        # which holds a piece of _PLAN_HINT: a stretch is read only with a piece starting in it.
        # Most figures have none within reach, and only the two tests that read no words can
        # hold. (is_plan runs on every figure, and was a tenth of the checks' time)
        back, on = self._plan_hints_around(r)
        if back > _PLAN_REACH_BEFORE and on >= _PLAN_REACH_AFTER:
            # (three in four figures: no piece within reach of any stretch, and the two tests
            # that read no words are all that can hold, asked in their order below)
            return self._plan_percent_before(r) or (
                (on < math.inf or self._odd_cases) and _PLAN_THEN_FIGURE.match(self.text, r.end) is not None)
        before = self.words_clause_before(r, 40)[-4:] if back <= 40 else []
        if self._plan_percent_before(r):
            return True
        if (before[-1:] == ["жоспарға"] or before[-2:] == ["жоспарға", "қарсы"]) and _FIGURE_THEN_PLAN.search(
                self.text, max(0, r.start - 40), r.start):
            return False  # "8,5 млрд теңге жоспарға 8,6 млрд теңге түсті": the figure before is the plan
        if any(w.rstrip(".") in PLAN for w in before):
            return True
        # (the pattern needs "жоспарға" after the figure: tried only with a hint of it after it,
        # or with letters re.IGNORECASE reads as Cyrillic that no hint shows)
        if (on < math.inf or self._odd_cases) and _PLAN_THEN_FIGURE.match(self.text, r.end):
            return True  # "8,5 млрд теңге жоспарға 8,6 млрд …": against a plan of 8,5
        if before[-1:] and before[-1].startswith(PLANNED):
            return True  # "при запланированных 40 млрд", "жоспарланған 150 түлектің 138-і"
        if len(before) >= 3 and before[-3].startswith(PLANNED) and " ".join(before[-2:]) in _AMOUNT_OF:
            return True  # "запланировано в сумме 6 842,5 млн тенге"
        if back <= _PLAN_REACH_BEFORE and self._plan_subject(r):
            return True
        if r.kind == "number" and back <= 80 and any(
                w.startswith(PLANNED_VERB) for w in self.words_clause_before(r, 80)[-7:-1]):
            # "планировалось трудоустроить (на постоянные рабочие места) 1 800 человек": a count
            # planned to be done, the verb's object maybe between
            return True
        if on >= _PLAN_REACH_AFTER:
            return False
        after = self.words_clause_after(r, 30)[:3]
        if r.kind in ("money", "quantity") and after[:1] and after[0].startswith(PLANNED):
            return True  # "40 млрд теңге жоспарланып, 41 млрд түсті"; a count planned is a total
        if r.kind == "number" and any(w.startswith(PLANNED_VERB) for w in self.words_clause_after(r, 60)[2:5]):
            return True  # "1 800 адамды жұмысқа орналастыру жоспарланған": the action planned, then the verb
        return any(after[i:i + 2] in PLAN_AFTER for i in range(2))

    # -- compatibility of two figures --------------------------------------
    @staticmethod
    def same_unit(a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return False
        a, b = a.lower(), b.lower()
        if a == b or a.endswith("-" + b) or b.endswith("-" + a):
            return True
        # an inflected noun read from the text ("шаралар") against a base form ("іс-шара")
        for x, y in ((a, b), (b, a)):
            tail = y.rsplit("-", 1)[-1]
            if len(tail) >= 4 and x.rsplit("-", 1)[-1].startswith(tail):
                return True
        common = len(_common_prefix(a, b))
        if common >= max(4, min(len(a), len(b)) - 2):
            return True
        # "жұмыс орны" (of "500 жұмыс орнын") and "орын" ("450 орын ашылды"): the noun of a compound
        # its last word, its stem's vowel dropped before the possessive
        if " " in a and " " not in b and _possessive_of(a.rsplit(" ", 1)[1], b) \
                or " " in b and " " not in a and _possessive_of(b.rsplit(" ", 1)[1], a):
            return True
        # "из 250 выпускников … 150 человек": people counted by the generic noun
        if a in _PEOPLE and b in _PERSON_NOUNS or b in _PEOPLE and a in _PERSON_NOUNS:
            return True
        # "у 8 750 голов … у 52 животных", "43 500 бас ірі қараның": animals counted in heads
        return a == "head" and b in _ANIMALS or b == "head" and a in _ANIMALS

    def compatible(self, a: Record, b: Record, strict: bool = False) -> bool:
        """Figures that measure the same thing, so one can be a share or a change of the other."""
        if a.kind == "percent" or b.kind == "percent":
            return False
        if a.kind == b.kind:
            if a.kind == "number" and not strict and (a.unit is None or b.unit is None
                                                      or _adjective_unit(a.unit) or _adjective_unit(b.unit)):
                return True
            return a.unit == b.unit if a.kind != "number" else self.same_unit(a.unit, b.unit)
        kinds = {a.kind, b.kind}
        if "number" in kinds and kinds <= {"money", "number", "quantity"}:
            # "со 120 до 150 тыс. тонн": a bare numeral borrows the unit written once
            plain = a if a.kind == "number" else b
            return plain.unit is None and not strict
        return False

    @staticmethod
    def has_scale(r: Record) -> bool:
        return bool(SCALE_WORD.search(r.text))


# Russian adjective and participle endings, in the base form the counted noun is given in
_ADJECTIVE_UNIT = ("ющий", "ящий", "ащий", "вший", "нный", "ный", "ский", "тый", "ийся",
                   # participles made nouns in the neuter: "из 14 000 подлежащих" → подлежащее
                   "ющее", "ящее", "ащее", "вшее")


def _adjective_unit(unit: str | None) -> bool:
    """"из них 3 150 действующих": a count whose "noun" is an adjective leaves its noun out,
    the noun of the whole it is counted in."""
    return unit is not None and len(unit) > 5 and unit.endswith(_ADJECTIVE_UNIT)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]
