"""What each figure is about: same clause, sentence topic, pointing back, carried total; else null.

Names and dates come from the real finders; figure records are built by hand (the
figures extractor is tested on its own), so these tests check only the about rules.
"""
from __future__ import annotations

import re

import pytest

from extractors.dates import find_dates
from extractors.names import assign_about, find_names
from extractors.records import Record
from extractors.sentences import sentence_index, split_sentences


def _figure(text: str, surface: str, kind: str = "number", value=None, unit=None, nth: int = 0) -> Record:
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    start = starts[nth]
    if value is None:
        value = float(re.sub(r"[^\d,]", "", surface).replace(",", "."))
    return Record(kind, surface, start, start + len(surface), value=value, unit=unit)


def _about(text: str, lang: str, figures: list[tuple]) -> list[str | None]:
    """``about`` of each figure spec ``(surface, kind, unit[, nth])`` after the rules ran."""
    recs = [_figure(text, s, kind, unit=unit, nth=rest[0] if rest else 0) for s, kind, unit, *rest in figures]
    records = sorted(recs + find_names(text, lang) + find_dates(text, lang), key=lambda r: r.start)
    sentences = split_sentences(text)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    assign_about(text, records, sentences)
    return [r.about for r in recs]


# (text, lang, figure specs, expected about of each figure)
SAME_CLAUSE_TESTS = [
    ("«Таза су» жобасы бойынша 12 ауылға су құбыры тартылды.", "kk",
     [("12", "number", "ауыл")], ["Таза су"]),
    ("«Нұрлы жер» бағдарламасы аясында үйлер салынды, ал «Бақытты отбасы» жобасымен 40 отбасы пәтер алды.",
     "kk", [("40", "number", "отбасы")], ["Бақытты отбасы"]),
    ("Биыл 25 жас маман «Дипломмен ауылға» бағдарламасына қатысты.", "kk",
     [("25", "number", "маман")], ["Дипломмен ауылға"]),
    ("По программе «Цифровой аул» к интернету подключены 15 сел.", "ru",
     [("15", "number", "село")], ["Цифровой аул"]),
]

TOPIC_TESTS = [
    ("«Ауыл – Ел бесігі» бағдарламасы аясында жол жөнделді, оған 350 млн теңге жұмсалды.", "kk",
     [("350 млн теңге", "money", "KZT")], ["Ауыл – Ел бесігі"]),
    ("В рамках программы «Еңбек» трудоустроены 120 человек, из них 45 — молодежь.", "ru",
     [("120", "number", "человек"), ("45", "number", None)], ["Еңбек", "Еңбек"]),
]

CARRIED_TOTAL_TESTS = [
    # The total and its parts in later sentences of one paragraph, linked by the counted noun.
    ("«Таза су» жобасы бойынша 30 құдық жоспарланды. Күзге дейін 18 құдық қазылды.", "kk",
     [("30", "number", "құдық"), ("18", "number", "құдық")], ["Таза су", "Таза су"]),
    # Linked by the share in parentheses: 30 ÷ 40 = 75%, 10 ÷ 40 = 25%.
    ("Аудандық Жол картасында 40 іс-шара бар. Оның орындалғаны 30 (75%), қалғаны 10 (25%).", "kk",
     [("40", "number", "іс-шара"), ("30", "number", None), ("75%", "percent", None),
      ("10", "number", None), ("25%", "percent", None)],
     ["Жол картасы"] * 5),
]

POINTING_BACK_TESTS = [
    # "its cost" points back to what the sentence before built under a project
    ("«Жайлы мектеп» жобасы бойынша ауылда мектеп салынуда. Оның құны – 3,2 млрд теңге.", "kk",
     [("3,2 млрд теңге", "money", "KZT")], ["Жайлы мектеп"]),
    ("По нацпроекту «Комфортная школа» строится школа. Ее стоимость – 3,2 млрд тенге.", "ru",
     [("3,2 млрд тенге", "money", "KZT")], ["Жайлы мектеп"]),
    # a source named "ақпараты бойынша" is not what the next sentence is about
    ("Статистика бюросының ақпараты бойынша өндіріс өсті. Оның ішінде көмір – 101,6%.", "kk",
     [("101,6%", "percent", None)], [None]),
    # A sentence with no name that opens by pointing back takes the previous sentence's topic.
    ("«Таза су» жобасы аясында 14 ауылға су тартылады. Жоба бойынша 60 шақырым құбыр төселеді.", "kk",
     [("14", "number", "ауыл"), ("60 шақырым", "quantity", "km")], ["Таза су", "Таза су"]),
    ("«Жайлы мектеп» жобасы бойынша 5 мектеп салынуда. Оларға 16 млрд теңге бөлінді.", "kk",
     [("16 млрд теңге", "money", "KZT")], ["Жайлы мектеп"]),
    ("В рамках программы «Ауыл – Ел бесігі» отремонтируют 9 дорог. На это выделено 3 млрд тенге.", "ru",
     [("3 млрд тенге", "money", "KZT")], ["Ауыл – Ел бесігі"]),
    # "the programme" after the sentence's date points back to the programme just named, framed or not
    ("«Ауыл аманаты» бағдарламасы шағын несие береді. Биыл бағдарлама аясында 320 млн теңге берілді.", "kk",
     [("320 млн теңге", "money", "KZT")], ["Ауыл аманаты"]),
    ("Программа «Ауыл аманаты» дает микрокредиты. В этом году по программе выдано 320 млн тенге.", "ru",
     [("320 млн тенге", "money", "KZT")], ["Ауыл аманаты"]),
]

NULL_TESTS = [
    # Pointing back reaches no further than the paragraph, and needs the opening words.
    ("«Таза су» жобасы аясында 14 ауылға су тартылады.\nЖоба бойынша 60 шақырым құбыр төселеді.", "kk",
     [("60 шақырым", "quantity", "km")], [None]),
    ("«Таза су» жобасы аясында 14 ауылға су тартылады. Ауданда 60 шақырым жол жөнделді.", "kk",
     [("60 шақырым", "quantity", "km")], [None]),
    # "them" after a date points back only to a topic framed as one
    ("«Ауыл аманаты» бағдарламасы шағын несие береді. Биыл оларға 320 млн теңге берілді.", "kk",
     [("320 млн теңге", "money", "KZT")], [None]),
    # No name anywhere.
    ("Ауданда 25 мектеп бар.", "kk", [("25", "number", "мектеп")], [None]),
    # A total of another paragraph is never carried.
    ("«Таза су» жобасы бойынша 30 құдық қазылды.\nАуданда 18 құдық жөнделді.", "kk",
     [("18", "number", "құдық")], [None]),
    # A share that does not fit the total links nothing: 30 ÷ 40 is not 60%.
    ("Аудандық Жол картасында 40 іс-шара бар. Оның орындалғаны 30 (60%).", "kk",
     [("30", "number", None)], [None]),
    # A different counted noun in a later sentence is not the same total.
    ("«Таза су» жобасы бойынша 30 құдық қазылды. Ауылда 7 дүкен ашылды.", "kk",
     [("7", "number", "дүкен")], [None]),
    # A name that is the source of the figure is not what it is about.
    ("Ұлттық статистика бюросының мәліметінше, ауданда 30 мың гектар егін жиналды.", "kk",
     [("30 мың гектар", "quantity", "ha")], [None]),
    ("По данным Министерства здравоохранения, в районе 12 больниц.", "ru",
     [("12", "number", "больница")], [None]),
    # A later count larger than the total is not a part of it.
    ("«Таза су» жобасымен 50 адам жұмысқа тұрды. Ауданда 3000 адам тұрады.", "kk",
     [("3000", "number", "адам")], [None]),
    # A sentence that merely opens with a name is not framed by it.
    ("«Жастар практикасымен» 90 адам жұмысқа тұрды, қоғамдық жұмыстарға 40 адам жіберілді.", "kk",
     [("90", "number", "адам"), ("40", "number", "адам")], ["Жастар практикасы", None]),
    # The name is in the sentence but neither in the figure's clause nor its topic.
    ("Кеше кездесу өтті, онда «Таза су» жобасы талқыланды, ауданда 9 мектеп бар.", "kk",
     [("9", "number", "мектеп")], [None]),
]


@pytest.mark.parametrize(
    "text,lang,figures,expected",
    SAME_CLAUSE_TESTS + TOPIC_TESTS + POINTING_BACK_TESTS + CARRIED_TOTAL_TESTS + NULL_TESTS,
)
def test_about(text, lang, figures, expected):
    assert _about(text, lang, figures) == expected


def test_names_and_dates_get_no_about():
    text = "«Таза су» жобасы бойынша 12 ауылға су тартылды."
    records = find_names(text, "kk") + [_figure(text, "12")]
    sentences = split_sentences(text)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    assign_about(text, records, sentences)
    assert [r.about for r in records if r.kind == "project"] == [None]
    assert "about" not in records[0].to_dict()


def test_seed_road_map_figures(shared_dir):
    """In the seed, 98, 61 and 15 (and their shares) belong to the road map."""
    import json

    from extractors.figures import find_figures

    path = shared_dir / "gold" / "seed-tolqyn-amanat.json"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    article = json.loads(path.read_text(encoding="utf-8"))
    text = article["text"]
    sentences = split_sentences(text)
    records = sorted(find_figures(text, "kk") + find_names(text, "kk"), key=lambda r: r.start)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    assign_about(text, records, sentences)
    about = {r.text: r.about for r in records if r.kind == "number"}
    for surface in ("98", "61", "15"):
        if surface not in about:
            pytest.skip(f"the figures extractor does not find {surface} yet")
        assert about[surface] == "Жол картасы", surface


def test_about_on_arbitrary_records_is_a_name_or_null():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    pieces = st.sampled_from(["«Таза су» жобасы", " аясында ", "Жол картасында", ", ", ". ", "\n", "12", " (30%)",
                              " адам", "Үкімет", " бойынша ", "40", " іс-шара"])

    @hypothesis.given(st.lists(pieces, max_size=25).map("".join))
    @hypothesis.settings(max_examples=150, deadline=None)
    def check(text):
        names = find_names(text, "kk")
        figures = [Record("percent" if text[m.end():m.end() + 1] == "%" else "number", m.group(), m.start(), m.end(),
                          value=int(m.group()), unit="адам")
                   for m in re.finditer(r"\d+", text)]
        records = sorted(names + figures, key=lambda r: r.start)
        sentences = split_sentences(text)
        for r in records:
            r.sentence = sentence_index(sentences, r.start)
        assign_about(text, records, sentences)
        known = {n.name for n in names}
        assert all(f.about is None or f.about in known for f in figures)

    check()


def test_clause_breaks_are_where_the_alternatives_found_them():
    """_CLAUSE_BREAK opens with a class of its characters; it finds the breaks
    "(?<!\\d),|,(?!\\d)|[;:]|\\s[-–—]\\s" found, with the same spans."""
    import random
    import re

    from extractors.about import _CLAUSE_BREAK

    rng = random.Random(2)
    alternatives = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\s[-–—]\s")
    for _ in range(50000):
        text = "".join(rng.choice("1а,;: \n-–—\t\u00a0") for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [m.span() for m in alternatives.finditer(text)], text
