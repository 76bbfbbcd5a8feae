"""The rules tried at a word by what follows it: a rule whose start is a Word ("в" then "т"
of "в течение") or a phrase ("в этом году") is tried only before what it names, so each must
name every character its pattern can read there, or a date would be lost unnoticed."""
import itertools
import random

import pytest

from extractors import dates
from extractors.date_grammar import Digits, Word
from extractors.lang.kk import date_words as KK
from extractors.lang.ru import date_words as RU


def _followed_words(lang):
    """The words some rule of ``lang``'s article tries only before certain characters."""
    tries = dates.TRIES[lang]
    return sorted({key for starts, _, _ in tries.langs for key, _ in starts.follows})


def _continuations():
    """What may stand after such a word: the rest of every phrase a rule begins with, the
    words a Word names, and words and numbers that begin none."""
    rest = set()
    for rules in dates.RULES.values():
        for _, _, starts in rules:
            for s in starts:
                if isinstance(s, str) and not s.endswith("~"):
                    first = dates.WORD.match(s).group()
                    if s != first:
                        rest.add(s[len(first):].lstrip(" "))
                    rest.add(s.rstrip("~"))
    rest.update(RU.MONTHS)
    rest.update(KK.MONTHS)
    rest.update(["2024 году", "2024-м", "2023 и 2024 годах", "15 мая", "18:00 11 ноября", "18.00 11 ноября",
                 "25.11", "12.03 по 18.03", "9 месяцев", "III квартале", "iv квартал", "истекшем квартале",
                 "отчётном полугодии", "начала года по 1 октября", "2020 по 2023 год", "марта по май 2024 года",
                 "1 января по 31 декабря", "эту субботу", "прошлую пятницу", "минувшем полугодии", "течение 5 лет",
                 "протяжении 3 месяцев", "последние 10 лет", "3 до 6 лет", "позднее 1 марта", "ранее 2025 года",
                 "позже 15.12", "городе", "этом", "прошлом", "том", "нём", "1", "12", "2024", "мая", "конце года",
                 "начале марта", "середине месяца", "İ", "ı", "ſ", "\u212a", "µ", "", "-", ".", "мен", "жыл",
                 # the first two letters after the spaces: words that begin like a month, and
                 # second letters that match others alike
                 "ма", "м", "МАРТ", "массе", "мı", "Мı", "сı", "сſ", "ᲀ", "ЯНВ", "ян.", "се", "Qańtar", "şılde",
                 "şilde", "SHILDE", "те", "т", "Т."])
    # what "в", "во", "за" open before a weekday or a part of the year
    rest.update(["прошедшем квартале", "отчетном полугодии", "предыдущем квартале", "квартале", "полугодии",
                 "полугодие", "ближайшую субботу", "следующий понедельник", "следующую среду", "минувшую среду",
                 "этот вторник", "ЭТУ СУББОТУ", "селе", "соответствии", "Минздраве", "истекшем полугодии"])
    return sorted(rest)


_BETWEEN = [" ", "  ", "\n", " \t", "\u00a0", "-", ".", ",", "", "«"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_words_let_through_every_rule_that_matches(lang):
    tries = dates.TRIES[lang]
    missed = []
    for word, between, after in itertools.product(_followed_words(lang), _BETWEEN, _continuations()):
        for written in {word, word.capitalize(), word.upper()}:
            for text in (f"{written}{between}{after} болды.", f"{written}{between}{after.upper()}"):
                every = tries.at(written)
                every = every.tries if isinstance(every, dates._Followed) else every
                allowed = {rank for _, _, rank in
                           (tries.at(written).at(text, len(written)) if isinstance(tries.at(written), dates._Followed)
                            else every)}
                for pattern, handler, rank in every:
                    if rank not in allowed and pattern.match(text, 0):
                        missed.append((text, rank, handler.__name__))
    assert missed == []


def _every_rule_candidates(text, lang, published):
    """_candidates trying at each word every rule that may begin with it, whatever follows."""
    tries = dates.TRIES[lang]
    out = []
    for w in dates.WORD.finditer(text):
        word = w.group()
        todo = tries.at_number(text, w.start(), word) if word[0].isdigit() else tries.at(word)
        if isinstance(todo, dates._Followed):
            todo = todo.tries
        pos = w.start()
        if pos > 1 and text[pos - 1] in ",." and text[pos - 2].isdigit():
            continue
        for pattern, handler, rank in todo:
            m = pattern.match(text, pos)
            if m is not None:
                c = handler(m, published)
                if c is not None and c.end > c.start:
                    out.append((c, rank))
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_candidates_same_as_trying_every_rule(lang):
    import datetime as dt
    rng = random.Random(7)
    words = _followed_words("kk") + _followed_words("ru") + _continuations() + [
        "отчёт", "сдан", "школа", "открыта", "мектеп", "ашылды", "жылы", "году", "млн", "тенге"]
    for _ in range(1500):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", " ", ", ", ". ", "  ", "\n", "-"])
                       for _ in range(rng.randint(2, 9)))
        for published in (None, dt.date(2024, 5, 10)):
            got = dates._candidates(text, lang, published)
            want = _every_rule_candidates(text, lang, published)
            assert [(c.start, c.end, c.date, r) for c, r in got] == [(c.start, c.end, c.date, r) for c, r in want], text


def test_a_word_is_followed_by_fewer_rules_than_all():
    tries = dates.TRIES["ru"]
    text = "в городе"
    every = tries.at("в")
    assert isinstance(every, dates._Followed)
    assert tries.at("в").at(text, 1) == ()
    assert 0 < len(every.at("в марте", 1)) < len(every.tries)


def test_word_names_its_followers_in_lower_case():
    with pytest.raises(AssertionError):
        Word("в", "П")
    assert Word("в", "пм").then == frozenset("пм")
    assert not isinstance(Word("в", "п"), Digits)


# What may follow a number spelled out in a Kazakh rule, and words that begin no rule after one
_SPELLED_AFTER = [
    "жыл", "жылы", "жылдары", "жылдың", "жылғы", "ж.", "ж .", "жж.", "г.", "года", "году", "jyly", "zhyly", "ЖЫЛЫ",
    "ай", "айда", "айында", "айлық", "күн", "күнде", "апта", "аптада", "тәулік", "ғасыр", "жұма", "онкүндік",
    "жарым жыл", "жұмыс күні", "жас", "жасында", "мен бес жас", "бен 7 жас", "пен", "- 2024 жыл", "екі жыл",
    "мың тоғыз жүз тоқсан бірінші жылы", "жиырма бес", "тоқсанда", "жартыжылдықта", "6 айда", "12 айында",
    "наурызда", "наурыз", "қаңтар", "Qańtar", "января", "мая", "жетіде", "он жетіде", "жиырма/жиырма бір оқу жылы",
    "2025 оқу жылы", "2025 жылдар", "тонна", "адам", "теңге", "млн", "мектеп", "ı", "İ", "ſ", "\u1c80", ""]
_SPELLED_BETWEEN = [" ", "  ", "\n", "\u00a0", "-", "–", "—", "/", " - ", " – ", " —", "", ".", ",", "-ші "]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_spelled_numbers_let_through_every_rule_that_matches(lang):
    """Every Kazakh number word (the Word starts of ``date_rules_kk.spelled``) before what
    the rules read after one, in both cases."""
    from extractors.date_rules_kk import SPELLED_START

    tries = dates.TRIES[lang]
    missed = []
    for word, between, after in itertools.product(SPELLED_START, _SPELLED_BETWEEN, _SPELLED_AFTER):
        for written in {word, word.capitalize(), word.upper()}:
            for text in (f"{written}{between}{after} болды.", f"{written}{between}{after.upper()}"):
                at = tries.at(written)
                every = at.tries if isinstance(at, dates._Followed) else at
                allowed = {rank for _, _, rank in (at.at(text, len(written)) if isinstance(at, dates._Followed) else at)}
                for pattern, handler, rank in every:
                    if rank not in allowed and pattern.match(text, 0):
                        missed.append((text, rank, handler.__name__))
    assert missed == []


def test_a_spelled_number_before_a_noun_begins_fewer_rules():
    """"5 мың теңге", "алты адам": the rules that read a spelled number are not tried there."""
    tries = dates.TRIES["kk"]
    for text in ("мың теңге", "алты адам", "үш мектеп"):
        word = text.split()[0]
        at = tries.at(word)
        assert isinstance(at, dates._Followed)
        assert len(at.at(text, len(word))) < len(at.tries)
    assert len(tries.at("мың").at("мың жыл", 3)) > len(tries.at("мың").at("мың теңге", 3))
