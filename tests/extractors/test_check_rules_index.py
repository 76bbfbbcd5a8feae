"""The per-text indexes and shortcuts of :class:`extractors.check_rules.Layout`: each must
answer exactly as the slower reading it stands in for."""
from __future__ import annotations

import re
import sys

import pytest

from extractors.check_rules import (_ODD_CYRILLIC_CASES, _PLAN_HINT, _PLAN_PIECES, RESPECTIVELY, Layout, _starts_of)
from extractors.records import Record
from extractors.sentences import split_sentences

_TEXTS = [
    "Жоспар бойынша 60 маман келуі тиіс еді, 57 маман келді (95%). Потребность – 40 врачей.",
    "При плане 200 млн тенге поступило 180 млн. Требуется ещё 20 млн, предусмотренных бюджетом.",
    "Потребности района: 12 школ. Запланировано 8, построено 6 (75%).",
    "İstanbul: 5 рейсов по плану, 4 выполнено.",  # "İ" lower-cases to two characters
    "Без слов о нём: 120 семей, 80 получили жильё.",
]


def _layout(text: str) -> Layout:
    records = [Record("number", m.group(), m.start(), m.end(), value=float(m.group()), unit=None)
               for m in re.finditer(r"\d+", text)]
    return Layout(text, records, split_sentences(text))


def test_starts_of_finds_every_start_overlapping_ones_too():
    assert _starts_of("потребность и треб", ("потребност", "треб")) == [0, 2, 14]
    assert _starts_of("аааа", ("аа",)) == [0, 1, 2]
    assert _starts_of("", ("план",)) == []


@pytest.mark.parametrize("text", _TEXTS)
def test_plan_hint_within_answers_as_searching_the_stretch(text):
    lay = _layout(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 2, 3):
            expected = _PLAN_HINT.search(text[lo:hi].lower()) is not None
            assert lay._plan_hint_within(lo, hi) == expected, (lo, hi)


def test_plan_pieces_are_the_hint_pattern():
    assert "|".join(_PLAN_PIECES) == _PLAN_HINT.pattern


def test_may_say_is_false_only_when_the_pattern_cannot_match():
    lay = _layout("Показатели 10 и 12 соответственно.")
    assert lay.may_say("соответственно") and lay.says_respectively
    lay = _layout("Показатели 10 и 12.")
    assert not lay.may_say("соответственно") and not lay.says_respectively
    # an old letter form re.IGNORECASE takes for "о", which str.lower() leaves as it is
    odd = "с\u1c82ответственн\u1c82"
    assert RESPECTIVELY.search(odd) is not None
    assert _layout(f"Показатели 10 и 12 {odd}.").says_respectively
    lay = _layout("Из них 61 получили жильё.")
    assert lay.may_say_in("Из НИХ ", ("них",)) and not lay.may_say_in("Из всех ", ("них",))


def test_odd_cyrillic_cases_are_every_letter_lower_misses():
    """Every character that re.IGNORECASE matches with a Cyrillic letter, and str.lower()
    does not turn into it, is one _ODD_CYRILLIC_CASES finds."""
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    any_letter = re.compile(f"[{letters}]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch) and ch.lower() not in letters:
            assert _ODD_CYRILLIC_CASES.fullmatch(ch), hex(code)


def test_remembered_tests_answer_as_asked_afresh():
    text = "План – 1 000 тонн, собрано 600 тонн, или 60% годового плана."
    lay = _layout(text)
    for f in lay.figures:
        first = lay.is_plan(f), lay.is_compared(f), lay.is_compared(f, plan_ok=True)
        assert (lay.is_plan(f), lay.is_compared(f), lay.is_compared(f, plan_ok=True)) == first
        assert Layout.is_plan.__wrapped__(lay, f) == first[0]


_LONG_OPENINGS = [
    # dates and a rate's base open the sentence before the words: both blanked
    ("ru", "В 2023 году из 212 км дорог районного значения на 100 тысяч населения в хорошем состоянии "
           "лишь 121 км, или 57%. С 1 января по 30 июня 2024 года из-за паводка пострадали 45 сёл."),
    ("kk", "2024 жылдың 1 қаңтарынан бастап 30 маусымына дейін ауданда жол-көлік оқиғалары 12-ге азайды, "
           "оның 8-і қала ішінде, яғни 66,7 пайызы. Биыл оның 480 гектарына су жеткізілді."),
    # hyphens and dots where a window of the reading may end
    ("ru", "В 2024 году Северо-Казахстанская обл. и г. Петропавловск: из 1 200 семей жильё-квартиры получили 960, т.е. 80%."),
]


@pytest.mark.parametrize("lang,text", _LONG_OPENINGS)
def test_leading_words_are_the_first_words_of_the_whole_reading(lang, text):
    from extractors.check_rules import words
    from extractors.core import extract

    records = [r for r in extract(text, lang) if r.kind != "check"]
    assert any(r.kind == "date" for r in records)
    lay = Layout(text, records, split_sentences(text))
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            for durations in (False, True):
                whole = words(lay.without_dates(start, end, durations))
                # small first windows, so that their edges fall on hyphens, dots and dates
                for window in (1, 2, 3, 5, 64):
                    for n in (1, 2, 3):
                        assert lay.leading_words(start, end, n, durations, window) == whole[:n], (start, end, window)


def test_sentence_ends_and_heads_read_as_the_whole_sentence():
    """_ends_with_abbreviation and _opens_after_abbreviation read stretches at the ends of a
    sentence: they must answer as reading the whole one."""
    import random

    from extractors.sentences import ABBREVIATIONS
    rnd = random.Random(7)
    pieces = ["тыс.", "млн.", "Тыс.", "слово", "x" * 90, " ", "  " * 50, "\n", "(", "а", "Б", ".",
              # abbreviations as long as the longest, after and in longer words; a no-break space
              "т.с.с.", "просп.", "впросп.", "аудитория", "\u00a0", "ТЫС..", "т.е"]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        lay = Layout(text, [], [(0, len(text))])
        prev = text.rstrip()
        last = prev.rsplit(None, 1)[-1:] or [""]
        assert lay._ends_with_abbreviation(0) == (prev.endswith(".") and last[0].lower().rstrip(".") in ABBREVIATIONS), text
        head = text.lstrip()[:1]
        assert lay._opens_after_abbreviation(0, len(text)) == (head == "(" or head.islower()), text


_SENTENCE_OPENINGS = [
    # dates (resolved and durations) and a rate's base blanked; "İ" and "Σ" lower-case unevenly
    ("В 2023 году из 45 сел газифицированы 30, за два года – 12 на 100 тысяч населения.",
     [("В 2023 году", {"start": "2023-01-01", "end": "2023-12-31"}), ("за два года", None)]),
    ("Из 120 молодых специалистов, прибывших по программе, осталось 72.", []),
    ("Биыл оның 480 гектарына егілді. İstanbul 5 рейсов, из них 4.", [("Биыл", {"start": "2024-01-01", "end": "2024-12-31"})]),
    ("ΣΑΣΑ 5 рейсов, из них 4.", []),
    # a date running across figures: the stretch cut inside it keeps it
    ("Из 2020-2023 годов 3 года, из-за дождей 2.", [("2020-2023 годов", {"start": "2020-01-01", "end": "2023-12-31"})]),
    ("10 000 (5%), 9 999 (5%), 9 998 (5%) из них.", []),
]


@pytest.mark.parametrize("text,dates", _SENTENCE_OPENINGS)
def test_leading_words_from_a_sentence_start_read_as_the_blanked_stretch(text, dates):
    """From a sentence's start leading_words reads the sentence blanked once: the same words."""
    from extractors.check_rules import words
    records = [Record("number", m.group(), m.start(), m.end(), value=float(m.group()), unit=None)
               for m in re.finditer(r"\d+", text)]
    for surface, resolved in dates:
        at = text.index(surface)
        records.append(Record("date", surface, at, at + len(surface), date=resolved))
    for durations in (False, True):
        for n in (1, 2, 3):
            lay = Layout(text, records, split_sentences(text))  # (a new one: the first n asked is the one kept)
            for start, stop in lay.sentences:
                for end in range(start, stop + 1):
                    expected = words(lay.without_dates(start, end, durations))[:n]
                    assert lay.leading_words(start, end, n, durations) == expected, (durations, n, end)


def test_sentences_joined_by_this_indicator_as_matching_every_head():
    """A sentence head is matched against _INDICATOR_HEAD only where the last word of a phrase
    starts within its reach: the clauses must be those of matching every head."""
    import random
    rnd = random.Random(11)
    pieces = ["В 2023 году 120 браков. ", "Этот показатель вырос до 150. ", "ЭТОТ  ПОКАЗАТЕЛЬ – 12. ",
              "Бұл сан 40-қа жетті. ", "Бұл саны 4. ", "Осы көрсеткіш 5 болды. ", "Данная цифра 7. ",
              "Слово слово слово слово слово слово слово слово слово слово это число 9. ", "İstanbul 5. ",
              "Эта ци\u1c83ра 3. ", "Жаңа жол 12 шақырым. ", "\n", "это числовой ряд 4. ", "Сан 8. "]
    # the phrase ending at the edge of the head read, and just past it
    pieces += ["Х" * k + " этот показатель 5. " for k in range(40, 48)]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8)))
        lay = _layout(text)
        lay._indicator_hints = None  # every head matched
        assert lay._join_after_abbreviations() == lay._clause, text


@pytest.mark.parametrize("text", _TEXTS + ["Собрано 120 тонн. Это на 20% больше, чем 100 тонн. 5 и 6.", "1. 2 тыс. (3%) 4"])
def test_neighbours_kept_per_figure_are_the_next_in_the_clause(text):
    lay = _layout(text)
    for i, f in enumerate(lay.figures):
        before = lay.figures[i - 1] if i and lay.sentence_of(lay.figures[i - 1]) == lay.sentence_of(f) else None
        after = (lay.figures[i + 1] if i + 1 < len(lay.figures)
                 and lay.sentence_of(lay.figures[i + 1]) == lay.sentence_of(f) else None)
        assert lay.neighbour(f, -1) is before and lay.neighbour(f, +1) is after


def test_gap_words_kept_per_text_answer_as_read_afresh():
    from extractors.check_rules import _gap_words
    lay = _layout("Собрано 120 тонн, или 60% плана.")
    gaps = [" тонн, или ", " тыс. чел. – на ", "; ", " 5 ", "", " жоспардың ", " т. е. ", " ТЫС. (", ". Бұл "]
    for gap in gaps * 2:
        assert lay.gap_words(gap) == _gap_words(gap), gap
    ws = lay.gap_words(" тонн, или ")
    ws.append("changed")  # a caller's change stays its own
    assert lay.gap_words(" тонн, или ") == ["тонн", "или"]


def test_is_plan_reading_stretches_with_a_plan_word_answers_as_reading_every_one():
    """is_plan reads a stretch before or after a figure only with a piece of a plan word
    starting in it; with the index of those pieces dropped, every stretch is read."""
    import random
    rnd = random.Random(5)
    pieces = ["жоспар бойынша ", "План ", "план ", "запланировано в сумме ", "требуется ", "жоспарланған ",
              "по плану ", "жоспарға қарсы ", "жоспарланып, ", "планировалось трудоустроить ", "көзделген ",
              "орналастыру жоспарланған ", "предусмотрено ", "при плане ", "жоспардың орнына ", "Жоспар ",
              "слово ", "ұзын сөздер тізбегі ", "қызметкерлерді тұрақты жұмыс орындарына жоспарланған ", "x" * 25 + " ", "y" * 45 + " ", ", ", ". ", "(", ") ", "İ ", "60% "]
    for _ in range(400):
        parts, records = [], []
        for _ in range(rnd.randrange(2, 14)):
            if rnd.random() < 0.3:
                at = sum(map(len, parts))
                number = str(rnd.randrange(1, 999))
                records.append(Record(rnd.choice(["number", "money", "quantity"]), number, at, at + len(number),
                                      value=float(number), unit=None))
                parts.append(number + " ")
            else:
                parts.append(rnd.choice(pieces))
        text = "".join(parts)
        lay = Layout(text, records, split_sentences(text))
        every = Layout(text, records, split_sentences(text))
        every._plan_hints = None
        for f in lay.figures:
            assert Layout.is_plan.__wrapped__(lay, f) == Layout.is_plan.__wrapped__(every, f), (text, f.start)


@pytest.mark.parametrize("lead", ["План поступлений", "Жоспар", "Планировалось трудоустроить", "Запланировано в сумме"])
def test_is_plan_reads_the_plan_word_at_the_edge_of_each_stretch(lead):
    for n, word in [(n, word) for n in range(0, 40) for word in ("сөз", "қызметкерлер")]:
        filler = " ".join([word] * n)
        for text in (f"Ал. {lead} {filler} 120 тонн.", f"Ал. 120 адамды {filler} жоспарланған.", f"Ал. 120 тонна {filler} жоспарланып."):
            at = text.index("120")
            records = [Record(kind, "120", at, at + 3, value=120.0, unit=None) for kind in ("number", "money")]
            for r in records:
                lay = Layout(text, [r], split_sentences(text))
                every = Layout(text, [r], split_sentences(text))
                every._plan_hints = None
                assert Layout.is_plan.__wrapped__(lay, r) == Layout.is_plan.__wrapped__(every, r), text


@pytest.mark.parametrize("text", ["Выросла на 45 тыс. тенге", "на 5%", "Нана 5", "НА 5", "вырос на\u00a05", "на-5", "сна 5",
                                  "на. 5", "она 5", "(на 5", "на\n5", "НА  12", "за 5"])
def test_na_before_answers_as_reading_the_words(text):
    at = text.index("5") if "5" in text else text.index("12")
    lay = Layout(text, [Record("number", text[at:], at, len(text), value=5.0, unit=None)], [(0, len(text))])
    from extractors.check_rules import words
    for chars in (8, 12):
        assert lay.na_before(lay.figures[0], chars) == (words(lay.before(lay.figures[0], chars))[-1:] == ["на"])


def test_rate_words_looked_for_before_the_rate_patterns():
    """A gap with no word of _RATE_AFTER_COMMA (nor "көрсеткіші") is never read by the patterns:
    they could not match it."""
    import random

    from extractors.check_shares import _KK_RATE_OF_VERB, _RATE_AFTER_COMMA, _names_a_rate, _rate_of_the_verb
    rnd = random.Random(3)
    pieces = ["газифицировано", "сел", "из", "35", ", ", ",", " ", "  ", "охват", "ОХВАТ", "доля", "удельный вес",
              "уровень", "раскрываемость", "сохраняемость", "проходимость", "қамту", "үлесі", "деңгейі", "ДЕҢГЕЙІ",
              "ашылу", "көрсеткіші", "КӨРСЕТКІШІ", "– ", "составила ", "құрайды ", "қосылған", "\u1c82хват", "İ"]
    for _ in range(3000):
        gap = " " + "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 7))) + " "
        if _RATE_AFTER_COMMA.fullmatch(gap):
            assert _names_a_rate(gap), gap
        if _KK_RATE_OF_VERB.fullmatch(gap) is None:
            assert not _rate_of_the_verb(gap), gap
        else:
            assert "көрсеткіші" in gap.lower(), gap


@pytest.mark.parametrize("text", ["10 мың тұрғынға шаққанда 6,1", "6,1 на 10 тыс. жителей", "1000 адамға ШАҚҚАНДА 4",
                                  "1000 адамға ша\u1c81\u1c81анда 4", "1000 адамға шаққан 4", "5 тонна"])
def test_per_capita_bases_read_as_trying_the_kazakh_pattern_at_each_number(text):
    from extractors.check_rules import _per_capita_base
    lay = _layout(text)
    assert lay._odd_cases == (_ODD_CYRILLIC_CASES.search(text) is not None)
    records = [Record("number", m.group(), m.start(), m.end(), value=float(m.group()), unit=None)
               for m in re.finditer(r"\d+", text)]
    for r in records:
        assert _per_capita_base(text, r, lay.may_say("шаққанда")) == _per_capita_base(text, r), (text, r.start)


def test_rate_of_use_words_looked_for_before_the_pattern():
    import random

    from extractors.check_shares import _RATE_OF_USE_RU, _USED_ON_BEFORE
    rnd = random.Random(9)
    pieces = ["Бюджет ", "исполнен ", "ИСПОЛНЕН ", "освоено ", "выполнено ", "реализовано ", "использовано ", "на ",
              "исп", "олнен ", "слово ", "\u1c82своено ", "  ", "İ "]
    for _ in range(2000):
        stretch = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6)))
        lay = _layout(stretch + "92%")
        if _USED_ON_BEFORE.search(stretch):
            assert lay.may_say_in(stretch, _RATE_OF_USE_RU), stretch


@pytest.mark.parametrize("clause", ["средний балл – ", "Средняя зарплата ", "в среднем ", "в  среднем ", "орташа жасы – ",
                                    "орта есеппен ", "орта  есеппен ", "ОРТАША ", "балл ", "в сред", "орта "])
def test_average_read_only_with_a_word_of_one(clause):
    from extractors.check_rules import words
    from extractors.check_shares import _AVERAGE_WORDS, _average
    text = f"Ал {clause}92."
    lay = _layout(text)
    w = lay.figures[-1]
    ws = words(lay.clause_before(w, 40))[-4:]
    assert _average(lay, w) == (any(x.startswith(_AVERAGE_WORDS) for x in ws) or " ".join(ws[-2:]) in _AVERAGE_WORDS)


@pytest.mark.parametrize("text", [
    "Собрано 120 тонн, или 60% плана; в 2023 году – 100 тонн. Жоспар-бойынша 5 т.е. 7",
    "ОСВОЕНО 2,3 млрд из 2,5 млрд: 92%. Бұл ӨТКЕН жылғы 80-нен көп",
    "İstanbul 5 рейсов, из них 4 (80%).",  # "İ" lower-cases to two characters
    "ΣΑΣ 5 рейсов, ΟΔΟΣ 4 и 3.",  # "Σ" lower-cases by what follows it
])
def test_words_near_a_figure_read_as_the_stretches_lower_cased(text):
    from extractors.check_rules import words
    lay = _layout(text)
    for r in lay.figures:
        for chars in (0, 1, 5, 12, 30, 80):
            assert lay.words_before(r, chars) == words(lay.before(r, chars))
            assert lay.words_after(r, chars) == words(lay.after(r, chars))
            assert lay.words_clause_before(r, chars) == words(lay.clause_before(r, chars))
            assert lay.words_clause_after(r, chars) == words(lay.clause_after(r, chars))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            assert lay.words_in(start, end) == words(text[start:end]), (start, end)
            assert lay.lower_in(start, end) == text[start:end].lower(), (start, end)


@pytest.mark.parametrize("text", ["Всего 10, из НИХ 4.", "İstanbul: итого 5 и 6", "ΣΑΣ жиыны 7", "с\u1c82ответственно 8"])
def test_may_say_within_answers_as_may_say_in_the_stretch(text):
    lay = _layout(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            for pieces in (("них",), ("всего", "итого"), ("жиыны",), ("зз",)):
                assert lay.may_say_within(start, end, pieces) == lay.may_say_in(text[start:end], pieces)


def _splitting(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` as it was written before its words were taken whole (the oracle)."""
    return re.compile(pattern.pattern.replace(r"\s*+", r"\s*").replace("++", "+"), pattern.flags)


@pytest.mark.parametrize("name", ["_RATE_AFTER_COMMA", "_KK_RATE_OF_VERB"])
def test_rate_patterns_take_the_words_before_the_comma_whole(name):
    """Taking each word whole matches what splitting it among the repeats matched."""
    import random

    from extractors import check_shares
    pattern = getattr(check_shares, name)
    old = _splitting(pattern)
    assert old.pattern != pattern.pattern
    rnd = random.Random(11)
    pieces = ["сел", "газ", "35", ", ", ",", " ", "охват", "доля", "уровень", "раскрываемость", "қамту", "үлесі",
              "ашылу", "көрсеткіші", "– ", "құрады ", "ауыл-", "\u1c82хват", "ағу", "жүргізу "]
    for _ in range(3000):
        gap = " " + "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6))) + " "
        a, b = pattern.fullmatch(gap), old.fullmatch(gap)
        assert (a and a.groups()) == (b and b.groups()), gap


@pytest.mark.parametrize("name", ["_RATE_AFTER_COMMA", "_KK_RATE_OF_VERB"])
def test_a_run_of_glued_letters_fails_the_rate_patterns_in_linear_time(name):
    """Three times the letters take about three times as long (split every way among five
    repeats, 40 glued letters took 20 ms and 75 half a second). A ratio, not a time."""
    import time

    from extractors import check_shares
    pattern = getattr(check_shares, name)

    def seconds(n):
        gap = " " + "раскрываемостькөрсеткіші" * n + " "
        t = time.process_time()
        for _ in range(20):
            assert pattern.fullmatch(gap) is None
        return time.process_time() - t

    seconds(1)
    assert seconds(3) < 6 * seconds(1) + 0.05


@pytest.mark.parametrize("text", _TEXTS + ["Собрано 120 тонн, или 60% к плану. Это на 20% больше (рост 25%), чем 100 тонн."])
def test_remembered_tests_answer_as_the_tests_asked_afresh(text):
    """A test kept per figure (_once_per_figure) answers as the test itself, asked first or
    again, with its arguments positional or named; a record that is no figure is asked anew."""
    records = [Record("percent" if text[m.end():m.end() + 1] == "%" else "number", m.group(), m.start(), m.end(),
                      value=float(m.group()), unit=None) for m in re.finditer(r"\d+", text)]
    lay = Layout(text, records, split_sentences(text))
    fresh = Layout(text, records, split_sentences(text))
    outsider = Record("number", "120", 0, 3, value=120.0, unit=None)
    tests = ("in_labelled_brackets", "change_direction", "of_plan", "is_difference", "starts_with_of_them", "is_plan")
    for _ in range(2):
        # (a record made by a rule is asked only what reads the text alone)
        assert lay.in_labelled_brackets(outsider) == Layout.in_labelled_brackets.__wrapped__(fresh, outsider)
        for f in lay.figures:
            for name in tests:
                assert getattr(lay, name)(f) == getattr(Layout, name).__wrapped__(fresh, f), (name, f.start)
            for asked in ({}, {"plan_ok": True}, {"plan_ok": False}):
                assert lay.is_compared(f, **asked) == Layout.is_compared.__wrapped__(fresh, f, **asked)
            assert lay.is_compared(f, True) == Layout.is_compared.__wrapped__(fresh, f, True)
    assert all(id(outsider) not in memo and (id(outsider), ()) not in memo for memo in lay._remembered)


def _clauses_reading_every_head(lay: Layout) -> list[int]:
    """Sentence → clause as _join_after_abbreviations numbers them, every test asked of each
    sentence on the line of the one before (no shortcut by its first character)."""
    from extractors.check_rules import _HEAD_REACH, _INDICATOR_HEAD, _continues
    ids, n = [], 0
    for i, (start, end) in enumerate(lay.sentences):
        if i:
            same_line = "\n" not in lay.text[lay.sentences[i - 1][1]:start]
            head_end = min(end, start + _HEAD_REACH)
            joined = same_line and (
                lay._opens_after_abbreviation(start, end) and lay._ends_with_abbreviation(i - 1)
                or _continues(lay.text[start:head_end])
                or _INDICATOR_HEAD.match(lay.text, start, head_end) is not None)
            n += not joined
        ids.append(n)
    return ids


def test_sentences_joined_as_when_every_head_is_read():
    """A sentence opening with a capital that opens no restating word ("Это", "Бұл", "Я…") is
    joined to the one before only by "this indicator": the clauses are those of asking every
    test of every head."""
    import random
    rnd = random.Random(17)
    pieces = ["Собрано 650 тыс. ", "(54%) собрано. ", "Это на 20% больше. ", "Бұл 62,4 пайыз. ", "БҰЛ 5. ",
              "Этот показатель 12. ", "Яғни 40. ", "Ял 4. ", "İstanbul 5. ", "«Цитата» 6. ", "2024 год 7. ",
              "жыл сайын 8. ", "Всего 9 тыс. ", "ТЫС. 10. ", "Ол 11 тыс. ", "\n", "  ", "Ǆ 12. ", "Эх 13 млн. ",
              "Тағы 14. ", "бұл 15. ", "Было 16 чел. ", "Σ 17. ", "Аудан 18. ", "Х" * 70 + ". ", "Осы көрсеткіш 19. ",
              "Данный показатель 20. ", "В 2024 году этот показатель 21. ", "Аталған көрсеткіш 22. "]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 9)))
        lay = _layout(text)
        assert lay._join_after_abbreviations() == _clauses_reading_every_head(lay), text


def _is_compared_reading_every_word(lay: Layout, p: Record, plan_ok: bool = False) -> bool:
    """is_compared as it read the words before every percent the words after settle nothing of."""
    from extractors.check_rules import (_COMPARE_RU_SET, _COMPARE_RU_THEN_WORD, _KK_POSSESSIVE, _SENTENCE_STOP,
                                        COMPARE_KK)
    nxt = [] if lay.text[p.end:p.end + 2].lstrip().startswith(")") else lay.words_in(
        p.end, p.end + len(_SENTENCE_STOP.split(lay.after(p, 30), 1)[0]))[:2]
    if plan_ok and (nxt[1:2] and nxt[1].startswith("план") or nxt[:1] and nxt[0].startswith("жоспар")):
        return False
    if nxt and nxt[0] in COMPARE_KK and not p.text.lower().endswith(_KK_POSSESSIVE):
        return True
    joined = " ".join(nxt)
    if joined in _COMPARE_RU_SET or joined.startswith(_COMPARE_RU_THEN_WORD):
        return True
    prev = lay.words_before(p, 30)[-2:]
    return any(w in ("салыстырғанда", "қарағанда", "сравнению", "относительно") for w in prev)


def test_a_percent_compared_is_told_as_when_the_words_before_it_are_read():
    """is_compared looks for a word of comparison in the stretch before a percent before reading
    its words: it answers as reading them."""
    import random
    rnd = random.Random(41)
    pieces = ["по сравнению с 2023 годом", "ПО СРАВНЕНИЮ", "өткен жылмен салыстырғанда", "жылға қарағанда",
              "относительно плана", "относительное", "сравнениюх", "салыстырғандағы", "қарағандағы", "рост", "өсті",
              "больше", "к 2022 году", "плана", "жоспардан", ",", ".", " ", "(", ")", "İ", "x" * 30]
    for _ in range(1500):
        before = " ".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 4)))
        after = " ".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 3)))
        text = f"Было 12 тонн, {before} 40% {after} дальше."
        at = text.index("40%")
        records = [Record("number", "12", 5, 7, value=12.0, unit=None),
                   Record("percent", "40%", at, at + 3, value=40.0, unit=None)]
        lay = Layout(text, records, split_sentences(text))
        p = lay.figures[-1]
        for plan_ok in (False, True):
            assert Layout.is_compared.__wrapped__(lay, p, plan_ok) == _is_compared_reading_every_word(lay, p, plan_ok), text
