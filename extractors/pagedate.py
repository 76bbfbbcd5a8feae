"""A page's publication date, from its visible text or its machine date.

For the scrapers: ``parse_page_date("Сегодня, 14:05", reference=capture_time)``.
Relative forms resolve against ``reference`` (the WARC capture time), so parsing an
archived page years later gives the same answer. A time without an offset is read
in the site's IANA zone (``zoneinfo`` knows Kazakhstan's move from +06 to +05 on
2024-03-01). Our grammar reads the forms sites print; dateparser, with explicit
languages, is the fallback for anything else.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extractors.date_grammar import MONTH_WORD, SUFFIX, month_number, valid_day
from extractors.lang.kk import date_words as KK
from extractors.lang.ru import date_words as RU

DEFAULT_TZ = "Asia/Almaty"

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:-{SUFFIX})?\s+({MONTH_WORD})(?:,?\s*(\d{{4}}))?(?!\d)", re.IGNORECASE
)
_YEAR_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{4}})\s*(?:ж\.|жылғы|jylǵy|jylgy)?\s+(\d{{1,2}})(?:-{SUFFIX})?\s+({MONTH_WORD})",
    re.IGNORECASE,
)
_RELATIVE_DAY_WORDS = {**{k: v for k, v in KK.RELATIVE_DAYS.items()}, **RU.RELATIVE_DAYS}
_RELATIVE_DAY = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _RELATIVE_DAY_WORDS), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
# "5 минут назад", "2 часа назад", "3 сағат 20 минут бұрын", "2 күн бұрын".
_AGO_UNIT = r"(минут\w*|мин\.?|час\w*|сағат\w*|секунд\w*|сек\.?|дн\w*|день|күн\w*|недел\w*|апта\w*)"
_AGO = re.compile(rf"(?<!\d)((?:\d{{1,3}}\s+{_AGO_UNIT}\s+)+)(назад|бұрын)(?!\w)", re.IGNORECASE)
_AGO_PART = re.compile(rf"(\d{{1,3}})\s+{_AGO_UNIT}", re.IGNORECASE)


class PageDateError(ValueError):
    """A time zone name zoneinfo does not know."""


def parse_page_date(
    text: str, *, reference: dt.datetime | None = None, tz: str = DEFAULT_TZ
) -> dt.datetime | dt.date | None:
    """The date a page shows, or None when ``text`` holds none we can read.

    An aware datetime when a time is given (in ``tz`` unless the text has an offset),
    a date when only a date is given. Relative forms ("Сегодня, 14:05", "кеше")
    need ``reference``; without it they give None. A naive ``reference`` is read as
    UTC, as WARC capture times are.
    """
    if not isinstance(text, str):
        return None
    s = " ".join(text.split())
    if not s:
        return None
    zone = _zone(tz)
    local_ref = _local_reference(reference, zone)

    found = _iso(s, zone)
    if found is not None:
        return found
    found = _rfc2822(s)
    if found is not None:
        return found

    m = _AGO.search(s)
    if m:
        return _ago(m.group(1), local_ref)

    time_match = _TIME.search(s)
    rest = s[: time_match.start()] + " " + s[time_match.end():] if time_match else s
    day = _calendar_day(rest, local_ref)
    if day is None:
        rel = _RELATIVE_DAY.search(rest)
        if rel:
            if local_ref is None:
                return None
            day = local_ref.date() + dt.timedelta(days=_RELATIVE_DAY_WORDS[rel.group(1).lower()])
    if day is None:
        day = _dateparser_fallback(s, local_ref)
        if day is None:
            return None
    if time_match is None:
        return day
    hh, mm, ss = int(time_match.group(1)), int(time_match.group(2)), int(time_match.group(3) or 0)
    return dt.datetime(day.year, day.month, day.day, hh, mm, ss, tzinfo=zone)


def _ago(parts: str, local_ref: dt.datetime | None) -> dt.datetime | dt.date | None:
    """"3 сағат 20 минут бұрын": a time before the capture; whole days give a date."""
    if local_ref is None:
        return None
    delta = dt.timedelta()
    days_only = True
    for n, unit in _AGO_PART.findall(parts):
        unit = unit.lower()
        if unit.startswith(("дн", "день", "күн")):
            delta += dt.timedelta(days=int(n))
        elif unit.startswith(("недел", "апта")):
            delta += dt.timedelta(weeks=int(n))
        else:
            days_only = False
            if unit.startswith("мин"):
                delta += dt.timedelta(minutes=int(n))
            elif unit.startswith("сек"):
                delta += dt.timedelta(seconds=int(n))
            else:
                delta += dt.timedelta(hours=int(n))
    if days_only:
        return (local_ref - delta).date()
    return (local_ref - delta).replace(microsecond=0)


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise PageDateError(f"unknown time zone {tz!r}: expected an IANA name such as Asia/Almaty") from e


def _local_reference(reference: dt.datetime | None, zone: ZoneInfo) -> dt.datetime | None:
    if reference is None:
        return None
    if isinstance(reference, dt.date) and not isinstance(reference, dt.datetime):
        return dt.datetime(reference.year, reference.month, reference.day, tzinfo=zone)
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=dt.timezone.utc)
    return reference.astimezone(zone)


def _iso(s: str, zone: ZoneInfo) -> dt.datetime | dt.date | None:
    m = _ISO.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not valid_day(y, mo, d):
        return None
    if m.group(4) is None:
        return dt.date(y, mo, d)
    hour, minute, second = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return dt.date(y, mo, d)  # "2024-03-12 25:99": the day is readable, the time is not
    value = dt.datetime(y, mo, d, hour, minute, second)
    offset = m.group(7)
    if offset is None:
        return value.replace(tzinfo=zone)
    if offset.upper() == "Z":
        return value.replace(tzinfo=dt.timezone.utc)
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if delta >= dt.timedelta(hours=24):
        return dt.date(y, mo, d)  # "+99:99" is no offset
    return value.replace(tzinfo=dt.timezone(sign * delta))


def _rfc2822(s: str) -> dt.datetime | None:
    # Feeds: "Tue, 10 Dec 2024 13:02:00 +0500".
    if not re.match(r"^[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", s):
        return None
    try:
        value = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo else None


def _calendar_day(s: str, local_ref: dt.datetime | None) -> dt.date | None:
    m = _ISO_DATE.search(s)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.search(s)
    if m:
        year = int(m.group(3))
        if year < 100:
            year += 2000
        return _make(year, int(m.group(2)), int(m.group(1)))
    m = _YEAR_DAY_MONTH.search(s)
    if m:
        month = month_number(m.group(3))
        return _make(int(m.group(1)), month, int(m.group(2))) if month else None
    m = _DAY_MONTH_YEAR.search(s)
    if m:
        month = month_number(m.group(2))
        if not month:
            return None
        day = int(m.group(1))
        if m.group(3):
            return _make(int(m.group(3)), month, day)
        return _without_year(month, day, local_ref)
    return None


def _without_year(month: int, day: int, local_ref: dt.datetime | None) -> dt.date | None:
    # "23 ноября, 14:05" on a listing: the latest such day not after the capture.
    if local_ref is None:
        return None
    for year in (local_ref.year, local_ref.year - 1):
        d = _make(year, month, day)
        if d is not None and d <= local_ref.date() + dt.timedelta(days=1):
            return d
    return None


def _make(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None or not valid_day(year, month, day) or not 1900 <= year <= 2100:
        return None
    return dt.date(year, month, day)


def _dateparser_fallback(s: str, local_ref: dt.datetime | None) -> dt.date | None:
    # Only for whole strings that look like a date (a digit and a letter or separator);
    # never search_dates, which reads "62,2%" as a date.
    if not re.search(r"\d", s) or len(s) > 80:
        return None
    import dateparser

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True}
    if local_ref is not None:
        settings["RELATIVE_BASE"] = local_ref.replace(tzinfo=None)
    try:
        value = dateparser.parse(s, languages=["ru", "kk", "en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return value.date() if value is not None else None
