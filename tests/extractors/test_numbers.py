"""Reading numbers: digit surfaces, Kazakh and Russian number words, base forms of nouns."""
from __future__ import annotations

import pytest

from extractors.nouns import counted_noun
from extractors.numbers import digit_value, is_ordinal_word, parse_words

DIGIT_TESTS = [
    ("62,2", 62.2),
    ("1 500", 1500),
    ("1\u00a0500\u00a0000", 1_500_000),
    ("1.500.000", 1_500_000),
    ("2.5", 2.5),
    ("1,500,000", 1_500_000),
    ("0,86", 0.86),
    ("5 , 3", 5.3),  # KazNERD spells 5,3 as three tokens
    ("7" * 31, None),  # more than 30 digits is not a figure
]

KK_WORD_TESTS = [
    ("қырық сегіз миллион", 48_000_000, 3),
    ("екі бүтін оннан бір миллиард", 2_100_000_000, 5),
    ("нөл бүтін жүзден сексен алты", 0.86, 5),
    ("мың жарым", 1500, 2),
    ("бір жарым миллиард", 1_500_000_000, 3),
    ("жарты", 0.5, 1),
    ("үш триллион үш жүз жетпіс жеті миллиард", 3_377_000_000_000, 7),
    ("мың бір жүз", 1100, 3),
    ("бір жүз сексен мың", 180_000, 4),
    ("төрт те сегіз", 4.8, 3),
    ("тоқсан үш бүтін төрт миллиард", 93_400_000_000, 5),
    ("алпыстан астам", 60, 1),  # the ending closes the number
    ("екеуі", 2, 1),
    ("бір бір", 1, 1),  # two ones are not one number
    ("жиырма бес жыл", 25, 2),
]

RU_WORD_TESTS = [
    ("двадцать пять", 25, 2),
    ("полтора миллиона", 1_500_000, 2),
    ("трех", 3, 1),
    ("две тысячи двадцать", 2020, 3),
    ("сто двадцать пять тысяч", 125_000, 4),
    # 200–900 are one word in Russian, before or after a scale word
    ("пятьсот тысяч", 500_000, 2),
    ("две тысячи пятьсот", 2500, 3),
    ("два миллиона триста сорок тысяч", 2_340_000, 5),
    ("двести тысяч девятьсот один", 200_901, 4),
    ("пятьсот пятьсот", 500, 1),
    ("полмиллиона", 500_000, 1),
]

NOUN_TESTS = [
    ("kk", "іс-шара", "іс-шара"),
    ("kk", "іс-шараның", "іс-шара"),
    ("kk", "іс-шаралар", "іс-шара"),
    ("kk", "мектептерде", "мектеп"),
    ("kk", "нысанда", "нысан"),  # the locative on a bare stem is -да; -нда follows a possessive
    ("kk", "ауданында", "аудан"),
    ("kk", "қазандық", "қазандық"),  # a boiler house, though it ends as an adjective does
    ("kk", "аудандағы", "аудан"),
    ("kk", "бөлігі", "бөлік"),
    ("kk", "пәтерлер", "пәтер"),
    ("kk", "жобасына", "жоба"),
    ("kk", "азаматқа", "азамат"),
    ("kk", "оқушы", "оқушы"),
    # an ending must agree with the sound before it: "бота" is no "бо" + locative "-та"
    ("kk", "бота", "бота"),
    ("kk", "волонтерлер", "волонтер"),
    ("kk", "мектепке", "мектеп"),
    ("kk", "клубқа", "клуб"),
    ("kk", "ауылдарда", "ауыл"),
    # base forms that end like an ending
    ("kk", "нәресте", "нәресте"),
    ("kk", "кедені", "кеден"), ("kk", "есірткіні", "есірткі"),
    ("kk", "жылқылар", "жылқы"),
    ("kk", "оқиғасы", "оқиға"),
    ("kk", "гектарға", "гектар"),
    ("kk", "бас", "head"),
    ("kk", "және", None),
    ("ru", "районов", "район"),
    ("ru", "района", "район"),
    ("ru", "мероприятий", "мероприятие"),
    ("ru", "человек", "человек"),
    # Zero-ending genitive plurals, the commonest form after a Russian number.
    ("ru", "мест", "место"),
    ("ru", "коек", "койка"),
    ("ru", "семей", "семья"),
    ("ru", "школ", "школа"),
    ("ru", "сёл", "село"),
    ("ru", "людей", "человек"),
    ("ru", "детей", "ребенок"),
    ("ru", "детей-сирот", "ребенок-сирота"),
    ("ru", "учащихся", "учащийся"),
    ("ru", "заболевших", "заболевший"),
    # Verb forms after a number whose noun was left out are no unit.
    ("ru", "получили", None),
    ("ru", "выделено", None),
    ("ru", "открылись", None),
    ("ru", "стали", None),  # became, not steel
    # An adjective alone names no noun (it was left out: "из них 3 новых"), so there is
    # none to give; a share's part then takes its whole's
    ("ru", "новых", None),
    ("ru", "тяжких", None),
    ("ru", "больных", "больной"),  # an adjective the dictionary also has as a noun
    ("ru", "сел", "село"),  # villages, though "sat down" is likelier out of context
    ("ru", "рабочих", "рабочий"),
]


@pytest.mark.parametrize("surface,value", DIGIT_TESTS)
def test_digit_value(surface, value):
    assert digit_value(surface) == value


@pytest.mark.parametrize("text,value,used", KK_WORD_TESTS)
def test_kazakh_number_words(text, value, used):
    parsed = parse_words(text.split(), "kk")
    assert (parsed.value, parsed.used) == (value, used)


@pytest.mark.parametrize("text,value,used", RU_WORD_TESTS)
def test_russian_number_words(text, value, used):
    parsed = parse_words(text.split(), "ru")
    assert (parsed.value, parsed.used) == (value, used)


@pytest.mark.parametrize("word", ["үшін", "онда", "бірге", "алтын", "бірақ", "жүзеге"])
def test_words_that_only_look_like_numbers(word):
    assert parse_words([word], "kk") is None


@pytest.mark.parametrize("word,lang", [("жетінші", "kk"), ("оныншы", "kk"), ("жиырмасыншы", "kk"), ("двадцатого", "ru")])
def test_ordinal_words(word, lang):
    assert is_ordinal_word(word, lang)
    assert not is_ordinal_word("жеті", "kk")


@pytest.mark.parametrize("lang,word,base", NOUN_TESTS)
def test_counted_noun_base_form(lang, word, base):
    assert counted_noun(word, lang) == base


# Every form of one noun must give one unit: the checks match part and whole by it.
NOUN_FAMILIES = [
    ("kk", "мектеп мектепке мектептің мектептер мектептерде мектепте"),
    ("kk", "жоба жобаға жобалар жобасы жобаның жобасына"),
    ("kk", "отбасы отбасына отбасылар отбасыға"),
    ("kk", "кәсіпорын кәсіпорындар кәсіпорынға"),
    ("kk", "ауыл ауылда ауылдар ауылға ауылдың"),
    ("ru", "район района районов районах"),
    ("ru", "проект проекта проектов проектам"),
    ("ru", "мероприятие мероприятия мероприятий"),
    ("ru", "койка койки коек койками"),
    ("ru", "семья семьи семей семьям"),
    ("ru", "место места мест местах"),
]


@pytest.mark.parametrize("lang,forms", NOUN_FAMILIES)
def test_one_unit_for_every_form(lang, forms):
    assert len({counted_noun(w, lang) for w in forms.split()}) == 1


# -- spelled-out numbers read back: a small speller of each language, our own -------
_RU_UNITS = "_ один два три четыре пять шесть семь восемь девять".split()
_RU_UNITS_F = "_ одна две три четыре пять шесть семь восемь девять".split()
_RU_TEENS = ("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
             "восемнадцать девятнадцать").split()
_RU_TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU_HUNDREDS = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
_RU_SCALES = ((10**9, ("миллиард", "миллиарда", "миллиардов"), False),
              (10**6, ("миллион", "миллиона", "миллионов"), False),
              (1000, ("тысяча", "тысячи", "тысяч"), True))
_KK_UNITS = "_ бір екі үш төрт бес алты жеті сегіз тоғыз".split()
_KK_TENS = "_ он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан".split()
_KK_SCALES = ((10**9, "миллиард"), (10**6, "миллион"), (1000, "мың"))


def _ru_below_thousand(n: int, feminine: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    out = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        return out + [_RU_TEENS[rest - 10]]
    tens, units = divmod(rest, 10)
    return out + ([_RU_TENS[tens]] if tens else []) + ([(_RU_UNITS_F if feminine else _RU_UNITS)[units]] if units else [])


def _ru_spelled(n: int) -> list[str]:
    out = []
    for scale, forms, feminine in _RU_SCALES:
        q, n = divmod(n, scale)
        if q:
            form = forms[2] if 10 <= q % 100 < 20 else forms[0] if q % 10 == 1 else forms[1] if 2 <= q % 10 <= 4 else forms[2]
            out += _ru_below_thousand(q, feminine) + [form]
    return out + _ru_below_thousand(n, False)


def _kk_below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    out = ([_KK_UNITS[hundreds]] if hundreds > 1 else []) + (["жүз"] if hundreds else [])
    tens, units = divmod(rest, 10)
    return out + ([_KK_TENS[tens]] if tens else []) + ([_KK_UNITS[units]] if units else [])


def _kk_spelled(n: int) -> list[str]:
    out = []
    for scale, word in _KK_SCALES:
        q, n = divmod(n, scale)
        if q:
            out += (_kk_below_thousand(q) if q > 1 else ["бір"]) + [word]
    return out + _kk_below_thousand(n)


@pytest.mark.parametrize("lang,spell", [("ru", _ru_spelled), ("kk", _kk_spelled)])
def test_spelled_numbers_read_back(lang, spell):
    import random

    rng = random.Random(7)
    for _ in range(3000):
        n = rng.choice([rng.randint(1, 999), rng.randint(1000, 999_999), rng.randint(10**6, 10**10)])
        words = spell(n)
        parsed = parse_words(words, lang)
        assert parsed is not None and (parsed.value, parsed.used) == (n, len(words)), " ".join(words)
