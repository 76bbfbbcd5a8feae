"""A rule that begins with a stem ("қараша~", "жұма~") is tried at a word of the stem's
first three letters only when the word begins with the whole stem. Each such rule's
pattern must then match nowhere else at a word of those letters, or a date would be lost
unnoticed: near misses of every stem (cut short, a letter changed, endings, each case)
before what the rules read after them, against the patterns themselves."""
import itertools

import pytest

from extractors import dates

_ENDINGS = ["", "ы", "да", "ның", "я", "'"]
_LETTERS = "аінья"
_AFTER = [" 15-20", " айының 5-і", " 5 10 дейін", "-желтоқсан", " күні"]


def _near_misses(stem):
    words = {stem[:k] for k in range(3, len(stem) + 1)}
    words |= {stem[:k] + c + stem[k + 1:] for k in range(3, len(stem)) for c in _LETTERS}
    words |= {stem[:k] + c for k in range(3, len(stem) + 1) for c in _LETTERS}
    return sorted({w + e for w in words for e in _ENDINGS})


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_stems_rule_is_left_out_only_where_it_matches_nothing(lang):
    tries = dates.TRIES[lang]
    missed = []
    for starts, rules, offset in tries.langs:
        for (key, rank), stems in starts.stems.items():
            pattern = rules[rank][0]
            for stem in stems:
                for word, after in itertools.product(_near_misses(stem), _AFTER):
                    for written in {word, word.capitalize(), word.upper()}:
                        text = written + after
                        w = dates.WORD.match(text).group()
                        at = tries.at(w)
                        every = {r for _, _, r in (at.tries if isinstance(at, dates._Followed) else at)}
                        if rank + offset not in every and pattern.match(text, 0):
                            missed.append((text, rank + offset))
    assert missed == []


def test_a_word_of_a_stems_letters_that_begins_no_stem_tries_fewer_rules():
    tries = dates.TRIES["kk"]
    ranks = lambda word: {r for _, _, r in tries.at(word)}  # noqa: E731
    assert ranks("қаржының") < ranks("қарашада")
    assert ranks("жұмыс") < ranks("жұмада")
    assert ranks("Қаржының") == ranks("қаржының")
    # the whole stem begun, however it ends, keeps its rules
    assert ranks("ҚАРАШАДА") == ranks("қарашада") and ranks("қараша") == ranks("қарашада")


def test_stems_are_read_only_when_each_letter_is_cased_alike():
    # ("ı" matches "I" and "i" alike: a word holding one keeps every rule of its letters)
    assert not dates._cased_alike("şılde") and dates._cased_alike("қараша") and dates._cased_alike("Shilde")
    assert not dates._cased_alike("\u1c80") and not dates._cased_alike("ſ")
