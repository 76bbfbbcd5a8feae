"""Whether a number without a unit counts something, and what it counts.

A bare number may be a date (``мамырдың 25-і``), a time (``таңғы жетіден``), an age
(``жасы отызда``), part of a name (``Superjet 100``, ``«Бес әлеуметтік бастама»``) or
the indefinite article (``белгілі бір``); otherwise the next word is its noun.
"""
from __future__ import annotations

import bisect
import re
import string

from extractors import numbers
from extractors.figure_patterns import (
    AND_WORDS,
    DASH,
    HYPHEN_ENDING,
    L,
    LIST_JOIN,
    LATIN_AFTER,
    LOCATIVE,
    NAME_BEFORE,
    POSSESSIVE_LOCATIVE,
    RU_ADJECTIVE,
    SP,
    TIME_BEFORE,
    WORD,
)
from extractors.lang.kk.counted_nouns import CLASSIFIERS as KK_CLASSIFIERS
from extractors.lang.kk.date_words import MONTHS as KK_MONTHS
from extractors.lang.kk.indefinite_article import INDEFINITE_ARTICLE
from extractors.lang.ru.counted_nouns import CLASSIFIERS as RU_CLASSIFIERS
from extractors.lang.ru.not_figure_words import SERVICE_BEFORE as RU_SERVICE_BEFORE
from extractors.kk_noun_phrase import having_adjective, izafet, oblique, with_or_from
from extractors.nouns import (capacity_noun, compound_noun, counted_noun, is_kazakh_adjective, russian_adjective_first,
                              russian_noun_first)
from extractors.number_reader import Number
from extractors.type_nouns import is_legal_form

# "and" between two adjectives of one noun (AND_WORDS has мен/пен/бен/и).
_AND = frozenset({"және", "әрі", "или", "немесе"})
_OR = frozenset({"или", "немесе"})
# (the unions built once, not at each number)
_AND_OR_WORDS = AND_WORDS | _OR
_AND_WORDS = AND_WORDS | _AND
_NUMBER_WORD = re.compile(r"(?:нөмір|номер)", re.IGNORECASE)
# Between two conjuncts that share one noun: a comma or "and".
COORDINATION = re.compile(rf"{SP}*(?:,|{SP}+(?:және|мен|пен|бен|и)){SP}+", re.IGNORECASE)


_GENITIVE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің")
_PLURAL_GENITIVE = ("лардың", "лердің", "дардың", "дердің", "тардың", "тердің")
_WORD_BEFORE = re.compile(rf"({L}+)\.?{SP}+\Z")
_PREDICATE_DASH = re.compile(r"\s—[ \u00a0]?\Z")
# Sites type that em dash as an en dash or a hyphen too, but "КОВИД – 19", "COVID –
# екі мың он тоғыз" write a name's number so: only a value no name carries (see
# _label_value) is taken for a label's ("МРС – 112 тысяч", "КРС - 27 000 голов").
_SPACED_DASH = re.compile(r"\s[-–][ \u00a0]\Z")


def _label_value(num: Number) -> bool:
    """Scaled or 100 and more, and not a year (a name's number: small or a year)."""
    return (num.scaled or num.value >= 100) and not (1900 <= num.value <= 2100 and num.value == int(num.value))


# A Kazakh finite verb in the past or present-future ("қатысты", "келді", "барады"): no noun.
_KK_FINITE_VERB = re.compile(r"(?:ты|ті|ды|ді|ады|еді|йды|йді)$")
_SENTENCE_END_AFTER = re.compile(r"\s*[.!?…]")
# "статья 12", "д. 15", "Индекс: 140000", "нөмірі – 109"
_REFERENCE_WORD = re.compile(rf"({L}+)(?:[.:]|{SP}+[-–—])?{SP}+\Z")
# "87024561234", "+77024561234": a mobile number written without separators; "10-152-023-456":
# a cadastral or registry code of hyphen-joined groups
_PHONE = re.compile(r"\+?[78]\d{10}")
# "… 8 (7172) 55-66-77 или 1414", "по номеру 102 или 112": the second of two phone numbers
_PHONE_THEN_OR = re.compile(r"(?:\d\d[-–]\d\d|(?:номеру|номер|телефону|линию|нөмірі|телефоны)\s+\d{2,5})\s+(?:или|немесе)\s+\Z",
                            re.IGNORECASE)
# the word of _PHONE_THEN_OR right before the spaces before the number: looked for first
_OR_WORD_END = re.compile(r"(?:или|немесе)\Z", re.IGNORECASE)
# "Телефон единой дежурной службы – 112", "қоңырау шалу үшін 102": the numbers of emergency
# lines after a word for a phone or a line, a few words back
_SERVICE_NUMBER = re.compile(r"(?:10[1-49]|112|1414|1408)(?!\d)")
_PHONE_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:телефон|номер|звон|служб|линии|нөмір|қоңырау|қызмет)[^\n.!?]{0,40}\Z",
                                re.IGNORECASE)
# a school year before its pupils: "1-9 сынып оқушылары", "5–9 классов учащиеся"
_GRADE_AFTER = re.compile(r"\s+(?:сынып(?:тың|тар|тардың)?\s+оқушы|класс(?:а|ов)?\s+(?:учени|учащ|школьник))", re.IGNORECASE)
_GRADE_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:с|со|по|до|начиная\s+с)\s+\Z", re.IGNORECASE)
_PUPILS_BEFORE = re.compile(r"(?<![^\W\d_])(?:учени|учащи|школьник|выпускник)[^\W\d_]*\s+\Z", re.IGNORECASE)
_GRADE_NOUN = re.compile(r"\s+(?:класс|сынып)", re.IGNORECASE)
_RANGE_TAIL = re.compile(r"[-–—]\d{1,2}")
_ON_BEFORE = re.compile(r"(?<![^\W\d_])на\s+\Z", re.IGNORECASE)
# "тоқсан" in a case of its own is the quarter ("тоқсанға жоспарланған", "тоқсан ішінде" is read
# as a date); ninety only before a word that counts or bounds it
# (not its possessives: "жүз жиырма отбасының тоқсаны" is ninety of them)
_QUARTER_CASES = frozenset(("тоқсанға", "тоқсанда", "тоқсанның", "тоқсаннан", "тоқсанды", "тоқсандағы"))
_NINETY_AFTER = frozenset(("жуық", "жуығы", "жуығын", "таяу", "таяуы", "дейін", "астам", "астамы", "жетті",
                           "жетіп", "жеткен", "жетеді", "артық", "көп", "кем", "аз"))
_GRADE_GENITIVE = re.compile(r"\s+класса(?![^\W\d_])", re.IGNORECASE)
_SERVICE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(RU_SERVICE_BEFORE, key=len, reverse=True))) + r")\s+\Z",
    re.IGNORECASE)
_SERVICE_AFTER = re.compile(r"(?:-?(?:ге|ке|на))?\s*(?:қызмет|служб|хабарла|бірыңғай)", re.IGNORECASE)
_SERVICE_NUMBER_END = re.compile(r"\s*(?:[.,;:)!?»]|\Z|или\b|немесе\b|нөмір|номер)", re.IGNORECASE)
_AGE_LABEL = re.compile(r"(?<![^\W\d_])(?:жасы|жастары|возраст)\s*[–—:-]?\s*\Z", re.IGNORECASE)
_CODE_AFTER = re.compile(r"[-–:]\d")  # (and "2:1": a score, "10:30": a time)
_CODE_BEFORE = re.compile(r"\d[-–:]\Z")
_CODE_JOINS = ("-", "–", ":")  # (what _CODE_AFTER opens with and _CODE_BEFORE ends with)
_NUMBER_TAIL = re.compile(r"\d[\d \u00a0\u2009\u202f.,]*\Z")
# ", қоғамдық жұмыстарға 2 848": a comma, one to three words ending in a dative, a number
_DATIVE = ("ға", "ге", "қа", "ке", "на", "не")
_PARALLEL_DATIVE = re.compile(rf",{SP}+(?:{L}+{SP}+){{0,2}}{L}+(?:{'|'.join(_DATIVE)}){SP}+(?=\d)", re.IGNORECASE)


def _after_legal_form(before: str, acronyms: frozenset = frozenset()) -> bool:
    """Whether the text before a number ends with a legal form ("«Қазақтелеком» АҚ 15",
    "«Аудандық аурухана» ШЖҚ КМК 2", "ЖШС 25 жұмысшыны") or an acronym that names a body
    or a thing, never a model ("ҰБТ 450 түлек", "ЖОО 300 студент"): what follows counts."""
    if not before[-1:].isspace():
        return False  # "ЖШС-25": a name
    words = before.rstrip().rsplit(None, 1)
    return bool(words) and (is_legal_form(words[-1]) or words[-1] in acronyms)


# A list of small numbers around one: "5, 6 және 7", "9, 10, 11" (the last member's digits)
_LIST_BEFORE = re.compile(rf"(?<![\d.,])(?:\d{{1,2}}{LIST_JOIN})+\Z")
_LIST_AFTER = re.compile(rf"(?:{LIST_JOIN}\d{{1,2}}(?![\d,.]\d))*{LIST_JOIN}(?P<last>\d{{1,2}})(?![\d,.]\d)")
_KK_MONTH_STEMS = tuple(m[:4] for m in KK_MONTHS)
_COUNT_THEN_WORD = re.compile(r"\d[\d\s]*\s+(?:[^\W\d_]+\s+)?\Z")
# the word right before a number (past the particle да/де): compiled once, not per number
_WORD_BEFORE_PARTICLE = re.compile(rf"({L}+){SP}+(?:(?:да|де){SP}+)?\Z")
_LAST_WORD = re.compile(rf"({L}+){SP}+\Z")
# The last run of letters in a stretch before a number is the word that _LAST_WORD,
# _REFERENCE_WORD and _AGE_LABEL, searched for in that stretch, and the time words of
# _time_before would take if they matched (what they allow after it holds no letter). Found
# once (CountContext._word_before) and tested before those searches, which try a match at each
# of the 16-20 positions (~2.5 us, ~1.5 us and ~0.8 us at each bare number). Matched at the
# start of the stretch reversed: past what is no letter, the run, reversed (one match, not a
# findall of every run).
_LAST_LETTER_RUN_REVERSED = re.compile(rf"[\W\d_]*({L}+)")
# the words _AGE_LABEL reads, as the regex engine matches them (its folds of "в", "о", "с", "т")
_AGE_WORD = re.compile(r"жасы|жастары|возраст", re.IGNORECASE)
# (their lengths: the engine matches one character for each, so a word of another length is none)
_AGE_WORD_LENGTHS = frozenset(len(w) for w in _AGE_WORD.pattern.split("|"))
# the letters each of TIME_BEFORE ends with ("сағ." without its dot), in lower case as _time_before reads them
_TIME_WORD_ENDS = tuple(w.rstrip(".") for w in TIME_BEFORE)
assert all(w[-1:].isalpha() for w in _TIME_WORD_ENDS)

_LATIN_AFTER_INITIALS = frozenset(string.ascii_letters + "Д")


class CountContext:
    """Mixin for the scanner: whether a bare number counts something, and what."""

    def _past_range(self, end: int) -> int:
        """Where to resume after a rejected number: past "– 26-сы" of "25-і – 26-сы"
        and past "мен 14-і" of "5-і мен 14-і" too."""
        d = DASH.match(self.text, end)
        if d and d.end() < len(self.text):
            nxt = self.read_number(d.end())
            if isinstance(nxt, Number):
                return nxt.end
        w = self._next_word(end)
        if w is not None and w.start() > end and w.group().lower() in AND_WORDS:
            start = self._skip_space(w.end(), 1)
            if start > w.end() and start < len(self.text):
                nxt = self.read_number(start)
                if isinstance(nxt, Number):
                    return nxt.end
        return end

    def _pair_not_a_count(self, last: Number) -> bool:
        """``18 бен 30 жас аралығы``: two numbers joined by мен/бен/пен before a date word."""
        w = self._next_word(last.end)
        # ("102 немесе 112 нөміріне": two numbers of one kind, the word after the second says which)
        if w is None or w.start() == last.end or w.group().lower() not in _AND_OR_WORDS:
            return False
        start = self._skip_space(w.end(), 1)
        if start == w.end() or start >= len(self.text):
            return False
        nxt = self.read_number(start)
        if not isinstance(nxt, Number):
            return False
        after = self._skip_space(nxt.end, 1)
        if w.group().lower() in _OR:
            # (KazNERD counts "он бес немесе жиырма жыл" as a number and a duration: only a
            # pair of phone numbers is read as one)
            return bool(_NUMBER_WORD.match(self.text, after))
        return bool(self.r.not_figure.match(self.text, after))

    def _not_a_count(self, pos: int, last: Number) -> bool:
        """A number with no unit that is a date, a time, an age, a name or the article бір."""
        after = self._skip_space(last.end, 1)
        # (the word before the number, which the time, date and reference tests each read
        # first: read here once, and each test asked only when the word may be one of its own)
        before = self._word_before(pos)
        word = before.lower()
        if (self.r.not_figure.match(self.text, after) or word.endswith(_TIME_WORD_ENDS) and self._time_before(pos)
                or word.endswith(_GENITIVE_ENDINGS) and self._date_before(pos)):
            return True
        if self._in_name(pos, last.end, _label_value(last)) or self._in_quoted_name(pos) or self._pair_not_a_count(last):
            return True
        if word in self.r.reference_before and self._reference(pos) or self._code(pos, last.end) or self._second_phone(pos):
            return True
        if self.text[pos] == "1" and _SERVICE_NUMBER.match(self.text, pos, last.end) and (
                _SERVICE_NUMBER_END.match(self.text, last.end) and _PHONE_WORD_BEFORE.search(self.text, max(0, pos - 60), pos)
                or _SERVICE_BEFORE.search(self.text, max(0, pos - 20), pos) or _SERVICE_AFTER.match(self.text, last.end)):
            # (not "Служба получила 112 обращений": a count, its noun after it; but "служба 112
            # приняла", "112 қызметіне", "112-ге хабарланды" name the line)
            return True
        if last.value <= 11 and not last.words:
            # "5, 6 және 7-сыныптардан", "9, 10, 11-сынып": a list shares its last member's
            # ordinal ending; "ученики 5, 6 и 7 классов": the grade words stand around the list
            lo, hi, ordinal = self._small_number_list(pos, last.end)
            if ordinal:
                return True
            if (_GRADE_AFTER.match(self.text, hi)
                    or _GRADE_FROM_BEFORE.search(self.text, max(0, lo - 14), lo)
                    and _GRADE_GENITIVE.match(self.text, hi)
                    or _PUPILS_BEFORE.search(self.text, max(0, lo - 24), lo)
                    and _GRADE_NOUN.match(self.text, self._after_digit_range(hi))):
                return True  # "1-9 сынып оқушылары", "ученики 5–9 классов", "с 10 класса": school years, not counts
        if last.fraction and self.r.round_words:
            nxt = self._next_word(last.end)
            if nxt is not None and nxt.group().lower().startswith(self.r.round_words):
                return True  # "1/8 финала": a round of a tournament
        if last.words and self._other_sense(pos, last.end):
            return True  # "Ұлы жүз": a horde, not a hundred
        if self._place_name(pos, last):
            return True  # "14 шағын аудан, 5-үй", "в 12 микрорайоне", "в школе-лицее 8": a place
        if (len(before) in _AGE_WORD_LENGTHS and _AGE_WORD.fullmatch(before)
                and _AGE_LABEL.search(self.text, max(0, pos - 16), pos)):
            return True  # "мұғалімдердің орташа жасы – 44": an age, not a count
        if self.text[pos] == "0" and pos + 1 < last.end and self.text[pos + 1].isdigit():
            return True  # "050000", "01110": a postal index or a code, written with its leading zero
        if last.ending in LOCATIVE:
            return True  # "жасы отызда", "2017-де": an age or a year, not a count
        if (last.ending in POSSESSIVE_LOCATIVE and not last.collective and 2 <= last.value <= 31
                and not self._of_many_before(pos)):
            return True  # "жиырма төртінде": on the 24th (but "бірінде", "екеуінде" count)
        if self.lang == "ru" and last.words and last.value == 1:
            # (and "на одного жителя": the base of a rate, per one)
            return self._one_of_or_none(pos, last.end) or _ON_BEFORE.search(self.text, max(0, pos - 4), pos) is not None
        if self.lang == "kk" and last.words and self.text[pos:last.end].lower() in _QUARTER_CASES:
            # "Тоқсанға жоспарланған 5 240 бала": the quarter, not ninety (but "тоқсанға жуық адам")
            nxt = self._next_word(last.end)
            return nxt is None or nxt.group().lower() not in _NINETY_AFTER
        return self.lang == "kk" and last.words and last.value == 1 and self._article(pos, last.end)

    def _other_sense(self, start: int, end: int) -> bool:
        """A numeral word read in another sense after the word before it (the language's
        NUMERAL_SENSES): "Ұлы жүз", "Орта жүздің"."""
        word = self.text[start:end].lower()
        for stem, before in self.r.numeral_senses.items():
            if word.startswith(stem):
                m = _WORD_BEFORE.search(self.text, max(0, start - 16), start)
                return m is not None and m.group(1).lower() in before
        return False

    def _place_name(self, pos: int, last: Number) -> bool:
        """A number that names a place: a microdistrict ("12 шағын аудандағы", "12 мкр") or a
        school after its compound name ("в школе-лицее 8"), per the language's data."""
        if last.words:
            return False
        if self.r.place_after is not None:
            m = self.r.place_after.match(self.text, self._skip_space(last.end, 1))
            if m is not None and not (m.groupdict().get("paucal") and last.value % 10 in (2, 3, 4)
                                      and last.value % 100 not in (12, 13, 14)):
                return True  # ("2 микрорайона" counts two; "14 микрорайона" is the 14th's)
        if self.r.place_before is not None and self.r.place_before.search(self.text, max(0, pos - 40), pos):
            return self._counted_noun(last.end) is None
        return False

    def _small_number_list(self, start: int, end: int) -> tuple[int, int, bool]:
        """The list of small numbers the one at ``start``–``end`` belongs to ("5, 6 және 7",
        "9, 10, 11"): where its first member starts, where its last ends, and whether that
        last member is an ordinal ("7-сыныптардан", "11-сынып"), which the list shares."""
        before = _LIST_BEFORE.search(self.text, max(0, start - 40), start)
        lo = before.start() if before else start
        after = _LIST_AFTER.match(self.text, end)
        if after is None:
            return lo, end, False
        last = after.start("last")
        got = self.read_number(last)
        ordinal = isinstance(got, int) and HYPHEN_ENDING.match(self.text, after.end()) is not None
        return lo, (got.end if isinstance(got, Number) else after.end()), ordinal

    def _after_digit_range(self, end: int) -> int:
        """Past the high end of a range of digits read up to ``end`` ("5–9"), if any."""
        m = _RANGE_TAIL.match(self.text, end)
        return m.end() if m else end

    def _of_many_before(self, start: int) -> bool:
        """"олардың 22-сінде", "мектептердің 12-сінде": in so many of them, after a plural
        genitive or "of them" (a day follows a month's genitive, never a plural)."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 30), start)
        if before is None:
            return False
        w = before.group(1).lower()
        if w in ("оның", "олардың", "соның") or w.endswith(_PLURAL_GENITIVE):
            return True
        # "12 мектептің 5-інде": a genitive after a count is the whole, a month's the day's
        return (w.endswith(_GENITIVE_ENDINGS) and not w.startswith(_KK_MONTH_STEMS)
                and bool(_COUNT_THEN_WORD.search(self.text, max(0, start - 40), before.start(1))))

    def _one_of_or_none(self, start: int, end: int) -> bool:
        """``одна из лучших школ`` (one of), ``ни одного случая`` (none): no count of one."""
        after = self._next_word(end)
        if after is not None and after.group().lower() == "из":
            return True
        before = _WORD_BEFORE.search(self.text, max(0, start - 8), start)
        return bool(before) and before.group(1).lower() == "ни"

    def _second_phone(self, pos: int) -> bool:
        """"… 8 (7172) 55-66-77 или 1414", "по номеру 102 или 112": the second of two phone
        numbers (_PHONE_THEN_OR). Its "или"/"немесе" ends where the spaces before ``pos``
        start: tested there first, a search of six characters, before the search of the 60
        before ``pos`` (~2 us at each bare number, 1,700 of them on 300 pages, rarely a phone)."""
        text = self.text
        lo = max(0, pos - 60)
        spaces = pos
        while spaces > lo and text[spaces - 1].isspace():  # (what \s matches)
            spaces -= 1
        # (and its last letter before the search: "и" of "или", "е" of "немесе", in any case)
        if spaces == pos or text[spaces - 1:spaces].lower() not in ("и", "е") or _OR_WORD_END.search(
                text, max(lo, spaces - 6), spaces) is None:
            return False
        return _PHONE_THEN_OR.search(text, lo, pos) is not None

    def _word_before(self, start: int) -> str:
        """The last run of letters in the 20 characters before ``start``, "" when none;
        _time_before, _date_before, _reference and the age label ask for it at the same number
        one after the other: found once (_LAST_LETTER_RUN_REVERSED)."""
        if self._word_before_at != start:
            m = _LAST_LETTER_RUN_REVERSED.match(self.text[max(0, start - 20):start][::-1])
            self._word_before_text = m.group(1)[::-1] if m is not None else ""
            self._word_before_at = start
        return self._word_before_text

    def _reference(self, start: int) -> bool:
        """``статья 12``, ``пункту 3``, ``таблица 2``: the number names a part of a text or a place."""
        word = self._word_before(start)
        if not word or word.lower() not in self.r.reference_before:
            return False  # (the word the search below would take)
        before = _REFERENCE_WORD.search(self.text, max(0, start - 20), start)
        if before is None or before.group(1).lower() not in self.r.reference_before:
            return False
        # "в т.ч. 1 000 ИП": the last letter of a longer abbreviation is no "ч." (часть)
        return not (len(before.group(1)) == 1 and self.text[before.start(1) - 1:before.start(1)] == ".")

    def _code(self, start: int, end: int) -> bool:
        """A phone number without separators, or one group of a hyphenated code."""
        # (each pattern tried only where what it needs stands: _PHONE's eleven or twelve
        # characters, the "-", "–" or ":" that _CODE_AFTER opens and _CODE_BEFORE ends with;
        # three regex calls at each bare number, rarely matching)
        phone_start = max(0, start - 1) if self.text[start - 1:start] == "+" else start
        if 11 <= end - phone_start <= 12 and _PHONE.fullmatch(self.text, phone_start, end):
            return True
        return bool(self.text[end:end + 1] in _CODE_JOINS and _CODE_AFTER.match(self.text, end)
                    or self.text[start - 1:start] in _CODE_JOINS and _CODE_BEFORE.search(self.text, max(0, start - 2), start))

    def _article(self, start: int, end: int) -> bool:
        """``белгілі бір``, ``бір кездері``: the indefinite article, not one."""
        before = _WORD_BEFORE_PARTICLE.search(self.text[max(0, start - 24):start])
        if before and before.group(1).lower() in INDEFINITE_ARTICLE["before"]:
            return True
        after = self._next_word(end)
        return bool(after and after.group().lower() in INDEFINITE_ARTICLE["after"])

    def _date_before(self, start: int) -> bool:
        """``мамырдың 25-і``: a day after a month in the genitive."""
        if not self._word_before(start).lower().endswith(_GENITIVE_ENDINGS):
            return False  # (the word the search below would take)
        before = _LAST_WORD.search(self.text[max(0, start - 20):start])
        if not before:
            return False
        word = before.group(1).lower()
        if word.startswith("жыл"):
            return False  # "жылдың төрт мезгілі" counts seasons; "жылдың 9 айы" ends in айы
        return word.endswith(("дың", "дің", "ның", "нің", "тың", "тің")) and bool(self.r.not_figure.fullmatch(word))

    def _time_before(self, start: int) -> bool:
        """``сағат 10-да``, ``таңғы жетіден``: a time of day."""
        # (the time word ends the last run of letters before the number, which most do not)
        if not self._word_before(start).lower().endswith(_TIME_WORD_ENDS):
            return False
        return self.text[max(0, start - 8):start].lower().rstrip().endswith(TIME_BEFORE)

    def _in_quoted_name(self, pos: int) -> bool:
        i = bisect.bisect_right(self.name_starts, pos) - 1
        return i >= 0 and self.names[i][1] > pos

    def _in_name(self, start: int, end: int, large: bool = False) -> bool:
        """``« 111 »``, ``Superjet 100``, ``КОВИД – он тоғыз``: part of a name, not a count."""
        before = self.text[max(0, start - 12):start]
        after = self.text[end:end + 12]
        if before.rstrip().endswith(("«", '"', "“")) and after.lstrip().startswith(("»", '"', "”")):
            return True
        # (each of NAME_BEFORE's names holds a capital: without one, the search is skipped)
        m = NAME_BEFORE.search(before) if before != before.lower() else None
        if m and _after_legal_form(before, self.r.acronyms_before_counts):
            m = None  # "«Қазақтелеком» АҚ 15 ауылға": the company's legal form, then a count
        if m and (_PREDICATE_DASH.search(before) or large and _SPACED_DASH.search(before)):
            m = None  # "КРС — 38 700 голов, МРС — 81 700 голов": a label, a spaced em dash, its value
        # (LATIN_AFTER opens with a Latin letter or "Д", past one space: looked at first)
        return bool(m) or after.lstrip(" \u00a0")[:1] in _LATIN_AFTER_INITIALS and bool(LATIN_AFTER.match(after))

    def _counted_noun(self, end: int) -> str | None:
        hyphen = self.text[end:end + 1] == "-"
        m = WORD.match(self.text, end + 1) if hyphen else self._next_word(end)
        if m is None:
            return self._parallel_noun(end) if self.lang == "kk" else None
        if self.text[end - 1] == "." and m.group()[:1].isupper():
            return None  # "дефицит – 0,3 млрд. Основная доля …": the abbreviation's dot ends the sentence
        if hyphen or m.start() > end:  # "550 орындық зал", "50-квартирный дом"
            capacity = capacity_noun(m.group(), self.lang, hyphen=hyphen)
            if capacity or hyphen:
                return capacity
        if m.start() == end and self.text[end - 1] != ".":
            return None
        if m.group().lower() in _CLASSIFIERS[self.lang]:
            after = m.end() + (self.text[m.end():m.end() + 1] == ".")  # "45 ед. техники"
            noun = self._next_word(after)
            if noun is not None and noun.start() > m.end() and numbers.analyse_word(noun.group(), self.lang) is None:
                m = noun  # "5 мың түп көшет", "200 штук саженцев": the noun after the counting word
        first = m
        having = None  # the word taken for an adjective of having, to be confirmed below
        for skips in range(3):  # "140 населенных пунктов", "14 мың жаңа жұмыс орны": skip two adjectives at most
            second = self._next_word(m.end())
            if second is not None and second.start() > m.end():
                unit = compound_noun(m.group(), second.group(), self.lang)
                if unit:
                    return unit
                if (self.lang == "kk" and second.end() < len(self.text)  # a cut text's last word may be cut too
                        and izafet(m.group(), second.group(), self._next_word(second.end()))):
                    return counted_noun(second.group(), self.lang)  # "150 ауыл тұрғыны": residents
                third = self._next_word(second.end()) if self.lang == "kk" and m is not first else None
                if (third is not None and third.start() > second.end() and third.end() < len(self.text)
                        and not oblique(m.group()) and not m.group().lower().endswith(_GENITIVE_ENDINGS)
                        and izafet(second.group(), third.group(), self._next_word(third.end()))):
                    # "540 орта буын медицина қызметкері": past an adjective, a bare noun then a
                    # noun phrase of two heads the phrase by its possessed noun (workers)
                    return counted_noun(third.group(), self.lang)
            if skips == 2:
                break
            adjective = self._is_adjective(m.group())
            if (not adjective and self.lang == "kk" and second is not None
                    and second.start() > m.end() and having_adjective(m.group(), second.group())):
                adjective, having = True, m
            if adjective:
                coordinated = self._coordinated_noun(m.end())
                if coordinated:
                    return coordinated
            if not adjective or second is None or second.start() == m.end():
                break
            if second.group().lower() in _AND_WORDS:
                # "100 шағын және орта кәсіпорын", "12 малых и средних предприятий"
                third = self._next_word(second.end())
                if third is not None and third.start() > second.end() and self._is_adjective(third.group()):
                    second = third
                elif self.lang == "ru":
                    break  # "200 безработных и 40 …": the adjective is the noun, "и" joins counts
            m = second
        if having is not None and m is not having:
            after = self._next_word(m.end())
            if oblique(m.group()) or after is not None and with_or_from(after.group()):
                # "85 вагонды күрделі жөндеуден", "қазақстандықты көгілдір отынмен": the words
                # after lead to a noun in an oblique case, so that word was an accusative noun
                m = having
        if numbers.analyse_word(m.group(), self.lang) is not None:
            return None
        if self.lang == "kk" and m is first and self._verb_after(end, m):
            return None
        if (self.lang == "kk" and m is not first and _KK_FINITE_VERB.search(m.group().lower())
                and _SENTENCE_END_AFTER.match(self.text, m.end())):
            # "500 жас қатысты.": the sentence's verb, so the adjective is the noun (a verb ends
            # its sentence; "бағыттағы жолды ақылы қылмақ" has an accusative noun in -ды)
            return counted_noun(first.group(), self.lang)
        return counted_noun(m.group(), self.lang)

    def _verb_after(self, end: int, m: re.Match) -> bool:
        """"саны 1 200-ге дейін азайды.", "1 500-ден 1 800-ге дейін өсіп": the word after a
        Kazakh figure is its sentence's final verb, or a verb of change after a figure
        with a case ending or "дейін", not a noun it counts."""
        word = m.group().lower()
        if _KK_FINITE_VERB.search(word) and _SENTENCE_END_AFTER.match(self.text, m.end()):
            return True
        return self.text[end - 1].isalpha() and word.startswith(self.r.reached_verbs_after)

    def _is_adjective(self, word: str) -> bool:
        if self.lang != "ru":
            return is_kazakh_adjective(word)
        w = word.lower()
        # "34 случая кори", "5 отделения": a noun ending like an adjective, which the
        # dictionary reads as a noun first; "900 единиц грузовой техники": a feminine or
        # oblique adjective the dictionary reads as one
        if RU_ADJECTIVE.search(w):
            return not russian_noun_first(w)
        return w.endswith(("ой", "ей", "ую", "юю")) and russian_adjective_first(w)

    def _coordinated_noun(self, pos: int) -> str | None:
        """``772 коммуналдық, 2,1 мың әлеуметтік нысан``, ``5 государственных и 3 частные
        школы``: a number with only an adjective counts the noun of the next conjunct."""
        c = COORDINATION.match(self.text, pos)
        if c is None or c.end() >= len(self.text) or not self.text[c.end()].isdigit():
            return None
        nxt = self.read_number(c.end())
        w = self._next_word(nxt.end) if isinstance(nxt, Number) else None
        if w is None or not self._is_adjective(w.group()):
            return None  # "310 безработных и 25 инвалидов": no adjective on both sides, two nouns
        return self._noun_of_next(c.end())

    def _parallel_noun(self, end: int) -> str | None:
        """``жұмыс орындарына 185, қоғамдық жұмыстарға 2 848 азамат``: a bare count after a
        dative, then a comma and another dative with its count, counts the second one's noun."""
        before = _WORD_BEFORE.search(self.text, max(0, end - 40), self._start_of_number(end))
        p = _PARALLEL_DATIVE.match(self.text, end)
        if before is None or p is None or not before.group(1).lower().endswith(_DATIVE):
            return None
        return self._noun_of_next(p.end())

    def _start_of_number(self, end: int) -> int:
        m = _NUMBER_TAIL.search(self.text, max(0, end - 40), end)
        return m.start() if m else end

    def _noun_of_next(self, start: int) -> str | None:
        """The counted noun of the number at ``start``, past at most two adjectives."""
        nxt = self.read_number(start)
        if not isinstance(nxt, Number) or self._measure(self._skip_space(nxt.end, 1), nxt)[0] is not None:
            return None  # "4 балалы, 27 проценті": the next conjunct is a share, not the same count
        w = self._next_word(nxt.end)
        for _ in range(3):  # past at most two adjectives to the noun
            if w is None or w.start() == nxt.end:
                return None
            if not self._is_adjective(w.group()):
                break
            after = self._next_word(w.end())
            if after is None or after.start() == w.end():
                return None
            w = after
        else:
            return None
        if numbers.analyse_word(w.group(), self.lang) is not None or self.r.units.match(self.text, w.start()):
            return None
        return compound_noun(w.group(), (self._next_word(w.end()) or w).group(), self.lang) or counted_noun(w.group(), self.lang)


_CLASSIFIERS = {"kk": KK_CLASSIFIERS, "ru": RU_CLASSIFIERS}
