"""Page dates as sites print them, for the scrapers."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from extractors.pagedate import PageDateError, parse_page_date

ALMATY = ZoneInfo("Asia/Almaty")
UTC = dt.timezone.utc
# A capture at 2025-11-23 08:00 UTC is 13:00 in Almaty (+05).
CAPTURE = dt.datetime(2025, 11, 23, 8, 0, tzinfo=UTC)


def at(y, mo, d, h, mi, tz=ALMATY):
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz)


PAGE_DATE_TESTS = [
    # visible dates, date only
    ("24 қаңтар 2024 ж.", dt.date(2024, 1, 24)),
    ("24 наурыз 2018 г.", dt.date(2018, 3, 24)),
    ("30 Қазан, 2025", dt.date(2025, 10, 30)),
    ("12 марта 2024", dt.date(2024, 3, 12)),
    ("2023 жылғы 5 мамыр", dt.date(2023, 5, 5)),
    ("17 Qazan 2023", dt.date(2023, 10, 17)),
    ("3 Qańtar 2022", dt.date(2022, 1, 3)),
    ("12.03.2024", dt.date(2024, 3, 12)),
    ("2024-03-12", dt.date(2024, 3, 12)),
    # with times, read in Almaty
    ("15:00, 23 Ноябрь 2025", at(2025, 11, 23, 15, 0)),
    ("10 декабря 2024, 13:02", at(2024, 12, 10, 13, 2)),
    ("07.01.2026, 16:34", at(2026, 1, 7, 16, 34)),
    ("2025-06-01 09:15", at(2025, 6, 1, 9, 15)),
    # machine dates with an offset keep it
    ("2024-12-10T13:02:00+05:00", dt.datetime(2024, 12, 10, 13, 2, tzinfo=dt.timezone(dt.timedelta(hours=5)))),
    ("2024-12-10T08:02:00Z", dt.datetime(2024, 12, 10, 8, 2, tzinfo=UTC)),
    ("Tue, 10 Dec 2024 13:02:00 +0500", dt.datetime(2024, 12, 10, 13, 2, tzinfo=dt.timezone(dt.timedelta(hours=5)))),
    # relative, against the capture time
    ("Сегодня, 14:05", at(2025, 11, 23, 14, 5)),
    ("Вчера, 09:30", at(2025, 11, 22, 9, 30)),
    ("бүгін, 10:15", at(2025, 11, 23, 10, 15)),
    ("кеше, 18:40", at(2025, 11, 22, 18, 40)),
    ("Бүгін", dt.date(2025, 11, 23)),
    ("20 минут назад", dt.datetime(2025, 11, 23, 12, 40, tzinfo=ALMATY)),
    ("3 сағат бұрын", dt.datetime(2025, 11, 23, 10, 0, tzinfo=ALMATY)),
    ("1 сағат 15 минут бұрын", dt.datetime(2025, 11, 23, 11, 45, tzinfo=ALMATY)),
    ("2 дня назад", dt.date(2025, 11, 21)),
    ("3 күн бұрын", dt.date(2025, 11, 20)),
    ("Вчера в 09:30", at(2025, 11, 22, 9, 30)),
    ("Опубликовано: 10 декабря 2024, 13:02", at(2024, 12, 10, 13, 2)),
    ("Жарияланды: 24.01.2024 10:15", dt.datetime(2024, 1, 24, 10, 15, tzinfo=ALMATY)),
    ("2024 жылғы 24 қаңтар, 10:00", dt.datetime(2024, 1, 24, 10, 0, tzinfo=ALMATY)),
    ("December 10, 2024", dt.date(2024, 12, 10)),
    # a day without a year on a listing: the latest such day not after the capture
    ("21 ноября, 11:20", at(2025, 11, 21, 11, 20)),
    ("28 желтоқсан", dt.date(2024, 12, 28)),
    # nothing to read
    ("", None),
    ("Жаңалықтар", None),
    ("31.02.2024", None),
    # an impossible time or offset: the day is still read
    ("2024-03-12 25:99", dt.date(2024, 3, 12)),
    ("2024-03-12T10:00:00+99:99", dt.date(2024, 3, 12)),
    ("07.01.2026, 25:61", dt.date(2026, 1, 7)),
    ("Сегодня, 24:30", dt.date(2025, 11, 23)),
    ("62,2%", None),
]


@pytest.mark.parametrize("text,expected", PAGE_DATE_TESTS)
def test_page_dates(text, expected):
    got = parse_page_date(text, reference=CAPTURE)
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, dt.datetime):
        assert got.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["Сегодня, 14:05", "вчера", "бүгін, 10:15", "5 минут назад"])
def test_relative_without_reference_is_none(text):
    assert parse_page_date(text) is None


# Kazakhstan moved from +06 to +05 on 2024-03-01 (00:00 local).
ALMATY_SHIFT_TESTS = [
    ("29.02.2024, 23:30", dt.timedelta(hours=6), "2024-02-29T17:30:00+00:00"),
    ("1 наурыз 2024 ж., 00:30", dt.timedelta(hours=5), "2024-02-29T19:30:00+00:00"),
    ("2024-02-28 12:00", dt.timedelta(hours=6), "2024-02-28T06:00:00+00:00"),
    ("2 марта 2024, 12:00", dt.timedelta(hours=5), "2024-03-02T07:00:00+00:00"),
]


@pytest.mark.parametrize("text,offset,utc", ALMATY_SHIFT_TESTS)
def test_almaty_offset_change(text, offset, utc):
    got = parse_page_date(text)
    assert got.utcoffset() == offset
    assert got.astimezone(UTC).isoformat() == utc


def test_relative_day_uses_local_date_of_capture():
    # 20:00 UTC on 29 Feb 2024 is already 1 March in Almaty (+05 from that day).
    capture = dt.datetime(2024, 2, 29, 20, 0, tzinfo=UTC)
    assert parse_page_date("Сегодня, 10:00", reference=capture) == at(2024, 3, 1, 10, 0)
    assert parse_page_date("Вчера, 10:00", reference=capture).utcoffset() == dt.timedelta(hours=6)


def test_naive_reference_is_utc():
    assert parse_page_date("бүгін", reference=dt.datetime(2025, 1, 1, 22, 0)) == dt.date(2025, 1, 2)


def test_other_zone():
    got = parse_page_date("10 декабря 2024, 13:02", tz="Europe/Moscow")
    assert got.utcoffset() == dt.timedelta(hours=3)


def test_unknown_zone_is_a_clear_error():
    with pytest.raises(PageDateError, match="unknown time zone 'Mars/Base'"):
        parse_page_date("12.03.2024", tz="Mars/Base")


PIECES = ["Сегодня", "вчера", "бүгін", ",", " ", "14:05", "25:99", "07.01.2026", "31.02.2024", "2024-03-12",
          "T10:00", "+05:00", "Z", "23", "Ноябрь", "қаңтар", "2025", "ж.", "г.", "минут", "назад", "0", "99"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.one_of(st.none(), st.just(CAPTURE)))
def test_never_raises_on_page_furniture(pieces, reference):
    got = parse_page_date("".join(pieces), reference=reference)
    assert got is None or isinstance(got, dt.date)
    if isinstance(got, dt.datetime):
        assert got.tzinfo is not None
