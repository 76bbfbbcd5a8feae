"""``plan_fulfilment`` checks read from tables: a header names the plan, actual and percent columns."""
from __future__ import annotations

import pytest

from extractors.core import extract

RU_TABLE = ("Статья | План, млн тенге | Факт, млн тенге | Исполнение, %\n"
            "Налоги | 3 200 | 3 360 | 105,0\n"
            "Сборы | 150 | 120 | 85,0\n"
            "Прочие | 150 | 121 | 80,7\n")
KK_TABLE = ("Көрсеткіш | Жоспар, млн теңге | Нақты, млн теңге | %\n"
            "Салық түсімі | 3 200 | 3 360 | 105\n")


def _checks(text, lang):
    return [r for r in extract(text, lang) if r.kind == "check" and r.check == "plan_fulfilment"]


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
