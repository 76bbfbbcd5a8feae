"""Read-only questions to the corpus: raw SQL or friendly filters.

Three locks keep a query from changing anything: the file is opened with
``mode=ro``, ``PRAGMA query_only`` is on, and an authorizer refuses every
statement that is not a read (writes, ATTACH, DETACH, pragmas that set things).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from corpus.store import db_path


class QueryError(ValueError):
    """A query that cannot run; the message says why."""


# Pragmas that only describe the schema; anything else (set or read) is refused.
_READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                 "table_list", "database_list", "user_version", "data_version"}
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}


def _authorizer(action: int, arg1, arg2, db_name, trigger) -> int:
    if action in _ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS:
        # user_version = 5 has an argument; table_info(t) names a table, which is fine.
        if (arg1 or "").lower() in ("user_version", "data_version") and arg2 is not None:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # FTS5's constructor asks for this while connecting to its index; it writes
        # nothing, and mode=ro with query_only refuse any real schema write anyway.
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def connect_read_only(path: Path, timeout: float = 30) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path``, also where its folder cannot be
    written (a corpus on a read-only mount, a copy shared read-only with researchers).

    The corpus runs in WAL mode, and a WAL reader must create the ``-shm`` file beside the
    database unless it opens the file as immutable. So a folder that refuses that is opened
    immutable: nothing can write there (no writer can make its ``-wal`` file either),
    so the file cannot change under the reader.
    """
    path = Path(path).resolve()
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as e:
        if "unable to open" not in str(e) or _folder_writable(path.parent):
            raise
        conn.close()
    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, timeout=timeout)


def corpus_writable(path: Path) -> bool:
    """Whether the corpus file at ``path`` and its folder (for the WAL files) can be written."""
    import os

    return os.access(path, os.W_OK) and _folder_writable(Path(path).resolve().parent)


def _folder_writable(folder: Path) -> bool:
    import os
    import tempfile

    if not os.access(folder, os.W_OK):
        return False
    try:  # root passes os.access on a read-only mount: try for real
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def open_readonly(path: Path) -> sqlite3.Connection:
    path = Path(path)
    if not path.exists():
        raise QueryError(f"{path}: no corpus here (run `dalel run` or `dalel demo` first, or pass --data)")
    try:
        conn = connect_read_only(path)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise QueryError(f"{path}: cannot open the corpus read-only: {e}") from None
    conn.set_authorizer(_authorizer)
    return conn


@dataclass
class Result:
    columns: list[str]
    rows: Iterator[tuple]


def run_sql(conn: sqlite3.Connection, sql: str, params: list[Any] | dict | None = None) -> Result:
    """Run one read-only statement; writes, ATTACH and setting pragmas are refused."""
    try:
        cur = conn.execute(sql, params or [])
    except sqlite3.DatabaseError as e:
        msg = str(e)
        if "not authorized" in msg or "readonly" in msg or "query_only" in msg:
            raise QueryError(f"refused: dalel query is read-only (writes, ATTACH and pragmas are not allowed): {msg}") \
                from None
        raise QueryError(f"SQL error: {msg}") from None
    except (sqlite3.Warning, sqlite3.ProgrammingError) as e:
        raise QueryError(f"SQL error: {e}") from None
    columns = [d[0] for d in cur.description or []]
    return Result(columns, (tuple(r) for r in cur))


RECORD_QUERY = """
SELECT r.id AS record_id, r.kind, r.text, r.value, r.value_max, r.unit, r.qualifier, r.date_start, r.date_end,
       r.name, r.type, r.project, r.sentence, r.start, r."end", a.site, a.url, v.title, v.published,
       r.extractor_version
FROM records r
JOIN articles a ON a.id = r.article_id
JOIN article_versions v ON v.id = r.version_id
WHERE r.version_id = a.current_version_id
"""


def fts_phrase(text: str) -> str:
    """An FTS5 query finding every word of ``text`` as a word start, whatever punctuation it holds.

    Kazakh and Russian inflect by endings (мектеп → мектептерде, мектепке; школа →
    школы), so each word matches as a prefix: ``мектеп`` finds all its case forms.
    """
    words = re.findall(r"\w+", text)
    if not words:
        raise QueryError(f"--text {text!r} has no words to search for")
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def filter_records(conn: sqlite3.Connection, *, kind: str | None = None, project: str | None = None,
                   site: str | None = None, since: str | None = None, until: str | None = None,
                   text: str | None = None, limit: int | None = None) -> Result:
    """Records of current article versions matching every filter given."""
    sql = RECORD_QUERY
    params: list[Any] = []
    if kind:
        sql += " AND r.kind = ?"
        params.append(kind)
    if project:
        # Case-insensitive for Cyrillic too (SQLite's lower() only folds ASCII).
        sql += " AND dalel_fold(r.project) LIKE '%' || dalel_fold(?) || '%'"
        params.append(project)
    if site:
        sql += " AND a.site = ?"
        params.append(site)
    if since:
        sql += " AND substr(v.published, 1, 10) >= ?"
        params.append(since)
    if until:
        sql += " AND substr(v.published, 1, 10) <= ?"
        params.append(until)
    if text:
        sql += " AND r.version_id IN (SELECT rowid FROM article_versions_fts WHERE article_versions_fts MATCH ?)"
        params.append(fts_phrase(text))
    sql += " ORDER BY v.published DESC, a.url, r.start"
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    conn.create_function("dalel_fold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True)
    return run_sql(conn, sql, params)


def open_corpus_readonly(data_dir: Path) -> sqlite3.Connection:
    return open_readonly(db_path(data_dir))
