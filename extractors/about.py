"""What each figure is about: the project or organisation it belongs to.

Four rules, tried in order; where none applies ``about`` stays null, never a
guess:

1. Same clause: a figure is about the nearest name of its own clause, before
   it if there is one, else after it (a clause ends at ``,`` ``;`` ``:`` or a
   spaced dash outside names).
2. Topic: otherwise it is about its sentence's topic, the first name of the
   sentence that a frame word ties the sentence to (``«…» жобасы аясында``,
   ``шеңберінде``, ``бойынша``; ``в рамках программы «…»``, ``по …``).
3. Pointing back: a sentence with no name that opens by pointing back to the
   programme (``Жоба бойынша``, ``Оларға``, ``На это``, ``В рамках проекта``) is about
   the topic of the sentence before it in the same paragraph.
4. Carried total: otherwise a count (kind ``number``) is about what an earlier
   count of the same paragraph is about when it is a part of that total: its
   share in parentheses checks out (``61 (62,2%)``: 61 ÷ 98 = 62,2%), or it
   counts the same noun in a later sentence and is not larger (``98 іс-шара``
   … then ``15 шара``).

A name that is only the source of the figures (``Бюросының мәліметінше``,
``по данным …``) is what they were reported by, not what they are about, and
takes part in no rule.

Last, a percent in parentheses right after a figure (``61 (62,2%)``) is about
what that figure is about.
"""
from __future__ import annotations

import bisect
import re

from extractors.records import FIGURE_KINDS, NAME_KINDS, Record
from extractors.sentences import sentence_index

# A comma between digits is a decimal comma ("62,2%"), not a clause break. ("(?<!\d),|,(?!\d)
# |[;:]|\s[-–—]\s" written to open with one class: the regex engine then skips in C to the
# next such character instead of trying the expression at each one, 3.4 -> 1.7 us a page)
_CLAUSE_BREAK = re.compile(r"[,;:\s](?:(?<=,)(?:(?<!\d,)|(?!\d))|(?<=[;:])|(?<=\s)[-–—]\s)")
_FRAME_AFTER = re.compile(
    r"[»”\"]?\s*(?:[^\W\d_]+\s+){0,2}?(?:аясында|аясындағы|шеңберінде|шеңберіндегі|бойынша|арқылы)(?![\w])",
    re.I,
)
_FRAME_BEFORE = re.compile(r"(?:в\s+рамках|по\s+линии|по|согласно)\s+(?:[^\W\d_]+\s+){0,2}[«\"“]?\s*$", re.I)
# "Бюросының мәліметінше", "әкімдігінің баспасөз қызметі хабарлағандай", "по данным".
_SOURCE_AFTER = re.compile(
    r"[»”\"]?\s*(?:[^\W\d_]+\s+){0,3}?(?:мәліметінше|мәліметіне|дерегінше|деректеріне|деректерінше|"
    r"хабарлауынша|хабарлағандай|хабарлады|айтуынша|есебінше|мәлімдеуінше|сүйенсек|"
    r"(?:ақпараты|ақпараттары|мәліметі|мәліметтері|деректері)\s+бойынша|ақпаратына\s+сәйкес)(?![\w])",
    re.I,
)
_SOURCE_BEFORE = re.compile(r"(?:по\s+данным|по\s+информации|как\s+сообщ\w+|сообщ\w+\s+в)\s+[«\"“]?\s*$", re.I)
_PAREN_AFTER = re.compile(r"\s*\(\s*$")
# A sentence opening that points back to the programme just named (rule 2 of the sentence before).
_ANAPHOR = re.compile(
    r"\s*(?:(?:ұлттық\s+|мемлекеттік\s+)?(?:жоба|бағдарлама)(?:сы|ның|лар)?\s+(?:бойынша|аясында|шеңберінде)"
    r"|(?:оларға|оған|бұған|осыған|(?:осы|бұл)\s+(?:мақсатқа|жобаға|бағдарламаға)|жобаға|бағдарламаға)"
    r"|по\s+(?:этому\s+|данному\s+)?(?:проекту|программе|нацпроекту)"
    r"|в\s+рамках\s+(?:этого\s+|данного\s+)?(?:проекта|программы|нацпроекта)"
    r"|на\s+(?:это|эти\s+цели|их\s+[^\W\d_]+)|для\s+этого"
    # "Оның құны – 2,1 млрд теңге", "Ее стоимость – 2,1 млрд тенге": what was just named
    r"|оның|олардың|(?:жобаның|нысанның|құрылыстың)\s+(?:құны|сомасы|көлемі|қуаты|ауданы)"
    r"|(?:её|ее|его|их)\s+(?:стоимость|сумма|бюджет|объ[её]м|мощность|площадь|протяж[^\W\d_]*)"
    r"|(?:стоимость|сумма)\s+(?:проекта|объекта|строительства|работ))(?![\w])",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,](\d+))?")


def assign(text: str, records: list[Record], sentences: list[tuple[int, int]]) -> None:
    names = sorted((r for r in records if r.kind in NAME_KINDS and r.name and not _is_source(text, r)),
                   key=lambda r: r.start)
    figures = sorted((r for r in records if r.kind in FIGURE_KINDS), key=lambda r: r.start)
    if not figures:
        return
    for r in records:
        if r.sentence is None:
            r.sentence = sentence_index(sentences, r.start)
    by_sentence: dict[int, list[Record]] = {}
    for n in names:
        by_sentence.setdefault(_sentence_of(sentences, n), []).append(n)
    topics = {i: _topic(text, sentences[i], ns) for i, ns in by_sentence.items() if i < len(sentences)}
    breaks: dict[int, list[int]] = {}

    for f in figures:
        f.about = None
        i = f.sentence if f.sentence is not None and f.sentence < len(sentences) else None
        if i is None:
            continue
        in_sentence = by_sentence.get(i, [])
        if in_sentence:
            if i not in breaks:
                breaks[i] = _breaks(text, *sentences[i], in_sentence)
            f.about = _same_clause(sentences[i], breaks[i], f, in_sentence) or topics.get(i)
    dates = sorted((r for r in records if r.kind == "date"), key=lambda r: r.start)
    _carry_anaphora(text, figures, sentences, topics, by_sentence, dates)
    _carry_totals(text, figures, sentences)
    _share_parenthesised(text, figures)


def _carry_anaphora(text: str, figures: list[Record], sentences, topics: dict[int, str | None],
                    by_sentence: dict[int, list[Record]], dates: list[Record]) -> None:
    """A sentence with no name of its own that opens by pointing back ("Жоба бойынша …",
    "Оларға …", "На это выделено …", also after its date: "Биыл бағдарлама аясында …") is
    about the topic of the sentence just before it, in the same paragraph; pointing back to
    "the programme" or "the project", about the last one that sentence named, framed or not
    ("«Ауыл аманаты» бағдарламасы … береді. Биыл бағдарлама аясында …")."""
    carried = dict(topics)
    date_starts = [d.start for d in dates]
    for i in range(1, len(sentences)):
        if i in by_sentence:
            continue
        if carried.get(i - 1) is None and not any(n.kind == "project" for n in by_sentence.get(i - 1, ())):
            # Nothing to point back to: no topic carried, no project named just before. Tested
            # before the two expressions, which were most of this pass on sentences after one
            # that names nothing.
            continue
        s = _past_opening_date(text, sentences[i][0], dates, date_starts)
        if not _ANAPHOR.match(text, s):
            continue
        if "\n" in text[sentences[i - 1][1]:sentences[i][0]]:
            continue
        prev = carried.get(i - 1)
        if prev is None and _PROGRAMME_ANAPHOR.match(text, s):
            named = [n for n in by_sentence.get(i - 1, []) if n.kind == "project"]
            prev = named[-1].name if named else None
        if prev is None:
            continue
        carried[i] = prev
        for f in figures:
            if f.sentence == i and f.about is None:
                f.about = prev


# The anaphora that name the programme or project itself, not just "them" or "this".
_PROGRAMME_ANAPHOR = re.compile(
    r"\s*(?:(?:ұлттық\s+|мемлекеттік\s+)?(?:жоба|бағдарлама)(?:сы|ның)?\s+(?:бойынша|аясында|шеңберінде)"
    r"|(?:осы\s+|бұл\s+)?(?:жобаға|бағдарламаға)"
    r"|по\s+(?:этой\s+|данной\s+)?(?:программе|проекту|нацпроекту)"
    r"|в\s+рамках\s+(?:этой\s+|данной\s+|этого\s+|данного\s+)?(?:проекта|программы|нацпроекта))(?![\w])",
    re.I,
)


def _past_opening_date(text: str, start: int, dates: list[Record], date_starts: list[int]) -> int:
    """Where a sentence's words start past a date that opens it ("Биыл", "В этом году,")."""
    # Matched in place: slicing the rest of the text copied it twice a sentence.
    first = _SPACES.match(text, start).end()
    k = bisect.bisect_left(date_starts, first)
    if k < len(dates) and dates[k].start == first:
        return _SPACES_COMMA.match(text, dates[k].end).end()
    return start


# \s is what str.strip() strips (Unicode whitespace).
_SPACES = re.compile(r"\s*")
_SPACES_COMMA = re.compile(r"\s*,?")


def _sentence_of(sentences: list[tuple[int, int]], r: Record) -> int:
    return r.sentence if r.sentence is not None else sentence_index(sentences, r.start)


def _breaks(text: str, start: int, end: int, names: list[Record]) -> list[int]:
    """Clause breaks of a sentence, leaving out punctuation inside names («Х: Y!»)."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)
            if not any(n.start <= m.start() < n.end for n in names)]


def _same_clause(sentence: tuple[int, int], breaks: list[int], fig: Record, names: list[Record]) -> str | None:
    s, e = sentence
    k = bisect.bisect_right(breaks, fig.start)
    lo = breaks[k - 1] if k > 0 else s
    hi = breaks[k] if k < len(breaks) else e
    before = [n for n in names if lo <= n.start and n.end <= fig.start]
    if before:
        return before[-1].name
    after = [n for n in names if fig.end <= n.start and n.end <= hi]
    return after[0].name if after else None


def _topic(text: str, sentence: tuple[int, int], names: list[Record]) -> str | None:
    s, _ = sentence
    for n in names:
        if _FRAME_AFTER.match(text, n.end) or _FRAME_BEFORE.search(text, s, n.start):
            return n.name
    return None


def _is_source(text: str, name: Record) -> bool:
    return bool(_SOURCE_AFTER.match(text, name.end) or _SOURCE_BEFORE.search(text, max(0, name.start - 30), name.start))


def _noun(unit: str | None) -> str | None:
    if not unit or unit.isupper() or not unit[:1].isalpha():
        return None
    return unit.lower().rsplit("-", 1)[-1]


def _carry_totals(text: str, figures: list[Record], sentences) -> None:
    counts = [f for f in figures if f.kind == "number"]
    nouns = {id(f): _noun(f.unit) for f in counts}
    para = _paragraph_ids(text, sentences)
    shares = _parenthesised_shares(text, figures)
    for k, f in enumerate(counts):
        if f.about is not None or f.sentence is None:
            continue
        share = shares.get(id(f))
        whole = None
        if share is not None:
            whole = next((g for g in _earlier(counts, k, para) if _is_share(f, g, share)), None)
        if whole is None and nouns[id(f)] is not None:
            # The latest total of the same noun stated in an earlier sentence.
            latest = next((g for g in _earlier(counts, k, para)
                           if g.sentence < f.sentence and nouns[id(g)] == nouns[id(f)]), None)
            if latest is not None and _not_larger(f, latest):
                whole = latest
        if whole is not None:
            f.about = whole.about


# How many earlier figures of its paragraph a count looks through for its total: far more than any
# article paragraph holds, and a bound on the work a paragraph of thousands of numerals costs.
LOOKBACK = 200


def _earlier(counts: list[Record], k: int, para: dict[int, int]):
    """The counts before ``counts[k]`` in its paragraph, nearest first, lazily: a text of thousands of
    figures must not cost a list of all earlier ones per figure (paragraph ids grow with the text)."""
    here = para.get(counts[k].sentence)
    for j in range(k - 1, max(-1, k - 1 - LOOKBACK), -1):
        g = counts[j]
        if g.sentence is None:
            continue
        at = para.get(g.sentence)
        if at == here:
            yield g
        elif at is not None and here is not None and at < here:
            return


def _parenthesised_shares(text: str, figures: list[Record]) -> dict[int, Record]:
    """Percent records written in parentheses right after a figure, keyed by that figure."""
    out = {}
    for prev, f in zip(figures, figures[1:]):
        if f.kind == "percent" and prev.kind == "number" and _PAREN_AFTER.fullmatch(text[prev.end:f.start]):
            out[id(prev)] = f
    return out


def _is_share(part: Record, whole: Record, share: Record) -> bool:
    """Whether ``part`` is ``share`` percent of ``whole``, to the precision written."""
    try:
        p, w, claimed = float(part.value), float(whole.value), float(share.value)
    except (TypeError, ValueError):
        return False
    if w <= 0 or p > w:
        return False
    m = _NUMBER.search(share.text)
    decimals = len(m.group(1)) if m and m.group(1) else 0
    return abs(p / w * 100 - claimed) <= 10 ** -decimals


def _not_larger(part: Record, whole: Record) -> bool:
    try:
        return float(part.value) <= float(whole.value)
    except (TypeError, ValueError):
        return False


def _paragraph_ids(text: str, sentences) -> dict[int, int]:
    out, para, pos = {}, 0, 0
    for i, (s, _) in enumerate(sentences):
        para += text.count("\n", pos, s)
        pos = s
        out[i] = para
    return out


def _share_parenthesised(text: str, figures: list[Record]) -> None:
    for prev, f in zip(figures, figures[1:]):
        if f.kind == "percent" and f.about is None and prev.about is not None:
            if _PAREN_AFTER.fullmatch(text[prev.end:f.start]):
                f.about = prev.about
