"""The rules tried at a number in digits: a rule's Digits must let through every number
its pattern can match at, or a date would be lost without any other test noticing."""
import datetime
import itertools

import pytest

from extractors import dates

_NUMBERS = ["5", "12", "31", "90", "250", "1990", "2024", "12345", "٣", "²",
            # four digits below 1000 and from 1000 on (a rule of Digits(below_thousand) is left
            # out at the latter), in other scripts' digits too
            "0999", "0012", "1000", "9999", "٠٩٩٩", "١٠٠٠",
            # a decade's number ends in "0" (Digits(tens)): in other scripts' digits it ends otherwise
            "2020", "1980", "70", "٢٠٢٠", "٩٠"]
_BETWEEN = [" ", "  ", "-", "–", "—", ".", ",", "/", "", "\n", " \t", "\u00a0", ". ", "-ші ",
            # decimals, and what may follow them
            ",5 ", ",25 ", ",5", ",5-", ",5 - ", ",255 ", ", ", ",5\n", ",٣ "]
_AFTER = ["жылы", "жылдары", "жылдың", "наурыз", "наурызда", "января", "года", "г.", "ж.", "айда", "месяцев",
          "мес.", "жас", "жасында", "лет", "дней назад", "жыл бұрын", "тоқсанда", "квартале", "х годах", "е годы",
          "го", "ші", "де", "м", "05", "05.2024", "12 наурыз", "және 2025 жылдары", "и 2025 годах", "мен 7 жас",
          "— 2 100", "жартыжылдықта", "ке дейін", "летний", "мая 2024 года", "по 15 мая", "қыркүйекке",
          # after the spaces: words of either case, other scripts, letters that match others alike
          "МАЯ", "Наурызда", "ЖЫЛЫ", "şilde", "Qańtar", "jyly", "zhyly", "учебный год", "гг.", "жарым жыл",
          "жұмыс күні", "тәулік", "ғасыр", "онкүндік", "апта", "күн", "жұма", "месяца назад", "недели назад",
          "суток", "квартале", "полугодии", "и 2025 годах", "— 2025 жылдар", ", 2025 жылдары", "– 2025 годы",
          "\u1c80", "ıjyl", "İjyl", "ſ", "\u212a", "µ",
          # their first two letters: units and words after a number that begin like them
          "млн", "мың", "млрд", "месяцев", "МЕСЯЦА", "метров", "мен 5 жас", "бен 7 жас", "пен 3 жас", "ЖАС",
          "жарым жыл", "жыл", "айлық", "ай", "апта", "кв", "квартале", "полугодии", "по 15 мая", "по 5 мая",
          "учебный год", "год", "году", "г.", "гг.", "дня", "день", "недели", "суток", "лет", "лет назад",
          "ледов", "грамм", "дома", "неделю", "сумма", "жылдары", "жылдар", "жылдан", "жылға", "жана", "жұмыс күні",
          "ай бұрын", "күн", "онкүндік", "тәулік", "ғасыр", "жыл бұрын", "мı", "жı", "Мı", "ЖıЛ", "м", "ж", "п",
          "мᲀ", "жſ", "к", "г", "мая", "МАЯ", "мар", "Qańtar", "qazan", "ян", "янв.", "де", "дек."]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_digits_let_through_every_rule_that_matches(lang):
    tries = dates.TRIES[lang]
    missed = []
    for number, between, after in itertools.product(_NUMBERS, _BETWEEN, _AFTER):
        for before in ("", "в "):
            text = f"{before}{number}{between}{after} болды."
            for w in dates.WORD.finditer(text):
                if not w.group()[0].isdigit():
                    continue
                allowed = {rank for _, _, rank in tries.at_number(text, w.start(), w.group())}
                for pattern, handler, rank in tries.at(w.group()):  # every rule that begins with digits
                    m = pattern.match(text, w.start())
                    if rank not in allowed and m and not _dropped(tries, rank, m, handler):
                        missed.append((text, rank, handler.__name__))
    assert missed == []


def _dropped(tries, rank, m, handler) -> bool:
    """Whether a rule of Digits(below_thousand) left out at a number of 1000 or more would
    have found nothing there: its meaning drops the match, with or without a date published."""
    starts, _, offset = next(lang for lang in tries.langs if 0 <= rank - lang[2] < 1000)
    digits = starts.digits[rank - offset]
    number = dates.DIGIT_RUN.match(m.string, m.start()).group()
    return (digits.below_thousand and len(number) == 4 and int(number) >= 1000
            and all(handler(m, published) is None for published in (None, datetime.date(2024, 5, 10))))


def test_a_number_begins_fewer_rules_than_all():
    tries = dates.TRIES["kk"]
    text = "15% өсті"
    assert tries.at_number(text, 0, "15") == ()
    assert len(tries.at_number("2024 жылы", 0, "2024")) < len(tries.at("2024"))


def test_a_year_is_not_tried_as_a_count_of_years():
    """"2024 жылы" is a year: the duration rule, whose meaning drops a count of 1000 or
    more, is not tried at it; "0999 жыл" and "999 жыл" are counts, and it is."""
    tries = dates.TRIES["kk"]
    duration = {rank for _, handler, rank in tries.at("2024") if handler.__name__ == "duration"}
    assert duration
    assert not duration & {rank for _, _, rank in tries.at_number("2024 жыл", 0, "2024")}
    assert duration & {rank for _, _, rank in tries.at_number("0999 жыл", 0, "0999")}
    assert duration & {rank for _, _, rank in tries.at_number("999 жыл", 0, "999")}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_number_before_one_space_is_tried_as_before_two(lang):
    """A number of digits alone before one space and a word is looked up by the characters
    after it as written; before two spaces by their kinds, read one by one: the same rules."""
    tries = dates.TRIES[lang]
    for number, after in itertools.product(_NUMBERS + ["7", "100", "2030", "0000"], _AFTER + ["", "5", "%", "-"]):
        one, two = f"{number} {after}", f"{number}  {after}"
        assert tries.at_number(one, 0, number) == tries.at_number(two, 0, number), one
        # (and again, now that both are remembered)
        assert tries.at_number(one, 0, number) == tries.at_number(two, 0, number), one


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_followed_word_before_one_space_is_tried_as_before_two(lang):
    from tests.extractors.test_dates_word_starts import _continuations, _followed_words

    tries = dates.TRIES[lang]
    for word in _followed_words(lang):
        at = tries.at(word)
        if not isinstance(at, dates._Followed):
            continue
        for after in _continuations() + _AFTER:
            one, two = f"{word} {after}", f"{word}  {after}"
            assert at.at(one, len(word)) == at.at(two, len(word)) == at._at(one, len(word)), one


def test_a_decade_is_tried_only_at_a_number_ending_in_zero():
    for lang, text, decade in (("kk", "1990-жылдары", True), ("kk", "1997-жылдары", False), ("kk", "90 жылдары", True),
                               ("kk", "2027 жылдары", False), ("ru", "90-х годах", True), ("ru", "1995-е годы", False)):
        tries = dates.TRIES[lang]
        number = dates.WORD.match(text).group()
        names = {handler.__name__ for _, handler, _ in tries.at_number(text, 0, number)}
        assert ("decade" in names) == decade, text
