"""Tell Kazakh from Russian.

Kazakh Cyrillic has nine letters Russian lacks; a handful of them settles most
texts. Short or ambiguous texts fall back to frequent function words, and
Latin-script Kazakh (``ş``, ``ğ``, ``ñ``, ``ä``...) counts as Kazakh.
"""
from __future__ import annotations

import re
from itertools import filterfalse

KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
KK_LATIN_LETTERS = set("äğıñöşūüÄĞIÑÖŞŪÜáńóúÁŃÓÚ")
KK_WORDS = frozenset(
    "және мен бен пен бойынша үшін жылы жыл деп бұл осы да де ал бар жоқ болды болып "
    "туралы арқылы кезінде жөнінде бірге сондай ақ оның олар біз".split()
)
RU_WORDS = frozenset(
    "и в во на не что это с со по для от до из как за года году также был была были "
    "который которые при более его их она они мы".split()
)
# A word of both lists counts as Kazakh (it was tested first), so Russian counts only the rest.
_RU_ONLY_WORDS = RU_WORDS - KK_WORDS
_WORD = re.compile(r"\w+", re.UNICODE)
# Letters are counted by expressions (C speed): this runs on every page the
# scrapers parse, and a Python loop over 20,000 characters cost a third of a ms.
_KK_LETTER = re.compile("[" + "".join(sorted(KK_LETTERS)) + "]")
_KK_LATIN_LETTER = re.compile("[" + "".join(sorted(KK_LATIN_LETTERS)) + "]")
# In UTF-8 every character of U+0400-U+04FF, and only those, begins with one of these
# bytes (0xC0 | code point >> 6); a continuation byte is 0x80-0xBF. Counting them in the
# encoded text is the Cyrillic count without a match object per letter: findall of
# [\u0400-\u04ff] built a list of every letter and was half of detect_language.
_CYRILLIC_LEAD_BYTES = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")


def _cyrillic_count(text: str) -> int:
    # surrogatepass: a lone surrogate (broken input) encodes as three bytes, none of them a lead above
    encoded = text.encode("utf-8", "surrogatepass")
    return sum(encoded.count(lead) for lead in _CYRILLIC_LEAD_BYTES)


_FUNCTION_WORDS = KK_WORDS | _RU_ONLY_WORDS
# Marks that stand against words ("года,", "«бұл»"): spaces in their stead leave the words as
# they were (none is a word character), and most tokens between spaces whole words
_MARKS = ",.«»():;\"!?"


def _function_words(low: str) -> list[str]:
    """The words of ``low`` that either list holds, as many times as ``_WORD.findall(low)``
    reads them. The text is split at spaces (in C, several times faster than the
    expression): a token of letters and digits alone (str.isalnum, the expression's \\w but
    "_") is one word; the expression reads only the few tokens holding anything else."""
    for mark in _MARKS:
        low = low.replace(mark, " ")
    tokens = low.split()
    found = list(filter(_FUNCTION_WORDS.__contains__, tokens))
    mixed = list(filterfalse(str.isalnum, tokens))
    if mixed:
        found += filter(_FUNCTION_WORDS.__contains__, _WORD.findall(" ".join(mixed)))
    return found


def detect_language(text: str, default: str = "kk") -> str:
    """Return ``"kk"`` or ``"ru"`` for ``text``; ``default`` when nothing tells."""
    sample = text[:20000]
    kk_letters = len(_KK_LETTER.findall(sample))
    cyr = _cyrillic_count(sample)
    if cyr == 0:
        return "kk" if _KK_LATIN_LETTER.search(sample) else default
    found = _function_words(sample.lower())
    kk_words = sum(map(KK_WORDS.__contains__, found))
    ru_words = len(found) - kk_words  # (the rest are _RU_ONLY_WORDS)
    # A Kazakh text has one of its own letters every 30-60 letters; Russian quotes
    # of Kazakh names bring a few. Weigh letters against function words.
    kk_score = kk_letters / max(cyr, 1) * 100 + kk_words * 0.5
    # No Kazakh letter in a long stretch of Cyrillic is itself Russian evidence; in a
    # short line ("«Таза су» жобасы 12 ауыл") it says nothing.
    ru_score = ru_words * 0.5 + (1.0 if kk_letters == 0 and cyr >= 60 else 0.0)
    if kk_score == ru_score:
        return default
    return "kk" if kk_score > ru_score else "ru"
