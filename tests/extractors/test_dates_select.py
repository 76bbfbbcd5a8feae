"""_select reads a match's meaning only when no kept span covers the match. It must keep
the same spans, with the same meanings, as reading every match's meaning first and keeping
the longest non-overlapping candidates (the path before), and that rests on every rule's
candidate lying within its match."""
import bisect
import datetime as dt
import random
import re

import pytest

from extractors import dates

# Phrases written for this test: dates inside dates ("2024 жылғы 15 наурызда"), the other
# language's forms, ranges, parts of a year, durations, prepositions, and plain words.
_PIECES = {
    "kk": ["2024 жылғы 15 наурызда", "2023 жылы", "2023 жылдың 9 айында", "биыл", "былтыр", "өткен жылы",
           "қаңтар-ақпан айларында", "2025 жылға дейін", "2020 жылдан бастап", "2019 жылдан бері", "3 жыл",
           "5 айдан 6 айға дейін", "жыл сайын", "1990-жылдары", "бірінші тоқсанда", "жылдың соңында",
           "екі мың жиырма төртінші жылы", "27 наурыз бен 4 сәуір аралығында", "сенбі күні", "23 қазан, жексенбі",
           "15.03.2024", "12.03", "мектеп", "ашылды", "ауылда", "12 адам", "5 млн теңге", "осы кезеңде",
           "2018 жылғы осы кезеңмен", "2022-2024 жылдары", "наурыз", "маусымда", "2024 года", "за 9 месяцев 2023 года"],
    "ru": ["15 марта 2024 года", "в 2023 году", "с 2020 года", "до 2025 года", "к 1 сентября", "за 9 месяцев 2023 года",
           "в прошлом году", "в этом году", "в течение 5 лет", "с 1 января по 31 декабря", "в марте", "в III квартале",
           "в первом полугодии 2024 года", "в 90-х годах", "2022-2024 годы", "в воскресенье, 8 сентября", "ежегодно",
           "15.03.2024", "12.03", "аналогичный период 2018 года", "на 25% к 2023 году", "по сравнению с 2022 годом",
           "школа", "открыта", "в селе", "5 млн тенге", "12 человек", "в конце года", "в начале марта", "мая",
           "2024 жылғы 15 наурызда", "2023 жылы"],
}
_BETWEEN = [" ", " ", ", ", ". ", " – ", " и ", " мен ", "\n", " | ", "-"]


def _every_candidate(text, lang, published):
    """The path before: every match's meaning read, then the table and label years."""
    cands = dates._candidates(text, lang, published)
    if dates.TABLE_CELLS in text:
        cands += dates._header_years(text)
    cands += dates._label_years(text)
    return cands


def _select_every(cands):
    cands = sorted(cands, key=lambda cr: (-(cr[0].end - cr[0].start), cr[1], cr[0].start))
    kept, starts, ends = [], [], []
    for c, _ in cands:
        i = bisect.bisect_left(starts, c.end)
        if i and ends[i - 1] > c.start:
            continue
        kept.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    return sorted(kept, key=lambda c: c.start)


def _texts(lang, rng, n):
    pieces = _PIECES[lang] + _PIECES["ru" if lang == "kk" else "kk"][:8]
    for _ in range(n):
        text = "".join(rng.choice(pieces) + rng.choice(_BETWEEN) for _ in range(rng.randint(1, 8)))
        if rng.random() < 0.1:
            text = "Показатель | 2023 | 2024\n" + text + "\nВыдано: 2022 – 2 100, 2023 – 2 450"
        yield text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_select_reads_only_what_it_needs_and_keeps_the_same(lang):
    rng = random.Random(11)
    for text in _texts(lang, rng, 1500):
        for published in (None, dt.date(2024, 5, 10)):
            want = _select_every(_every_candidate(text, lang, published))
            extra = dates._header_years(text) if dates.TABLE_CELLS in text else []
            got = dates._select(dates._matches(text, lang), extra + dates._label_years(text), published)
            assert [(c.start, c.end, c.date, c.months, c.same_period, c.weekday) for c in got] == \
                   [(c.start, c.end, c.date, c.months, c.same_period, c.weekday) for c in want], text


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_candidate_lies_within_its_match(lang):
    rng = random.Random(12)
    for text in _texts(lang, rng, 800):
        for published in (None, dt.date(2024, 5, 10)):
            for m, handler, _ in dates._matches(text, lang):
                c = handler(m, published)
                if c is not None:
                    assert m.start() <= c.start and c.end <= m.end(), (text, handler.__name__)


def test_select_reads_no_meaning_of_a_match_inside_a_kept_span():
    text = "15 марта 2024 года школа открыта"
    read = []
    matches = [(m, (lambda h: lambda m, p: read.append(m.group()) or h(m, p))(h), r)
               for m, h, r in dates._matches(text, "ru")]
    found = dates._select(matches, [], None)
    assert [(c.start, c.end) for c in found] == [(0, 18)]
    assert "2024 года" not in read


def test_a_match_reaching_past_a_kept_span_is_read():
    """A match that begins inside a kept span but reaches past it may mean a span after it
    ("с" of a preposition left outside): read, and kept. Spans made up with regexes of
    their own, one meaning narrowing its match as the Russian prepositions do."""
    text = "abcdefghij"
    wide = (re.compile("abcdef").match(text), lambda m, p: dates.Candidate(0, 6, None), 0)
    later = (re.compile("efghi").match(text, 4), lambda m, p: dates.Candidate(6, 9, None), 1)
    inside = (re.compile("bcd").match(text, 1), lambda m, p: dates.Candidate(1, 4, None), 2)
    found = dates._select([wide, later, inside], [], None)
    assert [(c.start, c.end) for c in found] == [(0, 6), (6, 9)]
    assert [(c.start, c.end) for c in _select_every([(h(m, None), r) for m, h, r in (wide, later, inside)])] == \
           [(0, 6), (6, 9)]


def test_a_meaning_wider_than_its_match_is_told_and_read_with_every_meaning_first():
    text = "abcdefghij"
    widened = (re.compile("cde").match(text, 2), lambda m, p: dates.Candidate(1, 6, None), 0)
    other = (re.compile("fgh").match(text, 5), lambda m, p: dates.Candidate(5, 8, {"start": "2024", "end": "2024"}), 1)
    with pytest.raises(dates._Widened):
        dates._select([widened, other], [], None)
    found = dates._select([], dates._read([widened, other], None), None)
    want = _select_every([(h(m, None), r) for m, h, r in (widened, other)])
    assert [(c.start, c.end, c.date) for c in found] == [(c.start, c.end, c.date) for c in want] == [(1, 6, None)]
