"""Project and organisation records, and what each figure is about (issue 5).

Three rules find names, in this order; a later rule never takes text an
earlier one took:

1. Quoted names (``«Кедергісіз келешек» жобасы``, ``ТОО «Арал Су»``): the span
   is the text inside the quotes; a type noun after the quotes (up to three
   modifier words away), a legal form or Russian type noun before them, the
   registry, or a frame word (``аясында``, ``шеңберінде``) says whether it is a
   project or an organisation. A quoted text with none of these is not a name
   (most quotes in news are speech or titles).
2. Registry names written without quotes (``Жол картасында``, ``Үкімет``,
   ``атаулы әлеуметтік көмек``): ``extractors/registry.py``, data users extend.
3. Unquoted organisation names ended (Kazakh) or opened (Russian) by a head
   noun: ``Денсаулық сақтау министрлігі``, ``Министерство здравоохранения``.

Every record's ``name`` is canonical: quotes and inflection removed, and one
name for both languages where the registry has an alias.
"""
from __future__ import annotations

import re
from pathlib import Path

from extractors.canonical import canonical_phrase, normalize_spacing
from extractors.lang.kk.org_context import ORG_CONTEXT
from extractors.org_heads import kk_orgs, latin_orgs, ru_orgs
from extractors.records import Record
from extractors.registry import Registry, get_registry
from extractors.type_nouns import legal_form_before, type_noun_at

# «…» may hold one nested «…» («Компания «Астана»»); “…”, „…“ and "…" do not nest.
_QUOTED = re.compile(
    r"«\s*((?:[^«»\n]|«[^«»\n]*»){1,200}?)\s*»"
    r"|[“„]\s*([^“”„\n]{1,200}?)\s*[”“]"
    r'|"\s*([^"\n]{1,200}?)\s*"'
)
_MAX_WORDS = 16
# Lower-case words allowed between the closing quote and the type noun: "«Х» атты
# сайлауалды бағдарламасы", "«Шапағат» мүгедектердің қайырымдылық қоры".
_MAX_MODIFIERS = 3
_FRAMES_AFTER = re.compile(r"\s*(?:[-–—]\s*)?(?:аясында|аясындағы|шеңберінде|шеңберіндегі|бағытында)(?![\w])", re.I)
_FRAMES_BEFORE = re.compile(r"(?:в\s+рамках|по\s+линии|в\s+рамках\s+реализации)\s*$", re.I)
_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w-]*)")
_SENTENCE_END = re.compile(r"[.!?]$")
_POSITION_AFTER = tuple(ORG_CONTEXT["position_after"])
_NEXT_WORDS = re.compile(r"[»”\"\s]*([^\W\d_][\w-]*)(?:\s+(?:[\d-]+[^\W\d_]*\s+)?([^\W\d_][\w-]*))?")
# "заң жобасы" is a bill, not a project: «Педагог мәртебесі туралы» заң жобасы.
_NOT_BEFORE_TYPE = frozenset({"заң", "заңнама"})


def find_names(text: str, lang: str, *, registry: str | Path | Registry | None = None) -> list[Record]:
    """Project and organisation records of ``text``, in text order.

    ``registry``: an extra registry file (or a :class:`Registry`) on top of the
    shipped one and ``$DALEL_REGISTRY``.
    """
    reg = registry if isinstance(registry, Registry) else get_registry(registry)
    records: list[Record] = []
    taken = bytearray(len(text))  # 1 where an earlier rule took the character

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for m in _QUOTED.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.span(g)
        rec = _quoted_record(text, s, e, m.end(), m.start(), lang, reg)
        if rec is not None and not _in_position(text, rec, m.end()):
            records.append(rec)
            take(m.start(), m.end())

    for s, e, entry in reg.finditer(text):
        if free(s, e) and not (entry.kind == "organization" and _in_position(text, None, e)):
            records.append(Record(entry.kind, text[s:e], s, e, name=entry.name, type=entry.type))
            take(s, e)

    for s, e, name, typ in (ru_orgs(text) if lang == "ru" else kk_orgs(text) + latin_orgs(text)):
        if free(s, e) and not _in_position(text, None, e):
            entry = reg.lookup(name)
            if entry is not None and entry.kind == "organization":
                name, typ = entry.name, entry.type
            records.append(Record("organization", text[s:e], s, e, name=name, type=typ))
            take(s, e)

    records.sort(key=lambda r: r.start)
    return records


def _in_position(text: str, rec: Record | None, end: int) -> bool:
    """Whether an organisation name ending at ``end`` is part of a position or event.

    ``Үкімет басшысы``, ``«Нұр Отан» партиясының съезі``: the next word, or the
    word after the type noun, is a position or event noun.
    """
    if rec is not None and rec.kind != "organization":
        return False
    m = _NEXT_WORDS.match(text, end)
    if not m or "\n" in text[end:m.start(1)]:
        return False
    first, second = m.group(1), m.group(2)
    if first[:1].islower() and first.startswith(_POSITION_AFTER):
        return True
    # After a type noun ("партиясының съезі") the next word decides.
    return bool(second and second[:1].islower() and second.startswith(_POSITION_AFTER)
                and type_noun_at(text, m.start(1)) is not None)


def _quoted_record(text: str, s: int, e: int, after: int, before: int, lang: str, reg: Registry) -> Record | None:
    inner = text[s:e]
    if not any(c.isalpha() for c in inner) or len(inner.split()) > _MAX_WORDS:
        return None
    if _SENTENCE_END.search(inner) and not inner.endswith("!") and len(inner.split()) > 3:
        return None  # a quoted sentence, not a name
    info = _type_after(text, after, lang) or legal_form_before(text, before, lang) or _list_type_after(text, after, lang)
    entry = reg.lookup(inner, lang)
    if info is None and entry is not None:
        info = (entry.kind, entry.type)
    if info is None and (_FRAMES_AFTER.match(text, after) or _FRAMES_BEFORE.search(text[max(0, before - 40):before])):
        info = ("project", "project")
    if info is None:
        return None
    kind, typ = info
    nested = _NESTED.fullmatch(inner)
    if nested and all(legal_form_before(w + " ", len(w) + 1, "ru") or legal_form_before(w + " ", len(w) + 1, "kk")
                      for w in nested.group(1).split()):
        # «НК «ҚТЖ»»: the legal form is not part of the name.
        entry = reg.lookup(nested.group(2), lang) or entry
        inner_name = nested.group(2)
    else:
        inner_name = inner
    if entry is not None and entry.kind == kind:
        name, typ = entry.name, entry.type
    else:
        name = canonical_phrase(inner_name, lang, quoted=True)
    return Record(kind, inner, s, e, name=normalize_spacing(name), type=typ)


def _type_after(text: str, pos: int, lang: str) -> tuple[str, str] | None:
    """The type noun after a closing quote, past at most a few lower-case words."""
    modifiers = 0
    while modifiers <= _MAX_MODIFIERS:
        m = _WORD_AFTER.match(text, pos)
        if not m or "\n" in text[pos:m.start(1)]:
            return None
        found = type_noun_at(text, m.start(1), lang)
        if found is not None:
            return found[1]
        word = m.group(1).lower()
        if word[:1] != m.group(1)[:1] or word in _NOT_BEFORE_TYPE:
            return None
        modifiers += 1
        pos = m.end(1)
    return None


_LIST_END = re.compile(r"[.;:!?\n«»]")
_COMMA = re.compile(r"\s*,")
_NESTED = re.compile(r"((?:[^\W\d_]+\s+)+)«\s*([^«»]+?)\s*»")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_PLURAL_KK = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")


def _list_type_after(text: str, pos: int, lang: str) -> tuple[str, str] | None:
    """A quoted name that opens a list closed by a plural type noun is a project.

    «бір алқаптан екі өнім алу», тамшылатып суғару және жылыжай салу жобалары:
    the plural noun names every member of the list, the quoted one included.
    """
    if lang != "kk" or not _COMMA.match(text, pos):
        return None
    stop = _LIST_END.search(text, pos, pos + 200)
    end = stop.start() if stop else min(len(text), pos + 200)
    for w in _WORD.finditer(text, pos, end):
        found = type_noun_at(text, w.start(), lang)
        if found and found[1][0] == "project":
            # The noun must be plural: "жобалары", not "жобасы" of another phrase.
            stem = w.group().lower()
            if _PLURAL_KK.search(stem, 3):
                return found[1]
    return None


def assign_about(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> None:
    """Set ``about`` on figure records in place; null where no rule applies."""
    from extractors.about import assign

    assign(text, records, sentences)
