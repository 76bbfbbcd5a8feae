"""Stories: one press release republished on several sites is one story with several appearances.

District sites republish the akimat's press release, often slightly edited (a new
title, a local opening sentence, a dropped closing line). A timeline must count its
figures once, with every appearance linked, so articles are grouped by near-duplicate
text: MinHash signatures of word shingles, candidate pairs from MinHashLSH (both from
datasketch), kept when the estimated Jaccard similarity reaches ``THRESHOLD`` and the two
were published within ``WINDOW_DAYS`` of each other.

The window matters because monthly progress reports of one programme are written from
one template: months apart they share most of their wording, yet each is a new claim.

Settings: ``SHINGLE_WORDS``, ``NUM_PERM``, ``THRESHOLD``, ``WINDOW_DAYS``.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable

# Three-word shingles: long enough that two texts on one topic rarely share many,
# short enough that an edited sentence only costs the shingles it touches.
SHINGLE_WORDS = 3
NUM_PERM = 128
# Estimated Jaccard similarity of shingle sets from which two texts are one story.
THRESHOLD = 0.6
# Republications come within days; a near-identical text later is a new report.
WINDOW_DAYS = 14

_WORD = re.compile(r"\w+(?:[.,]\d+)?")


@dataclass
class Document:
    """The current version of one stored article."""

    article_id: int
    version_id: int
    url: str
    site: str
    published: str | None
    title: str
    text: str


@dataclass
class Appearance:
    article_id: int
    version_id: int
    url: str
    site: str
    published: str | None
    title: str
    similarity: float  # to the story's first appearance (1.0 for itself)


@dataclass
class Story:
    key: str  # the first appearance's URL: stable while that article is stored
    title: str
    first_published: str | None
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def article_ids(self) -> list[int]:
        return [a.article_id for a in self.appearances]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams of ``text``; a text shorter than ``size`` words is one shingle."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str):
    """The MinHash of ``text``'s shingles (seeded, so signatures agree across runs)."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return m


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _within_window(a: Document, b: Document, days: int) -> bool:
    da, db = _day(a.published), _day(b.published)
    # An undated page cannot be placed in time; its text alone decides.
    return da is None or db is None or abs((da - db).days) <= days


def _order(d: Document) -> tuple:
    return (d.published or "9999", d.url)


def find_stories(docs: Iterable[Document], threshold: float = THRESHOLD,
                 window_days: int = WINDOW_DAYS) -> list[Story]:
    """Group ``docs`` into stories (every document in exactly one), oldest story first."""
    from datasketch import MinHashLSH

    docs = sorted(docs, key=_order)
    sigs = [signature(d.text) for d in docs]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for i, m in enumerate(sigs):
        if not docs[i].text.strip():
            continue  # an empty body is like every other empty body, and none of them
        lsh.insert(i, m)
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(sigs):
        if not docs[i].text.strip():
            continue
        for j in lsh.query(m):
            # LSH proposes candidates; the estimate and the window decide.
            if j > i and sigs[i].jaccard(sigs[j]) >= threshold and _within_window(docs[i], docs[j], window_days):
                ri, rj = root(i), root(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)  # the older document stays the root
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(root(i), []).append(i)
    stories = []
    for first, members in sorted(groups.items()):
        head = docs[first]
        story = Story(key=head.url, title=head.title, first_published=head.published)
        for i in members:
            d = docs[i]
            sim = 1.0 if i == first else round(sigs[first].jaccard(sigs[i]), 3)
            story.appearances.append(Appearance(d.article_id, d.version_id, d.url, d.site, d.published,
                                                d.title, sim))
        stories.append(story)
    return stories


def load_documents(conn: sqlite3.Connection) -> list[Document]:
    """The current version of every article in the corpus."""
    rows = conn.execute(
        "SELECT a.id AS article_id, v.id AS version_id, a.url, a.site, v.published, v.title, v.text "
        "FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
    ).fetchall()
    return [Document(*tuple(r)) for r in rows]


def refresh_stories(conn: sqlite3.Connection, threshold: float = THRESHOLD,
                    window_days: int = WINDOW_DAYS) -> list[Story]:
    """Recompute every story of the corpus and store them (one transaction); returns them.

    The whole grouping is recomputed: a new republication can join two appearances that
    were apart, and an edit can split one. Timeline claims refer to stories, so they are
    dropped here and rebuilt by :func:`corpus.timeline.refresh_timeline`.
    """
    stories = find_stories(load_documents(conn), threshold, window_days)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("timeline_checks", "timeline_appearances", "timeline_claims", "story_members", "stories"):
            conn.execute(f"DELETE FROM {table}")
        for s in stories:
            cur = conn.execute(
                "INSERT INTO stories(story_key, title, first_published, appearances) VALUES (?,?,?,?)",
                (s.key, s.title, s.first_published, len(s.appearances)),
            )
            conn.executemany(
                "INSERT INTO story_members(article_id, story_id, version_id, similarity) VALUES (?,?,?,?)",
                [(a.article_id, cur.lastrowid, a.version_id, a.similarity) for a in s.appearances],
            )
        if own:
            conn.execute("COMMIT")
    except BaseException:
        if own:
            conn.execute("ROLLBACK")
        raise
    return stories


def story_of(conn: sqlite3.Connection) -> dict[int, int]:
    """article id → story id, as stored by the last :func:`refresh_stories`."""
    return {r[0]: r[1] for r in conn.execute("SELECT article_id, story_id FROM story_members")}
