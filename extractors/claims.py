"""Arithmetic of a claimed percentage: precision written, rounding, verdict, wording.

A claimed percentage is consistent when it equals the computed one rounded, or
truncated, to the precision written (``../shared/design.md``): "62,2" is read to one
decimal, "62" to a whole, and "66,6" for 2/3 is a truncation. Inputs written with a
scale word ("17,6 млрд") are themselves rounded by the article, so they stand for an
interval (17,55–17,65 млрд) and the claim is consistent when any value of that
interval gives it; plain numerals ("98", "2 848") are taken as exact. A single digit
before the scale word ("4 млрд") is read to two significant digits (3,95–4,05 млрд), as
"4,0 млрд" would be: read as 3,5–4,5 млрд it let "с 4 млрд до 4,6 млрд, или на 25%"
(15%) and "40 × 2 млн теңгеден = 100 млн" pass, and articles round budget lines to the
tenth they know, not to the half.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The first numeral of a figure's text: digits grouped by spaces (or NBSP) with an
# optional decimal part. KazNERD writes "62 , 2" (tokens joined by spaces), hence the
# optional spaces around the separator.
_NUMERAL = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+")
_FRACTION = re.compile(r"\s?[,.]\s?(\d+)")


def any_piece_pattern(pieces, flags: int = 0) -> re.Pattern:
    """A pattern whose ``search`` finds something exactly where one of ``pieces`` occurs: for a
    yes or no only (what it matches may be a piece's beginning). The pieces are merged by
    their common beginnings ("сниз|сниж" as "сни(?:з|ж)"): re tries the branches of a plain
    alternation one by one at each character, and these searches ran on the words after
    every figure; a piece that another one begins with ends its branch, as finding the
    shorter one answers. (Here, below the check modules, as the scale words use it too.)"""
    tree: dict = {}
    for piece in pieces:
        node = tree
        for ch in piece:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""  # (a piece ends here: what follows it need not be found)
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(tree), flags)


# Scale words: a figure written with one is rounded by the article ("17,6 млрд"). (For
# ``search`` as a yes or no: as_written asks it of every figure a claim reads.)
SCALE_WORD = any_piece_pattern(
    ("мың", "млн", "млрд", "трлн", "миллион", "миллиард", "триллион", "тыс", "mln", "mlrd", "bn", "million", "billion"),
    re.IGNORECASE,
)
_NOT_A_DIGIT = re.compile(r"\D")

# Slack for float noise when comparing interval ends.
_EPS = 1e-9


@dataclass(frozen=True)
class Written:
    """A figure as the article wrote it: its value and how finely it is given."""

    value: float
    decimals: int  # digits after the decimal comma as written
    half_ulp: float  # half a unit of the last written digit, in the value's units; 0 = exact

    @property
    def lo(self) -> float:
        return self.value - self.half_ulp

    @property
    def hi(self) -> float:
        return self.value + self.half_ulp


def written_decimals(text: str, value: float) -> int:
    """Digits written after the decimal separator of the first numeral in ``text``.

    "62,2%" → 1, "45,0 пайыз" → 1, "62 , 2 %" → 1, "60%" → 0, "1.500" (a thousands
    dot, told apart by the value being whole) → 0.
    """
    m = _NUMERAL.search(text)
    if not m:
        return 0
    f = _FRACTION.match(text, m.end())
    if not f:
        return 0
    digits = len(f.group(1))
    if digits == 3 and float(value).is_integer():
        return 0
    return digits


def written_number(text: str) -> float | None:
    """The first numeral of ``text`` as written, without its scale word ("17,6 млрд" → 17.6)."""
    m = _NUMERAL.search(text)
    if not m:
        return None
    whole = _NOT_A_DIGIT.sub("", m.group())
    f = _FRACTION.match(text, m.end())
    if f and not (len(f.group(1)) == 3 and "." in f.group()):
        return float(f"{whole}.{f.group(1)}")
    return float(whole)


def as_written(text: str, value: float) -> Written:
    """``value`` with the precision ``text`` gives it (see the module docstring)."""
    decimals = written_decimals(text, value)
    half_ulp = 0.0
    if SCALE_WORD.search(text):
        shown = written_number(text)
        if shown:
            scale = value / shown
            half_ulp = 0.5 * 10.0 ** (-decimals) * scale
            if decimals == 0 and shown < 10:
                half_ulp = 0.05 * scale  # "4 млрд": two significant digits (see above)
    return Written(float(value), decimals, abs(half_ulp))


def claim_holds(claimed: Written, lo: float, hi: float) -> bool:
    """Whether some computed value in ``[lo, hi]`` rounds or truncates to ``claimed``.

    Rounding gives ``[c - u/2, c + u/2]`` (both half-up and half-even accepted),
    truncation ``[c, c + u)``; together ``[c - u/2, c + u)``.
    """
    unit = 10.0 ** (-claimed.decimals)
    c = claimed.value
    return hi >= c - unit / 2 - _EPS and lo < c + unit - _EPS


def share_bounds(part: Written, whole: Written) -> tuple[float, float] | None:
    """Range of ``part / whole * 100`` over the inputs' rounding; None for a zero whole."""
    if whole.lo <= 0:
        return None
    return part.lo / whole.hi * 100, part.hi / whole.lo * 100


def factor_tolerance(claimed: Written) -> float:
    """How far a ratio may stand from a factor as written ("в 2 раза", "в 1,5 раза").

    A factor with decimals is held to its precision (1,45–1,55 for "1,5"); a whole one to
    a tenth of itself at most ("в 2 раза" for 1,8–2,2, not 1,5–2,5): articles round a
    ratio to a whole only when it is near one.
    """
    return min(0.5 * 10.0 ** -claimed.decimals, 0.1 * claimed.value)


def factor_bounds(old: Written, new: Written, falling: bool) -> tuple[float, float] | None:
    """Range of the factor of change from ``old`` to ``new`` (``old / new`` for a fall)."""
    if old.lo <= 0 or new.lo <= 0:
        return None
    if falling:
        return old.lo / new.hi, old.hi / new.lo
    return new.lo / old.hi, new.hi / old.lo


def factor_holds(claimed: Written, lo: float, hi: float) -> bool:
    """Whether some ratio in ``[lo, hi]`` is within the factor's tolerance."""
    tolerance = factor_tolerance(claimed)
    return hi >= claimed.value - tolerance - _EPS and lo <= claimed.value + tolerance + _EPS


def change_bounds(old: Written, new: Written, falling: bool) -> tuple[float, float] | None:
    """Range of the relative change from ``old`` to ``new`` in percent.

    ``falling`` reads the claim as a decrease ("снизился на 10%"), so the result is
    ``(old - new) / old * 100``.
    """
    if old.lo <= 0:
        return None
    if falling:
        return (1 - new.hi / old.lo) * 100, (1 - new.lo / old.hi) * 100
    return (new.lo / old.hi - 1) * 100, (new.hi / old.lo - 1) * 100


def fmt_number(x: float, decimals: int | None = None) -> str:
    """A number the way Kazakh and Russian articles write it: "17 600 000", "62,24"."""
    trim = decimals is None
    s = f"{abs(x):,.{2 if trim else decimals}f}"
    if trim and "." in s:
        s = s.rstrip("0").rstrip(".")
    s = s.replace(",", " ").replace(".", ",")
    return ("-" if x < 0 and s.strip("0, ") else "") + s


def fmt_percent(w: Written) -> str:
    return fmt_number(w.value, w.decimals) + "%"
