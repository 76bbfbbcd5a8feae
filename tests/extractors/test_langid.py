"""Telling Kazakh from Russian."""
from __future__ import annotations

import json

import pytest

from extractors.langid import detect_language

LANG_TESTS = [
    ("Ауданда биыл үш жаңа мектеп салынды.", "kk"),
    ("Жоспар бойынша 40 іс-шара өткізілді.", "kk"),
    ("В районе в этом году построили три новые школы.", "ru"),
    ("По данным акимата, план выполнен на 105%.", "ru"),
    ("Aýdanda bıyl üş jaña mektep salyndy.", "kk"),
    ("Филиал партии «Nur Otan» и акимат Аральского района провели встречу.", "ru"),
    ("«Жайлы мектеп» ұлттық жобасы аясында жұмыс жүріп жатыр.", "kk"),
    ("«Таза су» жобасы 12 ауыл", "kk"),
    ("План района выполнен на 105%", "ru"),
]


@pytest.mark.parametrize("text, lang", LANG_TESTS)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_gold_files_languages(shared_dir):
    for path in sorted((shared_dir / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert detect_language(data["text"]) == data["lang"], path.name


def test_cyrillic_count_is_the_count_of_letters_u0400_to_u04ff():
    import re

    from extractors.langid import _cyrillic_count

    every_character = "".join(map(chr, range(0x110000)))  # lone surrogates included
    assert _cyrillic_count(every_character) == 0x100
    for text in ("", "Әкімдік 2024 жылы", "Ёлка, ѐ ӿ Ԁ ͻ", "\ud800Қ\udfff", "abc ä ß 中文"):
        assert _cyrillic_count(text) == len(re.findall("[\u0400-\u04ff]", text)), text


@pytest.mark.parametrize("text", [
    "Ауданда жаңа мектеп ашылды және оған 300 оқушы барады.",
    "В районе открыли новую школу, и в ней будут учиться 300 детей.",
    "«Бұл жоба, – деді әкім, – биыл аяқталады»; ал келесі кезең 2025 жылы басталады!",
    "Аким сказал: «Жоба бойынша жұмыс жалғасады», а также что работы по проекту (2-й этап) — на контроле.",
    "и/или, т.е. и т.д.; по-новому, бұл-да, мен_бен, _и, и_, №и, и%, 5и, и5, ²и, и²",
    "ЖӘНЕ И В НА Мен Бен, С ПО ДЛЯ",
    "",
])
def test_function_words_as_the_expression_reads_them(text):
    """The function words counted from the text split at spaces are those ``_WORD.findall``
    reads, as many times each, whatever marks, digits or underscores stand against them."""
    from collections import Counter

    from extractors.langid import _FUNCTION_WORDS, _WORD, _function_words

    low = text.lower()
    assert Counter(_function_words(low)) == Counter(w for w in _WORD.findall(low) if w in _FUNCTION_WORDS)


def test_function_words_on_random_token_soup():
    import random
    from collections import Counter

    from extractors.langid import _FUNCTION_WORDS, _WORD, KK_WORDS, RU_WORDS, _function_words

    rnd = random.Random(20240611)
    pieces = sorted(KK_WORDS | RU_WORDS) + list(",.«»():;\"!?_-–—/%…'’“”№+ \n\t\u00a0\x1c²½ıİ0123456789") + [
        "мектеп", "школа", "2024", "жылы", "года", "и_и", "бұл-ақ"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", " ", ",", "_", "-", "\n"])
                       for _ in range(rnd.randint(0, 30))).lower()
        assert Counter(_function_words(text)) == Counter(w for w in _WORD.findall(text) if w in _FUNCTION_WORDS), text
