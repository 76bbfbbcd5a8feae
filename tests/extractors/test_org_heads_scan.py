"""The head-noun scans of extractors.org_heads find every word a word-by-word test finds,
and read the same tokens as a tokenisation of the whole text."""
from __future__ import annotations

import time

import pytest

from extractors.lang.ru.type_nouns import ACRONYM_HEADS
from extractors.org_heads import (_WORD, _TextTokens, _head_prefixes, _kk_head_starts, _ru_head_starts, _tokens,
                                  _tokens_around, kk_orgs, ru_orgs)
from extractors.type_nouns import _ru_heads_by_prefix, ru_org_head

TEXTS = [
    "Аудандық білім бөлімі мен Денсаулық сақтау министрлігінің (министрлігі) 5-бөлімі, ab1бөлімі",
    "ҚОР қор Қор қорқор «Самұрық-Қазына» қорының БӨЛІМІ x_бөлім -бөлім ’бөлім 12бөлім әкімдігі\nӘкімдігі",
    "Министерство здравоохранения, акимат Аральского района, УВД ДЧС ДЧСы (Управление) 3отдел,отдел",
    "Департамент-управление ПРОКУРАТУРА прокуратуры, музеи области; в Суде суд суда ИнститутА",
    "",
    "министрлігі",
    # no space within reach: the whole text's tokens are used
    "(министрлігі)" * 12 + "x-(Министерство,отдела)" * 6 + "5бөлім_" * 20,
]


def _word_by_word_kk(text: str) -> list[int]:
    prefixes = _head_prefixes()
    return [w.start() for w in _WORD.finditer(text)
            if w.group()[:4].lower() in prefixes or w.group()[:4].lower()[:3] in prefixes]


def _scanned(text: str, pattern) -> list[int]:
    tokens = _TextTokens(text)
    found = []
    for m in pattern.finditer(text):
        t = tokens.starting_at(m.start())
        if t is not None:
            found.append(t[0])
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_kk_scan_finds_every_head_like_word(text):
    assert set(_word_by_word_kk(text)) <= set(_scanned(text, _kk_head_starts()))


@pytest.mark.parametrize("text", TEXTS)
def test_ru_scan_finds_every_head_word(text):
    expected = [w.start() for w in _WORD.finditer(text)
                if ru_org_head(w.group()) or w.group() in ACRONYM_HEADS]
    assert set(expected) <= set(_scanned(text, _ru_head_starts()))
    assert _ru_heads_by_prefix()  # the table the scan is built from


@pytest.mark.parametrize("text", TEXTS)
def test_token_starting_at_is_the_whole_texts_token(text):
    whole = {t[0]: t for t in _tokens(text)}
    tokens = _TextTokens(text)
    for pos in range(len(text)):
        if text[pos].isalpha():
            assert tokens.starting_at(pos) == whole.get(pos)


@pytest.mark.parametrize("text", [" ".join(TEXTS * 3) + " " + "слово " * 60 + "(Министерство) финансов Республики "
                                  "Казахстан " + "и " * 30, TEXTS[-1]])
def test_tokens_around_are_the_whole_texts_tokens(text):
    whole = _tokens(text)
    tokens = _TextTokens(text)
    for k, (s, e, word) in enumerate(whole):
        if not word[:1].isalpha():
            continue
        toks, i = _tokens_around(tokens, s)
        assert toks[i] == whole[k]
        for d in range(-2, 14):
            if 0 <= k + d < len(whole):
                assert 0 <= i + d < len(toks) and toks[i + d] == whole[k + d]
        assert (i >= 2 or i == k) and (len(toks) - i > 13 or len(toks) - i == len(whole) - k)


def test_a_text_without_spaces_costs_linear_time():
    kk = "(министрлігі)" * 20000
    ru = "(Министерство)" * 20000
    started = time.process_time()
    kk_orgs(kk)
    ru_orgs(ru)
    assert time.process_time() - started < 5


def _lookahead_form(pattern):
    """The scan as it was written before: the first letters in a lookahead, the character
    before by a lookbehind, the prefix read (matched) from the word's start."""
    import re

    m = re.fullmatch(r"\[(.*?)\]\(\?<!\[\^\\W\\d_\]\.\)\(\?<=\(\?=\(\?:(.*)\)\)\.\)", pattern.pattern, re.S)
    return re.compile(f"(?=[{m.group(1)}])(?<![^\\W\\d_])(?:{m.group(2)})")


@pytest.mark.parametrize("scan", [_kk_head_starts, _ru_head_starts])
def test_scan_opening_with_its_letters_starts_where_the_lookahead_form_did(scan):
    import random

    rng = random.Random(5)
    words = ["министрлігі", "Министрлігінің", "МИНИСТРЛІГІ", "әкімдігі", "Әкімдік", "бөлімі", "басқармасы", "қоры",
             "Қор", "орталығы", "университеті", "мектебі", "Министерство", "министерства", "акимат", "Акимата",
             "управление", "Отдел", "отдела", "комитет", "УВД", "ДЧС", "ДКНБ", "ДП", "департамент", "институт",
             "аудан", "облыс", "білім", "Аральского", "района", "мен", "және", "и", "в", "12", "5", "№", "x", "_",
             "ab", "ı", "İ", "ſ", "\u212a", "Ё", "ё", "ғ"]
    marks = [" ", " ", "  ", "\n", "-", "(", ")", "«", "»", ",", ".", "", "_", "1", "’"]
    new, old = scan(), _lookahead_form(scan())
    for _ in range(3000):
        text = "".join(rng.choice(marks) + rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert [m.start() for m in new.finditer(text)] == [m.start() for m in old.finditer(text)], text


def test_latin_names_start_where_the_lookbehind_first_form_found_them():
    import random
    import re

    from extractors.org_heads import _LATIN_NAME

    rng = random.Random(9)
    before_first = re.compile(r"(?<![\w-])[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,4}(?=\s+[^\W\d_])")
    pieces = ["Kazakh", "TV", "KEGOC", "арнасы", "компаниясы", "x", "-", "_", "5", " ", "  ", "\n", "&", ".", "Ä", "Q"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in _LATIN_NAME.finditer(text)] == [m.span() for m in before_first.finditer(text)], text


def test_head_words_remembered_give_what_they_gave_when_read():
    from extractors.org_heads import _kk_head

    texts = ["Денсаулық сақтау министрлігінің басқа бөлігі", "Аудандық білім бөлімі мен орталықтандырылған кітапхана",
             "Ұлттық ядролық орталықта, облыс орталықта", "шоудың барлық бөлімін, компаниялардың", "Самұрық-Қазына қоры"]
    _kk_head.cache_clear()
    first = [kk_orgs(t) for t in texts]
    assert [kk_orgs(t) for t in texts] == first
    assert _kk_head("басқа") is None and _kk_head("министрлігінің")[0] == "министрлік"


def test_ru_scan_of_whole_stems_finds_every_head_word_of_random_texts():
    import random

    rng = random.Random(4)
    stems = [stem for heads in _ru_heads_by_prefix().values() for stem, _ in heads]
    words = [s + e for s in stems for e in ("", "а", "ы", "ом", "ах", "ией")] + [s[:k] for s in stems for k in (3, 4)]
    words += ["проекту", "полугода", "более", "Аким", "акима", "прошлым", "УВД", "ДЧС", "x", "5", "_"]
    marks = [" ", "  ", "\n", "(", "«", "-", ",", "", "’", "5"]
    for _ in range(4000):
        text = "".join(rng.choice(marks) + rng.choice([w, w.capitalize(), w.upper()])
                       for w in rng.choices(words, k=rng.randint(1, 8)))
        expected = [w.start() for w in _WORD.finditer(text) if ru_org_head(w.group()) or w.group() in ACRONYM_HEADS]
        assert set(expected) <= set(_scanned(text, _ru_head_starts())), text
