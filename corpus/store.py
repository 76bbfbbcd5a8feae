"""``Corpus``: the SQLite file articles, records, checks and reviews live in.

Every article is written in one transaction with its records and checks, so a
kill leaves either all of it or none. Writes are idempotent: storing the same
capture twice changes nothing; an edit (same URL, new content hash) becomes a
new version of the article, never a second article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from json.encoder import c_make_encoder, encode_basestring
from pathlib import Path
from typing import Any, Iterable

from corpus.schema import migrate

DB_NAME = "dalel.sqlite"

RECORD_COLUMNS = (
    "kind", "text", "start", "end", "value", "value_max", "unit", "qualifier",
    "sentence", "name", "type", "about",
)
CHECK_FIXED = ("kind", "check", "verdict", "explanation", "text", "start", "end", "sentence", "about")
_CHECK_FIXED = frozenset(CHECK_FIXED)  # looked up for every key of every check
_NO_DATE: dict = {}  # read only


class CorpusError(RuntimeError):
    """A corpus that cannot be opened or written; the message names the file."""


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the settings every writer needs."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    conn.row_factory = sqlite3.Row
    # WAL lets `dalel serve` and `dalel query` read while the nightly job writes,
    # and survives a kill without a torn page.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    # In a batch each article is written inside a savepoint (see _Transaction), which
    # keeps an undo copy of every page it touches (the sub-journal). Past 64 KB that
    # spills to a temporary file: about 50 page writes an article (strace: 3,149 pwrite
    # calls for 50 articles against 601 in memory), a seventh of the store's CPU. The
    # sub-journal only serves ROLLBACK TO inside an open transaction; crash recovery
    # reads the WAL alone, so keeping it in memory leaves durability as it was.
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


# The versions the search index lacks: those inserted since the last commit, every one
# with a higher id than the highest the index holds (the index's per-document row,
# ``_docsize``, is keyed by version id). Read from the file, not remembered, so a
# rolled-back write or another writer's commit cannot put it out of step.
_INDEX_NEW_VERSIONS = (
    "INSERT INTO article_versions_fts(rowid, title, text) SELECT id, title, text FROM article_versions "
    "WHERE id > (SELECT coalesce(max(id), 0) FROM article_versions_fts_docsize)"
)


def index_new_versions(conn: sqlite3.Connection) -> None:
    """Index for search the versions stored since the last commit (schema version 5 has
    no trigger for it): one statement for a whole batch, just before it commits, or
    before a version is updated or deleted (their triggers expect it indexed)."""
    conn.execute(_INDEX_NEW_VERSIONS)


def search_index_in_step(conn: sqlite3.Connection) -> bool:
    """True when the search index holds every version's title and text and nothing else:
    each term at each place, as an index built afresh from ``article_versions`` holds
    them. (FTS5's own integrity-check does not notice a version missing from an index
    whose content lives in another table.) For tests and the crash benchmark; the
    comparison's tables are temporary and rolled back, so the file is left as it was."""
    conn.execute("SAVEPOINT search_index_check")
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.search_index_terms USING fts5vocab(main, article_versions_fts, "
                     "instance)")
        conn.execute("CREATE VIRTUAL TABLE temp.search_index_fresh USING fts5(title, text, "
                     "tokenize='unicode61 remove_diacritics 0')")
        conn.execute("CREATE VIRTUAL TABLE temp.search_index_fresh_terms USING fts5vocab(temp, search_index_fresh, "
                     "instance)")
        conn.execute("INSERT INTO temp.search_index_fresh(rowid, title, text) SELECT id, title, text "
                     "FROM main.article_versions")
        query = "SELECT term, doc, col, offset FROM temp.{} ORDER BY term, doc, col, offset"
        return (list(map(tuple, conn.execute(query.format("search_index_terms"))))
                == list(map(tuple, conn.execute(query.format("search_index_fresh_terms")))))
    finally:
        conn.execute("ROLLBACK TO search_index_check")
        conn.execute("RELEASE search_index_check")


# The JSON spellings the store uses, made once: json.dumps with any option set builds
# a new encoder on every call, and an article stores a dozen JSON strings.
_json_sorted_encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_json_encoder = json.JSONEncoder(ensure_ascii=False)
# JSONEncoder.encode still makes its C encoder afresh on every call, with a dict to catch
# circular references: two thirds of the cost of encoding a check's few inputs. These are
# the C encoders it makes (json.encoder.JSONEncoder.iterencode), made once, without that
# dict: the store's values are plain data from the extractors, never circular (and a
# dict kept across calls would keep the ids of a failed encoding's containers).
if c_make_encoder is not None:
    _c_json_sorted = c_make_encoder(None, _json_sorted_encoder.default, encode_basestring, None, ": ", ", ",
                                    True, False, True)
    _c_json = c_make_encoder(None, _json_encoder.default, encode_basestring, None, ": ", ", ", False, False, True)

    def _json_sorted(value: Any) -> str:
        if type(value) is str:  # what JSONEncoder.encode does first for a str
            return encode_basestring(value)
        if type(value) is int:  # an exact int is written as its repr (not a bool: true/false)
            return int.__repr__(value)
        return "".join(_c_json_sorted(value, 0))

    def _json(value: Any) -> str:
        return "".join(_c_json(value, 0))
else:  # pragma: no cover - CPython always has the C encoder
    _json_sorted = _json_sorted_encoder.encode
    _json = _json_encoder.encode


def check_identity(url: str, check_type: str, inputs: dict[str, Any], occurrence: int = 0) -> str:
    """Stable id of a check: the same claim in the same article keeps it across re-extraction."""
    return _check_id(_json_sorted(url), check_type, _json_sorted(_canonical(inputs)), occurrence)


def _check_id(url_json: str, check_type: Any, inputs_json: str, occurrence: int) -> str:
    """:func:`check_identity` from the JSON of the URL and of the canonical inputs.

    The hash is of ``json.dumps([url, check_type, inputs, occurrence], sort_keys=True,
    ensure_ascii=False)``, spelled here from its parts' own JSON (a list is its items'
    JSON joined by ", " in brackets): the store has the inputs' JSON already (it keys
    the occurrence count) and the URL's once an article.
    """
    payload = f"[{url_json}, {_json_sorted(check_type)}, {inputs_json}, {_json_sorted(occurrence)}]"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


# Values that are their own canonical form (exact types: a subclass takes the long way).
_ATOMIC = frozenset({str, int, bool, type(None)})


def _canonical(value: Any) -> Any:
    # 62.0 and 62 are one claim; keep ids independent of how a float was produced.
    if type(value) in _ATOMIC:
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 9)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


@dataclass
class Stored:
    """What storing one article did."""

    outcome: str  # new, updated, unchanged
    article_id: int
    version_id: int
    records: int = 0
    checks: int = 0


def _as_dict(item: Any) -> dict[str, Any]:
    # Items usually arrive as plain dicts (extract_article's contract): read, never
    # written, so they need no copy.
    if type(item) is dict:
        return item
    return item.to_dict() if hasattr(item, "to_dict") else dict(item)


class Corpus:
    """One corpus file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._new_versions = False  # stored since the last commit, not yet indexed for search
            self.conn = connect(self.path)
            migrate(self.conn, where=str(self.path))
        except sqlite3.DatabaseError as e:
            raise CorpusError(f"{self.path}: cannot open the corpus: {e}") from None

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> "Corpus":
        return cls(db_path(data_dir))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- runs and sites -------------------------------------------------------------

    def ensure_site(self, name: str, base_url: str | None = None, lang: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO sites(name, base_url, lang, first_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET base_url = coalesce(excluded.base_url, base_url), "
            "lang = coalesce(excluded.lang, lang)",
            (name, base_url, lang, utc_now()),
        )

    def start_run(self, sites: list[str]) -> int:
        # The caller holds the run lock, so a run still marked running was killed.
        self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        cur = self.conn.execute(
            "INSERT INTO runs(started_at, status, sites) VALUES (?, 'running', ?)",
            (utc_now(), json.dumps(sites, ensure_ascii=False)),
        )
        return cur.lastrowid

    def finish_run(self, run_id: int, status: str, totals: dict[str, int], per_site: dict[str, dict],
                   degraded: dict[str, str], timings: dict[str, float]) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, new = ?, updated = ?, unchanged = ?, failed = ?, "
                "records = ?, checks = ?, degraded = ?, timings = ? WHERE id = ?",
                (utc_now(), status, *(totals.get(k, 0) for k in ("new", "updated", "unchanged", "failed",
                                                                  "records", "checks")),
                 json.dumps(degraded, ensure_ascii=False) if degraded else None,
                 json.dumps(timings), run_id),
            )
            for site, c in per_site.items():
                self.ensure_site(site)
                self.conn.execute(
                    "INSERT OR REPLACE INTO run_sites(run_id, site, new, updated, unchanged, failed, requests, "
                    "records, checks, empty_bodies, degraded) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (run_id, site, *(c.get(k, 0) for k in ("new", "updated", "unchanged", "failed", "requests",
                                                          "records", "checks", "empty_bodies")),
                     degraded.get(site)),
                )
                self.conn.execute("UPDATE sites SET last_run_id = ? WHERE name = ?", (run_id, site))

    def site_history(self, site: str, before_run: int, limit: int = 7) -> list[sqlite3.Row]:
        """Per-site counts of the last finished runs, newest first, for drop detection."""
        return self.conn.execute(
            "SELECT rs.* FROM run_sites rs JOIN runs r ON r.id = rs.run_id "
            "WHERE rs.site = ? AND rs.run_id < ? AND r.status = 'finished' ORDER BY rs.run_id DESC LIMIT ?",
            (site, before_run, limit),
        ).fetchall()

    # --- articles -------------------------------------------------------------------

    def transaction(self):
        return _Transaction(self.conn, self._before_commit)

    def write_batch(self, size: int) -> "WriteBatch":
        """Commit writes ``size`` at a time: ``with corpus.write_batch(25) as b:`` then
        ``b.step()`` before each write. For bulk work (re-extraction), where a commit per
        article costs more than the article's inserts; each write stays atomic."""
        return WriteBatch(self.conn, size, self._before_commit)

    def _before_commit(self) -> None:
        # Only a transaction that stored a version has any to index (the flag may stay set
        # after a rollback: the statement then finds none).
        if self._new_versions:
            index_new_versions(self.conn)
            self._new_versions = False

    def known(self, url: str, content_hash: str) -> bool:
        """True when this exact content of ``url`` is stored (extraction can be skipped)."""
        row = self.conn.execute(
            "SELECT 1 FROM articles a JOIN article_versions v ON v.article_id = a.id "
            "WHERE a.url = ? AND v.content_hash = ?", (url, content_hash),
        ).fetchone()
        return row is not None

    def store_article(self, article, items: Iterable[Any], extractor_version: str,
                      run_id: int | None = None) -> Stored:
        """Store ``article`` with its records and checks in one transaction."""
        items = [_as_dict(i) for i in items]
        seen = article.fetched_at or utc_now()
        with self.transaction():
            # ensure_site(article.site) without rewriting a known site's row with its own values
            self.conn.execute("INSERT INTO sites(name, first_seen) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                              (article.site, utc_now()))
            # A new URL, the usual case, is inserted at once; only a known one is read back.
            cur = self.conn.execute(
                "INSERT INTO articles(url, site, canonical_url, first_seen, last_seen) VALUES (?,?,?,?,?) "
                "ON CONFLICT(url) DO NOTHING",
                (article.url, article.site, article.canonical_url, seen, seen),
            )
            made = cur.rowcount == 1
            if made:
                article_id, versions, current = cur.lastrowid, 0, None
            else:
                row = self.conn.execute("SELECT id, versions, current_version_id FROM articles WHERE url = ?",
                                        (article.url,)).fetchone()
                article_id, versions, current = row["id"], row["versions"], row["current_version_id"]
                self.conn.execute("UPDATE articles SET last_seen = max(last_seen, ?) WHERE id = ?",
                                  (seen, article_id))
            # An article row made just now has no versions yet (they reference it): no need to ask.
            existing = None if made else self.conn.execute(
                "SELECT id FROM article_versions WHERE article_id = ? AND content_hash = ?",
                (article_id, article.content_hash),
            ).fetchone()
            if existing is not None:
                version_id = existing["id"]
                # Content seen before: the current one (unchanged) or an older one the site reverted to.
                outcome = "unchanged" if version_id == current else "updated"
                if outcome == "updated":
                    self.conn.execute("UPDATE articles SET current_version_id = ? WHERE id = ?",
                                      (version_id, article_id))
                self._log_fetch(run_id, article_id, version_id, article, outcome)
                return Stored(outcome, article_id, version_id)
            cur = self.conn.execute(
                "INSERT INTO article_versions(article_id, version, content_hash, title, text, published, author, "
                "views, category, lang, fetched_at, warc_file, warc_record_id, run_id, extractor_version) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, versions + 1, article.content_hash, article.title, article.text, article.published,
                 article.author, article.views, article.category, article.lang, article.fetched_at,
                 article.warc_file, article.warc_record_id, run_id, extractor_version),
            )
            version_id = cur.lastrowid
            self._new_versions = True
            self.conn.execute("UPDATE articles SET versions = ?, current_version_id = ? WHERE id = ?",
                              (versions + 1, version_id, article_id))
            n_records, n_checks = self._insert_items(article_id, version_id, article.site, article.url,
                                                     items, extractor_version)
            outcome = "new" if versions == 0 else "updated"
            self._log_fetch(run_id, article_id, version_id, article, outcome, new_version=True)
            return Stored(outcome, article_id, version_id, n_records, n_checks)

    def replace_extraction(self, version_id: int, items: Iterable[Any], extractor_version: str,
                           title: str | None = None, text: str | None = None,
                           content_hash: str | None = None) -> tuple[int, int]:
        """Swap one version's records and checks for new ones (re-extraction); reviews stay.

        With ``title``, ``text`` and ``content_hash`` (a re-parse of the same capture by a
        better parser) the version's text is replaced too; records always refer to the
        text stored beside them.
        """
        items = [_as_dict(i) for i in items]
        with self.transaction():
            row = self.conn.execute(
                "SELECT v.article_id, a.site, a.url FROM article_versions v JOIN articles a ON a.id = v.article_id "
                "WHERE v.id = ?", (version_id,),
            ).fetchone()
            if row is None:
                raise CorpusError(f"{self.path}: no article version {version_id}")
            if title is not None and text is not None and content_hash is not None:
                if self._new_versions:  # the update trigger takes the old text out of the index
                    index_new_versions(self.conn)
                self.conn.execute("UPDATE article_versions SET title = ?, text = ?, content_hash = ? WHERE id = ?",
                                  (title, text, content_hash, version_id))
            self.conn.execute("DELETE FROM records WHERE version_id = ?", (version_id,))
            self.conn.execute("DELETE FROM checks WHERE version_id = ?", (version_id,))
            self.conn.execute("UPDATE article_versions SET extractor_version = ? WHERE id = ?",
                              (extractor_version, version_id))
            return self._insert_items(row["article_id"], version_id, row["site"], row["url"], items,
                                      extractor_version)

    def _log_fetch(self, run_id, article_id, version_id, article, outcome, new_version: bool = False) -> None:
        # A version made in this transaction has no fetches yet; asking would scan the
        # whole fetches table (no index on version_id), which grows with every article.
        dup = None if new_version else self.conn.execute(
            "SELECT 1 FROM fetches WHERE version_id = ? AND warc_record_id IS ? AND fetched_at IS ?",
            (version_id, article.warc_record_id, article.fetched_at),
        ).fetchone()
        if dup is None:
            self.conn.execute(
                "INSERT INTO fetches(run_id, article_id, version_id, url, fetched_at, warc_file, warc_record_id, "
                "outcome) VALUES (?,?,?,?,?,?,?,?)",
                (run_id, article_id, version_id, article.url, article.fetched_at, article.warc_file,
                 article.warc_record_id, outcome),
            )

    def _insert_items(self, article_id, version_id, site, url, items, extractor_version) -> tuple[int, int]:
        # One executemany a table: the rows of an article go to SQLite in one call each,
        # not one Python round trip a record (a third of the store time on a typical page).
        records: list[tuple] = []
        checks: list[tuple] = []
        occurrences: dict[tuple, int] = {}
        url_json = None  # made at the article's first check
        for d in items:
            kind = d.get("kind")
            if kind == "check":
                inputs = {k: v for k, v in d.items() if k not in _CHECK_FIXED}
                canonical = _canonical(inputs)
                check = d["check"]
                # the canonical inputs' JSON made once: the occurrence key and the check id share it
                inputs_json = _json_sorted(canonical)
                key = (check, inputs_json)
                occurrence = occurrences.get(key, 0)
                occurrences[key] = occurrence + 1
                if url_json is None:
                    url_json = _json_sorted(url)
                checks.append(
                    (_check_id(url_json, check, inputs_json, occurrence), article_id, version_id, site, check,
                     d["verdict"], d.get("explanation"), d.get("text"), d.get("start"), d.get("end"),
                     d.get("sentence"), d.get("about"), _json(inputs), extractor_version))
                continue
            date = d.get("date") or _NO_DATE
            project = d.get("name") if kind in ("project", "organization") else d.get("about")
            records.append((article_id, version_id, site, *map(d.get, RECORD_COLUMNS),
                            date.get("start"), date.get("end"), project, extractor_version))
        if records:
            self.conn.executemany(
                'INSERT INTO records(article_id, version_id, site, kind, text, start, "end", value, value_max, unit, '
                'qualifier, sentence, name, type, about, date_start, date_end, project, extractor_version) '
                'VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', records)
        if checks:
            self.conn.executemany(
                'INSERT INTO checks(check_id, article_id, version_id, site, check_type, verdict, explanation, '
                'text, start, "end", sentence, about, inputs, extractor_version) '
                'VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', checks)
        return len(records), len(checks)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "article_versions", "records", "checks", "reviews", "runs")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception; re-entrant.

    Inside another transaction it is a savepoint: a write that fails halfway is undone
    alone, and the outer transaction keeps only whole writes.
    """

    def __init__(self, conn: sqlite3.Connection, before_commit=None):
        self.conn = conn
        self.outer = False
        self.before_commit = before_commit

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.outer = True
        else:
            self.conn.execute("SAVEPOINT dalel_write")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if not self.outer:
            if exc_type is not None:
                self.conn.execute("ROLLBACK TO dalel_write")
            self.conn.execute("RELEASE dalel_write")
            return False
        if exc_type is None:
            try:
                if self.before_commit is not None:
                    self.before_commit()
            except BaseException:  # the writes cannot be committed without their index
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False


class WriteBatch:
    """Writes grouped ``size`` to a transaction (see :meth:`Corpus.write_batch`).

    A kill loses at most the open batch, which a rerun redoes; an exception commits the
    whole writes made so far (each write is its own savepoint), so work already done is
    kept, as with a commit per write.
    """

    def __init__(self, conn: sqlite3.Connection, size: int, before_commit=None):
        self.conn, self.size, self.count = conn, max(1, size), 0
        self.before_commit = before_commit

    def __enter__(self) -> "WriteBatch":
        return self

    def step(self) -> None:
        """Call before each write: commits a full batch and opens the next."""
        if self.count >= self.size:
            self.flush()
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.count = 0
        self.count += 1

    def flush(self) -> None:
        """Commit the open batch now."""
        if self.conn.in_transaction:
            if self.before_commit is not None:
                self.before_commit()
            self.conn.execute("COMMIT")
        self.count = 0

    def __exit__(self, exc_type, exc, tb):
        try:
            self.flush()
        except sqlite3.Error:
            self.conn.execute("ROLLBACK")
            if exc_type is None:
                raise
        return False
