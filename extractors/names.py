"""Project and organisation records, and what each figure is about (issue 5).

Three rules find names, in this order; a later rule never takes text an
earlier one took:

1. Quoted names (``«Кедергісіз келешек» жобасы``, ``ТОО «Арал Су»``): the span
   is the text inside the quotes; a type noun after the quotes (up to three
   modifier words away), a legal form or Russian type noun before them, the
   registry, a type noun closing a list the name opens (``«Қамқор» және «Жас
   ана» бағдарламалары``) or a frame word (``аясында``, ``шеңберінде``) says
   whether it is a project or an organisation. A quoted text with none of these
   is not a name (most quotes in news are speech or titles). A name followed by
   a position or event noun (``«Нұр Отан» партиясының съезі``, ``Үкімет
   басшысы``) is part of a title, not a mention, and is left out.
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
from extractors.lang.kk.type_nouns import ORG_CONTEXT
from extractors.org_heads import kk_orgs, latin_orgs, ru_orgs
from extractors.records import Record
from extractors.registry import Registry, RegistryError, get_registry
from extractors.type_nouns import RU_ADJECTIVE_ENDING, is_legal_form, legal_form_before, type_noun_at

# «…» may hold one nested «…» («Компания «Астана»»); “…”, „…“ and "…" do not nest.
# Each alternative opens with one literal quote (“ and „ apart, not as [“„]): the regex
# engine then skips to the next quote mark in C instead of trying the alternatives at
# every character (11.6 -> 6.4 us a page). The inner text is the one group that takes
# part, the match's lastindex.
_QUOTED = re.compile(
    r"«\s*((?:[^«»\n]|«[^«»\n]*»){1,200}?)\s*»"
    r"|“\s*([^“”„\n]{1,200}?)\s*[”“]"
    r"|„\s*([^“”„\n]{1,200}?)\s*[”“]"
    r'|"\s*([^"\n]{1,200}?)\s*"'
)
_MAX_WORDS = 16
# A legal form, then an opening quote whose name runs into the nested quote at the end.
_UNCLOSED_OUTER = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,6})\s*«([^«»\n]{1,50}?)\s*\Z")
# Lower-case words allowed between the closing quote and the type noun: "«Х» атты
# сайлауалды бағдарламасы", "«Шапағат» мүгедектердің қайырымдылық қоры".
_MAX_MODIFIERS = 3
_FRAMES_AFTER = re.compile(r"\s*(?:[-–—]\s*)?(?:аясында|аясындағы|шеңберінде|шеңберіндегі|бағытында)(?![\w])", re.I)
_FRAMES_BEFORE = re.compile(r"(?:в\s+рамках|по\s+линии|в\s+рамках\s+реализации)\s*$", re.I)
# "«…» деп аталатын кітап", "«…» атты фильм": the title of a work, named by what follows.
_TITLE_AFTER = re.compile(r"\s*(?:деп|атты|деген)(?![\w])", re.I)
_WORK_BEFORE = re.compile(r"(?:фильм|книг|кітап|спектакл|песн|ән|роман|сериал|передач|картин|пьес|қойылым)\w*\s*\Z",
                          re.I)
# Type nouns that are common nouns too ("бөлім": a department, or a part of a film or
# law): they type a quoted name only right after it.
_NEAR_ONLY = re.compile(r"(?i)бөлім(?!ше)")
_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w-]*)")
# What "[.!?]$" finds: a stop last, or before a line break that ends the text (one test of
# the end, where the expression was tried at every character of the quote)
_SENTENCE_END = (".", "?", "!", ".\n", "?\n", "!\n")
_POSITION_AFTER = tuple(ORG_CONTEXT["position_after"])
_NEXT_WORD = re.compile(r"\s+(?:[\d-]+[^\W\d_]*\s+)?([^\W\d_][\w-]*)")
_NEXT_WORDS = re.compile(r"[»”\"\s]*([^\W\d_][\w-]*)(?:\s+(?:[\d-]+[^\W\d_]*\s+)?([^\W\d_][\w-]*))?")
# "заң жобасы" is a bill, not a project: «Педагог мәртебесі туралы» заң жобасы.
_NOT_BEFORE_TYPE = frozenset({"заң", "заңнама"})


def find_names(text: str, lang: str, *, registry: str | Path | Registry | None = None) -> list[Record]:
    """Project and organisation records of ``text``, in text order.

    ``registry``: an extra registry file (or a :class:`Registry`) on top of the
    shipped one and ``$DALEL_REGISTRY``.
    """
    reg = registry if isinstance(registry, Registry) else _registry(registry)
    records: list[Record] = []
    taken = bytearray(len(text))  # 1 where an earlier rule took the character

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for m in _QUOTED.finditer(text):
        g = m.lastindex
        s, e = m.span(g)
        start = m.start()
        if g == 1:
            outer = _UNCLOSED_OUTER.search(text, max(0, start - 60), start)
            if outer is not None and is_legal_form(outer.group(1)):
                # "ГККП «Ясли-сад «Балапан» принял": sites close a nested name with one
                # quote; the name is the outer one, its own quotes kept as in «…«…»».
                start, s, e = outer.start(2) - 1, outer.start(2), m.end()
        rec = _quoted_record(text, s, e, m.end(), start, lang, reg)
        if rec is not None and not _in_position(text, rec, m.end()):
            records.append(rec)
            take(m.start(), m.end())

    for s, e, entry in reg.finditer(text):
        if free(s, e) and not (entry.kind == "organization" and _in_position(text, None, e)):
            records.append(Record(entry.kind, text[s:e], s, e, name=entry.name, type=entry.type))
            take(s, e)

    for s, e, name, typ in (ru_orgs(text) + latin_orgs(text, "ru") if lang == "ru" else kk_orgs(text) + latin_orgs(text)):
        if free(s, e) and not _in_position(text, None, e):
            entry = reg.lookup(name)
            if entry is not None and entry.kind == "organization":
                name, typ = entry.name, entry.type
            records.append(Record("organization", text[s:e], s, e, name=name, type=typ))
            take(s, e)

    records.sort(key=lambda r: r.start)
    return records


def _registry(extra: str | Path | None) -> Registry:
    try:
        return get_registry(extra)
    except RegistryError as e:
        # Callers (the CLI, the pipeline) report ExtractionError as a one-line
        # message; imported here because extractors.core imports this module.
        from extractors.core import ExtractionError

        raise ExtractionError(str(e)) from None


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
    first = m.group(1)
    if first[:1].islower() and first.startswith(_POSITION_AFTER):
        return True
    # After a type noun ("партиясының съезі", "шаруа қожалығының басшысы") the next word decides.
    typed = type_noun_at(text, m.start(1))
    if typed is None:
        return False
    after = _NEXT_WORD.match(text, typed[0])
    return bool(after and after.group(1)[:1].islower() and after.group(1).startswith(_POSITION_AFTER))


def _quoted_record(text: str, s: int, e: int, after: int, before: int, lang: str, reg: Registry) -> Record | None:
    inner = text[s:e]
    if not inner.strip() or len(inner.split()) > _MAX_WORDS:
        return None
    if not any(c.isalpha() for c in inner):
        # Digits name a programme only with its type noun: «7-20-25» бағдарламасы, по программе «7-20-25».
        info, _ = _type_after(text, after, lang)
        if info is None and lang == "ru":
            info = legal_form_before(text, before, lang)
        if info is None or info[0] != "project":
            return None
        return Record(info[0], inner, s, e, name=normalize_spacing(inner), type=info[1])
    if inner.endswith(_SENTENCE_END) and not inner.endswith("!") and len(inner.split()) > 3:
        return None  # a quoted sentence, not a name
    entry = reg.lookup(inner, lang)
    if entry is None and " " not in inner.strip() and inner[:1].islower():
        return None  # «ақылды» жүйе: a single lower-case word is a quoted word, not a name
    info, distance = _type_after(text, after, lang)
    legal = legal_form_before(text, before, lang)
    if legal is not None and (info is None or distance > 0):
        # "ТОО «Агрофирма» инвестировало в проект": the legal form written against the
        # name says what it is; a type noun a few words on names something else.
        info, distance = legal, 0
    info = info or _list_type_after(text, after, lang)
    if entry is not None and (info is None or (distance > 0 and info[0] != entry.kind)):
        # The registry knows the name; a type noun further away ("«Нұр Отан»
        # мемлекеттік басқару жүйесі") describes something else.
        info = (entry.kind, entry.type)
    if info is None and (_FRAMES_AFTER.match(text, after) or _FRAMES_BEFORE.search(text[max(0, before - 40):before])):
        info = ("project", "project")
    if info is None and not _TITLE_AFTER.match(text, after) and not _WORK_BEFORE.search(text, max(0, before - 30), before):
        info = _inner_project_type(inner, lang)
    if info is None:
        return None
    kind, typ = info
    nested = _NESTED.fullmatch(inner) if "«" in inner else None  # (it reads one: most quotes hold none)
    if nested and all(is_legal_form(w) for w in nested.group(1).split()):
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


def _inner_project_type(inner: str, lang: str) -> tuple[str, str] | None:
    """A quoted name that says itself what it is: «… 2020-2021 жылдарға арналған жол
    картасы», «Программа развития регионов до 2025 года». Kazakh puts the type noun
    last, Russian first; only programmes and projects are read so."""
    words = list(_WORD.finditer(inner))
    if len(words) < 3:
        return None  # «Жаңа жоба», «Программа защиты»: as likely a book's or a film's title
    if lang == "ru":
        found = type_noun_at(inner, 0, lang)
    else:
        found = None
        for w in words[-2:]:
            found = type_noun_at(inner, w.start(), lang)
            # a name's noun is in the compound (izafet) form, "дамыту бағдарламасы";
            # "Үздік … бағдарлама" in its base form is a common noun (a TV award's category)
            if (found is not None and not inner[found[0]:].strip(" -–—0123456789")
                    and inner[:found[0]].lower().endswith(("ы", "і"))):
                break
            found = None
    if found is None or found[1][0] != "project":
        return None
    return found[1]


def _type_after(text: str, pos: int, lang: str) -> tuple[tuple[str, str] | None, int]:
    """The type noun after a closing quote, past at most a few lower-case words.

    Returns ``((kind, type), words skipped)`` or ``(None, 0)``.
    """
    modifiers = 0
    while modifiers <= _MAX_MODIFIERS:
        m = _WORD_AFTER.match(text, pos)
        if not m or "\n" in text[pos:m.start(1)]:
            return None, 0
        found = type_noun_at(text, m.start(1), lang)
        if found is not None and modifiers and _NEAR_ONLY.match(m.group(1)):
            found = None  # "«…» комедиясының екінші бөлімі": the film's second part, a word like any
        if found is not None:
            return found[1], modifiers
        word = m.group(1).lower()
        if word[:1] != m.group(1)[:1] or word in _NOT_BEFORE_TYPE:
            return None, 0
        if lang == "ru" and not RU_ADJECTIVE_ENDING.search(word):
            return None, 0  # "На карте «Алматы» отмечены школы": only an adjective stands between
        modifiers += 1
        pos = m.end(1)
    return None, 0


_LIST_END = re.compile(r"[.;:!?\n«»]")
_COMMA = re.compile(r"\s*,")
_NESTED = re.compile(r"((?:[^\W\d_]+\s+)+)«\s*([^«»]+?)\s*»")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_PLURAL_KK = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")
# ", «Жас ана» және «Жас кәсіпкер» " up to the noun that follows the last quote.
_QUOTED_LIST = re.compile(r"(?:\s*(?:,|және|мен|пен|бен)\s*«[^«»\n]{1,80}»)+\s*")


def _list_type_after(text: str, pos: int, lang: str) -> tuple[str, str] | None:
    """A quoted name that opens a list closed by a type noun takes that noun.

    ``«Қамқор», «Жас ана» және «Жас кәсіпкер» бағдарламалары``: every quoted
    member is a programme. ``«бір алқаптан екі өнім алу», тамшылатып суғару
    және жылыжай салу жобалары``: with unquoted members too, the noun must be
    plural to name them all.
    """
    if lang != "kk":
        return None
    quoted_only = _QUOTED_LIST.match(text, pos)
    if quoted_only:
        found = type_noun_at(text, quoted_only.end(), lang)
        return found[1] if found else None
    if not _COMMA.match(text, pos):
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
