"""What a compiled pattern may open a match with, and the letters that case-insensitive
matching pairs with a letter other than their own case.

Rule tables are gated by the character at a position before the regex engine is called: a
unit table tried after each number, a registry key at each word, a date rule after each
number. The gates read a pattern's opening characters from the parse Python's own ``re``
module makes of it (``re._parser``, private), and lower-case text where the engine folds
cases itself. This module keeps that knowledge of ``re``'s internals in one place, with
the fallback for a Python whose internals moved: no gate, every pattern matched as it is.
"""
from __future__ import annotations

import re

try:  # the parser re compiles with, its constants and its extra case folds (Python 3.11+)
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover
    _casefix = _constants = _parser = None

# Latin letters whose case-insensitive matches are not their case pair alone: "ı" and "İ"
# match "i", "ſ" matches "s", "µ" matches "μ". Text holding one is read without a gate.
ODD_LATIN_CASES = frozenset("ıİſµ")
# Letters re.IGNORECASE takes as cases of Cyrillic ones though str.lower() turns them into
# none (the old forms "ᲀ" of "в", "ᲂ" of "о", …): a text holding one is always searched.
ODD_CYRILLIC_CASES = tuple(chr(c) for c in range(0x1c80, 0x1c89))

# The one character whose lower case is two characters ("İ" → "i̇"); the regex engine's
# case-insensitive match reads it as "i".
_TWO_CHAR_LOWER = "\u0130"


def _parse(regex: re.Pattern):
    """``regex`` as ``re`` parses it, or None on a Python whose parser is not there or differs."""
    if _parser is None:
        return None
    try:
        return _parser.parse(regex.pattern, regex.flags)
    except Exception:  # pragma: no cover (a parser of another Python)
        return None


def match_initials(regex: re.Pattern) -> frozenset[str] | None:
    """The characters, in lower case, that a match of ``regex`` may open with, read
    case-insensitively whatever its flags (a superset is harmless); None when that is not
    told by literals (a class such as ``\\w`` or ``.`` first, or an empty match possible)."""
    tree = _parse(regex)
    if tree is None:
        return None  # (no gate: the pattern is matched as it is)
    c = _constants

    def first(items) -> tuple[set[int] | None, bool]:
        """The code points ``items`` may open with, and whether they may match nothing."""
        out: set[int] = set()
        for op, av in items:
            empty = False
            if op is c.LITERAL:
                got = {av}
            elif op is c.IN:
                got = set()
                for op2, av2 in av:
                    if op2 is c.LITERAL:
                        got.add(av2)
                    elif op2 is c.RANGE and av2[1] - av2[0] < 1000:
                        got.update(range(av2[0], av2[1] + 1))
                    else:
                        return None, False  # a category or a negated class
            elif op is c.BRANCH:
                got = set()
                for branch in av[1]:
                    b, b_empty = first(branch)
                    if b is None:
                        return None, False
                    got |= b
                    empty = empty or b_empty
            elif op is c.SUBPATTERN:
                got, empty = first(av[-1])
            elif op is c.ATOMIC_GROUP:
                got, empty = first(av)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                got, empty = first(av[2])
                empty = empty or av[0] == 0
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                got, empty = set(), True  # zero width: what follows opens the match
            else:
                return None, False
            if got is None:
                return None, False
            out |= got
            if not empty:
                return out, False
        return out, True

    points, empty = first(tree.data)
    if points is None or empty:
        return None
    initials = set()
    for p in points:
        ch = chr(p)
        # every case of the character and the ones the engine folds with them ("ᲀ" with "в")
        for variant in {ch, ch.lower(), ch.upper()}:
            if len(variant) != 1:
                continue  # ("ß".upper() is "SS": the engine folds one character with one)
            low = variant.lower()[0]  # (the engine's lower case of "İ" is "i")
            initials.add(low)
            for extra in _casefix._EXTRA_CASES.get(ord(low), ()):
                initials.add(chr(extra).lower()[0])
    if _TWO_CHAR_LOWER.lower()[0] in initials:
        initials.add(_TWO_CHAR_LOWER.lower())  # (what ``match`` looks up for "İ")
    return frozenset(initials)


def written_openers(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a form's pattern may begin a match with, as written: "Г" of
    "Г(?i:од…)", "Жж" of "[Жж](?i:…)" (a lower-case form), "Ү" of a Kazakh word read in
    its case ("Үкімет…"), read from the parsed pattern; None when it begins otherwise (then
    with any case of its key's first letter)."""
    parsed = _parse(compiled)
    if parsed is None:  # a parser of another Python: no letters, every case looked at
        return None
    return _firsts(list(parsed), bool(parsed.state.flags & re.IGNORECASE))


def _firsts(items: list, ignorecase: bool) -> frozenset[str] | None:
    """What the first of the parsed ``items`` reads, if it is one character of a few written
    out (in a case-insensitive group, ones without case only), else None."""
    if not items:
        return None
    op, av = items[0]
    if op is _constants.SUBPATTERN:
        _, add, remove, sub = av
        return _firsts(list(sub), bool((ignorecase or add & re.IGNORECASE) and not remove & re.IGNORECASE))
    if op is _constants.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            chars = _firsts(list(alternative), ignorecase)
            if chars is None:
                return None
            out |= chars
        return frozenset(out)
    if op is _constants.LITERAL:
        chars = {chr(av)}
    elif op is _constants.IN and all(o is _constants.LITERAL for o, _ in av):
        chars = {chr(a) for _, a in av}
    else:
        return None
    if ignorecase and any(not (c.lower() == c.upper() == c) for c in chars):
        return None
    return frozenset(chars)
