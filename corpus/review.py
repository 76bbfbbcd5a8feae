"""Fact-checkers' verdicts on checks.

A review is keyed by the check's stable id (article URL, check type, inputs), not
by a row, so it survives re-extraction and edits that keep the claim; a check
that disappears keeps its review for the record.
"""
from __future__ import annotations

import getpass
import sqlite3

from corpus.store import Corpus, CorpusError, utc_now

REVIEW_VERDICTS = ("confirmed", "dismissed")


def resolve_check(corpus: Corpus, check_id: str) -> sqlite3.Row:
    """The newest stored check ``check_id`` names (a unique prefix is enough)."""
    check_id = check_id.strip().lower()
    if not check_id or any(c not in "0123456789abcdef" for c in check_id):
        raise CorpusError(f"{check_id!r} is not a check id (16 hexadecimal digits, or a unique prefix)")
    # Claim checks live in `checks`, contradictions across articles in `timeline_checks`;
    # both are reviewed the same way, by their stable id.
    ids = corpus.conn.execute(
        "SELECT check_id FROM checks WHERE check_id LIKE ? || '%' "
        "UNION SELECT check_id FROM timeline_checks WHERE check_id LIKE ? || '%' LIMIT 2",
        (check_id, check_id),
    ).fetchall()
    if not ids:
        raise CorpusError(f"{corpus.path}: no check {check_id!r} "
                          f"(list them with `dalel query --sql \"select check_id, verdict, text from checks\"`)")
    if len(ids) > 1:
        raise CorpusError(f"{corpus.path}: check id {check_id!r} is ambiguous; give more characters")
    row = corpus.conn.execute(
        "SELECT c.*, a.url FROM checks c JOIN articles a ON a.id = c.article_id "
        "WHERE c.check_id = ? ORDER BY c.version_id DESC LIMIT 1", (ids[0]["check_id"],),
    ).fetchone()
    if row is None:  # a timeline check: cite the later of the two claims it compares
        row = corpus.conn.execute(
            "SELECT t.check_id, 'timeline' AS check_type, t.verdict, t.explanation, a.url "
            "FROM timeline_checks t JOIN timeline_claims l ON l.id = t.later_claim_id "
            "JOIN articles a ON a.id = l.article_id WHERE t.check_id = ?", (ids[0]["check_id"],),
        ).fetchone()
    return row


def review_check(corpus: Corpus, check_id: str, verdict: str, note: str | None = None,
                 reviewer: str | None = None) -> sqlite3.Row:
    """Record (or replace) the verdict on a check; returns the check reviewed."""
    if verdict not in REVIEW_VERDICTS:
        raise CorpusError(f"review verdict {verdict!r}: expected one of {', '.join(REVIEW_VERDICTS)}")
    check = resolve_check(corpus, check_id)
    if reviewer is None:
        try:
            reviewer = getpass.getuser()
        except Exception:  # no login name in some containers; a review without one is still a review
            reviewer = None
    with corpus.transaction():
        corpus.conn.execute(
            "INSERT INTO reviews(check_id, verdict, note, reviewer, reviewed_at) VALUES (?,?,?,?,?) "
            "ON CONFLICT(check_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
            "reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at",
            (check["check_id"], verdict, note, reviewer, utc_now()),
        )
    return check
