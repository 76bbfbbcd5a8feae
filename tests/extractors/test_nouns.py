"""The counted noun's base form: endings stripped, in Kazakh and Russian."""
from __future__ import annotations

import pytest

from extractors.nouns import capacity_noun, compound_noun, counted_noun, kazakh_base


@pytest.mark.parametrize("word, base", [
    ("мектептерде", "мектеп"),
    ("жобасына", "жоба"),
    ("іс-шараның", "іс-шара"),
    ("отбасыларға", "отбасы"),
    # a noun that loses its last vowel before a vowel ending, also where the ending
    # could be read as a case of its own ("кәсіпорн-ы", not "кәсіпор-ны")
    ("халқы", "халық"),
    ("орнына", "орын"),
    ("кәсіпорны", "кәсіпорын"),
    ("кәсіпорындарда", "кәсіпорын"),
    # loanwords in -кт/-нт add a vowel before their endings
    ("субъектісі", "субъект"),
    ("субъекті", "субъект"),
    ("объектілері", "объект"),
    ("объектісінде", "объект"),
    ("пункті", "пункт"),
    # native nouns in -і/-ы and agent nouns in -шы keep them
    ("жүйесі", "жүйе"),
    ("малшысы", "малшы"),
    ("көршісі", "көрші"),
    ("студенті", "студент"),
    ("тәртібі", "тәртіп"),
])
def test_kazakh_base(word, base):
    assert kazakh_base(word) == base


@pytest.mark.parametrize("lang, word, unit", [
    ("kk", "субъектісі", "субъект"),
    ("kk", "кәсіпорны", "кәсіпорын"),
    ("ru", "семей", "семья"),
    ("ru", "мест", "место"),
    ("ru", "получили", None),
    ("kk", "және", None),
])
def test_counted_noun(lang, word, unit):
    assert counted_noun(word, lang) == unit


def _compound_by_every_entry(first, second, lang):
    """``compound_noun`` as a look at every compound of the language in turn."""
    from extractors.nouns import _COMPOUNDS

    first, second = first.lower(), second.lower()
    for head, stems, unit in _COMPOUNDS.get(lang, ()):
        if (first == head if lang == "kk" else first.startswith(head)) and second.startswith(stems):
            return unit
    return None


def _capacity_by_every_noun(word):
    """The Kazakh capacity noun of ``word`` (no hyphen) as a look at every capacity noun in turn."""
    from extractors.nouns import KK_CAPACITY_ENDINGS, KK_CAPACITY_NOUNS

    w = word.lower()
    for noun in KK_CAPACITY_NOUNS:
        if w.startswith(noun) and w[len(noun):] in KK_CAPACITY_ENDINGS:
            return noun
    return None


def test_compounds_and_capacity_nouns_looked_up_by_first_letter_are_those_of_every_entry():
    # compound_noun and capacity_noun look a word up among the entries its first letter may
    # start: the same answer as a look at every entry, for each entry's words and others
    import random

    from extractors.nouns import _COMPOUNDS, COUNT_UNITS, KK_CAPACITY_ENDINGS, KK_CAPACITY_NOUNS

    rng = random.Random(7)
    for lang, entries in _COMPOUNDS.items():
        firsts = [h for h, _, _ in entries] + [h.upper() for h, _, _ in entries] + ["", "бос", "жұмыс", "а", "Ә"]
        seconds = [s + rng.choice(["", "ы", "дар", "ов"]) for _, stems, _ in entries for s in stems] + ["", "орын", "место"]
        found = 0
        for _ in range(3000):
            first = rng.choice(firsts) + rng.choice(["", "", "ых", "ый", "ан"])
            second = rng.choice(seconds)
            expected = _compound_by_every_entry(first, second, lang)
            assert compound_noun(first, second, lang) == expected, (first, second, lang)
            found += expected is not None
        assert found > 100
    words = [n + e for n in KK_CAPACITY_NOUNS for e in KK_CAPACITY_ENDINGS] + [n.upper() + "дық" for n in KK_CAPACITY_NOUNS]
    words += ["", "адам", "орындар", "қабат", "Орындық", "бала"]
    found = 0
    for word in words:
        expected = _capacity_by_every_noun(word)
        assert capacity_noun(word, "kk") == (COUNT_UNITS.get(expected, expected) if expected else None), word
        found += expected is not None
    assert found > 20
