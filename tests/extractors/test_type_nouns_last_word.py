"""type_nouns._last_word reads the word _LAST_WORD's forward search finds."""
from __future__ import annotations

import random

from extractors.type_nouns import _LAST_WORD, _last_word


def test_last_word_is_the_forward_search_word():
    rng = random.Random(5)
    alphabet = "аБқӘx Z_-–1٣²\n\t\xa0.«»,ТОО"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        m = _LAST_WORD.search(text, start, end)
        assert _last_word(text, start, end) == (m.group(1) if m else None), (text, start, end)
