"""Matching type nouns (``жобасы``, ``партиясының``, ``программы``, ``ТОО``) in text.

The words themselves are language data in ``extractors/lang/{kk,ru}/type_nouns.py``;
this module compiles them once into regular expressions that accept their
inflected forms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.canonical import kk_word_pattern
from extractors.lang.kk import type_nouns as kk
from extractors.lang.ru import type_nouns as ru

TypeInfo = tuple[str, str]  # (kind, type)
_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\s*$")
# Russian adjective endings, every case and number: what may stand between a quoted name
# and its type noun, or between a place's adjective and an organisation's head.
RU_ADJECTIVE_ENDING = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими|ей)$")
# The Russian two-word type "дорожная карта" (a roadmap; "карта" alone is a map).
_RU_ROADMAP = re.compile(r"(?i)дорожн[а-яё]{1,3}\s+карт[а-яё]{0,3}\s*\Z")
# "программы развития здравоохранения «Денсаулык»", "программе поддержки занятости на
# 2017-2021 годы «Еңбек»": a programme named after what it develops, in the genitive.
_RU_PROGRAMME_OF = re.compile(
    r"(?<![\w-])(?:[Пп]рограмм|[Гг]оспрограмм)[а-яё]{0,3}(?P<chain>(?:\s+(?:[а-яё]+|на\s+\d{4}\s*[-–—]\s*\d{4}\s+годы)){1,7})"
    r"\s*\Z")
# Abstract nouns in the genitive: what a programme is of ("развития", "предпринимательства",
# "занятости", "модернизации"); a concrete noun there ("парка", "школы") owns the name.
_RU_ABSTRACT_GENITIVE = re.compile(r"(?:ния|тия|вия|ства|сти|ции|ки)$")


def _kk_phrase(noun: str) -> str:
    words = noun.split()
    return r"\s+".join([re.escape(w) for w in words[:-1]] + [kk_word_pattern(words[-1])])


@lru_cache(maxsize=1)
def _kk_regex() -> tuple[re.Pattern[str], dict[str, TypeInfo]]:
    groups: dict[str, TypeInfo] = {}
    alts = []
    for i, (noun, info) in enumerate(sorted(kk.TYPE_NOUNS.items(), key=lambda kv: -len(kv[0]))):
        groups[f"k{i}"] = info
        alts.append(f"(?P<k{i}>{_kk_phrase(noun)})")
    return re.compile(r"(?i:" + "|".join(alts) + r")(?![\w])"), groups


@lru_cache(maxsize=1)
def _ru_regex() -> tuple[re.Pattern[str], dict[str, TypeInfo]]:
    groups: dict[str, TypeInfo] = {}
    alts = []
    for i, (stem, info) in enumerate(sorted(ru.TYPE_NOUNS.items(), key=lambda kv: -len(kv[0]))):
        groups[f"r{i}"] = info
        alts.append(f"(?P<r{i}>{re.escape(stem)}[а-яё]{{0,4}})")
    return re.compile(r"(?i:" + "|".join(alts) + r")(?![\w])"), groups


@lru_cache(maxsize=1)
def _legal_regex() -> tuple[re.Pattern[str], dict[str, TypeInfo]]:
    forms = {**kk.LEGAL_FORMS, **ru.LEGAL_FORMS}
    alts = sorted(forms, key=len, reverse=True)
    return re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts) + r")(?![\w])"), forms


def type_noun_at(text: str, pos: int, lang: str = "kk") -> tuple[int, TypeInfo] | None:
    """The type noun of ``lang`` (or a legal form) starting exactly at ``pos``.

    Returns ``(end, (kind, type))`` or None.
    """
    # Russian text quotes Kazakh names with their Kazakh nouns too, and a short
    # Kazakh text may be taken for Russian; Kazakh text only borrows Russian
    # nouns in other senses ("концепциясы"), so it gets the Kazakh ones alone.
    for compiled in ((_legal_regex, _ru_regex, _kk_regex) if lang == "ru" else (_legal_regex, _kk_regex)):
        pattern, table = compiled()
        m = pattern.match(text, pos)
        if m:
            if compiled is _legal_regex:
                return m.end(), table[" ".join(m.group().split())]
            return m.end(), table[m.lastgroup]
    return None


def is_legal_form(word: str) -> bool:
    """Whether ``word`` is a legal-form abbreviation (``ТОО``, ``ЖШС``, ``НК``)."""
    pattern, _ = _legal_regex()
    return pattern.fullmatch(word) is not None


# The last word before a position, read backwards: the run of word characters and hyphens
# before the trailing spaces, from its first letter. A forward search for
# ``([^\W\d_][\w-]*)\s*$`` tried a match at every one of 40 characters.
_TRAILING_RUN = re.compile(r"\s*([\w-]*)")
_LETTER = re.compile(r"[^\W\d_]")


def _last_word(text: str, start: int, end: int) -> str | None:
    """``_LAST_WORD.search(text, start, end).group(1)``, or None when it finds nothing."""
    tail = _TRAILING_RUN.match(text[start:end][::-1])
    run_start, run_end = end - tail.end(1), end - tail.start(1)
    first = _LETTER.search(text, run_start, run_end)
    return text[first.start():run_end] if first else None


def legal_form_before(text: str, pos: int, lang: str = "ru") -> TypeInfo | None:
    """A legal form (``ТОО``, ``ЖШС``) or Russian type noun ending just before ``pos``."""
    word = _last_word(text, max(0, pos - 40), pos)
    if word is None:
        return None
    pattern, table = _legal_regex()
    if pattern.fullmatch(word):
        return table[word]
    if lang != "ru":
        return None
    rp, rtable = _ru_regex()
    rm = rp.fullmatch(word)
    if rm:
        return rtable[rm.lastgroup]
    if _RU_ROADMAP.search(text, max(0, pos - 40), pos):
        return ("project", "roadmap")  # "по дорожной карте «Чистая вода»"
    pm = _RU_PROGRAMME_OF.search(text, max(0, pos - 160), pos)
    if pm is not None and _programme_chain(pm.group("chain")):
        return ("project", "programme")
    return None


def _programme_chain(chain: str) -> bool:
    """Words between a programme noun and its quoted name that say what it is of."""
    words = chain.split()
    if words[-1] == "годы":
        return True  # "… на 2017-2021 годы «Еңбек»"
    if not _RU_ABSTRACT_GENITIVE.search(words[-1]) or len(words[-1]) < 5:
        return False
    rp, _ = _ru_regex()
    # "проекта компании «…»", "программы партии «…»": the organisation owns the name
    return not any(rp.fullmatch(w) for w in words)


@lru_cache(maxsize=1)
def kk_org_head_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, TypeInfo]]]:
    """Kazakh nouns that end an unquoted organisation name, inflected forms included.

    The group table maps each group to ``(noun, (kind, type))``.
    """
    groups: dict[str, tuple[str, TypeInfo]] = {}
    alts = []
    for i, noun in enumerate(sorted(kk.ORG_HEADS, key=len, reverse=True)):
        groups[f"h{i}"] = (noun, kk.TYPE_NOUNS[noun])
        alts.append(f"(?P<h{i}>{kk_word_pattern(noun)})")
    return re.compile(r"(?i:" + "|".join(alts) + r")"), groups


@lru_cache(maxsize=1)
def _ru_heads_by_prefix() -> dict[str, tuple[tuple[str, str], ...]]:
    # Every word of a Russian text is asked: look up its first three letters instead
    # of trying each stem (the stems keep their order within a prefix).
    table: dict[str, list[tuple[str, str]]] = {}
    for stem, nominative in ru.ORG_HEADS.items():
        table.setdefault(stem[:3], []).append((stem, nominative))
    return {k: tuple(v) for k, v in table.items()}


def ru_org_head(word: str) -> str | None:
    """The nominative of a Russian organisation head noun, in the word's case, or None."""
    low = word.lower()
    if low in ru.NOT_ORG_HEADS:
        return None
    for stem, nominative in _ru_heads_by_prefix().get(low[:3], ()):
        if low.startswith(stem) and len(low) - len(stem) <= 3:
            return nominative.capitalize() if word[:1].isupper() else nominative
    return None
