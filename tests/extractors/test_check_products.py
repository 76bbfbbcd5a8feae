"""``product`` checks: a count, an amount each and their total, on sentences of our own."""
from __future__ import annotations

import pytest

from extractors.core import extract


def _products(text, lang):
    return [r for r in extract(text, lang) if r.kind == "check" and r.check == "product"]


@pytest.mark.parametrize("lang,text,count,each,total,verdict", [
    ("kk", "Биыл 360 отбасыға 30 мың теңгеден, барлығы 10,8 млн теңге көмек берілді.", 360, 30_000, 10.8e6,
     "consistent"),
    ("kk", "Биыл 360 отбасыға 30 мың теңгеден, барлығы 12,8 млн теңге көмек берілді.", 360, 30_000, 12.8e6,
     "inconsistent"),
    ("kk", "Әр шаруаға 80 мың теңгеден 45 шаруаға жалпы сомасы 3,6 млн теңге төленді.", 45, 80_000, 3.6e6,
     "consistent"),
    ("ru", "360 семей получили по 30 тыс. тенге, всего 10,8 млн тенге.", 360, 30_000, 10.8e6, "consistent"),
    ("ru", "По 30 тыс. тенге получили 360 семей, на общую сумму 9,8 млн тенге.", 360, 30_000, 9.8e6,
     "inconsistent"),
    # the count and the total, then the amount each restated as the average
    ("kk", "85 шаруаға 170 млн теңге несие берілді, яғни әрқайсысына орта есеппен 2 млн теңгеден.", 85, 2e6, 170e6,
     "consistent"),
    ("ru", "85 фермерам выдано кредитов на 170 млн тенге, то есть в среднем по 3 млн тенге на каждого.", 85, 3e6,
     170e6, "inconsistent"),
    # a total given only roughly confirms, never flags
    ("ru", "360 семей получили по 30 тыс. тенге, всего около 12 млн тенге.", 360, 30_000, 12e6, "unverifiable"),
])
def test_a_count_times_the_amount_each_against_the_total(lang, text, count, each, total, verdict):
    found = _products(text, lang)
    assert len(found) == 1, [c.explanation for c in found]
    c = found[0]
    assert (c.inputs["count"], c.inputs["each"], c.inputs["total"]) == pytest.approx((count, each, total))
    assert c.inputs["computed_total"] == pytest.approx(count * each)
    assert c.verdict == verdict, c.explanation
    assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("lang,text", [
    # a range's start in the ablative is no amount each
    ("kk", "Жалақы 250 мыңнан 290 мың теңгеге дейін өсті, барлығы 40 мың теңге."),
    # no total word: nothing to recompute
    ("ru", "360 семей получили по 30 тыс. тенге, а 40 семей – 50 тыс. тенге."),
    # the total of several groups is no product of the last one
    ("ru", "50 человек получили по 2 млн тенге, 30 человек – по 1 млн тенге, всего 130 млн тенге."),
    # an amount each of another group after the total is no average of it
    ("ru", "Выдано 85 кредитов на 170 млн тенге, а 30 фермеров получили по 2 млн тенге."),
    # the count is not next to the amount each
    ("ru", "В районе 360 семей, из них многим выплатили пособия по 30 тыс. тенге, всего 10,8 млн тенге."),
])
def test_no_product_where_the_figures_are_not_a_count_an_amount_each_and_a_total(lang, text):
    assert _products(text, lang) == []
