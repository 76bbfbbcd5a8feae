"""The gates' knowledge of the regex engine, checked against the engine itself.

The gates lower-case a character of the text and look it up where the engine would fold
cases; that is right only for characters the engine pairs with their case pair alone.
These tests ask ``re`` which characters it pairs, so a Python that folds more letters
fails here rather than losing matches quietly.
"""
from __future__ import annotations

import re

import pytest

from extractors.regex_starts import ODD_CYRILLIC_CASES, ODD_LATIN_CASES, match_initials, written_openers

# Where the gates lower-case text: Latin (to Latin Extended-A) and Cyrillic letters.
GATED = [chr(c) for c in [*range(0x180), *range(0x400, 0x500)]]


def _pairs(c: str, among: str) -> set[str]:
    """The characters of ``among`` that a case-insensitive ``c`` matches."""
    return set(re.findall(re.escape(c), among, re.I))


def test_gated_letters_pair_with_their_case_alone_but_the_odd_ones():
    among = "".join(GATED)
    wrong = {}
    for c in GATED:
        if c in ODD_LATIN_CASES:
            continue
        got = {d for d in _pairs(c, among) if d not in ODD_LATIN_CASES}
        want = {d for d in GATED if d not in ODD_LATIN_CASES and d.lower() == c.lower()}
        if got != want:
            wrong[c] = (got, want)
    assert not wrong


# The Basic Multilingual Plane but the surrogates.
BMP = "".join(chr(c) for c in range(0x10000) if not 0xd800 <= c < 0xe000)


@pytest.mark.parametrize("odd", sorted(ODD_LATIN_CASES))
def test_each_odd_latin_letter_is_one(odd):
    # (it matches a letter whose lower case is not its own: "ı" matches "i", "µ" Greek "μ")
    assert any(d.lower() != odd.lower() for d in _pairs(odd, BMP))


def test_the_odd_cyrillic_cases_are_what_the_engine_pairs_with_cyrillic_letters():
    outside = "".join(c for c in BMP if not (c < "\u0180" or "\u0400" <= c < "\u0500"))
    found = set()
    for c in GATED[0x180:]:
        found |= {d for d in _pairs(c, outside) if d.lower() != c.lower()}
    # none missing: a text holding one of these is searched without the lower-cased look-up
    assert found <= set(ODD_CYRILLIC_CASES)
    # none needless: each is a case of some Cyrillic letter ("ᲈ" of "ꙋ", Cyrillic Extended-B)
    cyrillic = "".join(chr(c) for c in [*range(0x400, 0x530), *range(0xa640, 0xa6a0)])
    assert all(any(d.lower() != odd.lower() for d in _pairs(odd, cyrillic)) for odd in ODD_CYRILLIC_CASES)


@pytest.mark.parametrize("pattern, flags, expected", [
    ("млн|млрд", 0, {"м"}),
    ("(?:тыс|Т)\\.", re.I, {"т"}),
    ("%|пайыз", re.I, {"%", "п"}),
    ("в", re.I, {"в", "ᲀ"}),  # (the engine folds "ᲀ" with "в")
])
def test_match_initials(pattern, flags, expected):
    got = match_initials(re.compile(pattern, flags))
    assert got is not None and expected <= got
    # a character outside what it names never opens a match
    text = "".join(chr(c) for c in range(0x20, 0x500))
    for ch in text:
        if re.compile(pattern, flags).match(ch + "лн.рдыс") and ch.lower() not in got:
            pytest.fail(f"{ch!r} opens a match of {pattern!r}")


@pytest.mark.parametrize("pattern, expected", [
    ("Жол картасы", {"Ж"}),
    ("[Жж](?i:ол)", {"Ж", "ж"}),
    ("(?i)жол", None),
])
def test_written_openers(pattern, expected):
    got = written_openers(re.compile(pattern))
    assert got == (None if expected is None else frozenset(expected))
