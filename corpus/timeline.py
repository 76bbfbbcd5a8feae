"""Programme timelines across articles and sites, with contradictions flagged as checks.

For each programme (canonical name, kk and ru aliases merged) and metric (target count,
completed count, share, money allocated or spent, deadline) the claims in date order,
each counted once per story (a press release republished on five district sites is one
claim with five appearances, see :mod:`corpus.stories`), each with its article links and
WARC captures.

Contradictions are checks of type ``timeline`` (verdict ``inconsistent``) of five kinds:

- ``target_changed``: the same target reported differently;
- ``count_fell``: a completed count below one reported earlier;
- ``money_fell``: money allocated or spent below an amount reported earlier;
- ``share_mismatch``: a share that does not match the counts stated the same day
  elsewhere (counts and share in one article are the article's own ``percent_of_total``);
- ``deadline_moved``: a deadline reported differently.
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from corpus.stories import refresh_stories, story_of
from corpus.timeline_read import Mention, read_mentions
from extractors.records import Check

METRICS = ("target", "completed", "share", "money_allocated", "money_spent", "deadline")
KINDS = ("target_changed", "count_fell", "money_fell", "share_mismatch", "deadline_moved")


@dataclass
class Claim:
    """One value of one metric of one programme, stated by one story (all its appearances)."""

    programme: str
    metric: str
    unit: str | None
    value: float | None
    deadline: str | None
    appearances: list[Mention] = field(default_factory=list)
    id: int | None = None

    @property
    def first(self) -> Mention:
        return self.appearances[0]

    @property
    def published(self) -> str:
        return self.first.published or ""

    @property
    def day(self) -> str:
        return self.first.day

    @property
    def story_id(self) -> int | None:
        return self.first.story_id

    @property
    def place(self) -> str | None:
        return self.first.place

    @property
    def group(self) -> tuple:
        """Claims that can contradict each other: one programme in one district (or with none
        named), counts whatever noun the language counts them with (іс-шара, мероприятие),
        quantities of one unit, money of one currency."""
        unit = self.unit if self.unit and self.unit.isascii() else None
        return (self.programme, self.first.place_key, self.metric, unit)

    @property
    def subject(self) -> str:
        """The programme, and the district when one is named: "Жол картасы (Толқын)"."""
        return f"{self.programme} ({self.place})" if self.place else self.programme

    def shown(self) -> str:
        return self.deadline if self.metric == "deadline" else self.first.text

    def where(self) -> str:
        sites = sorted({a.site for a in self.appearances})
        return f"{self.day or 'undated'}, {', '.join(sites)}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "programme": self.programme, "place": self.place, "metric": self.metric, "unit": self.unit,
            "value": self.value,
            "deadline": self.deadline, "published": self.published or None, "text": self.first.text,
            "story_id": self.story_id,
            "appearances": [{"url": a.url, "site": a.site, "title": a.title, "published": a.published,
                             "text": a.text, "start": a.start, "end": a.end, "warc_file": a.warc_file,
                             "warc_record_id": a.warc_record_id} for a in self.appearances],
        }


@dataclass
class Contradiction:
    kind: str
    earlier: Claim
    later: Claim
    explanation: str
    inputs: dict[str, Any]

    @property
    def programme(self) -> str:
        return self.later.programme

    @property
    def metric(self) -> str:
        return self.later.metric

    @property
    def check_id(self) -> str:
        payload = json.dumps([self.kind, self.later.subject, self.metric, self.earlier.first.url, self.earlier.shown(),
                              self.later.first.url, self.later.shown()], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def to_check(self) -> Check:
        m = self.later.first
        return Check(check="timeline", verdict="inconsistent", explanation=self.explanation, start=m.start,
                     end=m.end, text=m.text, about=self.programme,
                     inputs={"timeline_kind": self.kind, "metric": self.metric, **self.inputs})


def collapse(mentions: list[Mention]) -> list[Claim]:
    """One claim per (story, programme, metric, unit, value): republications collapse."""
    claims: dict[tuple, Claim] = {}
    for m in sorted(mentions, key=lambda m: (m.published or "", m.url, m.start)):
        story = m.story_id if m.story_id is not None else ("article", m.article_id)
        key = (story, m.programme, m.place_key, m.metric, m.unit, m.value, m.deadline)
        claim = claims.get(key)
        if claim is None:
            claims[key] = claim = Claim(m.programme, m.metric, m.unit, m.value, m.deadline)
        if all(a.article_id != m.article_id for a in claim.appearances):
            claim.appearances.append(m)  # the first mention of an article stands for it
    return sorted(claims.values(),
                  key=lambda c: (c.programme, c.place or "", METRICS.index(c.metric), c.published, c.first.url))


def _same_deadline(a: str, b: str) -> bool:
    # "2025" and "2025-12-31" are one deadline written at two precisions.
    return a.startswith(b) or b.startswith(a)


def _pct(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def find_contradictions(claims: list[Claim]) -> list[Contradiction]:
    """Every contradiction between claims of different articles, in date order."""
    groups: dict[tuple, list[Claim]] = {}
    for c in sorted(claims, key=lambda c: (c.published, c.first.url)):
        groups.setdefault(c.group, []).append(c)
    found: list[Contradiction] = []
    for (programme, _, metric, _), seq in groups.items():
        if metric == "target":
            found += _changes(seq, "target_changed", lambda a, b: a.value != b.value,
                              "{p}: the target was {a} ({aw}) but {b} ({bw})")
        elif metric == "deadline":
            found += _changes(seq, "deadline_moved", lambda a, b: not _same_deadline(a.deadline, b.deadline),
                              "{p}: the deadline moved from {a} ({aw}) to {b} ({bw})")
        elif metric in ("completed", "money_allocated", "money_spent"):
            found += _falls(seq, "count_fell" if metric == "completed" else "money_fell")
    found += _share_mismatches(claims)
    return found


def _apart(a: Claim, b: Claim) -> bool:
    """Claims no article states both of. Two values in one article are two things (the
    article's own checks cover them); a republication that edits a figure is not."""
    return not {m.article_id for m in a.appearances} & {m.article_id for m in b.appearances}


def _changes(seq: list[Claim], kind: str, differs, template: str) -> list[Contradiction]:
    """Each claim against the latest earlier claim of another article."""
    out = []
    for i, later in enumerate(seq):
        earlier = next((c for c in reversed(seq[:i]) if _apart(c, later)), None)
        if earlier is None or not differs(earlier, later):
            continue
        text = template.format(p=later.subject, a=earlier.shown(), aw=earlier.where(), b=later.shown(),
                               bw=later.where())
        out.append(Contradiction(kind, earlier, later, text, _inputs(earlier, later)))
    return out


def _falls(seq: list[Claim], kind: str) -> list[Contradiction]:
    """A claim below the highest one reported before it (by date) in another article."""
    out = []
    labels = {"completed": "the completed count", "money_allocated": "money allocated", "money_spent": "money spent"}
    flagged: set[tuple] = set()
    for i, later in enumerate(seq):
        before = [c for c in seq[:i] if _apart(c, later) and c.value is not None]
        if later.value is None or not before:
            continue
        top = max(before, key=lambda c: c.value)
        # Two sites restating the same lower figure are one fall, flagged at its first report.
        if later.value < top.value and (id(top), later.value) not in flagged:
            flagged.add((id(top), later.value))
            text = (f"{later.subject}: {labels[later.metric]} fell from {top.shown()} ({top.where()}) "
                    f"to {later.shown()} ({later.where()})")
            out.append(Contradiction(kind, top, later, text, _inputs(top, later)))
    return out


def _inputs(earlier: Claim, later: Claim) -> dict[str, Any]:
    def side(c: Claim) -> dict[str, Any]:
        return {"value": c.deadline if c.metric == "deadline" else c.value, "text": c.first.text,
                "published": c.published or None, "url": c.first.url, "appearances": len(c.appearances)}
    return {"earlier": side(earlier), "later": side(later)}


def _share_consistent(claimed: float, computed: float) -> bool:
    """Equal when rounded or truncated to the claimed precision (62,2 → one decimal)."""
    decimals = 0 if float(claimed).is_integer() else len(repr(float(claimed)).split(".")[1])
    scale = 10 ** decimals
    return (round(computed * scale) == round(claimed * scale)
            or math.floor(computed * scale + 1e-9) == round(claimed * scale))


def _share_mismatches(claims: list[Claim]) -> list[Contradiction]:
    by_day: dict[tuple, dict[str, list[Claim]]] = {}
    for c in claims:
        if c.metric in ("share", "target", "completed") and c.day and c.value is not None:
            by_day.setdefault((c.programme, c.day), {}).setdefault(c.metric, []).append(c)
    out = []
    for (_, day), metrics in sorted(by_day.items()):
        for share in metrics.get("share", []):
            # A share of no named district (a session report on the district's own site)
            # may be about any district's counts of that day, and counts of none about any share.
            here = [share.first.place_key, None] if share.first.place_key else None
            targets = [t for t in metrics.get("target", []) if t.value and (here is None or t.first.place_key in here)]
            dones = [d for d in metrics.get("completed", []) if here is None or d.first.place_key in here]
            own = [t for t in targets if t.story_id == share.story_id] and \
                [d for d in dones if d.story_id == share.story_id]
            if own or not targets or not dones:
                continue  # the article's own percent_of_total check recomputes it, or nothing to compare
            pairs = [(d, t) for t in targets for d in dones if d.story_id == t.story_id] or \
                [(d, t) for t in targets for d in dones]
            if any(_share_consistent(share.value, 100 * d.value / t.value) for d, t in pairs):
                continue
            done, target = pairs[-1]
            computed = 100 * done.value / target.value
            text = (f"{share.subject}: {done.shown()} of {target.shown()} is {_pct(computed)}% ({done.where()}); "
                    f"the share stated the same day is {share.shown()} ({share.where()})")
            inputs = {**_inputs(done, share), "part": done.value, "whole": target.value,
                      "claimed_percent": share.value, "computed_percent": round(computed, 2)}
            out.append(Contradiction("share_mismatch", done, share, text, inputs))
    return out


@dataclass
class Timeline:
    claims: list[Claim]
    contradictions: list[Contradiction]
    stories: int

    def programmes(self) -> list[str]:
        return sorted({c.programme for c in self.claims})


def compute_timeline(conn: sqlite3.Connection) -> Timeline:
    """Stories and the timeline from the stored corpus, without writing anything."""
    from corpus.stories import find_stories, load_documents

    stories = find_stories(load_documents(conn))
    members = {a.article_id: n for n, s in enumerate(stories, 1) for a in s.appearances}
    claims = collapse(read_mentions(conn, members))
    return Timeline(claims, find_contradictions(claims), len(stories))


def refresh_timeline(conn: sqlite3.Connection) -> Timeline:
    """Recompute stories and timeline and store both in one transaction, so a reader (the
    report, the web view) sees the old timeline or the new one, never a half-written one."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        stories = refresh_stories(conn)  # inside our transaction; it also empties the timeline tables
        claims = collapse(read_mentions(conn, story_of(conn)))
        found = find_contradictions(claims)
        for c in claims:
            m = c.first
            c.id = conn.execute(
                'INSERT INTO timeline_claims(programme, place, metric, unit, value, deadline, published, story_id, '
                'article_id, version_id, text, start, "end", appearances) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                (c.programme, c.place, c.metric, c.unit, c.value, c.deadline, m.published, m.story_id, m.article_id,
                 m.version_id, m.text, m.start, m.end, len(c.appearances)),
            ).lastrowid
            conn.executemany(
                'INSERT INTO timeline_appearances(claim_id, article_id, version_id, text, start, "end") '
                "VALUES (?,?,?,?,?,?)",
                [(c.id, a.article_id, a.version_id, a.text, a.start, a.end) for a in c.appearances],
            )
        for x in found:
            conn.execute(
                "INSERT OR IGNORE INTO timeline_checks(check_id, programme, metric, kind, verdict, explanation, "
                "earlier_claim_id, later_claim_id, inputs) VALUES (?,?,?,?,?,?,?,?,?)",
                (x.check_id, x.programme, x.metric, x.kind, "inconsistent", x.explanation, x.earlier.id,
                 x.later.id, json.dumps(x.inputs, ensure_ascii=False)),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return Timeline(claims, found, len(stories))
