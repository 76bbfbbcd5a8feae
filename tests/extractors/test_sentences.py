"""Sentence spans: contiguous, offset-preserving, not fooled by abbreviations."""
from __future__ import annotations

import pytest

from extractors.sentences import sentence_index, split_sentences

SENTENCE_TESTS = [
    ("Жоспар орындалды. Келесі жылы жалғасады.", ["Жоспар орындалды.", "Келесі жылы жалғасады."]),
    ("Бюджет 1,2 млрд. теңге болды. Жұмыс басталды.", ["Бюджет 1,2 млрд. теңге болды.", "Жұмыс басталды."]),
    ("31 қаңтар 2023 ж. 390 рет оқылды", ["31 қаңтар 2023 ж. 390 рет оқылды"]),
    ("Итоги подвели 12 марта 2024 г. в акимате. Работа продолжится.",
     ["Итоги подвели 12 марта 2024 г. в акимате.", "Работа продолжится."]),
    ("Бірінші жол\nЕкінші жол", ["Бірінші жол", "Екінші жол"]),
    ("Собрано 650 тыс. (54%) тонн зерна. Уборка идёт.", ["Собрано 650 тыс. (54%) тонн зерна.", "Уборка идёт."]),
    ("Ол: «Жұмыс аяқталды!» Содан кейін кетті.", ["Ол: «Жұмыс аяқталды!»", "Содан кейін кетті."]),
    ("Открыто 40 объектов, в т.ч. 12 школ. Работа продолжится.",
     ["Открыто 40 объектов, в т.ч. 12 школ.", "Работа продолжится."]),
    ("Открыто 40 объектов, в т. ч. 12 школ.", ["Открыто 40 объектов, в т. ч. 12 школ."]),
    # an abbreviation's dot before a dash and a lower-case word goes on with the sentence
    ("Доля снизилась на 0,5 п.п. – с 12% до 11,5%. Это хороший результат.",
     ["Доля снизилась на 0,5 п.п. – с 12% до 11,5%.", "Это хороший результат."]),
    ("Сдано 12 тыс. – Продолжение следует.", ["Сдано 12 тыс.", "– Продолжение следует."]),
    # a numbered item's marker opens its sentence; a number ending a sentence still ends it
    ("1. Салынды 12 үй.\n2. Жөнделді 5 мектеп.", ["1. Салынды 12 үй.", "2. Жөнделді 5 мектеп."]),
    ("Ауданда үй саны 12. Жоспар орындалды.", ["Ауданда үй саны 12.", "Жоспар орындалды."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_TESTS)
def test_split_sentences(text, expected):
    spans = split_sentences(text)
    assert [text[s:e].strip() for s, e in spans] == expected


def test_index_by_offset():
    text = "Бір. Екі. Үш."
    spans = split_sentences(text)
    assert [sentence_index(spans, text.index(w)) for w in ("Бір", "Екі", "Үш")] == [0, 1, 2]


def test_empty_text():
    assert split_sentences("") == [(0, 0)]


def _is_abbreviation_read_back(text, dot):
    """The test as it read before the slice: back over letters and dots to the word's start."""
    from extractors.sentences import ABBREVIATIONS

    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:dot].lower().rstrip(".") in ABBREVIATIONS


def test_abbreviation_test_reads_as_the_word_by_word_one():
    import random

    from extractors.sentences import _is_abbreviation

    rng = random.Random(3)
    pieces = ["млн", "млрд", "тыс", "т.б", "т.с.с", "т.ч", "просп", "жж", "ж", "г", "Г", "ТЫС", "обл", "р-н", "мкр",
              "жылы", "болды", "выделено", "человек", "тенге", "ауыл", "İ", "²", "½", "5", "_", "'", ".", "..", " ",
              "\n", "п.п", "ед", "чел", "шт", "км", "кв", "мың", "ақ", "Ұлы", "бес"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) + "."
        for dot in range(len(text)):
            if text[dot] == ".":
                assert _is_abbreviation(text, dot) == _is_abbreviation_read_back(text, dot), (text, dot)
