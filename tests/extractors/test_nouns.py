"""The counted noun's base form: endings stripped, in Kazakh and Russian."""
from __future__ import annotations

import pytest

from extractors.nouns import counted_noun, kazakh_base


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
