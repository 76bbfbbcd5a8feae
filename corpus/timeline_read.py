"""Reading programme metrics out of stored records: what each figure of an article claims.

A figure is a programme's metric when it belongs to a programme (its ``about``, a
programme named in its sentence, or the one programme its paragraph names) and a word of
``corpus.timeline_words`` near it says what it measures: a count planned (target) or
done (completed), a share done, money allocated or spent; a date is a deadline when it
is written as one (``2025 жылға дейін``, ``до 2025 года``) or a deadline word stands in
its sentence. Aliases are already merged: every name record carries the registry's
canonical ``name`` (``Дорожная карта`` is ``Жол картасы``).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from corpus.timeline_places import districts, place_of
from corpus.timeline_words import TIMELINE_WORDS
from extractors.sentences import split_sentences

COUNT_KINDS = ("number", "quantity")
# Stems this short must be a whole word: "до" is not "доля", "план" is a stem.
_SHORT = 3


@dataclass
class Mention:
    """One figure of one article read as a programme metric."""

    programme: str
    metric: str  # target, completed, share, money_allocated, money_spent, deadline
    unit: str | None
    value: float | None
    deadline: str | None
    text: str
    start: int
    end: int
    article_id: int
    version_id: int
    url: str
    site: str
    title: str
    published: str | None
    warc_file: str | None
    warc_record_id: str | None
    story_id: int | None = None
    place: str | None = None  # the district as written (Толқын), see corpus.timeline_places
    place_key: str | None = None

    @property
    def day(self) -> str:
        return (self.published or "")[:10]


def _stem_patterns(metric: str) -> list[re.Pattern[str]]:
    out = []
    for stem in TIMELINE_WORDS[metric]:
        tail = r"(?!\w)" if len(stem) <= _SHORT else ""
        out.append(re.compile(r"(?<!\w)" + re.escape(stem) + tail, re.IGNORECASE))
    return out


_PATTERNS = {m: _stem_patterns(m) for m in TIMELINE_WORDS}


def keyword_hits(sentence: str, offset: int, metrics: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """``(start, end, metric)`` of every metric word in ``sentence`` (offsets in the article)."""
    hits = []
    for metric in metrics:
        for pat in _PATTERNS[metric]:
            hits.extend((offset + m.start(), offset + m.end(), metric) for m in pat.finditer(sentence))
    # "не выполнено" is pending, though "выполн" inside it is a completed stem: the longer word wins
    return [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)]


# A clause ends at a comma or semicolon followed by a space (not a decimal comma: "8,9%").
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—]\s")


def clause(sentence: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """Bounds (article offsets) of the clause of ``sentence`` holding ``start:end``."""
    lo, hi = offset, offset + len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        b = offset + m.start()
        if b < start:
            lo = offset + m.end()
        elif b >= end:
            hi = b
            break
    return lo, hi


def nearest(hits: list[tuple[int, int, str]], start: int, end: int,
            within: tuple[int, int] | None = None) -> str | None:
    """The metric of the word nearest to the span ``start:end`` (a tie goes to the word before).

    Words of the figure's own clause ``within`` come first: in "80 іс-шара орындалып,
    9 шараның мерзімі әлі келген жоқ" the 9 is the pending one, not a done one.
    """
    if within is not None:
        inside = [h for h in hits if within[0] <= h[0] and h[1] <= within[1]]
        if inside:
            hits = inside
    best = None
    for s, e, metric in hits:
        if s <= start < e or s < end <= e:
            continue  # the figure's own text ("2025 жылға дейін") is not its context
        dist = start - e if e <= start else s - end + 0.5
        if best is None or dist < best[0]:
            best = (dist, metric)
    return best[1] if best else None


def classify(kind: str, text: str, start: int, end: int, sentence: tuple[int, int],
             date_start: str | None = None, date_end: str | None = None) -> str | None:
    """The metric a record states, or None when it is no programme metric."""
    s0, s1 = sentence
    body = text[s0:s1]
    own = clause(body, s0, start, end)
    if kind == "money":
        return nearest(keyword_hits(body, s0, ("money_allocated", "money_spent")), start, end, own)
    if kind in COUNT_KINDS:
        found = nearest(keyword_hits(body, s0, ("target", "completed", "pending")), start, end, own)
        return None if found == "pending" else found
    if kind == "percent":
        found = nearest(keyword_hits(body, s0, ("target", "completed", "pending")), start, end, own)
        return "share" if found == "completed" else None
    if kind == "date":
        if date_end and not date_start:
            return "deadline"  # "2025 жылға дейін", "до 2025 года": an end with no start
        # A dated year is a deadline only beside a deadline word of its own clause: "мерзімі
        # 2027 жылға ауыстырылды", not "Биыл 98 іс-шара белгіленген, оларды 2026 жылға дейін…".
        hits = [h for h in keyword_hits(body, s0, ("deadline",)) if own[0] <= h[0] and h[1] <= own[1]
                and not (h[0] <= start < h[1] or h[0] < end <= h[1])]
        if (date_end or date_start) and hits:
            return "deadline"
    return None


_GENITIVE = re.compile(r"^(?:[\w-]*(?:ның|нің|дың|дің|тың|тің))(?!\w)")
_OUT_OF = re.compile(r"(?<!\w)из(?!\w)[^\d,;]*$", re.IGNORECASE)


def is_whole(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """A count written as the whole of a part: "98 іс-шараның 61-і", "из 95 мероприятий выполнено 58"."""
    after = text[end:sentence[1]].lstrip()
    own = text[start:end]
    if _GENITIVE.match(own.split()[-1] if own.split() else "") or _GENITIVE.match(after.split()[0] if after.split() else ""):
        return True
    return bool(_OUT_OF.search(text[sentence[0]:start]))


def _wholes_are_targets(text: str, found: list[tuple["Mention", tuple[int, int]]]) -> None:
    """Of two counts done in one sentence, the one written as the whole is the target."""
    for m, sentence in found:
        if m.metric != "completed":
            continue
        others = [o for o, s in found if s == sentence and o is not m and o.metric == "completed"]
        if others and is_whole(text, m.start, m.end, sentence) and all(m.value >= (o.value or 0) for o in others):
            m.metric = "target"


def _one_deadline_a_sentence(found: list[tuple["Mention", tuple[int, int]]], open_ended: set[int]):
    """One deadline a sentence: "В 2024 году сроки продлены до 2027 года" states 2027 only.

    The one written as an end ("до 2027 года", "2027 жылға дейін") wins, else the last.
    """
    by_sentence: dict[tuple[int, int], list["Mention"]] = {}
    for m, sentence in found:
        if m.metric == "deadline":
            by_sentence.setdefault(sentence, []).append(m)
    drop: set[int] = set()
    for ms in by_sentence.values():
        if len(ms) > 1:
            keep = [m for m in ms if m.start in open_ended][-1:] or ms[-1:]
            drop.update(id(m) for m in ms if m is not keep[0])
    return [(m, s) for m, s in found if id(m) not in drop]


def _sentence_of(spans: list[tuple[int, int]], start: int) -> tuple[int, int]:
    for s in spans:
        if s[0] <= start < s[1]:
            return s
    return spans[-1] if spans else (0, 0)


def read_mentions(conn: sqlite3.Connection, story_of: dict[int, int] | None = None) -> list[Mention]:
    """Every programme metric stated by the current version of every stored article."""
    story_of = story_of or {}
    versions = conn.execute(
        "SELECT a.id AS article_id, v.id AS version_id, a.url, a.site, v.title, v.published, v.text, "
        "v.warc_file, v.warc_record_id FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
    ).fetchall()
    rows: dict[int, list[sqlite3.Row]] = {}
    for r in conn.execute(
        'SELECT r.version_id, r.kind, r.text, r.start, r."end", r.value, r.unit, r.date_start, r.date_end, '
        "r.name, r.about FROM records r JOIN articles a ON a.current_version_id = r.version_id "
        "ORDER BY r.version_id, r.start"
    ):
        rows.setdefault(r["version_id"], []).append(r)
    out: list[Mention] = []
    for v in versions:
        out.extend(_article_mentions(v, rows.get(v["version_id"], []), story_of.get(v["article_id"])))
    return out


def _article_mentions(v: sqlite3.Row, records: list[sqlite3.Row], story_id: int | None) -> list[Mention]:
    text = v["text"] or ""
    spans = split_sentences(text)
    programmes = [r for r in records if r["kind"] == "project" and r["name"]]
    named = districts(text)
    found: list[tuple[Mention, tuple[int, int]]] = []
    for r in records:
        if r["kind"] in ("project", "organization"):
            continue
        sentence = _sentence_of(spans, r["start"])
        metric = classify(r["kind"], text, r["start"], r["end"], sentence, r["date_start"], r["date_end"])
        if metric is None:
            continue
        in_sentence = [p for p in programmes if sentence[0] <= p["start"] < sentence[1]]
        about = r["about"] if r["kind"] != "date" and _is_programme(r["about"], programmes) else None
        programme = about or (
            min(in_sentence, key=lambda p: abs(p["start"] - r["start"]))["name"] if in_sentence
            else _paragraph_programme(text, r["start"], programmes))
        if not programme:
            continue
        unit = r["unit"] if r["kind"] in ("money", "quantity", "number") else None
        place, place_key = place_of(text, r["start"], named) or (None, None)
        found.append((Mention(
            programme=programme, metric=metric, unit=unit,
            value=r["value"] if metric != "deadline" else None,
            deadline=(r["date_end"] or r["date_start"]) if metric == "deadline" else None,
            text=r["text"], start=r["start"], end=r["end"], article_id=v["article_id"],
            version_id=v["version_id"], url=v["url"], site=v["site"], title=v["title"],
            published=v["published"], warc_file=v["warc_file"], warc_record_id=v["warc_record_id"],
            story_id=story_id, place=place, place_key=place_key,
        ), sentence))
    _wholes_are_targets(text, found)
    found = _one_deadline_a_sentence(found, {r["start"] for r in records if r["kind"] == "date"
                                             and r["date_end"] and not r["date_start"]})
    mentions = [m for m, _ in found]
    _share_units(mentions)
    return mentions


def _is_programme(name: str | None, programmes: list[sqlite3.Row]) -> bool:
    """A figure's ``about`` may name a body (Үкімет, әкімдік): only programmes have timelines."""
    if not name:
        return False
    if any(p["name"] == name for p in programmes):
        return True
    from extractors.registry import get_registry

    entry = get_registry().lookup(name)
    return entry is not None and entry.kind == "project"


def _paragraph_programme(text: str, offset: int, programmes: list[sqlite3.Row]) -> str | None:
    """The one programme its paragraph names ("Бағдарлама аясында 98 іс-шара" after the name).

    Never the article's: a district budget paragraph is not about the programme of the
    paragraph before it.
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    names = {p["name"] for p in programmes if start <= p["start"] < end}
    return names.pop() if len(names) == 1 else None


def _share_units(found: list[Mention]) -> None:
    """A count without its noun ("оның 61-і", "выполнено 58") counts what the article's target counts."""
    for m in found:
        if m.metric in ("target", "completed") and m.unit is None:
            targets = {t.unit for t in found if t.programme == m.programme and t.metric == "target" and t.unit}
            if len(targets) == 1:
                m.unit = targets.pop()
