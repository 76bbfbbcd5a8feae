"""The registry of unquoted programmes and bodies, and the kk ↔ ru alias table.

News names national programmes and state bodies without quotes or a type noun
(``Жол картасында``, ``атаулы әлеуметтік көмек``, ``Үкімет``), and the same
programme in both languages (``Жол картасы`` = ``Дорожная карта``). Both facts
are data, not code: ``extractors/data/registry.toml`` ships with dalel, and
users add their own files without touching code, through the environment
variable ``DALEL_REGISTRY`` (one or more TOML paths separated by the platform's
path separator) or the ``extra`` argument of :func:`get_registry` and
``extractors.names.find_names``.

File format (TOML), one ``[[entry]]`` table per programme or body::

    [[entry]]
    name = "Жол картасы"        # canonical name every record of it carries (required)
    kind = "project"            # "project" or "organization" (required)
    type = "roadmap"            # programme, project, roadmap, party, ministry, … (required)
    kk = ["Жол картасы"]        # Kazakh forms, in the nominative; inflected forms
                                # (Жол картасында) are found. Default: [name],
                                # unless name is listed under "other"
    ru = ["Дорожная карта"]     # Russian forms, in the nominative; case forms are found
    other = ["Nurly Zhol"]      # forms matched literally (Latin script, acronyms)
    quoted_only = false         # true: a common word (Еңбек, Болашақ) that names this
                                # only inside quotes: «Еңбек»
    lowercase = false           # true: also written with a lower-case first letter
                                # (атаулы әлеуметтік көмек); otherwise the first
                                # letter's case must match

All forms of one entry are aliases of one another: a quoted «Дорожная карта» and
an unquoted ``Жол картасында`` both get ``name = "Жол картасы"``. An entry of a
later file with the same ``name`` replaces the earlier one, so a user file can
correct the shipped data.
"""
from __future__ import annotations

import os
import re

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from extractors.canonical import alias_key, canonical_phrase, phrase_pattern
from extractors.regex_starts import written_openers

ENV_VAR = "DALEL_REGISTRY"
KINDS = ("project", "organization")
_KEYS = {"name", "kind", "type", "kk", "ru", "other", "quoted_only", "lowercase"}


_KEY_LEN = 3
_WORD_START = re.compile(r"(?<![\w-])\w[\w-]*")
# Characters whose lower case depends on more than the character: "İ" becomes two
# characters, "Σ" becomes "ς" or "σ" by its neighbours. Anywhere else text.lower()
# lines up character by character with each word's own lower-cased prefix, which
# Registry.finditer's pre-filter relies on; a text holding one has every word read.
_CONTEXT_LOWER = ("\u0130", "\u03a3")


def _key(form: str) -> str:
    first = form.split()[0] if form.split() else form
    return first[:_KEY_LEN].lower() if len(first) >= _KEY_LEN else first.lower()


class RegistryError(ValueError):
    """A registry file that cannot be read; the message names the file and entry."""


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    type: str
    kk: tuple[str, ...] = ()
    ru: tuple[str, ...] = ()
    other: tuple[str, ...] = ()
    quoted_only: bool = False
    lowercase: bool = False

    def forms(self) -> Iterator[tuple[str, str]]:
        for f in self.kk:
            yield "kk", f
        for f in self.ru:
            yield "ru", f
        for f in self.other:
            yield "other", f


@dataclass
class Registry:
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[str, Entry] = {}
        for e in self.entries:
            self._by_key.setdefault(alias_key(e.name), e)
            for _, form in e.forms():
                self._by_key.setdefault(alias_key(form), e)
        self._compile()

    def _compile(self) -> None:
        """Index every unquoted form by the first letters of its first word.

        Scanning is then one dictionary look-up per word of the text and a
        regex match only for the few forms that start like it, instead of one
        alternation of every form tried at every position.
        """
        self._index: dict[str, list[tuple[re.Pattern[str], Entry]]] = {}
        firsts: dict[re.Pattern[str], frozenset[str] | None] = {}
        for e in self.entries:
            if e.quoted_only:
                continue
            for lang, form in e.forms():
                if lang == "other":
                    pat = r"\s+".join(map(re.escape, form.split()))
                else:
                    pat = phrase_pattern(form, lang, lowercase_first=e.lowercase)
                compiled = re.compile(f"(?:{pat})(?![\\w])")
                self._index.setdefault(_key(form), []).append((compiled, e))
                firsts[compiled] = written_openers(compiled)
        for forms in self._index.values():
            # Longer forms first, so "Бизнестің жол картасы" wins over "Жол картасы".
            forms.sort(key=lambda fe: -len(fe[0].pattern))
        # Each key's forms by the first character of the word, as written: "Год рабочих
        # профессий" begins only with "Г", and "году", "года" of Russian text look up its
        # key. (by character, the forms it may begin; for any other character, the rest)
        self._cased: dict[str, tuple[dict[str, tuple], tuple]] = {}
        for key, forms in self._index.items():
            chars = {c for compiled, _ in forms for c in firsts[compiled] or ()}
            self._cased[key] = (
                {c: tuple(fe for fe in forms if firsts[fe[0]] is None or c in firsts[fe[0]]) for c in chars},
                tuple(fe for fe in forms if firsts[fe[0]] is None))
        self._key_starts, self._reads_before = _key_starts_pattern(self._cased)
        # the forms to try at a word, by its first _KEY_LEN characters as written (all the
        # look-ups below read): remembered, a few hundred beginnings come back on every page
        self._forms: dict[str, tuple] = {}

    def finditer(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        """Unquoted mentions of registry names in ``text``: ``(start, end, entry)``, in order."""
        pos = 0
        for start in self._word_starts(text):
            if start < pos:
                continue
            w = _WORD_START.match(text, start)
            if w is None:  # not a word's start (cannot happen; kept as the contract)
                continue
            head = w.group()[:_KEY_LEN]
            forms = self._forms.get(head)
            if forms is None:
                forms = self._forms_at(head)
                if len(self._forms) < 100_000:  # bounded: a long-running process sees many words
                    self._forms[head] = forms
            if not forms:
                continue
            best = None
            for compiled, entry in forms:
                m = compiled.match(text, start)
                if m and (best is None or m.end() > best[1]):
                    best = (start, m.end(), entry)
            if best:
                yield best
                pos = best[1]

    def _forms_at(self, head: str) -> tuple:
        """The forms to try, in order, at a word that begins with ``head`` (its first
        _KEY_LEN characters as written): those of its key in the case of its first letter,
        then those of its first two letters' key when the word is longer than two."""
        index = self._cased
        first = head[0]
        candidates = index.get(head.lower())
        if candidates:
            candidates = candidates[0].get(first, candidates[1])
        short = index.get(head[:2].lower()) if len(head) > 2 else None
        if short:
            short = short[0].get(first, short[1])
        return tuple(candidates or ()) + tuple(short or ())

    def _word_starts(self, text: str) -> Iterator[int]:
        """Starts of the words whose beginning is a key of the index, in any case but
        for the first letter, which some form of the key begins with as written.

        Found by one expression over the text, in C: reading every word in Python
        (a slice, a lower() and two look-ups each) was over half of find_names, and
        only about one word in five begins like a key; of those, three in four
        began in the case no form of it is written in ("году" for "Год …"). A
        superset of the words finditer finds a form at: a word shorter than its
        key's length is found too and looked up as before, and the expression's
        case-insensitive letters take all a lower-cased word's letters do.
        """
        if any(c in text for c in _CONTEXT_LOWER):
            return (w.start() for w in _WORD_START.finditer(text))
        if not self._reads_before:
            return (m.start() for m in self._key_starts.finditer(text))
        # The space stands for the text's start: the expression reads the character
        # before each word (a lookbehind at every position cost twice as much), and
        # that character's place in the spaced text is the word's place in the text.
        return (m.start() for m in self._key_starts.finditer(" " + text))

    def lookup(self, name: str, lang: str = "kk") -> Entry | None:
        """The entry a name (quoted or not, maybe inflected) refers to, or None."""
        e = self._by_key.get(alias_key(name))
        if e is None and lang == "kk":
            e = self._by_key.get(alias_key(canonical_phrase(name, "kk")))
        return e


def _key_starts_pattern(cased: dict) -> tuple[re.Pattern[str], bool]:
    """Where a key begins a word, and whether the expression reads the character before
    the word (the text is then searched with a space before it, see ``Registry._word_starts``).

    Keys grouped by the first character of their forms as written (a key whose forms
    may begin otherwise, in either case of its own), so the expression compares a
    word's first letter with ~60 characters, not with each of ~170 keys; the rest of a
    key in any case. The key is a lookahead: at most one character is consumed, so a key
    holding a stop ('a.b'), which no word can begin with, hides no word after it.
    """
    by_first: dict[str, set[str]] = {}
    exact = {c for by_char, _ in cased.values() for c in by_char}
    anyhow_firsts = {key[:1] for key, (_, anyhow) in cased.items() if anyhow}
    for key, (by_char, anyhow) in cased.items():
        for c in by_char:
            by_first.setdefault(re.escape(c), set()).add(key[1:])
        if anyhow:
            by_first.setdefault(f"(?i:{re.escape(key[:1])})", set()).add(key[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        tails = "|".join(re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r)))
        branches.append(f"{first}(?i:{tails})")
    keys = "|".join(branches) or "(?!)"
    if exact and not anyhow_firsts:
        # ``[ГЖж…](?<![\\w-].)(?<=(?=(?:Г(?i:од|ос)|[Жж](?i:ол)|…)).)``: every key's first letter
        # as written, in one class opening the expression, which the regex engine takes as its
        # prefix and skips to in C, instead of testing each character of the text against
        # [^\\w-] (key starts 22 -> 19 us a page). The letter is read, so the match starts where
        # the word does; the character before it (none before the text's start: a word there
        # is found) and the key from the letter on are read by lookbehinds.
        firsts = "".join(sorted(map(re.escape, exact)))
        return re.compile(f"[{firsts}](?<![\\w-].)(?<=(?=(?:{keys})).)"), False
    # A key written to begin in any case: its first letters are not all written out.
    # (the first letters looked at first, in one test: most words begin with none of them)
    firsts = [f"[{''.join(sorted(map(re.escape, exact)))}]"] if exact else []
    if anyhow_firsts:
        firsts.append(f"(?i:[{''.join(sorted(map(re.escape, anyhow_firsts)))}])")
    screen = f"(?={'|'.join(firsts)})" if firsts else ""
    return re.compile(f"[^\\w-]{screen}(?=(?:{keys}))"), True


def _as_forms(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_entries(data: dict, source: str) -> list[Entry]:
    """Entries of one parsed TOML document; errors name ``source`` and the entry."""
    raw = data.get("entry", [])
    if not isinstance(raw, list):
        raise RegistryError(f"{source}: 'entry' must be an array of tables ([[entry]])")
    out = []
    for n, item in enumerate(raw, 1):
        where = f"{source}: entry {n}"
        if not isinstance(item, dict):
            raise RegistryError(f"{where}: not a table")
        unknown = set(item) - _KEYS
        if unknown:
            raise RegistryError(f"{where}: unknown key {sorted(unknown)[0]!r}; expected {', '.join(sorted(_KEYS))}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RegistryError(f"{where}: 'name' is required")
        where = f"{source}: entry {n} ({name})"
        kind = item.get("kind")
        if kind not in KINDS:
            raise RegistryError(f"{where}: 'kind' must be 'project' or 'organization', not {kind!r}")
        typ = item.get("type")
        if not isinstance(typ, str) or not typ.strip():
            raise RegistryError(f"{where}: 'type' is required")
        for flag in ("quoted_only", "lowercase"):
            if not isinstance(item.get(flag, False), bool):
                raise RegistryError(f"{where}: '{flag}' must be true or false")
        kk = _as_forms(item.get("kk"), where, "kk")
        ru = _as_forms(item.get("ru"), where, "ru")
        other = _as_forms(item.get("other"), where, "other")
        if "kk" not in item and name.strip() not in other:
            kk = (name.strip(),)
        out.append(Entry(name.strip(), kind, typ.strip(), kk, ru, other,
                         item.get("quoted_only", False), item.get("lowercase", False)))
    return out


def read_file(path: Path | str) -> list[Entry]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise RegistryError(f"{path}: cannot read registry: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: registry is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise RegistryError(f"{path}: not valid TOML: {e}") from None
    return parse_entries(data, str(path))


def _shipped() -> list[Entry]:
    text = resources.files("extractors.data").joinpath("registry.toml").read_text(encoding="utf-8")
    return parse_entries(tomllib.loads(text), "extractors/data/registry.toml")


def _merge(*lists: list[Entry]) -> list[Entry]:
    by_name: dict[str, Entry] = {}
    for entries in lists:
        for e in entries:
            by_name[e.name] = e
    return list(by_name.values())


@lru_cache(maxsize=16)
def _cached(paths: tuple[str, ...], stamps: tuple[float, ...]) -> Registry:
    return Registry(_merge(_shipped(), *(read_file(p) for p in paths)))


def get_registry(extra: str | Path | None = None) -> Registry:
    """The shipped registry, extended by ``$DALEL_REGISTRY`` and then ``extra``.

    Cached per set of files and their modification times, so editing a user
    file takes effect without restarting.
    """
    paths = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    if extra is not None:
        paths.append(str(extra))
    stamps = []
    for p in paths:
        try:
            stamps.append(os.stat(p).st_mtime)
        except OSError as e:
            raise RegistryError(f"{p}: cannot read registry: {e.strerror or e}") from None
    return _cached(tuple(paths), tuple(stamps))
