"""The Kazakh noun-phrase readings behind a count's unit (whole sentences: test_figures)."""
from __future__ import annotations

import re

import pytest

from extractors.kk_noun_phrase import having_adjective, izafet, oblique, with_or_from


@pytest.mark.parametrize("word,nxt,expected", [
    ("интерактивті", "тақта", True),
    ("көпқабатты", "үй", True),
    ("ауысымды", "мектеп", True),
    ("нысанды", "аралады", False),  # an accusative before its verb
    ("вагонды", "жөндеу", False),  # before a verbal noun
    ("қызметі", "бар", False),  # a possessive, then the predicate
    ("азаматы", "еңбек", False),  # the stem's own т and the possessive
    ("бес", "мектеп", False),
])
def test_having_adjective(word, nxt, expected):
    assert having_adjective(word, nxt) is expected


def _word(w):
    return re.match(r".+", w) if w else None


@pytest.mark.parametrize("first,second,third,expected", [
    ("ауыл", "тұрғыны", "келді", True),
    ("жарық", "шамы", "орнатылды", True),
    ("сынып", "оқушысы", "бар", True),  # a noun in -п, not a converb
    ("жол", "апаты", "тіркелді", True),  # a t-stem's possessive
    ("ауыл", "тұрғынына", "несие", True),  # a possessive, then a dative
    ("мектеп", "басшысына", "айыппұл", True),
    ("жоба", "аясында", "тізе", False),  # a postposition: within the projects
    ("маман", "аптасына", "үш", False),  # weekly
    ("адам", "аудармашының", "көмегіне", False),  # an agent noun's genitive, no possessive
    ("мал", "басы", "жіберілді", True),  # head of livestock
    ("мектеп", "ашты", None, False),  # a past tense
    ("адам", "әлеуеті", "мен", False),  # qualities of the people counted
    ("жөндеп", "ауылы", "бар", False),  # a converb in -п is no bare noun
    ("экипаж", "мүшесі", "аман", True),
    ("білім", "ошағы", "жабылды", True),  # possessive -ғы after a vowel
    ("баланың", "анасы", None, False),  # the genitive names the possessor
    ("бала", "мүмкіндігі", "шектеулі", False),  # a noun that predicates
    ("азамат", "бүгінгі", "күнде", False),  # attributive -гі
    ("отбасы", "атаулы", "көмек", False),  # an adjective of having
    ("бірдей", "баланы", "бауырына", False),  # an accusative before an oblique word
    ("қала", "тұрғыны", "баспаналы", True),  # the same ending as the subject
    ("рет", "бағанағы", None, False),
])
def test_izafet(first, second, third, expected):
    assert izafet(first, second, _word(third)) is expected


@pytest.mark.parametrize("word,expected", [
    ("жөндеуден", True), ("қолға", True), ("отынмен", True), ("ауданда", True),
    ("тақта", False), ("сауда", False), ("үйдің", False), ("мектеп", False),
    ("медицина", False), ("жобасына", True),  # "-на" is a dative only after a possessive
])
def test_oblique(word, expected):
    assert oblique(word) is expected


@pytest.mark.parametrize("word,expected", [("отынмен", True), ("жөндеуден", True), ("қолға", False), ("мен", False)])
def test_with_or_from(word, expected):
    assert with_or_from(word) is expected
