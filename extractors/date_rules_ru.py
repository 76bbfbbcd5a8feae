"""Russian date grammar: patterns built from ``lang/ru/date_words`` and what they mean.

A preposition before a date ("с 1 января", "до 2025 года") sets its meaning
(starting point, deadline) but stays outside the span, as in the gold files.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from extractors.date_grammar import (
    LETTER, SPACE, Candidate, Digits, Word, first_two, group_of, L, MONTH_WORD, YEAR4, alternation, decade, deadline_year, first_months, iso, last_part, month_number, weekday_date, year_named_before, shift_month, stems, year_of_month, year_of_part,
    valid_day, week_of,
)
from extractors import dotted_dates as dotted
from extractors.lang.kk.date_words import MONTHS as KK_MONTHS
from extractors.lang.ru import date_words as W
from extractors.lang.ru.qualifiers import QUALIFIERS as RU_QUALIFIERS

YEARWORD = r"(?:год(?:а|у|ом|ы|ов|ах|ам)?|гг?\.)"
YEAR = rf"{YEAR4}(?:-?(?:м|й|го|х|е|ый|ом))?"
MONTH = rf"(?:{MONTH_WORD})"
DASH = r"\s*[-–—]\s*"
# ("до 18:00 11 ноября": a time of day may stand between the preposition and the date)
PREP = r"(?:(?P<prep>начиная\s+с|не\s+позднее|не\s+позже|не\s+ранее|не\s+раньше|с|со|до|по|к)\s+(?:[0-2]?\d[:.][0-5]\d\s+(?:час(?:ов|а)?\s+)?)?)?"
REL = alternation(W.RELATIVE_YEARS)
# "текущего года", and its abbreviation "т.г." (this year) as statistics write it
REL_GEN = r"(?:(?P<relw>текущего|этого|нынешнего|прошлого|минувшего|следующего|будущего)\s+года|(?P<tg>т\.\s?г\.))"
ORD = alternation(W.ORDINALS)
MONTH_COUNT = alternation(W.MONTH_COUNTS)
UNITS = r"(?:лет|год(?:а|у|ам|ами|ах)?|месяц(?:а|ев|ам|ами)?|дн(?:я|ей)|день|недел(?:я|и|ь|ю)|сут(?:ки|ок))"


def _compile(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


_COMPARED_WITH = re.compile(r"(?:сравнению|сравнении)\s+\Z", re.IGNORECASE)


def _point(value: str | None) -> dict | None:
    return None if value is None else {"start": value, "end": value}


def _core(m: re.Match, date: dict | None, published: dt.date | None = None) -> Candidate:
    """Candidate without the preposition, its meaning applied to ``date``."""
    start = m.start("core")
    prep = (group_of(m, "prep") or "").lower()
    if date is not None:
        prep = " ".join(prep.split())
        # "к 1 сентября", "к 2030 году" ahead of the article: by then, a deadline ("к октябрю
        # текущего года он превысил …", "на 25% к 2023 году" are a state then, or a comparison)
        # ("к 1 сентября отремонтировано 9 школ": a day is a deadline met, ahead or not)
        by_then = (prep in ("к", "ко") and date["end"] is not None
                   and (len(date["end"]) == 10 or published is not None
                        and date["end"] > published.isoformat()[:len(date["end"])]))
        if prep in ("до", "по", "не позднее", "не позже") or by_then:
            date = {"start": None, "end": date["end"]}
        elif (prep in ("с", "со", "не ранее", "не раньше") or prep.startswith("начиная")) and not _COMPARED_WITH.search(
                m.string, max(0, m.start() - 16), m.start()):
            # (but "по сравнению с 2022 годом": the year compared with, not a starting point)
            date = {"start": date["start"], "end": None}
    return Candidate(start, m.end(), date)


def _year_of(m: re.Match, published: dt.date | None) -> int | None:
    if group_of(m, "y"):
        return int(m.group("y")[:4])
    word = (group_of(m, "relw") or ("текущего" if group_of(m, "tg") else "")).lower()
    if word and published is not None:
        return published.year + (-1 if word in ("прошлого", "минувшего") else 1 if word in ("следующего", "будущего") else 0)
    return None


def day_month_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    month, day = month_number(m.group("m")), int(m.group("d"))
    year = _year_of(m, published)
    if not month or not valid_day(year, month, day):
        return None
    if year is None and not (group_of(m, "relw") or group_of(m, "tg")):
        year = _year_named_in_sentence(m, published)
    if year is None and published is not None and not (group_of(m, "relw") or group_of(m, "tg")):
        year = year_of_month(published, month, m.string, m.start(), m.end(), "ru")
        if (group_of(m, "prep") or "").lower().split()[:1] in (["до"], ["не"]):
            year = deadline_year(published, month, day, m.string, m.start(), m.end(), "ru", year)
    return _core(m, _point(iso(year, month, day)) if year else None, published)


def month_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    a = month_number(m.group("m"))
    b = month_number(m.group("m2")) if group_of(m, "m2") else a
    year = _year_of(m, published)
    if year is None and group_of(m, "m2"):
        # "В 2020 году в ноябре–декабре": the year the sentence names, else by the tense
        year = _year_named_in_sentence(m, published)
        if year is None and published is not None:
            year = year_of_part(published, a if a < b else b, b, m.string, m.start(), m.end(), "ru") if a and b else None
    if not (a and b):
        return None
    # ("в ноябре–январе": over the new year, the first month is the year before's)
    c = _core(m, {"start": iso(year - (a > b), a), "end": iso(year, b)} if year else None, published)
    if group_of(m, "m2"):
        c.months = (a, b)  # "за январь–май …, чем за аналогичный период 2024 года": those months then
    return c


def year(m: re.Match, published: dt.date | None) -> Candidate | None:
    a = int(m.group("y")[:4])
    b = int(m.group("y2")[:4]) if group_of(m, "y2") else a
    if b < a or b > a + 50:
        return None
    if not group_of(m, "y2") and m.group("y").lower().endswith("х") and a % 10 == 0:
        b = a + 9  # "в 2020-х годах": the decade
    return _core(m, {"start": iso(a), "end": iso(b)}, published)


# "за 9 месяцев", "за первые девять месяцев", "по итогам 10 месяцев": the months since
# January in a report. Without these and without a year, "продлится 9 месяцев" is a duration.
_SINCE_JANUARY = re.compile(r"(?<!\w)(?:за|по\s+итогам|итоги|по\s+результатам)\s+(?:перв(?:ые|ых)\s+)?\Z",
                            re.IGNORECASE)


def _month_count(m: re.Match) -> int | None:
    """The number of months of "9 месяцев" / "девять месяцев", or None for a part of the year."""
    if group_of(m, "n"):
        return int(m.group("n"))
    if group_of(m, "nw"):
        return W.MONTH_COUNTS[m.group("nw").lower().replace("ё", "е")]
    return None


def part_of_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    y = _year_of(m, published)
    n = _month_count(m)
    if n is not None and not (group_of(m, "y") or group_of(m, "relw") or group_of(m, "tg")):
        if not _SINCE_JANUARY.search(m.string, max(0, m.start() - 24), m.start()):
            return None
        if published is not None and n >= published.month:
            y = published.year - 1  # "за 12 месяцев" written in May: last year's, the only one over
    if y is None and published is not None:
        y = published.year
    c = _core(m, None)
    if n is not None:
        if not 1 <= n <= 12:
            return None
        c.months = (1, n)
        c.date = first_months(y, n) if y else None
    else:
        n = W.ORDINALS.get(m.group("ord").lower(), 0)
        part = m.group("part").lower()
        if part.startswith("квартал") and 1 <= n <= 4:
            c.months = (3 * n - 2, 3 * n)
        elif part.startswith(("полугод", "половин")) and n in (1, 2):
            c.months = (1, 6) if n == 1 else (7, 12)
        else:
            return None
        if y is not None and published is not None and not (group_of(m, "y") or group_of(m, "relw")
                                                            or group_of(m, "tg")):
            # "В III квартале объём составил …" in May: last year's quarter, the one over
            y = year_of_part(published, *c.months, m.string, m.start(), m.end(), "ru")
        c.date = {"start": iso(y, c.months[0]), "end": iso(y, c.months[1])} if y else None
    return c


def from_to(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"с 2020 по 2023 год", "с 1 января по 31 декабря 2024 года": one range, the year
    written once at its end serving both ends."""
    if m.group("ya"):
        a, b = int(m.group("ya")[:4]), int(m.group("yb")[:4])
        return Candidate(m.start("core"), m.end(), {"start": iso(a), "end": iso(b)}) if a < b <= a + 50 else None
    if m.group("ma"):  # "с марта по май 2024 года", "с декабря по февраль"
        first, last = month_number(m.group("ma")), month_number(m.group("mb"))
        if not (first and last and first != last) or min(len(m.group("ma")), len(m.group("mb"))) < 3:
            return None
        if m.group("ym"):
            year_b = int(m.group("ym")[:4])
            year_a = year_b - (last < first)
        else:
            year_a = _year_named_in_sentence(m, published) or _range_year(published, first, last, m)
            year_b = year_a + (last < first) if year_a else None
        return Candidate(m.start("core"), m.end(),
                         {"start": iso(year_a, first), "end": iso(year_b, last)} if year_a else None)
    m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
    year_b = int(m.group("y")[:4]) if m.group("y") else None
    if m.group("y1") and not m.group("y") and m1 and m2:
        # "с 15 декабря 2023 года по 15 января": the end in the year of the start, or the next
        year_b = int(m.group("y1")[:4]) + (m2 < m1)
    if year_b is None and m1 and m2 and published is not None:
        # "с 25 декабря по 5 января" in December: this December to next January, by the tense
        # ("С 20 декабря по 10 января прошла акция" in January: the December before)
        year_a = _year_named_in_sentence(m, published) or _range_year(published, m1, m2, m)
        year_b = year_a + (m2 < m1)
    year_a = int(m.group("y1")[:4]) if m.group("y1") else year_b - (m2 < m1) if year_b and m1 and m2 else year_b
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (m1 and m2 and valid_day(year_a, m1, d1) and valid_day(year_b, m2, d2)):
        return None
    date = {"start": iso(year_a, m1, d1), "end": iso(year_b, m2, d2)} if year_b else None
    return Candidate(m.start("core"), m.end(), date)


def _range_year(published: dt.date | None, first: int, last: int, m: re.Match) -> int | None:
    """The year a range of months written without one starts in: as for its months, by the
    tense; over the new year, the December of the publication's year or the one before."""
    if published is None:
        return None
    if last >= first:
        return year_of_part(published, first, last, m.string, m.start(), m.end(), "ru")
    # over the new year: in its first months the range may be the one now running or over
    return year_of_month(published, first, m.string, m.start(), m.end(), "ru") if published.month >= first \
        else published.year - 1 if published.month <= last + 2 else published.year


def relative_month(m: re.Match, published: dt.date | None) -> Candidate | None:
    c = Candidate(m.start(), m.end(), None)
    if published is not None:
        c.date = _point(iso(*shift_month(published, W.RELATIVE_MONTHS[" ".join(m.group(0).lower().split())])))
    return c


def relative_week(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"на прошлой неделе": Monday to Sunday of that week."""
    c = Candidate(m.start(), m.end(), None)
    if published is not None:
        c.date = week_of(published, W.RELATIVE_WEEKS[" ".join(m.group(0).lower().split())])
    return c


def ago(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"5 лет назад", "3 месяца назад": a point before the publication date."""
    c = Candidate(m.start(), m.end(), None)
    if published is None:
        return c
    n, unit = int(m.group("n")), m.group("unit").lower()
    if unit.startswith(("лет", "год")):
        c.date = _point(iso(published.year - n))
    elif unit.startswith("месяц"):
        c.date = _point(iso(*shift_month(published, -n)))
    else:
        days = n * 7 if unit.startswith("недел") else n
        c.date = _point((published - dt.timedelta(days=days)).isoformat())
    return c


# "В 2023 году пролечено 9 800 пациентов, на 400 больше, чем годом ранее": the year before
# the one the sentence names, not before the publication's
_BEFORE_NAMED = ("годом ранее", "годом раньше", "предыдущим годом", "предыдущего года", "в предыдущем году")
_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)\s*(?:год|г\.)")


def relative_year(m: re.Match, published: dt.date | None) -> Candidate | None:
    phrase = " ".join(m.group(0).lower().split())
    if phrase in _BEFORE_NAMED:
        lo = max(m.string.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        named = _NAMED_YEAR.findall(m.string, lo, m.start())
        if not named and published is not None:
            # "По итогам 2024 года … . Объем вырос на 14,2%, чем годом ранее" in 2025: the year the
            # paragraph reports on, when it is over
            para = max(m.string.rfind("\n", 0, m.start()) + 1, m.start() - 600)
            named = [y for y in _NAMED_YEAR.findall(m.string, para, m.start()) if int(y) < published.year][-1:]
        if named:
            return Candidate(m.start(), m.end(), _point(iso(int(named[-1]) - 1)))
    if published is None:
        return Candidate(m.start(), m.end(), None)
    y = published.year + W.RELATIVE_YEARS.get(phrase, 0)
    return Candidate(m.start(), m.end(), _point(iso(y)))


def since_start_until_day(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"с начала года по 1 октября", "с начала 2024 года по 30 сентября": one range, from
    January to the day."""
    year = int(m.group("y")[:4]) if m.group("y") else _year_of(m, published)
    if m.group("y2"):
        year = int(m.group("y2")[:4])
    if year is None and published is not None:
        year = published.year
    month, day = month_number(m.group("m")), int(m.group("d"))
    c = Candidate(m.start(), m.end(), None)
    if year is not None and month and valid_day(year, month, day):
        c.date = {"start": iso(year, 1), "end": iso(year, month, day)}
    return c


def year_edges(m: re.Match, published: dt.date | None) -> Candidate | None:
    c = Candidate(m.start(), m.end(), None)
    edge = W.YEAR_EDGES[" ".join(m.group("edge").lower().split())]
    explicit = int(m.group("y")[:4]) if m.group("y") else None
    year = explicit or _year_of(m, published) or (published.year if published else None)
    if year is None:
        return c
    if edge == "since_start":
        if published is not None and year <= published.year:
            # "с начала года", "с начала 2022 года": through the time of writing, as the
            # Kazakh "жылдың басынан бері" reads
            c.date = {"start": iso(year, 1), "end": iso(published.year, published.month)}
        else:
            c.date = {"start": iso(year, 1), "end": None}
    elif edge == "until_end":
        c.date = {"start": None, "end": iso(year, 12)}
    elif edge == "until_middle":
        c.date = {"start": None, "end": iso(year, 6)}  # "к середине года": by June
    elif edge in ("begin", "end", "as_of_start", "as_of_end"):
        # ("на конец 2023 года": as of its end, given as the text gives it, the month, as the
        # Kazakh "2023 жылдың соңындағы жағдай бойынша" is)
        c.date = _point(iso(year, 1 if edge in ("begin", "as_of_start") else 12))
    else:
        c.date = _point(iso(year))
        if explicit is None:
            c.date = None  # "в середине года" without a year: vague
    return c


def month_edges(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"в конце марта", "до конца ноября 2024 года", "с начала сентября": a part of a month,
    given at the month's precision, or the month as a bound."""
    month = month_number(m.group("m"))
    if not month or len(m.group("m").rstrip(".")) < 4 and m.group("m").lower() not in ("мая", "май"):
        return None  # "мар", "дек": abbreviations only follow a day
    edge = W.YEAR_EDGES[" ".join(m.group("edge").lower().split())]
    year = int(m.group("y")[:4]) if m.group("y") else _year_of(m, published)
    if year is None and published is not None:
        # "в конце октября завершили": the month's year by the sentence's tense, as for a bare month
        year = year_of_month(published, month, m.string, m.start(), m.end(), "ru")
    c = Candidate(m.start(), m.end(), None)
    if year is not None:
        month_iso = iso(year, month)
        c.date = ({"start": month_iso, "end": None} if edge == "since_start"
                  else {"start": None, "end": month_iso} if edge in ("until_end", "until_middle")
                  else _point(month_iso))
    return c


def this_month_edges(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"до конца месяца", "с начала текущего месяца": an edge of the month of writing."""
    c = Candidate(m.start(), m.end(), None)
    if published is None:
        return c
    edge = W.YEAR_EDGES[" ".join(m.group("edge").lower().split())]
    year, month = published.year, published.month
    month_iso = iso(year, month)
    c.date = (_point(month_iso) if edge == "since_start"  # so far: the month itself
              else {"start": None, "end": month_iso} if edge in ("until_end", "until_middle")
              else _point(month_iso))
    return c


def part_edges(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"до конца III квартала 2025 года", "в начале второго полугодия": an edge of a
    quarter or a half-year, as of a year ("до конца года") at the precision of a month."""
    n = W.ORDINALS.get(m.group("ord").lower(), 0)
    part = m.group("part").lower()
    if part.startswith("квартал") and 1 <= n <= 4:
        first, last = 3 * n - 2, 3 * n
    elif part.startswith("полугод") and n in (1, 2):
        first, last = (1, 6) if n == 1 else (7, 12)
    else:
        return None
    c = Candidate(m.start(), m.end(), None)
    year = _year_of(m, published) or (published.year if published else None)
    if year is None:
        return c
    edge = W.YEAR_EDGES[" ".join(m.group("edge").lower().split())]
    c.date = ({"start": None, "end": iso(year, last)} if edge == "until_end"
              else {"start": None, "end": iso(year, (first + last) // 2)} if edge == "until_middle"
              else {"start": iso(year, first), "end": None} if edge == "since_start"
              else _point(iso(year, first)) if edge in ("begin", "as_of_start")
              else _point(iso(year, last)) if edge in ("end", "as_of_end")
              else {"start": iso(year, first), "end": iso(year, last)})
    return c


# "В прошлом году … принимали гостей в январе", "В 2023 году … 15 марта": the year the
# sentence names before a month written without one
_YEAR_IN_SENTENCE = re.compile(
    r"(?<![^\W\d_])(?:(?:в|за)\s+(?P<y>(?:19|20)\d\d)\s*(?:году|года|г\.)"
    r"|в\s+(?P<rel>этом|текущем|нынешнем|прошлом|минувшем|позапрошлом)\s+году)(?![^\W\d_])", re.IGNORECASE)
_REL_OFFSET = {"этом": 0, "текущем": 0, "нынешнем": 0, "прошлом": -1, "минувшем": -1, "позапрошлом": -2}


def _year_named_in_sentence(m: re.Match, published: dt.date | None) -> int | None:
    return year_named_before(m, published, _YEAR_IN_SENTENCE, _REL_OFFSET, 160)


def month_alone(m: re.Match, published: dt.date | None) -> Candidate | None:
    word = m.group("m")
    if len(word.rstrip(".")) < 4 and word.lower() not in ("мая", "мае", "май", "маю"):
        return None  # "мар", "дек": abbreviations only follow a day
    month = month_number(word)
    if not month:
        return None
    if m.group("prep").lower() == "и" and not month_number(m.string[:m.start()].split()[-1:][0] if m.string[:m.start()].split() else ""):
        return None  # "в январе и феврале": "и" stands for "в" only after a month
    year = _year_named_in_sentence(m, published)
    if year is None and published is not None:
        year = year_of_month(published, month, m.string, m.start(), m.end(), "ru")
    return _core(m, _point(iso(year, month)) if year else None, published)


def day_span(m: re.Match, published: dt.date | None) -> Candidate | None:
    month, first, last = month_number(m.group("m")), int(m.group("d1")), int(m.group("d"))
    year = _year_of(m, published)
    if year is None and not (group_of(m, "relw") or group_of(m, "tg")):
        # "1–2 января ЦОН не работает" in December: next January's, as one day would be
        year = _year_named_in_sentence(m, published)
        if year is None and published is not None:
            # (the tense by the grammar of the month's language: "1-2 қаңтарда … жұмыс істемейді")
            lang = "ru" if m.group("m").lower().rstrip(".") in W.MONTHS else "kk"
            year = year_of_month(published, month, m.string, m.start(), m.end(), lang)
    if not month or not (valid_day(year, month, first) and valid_day(year, month, last) and first < last):
        return None
    date = {"start": iso(year, month, first), "end": iso(year, month, last)} if year else None
    return Candidate(m.start("core"), m.end(), date)


def relative_day(m: re.Match, published: dt.date | None) -> Candidate | None:
    c = Candidate(m.start(), m.end(), None)
    if published is not None:
        offset = W.RELATIVE_DAYS[m.group(0).lower()]
        c.date = _point((published + dt.timedelta(days=offset)).isoformat())
    return c


def same_period(m: re.Match, published: dt.date | None) -> Candidate | None:
    # The span is the year, as in the gold files: "за аналогичный период | прошлого года".
    y = _year_of(m, published)
    return Candidate(m.start("core"), m.end(), _point(iso(y)) if y else None, same_period=True)


def bare_part(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"Смертность за квартал сократилась на 5,2%" in April: the quarter last over."""
    c = Candidate(m.start("core"), m.end(), None)
    if published is not None:
        length = 3 if m.group("part").lower().startswith("квартал") else 6
        c.date = last_part(published, length, m.string, m.start(), m.end(), "ru")
    return c


_WEEKDAY_NUMBERS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
                    "воскресенье": 6}


def weekday(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"в воскресенье были закрыты": the Sunday before the publication; "в субботу пройдет": the next."""
    c = Candidate(m.start(), m.end(), None, weekday=True)
    number = _WEEKDAY_NUMBERS.get(m.group(0).lower().split()[-1])
    if published is not None and number is not None:
        c.date = weekday_date(published, number, None, m.string, m.start(), m.end(), "ru")
    return c


_WEEKDAY_FORMS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
_MODIFIER_OFFSET = {"прошл": -1, "минувш": -1, "следующ": 1, "ближайш": 1, "эт": 0}


def weekday_with_modifier(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"в прошлую пятницу", "в следующий вторник", "в эту субботу": that week's day."""
    c = Candidate(m.start("core"), m.end(), None, weekday=True)
    mod = next((v for k, v in _MODIFIER_OFFSET.items() if m.group("mod").lower().startswith(k)), None)
    if published is not None and mod is not None:
        c.date = weekday_date(published, _WEEKDAY_FORMS[m.group("wd").lower()], mod, m.string, m.start(), m.end(), "ru")
    return c


_LAST_PART_OFFSET = {"прошлом": -1, "прошлый": -1, "минувшем": -1, "минувший": -1, "предыдущем": -1}


def relative_part(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"в прошлом квартале", "за прошлый квартал", "в минувшем полугодии": the part before the
    running one."""
    c = Candidate(m.start("core"), m.end(), None)
    if published is None:
        return c
    length = 3 if m.group("part").lower().startswith("квартал") else 6
    first = (published.month - 1) // length * length + 1 - length  # the running part's first month, one back
    year = published.year
    if first < 1:
        first += 12
        year -= 1
    c.date = {"start": iso(year, first), "end": iso(year, first + length - 1)}
    return c


def vague(m: re.Match, published: dt.date | None) -> Candidate | None:
    return Candidate(m.start(), m.end(), None)


def numeric(m: re.Match, published: dt.date | None) -> Candidate | None:
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    return Candidate(m.start(), m.end(), _point(iso(y, mo, d))) if valid_day(y, mo, d) else None


def dotted_day_month(m: re.Match, published: dt.date | None) -> Candidate | None:
    """"до 25.11", "с 12.03 по 18.03", "12.03 в село приехали": a day and month with a dot
    and no year, where the context makes it a date (see ``extractors.dotted_dates``)."""
    text = m.string
    day, month = int(m.group("d")), int(m.group("mo"))
    if not valid_day(None, month, day) or dotted.amount_after(text, m.end(), W.DOTTED_AMOUNT_AFTER):
        return None
    prep = (m.group("prep") or "").lower().split()[:1]
    if not prep:
        if not dotted.bare_date_context(text, m.start(), m.end()):
            return None
    elif prep[0] in ("с", "со", "от") and not dotted.pair_is_dates(text, m.end()):
        return None
    elif prep[0] == "до" and (dotted.after_change_verb(text, m.start(), _CHANGE_VERBS)
                              or not dotted.start_is_date(text, m.start())):
        return None
    year = _year_named_in_sentence(m, published)
    if year is None and published is not None:
        year = year_of_month(published, month, text, m.start(), m.end(), "ru")
        if prep and prep[0] in ("до", "не"):
            year = deadline_year(published, month, day, text, m.start(), m.end(), "ru", year)
    return _core(m, _point(iso(year, month, day)) if year else None, published)


_CHANGE_VERBS = RU_QUALIFIERS["reached"]["verbs_before"]
DOTTED_PREP = alternation(W.DOTTED_DAY_PREPOSITIONS)

YEAR_OR_REL = rf"(?:(?P<y>{YEAR})\s*(?:{YEARWORD})|{REL_GEN})"

# Words a rule may begin with; a number written in digits as Digits: how many and what
# may follow them, no more than the pattern requires (PREP begins with a letter); a word the
# pattern follows by spaces as Word: what may come first after them.
DIGIT_CHARS = "0123456789"
# MONTH: a Kazakh or Russian month name, in either script (its first two letters)
MONTH_FIRSTS = first_two((*KK_MONTHS, *W.MONTHS))


def prep_start(then) -> tuple[Word, ...]:
    """PREP's words, before what the rule reads after PREP (its first characters or pairs
    ``then``) or a time of day ("до 18:00 11 ноября"): "начиная с", "не позднее", "не ранее"."""
    core = tuple(sorted(set(then) | set(DIGIT_CHARS)))
    return (Word("начиная", "с"), Word("не", "пр"), *(Word(w, core) for w in ("с", "со", "до", "по", "к")))


PREP_START = prep_start(DIGIT_CHARS)
MONTH_START = prep_start(MONTH_FIRSTS) + tuple(W.MONTHS)
VAGUE_WORDS = W.VAGUE_RELATIVE + W.FREQUENCIES + W.SEASONS
# UNITS: лет, год, месяц, дн, день, недел, сут
UNIT_FIRSTS = ("ле", "го", "ме", "дн", "де", "не", "су")
# \d{1,3}, then a decimal comma, a DASH, the spaces before a DASH or the unit, or "-летний"
# ("в течение", "на протяжении", "за последние", "последние 5", "от 3 до 6 лет")
# (the first two letters of a spelled count: "более того", "почти все" begin none)
COUNT_FIRSTS = tuple(DIGIT_CHARS) + first_two(W.MONTH_COUNTS)
DURATION_START = (Digits((1, 2, 3), ",", "-", "–", "—", SPACE, then=("-", "–", "—") + UNIT_FIRSTS),
                  Word("в", "т"), Word("на", "п"), Word("за", "п"),
                  *(Word(w, COUNT_FIRSTS) for w in ("последние", "более", "около", "почти")),
                  *(Word(w, DIGIT_CHARS) for w in ("от", "с", "со")), *W.MONTH_COUNTS)

# The first two letters of what these rules read after "в", "во", "за" (one letter let "в селе",
# "в соответствии", "в Минздраве" through, one word in three of a Russian text after "в"):
# "истекшем", "прошедшем", "отчетном" or the part, "квартале", "полугодии";
# "прошлую", "минувшую", "следующую", "ближайшую", "эту"
BARE_PART_FIRSTS = ("ис", "пр", "от", "кв", "по")
WEEKDAY_MODIFIER_FIRSTS = ("пр", "ми", "сл", "бл", "эт")

# (pattern, meaning, words it may begin with); earlier rules win ties of length.
RULES = [
    # decades, ahead of the year rule so that they win its ties: "в 90-х годах", "1990-е годы", "в начале 2000-х"
    (_compile(r"(?:1[89]|20)?\d0-?[хе]\s+(?:год(?:ы|ов|ах|ам)|гг\.)|(?:1[89]|20)\d0-[хе]"), decade, (Digits((2, 4), "-", LETTER, tens=True),)),
    (_compile(rf"(?:(?:аналогичн|соответствующ)(?:ый|ого|ом|ему)|(?:тот|того|том|тому)\s+же)\s+период(?:а|е|у)?\s+"
              rf"(?P<core>{YEAR_OR_REL})"),
     same_period, stems(("аналогичный", "соответствующий")) + ("тот", "того", "том", "тому")),
    (_compile(rf"{PREP}(?P<core>(?P<d>[0-3]?\d)(?:-?(?:го|е|ое))?\s+(?P<m>{MONTH})(?:\s*,?\s*(?P<y>{YEAR})(?:\s*{YEARWORD})?|\s+{REL_GEN})?)"),
     day_month_year, PREP_START + (Digits((1, 2), "-", SPACE, LETTER, then=MONTH_FIRSTS),)),
    (_compile(rf"{PREP}(?P<core>(?P<m>{MONTH})(?:{DASH}(?P<m2>{MONTH}))?\s+{YEAR_OR_REL})"), month_year, MONTH_START),
    (_compile(rf"{PREP}(?P<core>(?P<m>{MONTH}){DASH}(?P<m2>{MONTH}))"), month_year, MONTH_START),
    (_compile(rf"{PREP}(?P<core>(?P<y>{YEAR})(?:(?:{DASH}|/)(?P<y2>{YEAR}))?\s*(?:учебн{L}*\s+)?{YEARWORD})"), year,
     PREP_START + (Digits((4,), then=("-", "–", "—", "уч", "го", "г.", "гг")),)),
    # "в 2023-м", "с 2020-го", "к 2030-му": the year word left out after the ending
    (_compile(rf"(?:(?P<prep>начиная\s+с|с|со|до|по|к)\s+|(?<=[вВ]\s)(?<!\w[вВ]\s))(?P<core>(?P<y>{YEAR4})-(?:м|го|му))"),
     year, PREP_START + (Digits((4,), "-"),)),
    # "в 2023 и 2024 годах", "2022, 2023 и 2024 годы": a year listed before the one with the word
    (_compile(rf"{PREP}(?P<core>(?P<y>{YEAR4}))(?=(?:\s*(?:,|и)\s*{YEAR4})+\s*{YEARWORD}(?!\w))"), year,
     PREP_START + (Digits((4,), then=",и"),)),
    # "в 2023 году было 200, в 2024 – 250": a year after "в" whose word is left out before a dash
    (_compile(rf"(?<=[вВ]\s)(?<!\w[вВ]\s)(?P<core>(?P<y>(?:19|20)\d\d))(?=\s*[–—]\s)"), year, (Digits((4,), SPACE, "–", "—", then="–—"),)),
    (_compile(
        rf"{PREP}(?P<core>(?:(?:(?P<n>\d{{1,2}})|(?P<nw>{MONTH_COUNT}))\s*(?:месяц(?:а|ев)|мес\.)|(?P<ord>{ORD})\s+(?P<part>квартал{L}*|полугоди{L}*|половин{L}*\s+года|половин{L}*(?=\s+{YEAR4})))"
        rf"(?:\s+{YEAR_OR_REL})?)"
    ), part_of_year, prep_start(COUNT_FIRSTS + first_two(W.ORDINALS)) + (Digits((1, 2), "-", SPACE, LETTER, then=("ме", "кв", "по")),)
     + tuple(W.ORDINALS) + tuple(W.MONTH_COUNTS)),
    # "за квартал", "в истекшем полугодии": the part last over ("в квартале" alone is also a city block)
    (_compile(rf"(?:за|в)\s+(?P<core>(?:(?:истекш|прошедш|отчетн|отчётн){L}*\s+)?(?P<part>квартал|(?<=[мй]\s)квартале|полугодие|полугодии))"
              rf"(?!\s*(?:\d|№|[IV]+\b))"), bare_part, (Word("за", BARE_PART_FIRSTS), Word("в", BARE_PART_FIRSTS))),
    (_compile(REL), relative_year, tuple(W.RELATIVE_YEARS)),
    (_compile(alternation(W.RELATIVE_MONTHS)), relative_month, tuple(W.RELATIVE_MONTHS)),
    (_compile(alternation(W.RELATIVE_WEEKS)), relative_week, tuple(W.RELATIVE_WEEKS)),
    (_compile(rf"(?P<n>\d{{1,3}})\s+(?P<unit>{UNITS})\s+назад"), ago, (Digits((1, 2, 3), SPACE, then=UNIT_FIRSTS),)),
    (_compile(
        rf"(?P<edge>{alternation(W.YEAR_EDGES)})\s+(?:(?P<y>{YEAR})\s*{YEARWORD}|{REL_GEN}|года)"
    ), year_edges, tuple(W.YEAR_EDGES)),
    (_compile(
        rf"с\s+начала\s+(?:(?P<y>{YEAR})\s*{YEARWORD}|{REL_GEN}|года)\s+по\s+(?P<d>[0-3]?\d)\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y2>{YEAR})\s*{YEARWORD})?"
    ), since_start_until_day, (Word("с", "н"),)),
    (_compile(
        rf"(?P<edge>{alternation(W.YEAR_EDGES)})\s+(?P<m>{MONTH})(?:\s+(?:(?P<y>{YEAR})\s*{YEARWORD}|{REL_GEN}))?"
    ), month_edges, tuple(W.YEAR_EDGES)),
    (_compile(rf"(?P<edge>{alternation(W.YEAR_EDGES)})\s+(?:(?:этого|текущего|нынешнего)\s+)?месяца"),
     this_month_edges, tuple(W.YEAR_EDGES)),
    # "до конца III квартала 2025 года", "с начала второго полугодия"
    (_compile(
        rf"(?P<edge>{alternation(W.YEAR_EDGES)})\s+(?P<ord>{ORD})\s+(?P<part>квартал{L}*|полугоди{L}*)"
        rf"(?:\s+{YEAR_OR_REL})?"
    ), part_edges, tuple(W.YEAR_EDGES)),
    (_compile(rf"(?P<prep>{alternation(W.MONTH_PREPOSITIONS + ('и',))})\s+(?P<core>(?P<m>{MONTH}))"),
     month_alone, tuple(Word(w, MONTH_FIRSTS) for w in W.MONTH_PREPOSITIONS + ("и",))),
    (_compile(
        rf"(?:с\s+)?(?P<core>(?P<d1>[0-3]?\d)(?:\s+по\s+|{DASH})(?P<d>[0-3]?\d)\s+(?P<m>{MONTH})"
        rf"(?:\s+(?P<y>{YEAR})\s*{YEARWORD}?|\s+{REL_GEN})?)"
    ), day_span, (Word("с", DIGIT_CHARS), Digits((1, 2), "-", "–", "—", SPACE, then=("по", "-", "–", "—")))),
    (_compile(
        rf"с\s+(?P<core>(?P<ya>{YEAR})\s+по\s+(?P<yb>{YEAR})\s*{YEARWORD}"
        rf"|(?P<ma>{MONTH})\s+по\s+(?P<mb>{MONTH})(?:\s+(?P<ym>{YEAR})\s*{YEARWORD}?)?(?!\s+[0-3]?\d(?!\d))"
        rf"|(?P<d1>[0-3]?\d)\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR})\s*{YEARWORD}?)?\s+по\s+"
        rf"(?P<d2>[0-3]?\d)\s+(?P<m2>{MONTH})(?:\s+(?P<y>{YEAR})\s*{YEARWORD}?)?)"
    ), from_to, (Word("с", tuple(DIGIT_CHARS) + MONTH_FIRSTS),)),
    (_compile(alternation(W.WEEKDAYS)), weekday, W.WEEKDAYS),
    (_compile(rf"(?:в|во)\s+(?P<core>(?P<mod>прошл|минувш|следующ|ближайш|эт){L}*\s+(?P<wd>{alternation(_WEEKDAY_FORMS)}))"),
     weekday_with_modifier, (Word("в", WEEKDAY_MODIFIER_FIRSTS), Word("во", WEEKDAY_MODIFIER_FIRSTS))),
    (_compile(rf"(?:в|за)\s+(?P<core>(?:прошл|минувш|предыдущ){L}*\s+(?P<part>квартал{L}*|полугоди{L}*))"),
     relative_part, (Word("в", ("пр", "ми")), Word("за", ("пр", "ми")))),
    (_compile(rf"(?:{alternation(W.SEASONS)})\s+(?:{YEAR}\s*{YEARWORD}|{REL_GEN})"), vague, W.SEASONS),
    (_compile(alternation(W.RELATIVE_DAYS)), relative_day, tuple(W.RELATIVE_DAYS)),
    (_compile(alternation(VAGUE_WORDS)), vague, VAGUE_WORDS),
    (_compile(
        rf"(?:(?:в\s+течение|на\s+протяжении|за\s+последние|последние|более|около|почти)\s+)?"
        rf"(?:\d{{1,3}}(?:,\d{{1,2}})?(?:{DASH}\d{{1,3}})?|{MONTH_COUNT})\s+{UNITS}(?:\s+(?:назад|спустя))?"
        # "16-летний", "к 150-летию", "50-летний юбилей": an age or an anniversary, as KazNERD dates them
        rf"|\d{{1,3}}-лет(?:ний|него|нему|ним|нем|няя|нюю|нее|ие|ия|ию|ием|ии|ней|них|ними)"
        # "от 3 до 6 лет": an age or duration range, one span
        rf"|(?:от|с|со)\s+\d{{1,3}}(?:,\d{{1,2}})?\s+до\s+\d{{1,3}}(?:,\d{{1,2}})?\s+{UNITS}"
    ), vague, DURATION_START),
    (_compile(r"(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?:\s*г\.|\s+года)?"), numeric, (Digits((1, 2), "."),)),
    # "2024-06-15", and "2024.06.15" as some offices write it
    (_compile(r"(?P<y>(?:19|20)\d\d)([-.])(?P<mo>[01]\d)\2(?P<d>[0-3]\d)(?!\d)"), numeric, (Digits((4,), "-", "."),)),
    # "до 25.11", "12.03 в 10.00": a day and month with a dot, where the context makes it one
    (_compile(rf"(?:(?P<prep>{DOTTED_PREP})\s+)?(?P<core>{dotted.DAY_MONTH})"), dotted_day_month,
     PREP_START + (Word("от", DIGIT_CHARS), Digits((2,), "."))),
]
