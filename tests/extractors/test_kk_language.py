"""spaCy Kazakh: spacy.blank("kk") through the entry point, tokenizer and like_num."""
from __future__ import annotations

import pytest
import spacy

from extractors.lang.kk import Kazakh


@pytest.fixture(scope="session")
def kk_nlp():
    return spacy.blank("kk")


TOKENIZER_TESTS = [
    ("Биыл 98 іс-шара өтті.", ["Биыл", "98", "іс-шара", "өтті", "."]),
    ("Көрсеткіш 62,2% болды.", ["Көрсеткіш", "62,2", "%", "болды", "."]),
    ("Баға 30%-ке өсті.", ["Баға", "30", "%-ке", "өсті", "."]),
    ("Оның 80-нен астамы келді.", ["Оның", "80-нен", "астамы", "келді", "."]),
    ("Үлесі 10-15 пайыз.", ["Үлесі", "10", "-", "15", "пайыз", "."]),
    ("Құны 1 500 теңге.", ["Құны", "1", "500", "теңге", "."]),
]

ABBREV_TESTS = [
    ("2023 ж. 5 млн. теңге бөлінді.", ["2023", "ж.", "5", "млн.", "теңге", "бөлінді", "."]),
    ("Кітап, дәптер т.б. алынды.", ["Кітап", ",", "дәптер", "т.б.", "алынды", "."]),
    ("Ол т.с.с. жайларды айтты.", ["Ол", "т.с.с.", "жайларды", "айтты", "."]),
]


def test_blank_kk_is_our_language(kk_nlp):
    assert isinstance(kk_nlp, Kazakh)
    assert kk_nlp.lang == "kk"


@pytest.mark.parametrize("text,tokens", TOKENIZER_TESTS + ABBREV_TESTS)
def test_tokenizer(kk_nlp, text, tokens):
    assert [t.text for t in kk_nlp(text)] == tokens


@pytest.mark.parametrize("word", ["98", "62,2", "1.500", "80-нен", "қырық", "мыңға", "бірі", "жетінші", "млн."])
def test_like_num(kk_nlp, word):
    assert kk_nlp(word)[0].like_num


@pytest.mark.parametrize("word", ["іс-шара", "теңге", "үшін", "онда", "%"])
def test_not_like_num(kk_nlp, word):
    assert not kk_nlp(word)[0].like_num


def test_stop_words(kk_nlp):
    doc = kk_nlp("мектеп және аурухана")
    assert [t.is_stop for t in doc] == [False, True, False]
