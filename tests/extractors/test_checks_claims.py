"""The arithmetic of a claimed percentage: precision written, rounding, truncation, wording."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from extractors.claims import (
    Written,
    as_written,
    change_bounds,
    claim_holds,
    fmt_number,
    share_bounds,
    written_decimals,
    written_number,
)

# (figure text, value, decimals written)
PRECISION_TESTS = [
    ("62,2%", 62.2, 1),
    ("45,0 пайызды", 45.0, 1),
    ("62 , 2 %", 62.2, 1),  # KazNERD joins tokens with spaces
    ("60%", 60, 0),
    ("12,75%-ке", 12.75, 2),
    ("на 105%", 105, 0),
    ("қырық пайыз", 40, 0),
]


@pytest.mark.parametrize("text,value,decimals", PRECISION_TESTS)
def test_precision_as_written(text, value, decimals):
    assert written_decimals(text, value) == decimals


def test_written_number_and_rounded_inputs():
    assert written_number("17,6 миллиард") == 17.6
    assert written_number("2 848 адам") == 2848
    w = as_written("17,6 млрд теңге", 17.6e9)
    assert w.half_ulp == pytest.approx(0.05e9)
    assert as_written("98", 98).half_ulp == 0  # a plain count is exact


@pytest.mark.parametrize("text,value,lo,hi", [
    # a single digit before the scale word: two significant digits, as "4,0 млрд" would be
    ("4 млрд тенге", 4e9, 3.95e9, 4.05e9),
    ("2 млн теңге", 2e6, 1.95e6, 2.05e6),
    ("4,0 млрд", 4e9, 3.95e9, 4.05e9),
    # two digits and more are read as written
    ("40 млн", 40e6, 39.5e6, 40.5e6),
    ("4,6 млрд", 4.6e9, 4.55e9, 4.65e9),
])
def test_a_scaled_figure_stands_for_an_interval(text, value, lo, hi):
    w = as_written(text, value)
    assert (w.lo, w.hi) == (pytest.approx(lo), pytest.approx(hi))


# (part, whole, claimed text, claimed value, consistent)
ROUNDING_TESTS = [
    (61, 98, "62,2%", 62.2, True),  # 62,24 rounds to 62,2
    (61, 98, "62,3%", 62.3, False),
    (2, 3, "66,6%", 66.6, True),  # truncation
    (2, 3, "66,7%", 66.7, True),  # rounding
    (2, 3, "66,5%", 66.5, False),
    (1, 8, "12%", 12, True),  # 12,5: truncated
    (1, 8, "13%", 13, True),  # 12,5: rounded half up
    (1, 8, "12,6%", 12.6, False),
]


@pytest.mark.parametrize("part,whole,text,claimed,ok", ROUNDING_TESTS)
def test_rounded_or_truncated(part, whole, text, claimed, ok):
    computed = part / whole * 100
    assert claim_holds(as_written(text, claimed), computed, computed) is ok


def test_rounded_inputs_widen_the_range():
    part, whole = as_written("17,6 млрд", 17.6e9), as_written("39,1 млрд", 39.1e9)
    lo, hi = share_bounds(part, whole)
    assert lo < 17.6 / 39.1 * 100 < hi
    assert claim_holds(as_written("45,1%", 45.1), lo, hi)
    assert not claim_holds(as_written("46,0%", 46.0), lo, hi)


def test_change_bounds_both_ways():
    old, new = Written(100, 0, 0), Written(120, 0, 0)
    assert change_bounds(old, new, falling=False) == (pytest.approx(20), pytest.approx(20))
    assert change_bounds(new, old, falling=True) == (pytest.approx(100 / 6), pytest.approx(100 / 6))
    assert change_bounds(Written(0, 0, 0), new, falling=False) is None


@pytest.mark.parametrize("x,text", [(17600000000, "17 600 000 000"), (62.24, "62,24"), (1.5, "1,5"), (60.0, "60")])
def test_numbers_written_as_the_article_does(x, text):
    assert fmt_number(x) == text


@given(st.integers(1, 10_000), st.integers(1, 10_000), st.integers(0, 2))
def test_the_computed_share_always_holds(part, whole, decimals):
    """Whatever the figures, the share rounded to any precision is consistent with itself."""
    computed = part / whole * 100
    claimed = round(computed, decimals)
    text = fmt_number(claimed, decimals) + "%"
    assert claim_holds(as_written(text, claimed), computed, computed)
    off = claimed + 2 * 10.0 ** -decimals
    assert not claim_holds(as_written(fmt_number(off, decimals) + "%", off), computed, computed)
