"""Unquoted organisation names found by their head noun.

Kazakh puts the head noun last and the name before it: ``Денсаулық сақтау
министрлігінің``, ``Түркістан облысының әкімдігі``, ``Гарвард университеті``.
Rule: a head noun (``extractors/lang/kk/type_nouns.py: ORG_HEADS``) preceded,
within four lower-case words, by a capitalised word; the name runs from that
word (and at most one capitalised word before it) to the head noun. Russian
puts the head first: ``Министерство здравоохранения``, ``акимат Аральского
района``; the name runs from the head over the genitive words that follow.
"""
from __future__ import annotations

import re

from extractors.canonical import kk_base
from extractors.lang.kk.org_context import ORG_CONTEXT
from extractors.lang.kk.type_nouns import TYPE_NOUNS as KK_TYPES
from extractors.type_nouns import kk_org_head_regex, ru_org_head

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d+|[^\w\s]")
_NOT_START = ORG_CONTEXT["not_name_start"]
_NOT_INSIDE = ORG_CONTEXT["not_name_inside"]
# Verb forms end a name to the left ("ұсынған", "барып"); object cases do not
# ("халықты әлеуметтік қорғау министрлігі").
_VERBISH = re.compile(r"(?:ған|ген|қан|кен|ып|іп|йды|йді|ады|еді|уда|уде|атын|етін|мақ|мек)$")
# A capitalised word in a local or directional case is where something happens,
# not the start of a name: "Алматыда ... университеті".
_PLACE_CASE = re.compile(r"(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен)$")
_MAX_GAP = 4
# Names that end like a case ending but are nominative: Қазақстан, Түркістан, Сарыарқа.
_LOOKS_LIKE_CASE = re.compile(r"(?:стан|арқа)$")

_RU_STOP = frozenset(
    "в во на с со к ко о об от до за из у для что как не и а но или это который которая "
    "которые был была были будет при под над через после перед также уже еще".split()
)


def _in_place_case(w: str) -> bool:
    low = w.lower()
    return not w.isupper() and bool(_PLACE_CASE.search(low)) and not _LOOKS_LIKE_CASE.search(low)


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _adjacent(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    gap = text[a[1]:b[0]]
    return gap.isspace() and "\n" not in gap


def kk_orgs(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, canonical name, type)`` of unquoted Kazakh organisation names."""
    head_re, groups = kk_org_head_regex()
    toks = _tokens(text)
    out = []
    for i, (hs, he, hw) in enumerate(toks):
        m = head_re.fullmatch(hw)
        if not m:
            continue
        start = _name_start(text, toks, i)
        if start is None:
            continue
        words = [t[2] for t in toks[start:i]] + [kk_base(hw)]
        _, typ = groups[m.lastgroup]
        out.append((toks[start][0], he, " ".join(words), typ))
    return out


def _name_start(text: str, toks, i: int) -> int | None:
    gap = 0
    j = i - 1
    while j >= 0:
        w = toks[j][2]
        if not _adjacent(text, toks[j], toks[j + 1]) or not w[:1].isalpha():
            return None
        low = w.lower()
        if _is_cap(w):
            if low in _NOT_START or _in_place_case(w):
                return None
            start = j
            k = j - 1
            if k >= 0 and _adjacent(text, toks[k], toks[k + 1]):
                pw = toks[k][2]
                if _is_cap(pw) and pw[:1].isalpha() and pw.lower() not in _NOT_START and not _in_place_case(pw):
                    start = k
            return start
        if low in _NOT_INSIDE or _VERBISH.search(low) or low in KK_TYPES:
            return None
        gap += 1
        if gap > _MAX_GAP:
            return None
        j -= 1
    return None


def ru_orgs(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, type)`` of unquoted Russian names such as ``Министерство здравоохранения``."""
    toks = _tokens(text)
    out = []
    for i, (hs, he, hw) in enumerate(toks):
        if not _is_cap(hw) or not ru_org_head(hw):
            continue
        end = i
        j = i + 1
        while j < len(toks) and j - i <= 5 and _adjacent(text, toks[j - 1], toks[j]):
            w = toks[j][2]
            low = w.lower()
            if not w[:1].isalpha() or (low in _RU_STOP and not (low == "по" and j == i + 1)):
                break
            if _is_cap(w) and not re.search(r"(?:ого|его|ой|ей|ии|и|ы|а|ан)$", low):
                break
            end = j
            j += 1
        if end == i:
            continue
        if toks[end][2].lower() == "по":
            continue
        out.append((hs, toks[end][1], text[hs:toks[end][1]], _ru_type(hw)))
    return out


def _ru_type(head: str) -> str:
    low = head.lower()
    for stem, typ in (("министерств", "ministry"), ("акимат", "akimat"), ("комитет", "committee"),
                      ("управлени", "department"), ("департамент", "department"), ("агентств", "agency"),
                      ("маслихат", "council"), ("правительств", "government"), ("университет", "university"),
                      ("академи", "university"), ("институт", "university")):
        if low.startswith(stem):
            return typ
    return "organization"
