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
