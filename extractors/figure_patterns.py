"""Compiled patterns and word lists of the figure grammar, built once per language.

``rules_for(lang)`` compiles the language data of ``extractors/lang/<lang>/`` (units,
currencies, qualifiers, words that make a number a date) into regular expressions;
the constants here are the language-independent pieces (digits, dashes, endings).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from extractors import numbers
from extractors.lang.kk import currencies as kk_currencies
from extractors.lang.kk import multipliers as kk_multipliers
from extractors.lang.kk import not_figure_words as kk_not_figure
from extractors.lang.kk import qualifiers as kk_qualifiers
from extractors.lang.kk import units as kk_units
from extractors.lang.ru import currencies as ru_currencies
from extractors.lang.ru import multipliers as ru_multipliers
from extractors.lang.ru import not_figure_words as ru_not_figure
from extractors.lang.ru import qualifiers as ru_qualifiers
from extractors.lang.ru import units as ru_units
from extractors.regex_starts import match_initials
from extractors.table_rows import TABLE_CELLS  # noqa: F401 (figure rules read it from here)

L = r"[^\W\d_]"  # a letter
_W = rf"{L}*(?:-{L}+)?"  # the rest of an inflected word, maybe with a hyphenated ending
_B = rf"(?!{L})(?:-{L}{{1,6}}(?!{L}))?"  # end of an abbreviation, maybe with a hyphenated ending
SP = r"[ \t\u00a0\u2009\u202f]"
SP_CHARS = frozenset(" \t\u00a0\u2009\u202f")  # what SP matches, for tests of one character
SP_STRING = "".join(sorted(SP_CHARS))  # the same, for str.rstrip

DIGITS = re.compile(
    r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.]\d)|\d{1,3}(?:\.\d{3})+(?![\d.]\d)"
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d+)"  # 1,500,000 in English style; one comma is a decimal
    r"(?:[,.]\d+| , \d{1,2}(?!\d)"  # "5 , 3" is how KazNERD tokens spell 5,3
    # "2 ,5 млрд теңге": a stray space before the decimal comma, where a scale, currency or
    # percent after it says a decimal is meant (not the list "1 ,2 и 3")
    r"| ,\d{1,2}(?!\d)(?=[ \u00a0]?(?:%|млн|млрд|трлн|мың|тыс|миллион|миллиард|пайыз|процент|теңге|тенге)))?"
)
SPACE1 = re.compile(rf"{SP}?")
SPACE2 = re.compile(rf"{SP}{{0,2}}")
DIGIT_RUN = re.compile(r"[\d \u00a0\u2009\u202f.,]*\d")
WORD = re.compile(rf"{L}+(?:-{L}+)*")
DASH = re.compile(rf"{SP}?[-–—]{SP}?")
# "-22...-24°C", "+3…+5": weather forecasts join a range's ends with an ellipsis, each
# end with its own sign (the group), so a dash cannot be told from a minus otherwise.
ELLIPSIS_RANGE = re.compile(rf"{SP}?(?:\.{{2,3}}|…){SP}?([-−–+]?)(?=\d)")
# ("3-шақырымында", "11-сыныбында": an ordinal noun with its endings may be long)
HYPHEN_ENDING = re.compile(rf"-({L}{{1,16}})(?!{L})")
# A larger unit followed by a smaller one in one quantity, and the smaller one's share.
SUBUNITS = {("m", "cm"): 0.01, ("m", "mm"): 0.001, ("km", "m"): 0.001, ("t", "kg"): 0.001, ("kg", "g"): 0.001}
PER = re.compile(rf"{SP}?/{SP}?")
PER_HOUR = re.compile(rf"(?:сағат|сағ|час|ч)(?!{L})", re.I)
PERCENT = re.compile(rf"%{_B}|(?:пайыз|процент|pa[ıi]yz){_W}|проц\.", re.I)  # paıyz, paiyz: Latin-script Kazakh
# Web and mail addresses yield no figure. Run only on texts that hold "@", "://" or
# "www." (most hold none); bounded and anchored at a word start, so a long run of
# digits stays linear.
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s«»\"]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}")
# A bare domain with a path: "akimat-aral.kz/ru/news/12345". Found by its top-level domain and
# slash (a fast scan from the dot), then read back to the domain's start and on to the path's end.
DOMAIN_END = re.compile(r"\.(?:[a-z]{2,6}|қаз)/[^\s«»\"]*")
DOMAIN_START = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\Z")
_HOUR = r"(?:[01]?\d|2[0-4])"
_MIN0 = r"[0-5]0"  # schedules name whole tens of minutes: 9.00, 13.30, 17.50
_NO_AMOUNT = r"(?!\.\d| ?(?:%|тенге|теңге|тг|млн|млрд|тыс|мың|руб|долл|евро|процент|пайыз|градус))"
# A Kazakh case ending on a time: "13.00-ден", "18.00-ге дейін", "сағат 15.00-де".
_TIME_CASE = r"-(?:ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|де|да|те|та|не|на)(?![^\W\d_])"
# A lone time after "до"/"с" ("До 18.00", "с 8.00") is a time only on the hour or the half
# hour: "снизился до 1.20" may be a decimal written with a point.
_ON_THE_HOUR = r"(?:[01]?\d|2[0-4])\.(?:00|30)\b"
# "1/3 бөлігі", "2/3-і", "1/3 объема": a share written with a slash, the numerator below the
# denominator and both one digit (not "55/12", a unit's number, or "12/3", a house).
SIMPLE_FRACTION = re.compile(r"(?P<n>[1-8])/(?P<d>[2-9])(?![\d/])(?<=(?:1/.|2/[3-9]|3/[4-9]|4/[5-9]|5/[6-9]|6/[7-9]|7/[89]|8/9))")
# Times of day, numeric dates, phone numbers and slashed unit numbers yield no figure.
# (Codes such as COVID-19 never start a candidate: a digit after word-hyphen is not one.)
BLOCKED = re.compile(
    r"(?=[\d+])(?:"
    r"\b\d{1,2} ?: ?\d{2}(?::\d{2})?\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|(?:\+7|\b8)[\s(-]{0,2}\d{3,5}[\s)-]{1,2}\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b"
    r"|\b\d{2,3}-\d{2}-\d{2}\b"
    rf"|\b(?!{SIMPLE_FRACTION.pattern})\d+ ?/ ?\d+\b"  # 55/12 (a unit's number), АК-159/20; not 1/3
    r"|(?<=\bв )\d{1,2}\.\d{2}\b(?!\.\d)"  # "в 14.30" is a time
    # Opening hours: "9.00–18.00", "13.00-14.00", "с 13.00 до 14.00". Hours and minutes
    # in range, and no currency, percent or scale after, so "2.50-3.00 тенге" stays.
    rf"|\b{_HOUR}\.{_MIN0} ?[-–—] ?{_HOUR}\.{_MIN0}\b{_NO_AMOUNT}"
    rf"|(?<=\bс ){_HOUR}\.{_MIN0}(?= до {_HOUR}\.{_MIN0}\b{_NO_AMOUNT})"
    rf"|(?<=\d\.\d0 до ){_HOUR}\.{_MIN0}\b{_NO_AMOUNT}"
    # "4400 4301 2345 6789": a card or account number, three groups of four digits or more
    r"|\b\d{4}(?:[ \u00a0]\d{4}){2,}(?!\d)"
    # "8 (725 33) 2 14 56": a district code of five digits written with a space
    r"|(?:\+7|\b8)[ \u00a0]?\(\d{3}[ \u00a0]\d{2}\)[ \u00a0]?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b"
    rf"|\b{_HOUR}\.{_MIN0}(?={_TIME_CASE})"  # "13.00-ден 14.00-ге дейін", "18.00-ге дейін"
    rf"|(?<=\b[Дд]о ){_ON_THE_HOUR}{_NO_AMOUNT}"  # "До 18.00 обратились 340 человек"
    # "с 8.00" (not "с 9.00 до 10.00%": the pair is read above, a bound or a change)
    rf"|(?<=\b[Сс] ){_ON_THE_HOUR}(?! ?(?:до|[-–—]) ?\d){_NO_AMOUNT}"
    # "с 9 до 20 часов", "с 8 до 17 ч.": the first hour lacks its word
    r"|(?<=\b[Сс] )(?:[01]?\d|2[0-4])(?= до (?:[01]?\d|2[0-4]) ?(?:час|ч\.))"
    # "в 11 ч. 30 мин.": hours and minutes
    r"|\b(?:[01]?\d|2[0-4]) ?ч\. ?[0-5]?\d ?мин\b\.?)"
)
# Every alternative of BLOCKED starts at a "+" or at a digit after a non-word character
# ("\b", or a lookbehind ending in a space). Without a "+" in the text, BLOCKED is tried
# only where a run of digits starts after a non-word character: the runs are found in one
# fast scan shared with the phone and postal-code scans of ``code_spans`` (searching from
# each non-word character instead, about 170 a page, took 33 us a page).
DIGIT_RUN = re.compile(r"\d+")


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of digits in ``text``, once per text."""
    return [m.span() for m in DIGIT_RUN.finditer(text)]


def _after_word_char(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` is one ``\\w`` matches (a letter, digit or "_")."""
    if pos == 0:
        return False
    c = text[pos - 1]
    return c.isalnum() or c == "_"


def _may_block(text: str, start: int, end: int) -> bool:
    """Whether BLOCKED may match at the run of digits ``text[start:end]``, told by what follows
    it. Each alternative (after "+7", tested apart) reads the whole run first, then one of:
    a space, a bracket or "-" after a run opening with "8" (a phone), ":", "." or "ч" (a
    time or date), "/" (a unit's number), "-" and a digit ("23-45-67"), a space before ":",
    "ч", "/" (a time, a unit's number) or before a digit after a run of four (a card
    number), or a space after an hour that follows "с" ("с 9 до 20 часов"). BLOCKED.match
    tries some 16 alternatives at ~0.9 us a run, and most runs are followed by a comma or
    by a space and a word ("2026 жылғы")."""
    nxt = text[end:end + 1]
    if text[start] == "8" and (nxt.isspace() or nxt in ("(", ")", "-")):
        return True
    if nxt in (":", ".", "/", "ч"):
        return True
    if nxt == "-":
        return text[end + 1:end + 2].isdecimal()  # (what \d matches)
    if nxt == " ":
        return (text[end + 1:end + 2] in (":", "ч", "/")
                or end - start == 4 and text[end + 1:end + 2].isdecimal()
                or end - start <= 2 and text[start - 2:start] in ("с ", "С "))
    return nxt == "\u00a0" and end - start == 4 and text[end + 1:end + 2].isdecimal()


def blocked_spans(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The spans of ``BLOCKED.finditer(text)``; ``runs`` are ``digit_runs(text)``."""
    if "+" in text:
        return [m.span() for m in BLOCKED.finditer(text)]  # "+7" may follow a letter: scanned in full
    spans = []
    pos = 0
    for start, end in digit_runs(text) if runs is None else runs:
        if start < pos or not _may_block(text, start, end) or _after_word_char(text, start):
            continue
        m = BLOCKED.match(text, start)
        if m is not None:
            spans.append(m.span())
            pos = m.end()
    return spans


# House numbers in postal addresses count nothing: "ул. Абая, 15", "пр. Назарбаева, д. 12/1",
# "улица Сейфуллина, дом 8", "Абай көшесі, 15". Only right after a street word and its name,
# so "по ул. Абая построено 15 домов" keeps its count. Run only on texts that hold one.
# (a title after a name is written small: "ул. Толе би", "Қабанбай батыра")
_STREET_NAME = r"[А-ЯЁA-Z][\w-]*(?:[ \u00a0][А-ЯЁA-Z][\w-]*)?(?:[ \u00a0](?:би|батыр[а-я]*|хан[а-я]*|ата|ана))?"
_HOUSE = r",[ \u00a0]?(?:д\.[ \u00a0]?|дом[ \u00a0])?"
# Without the comma ("ул. Абая 25", "Абай көшесі 25 мекенжайында") the number is the house's
# only where the address ends: at punctuation, the text's end or a word of the address
# ("на улице Абая 25 домов снесут" counts houses).
_HOUSE_END = (r"(?=[ \u00a0]?(?:[,.;:)!?\n]|\Z|мекенжай|үй(?:де|інде|і)(?![^\W\d_])|пәтер|кеңсе"
              r"|кв\.|офис|корп))")
_HOUSE_NUMBER = r"\d+(?:[/-][\dА-Яа-яЁёA-Za-z]{1,3})?(?![\d,.]\d)"
STREET_NUMBER = re.compile(
    rf"\b(?:ул|пр|мкр)\.[ \u00a0]?{_STREET_NAME}{_HOUSE}(?P<a>\d+\S*)"
    rf"|\bулиц[аеы][ \u00a0]{_STREET_NAME}{_HOUSE}(?P<b>\d+\S*)"
    r"|(?:көшесі|даңғылы),[ \u00a0]?(?P<c>\d+\S*)"
    r"|\bкаб\.[ \u00a0]?(?P<d>\d+)"  # an office room: "каб. 5"
    rf"|\b(?:ул|пр)\.[ \u00a0]?{_STREET_NAME}[ \u00a0](?P<e>{_HOUSE_NUMBER}){_HOUSE_END}"
    rf"|\b(?:улиц[аеыу]|проспект[аеу]?)[ \u00a0]{_STREET_NAME}[ \u00a0](?P<f>{_HOUSE_NUMBER}){_HOUSE_END}"
    rf"|(?:көшесі|даңғылы)[ \u00a0](?P<g>{_HOUSE_NUMBER}){_HOUSE_END}"
    # "В доме 5 по улице Гоголя": the house named before its street
    r"|\b[Дд]ом[еау]?[ \u00a0](?P<h>\d+(?:/\d+)?)(?=[ \u00a0]по[ \u00a0](?:ул|улиц|пр|переул|мкр|микрорайон))"
)
# (each alternative of STREET_NUMBER starts with one of these: found first, a fast scan;
# grouped by first letter, so that the regex engine skips to those letters in C)
STREET_WORD = re.compile(r"у(?:л\.|лиц)|п(?:р\.|роспект)|мкр\.|к(?:аб\.|өшесі)|д(?:аңғылы|ом)|Дом")
# A postal code (six digits from 0 or 1) before its town with the town's marker ("140000,
# г. Павлодар", "120014, Қызылорда қ."), after an address label ("Мекенжайы: 120014"), or
# between a town and the street ("Ақтау, 130000, 14 шағын аудан"); not "составило 140000,
# Павлодар растет", a count before a name. The digits are found first (a fast scan), then
# their neighbours are read.
# (the look back follows the first digit: a pattern that opens with a digit scans fast)
POSTAL_CODE = re.compile(r"[01](?<![\d.,][01])\d{5}(?![\d.,]\d)")
POSTAL_TOWN_AFTER = re.compile(
    rf",[ \u00a0]?(?:г\.|с\.|п\.|{_STREET_NAME}[ \u00a0](?:қ\.|қаласы|ауылы|кенті|облысы|ауданы|г\.|с\.))")
POSTAL_LABEL_BEFORE = re.compile(r"(?i:мекенжай[ы]?|адрес|индекс)[ \u00a0]?:[ \u00a0]?\Z")
POSTAL_TOWN_BEFORE = re.compile(r"(?<![^\W\d_])[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}, \Z")
# An identifier or a telephone after its label: "БИН: 990 740 000 123", "Байланыс: 23 45 67".
# Labels from both languages (kk and ru not_figure_words): sites mix them.
ID_LABELS = tuple(sorted(set(kk_not_figure.ID_LABELS + ru_not_figure.ID_LABELS), key=len, reverse=True))
LABELLED_ID = re.compile(rf"\b(?:{'|'.join(ID_LABELS)})[ \u00a0]?[:.–—-]?[ \u00a0]?(?P<id>\d(?:[ \u00a0]?\d){{11}})(?!\d)")
# (the digit groups found first, a fast scan, then the label before them, past a trunk prefix
# and a district code in brackets)
LOCAL_PHONE = re.compile(r"\d(?<![\d,.]\d)\d{0,2}(?:[ \u00a0-]\d{2}){2}(?![\d,.]?\d)")
_CONTACT_LABELS = "|".join(map(re.escape, sorted(set(kk_not_figure.CONTACT_LABELS + ru_not_figure.CONTACT_LABELS),
                                                 key=len, reverse=True)))
# a trunk prefix and a district code, in brackets or not: "8 (7162) ", "+7 7162 ", "(7162) "
_PHONE_PREFIX = (r"(?:(?:\+7|8)[ \u00a0]?(?:\(\d[\d \u00a0]{1,6}\)[ \u00a0]?|\d{3,5}[ \u00a0])?"
                 r"|\(\d[\d \u00a0]{1,6}\)[ \u00a0]?)?")
# "Тел.: 23 45 67, 23 45 68", "8 (7162) 23-45-67 или 23-45-68": the later phones of a list after
# the label are phones too (a list joined by commas or "or"/"and")
_PHONE_ITEM = rf"{_PHONE_PREFIX}\d{{1,3}}(?:[ \u00a0-]\d{{2}}){{2}}"
_PHONE_JOIN = r"(?:[ \u00a0]?[,;][ \u00a0]?|[ \u00a0](?:или|немесе|и|және|не)[ \u00a0])"
CONTACT_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:{_CONTACT_LABELS})\.?[ \u00a0]?[:.–—-]?[ \u00a0]?"
                            rf"(?:{_PHONE_ITEM}{_PHONE_JOIN}){{0,4}}{_PHONE_PREFIX}\Z")
CONTACT_REACH = 140  # characters before a phone searched for its label: a label and four phones
# "KZ12 3456 7890 1234 5678": an IBAN
IBAN = re.compile(r"\bKZ\d{2}(?:[ \u00a0]?[0-9A-Z]{4}){3,4}(?:[ \u00a0]?[0-9A-Z]{1,4})?\b")


def code_spans(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of identifiers, phones, postal codes, house numbers and web addresses: no
    figures. Each scan runs only on texts that may hold its kind, or starts on digits
    (``runs``, the text's ``digit_runs``)."""
    spans = []
    if runs is None:
        runs = digit_runs(text)
    if "@" in text or "://" in text or "www." in text:
        spans += [m.span() for m in ADDRESS.finditer(text)]
    if "/" in text:
        for m in DOMAIN_END.finditer(text):
            d = DOMAIN_START.search(text, max(0, m.start() - 320), m.start())
            if d is not None:
                spans.append((d.start(), m.end()))
    for w in STREET_WORD.finditer(text):
        m = STREET_NUMBER.match(text, w.start())
        if m is not None:
            spans.append(m.span(m.lastgroup))
    if any(w in text for w in ID_LABELS):
        spans += [m.span("id") for m in LABELLED_ID.finditer(text)]
    if "KZ" in text:
        spans += [m.span() for m in IBAN.finditer(text)]
    # LOCAL_PHONE and POSTAL_CODE each match from the start of a run of digits (their look
    # back refuses a digit, a comma or a dot before it): tried only there, and only on a run
    # of the length they need, instead of a scan of the text each (~15 us a page)
    phone_end = 0
    for start, end in runs:
        # (a phone's next group of two digits ends with one of those too: looked at before
        # LOCAL_PHONE is, which few runs start)
        if (start < phone_end or end - start > 3 or text[end:end + 1] not in (" ", "\u00a0", "-")
                or text[end + 3:end + 4] not in (" ", "\u00a0", "-") or start > 0 and text[start - 1] in ",."):
            continue
        m = LOCAL_PHONE.match(text, start)
        if m is None:
            continue
        phone_end = m.end()
        if CONTACT_BEFORE.search(text, max(0, m.start() - CONTACT_REACH), m.start()):
            spans.append(m.span())
    for start, end in runs:
        if end - start < 6 or text[start] not in "01" or start > 0 and text[start - 1] in ",.":
            continue
        m = POSTAL_CODE.match(text, start)
        if m is None:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if (POSTAL_TOWN_AFTER.match(text, m.end()) or POSTAL_LABEL_BEFORE.search(before)
                or POSTAL_TOWN_BEFORE.search(before) and text.startswith(", ", m.end())):
            spans.append(m.span())
    return spans
# A short quotation is a name («Бес әлеуметтік бастама», «1 белдеу, 1 жол»): a bare
# number in it counts nothing. Quoted speech is longer or holds a sentence end.
QUOTED_NAME = re.compile(r"«[^«»\n.!?]{1,60}»|“[^“”\n.!?]{1,60}”")
# QUOTED_NAME's alternatives apart: each opens with one literal, which the regex engine
# finds as it finds a string (the pair of them, a class, it tests at each character)
_QUOTED_NAME_PARTS = {"«": re.compile(r"«[^«»\n.!?]{1,60}»"), "“": re.compile(r"“[^“”\n.!?]{1,60}”")}
assert QUOTED_NAME.pattern == "|".join(p.pattern for p in _QUOTED_NAME_PARTS.values())


def quoted_name_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``QUOTED_NAME.finditer(text)``, found by each alternative apart, only in a
    text that holds its quote mark (~4 us a page less). Neither alternative's match holds
    its own opening mark, so each finds a match at every position where it has one; those
    taken left to right, each past the one before, are the matches of the whole."""
    spans: list[tuple[int, int]] = []
    for opening, part in _QUOTED_NAME_PARTS.items():
        if opening in text:
            spans += [m.span() for m in part.finditer(text)]
    if len(spans) < 2:
        return spans
    out = []
    for start, end in sorted(spans):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out
# "«…», — деді": a quotation that is speech, whatever its length.
SPEECH_AFTER = re.compile(r"\s*(?:,\s*)?(?:[—–-]|деп|деді|дейді|депті|дейт|деген екен)")
# тоқсан is 90 and also a quarter of the year: after an ordinal it is the quarter.
QUARTER_BEFORE = re.compile(rf"(?:{L}+н(?:ші|шы)|\d-?{L}*|\b[IV]{{1,3}}){SP}+\Z")
NUMBER_SIGN = re.compile(r"(?:№|No\.?)\s?\Z")
# "№№ 5, 7 мектептерде", "в школах №№ 5 и 7": the later numbers of a list after "№№" are
# numbers too, not counts
_NUMBERED = r"\d+(?:[-/][^\W_]{1,3})?"
# between two members of a list: a comma or "and"
LIST_JOIN = r"(?:[ \u00a0]?,[ \u00a0]?|[ \u00a0](?:и|және|мен|пен|бен)[ \u00a0])"
NUMBERS_SIGN_LIST = re.compile(rf"№№[ \u00a0]?{_NUMBERED}(?:{LIST_JOIN}{_NUMBERED}){{0,8}}{LIST_JOIN}\Z")


@dataclass
class Figure:
    kind: str
    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    scale: float = 1  # the scale word's value (1e9 for "17,6 миллиард"), 1 when none


def _compile_table(table, flags=re.I) -> tuple[re.Pattern, list[str]]:
    parts, codes = [], []
    for i, (pattern, code) in enumerate(table):
        parts.append(f"(?P<g{i}>{pattern.replace('W', _W).replace('B', _B)})")
        codes.append(code)
    return gated_alternatives(parts, flags), codes


class InitialsGated:
    """A compiled pattern whose ``match`` first looks at the character at the position: one
    none of the pattern's opening characters (``match_initials``) can start no match, and
    the regex engine, which tries each alternative of a table at each call (~1 us for the
    units), is not called. Most numbers are followed by no unit, currency or percent."""

    __slots__ = ("regex", "initials", "by_initial", "pattern", "flags", "groupindex", "search", "fullmatch", "finditer")

    def __init__(self, regex: re.Pattern, initials: frozenset[str], by_initial: dict[str, re.Pattern] | None = None):
        self.regex, self.initials = regex, initials
        # for a pattern of alternatives (gated_alternatives): for each opening character, the
        # pattern of only the alternatives that may open with it, which matches there as the
        # whole does; None for a pattern matched whole
        self.by_initial = by_initial
        self.pattern, self.flags, self.groupindex = regex.pattern, regex.flags, regex.groupindex
        self.search, self.fullmatch, self.finditer = regex.search, regex.fullmatch, regex.finditer

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        if pos < 0:
            return self.regex.match(text, pos)
        if self.by_initial is not None:
            regex = self.by_initial.get(text[pos:pos + 1].lower())
            return None if regex is None else regex.match(text, pos)
        if text[pos:pos + 1].lower() not in self.initials:
            return None
        return self.regex.match(text, pos)


def tables_by_initial(tables: list[tuple[str, re.Pattern | InitialsGated]]) -> tuple[dict[str, tuple], tuple]:
    """For each character (in lower case, as ``InitialsGated.match`` looks it up) that one of
    ``tables`` may open with: the (name, pattern) of each table that may match there, in their
    order, a gated table by the pattern of only its alternatives that open so. And the
    tables to try at any other character: those without a gate (none, most often). Matching
    these at a position finds what each table's ``match`` in turn finds, with one look-up
    for all of them instead of one call of each (a figure's unit, currency, percent sign
    or multiplier after a number: two calls to find a unit, four to find none)."""
    def at(ch: str | None) -> tuple:
        out = []
        for name, table in tables:
            if not isinstance(table, InitialsGated):
                out.append((name, table))
            elif table.by_initial is not None:
                if ch in table.by_initial:
                    out.append((name, table.by_initial[ch]))
            elif ch in table.initials:
                out.append((name, table.regex))
        return tuple(out)

    initials = set().union(*(t.initials for _, t in tables if isinstance(t, InitialsGated)))
    return {ch: at(ch) for ch in initials}, at(None)


def _folded_keys(strings: set[str]) -> frozenset[str] | None:
    """Every string, in lower case, that ``re.I`` matches one of ``strings`` with, character
    by character (``match_initials`` of each character); None where a character folds with
    one whose lower case is two characters ("i" with "İ"), which a look-up would miss."""
    out = set()
    for s in strings:
        keys = {""}
        for ch in s:
            folds = match_initials(re.compile(re.escape(ch), re.I))
            if folds is None or any(len(f) != 1 for f in folds):
                return None
            keys = {k + f for k in keys for f in folds}
        out |= keys
    return frozenset(out)


def gated(regex: re.Pattern) -> re.Pattern | InitialsGated:
    """``regex`` with its ``match`` gated by its opening characters, when literals tell them."""
    initials = match_initials(regex)
    return regex if initials is None else InitialsGated(regex, initials)


PERCENT = gated(PERCENT)  # (defined above with the other constants, gated once ``gated`` is)


def gated_alternatives(alternatives: list[str], flags: int, prefix: str = "", suffix: str = "") -> re.Pattern | InitialsGated:
    """``prefix + "|".join(alternatives) + suffix`` compiled and gated, its ``match`` made at a
    position with only the alternatives that may open with the character there.

    The regex engine tries each alternative in turn, and an alternative that cannot open with
    that character matches nowhere there: the first one that matches is the same in the
    pattern of the others, and so are the match's span and group names. A table of units
    holds 30-45 alternatives, some ten of which open with any one letter (the units table
    was matched after each figure in ~1.5 us). ``prefix`` and ``suffix`` hold no alternative:
    ``(?:`` and ``)(?!…)``."""
    regex = re.compile(prefix + "|".join(alternatives) + suffix, flags)
    initials = match_initials(regex)
    if initials is None:
        return regex
    openers = [match_initials(re.compile(prefix + a + suffix, flags)) for a in alternatives]
    if any(o is None for o in openers) or frozenset().union(*openers) != initials:
        return InitialsGated(regex, initials)  # (read whole, as any gated pattern)
    compiled: dict[tuple[int, ...], re.Pattern] = {}
    by_initial = {}
    for ch in initials:
        which = tuple(i for i, o in enumerate(openers) if ch in o)
        if which not in compiled:
            compiled[which] = re.compile(prefix + "|".join(alternatives[i] for i in which) + suffix, flags)
        by_initial[ch] = compiled[which]
    return InitialsGated(regex, initials, by_initial)


def _opened_by_initials(before: str, pattern: str) -> re.Pattern:
    """``before + pattern`` (case-insensitive), with the class of the characters ``pattern``
    may open with (``match_initials``) looked at ahead of it when they are told: a search
    leaves a position none opens at after one test, where the pattern's alternatives each
    try their own."""
    initials = match_initials(re.compile(pattern, re.I))
    if not initials or any(len(c) != 1 for c in initials):
        return re.compile(before + pattern, re.I)
    return re.compile(before + "(?=[" + re.escape("".join(sorted(initials))) + "])" + pattern, re.I)


def _phrase(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


def _by_first_letter(words: list[str], escape=re.escape) -> str:
    """A case-insensitive alternation of ``words`` (longest first) grouped by their first
    letter: "б(?:ір|ес)|е(?:кі|лу)". It matches what the flat one does, but the regex engine
    tries one group at a word, not every word (the flat one made the candidate scan twice
    as slow). Flat when two first letters match alike ("ı" and "i"): then order across
    groups would matter."""
    ordered = sorted(words, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(w[1:])
    if any(a != b and re.fullmatch(re.escape(a), b, re.I) for a in groups for b in groups):
        return "|".join(map(escape, ordered))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(map(escape, rests))})" for first, rests in groups.items())


class Rules:
    """Compiled rules for one language."""

    def __init__(self, lang: str, units: ModuleType, currencies: ModuleType, quals: ModuleType, not_fig: ModuleType,
                 multipliers: ModuleType):
        self.lang = lang
        self.units, self.unit_codes = _compile_table(units.UNITS)
        self.multipliers, self.multiplier_codes = _compile_table(multipliers.MULTIPLIERS)
        self.multiplier_words = getattr(multipliers, "MULTIPLIER_WORDS", {})
        self.multiplier_unit = getattr(multipliers, "MULTIPLIER_UNIT", None)
        self.money, self.money_codes = _compile_table(currencies.CURRENCIES)
        self.money_prefix = currencies.CURRENCY_PREFIXES
        # what a number may measure, in the order Scanner._measure tries it, by the character after it
        self.measures, self.measures_elsewhere = tables_by_initial(
            [("money", self.money), ("quantity", self.units), ("percent", PERCENT), ("multiplier", self.multipliers)])
        self.not_figure = gated_alternatives(
            [p.replace("W", _W).replace("B", _B) for p in not_fig.NOT_FIGURE_WORDS], re.I, "(?:", rf")(?!{L})")
        self.reference_before = getattr(not_fig, "REFERENCE_BEFORE", frozenset())
        self.acronyms_before_counts = getattr(not_fig, "ACRONYMS_BEFORE_COUNTS", frozenset())
        self.numeral_senses = getattr(not_fig, "NUMERAL_SENSES", {})
        self.round_words = tuple(getattr(not_fig, "ROUND_WORDS", ()))
        place_after = getattr(not_fig, "PLACE_NAME_AFTER", None)
        self.place_after = gated(re.compile(place_after, re.I)) if place_after else None
        place_before = getattr(not_fig, "PLACE_NAME_BEFORE", None)
        self.place_before = _opened_by_initials(rf"(?<!{L})", rf"(?:{place_before}){SP}+\Z") if place_before else None
        q = quals.QUALIFIERS
        before = sorted(q["before"], key=len, reverse=True)
        self.before = q["before"]
        # (the class of the phrases' first letters ahead of them: a position no phrase opens at
        # is left after one test, not after one for each first letter's group)
        firsts = re.escape("".join(sorted({w[0] for w in before})))
        self.before_re = re.compile(
            rf"(?<!{L})(?=[{firsts}])(" + _by_first_letter(before, _phrase) + rf"){SP}+\Z", re.I
        )
        # The last two characters of each phrase (one when a space, which may be any run of
        # spaces, stands before it: "почти в"), matched as before_re matches them: a match of
        # before_re ends with one of them where the spaces before the number start. Tested
        # there first, a search of two positions instead of 24 (~2 us at each figure).
        tails = {w[-1:] if w[-2:-1].isspace() else w[-2:] for w in before}
        assert not any(w[-1:].isspace() for w in before)  # (a phrase ends in a space: no tail)
        self.before_tails = re.compile("(?:" + "|".join(map(re.escape, sorted(tails))) + r")\Z", re.I)
        # The same test as a set look-up of the last one or two characters in lower case: each
        # tail in every case the regex engine folds together (~0.6 us a search at each figure)
        self.before_tail_keys = _folded_keys(tails)
        self.after = q["after"]
        self.after_first_words = frozenset(w.split(" ")[0] for w in self.after if " " in w)
        self.verbs_after = q.get("verbs_after", {})
        self.difference = frozenset(q.get("difference", ()))
        self.degrees_only = frozenset(q.get("degrees_only", ()))
        self.of_them = tuple(q.get("of_them", ()))
        reached = q.get("reached", {})
        self.reached_words = frozenset(reached.get("words", ()))
        self.reached_verbs_before = tuple(reached.get("verbs_before", ()))
        self.reached_verbs_after = tuple(reached.get("verbs_after", ()))
        self.reached_verbs_after_change = tuple(reached.get("verbs_after_change", ()))
        # The word before "до", past an optional "с 4,9", "с 300 тыс." or "на 3,5%" (start or change).
        from_words = "|".join(map(re.escape, reached.get("from_words", ())))
        # "выросли в 2,3 раза, до …": a factor of change, maybe hedged, in place of the start
        factor = reached.get("factor")
        hedges = "|".join(re.escape(h).replace(r"\ ", rf"{SP}+") for h in reached.get("hedges", ()))
        factor = (rf"|(?:(?:{hedges}){SP}+)?(?:{factor})" if hedges else rf"|(?:{factor})") if factor else ""
        self.reached_before_re = re.compile(
            # "выросла на 15 тыс. тенге – до 285 тыс.": the change, its unit and a dash may stand between
            # ("выросли с 4,2 млрд тенге в 2022 году до …": the start's own year may follow it)
            rf"(\w+){SP}+(?:(?:(?:{from_words}){SP}+\d[\d\s.,]*(?:%|\w+\.?)?(?:{SP}+\w+\.?)?"
            rf"(?:{SP}+в{SP}+(?:19|20)\d\d{SP}+\w+)?{factor}){SP}*(?:[–—,]{SP}*)?)?\Z"
            if from_words else rf"(\w+){SP}+\Z",
            re.I,
        )
        self.approx_endings = tuple(q["approx_endings"])
        self.ablative = tuple(q["ablative"])
        self.dative = tuple(q["dative"])
        stems = sorted({w[:3] for w in numbers.number_word_stems(lang)}, key=len, reverse=True)
        first = "".join(sorted({c for s in stems for c in (s[0].lower(), s[0].upper())}))
        # The character class first lets the regex engine skip most positions fast.
        start = rf"(?:\d|(?<!-)(?=[{first}])(?:{_by_first_letter(stems)}))"
        # A digit after a hyphen starts a candidate only after a space ("-5 °C"), never
        # inside a word (COVID-19) or a range (10-15, read from its low end).
        # (the non-breaking hyphens some editors type, "АИ‑92", are hyphens too)
        not_in_word = r"(?<!\w[-\u2010\u2011])"
        self.candidates = re.compile(rf"(?<!\w){not_in_word}{start}", re.I)
        # The same starts past the text's first character, each matched as the character
        # before it, which is no letter, digit or "_" (\W, what (?<!\w) asks), and ending
        # where the start is: a class the regex engine skips to in C, where the look-behind
        # first is tried at every position (~6 us a page)
        # (the class of what may start one looked at first: most such characters are followed
        # by a word that starts none, ~2 us a page)
        self.candidates_after = re.compile(rf"\W(?=[\d{first}])(?={not_in_word}{start})", re.I)


@lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    """The compiled rules of ``lang`` (``ru``, else Kazakh), built once."""
    if lang == "ru":
        return Rules("ru", ru_units, ru_currencies, ru_qualifiers, ru_not_figure, ru_multipliers)
    return Rules("kk", kk_units, kk_currencies, kk_qualifiers, kk_not_figure, kk_multipliers)


# Endings after which a unit may still follow: 4-ақ метр, мыңдаған шақырым, 300-дей тонна.
OPEN_ENDINGS = frozenset("-ақ ақ даған деген таған теген дай дей тай тей".split())
FROM_WORD = re.compile(r"(?<![^\W\d_])[Оо]т[ \u00a0]\Z")
# "с 5 200 до 4 100", "со 120 до 150", "от 40 до 52": where a change or range starts.
FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Сс]о?|[Оо]т)\s+\Z")
SCALE_ABBREVIATIONS = frozenset("тыс млн млрд трлн".split())
# Words before a number that make it a time of day (сағат 10-да, таңғы жетіден).
TIME_BEFORE = ("сағат", "сағ.", "таңғы", "кешкі", "түнгі", "түскі")
# A Latin word or a capitalised abbreviation (with a dash) right before: a model name.
# A Latin word next to a number makes it part of a name ("Superjet 100", "500 Startups",
# "iPhone 15") when it has a capital; all lower case it is Latin-script Kazakh text
# ("audanda 15 mektep"), where the number counts.
NAME_BEFORE = re.compile(
    r"(?:\b[A-Za-z]*[A-Z][A-Za-z]*(?<=[A-Za-z]{2})|\b[A-Z])[ \u00a0]?(?:[-–—][ \u00a0]?)?\Z"
    # "МТЗ-82", "ТЭЦ 2": a Cyrillic abbreviation with its hyphen or a space; a spaced dash
    # after an abbreviation of two to four letters sets a value beside a label ("Число ДТП –
    # 6,1", "КРС – 12 тыс. голов"), after a longer word in capitals a name ("КОВИД – 19")
    r"|\b[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?:[ \u00a0]|[ \u00a0]?-)?\Z|\b[А-ЯЁӘҒҚҢӨҰҮҺІ]{5,6}[ \u00a0]?[–—][ \u00a0]?\Z"
    r"|\b[А-ЯЁӘҒҚҢӨҰҮҺІ][ \u00a0]?[-–—][ \u00a0]?\Z"  # С-300: one capital needs its dash
)
LATIN_AFTER = re.compile(r"[ \u00a0]?(?:[a-z]*[A-Z][A-Za-z]*|[A-ZД]\b)")  # 500 Startups, үш D (3D)
RU_ADJECTIVE = re.compile(r"(?:ых|их|ые|ый|ая|яя|ое|ого|ому|ыми|ими)$")
UP_TO = frozenset({"дейін", "шейін"})
AND_WORDS = frozenset("мен пен бен и".split())
JOINS = "joins"  # a word that belongs to the span without qualifying the figure
LOCATIVE = frozenset("да де та те нда нде дағы дегі тағы тегі".split())
POSSESSIVE_LOCATIVE = frozenset("інде ында сында сінде індегі ындағы".split())


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same characters."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
