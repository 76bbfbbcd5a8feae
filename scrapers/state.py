"""Fetch state in the corpus SQLite file: what we have, how to ask for it again.

Tables (all ``fetch_*``, created here; the corpus builds on them):

- ``fetch_urls``: one row per (site, url) of an article: validators (ETag,
  Last-Modified), the hash of the last fetched content and of the last *stored* one,
  the capture, the publication date, and ``done`` (1 once the consumer stored it;
  a URL yielded but never marked done is fetched again next run).
- ``fetch_log``: every exchange (and every retry or refusal) with status and error.
- ``fetch_sites``: per site, when sitemaps and the API were last walked in full.

Each thread gets its own connection (WAL mode) so site threads and the consumer can
write at once.
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_urls (
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_fetched TEXT,
    status INTEGER,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    stored_hash TEXT,
    versions INTEGER NOT NULL DEFAULT 0,
    published TEXT,
    warc_file TEXT,
    warc_record_id TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, url)
);
CREATE TABLE IF NOT EXISTS fetch_log (
    id INTEGER PRIMARY KEY,
    run_id TEXT,
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER,
    error TEXT,
    at TEXT NOT NULL,
    warc_file TEXT,
    warc_record_id TEXT
);
CREATE INDEX IF NOT EXISTS fetch_log_site ON fetch_log (site, at);
CREATE TABLE IF NOT EXISTS fetch_sites (
    site TEXT PRIMARY KEY,
    last_backfill TEXT,
    last_run TEXT,
    last_stats TEXT
);
"""


@dataclass
class UrlState:
    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    stored_hash: str | None
    versions: int
    published: str | None
    first_seen: str
    last_fetched: str | None
    done: bool


class FetchState:
    def __init__(self, db_path: str | Path):
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self.db.executescript(SCHEMA)

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.db_path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=60000")
            self._local.conn = conn
        return conn

    def get(self, site: str, url: str) -> UrlState | None:
        row = self.db.execute(
            "SELECT url, etag, last_modified, content_hash, stored_hash, versions, published, first_seen, last_fetched, done "
            "FROM fetch_urls WHERE site=? AND url=?", (site, url)).fetchone()
        return UrlState(*row[:9], done=bool(row[9])) if row else None

    def stored_urls(self, site: str) -> set[str]:
        """URLs the consumer has stored (done), as of now."""
        return {r[0] for r in self.db.execute("SELECT url FROM fetch_urls WHERE site=? AND done=1", (site,))}

    def pending(self, site: str) -> list[str]:
        """URLs fetched and handed on but never marked done (the consumer was killed): fetch them again."""
        return [r[0] for r in self.db.execute(
            "SELECT url FROM fetch_urls WHERE site=? AND done=0 AND content_hash IS NOT NULL ORDER BY url", (site,))]

    def young(self, site: str, since: str) -> list[UrlState]:
        """Stored articles published (or, without a date, first seen) at or after ``since`` (ISO)."""
        rows = self.db.execute(
            "SELECT url, etag, last_modified, content_hash, stored_hash, versions, published, first_seen, last_fetched, done "
            "FROM fetch_urls WHERE site=? AND done=1 AND COALESCE(substr(published,1,10), substr(first_seen,1,10)) >= ? "
            "ORDER BY url", (site, since[:10])).fetchall()
        return [UrlState(*r[:9], done=bool(r[9])) for r in rows]

    def fetched(self, site: str, url: str, *, at: str, status: int | None, etag: str | None,
                last_modified: str | None, content_hash: str | None, published: str | None,
                warc_file: str | None, warc_record_id: str | None, pending: bool) -> None:
        """Record a fetch; ``pending`` (a new version about to be yielded) clears ``done``."""
        self.db.execute(
            "INSERT INTO fetch_urls (site, url, first_seen, last_fetched, status, etag, last_modified, content_hash,"
            " published, warc_file, warc_record_id, done) VALUES (?,?,?,?,?,?,?,?,?,?,?,0) "
            "ON CONFLICT(site, url) DO UPDATE SET last_fetched=excluded.last_fetched, status=excluded.status,"
            " etag=COALESCE(excluded.etag, fetch_urls.etag),"
            " last_modified=COALESCE(excluded.last_modified, fetch_urls.last_modified),"
            " content_hash=COALESCE(excluded.content_hash, fetch_urls.content_hash),"
            " published=COALESCE(excluded.published, fetch_urls.published),"
            " warc_file=COALESCE(excluded.warc_file, fetch_urls.warc_file),"
            " warc_record_id=COALESCE(excluded.warc_record_id, fetch_urls.warc_record_id),"
            " done=CASE WHEN ? THEN 0 ELSE fetch_urls.done END",
            (site, url, at, at, status, etag, last_modified, content_hash, published, warc_file, warc_record_id,
             1 if pending else 0))

    def mark_done(self, site: str, url: str, content_hash: str, published: str | None) -> None:
        """The consumer stored this version: next runs skip it (or only re-check it while young)."""
        self.db.execute(
            "UPDATE fetch_urls SET done=1, stored_hash=?, versions=versions+1,"
            " published=COALESCE(?, published) WHERE site=? AND url=?",
            (content_hash, published, site, url))

    def log(self, run_id: str, site: str, url: str, status: int | None, error: str | None, at: str,
            warc_file: str | None = None, warc_record_id: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO fetch_log (run_id, site, url, status, error, at, warc_file, warc_record_id)"
            " VALUES (?,?,?,?,?,?,?,?)", (run_id, site, url, status, error, at, warc_file, warc_record_id))

    def last_backfill(self, site: str) -> str | None:
        row = self.db.execute("SELECT last_backfill FROM fetch_sites WHERE site=?", (site,)).fetchone()
        return row[0] if row else None

    def site_run(self, site: str, at: str, stats: str, backfill: bool) -> None:
        self.db.execute(
            "INSERT INTO fetch_sites (site, last_backfill, last_run, last_stats) VALUES (?,?,?,?) "
            "ON CONFLICT(site) DO UPDATE SET last_run=excluded.last_run, last_stats=excluded.last_stats,"
            " last_backfill=COALESCE(excluded.last_backfill, fetch_sites.last_backfill)",
            (site, at if backfill else None, at, stats))

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
