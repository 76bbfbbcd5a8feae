"""Date records: absolute dates, years, ranges, parts of a year, relative words,
durations, frequencies and seasons, in Kazakh and Russian.

Every rule of the language's grammar (``date_rules_kk``, ``date_rules_ru``) proposes
spans; the longest non-overlapping ones win. ``date`` holds ISO text at exactly the
precision written, or null for durations, frequencies, seasons, vague spans and
relative words when no publication date is known. ``extractors.core`` passes these
spans to the figures extractor, so numbers inside a date never become figures.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import re

from extractors import date_rules_kk, date_rules_ru
from extractors.date_grammar import (
    LETTER, OTHER, SPACE, STEM, UNKNOWN, Candidate, Digits, Word, alternation, fits, then_letters,
)
from extractors.records import Record
from extractors.regex_starts import ODD_LATIN_CASES
from extractors.table_rows import TABLE_CELLS, is_header

RULES = {"kk": date_rules_kk.RULES, "ru": date_rules_ru.RULES}
WORD = re.compile(r"\w+")
DIGIT_RUN = re.compile(r"\d*")
DECIMALS = re.compile(r"\d+\s*")
SPACES = re.compile(r"\s*")
# A number's digits counted up to this: every rule begins with fewer.
MAX_DIGITS = 5


def _index(rules) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[int, Digits], dict[tuple[str, int], frozenset]]:
    """Rule numbers by the exact first word they may begin with, and by the first
    three letters of a stem that takes endings ("қаңтарда", "биылғы"); the rules
    that may begin with a number in digits, by what they take; and what may follow the
    exact first word of a rule, by word and rule: ``(SPACE, c)`` for spaces and then
    ``c``, ``(c, None)`` for the character ``c`` right after it (no entry: anything)."""
    exact: dict[str, list[int]] = {}
    prefix: dict[str, list[int]] = {}
    digits: dict[int, Digits] = {}
    follows: dict[tuple[str, int], set | None] = {}
    for rank, (_, _, starts) in enumerate(rules):
        for word in starts:
            if isinstance(word, Digits):
                assert rank not in digits and max(word.lengths) < MAX_DIGITS
                digits[rank] = word
                continue
            if isinstance(word, Word):
                key = word.word.lower()
                after = {(SPACE, c) for c in word.then} | {(c, None) for c in word.right_after}
                table = exact
            elif word.endswith(STEM):
                table, key, after = prefix, word[:3].lower(), None
            else:
                table, key = exact, WORD.match(word).group().lower()
                after = _phrase_after(word, key)
            if table is exact:
                known = follows.get((key, rank), set())
                follows[key, rank] = None if known is None or after is None else known | after
            if rank not in table.setdefault(key, []):
                table[key].append(rank)
    return exact, prefix, digits, {k: frozenset(v) for k, v in follows.items() if v is not None}


def _phrase_after(phrase: str, first: str) -> set | None:
    """What a start written as a phrase puts after its first word: "в этом году" spaces and
    "э" ((SPACE, "э")), "бір-ақ" "-"; None for a start of one word. Patterns read a phrase
    through ``alternation``, its spaces as \\s+."""
    rest = phrase[len(first):]
    if not rest:
        return None
    if rest[0] == " ":
        nxt = rest.lstrip(" ")[:2].lower()
        if nxt[1:] and not (nxt[1].isalpha() and nxt[1] not in ODD_LATIN_CASES):
            nxt = nxt[:1]  # (a space or a mark second: the pattern may read it otherwise)
        if not nxt or nxt[0] in ODD_LATIN_CASES:
            return None  # (a letter that matches others alike: "ı" is read as "I" too)
        return {(SPACE, nxt)}
    return {(rest[0], None)}


def _cased_alike(word: str) -> bool:
    """Whether each character of ``word`` matches case-insensitively its case pair alone, so
    that its lower case says what a pattern's letters match there (see ``then_letters``)."""
    return all((ord(c) < 0x180 or 0x400 <= ord(c) < 0x500) and c not in ODD_LATIN_CASES for c in word)


def _stems(rules) -> dict[tuple[str, int], tuple[str, ...]]:
    """The whole stems a rule begins with, in lower case, by their first three letters and the
    rule's number: of those whose stems of these letters are all ``_cased_alike`` words (any
    other is tried at every word of these letters)."""
    out: dict[tuple[str, int], list[str] | None] = {}
    for rank, (_, _, starts) in enumerate(rules):
        for w in starts:
            if isinstance(w, str) and w.endswith(STEM):
                stem = w[:-len(STEM)].lower()
                key = (stem[:3], rank)
                known = out.get(key, [])
                # (a stem of word characters alone: the word "qan" of "qan'tar" is cut at the
                # apostrophe, where the pattern reads on)
                whole = _cased_alike(stem) and WORD.fullmatch(stem) is not None
                out[key] = known + [stem] if known is not None and whole else None
    return {key: tuple(stems) for key, stems in out.items() if stems is not None}


class _Starts:
    """Which rules of one language may begin at a word."""

    def __init__(self, rules) -> None:
        self.exact, self.prefix, self.digits, self.follows = _index(rules)
        self.stems = _stems(rules)
        # the characters some rule names to follow its digits ("-", ".", ","), or its spaces:
        # kinds of their own
        self.after_chars = frozenset(c for d in self.digits.values() for c in d.after if len(c) == 1)
        self.then_chars = frozenset(c for d in self.digits.values() for t in d.then or () for c in t)

    def ranks(self, word: str) -> tuple[int, ...]:
        if word[0].isdigit():
            return tuple(self.digits)
        w = word.lower()
        by_stem = self.prefix.get(w[:3], ())
        if by_stem and _cased_alike(word):
            # A rule begins at a stem's word only where the word begins with the whole stem:
            # "қаржының", "қаралды" share the first three letters of "қараша" (November) and
            # "жұмыс" those of "жұма" (Friday), and begin no month or weekday (asked once a
            # word: the answer is remembered by _Tries.at). A rule that names the word itself
            # stays, as do the rules with a stem of other letters.
            exact, stems = self.exact.get(w, ()), self.stems
            by_stem = [r for r in by_stem if r in exact or (w[:3], r) not in stems or w.startswith(stems[w[:3], r])]
        return tuple(sorted(set(self.exact.get(w, ())) | set(by_stem)))

    def after(self, word: str, rank: int) -> frozenset | None:
        """What may follow ``word`` for rule ``rank`` to begin at it (see ``_index``); None
        for anything. (A word of digits is read by its Digits alone, as in ``ranks``.)"""
        if word[0].isdigit():
            return None
        w = word.lower()
        return None if rank in self.prefix.get(w[:3], ()) else self.follows.get((w, rank))

    def number_ranks(self, length: int, after: str, then: str | None = None, thousands: bool = False,
                     zero: bool = True) -> tuple[int, ...]:
        """The rules that may begin with ``length`` digits followed by ``after`` (a kind), and
        after spaces by ``then`` (a kind); ``thousands``: the digits make 1000 or more;
        ``zero``: the last digit is "0"."""
        return tuple(rank for rank, d in self.digits.items() if d.admits(length, after, then, thousands, zero))


STARTS = {lang: _Starts(rules) for lang, rules in RULES.items()}
RANGE_WORDS = {
    "kk": (date_rules_kk.W.RANGE_CONNECTORS, date_rules_kk.W.RANGE_CLOSERS),
    "ru": (("-", "–", "—"), ()),
}
ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.IGNORECASE)
_HABIT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!как\s)(?<!как\sи\s)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                    sorted(date_rules_kk.W.HABIT_WORDS + date_rules_ru.W.HABIT_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])[^.!?\n\d]{0,40}\Z", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")


def _habits(text: str, found: list[Candidate]) -> None:
    """A month or a day without its year after a word of habit is every year's: no date."""
    for c in found:
        d = c.date
        if d is None or _YEAR_WRITTEN.search(text, c.start, c.end) or len(d.get("start") or d.get("end") or "") < 7:
            continue
        habit = _HABIT_BEFORE.search(text, max(0, c.start - 60), c.start)
        # (not when a year is named between: "Жыл сайын …, ал 2024 жылы 15 наурызда …")
        if habit and not _YEAR_WRITTEN.search(text, habit.start(), c.start):
            c.date = None

UNTIL = re.compile(r"(?:дейін|дейінгі|шейін)$", re.IGNORECASE)


def find_dates(text: str, lang: str, published: dt.date | None = None) -> list[Record]:
    """Date records of ``text``; relative forms resolve against ``published``."""
    if isinstance(published, dt.datetime):
        published = published.date()
    lang = lang if lang in RULES else "kk"
    matches = _matches(text, lang)
    cands = _header_years(text) if TABLE_CELLS in text else []
    cands += _label_years(text)
    try:
        found = _select(matches, cands, published)
    except _Widened:
        # (no rule's meaning widens its match; were one to, every meaning is read first, and
        # the order is the candidates' own, as _select's was before it read them lazily)
        found = _select([], _read(matches, published) + cands, published)
    found = _join_ranges(text, found, RANGE_WORDS[lang])
    found = _join_weekdays(text, found)
    _same_period(found)
    _habits(text, found)
    return [Record(kind="date", text=text[c.start:c.end], start=c.start, end=c.end, date=c.date) for c in found]


class _Tries:
    """The rules to try at a word, for an article in one language, remembered per word.

    Kazakh articles quote Russian ("за 9 месяцев 2023 года") and the reverse: the other
    language's grammar proposes spans too, ranked after the article's own so that it
    loses ties. Both are looked up in one pass over the words.
    """

    def __init__(self, lang: str) -> None:
        other = "ru" if lang == "kk" else "kk"
        self.langs = ((STARTS[lang], RULES[lang], 0), (STARTS[other], RULES[other], 1000))
        self.cache: dict[str, tuple | _Followed] = {}
        self.after_chars = STARTS[lang].after_chars | STARTS[other].after_chars
        self.then_chars = STARTS[lang].then_chars | STARTS[other].then_chars
        # by the number of digits, the kind of what follows them, after spaces the first two
        # letters of what follows those, whether four digits make 1000 or more and whether the
        # last is "0": filled as numbers are read, a few thousand keys
        self.numbers: dict[tuple[int, str, str | None, bool, bool], tuple] = {}
        self.then_kinds: dict[str, str] = {}
        # the same tries for a number of digits alone followed by one space and a word ("2024
        # жылы", "15 наурыз", "240 голов": four numbers in five), by the number of digits, the
        # three characters after them as written, whether they make 1000 or more and whether
        # the last is "0": one look-up instead of the kinds read one by one (see at_number)
        self.spaced: dict[tuple[int, str, bool, bool], tuple] = {}
        assert " " not in self.after_chars  # (a space after digits is read as SPACE)

    def _number_tries(self, key: tuple[int, str, str | None, bool, bool]) -> tuple:
        tries = tuple((rules[rank][0], rules[rank][1], rank + offset)
                      for starts, rules, offset in self.langs for rank in starts.number_ranks(*key))
        if len(self.numbers) < 200_000:  # bounded: as many keys as pairs of letters
            self.numbers[key] = tries
        return tries

    def at(self, word: str) -> tuple | _Followed:
        tries = self.cache.get(word)
        if tries is None:
            found = [((rules[rank][0], rules[rank][1], rank + offset), starts.after(word, rank))
                     for starts, rules, offset in self.langs for rank in starts.ranks(word)]
            tries = tuple(t for t, _ in found)
            if any(after is not None for _, after in found):
                tries = _Followed(tries, tuple(after for _, after in found))
            if len(self.cache) < 200_000:  # bounded: a long-running process sees many words
                self.cache[word] = tries
        return tries

    def at_number(self, text: str, pos: int, word: str) -> tuple:
        """The rules to try at a word that begins with a digit: those whose Digits take
        its number of digits and what follows them."""
        # (a word of digits alone, "2024", ends where its digits do: \d is a decimal digit)
        if word.isdecimal():
            end = pos + len(word)
            after = text[end:end + 3]
            if after[:1] == " " and not after[1:2].isspace():
                length = len(word)
                key = (min(length, MAX_DIGITS), after, length == 4 and int(word) >= 1000, word[-1] == "0")
                tries = self.spaced.get(key)
                if tries is None:
                    tries = self._number_tries((key[0], SPACE, self._then(after[1:]), key[2], key[3]))
                    if len(self.spaced) < 200_000:  # bounded: as many keys as pairs of letters
                        self.spaced[key] = tries
                return tries
        else:
            end = DIGIT_RUN.match(text, pos).end()
        if end == pos:
            return self.at(word)  # a digit \d does not read ("²"): every rule that begins with digits
        after = text[end:end + 1]
        then = None
        if after not in self.after_chars:
            if after.isspace():
                after = SPACE
                # (one space, as most numbers have, read without the expression)
                gap = end + 1 if not text[end + 1:end + 2].isspace() else SPACES.match(text, end).end()
                then = self._then(text[gap:gap + 2])
            else:
                after = LETTER if after.isalnum() else OTHER
        elif after == ",":
            # a decimal comma ("12,5 млн", six a page): the rules that take one read on after
            # the decimals and their spaces as after a number's spaces (see Digits)
            decimals = DECIMALS.match(text, end + 1)  # (the decimals and their spaces, one match)
            if decimals is not None:
                gap = decimals.end()
                then = self._then(text[gap:gap + 2])
        length = end - pos
        # (a year, "2023 жылы", is no count of years: the duration rule's meaning drops it)
        key = (min(length, MAX_DIGITS), after, then, length == 4 and int(text[pos:end]) >= 1000, text[end - 1] == "0")
        tries = self.numbers.get(key)
        return tries if tries is not None else self._number_tries(key)

    def _then(self, letters: str) -> str:
        """``then_letters`` of two characters, remembered: a few hundred pairs follow numbers."""
        kind = self.then_kinds.get(letters)
        if kind is None:
            kind = then_letters(letters, self.then_chars)
            if len(self.then_kinds) < 200_000:  # bounded: as many keys as pairs of characters
                self.then_kinds[letters] = kind
        return kind


class _Followed:
    """The rules to try at a word some of which begin at it only before certain characters
    ("в" of "в прошлом году", "в течение года", "в марте"), chosen by what follows it.

    "в", "на", "по", "с" each begin a dozen rules and stand in most Russian sentences,
    rarely before a date: finding what follows once spares a dozen failing matches.
    """

    def __init__(self, tries: tuple, afters: tuple) -> None:
        self.tries = tries
        self.afters = afters  # per try, what may follow (see _index), or None for anything
        self.after_chars = frozenset(c for a in afters if a for c, then in a if then is None)
        self.then_chars = frozenset(c for a in afters if a for _, then in a if then is not None for c in then)
        # per try, the starts it takes after spaces
        self.thens = tuple(a and frozenset(then for _, then in a if then is not None) for a in afters)
        self.by_next: dict[tuple[str, str | None], tuple] = {}  # by the kinds below
        # the same, after one space, by the two characters that follow it as written ("в селе":
        # " се"): one look-up instead of their kinds read letter by letter
        self.by_spaced: dict[str, tuple] = {}

    def at(self, text: str, end: int) -> tuple:
        """The rules to try at the word ending at ``end``."""
        after = text[end:end + 3]
        if after[:1] == " " and not after[1:2].isspace():
            tries = self.by_spaced.get(after)
            if tries is None:
                tries = self._at(text, end)
                if len(self.by_spaced) < 10_000:  # bounded: as many keys as pairs of letters after a word
                    self.by_spaced[after] = tries
            return tries
        return self._at(text, end)

    def _at(self, text: str, end: int) -> tuple:
        after = text[end:end + 1]
        if after.isspace():
            gap = SPACES.match(text, end).end()
            key = (SPACE, then_letters(text[gap:gap + 2], self.then_chars))
        else:
            key = (after if after in self.after_chars else OTHER, None)
        tries = self.by_next.get(key)
        if tries is None:
            then = key[1]
            tries = tuple(t for t, a, thens in zip(self.tries, self.afters, self.thens)
                          if a is None or key in a or then is not None and (then == UNKNOWN or fits(thens, then)))
            if len(self.by_next) < 10_000:  # bounded: as many keys as pairs of letters after a word
                self.by_next[key] = tries
        return tries


TRIES = {lang: _Tries(lang) for lang in RULES}


def _matches(text: str, lang: str) -> list[tuple[re.Match, object, int]]:
    """Where each rule's pattern matches, ``(match, meaning, rank)`` in text order; the
    meanings are read by ``_select``, only for the matches that can still be kept."""
    # Each rule is tried only where a word it may begin with stands: a regex search
    # over every position with these alternations costs several ms per kilobyte.
    tries = TRIES[lang]
    cache = tries.cache
    out = []
    for w in WORD.finditer(text):
        word = w.group()
        todo = cache.get(word)
        if todo == ():
            continue  # most words: known to begin no rule (no word of digits is: see at_number)
        pos = w.start()
        if pos > 1 and text[pos - 1] in ",." and text[pos - 2].isdigit():
            continue  # the decimals of "72,4 года" begin no date of their own (asked before
            # at_number, the dearer question)
        if word[0].isdigit():
            todo = tries.at_number(text, pos, word)
        else:
            if todo is None:
                todo = tries.at(word)
            if todo.__class__ is _Followed:
                todo = todo.at(text, w.end())
        if not todo:
            continue
        for pattern, handler, rank in todo:
            m = pattern.match(text, pos)
            if m is not None:
                out.append((m, handler, rank))
    return out


def _candidates(text: str, lang: str, published: dt.date | None) -> list[tuple[Candidate, int]]:
    """Every rule's candidate with its rank, in text order: each match's meaning read."""
    return _read(_matches(text, lang), published)


def _read(matches: list[tuple[re.Match, object, int]], published: dt.date | None) -> list[tuple[Candidate, int]]:
    out = []
    for m, handler, rank in matches:
        c = handler(m, published)
        if c is not None and c.end > c.start:
            out.append((c, rank))
    return out


class _Widened(Exception):
    """A rule's candidate reaching outside its match, which _select's order assumes none does."""


_CELL_YEAR = re.compile(r"(?:(?<=\| )|(?<![^\n]))((?:19|20)\d\d)(?= \||\s*$)", re.MULTILINE)


def _header_years(text: str) -> list[tuple[Candidate, int]]:
    """"Показатель | 2023 | 2024 | %": a bare year filling a cell of a table's header is the
    year its column stands for (a year with its word, "2023 год", the rules read)."""
    out = []
    start = 0
    for line in text.split("\n"):
        if TABLE_CELLS in line and re.search(r"\d", line) and is_header(text, start):
            for m in _CELL_YEAR.finditer(line):
                y = m.group(1)
                out.append((Candidate(start + m.start(1), start + m.end(1), {"start": y, "end": y}), 0))
        start += len(line) + 1
    return out


# "2022 – 2 100, 2023 – 2 450": a bare year opening a list item, a dash, then a count
# grouped by thousands. A year is never written with a thousands space, so the count is no
# end of a range of years; the year labels the count. (the year found first, a fast scan)
_LABEL_YEAR = re.compile(r"(?:19|20)\d\d(?=[ \u00a0]?[-–—][ \u00a0]?\d{1,3}[ \u00a0\u202f]\d{3}(?!\d))")
# what stands before a label: a line's start, a list's comma or semicolon, a colon, a bracket
# or a sentence's end ("Выплачено 2000 – 2 500 тенге" keeps its range: a verb before)
_LABEL_BEFORE = re.compile(r"(?:\A|\n|[:;,(]|[.!?] )[ \u00a0]?\Z")


def _label_years(text: str) -> list[tuple[Candidate, int]]:
    """Years labelling the counts of a list: "Выдано: 2022 – 2 100, 2023 – 2 450"."""
    out = []
    for m in _LABEL_YEAR.finditer(text):
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and _LABEL_BEFORE.search(
                text, max(0, m.start() - 3), m.start()):
            y = m.group()
            out.append((Candidate(m.start(), m.end(), {"start": y, "end": y}), 0))
    return out


def _select(matches: list[tuple[re.Match, object, int]], cands: list[tuple[Candidate, int]],
            published: dt.date | None) -> list[Candidate]:
    """Longest spans first, earlier rules on ties (then the earlier in ``matches``, then
    ``cands``); no two kept spans overlap. The same spans as sorting every match's
    candidate (``_candidates`` followed by ``cands``) and keeping each that overlaps none
    kept before it.

    A rule's meaning never widens its match (its candidate lies within the match: the
    preposition of "с 2020 года" or a case ending left outside), so a match is put in
    order by its own span, and its meaning is read only when no kept span covers the
    match: about half the matches, a year inside "15 марта 2024 года" or the other
    language's rule on the same words, lie inside a span kept already and would lose
    whatever they meant (a meaning reads a dozen groups: ~6 us).
    """
    order = [(m.start() - m.end(), rank, m.start(), seq, m, handler)
             for seq, (m, handler, rank) in enumerate(matches)]
    seq = len(order)
    order += [(c.start - c.end, rank, c.start, seq + i, c, None) for i, (c, rank) in enumerate(cands)]
    order.sort()  # (seq differs between any two: nothing after it is compared)
    kept: list[Candidate] = []
    # the kept spans, disjoint, by start (and so by end): a span overlaps one iff it overlaps
    # the last that starts before its end (looked up by bisect, not character by character)
    starts: list[int] = []
    ends: list[int] = []
    # read candidates narrower than their match, by their own span's place in the order
    narrower: list[tuple] = []

    def keep(c: Candidate) -> None:
        if c.start >= c.end:
            kept.append(c)  # an empty span takes no character
            return
        i = bisect.bisect_left(starts, c.end)
        if i and ends[i - 1] > c.start:
            return
        kept.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)

    for item in order:
        while narrower and narrower[0] < item:
            keep(heapq.heappop(narrower)[4])
        width, rank, start, seq, found, handler = item
        if handler is None:
            keep(found)  # a candidate read already
            continue
        end = start - width
        i = bisect.bisect_right(starts, start)
        if i and ends[i - 1] >= end:
            continue  # inside a kept span: its candidate, not wider, would overlap it
        c = handler(found, published)
        if c is None or c.end <= c.start:
            continue
        if c.start == start and c.end == end:
            keep(c)
        elif start <= c.start and c.end <= end:
            heapq.heappush(narrower, (c.start - c.end, rank, c.start, seq, c, None))
        else:
            raise _Widened(f"a date rule's candidate {c.start, c.end} lies outside its match {start, end}")
    while narrower:
        keep(heapq.heappop(narrower)[4])
    return sorted(kept, key=lambda c: c.start)


def _join_ranges(text: str, found: list[Candidate], words) -> list[Candidate]:
    """One span for two dates joined into a range: "27 наурыз бен 4 сәуір аралығында",
    "1 айдан 6 айға дейін", "3 жастан 6 жасқа дейінгі"."""
    connectors, closers = words
    closer = _closer(closers)
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and _joined(text, prev, c, connectors):
            end = c.end
            m = closer.match(text, end) if closer else None
            if m:
                end = m.end()
            both = prev.date and c.date
            date = {"start": prev.date["start"], "end": c.date["end"]} if both else None
            out[-1] = Candidate(prev.start, end, date)
            continue
        out.append(c)
    return out


@functools.lru_cache(maxsize=None)
def _closer(closers: tuple[str, ...]) -> re.Pattern | None:
    """The pattern of a word closing a range ("аралығында"), built once per language (one
    tuple of RANGE_WORDS each), not per text."""
    return re.compile(rf"\s+(?:{alternation(closers)})(?!\w)", re.IGNORECASE) if closers else None


_COMMA_GAP = re.compile(r"\s*,\s*|\s+")
_DIGIT = re.compile(r"\d")


def _join_weekdays(text: str, found: list[Candidate]) -> list[Candidate]:
    """"В воскресенье, 8 сентября", "23 наурыз, жексенбі күні": a weekday written beside its
    date is one span, dated by the date."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        dated = c if prev is not None and prev.weekday else prev
        # (a day written with its number: "бүгін сәрсенбінің" is two words for one day, left as written)
        if (prev is not None and prev.weekday != c.weekday and _COMMA_GAP.fullmatch(text, prev.end, c.start)
                and dated.date and len(dated.date.get("start") or "") == 10 and _DIGIT.search(text, dated.start, dated.end)):
            out[-1] = Candidate(prev.start, c.end, dated.date)
            continue
        out.append(c)
    return out


_SINCE_GAP = re.compile(r"\s+(?:(?:бастап|до|по)\s+)?|\s*[-–—]\s*")


def _joined(text: str, a: Candidate, b: Candidate, connectors) -> bool:
    if (a.date and b.date and a.date["start"] and a.date["end"] is None and b.date["start"] is None and b.date["end"]
            and a.date["start"] <= b.date["end"] and _SINCE_GAP.fullmatch(text, a.end, b.start)):
        return True  # "2016 жылдан бастап 2024 жылдың маусымына дейін": a starting point, then the deadline
    gap = text[a.end:b.start]
    if len(gap) > 6:
        return False
    if gap.strip() and gap.strip().lower() in connectors and gap[:1].isspace() == gap[-1:].isspace():
        return True
    return not gap.strip() and bool(ABLATIVE.search(text[a.start:a.end])) and bool(UNTIL.search(text[b.start:b.end]))


def _same_period(found: list[Candidate]) -> None:
    """"2018 жылғы осы кезең", "аналогичный период 2018 года": the months of the
    latest part of a year named before it, in that year."""
    last: tuple[int, int] | None = None
    for c in found:
        if c.same_period:
            d = c.date
            if last and d and d.get("start") and len(d["start"]) == 4:
                year = int(d["start"])
                c.date = {"start": f"{year:04d}-{last[0]:02d}", "end": f"{year:04d}-{last[1]:02d}"}
        elif c.months:
            last = c.months
