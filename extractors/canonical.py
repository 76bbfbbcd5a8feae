"""Canonical names: inflection removed, quotes and spacing normalised.

Kazakh attaches case endings to the last word of a name (``Жол картасында``,
``Ұлттық қордан``, ``министрлігінің``); Russian inflects every word
(``Дорожной карты``). The canonical form is the nominative: ``Жол картасы``,
``Ұлттық қор``, ``министрлігі``. This module also builds the regular
expressions that find those inflected forms, so the registry and the type
nouns are written once, in the dictionary form.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.lang.kk.name_endings import NAME_ENDINGS
from extractors.lang.kk.suffixes import ending_agrees

_POSS = NAME_ENDINGS["possessive"]
_AFTER_POSS = NAME_ENDINGS["after_possessive"]
_PLAIN = NAME_ENDINGS["plain"]
_PLURAL = NAME_ENDINGS["plural"]
_SOFT = NAME_ENDINGS["softening"]

DASHES = "-‐‑‒–—―"
_DASH_RUN = re.compile(r"\s*[" + DASHES + r"]\s*")
_SPACE_RUN = re.compile(r"\s+")
_QUOTES = "«»\"“”„‟‹›'"
_KK_VOWELS = "аәеиоөұүуыіэюя"
_RU_ADJ = ("ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им")


def _alt(items) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, items), key=len, reverse=True)) + ")"


_AFTER_POSS_LONGEST_FIRST = tuple(sorted(_AFTER_POSS, key=len, reverse=True))
_PLAIN_LONGEST_FIRST = tuple(sorted(_PLAIN, key=len, reverse=True))
_AFTER_POSS_RE = _alt(_AFTER_POSS)
_PLAIN_RE = _alt(_PLAIN)
_PLURAL_RE = _alt(_PLURAL)
_POSS_RE = _alt(_POSS)


def kk_word_pattern(word: str) -> str:
    """Regex (no groups) for ``word`` and its inflected Kazakh forms.

    A word that already ends in the possessive (``картасы``) takes only the
    endings that follow a possessive; a bare noun (``жоба``, ``министрлік``)
    takes plural, possessive and case endings, with the final consonant voiced
    before a vowel (``министрлігі``).
    """
    w = re.escape(word)
    if len(word) > 3 and word.endswith(_POSS):
        return f"{w}{_AFTER_POSS_RE}?"
    forms = [f"{w}{_PLURAL_RE}?(?:{_POSS_RE}{_AFTER_POSS_RE}?|{_PLAIN_RE})?"]
    last = word[-1:].lower()
    if last in _SOFT:
        soft = re.escape(word[:-1]) + _SOFT[last]
        forms.append(f"{soft}[ыі]{_AFTER_POSS_RE}?")
    return "(?:" + "|".join(forms) + ")"


def ru_word_pattern(word: str) -> str:
    """Regex for a Russian word and its case forms: the stem and up to three letters."""
    low = word.lower()
    if len(word) < 4 or not re.fullmatch(r"[а-яё]+", low):
        return re.escape(word)
    stem = word
    for end in _RU_ADJ:
        if low.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            break
    else:
        while stem and stem[-1].lower() in "аяоеыиуюьй" and len(stem) > 3:
            stem = stem[:-1]
    return re.escape(stem) + "[а-яё]{0,3}"


def phrase_pattern(phrase: str, lang: str, *, lowercase_first: bool = False) -> str:
    """Regex for a multi-word name in the inflected forms ``lang`` allows.

    Kazakh inflects only the last word; Russian every word. Spaces match any
    run of spaces and a dash any dash with or without spaces around it.
    """
    parts = re.split(r"(\s*[" + DASHES + r"]\s*|\s+)", phrase.strip())
    words = parts[0::2]
    seps = parts[1::2]
    out = []
    for i, w in enumerate(words):
        if lang == "kk":
            pat = kk_word_pattern(w) if i == len(words) - 1 and re.fullmatch(r"[^\W\d_]+", w) else re.escape(w)
        else:
            pat = ru_word_pattern(w)
        out.append(pat)
        if i < len(seps):
            # A dash is also written as a space: "Самрук-Казына", "Самрук Казына".
            out.append(r"(?:\s*[" + DASHES + r"]\s*|\s+)" if seps[i].strip() else r"\s+")
    body = "".join(out)
    first = phrase.strip()[:1]
    if not first.isalpha() or not body.startswith(first):
        return body
    # Only the first letter keeps its case: later words are written either way
    # ("Ауыл – ел бесігі", "Ауыл – Ел бесігі"), a lower-case first letter is often
    # the common noun and not the name.
    head = f"[{first.upper()}{first.lower()}]" if lowercase_first else re.escape(first)
    return head + "(?i:" + body[1:] + ")"


@lru_cache(maxsize=8192)
def kk_base(word: str, *, cautious: bool = False) -> str:
    """Nominative of the last word of a Kazakh name.

    ``картасында`` → ``картасы``, ``қордан`` → ``қор``, ``көмекті`` → ``көмек``.
    ``cautious`` (for text inside quotes, where most names are already
    nominative) removes only endings of three letters or more after a
    possessive, so ``Қазына`` stays whole.
    """
    low = word.lower()
    for end in _AFTER_POSS_LONGEST_FIRST:
        if cautious and len(end) < 3:
            continue
        if low.endswith(end):
            base = low[: -len(end)]
            if len(base) > 3 and base.endswith(_POSS):
                return word[: len(base)]
    if cautious:
        return word
    for end in _PLAIN_LONGEST_FIRST:
        if low.endswith(end) and len(low) - len(end) >= 3 and ending_agrees(low[: -len(end)], end):
            base = word[: -len(end)]
            if base[-1:].lower() in _KK_VOWELS and end[0] in "нд" and len(end) == 2:
                # "жобасын" style accusative is handled above; a vowel-final stem
                # takes -ны/-ні, not -ды/-на, so keep the word as written.
                if end not in ("ны", "ні", "ға", "ге"):
                    continue
            return base
    return word


@lru_cache(maxsize=8192)
def canonical_phrase(surface: str, lang: str, *, quoted: bool = False) -> str:
    """Canonical form of a name as written: nominative, single spaces, no quotes."""
    name = normalize_spacing(surface.strip(_QUOTES + " "))
    if not name:
        return name
    if name.count("«") > name.count("»"):
        name += "»"  # "Ясли-сад «Балапан»": a nested name keeps its closing quote
    if lang == "kk":
        head, sep, last = name.rpartition(" ")
        if re.fullmatch(r"[^\W\d_]+", last):
            last = kk_base(last, cautious=quoted)
        return head + sep + last
    return name


_SPACED_DASH = re.compile(r"(?<=\S) [" + DASHES + r"] (?=\S)")
_KEY_DROP = re.compile(r"[\"«»“”„.,:;!?]")


@lru_cache(maxsize=8192)
def normalize_spacing(name: str) -> str:
    """Single spaces, spaced en dashes (``Ауыл – Ел бесігі``), no spaces inside quotes."""
    return _SPACED_DASH.sub(" – ", _SPACE_RUN.sub(" ", name.strip()))


@lru_cache(maxsize=8192)
def alias_key(name: str) -> str:
    """Key under which two spellings of one name compare equal."""
    key = name.strip(_QUOTES + " ").casefold().replace("ё", "е")
    key = _DASH_RUN.sub(" ", key)  # "Самрук-Казына" = "Самрук Казына" = "Ауыл – ел бесігі"
    key = _KEY_DROP.sub("", key)
    return _SPACE_RUN.sub(" ", key).strip()
