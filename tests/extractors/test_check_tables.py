"""Checks read from tables: a header names the plan, actual and percent columns
(``plan_fulfilment``), or two years and a percent (``change``); a row's label may name its unit."""
from __future__ import annotations

import pytest

from extractors.core import extract

RU_TABLE = ("Статья | План, млн тенге | Факт, млн тенге | Исполнение, %\n"
            "Налоги | 3 200 | 3 360 | 105,0\n"
            "Сборы | 150 | 120 | 85,0\n"
            "Прочие | 150 | 121 | 80,7\n")
KK_TABLE = ("Көрсеткіш | Жоспар, млн теңге | Нақты, млн теңге | %\n"
            "Салық түсімі | 3 200 | 3 360 | 105\n")


def _checks(text, lang, kind="plan_fulfilment"):
    return [r for r in extract(text, lang) if r.kind == "check" and r.check == kind]


@pytest.mark.parametrize("text,lang,expected", [
    (RU_TABLE, "ru", [(3.2e9, 3.36e9, 105.0, "consistent"), (150e6, 120e6, 85.0, "inconsistent"),
                      # 121 of 150 is 80,67%; written in millions, 120,5-121,5 of 149,5-150,5 allows 80,7
                      (150e6, 121e6, 80.7, "consistent")]),
    (KK_TABLE, "kk", [(3.2e9, 3.36e9, 105, "consistent")]),
])
def test_each_row_of_a_plan_table_is_a_fulfilment(text, lang, expected):
    got = [(c.inputs["plan"], c.inputs["actual"], c.inputs["claimed_percent"], c.verdict) for c in _checks(text, lang)]
    assert got == expected
    for c in _checks(text, lang):
        assert text[c.start:c.end] == c.text and "\n" not in c.text


@pytest.mark.parametrize("text,lang", [
    # no percent column: nothing claimed
    ("Статья | План, млн тенге | Факт, млн тенге\nНалоги | 3 200 | 3 360\n", "ru"),
    # years, not a plan and an actual figure
    ("Статья | 2023 | 2024 | %\nНалоги | 3 200 | 3 360 | 105\n", "ru"),
])
def test_no_fulfilment_from_a_table_that_names_no_plan_and_actual(text, lang):
    assert _checks(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Статья | План на 2024 год, млн тенге | Факт, млн тенге | %\nНалоги | 3 200 | 3 360 | 105,0\n", "ru"),
    ("Көрсеткіш | 2024 жылға жоспар, млн теңге | Нақты, млн теңге | %\nСалық түсімі | 3 200 | 3 360 | 105\n", "kk"),
])
def test_a_year_in_the_header_leaves_it_a_header(text, lang):
    assert [(c.inputs["plan"], c.inputs["actual"], c.verdict) for c in _checks(text, lang)] == [
        (3.2e9, 3.36e9, "consistent")]


YEARS_RU = ("Показатель | 2023 год | 2024 год | Темп роста, %\n"
            "Посевная площадь, тыс. га | 12,5 | 13,1 | 104,8\n"
            "Поголовье овец, голов | 8 400 | 8 150 | 97,0\n"
            "Розничная торговля, млн тенге | 4 200 | 4 830 | 125,0\n")
YEARS_KK = ("Көрсеткіш | 9 ай 2023 ж. | 9 ай 2024 ж. | Өзгеріс, %\n"
            "Жол-көлік оқиғалары | 45 | 38 | -15,6\n"
            "Жұмыс орындары, адам | 420 | 510 | +21,4\n")


@pytest.mark.parametrize("text,lang,expected", [
    # "Темп роста" is the later year as a percent of the earlier
    (YEARS_RU, "ru", [(12500, 13100, 4.8, "consistent"), (8400, 8150, -3.0, "consistent"),
                      (4.2e9, 4.83e9, 25.0, "inconsistent")]),
    # "Өзгеріс" is the change itself, signed
    (YEARS_KK, "kk", [(45, 38, -15.6, "consistent"), (420, 510, 21.4, "consistent")]),
    # a bare "%" is read as the figures allow: 109,1 as an index, 7,1 as a change
    ("Показатель | 2024 | 2023 | %\nОвцы, голов | 12 000 | 11 000 | 109,1\nНалоги, млн тенге | 300 | 280 | 7,1\n"
     "Лошади, голов | 3 000 | 2 500 | 110,0\n", "ru",
     [(11000, 12000, 9.1, "consistent"), (280e6, 300e6, 7.1, "consistent"), (2500, 3000, 10.0, "inconsistent")]),
])
def test_each_row_of_a_years_table_is_a_change(text, lang, expected):
    got = [(c.inputs["from"], c.inputs["to"], c.inputs["claimed_percent"], c.verdict)
           for c in _checks(text, lang, "change")]
    assert got == expected


@pytest.mark.parametrize("text,lang", [
    # a physical volume index is in real terms: nominal tenge cannot give it
    ("Показатель | 2023 | 2024 | ИФО, %\nВаловая продукция, млн тенге | 21 400 | 23 100 | 103,2\n", "ru"),
    ("Көрсеткіш | 2023 | 2024 | Нақты көлем индексі, %\nӨнеркәсіп өнімі, млн теңге | 21 400 | 23 100 | 103,2\n", "kk"),
    # a share of something else, not of the earlier year
    ("Показатель | 2023 | 2024 | Доля в области, %\nЗерно, тыс. тонн | 120 | 130 | 12,5\n", "ru"),
    # a row's cells that measure different things
    ("Показатель | 2023 | 2024 | %\nЖильё | 24 500 кв. м | 213 домов | 86,9\n", "ru"),
])
def test_no_change_from_a_years_table_that_cannot_give_one(text, lang):
    assert _checks(text, lang, "change") == []


@pytest.mark.parametrize("text,lang,expected", [
    (YEARS_RU, "ru", [("quantity", "ha", 12500), ("quantity", "ha", 13100), ("percent", None, 104.8),
                      ("number", "head", 8400), ("number", "head", 8150), ("percent", None, 97.0),
                      ("money", "KZT", 4.2e9), ("money", "KZT", 4.83e9), ("percent", None, 125.0)]),
    ("Көрсеткіш | 2023 жыл | 2024 жыл\nМал басы, мың бас | 12,4 | 13,0\nЕгіс алқабы (мың га) | 45,2 | 44,1\n", "kk",
     [("number", "head", 12400), ("number", "head", 13000), ("quantity", "ha", 45200), ("quantity", "ha", 44100)]),
])
def test_a_rows_label_gives_its_cells_their_unit(text, lang, expected):
    figures = [r for r in extract(text, lang) if r.kind in ("number", "quantity", "money", "percent")]
    assert [(r.kind, r.unit, r.value) for r in figures] == expected


def test_a_word_of_the_header_is_no_unit():
    # "л" (litres) must not be read inside "жыл"
    text = "Көрсеткіш | 2023 жыл | 2024 жыл\nОқушылар | 420 | 510\n"
    assert [r.unit for r in extract(text, "kk") if r.kind == "number"] == [None, None]


@pytest.mark.parametrize("text,lang,years", [
    ("Показатель | 2023 | 2024 | %\nНалоги, млн тенге | 1 200 | 1 260 | 105,0\n", "ru", ["2023", "2024"]),
    ("Көрсеткіш | 2023 ж. | 2024 ж.\nСалық, млн теңге | 1 200 | 1 260\n", "kk", ["2023", "2024"]),
    # a row of counts below the header holds no dates
    ("Показатель | 2023 | 2024\nРабочие места | 1950 | 2010\n", "ru", ["2023", "2024"]),
])
def test_the_years_a_header_names_are_dates(text, lang, years):
    dates = [r for r in extract(text, lang) if r.kind == "date"]
    assert [r.date["start"] for r in dates] == years
    assert all(text[r.start:r.end].startswith(r.date["start"]) for r in dates)
