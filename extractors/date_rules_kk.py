"""Kazakh date grammar: patterns built from ``lang/kk/date_words`` and what they mean.

Each rule is a compiled pattern and a function turning a match into a
:class:`~extractors.date_grammar.Candidate`; ``extractors.dates`` runs them all and
keeps the longest non-overlapping spans. Spans follow KazNERD: case endings, ``дейін``,
``бері``, ``жуық`` and ``астам`` belong to the date, ``бастап`` does not.
"""
from __future__ import annotations

import datetime as dt
import re

from extractors.date_grammar import (
    LETTER, SPACE, Candidate, Digits, Word, first_letters, first_two, group_of, alternation, decade, iso, kk_number_value, month_number, shift_month, stems, valid_day, week_of, deadline_year, last_part, weekday_date, year_named_before, year_of_month, year_of_part,
)
from extractors.date_patterns_kk import (
    AGE, DECADE_WORDS, SPELLED, CONTINUATION, COUNT, DASH, DAY, DURATION_UNIT, HSUF, KK_MONTH, MONTH, PART_OF_YEAR,
    ANIMAL_YEAR, PERIOD_REFERENCE, BARE_LOCATIVE, DECADE, SEASON_PART, SEASON_WITH_REFERENCE, TAIL, WEEKDAY, YEAR4, YEAR_HEAD, YEAR_LOCATIVE, YEAR_NUM, YEARWORD, L,
)
from extractors import dotted_dates as dotted
from extractors.lang.kk import date_words as W
from extractors.lang.kk.qualifiers import QUALIFIERS as KK_QUALIFIERS
from extractors.lang.ru.date_words import MONTHS as RU_MONTHS

# Alone, these are also other words: "Наурыз" the holiday, "маусым" a season of play,
# "қазан" a cauldron; they are months next to a number, "айы" or another month.
AMBIGUOUS_MONTHS = ("наурыз", "маусым", "қазан", "mamyr", "qazan", "nauryz", "mausym")
GENITIVE = ("дың", "дің", "тың", "тің", "ның", "нің")


def _compile(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


# (compiled once: the rules' meanings ran these per date found)
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_DIGITS = re.compile(r"\d{1,2}")
_DIGITS = re.compile(r"\d+")
_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")


def _year_value(text: str) -> int | None:
    digits = _FOUR_DIGITS.match(text)
    if digits:
        return int(digits.group())
    value = kk_number_value(text.split())
    return value if value and 1000 <= value <= 2100 else None


def _day_value(text: str) -> int | None:
    digits = _DAY_DIGITS.match(text)
    if digits:
        return int(digits.group())
    return kk_number_value(text.split())


def _relative_year(text: str, published: dt.date | None) -> int | None:
    if published is None:
        return None
    words = text.lower().split()
    for word, offset in W.RELATIVE_YEARS.items():
        if words[0].startswith(word) and (len(words[0]) - len(word) <= 4):
            return published.year + offset
    offset = W.RELATIVE_YEAR_MODIFIERS.get(words[0])
    return None if offset is None else published.year + offset


def year_phrase(m: re.Match, published: dt.date | None) -> Candidate | None:
    if m.group("y") is not None:
        year = _year_value(m.group("y"))
        if year is None:
            return Candidate(m.start(), m.end(), None)  # "бірінші жылы": a span, not a date
    else:
        year = _relative_year(m.group("rel"), published)
        if "жылдар" in m.group("rel").lower():
            return Candidate(m.start(), m.end(), None)  # "өткен жылдары": in past years
    return continue_year(m, year, published)


def continue_year(m: re.Match, year: int | None, published: dt.date | None) -> Candidate:
    c = Candidate(m.start(), m.end(), None)
    if m.group("cont") is None:
        # the year alone ("2024 жылы", "биыл"): no group of the continuation took part, so no
        # months, no part of the year, no month or day; the year, and the tail
        if year is not None:
            c.date = _point(iso(year))
        return _tail(c, m)
    c.months = _months(m)
    if m.group("same"):
        c.same_period = True
        # "2018 жылғы осы кезең|дегі": the gold files end the span at the noun and its
        # possessive, leaving the case ending of the comparison outside.
        noun = re.search(r"кезең(?:і)?", m.group(0), re.IGNORECASE)
        c.end = m.start() + noun.end()
    if year is None:
        return _tail(c, m)
    if m.group("pm"):
        month, day = month_number(m.group("pm")), _day_value(m.group("pd"))
        if month and day and valid_day(year, month, day):
            c.date = _point(iso(year, month, day))
            last = _day_value(m.group("pd2")) if m.group("pd2") else None
            if last and last > day and valid_day(year, month, last):
                c.date["end"] = iso(year, month, last)  # "2024 жылғы 10-20 маусымда"
            if _ablative(m.group("pm")):
                c.date["end"] = None
    elif m.group("m1"):
        a = month_number(m.group("m1"))
        b = month_number(m.group("m2")) if m.group("m2") else a
        c.date = {"start": iso(year, a), "end": iso(year, b)}
    elif c.months:
        c.date = _months_date(m, year, c.months)
    elif m.group("n") or m.group("part"):
        c.date = None  # "2022 жылдың 15 айы" is no part of a year we know
    elif m.group("edge"):
        c.date = _point(iso(year, 12))  # "жылдың соңында"; with "дейін" a deadline, by _tail
    elif m.group("begin"):
        start = iso(year, 1)  # "жылдың басынан" (since), "жылдың басында" (in January)
        c.date = {"start": start, "end": None if _ablative(m.group(0)) else start}
        if (group_of(m, "tail") or "").lower() == "бері" and published is not None and year <= published.year:
            # "осы жылдың басынан бері": from January to the time of writing, as "жыл басынан бері"
            # and "с начала года" read
            c.date["end"] = iso(published.year, published.month)
            return c
    elif m.group("season"):
        c.date = None
    else:
        c.date = _point(iso(year))
    return _tail(c, m)


def _months(m: re.Match) -> tuple[int, int] | None:
    """First and last month of "11 айында", "бірінші тоқсанда", "алғашқы жартысында"."""
    # group_of, not groupdict(): the year pattern has dozens of groups, and building their
    # dict for every year phrase was half of this function
    count = group_of(m, "n")
    if count:
        n = _day_value(count)
        return (1, n) if n and 1 <= n <= 12 else None
    part = group_of(m, "part")
    if part:
        ordinal = m.group("ord")
        n = W.ORDINALS.get(ordinal.lower()) or _day_value(ordinal) or 0
        part = part.lower()
        if part.startswith("тоқсан") and 1 <= n <= 4:
            return (3 * n - 2, 3 * n)
        if part.startswith("жарты") and n in (1, 2):
            return (1, 6) if n == 1 else (7, 12)
    return None


def _months_date(m: re.Match, year: int, months: tuple[int, int]) -> dict:
    """The months of a part of a year, or its edge: "үшінші тоқсанның соңында" is September,
    "басында" July ("дейін"/"бері" after it make a bound, by _tail)."""
    edge = (group_of(m, "pedge") or "").lower()
    if edge in ("соң", "аяғ"):
        return _point(iso(year, months[1]))
    if edge == "бас":
        return _point(iso(year, months[0]))
    return {"start": iso(year, months[0]), "end": iso(year, months[1])}


def _point(value: str | None) -> dict | None:
    return None if value is None else {"start": value, "end": value}


def _ablative(word: str) -> bool:
    return bool(_ABLATIVE.search(word.lower()))


TOWARDS_AFTER = re.compile(r"(?<=ға|ге|қа|ке|на|не)\s+қарай(?!\w)", re.IGNORECASE)
SINCE_AFTER = re.compile(rf"\s+(?:{alternation(W.SINCE_WORDS)})(?!\w)", re.IGNORECASE)


def _tail(c: Candidate, m: re.Match) -> Candidate:
    """Deadlines and starting points: "2025 жылға дейін" (start null), "2019 жылдан
    бері" (end null), and "2020 жылдан бастап", where KazNERD leaves "бастап" outside."""
    tail = group_of(m, "tail")
    if c.date is None:
        return c
    t = (tail or "").lower()
    if t.startswith(("дейін", "шейін")) or TOWARDS_AFTER.match(m.string, m.end()):
        # "2030 жылға қарай" (by 2030): a deadline; KazNERD leaves "қарай" outside the span
        c.date = {"start": None, "end": c.date["end"]}
    elif t == "бері" or (_ablative(m.group(0)) and SINCE_AFTER.match(m.string, m.end())):
        c.date = {"start": c.date["start"], "end": None}
    return c


def day_month_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    year, month, day = _year_value(m.group("y")), month_number(m.group("m")), _day_value(m.group("d"))
    if not (year and month and day and valid_day(year, month, day)):
        return None
    c = Candidate(m.start(), m.end(), _point(iso(year, month, day)))
    return _tail(c, m)


# "2021 жылы сәуірде", "Былтыр қаңтар-ақпан айларында", "Өткен жылы наурыз бен сәуірде": the year
# the sentence names before a month written without one
_YEAR_IN_SENTENCE = re.compile(
    r"(?<![^\W\d_])(?:(?P<y>(?:19|20)\d\d)\s*(?:-?\s*ж\.|-?\s*жыл(?:ы|дың|ғы)?)(?![^\W\d_])"
    r"|(?P<rel>биыл(?:ғы)?|былтыр(?:ғы)?|өткен\s+жылы|келесі\s+жылы|алдағы\s+жылы)(?![^\W\d_]))", re.IGNORECASE)
_REL_YEAR_OFFSET = {"биыл": 0, "биылғы": 0, "былтыр": -1, "былтырғы": -1, "өткен жылы": -1, "келесі жылы": 1,
                    "алдағы жылы": 1}


def _year_in_sentence(m: re.Match, published: dt.date | None) -> int | None:
    # (near it: "2021 жылы салынған мектепте 15 наурызда" names the building's year, not the day's)
    return year_named_before(m, published, _YEAR_IN_SENTENCE, _REL_YEAR_OFFSET, 40)


def day_month(m: re.Match, published: dt.date | None) -> Candidate | None:
    month, day = month_number(m.group("m")), _day_value(m.group("d"))
    if not (month and day and valid_day(None, month, day)):
        return None
    if m.group("m") == m.group(0)[: len(m.group("m"))] and not _genitive_month(m):
        return None
    c = Candidate(m.start(), m.end(), None)
    named = _year_in_sentence(m, published)
    if published is not None or named is not None:
        year = named if named is not None else year_of_month(published, month, m.string, m.start(), m.end(), "kk")
        if named is None and (group_of(m, "tail") or "").lower() in W.UNTIL_WORDS:
            # "Өтінімдер 15 қаңтарға дейін қабылданады" in December: next January's
            year = deadline_year(published, month, day, m.string, m.start(), m.end(), "kk", year)
        c.date = _point(iso(year, month, day))
        if _ablative(m.group(0).split()[-1]) and not m.group("tail"):
            c.date["end"] = None
    return _tail(c, m)


def day_until(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"наурыздың 1-інен 15-іне дейін": from one day of the month to another, one range."""
    month, first, last = month_number(m.group("m")), _day_value(m.group("d")), _day_value(m.group("d2"))
    if not (month and first and last and first < last and _ablative(m.group("d"))
            and valid_day(None, month, first) and valid_day(None, month, last)):
        return None
    year = published.year if published is not None else None
    return Candidate(m.start(), m.end(), {"start": iso(year, month, first), "end": iso(year, month, last)} if year else None)


def _genitive_month(m: re.Match) -> bool:
    # "тамыздың 19-ы", "қаңтар айының 21-і": the month governs the day after it.
    month = m.group("m").lower()
    return month.endswith(GENITIVE) or "айының" in m.group(0).lower()


def _march_in_a_case(word: str) -> bool:
    """"Наурызда", "наурыздан": March (the holiday Наурыз falls in it too), where the bare
    "Наурыз" may name the holiday alone and "қазанда", "маусымда" a cauldron or a season."""
    w = word.lower()
    return w.startswith(("наурыз", "nauryz")) and len(w) > len("наурыз")


def months(m: re.Match, published: dt.date | None) -> Candidate | None:
    first, mod = m.group("m1"), m.group("mod")
    # "Наурыздың басында": a part of it after the genitive makes "наурыз" the month, not the holiday
    named = m.group("aiy") or m.group("m2") or mod or (m.group("part") and first.lower().endswith(GENITIVE))
    if first.lower().startswith(AMBIGUOUS_MONTHS) and not named and not _march_in_a_case(first):
        return None
    if not named and first[:1].isupper() and text_before_is_word(m):
        return None
    a = month_number(first)
    b = month_number(m.group("m2")) if m.group("m2") else a
    if m.group("m2") and not (a and b and a != b):
        return None  # "21-22 наурыз – Наурыз мейрамы": a month, then the holiday named after it
    c = Candidate(m.start(), m.end(), None)
    if m.group("m2") and a and b and a < b:
        c.months = (a, b)  # "Қаңтар-сәуір айларында …, бұл өткен жылдың сәйкес кезеңі": those months then
    named = None if mod else _year_in_sentence(m, published)
    if (published is not None or named is not None) and a and b:
        year = (published.year + W.MONTH_MODIFIERS.get(mod.lower(), 0) if mod
                else named if named is not None
                else year_of_month(published, b if a > b else a, m.string, m.start(), m.end(), "kk"))
        # ("қараша-қаңтар айларында": over the new year, the first month is the year before's)
        c.date = {"start": iso(year - (a > b), a), "end": iso(year, b)}
    return _tail(c, m)


def day_range(m: re.Match, published: dt.date | None) -> Candidate | None:
    c = day_month(m, published)
    second = m.group("d2") or group_of(m, "d3")
    if c is None or not second:
        return c
    last = _day_value(second)
    if c.date and last and c.date["start"] and valid_day(None, int(c.date["start"][5:7]), last):
        c.date = {"start": c.date["start"], "end": c.date["start"][:8] + f"{last:02d}"}
    return c


def spelled_locative(m: re.Match, published: dt.date | None) -> Candidate | None:
    if m.string[max(0, m.start() - 7): m.start()].lower().strip().endswith("сағат"):
        return None  # "сағат жиырма бір отызда": a time of day
    value = kk_number_value(m.group("num").split())
    date = _point(iso(value)) if value and 1900 <= value <= 2100 else None
    return Candidate(m.start(), m.end(), date)  # "екі мың он жетіде": in 2017


def text_before_is_word(m: re.Match) -> bool:
    # A capitalised month inside a sentence is more often a name ("Шілде" a person).
    before = m.string[max(0, m.start() - 2): m.start()]
    return bool(re.match(r"\w\s", before))


def year_range(m: re.Match, published: dt.date | None) -> Candidate | None:
    a, b = _year_value(m.group("y")), _year_value(m.group("y2"))
    if not (a and b and a < b <= a + 50):
        return None
    return _tail(Candidate(m.start(), m.end(), {"start": iso(a), "end": iso(b)}), m)


def listed_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    y = iso(int(m.group("y")))
    return Candidate(m.start(), m.end(), {"start": y, "end": y})


_SINCE_START = re.compile(r"(?:жыл\s+басынан\s+(?:бері|бастап)|жылдың\s+басынан\s+(?:бері|бастап))\s+\Z", re.IGNORECASE)


def _since_start_before(m: re.Match) -> bool:
    """"Жыл басынан бері 5 айда": the months of this year so far, however few are over."""
    return bool(_SINCE_START.search(m.string, max(0, m.start() - 30), m.start()))


_YEAR_BEFORE = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)\s*(?:-?\s*ж\.|-?\s*жыл(?:дың|ғы|ы)?)|(?P<rel>биыл(?:ғы)?|осы\s+жылдың|ағымдағы\s+жылдың))"
    r"\s+\Z", re.IGNORECASE)


def _year_named_before(m: re.Match, published: dt.date) -> int | None:
    """The year written just before "5 айда": "2024 жылдың алғашқы 5 айында", "Биыл 5 айда"."""
    y = _YEAR_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if y is None:
        return None
    return int(y.group("y")) if y.group("y") else published.year


def part_without_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    c = Candidate(m.start(), m.end(), None)
    c.months = _months(m)
    if (m.group("n") or m.group("part")) and c.months is None:
        return None
    year = published.year if published else None
    if year is None:
        return _tail(c, m)
    if c.months == (1, 1) and m.group("n"):
        return _tail(c, m)  # "бір айда 1,5 мың тонна": within a month; January is named, not counted
    if c.months:
        named = _year_named_before(m, published) if m.group("n") else None
        if named is not None:
            year = named  # "2024 жылдың алғашқы 5 айында", "Биыл 5 айда": the year is written
        elif m.group("n") and c.months[0] == 1 and c.months[1] >= published.month and not _since_start_before(m):
            year -= 1  # "12 айда" written in May: last year's twelve months, the only ones over
        elif not m.group("n"):
            # "Үшінші тоқсанда инвестиция 900 млн теңгені құрады" in May: last year's quarter
            year = year_of_part(published, *c.months, m.string, m.start(), m.end(), "kk")
        c.date = _months_date(m, year, c.months)
    elif m.group("begin") and "басынан" not in m.group(0).lower():
        c.date = _point(iso(year, 1))  # "жыл басында": in January, as "жылдың басында" after a year
    elif m.group("begin"):
        c.date = {"start": iso(year, 1), "end": iso(year, published.month)}
        c.months = (1, published.month)  # "…, бұл былтырғы сәйкес кезеңнен 11,4 пайызға жоғары": those months
        return c  # "жыл басынан бері": from January to the time of writing
    elif m.group("edge"):
        c.date = {"start": None, "end": iso(year, 12)}
        return c
    elif m.group("close"):
        c.date = _point(iso(year, 12))  # "жыл соңында": in December
    return _tail(c, m)


_MORNING = frozenset(("таңертең", "таңертеңгі", "таңғы", "таңмен"))


def relative_day(m: re.Match, published: dt.date | None) -> Candidate | None:
    if m.group("vague") and m.group(0).lower() in W.NOWADAYS:
        return None  # "бүгінгі таңда": "nowadays", no date ("бүгін таңертең" is this morning)
    c = Candidate(m.start(), m.end(), None)
    # "бүгін таңертең", "кеше таңғы": the morning of that day, which resolves as the day does
    morning = m.group("vague") and m.group(0)[m.end("w") - m.start():].strip().lower() in _MORNING
    if (m.group("vague") and not morning) or published is None:
        return c
    word = m.group("w").lower()
    for stem, offset in W.RELATIVE_DAYS.items():
        if word == stem:
            c.date = _point((published + dt.timedelta(days=offset)).isoformat())
    if word == "бүгінде":
        c.date = None  # "nowadays"
    return _tail(c, m)


def vague(m: re.Match, published: dt.date | None) -> Candidate | None:
    return Candidate(m.start(), m.end(), None)


def age_after_label(m: re.Match, published: dt.date | None) -> Candidate | None:
    return Candidate(m.start("age"), m.end("age"), None)


def duration(m: re.Match, published: dt.date | None) -> Candidate | None:
    count = m.group("count")
    if count and count[:1].isdigit() and int(_DIGITS.match(count).group()) >= 1000:
        return None  # "2020 жылы" is a year, read by year_phrase (so Digits(below_thousand) in DURATION_START)
    if "айлық" in m.group(0).lower() and (_count_value(count) > 24 or not _count_value(count)):
        return None  # "жиырма бес мың айлық": a salary, not 25 months; "бірнеше айлық" is no DATE in KazNERD
    c = Candidate(m.start(), m.end(), None)
    report = published is not None and _REPORT_AFTER.match(m.string, m.end())
    if report and re.fullmatch(r"жарты\s+жылдық", m.group(0), re.IGNORECASE):
        # "бюджеттің жарты жылдық атқарылуы": the report of the half-year last over
        c.date = last_part(published, 6, m.string, m.start(), m.end(), "kk")
        return c
    n = _count_value(count) if count else 0
    if report and re.search(r"айлық$", m.group(0), re.IGNORECASE) and 1 <= n <= 12 and m.group(0)[:1].isdigit():
        # "9 айлық қорытындысы": the report of the months since January, the last year's if not yet over
        year = published.year - (n >= published.month)
        c.date = {"start": iso(year, 1), "end": iso(year, n)}
        return c
    if published is not None and _HALF_YEAR.fullmatch(m.group(0)):
        # "Резервтен жарты жылда 120 млн теңге бөлінді" in July: the first half of the year
        c.date = last_part(published, 6, m.string, m.start(), m.end(), "kk")
        return c
    ago = AGO.search(m.group(0))
    if ago and published is not None and count and re.fullmatch(r"\d{1,3}|[^\d\W]+(?:\s+[^\d\W]+)*", count.strip()):
        c.date = ago_date(published, _count_value(count), ago.group(1).lower())
    return c


# a report of a period: "9 айлық қорытындысы", "жарты жылдық атқарылуы", "тоқсандық есебі"
_REPORT_AFTER = re.compile(r"\s+(?:қорытынд|есеп|атқарыл|жоспар|көрсеткіш|нәтиже)", re.IGNORECASE)
# "жарты жыл бойы" (for half a year) is a stretch of time, not the half of the calendar
_HALF_YEAR = re.compile(r"жарты\s+жыл(?:да|дың|ғы)|жарты\s+жыл(?:дың)?\s+ішінде", re.IGNORECASE)


def quarter(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"Тоқсан ішінде скринингтен 6 700 тұрғын өтті" in April: the first quarter."""
    c = Candidate(m.start(), m.end(), None)
    if published is not None and m.group(0).lower().startswith("өткен"):
        # "Өткен тоқсанда": the quarter before the running one, whenever in it the text is written
        first = (published.month - 1) // 3 * 3 - 2
        year = published.year - (first < 1)
        first = first + 12 if first < 1 else first
        c.date = {"start": iso(year, first), "end": iso(year, first + 2)}
    elif published is not None:
        c.date = last_part(published, 3, m.string, m.start(), m.end(), "kk")
    return c


AGO = re.compile(r"(жыл|ай|күн|апта)\S*\s+бұрын", re.IGNORECASE)


def ago_date(published: dt.date, n: int, unit: str) -> dict | None:
    """"5 жыл бұрын", "3 ай бұрын": a point before the publication date, at the unit's precision."""
    if n <= 0:
        return None
    if unit == "жыл":
        return _point(iso(published.year - n))
    if unit == "ай":
        return _point(iso(*shift_month(published, -n)))
    return _point((published - dt.timedelta(days=n * (7 if unit == "апта" else 1))).isoformat())


def period_reference(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"осы айда", "өткен айда", "келесі айдан": the month, resolved; "өткен аптада": the
    week, Monday to Sunday; other periods stay vague."""
    c = Candidate(m.start(), m.end(), None)
    words = m.group(0).lower().split()
    if len(words) > 1 and words[1].startswith(W.WEEKDAYS):
        return None  # "өткен сенбіде": a day, read by the weekday rule
    offset = W.RELATIVE_YEAR_MODIFIERS.get(words[0])
    if published is not None and offset is not None and len(words) == 2 and re.fullmatch(
            r"апта(?:да|дан|ға|сы|ның|сында|сынан|сына)?", words[1]):
        c.date = week_of(published, offset)
        return c
    if published is None or offset is None or len(words) < 2:
        return c
    month = iso(*shift_month(published, offset))
    if len(words) == 2 and re.fullmatch(r"ай(?:да|дан|ға|ы|ында|ынан|ына)?", words[1]):
        c.date = _point(month)
    elif words[1] == "айдың" and len(words) > 2:
        # "осы айдың соңына дейін", "келесі айдың соңында": an edge of that month
        edge = " ".join(words[2:])
        c.date = ({"start": None, "end": month} if edge.endswith("дейін")
                  else {"start": month, "end": iso(published.year, published.month)} if edge == "бері"
                  else _point(month))
    return c


def relative_month_day(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"осы айдың 15-інде", "өткен айдың 20-сы": a day of this, last or next month."""
    c = Candidate(m.start(), m.end(), None)
    day = _day_value(m.group("d"))
    offset = W.RELATIVE_YEAR_MODIFIERS.get(m.group("ref").lower())
    if published is None or offset is None or not day:
        return c
    year, month = shift_month(published, offset)
    if not valid_day(year, month, day):
        return None
    c.date = _point(iso(year, month, day))
    return _tail(c, m)


def _count_value(count: str) -> int:
    digits = _DIGITS.match(count)
    return int(digits.group()) if digits else (kk_number_value(count.split()) or 0)


_EVERY_BEFORE = re.compile(r"(?<![^\W\d_])әр\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE)


def weekday(m: re.Match, published: dt.date | None) -> Candidate | None:
    # "Жұма" alone is also a name and "жұма" a week: only with "күні" or a modifier.
    if m.group("wd").lower() == "жұма" and not (m.group("mod") or m.group("kuni")):
        return None
    c = Candidate(m.start(), m.end(), None, weekday=True)
    mod = (m.group("mod") or "").lower()
    # "дүйсенбі күндері", "сенбі сайын", "әр аптаның сенбісі": on Mondays, every Saturday
    habit = (m.group("kuni") or "").lower().startswith("күндер") \
        or re.match(r"\s+сайын", m.string[m.end():m.end() + 8]) is not None \
        or _EVERY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None
    if published is not None and not habit and (not mod or mod in W.RELATIVE_YEAR_MODIFIERS):
        # "Өткен сенбіде", "сенбі күні өтті": the Saturday before the publication
        c.date = weekday_date(published, W.WEEKDAYS.index(m.group("wd").lower()),
                              W.RELATIVE_YEAR_MODIFIERS.get(mod) if mod else None, m.string, m.start(), m.end(), "kk")
    return c


def year_locative(m: re.Match, published: dt.date | None) -> Candidate | None:
    return Candidate(m.start(), m.end(), _point(iso(int(m.group("y")))))


def numeric_iso(m: re.Match, published: dt.date | None) -> Candidate | None:
    year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not valid_day(year, month, day):
        return None
    return Candidate(m.start(), m.end(), _point(iso(year, month, day)))


def dotted_day_month(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"12.03-те", "25.11-ге дейін", "12.03 сағат 10.00-де": a day and month with a dot and
    no year, where a case ending of time or the context makes it a date (see
    ``extractors.dotted_dates``); "12.03 млн", "курсы 12.03" stay numbers."""
    text = m.string
    day, month = int(m.group("d")), int(m.group("mo"))
    if not valid_day(None, month, day):
        return None
    if m.group("case"):
        # "12.03-ке дейін өсті": the level a change reached, a decimal
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1).lower().startswith(_CHANGE_VERBS):
            return None
    elif dotted.amount_after(text, m.end(), W.DOTTED_AMOUNT_AFTER) or not dotted.bare_date_context(
            text, m.start(), m.end()):
        return None
    c = Candidate(m.start(), m.end(), None)
    named = _year_in_sentence(m, published)
    if published is not None or named is not None:
        year = named if named is not None else year_of_month(published, month, text, m.start(), m.end(), "kk")
        if named is None and (group_of(m, "tail") or "").lower() in W.UNTIL_WORDS:
            year = deadline_year(published, month, day, text, m.start(), m.end(), "kk", year)
        c.date = _point(iso(year, month, day))
    return _tail(c, m)


_CHANGE_VERBS = KK_QUALIFIERS["reached"]["verbs_after"]
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


# Words a rule may begin with; a number written in digits as Digits: how many and what
# may follow them, no more than the pattern requires.
SPELLED_START = (*W.CARDINALS, *W.ORDINAL_WORDS)
NUMBER_FIRST_TWO = first_two(SPELLED_START)


def spelled(then: tuple[str, ...] | str = (), right_after: str = "", words=SPELLED_START) -> tuple[Word, ...]:
    """A number spelled out as the start of a rule that reads after its first word, past
    spaces, more number words ("екі мың жиырма") or one of ``then``, and right after it
    only one of ``right_after``. "мың" of "5 мың тонна" or "алты" of "алты адам" then
    begins none of the rules, instead of each tried there (see Word)."""
    return tuple(Word(w, NUMBER_FIRST_TWO + tuple(then), right_after) for w in words)


# (MONTH: a Kazakh or Russian month name, in either script)
MONTH_FIRST_TWO = first_two((*W.MONTHS, *RU_MONTHS))
# YEAR4: four digits, whatever follows ("2023 жылы", "2023-жылы", "2023жылы"); after a space
# YEARWORD (жыл, jyl, zhyl, ж., г., год)
YEAR_DIGITS = Digits((4,), then="жjzг")
# DAY, then HSUF or the spaces before the month: "15-і", "15 наурыз"
DAY_DIGITS = Digits((1, 2), "-", SPACE, then=MONTH_FIRST_TWO)
MONTH_START = stems(W.MONTHS) + tuple(RU_MONTHS)
# (a spelled year: "екі мың жиырма үшінші жылы", "-жылы", "ж.", "г.", "jyly")
YEAR_START = ((YEAR_DIGITS, *spelled("жjzг", "-")) + stems(W.RELATIVE_YEARS) + tuple(W.RELATIVE_YEAR_MODIFIERS)
              + W.PREVIOUS_YEAR_MODIFIERS)
# "5 айда" (\d{1,2}\s+ай), "1-тоқсанда" (ORD: one digit and a hyphen)
# (a spelled count of months, "алты айда"; after "бірінші", a count in digits, "бірінші 6 айда";
# "жарты"/"тоқсан" after an ordinal)
PART_START = (Digits((1, 2), "-", SPACE, then=("ай",)), *spelled(("ай", "жа", "то", *"0123456789"))) + tuple(W.ORDINALS) + ("жыл", "жылдың")
VAGUE_WORDS = W.VAGUE_RELATIVE + W.FREQUENCIES + W.SEASONS + W.SEASON_MONTH_PHRASES
# COUNT: \d{1,4}, then a decimal comma, a DASH, HSUF or the spaces before DASH, HALF (жарым),
# "жұмыс" or DURATION_UNIT (жыл, ай, айлық, күн, апта, тәулік, ғасыр, жұма, онкүндік)
# (below_thousand: ``duration`` drops a count of 1000 or more, "2020 жылы", a year: two in
# three of the numbers this rule was tried at)
DURATION_START = ((Digits((1, 2, 3, 4), ",", "-", "–", "—", SPACE,
                          then=("-", "–", "—", "жы", "жа", "жұ", "ай", "ап", "кү", "і", "тә", "ға", "он"),
                          below_thousand=True),
                   # (a dash to a second count, a unit, "жарым", "жұмыс" of "жұмыс күні")
                   *spelled(("-", "–", "—", "жы", "жа", "жұ", "ай", "ап", "кү", "тә", "ға", "он"), "-–—"))
                  + W.PERIOD_MODIFIERS + W.VAGUE_COUNTS + W.DURATION_QUALIFIERS + ("жарты",))
# AGE: \d{1,3}, then a decimal comma, a dash, "бен"/"мен"/"пен" or the spaces before those or "жас"
AGE_START = (Digits((1, 2, 3), ",", "-", "–", SPACE, LETTER, then=("бе", "ме", "пе", "-", "–", "жа")),
             *spelled(("бе", "ме", "пе", "-", "–", "жа"), "-–"))
# (a spelled day, "жиырма бесінші наурыз": a month next)
DAY_SPELLED = spelled(MONTH_FIRST_TWO)
COMPOUND = rf"(?:{alternation(W.COMPOUND_PERIODS)}){L}*"

# (pattern, meaning, words it may begin with); earlier rules win ties of length.
RULES = [
    # ahead of the year rules so that "1990-жылдары" (the 1990s) wins their tie
    (_compile(DECADE), decade, (Digits((2, 4), "-", SPACE, then=("жы",), tens=True), "өткен", "xx", "хх") + tuple(DECADE_WORDS)),
    (_compile(rf"(?P<d>{DAY})\s+(?P<m>{MONTH})\s*,?\s*(?P<y>{YEAR4}){HSUF}(?:\s*{YEARWORD})?{TAIL}"),
     day_month_year, (DAY_DIGITS, *DAY_SPELLED)),
    (_compile(rf"(?:{YEAR_HEAD}){CONTINUATION}{TAIL}"), year_phrase, YEAR_START),
    (_compile(rf"(?P<y>{YEAR_NUM})(?:{DASH}|/)(?P<y2>{YEAR_NUM})\s*(?:оқу\s+)?{YEARWORD}(?:\s+аралығ{L}*)?{TAIL}"),
     year_range, (Digits((4,), then="-–—"), *spelled("-–—", "-–—/"))),
    # "2023 және 2024 жылдары", "2022, 2023 және 2024 жж.": a year listed before the one with the word
    (_compile(rf"(?P<y>{YEAR4})(?=(?:\s*(?:,|және|мен|пен|бен)\s*{YEAR4})+\s*{YEARWORD})"), listed_year, (Digits((4,), then=(",", "жә", "ме", "пе", "бе")),)),
    (_compile(rf"(?P<d>{DAY})\s+(?P<m>{MONTH}){TAIL}"), day_month, (DAY_DIGITS, *DAY_SPELLED)),
    # "қараша айының 10-ы мен 20-сы аралығында": two days joined by "мен" and "between"
    (_compile(rf"(?P<m>{MONTH})\s+(?:айының\s+)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY})"
              rf"|\s+(?:мен|пен|бен)\s+(?P<d3>{DAY})\s+аралығ{L}*)?{TAIL}"),
     day_range, MONTH_START),
    (_compile(rf"(?P<m>{MONTH})\s+(?:айының\s+)?(?P<d>{DAY})\s+(?P<d2>{DAY})\s+(?:дейін|шейін)"),
     day_until, MONTH_START),
    (_compile(
        rf"(?:(?P<mod>{alternation(W.MONTH_MODIFIERS)})\s+)?(?P<m1>{KK_MONTH})(?:{DASH}(?P<m2>{KK_MONTH}))?"
        rf"(?:\s+(?P<aiy>ай{L}*))?(?:\s+(?P<part>{alternation(W.MONTH_PARTS)})(?!\w))?{TAIL}"
    ), months, stems(W.MONTHS) + tuple(W.MONTH_MODIFIERS)),
    (_compile(PART_OF_YEAR), part_without_year, PART_START),
    (_compile(
        rf"(?P<w>{alternation(W.RELATIVE_DAYS)})"
        rf"(?:\s+(?P<vague>таң|күн){L}*)?{TAIL}"
    ), relative_day, tuple(W.RELATIVE_DAYS)),
    (_compile(alternation(VAGUE_WORDS)), vague, VAGUE_WORDS),
    (_compile(alternation(W.QUARTER_PHRASES)), quarter, W.QUARTER_PHRASES),
    (_compile(COMPOUND), vague, stems(W.COMPOUND_PERIODS)),
    (_compile(PERIOD_REFERENCE), period_reference, W.PERIOD_REFERENCES),
    (_compile(rf"(?P<ref>{alternation(W.MONTH_DAY_REFERENCES)})\s+айдың\s+(?P<d>{DAY}){TAIL}"),
     relative_month_day, W.MONTH_DAY_REFERENCES),
    (_compile(WEEKDAY), weekday, W.PERIOD_REFERENCES + stems(W.WEEKDAYS)),
    (_compile(
        rf"(?:(?:{alternation(W.PERIOD_MODIFIERS)})\s+)?(?P<count>{COUNT})(?:\s+жұмыс)?"
        rf"\s+{DURATION_UNIT}(?:\s+(?:{alternation(W.DURATION_MARKERS)})(?!\w))?"
    ), duration, DURATION_START),
    (_compile(rf"(?P<count>){AGE}"), duration, AGE_START),
    # "Орташа жастары 50-ге тақаған", "орташа жасы – 44": an age after its label
    (_compile(rf"жас(?:ы|тары)\s*[–—:-]?\s*(?P<age>\d{{1,3}}(?:,\d)?(?:-?(?:ке|ге|қа|ға|те|де|та|да))?|(?:{SPELLED})"
              rf"(?:\s+(?:{SPELLED}))?(?:ге|ке|ға|қа|де|те|да|та)?)(?!\w)"), age_after_label, ("жасы", "жастары")),
    (_compile(YEAR_LOCATIVE), year_locative, (Digits((4,), "-"),)),
    (_compile(BARE_LOCATIVE), spelled_locative, spelled(words=tuple(W.CARDINALS))),
    (_compile(SEASON_WITH_REFERENCE), vague, W.PERIOD_REFERENCES),
    (_compile(ANIMAL_YEAR), vague, W.ANIMAL_YEARS),
    (_compile(SEASON_PART), vague, stems(("көктем", "жаз", "күз", "қыс"))),
    (_compile(r"(?P<d>[0-3]?\d)\s?\.\s?(?P<mo>[01]?\d)\s?\.\s?(?P<y>(?:19|20)\d\d)(?:\s*ж\.|\s+жылғы)?"),
     numeric_iso, (Digits((1, 2), ".", SPACE, then="."),)),
    # "2024-06-15", and "2024.06.15" as some offices write it
    (_compile(r"(?P<y>(?:19|20)\d\d)([-.])(?P<mo>[01]\d)\2(?P<d>[0-3]\d)(?!\d)"), numeric_iso, (Digits((4,), "-", "."),)),
    # "12.03-те", "25.11-ге дейін": a day and month with a dot, where the context makes it one
    (_compile(rf"{dotted.DAY_MONTH}(?:-(?P<case>{alternation(W.DOTTED_DAY_ENDINGS)}))?{TAIL}"), dotted_day_month,
     (Digits((2,), "."),)),
]
