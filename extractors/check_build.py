"""Turning figures tied into a claim into a :class:`Check`: verdict, wording, span.

Shared by the rule modules of each claim type (:mod:`extractors.check_shares`,
:mod:`extractors.check_plans`, :mod:`extractors.check_changes`,
:mod:`extractors.check_products`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.check_rules import Layout
from extractors.claims import Written, claim_holds, written_number
from extractors.records import Check, Record


# A numeral written alone (a preposition or case ending at most): "120", "с 40", "12-ден".
_BARE_NUMERAL = re.compile(r"(?:(?:с|со|до|от|из)\s+)?\d[\d\s\u00a0]*(?:[.,]\s?\d+)?(?:-?[^\W\d_]{1,4})?", re.IGNORECASE)


@dataclass
class Claim:
    """A check with the records it read, by role (``part``, ``whole``, ``claimed``, ``plan``,
    ``actual``, ``from``, ``to``): what the mutation benchmark edits."""

    check: Check
    roles: dict[str, Record]


def shared_scale(lay: Layout, a: Record, aw: Written, b: Record, bw: Written) -> tuple[Written, Written]:
    """"12 из 20 млн", "с 1,2 до 1,5 млрд": a bare numeral next to a scaled one shares its scale."""
    if lay.has_scale(a) == lay.has_scale(b):
        return aw, bw
    src, src_w, dst_w = (b, bw, aw) if lay.has_scale(b) else (a, aw, bw)
    dst = a if src is b else b
    if not _BARE_NUMERAL.fullmatch(dst.text.strip()):
        return aw, bw  # "с 500 тенге до 1,2 тыс. тенге": a figure with its own unit keeps its value
    shown, dst_shown = written_number(src.text), written_number(dst.text)
    if not shown or not dst_shown:
        return aw, bw
    scale = src_w.value / shown
    # the figures extractor may have applied the shared scale already ("с 40 до 52 тыс." as one range)
    value = dst_w.value if abs(dst_w.value - dst_shown) > 1e-9 * max(1.0, dst_shown) else dst_w.value * scale
    if value != dst_w.value and _farther(value, src_w.value, dst_w.value):
        return aw, bw  # "с 1,2 тыс. до 980 человек": 980 is nearer 1 200 than 980 000 is
    scaled = Written(value, dst_w.decimals, 0.5 * 10.0 ** (-dst_w.decimals) * scale)
    return (scaled, bw) if src is b else (aw, scaled)


def _farther(scaled: float, other: float, plain: float) -> bool:
    """Whether the scaled reading stands further from ``other`` (by ratio) than the plain one."""
    if min(scaled, other, plain) <= 0:
        return False
    ratio = lambda a, b: max(a, b) / min(a, b)  # noqa: E731
    return ratio(scaled, other) > ratio(plain, other)


def verdict_of(claimed: Written, bounds: tuple[float, float], computed: float) -> tuple[str, str]:
    """The verdict, and a note when only the rounding of the inputs makes the claim hold."""
    exact = claim_holds(claimed, computed, computed)
    if exact:
        return "consistent", ""
    if claim_holds(claimed, *bounds):
        return "consistent", " (within the rounding of the figures)"
    return "inconsistent", ""



def make_claim(lay: Layout, kind: str, verdict: str, explanation: str, figs: list[Record], lead: Record,
           roles: dict[str, Record], **inputs) -> Claim:
    """The claim of type ``kind`` over the records ``figs``; ``lead`` gives its sentence."""
    start = min(r.start for r in figs)
    end = max(r.end for r in figs)
    about = next((r.about for r in figs if r.about), None)
    inputs = {k: _plain(v) for k, v in inputs.items()}
    check = Check(check=kind, verdict=verdict, explanation=explanation, start=start, end=end,
                  text=lay.text[start:end], sentence=lay.sentence_index(lead), inputs=inputs, about=about)
    return Claim(check, roles)


def _plain(x):
    """98.0 → 98, 17600000000.000002 → 17600000000: inputs as the article wrote them."""
    if isinstance(x, list):
        return [_plain(v) for v in x]
    if isinstance(x, float) and abs(x - round(x)) < 1e-6 * max(1.0, abs(x)):
        return int(round(x))
    if isinstance(x, float):
        return round(x, 6)
    return x
