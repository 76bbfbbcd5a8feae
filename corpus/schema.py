"""The corpus schema, as numbered forward migrations.

``PRAGMA user_version`` holds the schema version. Opening a corpus applies every
migration above it, each in its own transaction, so a file written by any
earlier dalel opens in a newer one (tests build every earlier version and
migrate it). Migrations are never edited once released: a change is a new one.

The scrapers keep their fetch state in the same file, in tables prefixed
``fetch_`` that they create themselves; nothing here touches those.
"""
from __future__ import annotations

import sqlite3

# Version 1: what the nightly job stores.
_V1 = """
CREATE TABLE sites (
    name TEXT PRIMARY KEY,
    base_url TEXT,
    lang TEXT,
    first_seen TEXT,
    last_run_id INTEGER
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,              -- running, finished, interrupted, failed
    sites TEXT,                        -- JSON list of site names
    new INTEGER DEFAULT 0,
    updated INTEGER DEFAULT 0,
    unchanged INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0,
    records INTEGER DEFAULT 0,
    checks INTEGER DEFAULT 0,
    degraded TEXT,                     -- JSON {site: reason} or NULL
    timings TEXT                       -- JSON {stage: seconds}
);
CREATE TABLE run_sites (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    site TEXT NOT NULL REFERENCES sites(name),
    new INTEGER DEFAULT 0,
    updated INTEGER DEFAULT 0,
    unchanged INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0,
    requests INTEGER DEFAULT 0,
    records INTEGER DEFAULT 0,
    checks INTEGER DEFAULT 0,
    empty_bodies INTEGER DEFAULT 0,
    degraded TEXT,
    PRIMARY KEY (run_id, site)
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL REFERENCES sites(name),
    canonical_url TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    current_version_id INTEGER,
    versions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_site ON articles(site);
CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    author TEXT,
    views INTEGER,
    category TEXT,
    lang TEXT,
    fetched_at TEXT,
    warc_file TEXT,
    warc_record_id TEXT,
    run_id INTEGER REFERENCES runs(id),
    extractor_version TEXT,
    UNIQUE (article_id, content_hash),
    UNIQUE (article_id, version)
);
CREATE TABLE fetches (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    url TEXT NOT NULL,
    fetched_at TEXT,
    warc_file TEXT,
    warc_record_id TEXT,
    outcome TEXT NOT NULL               -- new, updated, unchanged
);
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    site TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    value REAL,
    value_max REAL,
    unit TEXT,
    qualifier TEXT,
    date_start TEXT,
    date_end TEXT,
    sentence INTEGER,
    name TEXT,
    type TEXT,
    about TEXT,
    extractor_version TEXT NOT NULL
);
CREATE INDEX records_version ON records(version_id);
CREATE INDEX records_kind ON records(kind);
CREATE TABLE checks (
    id INTEGER PRIMARY KEY,
    check_id TEXT NOT NULL,             -- stable: hash of article URL, type and inputs
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    site TEXT NOT NULL,
    check_type TEXT NOT NULL,
    verdict TEXT NOT NULL,
    explanation TEXT,
    text TEXT,
    start INTEGER,
    "end" INTEGER,
    sentence INTEGER,
    about TEXT,
    inputs TEXT,                        -- JSON object of the check type's inputs
    extractor_version TEXT NOT NULL,
    UNIQUE (check_id, version_id)
);
CREATE INDEX checks_check_id ON checks(check_id);
CREATE INDEX checks_version ON checks(version_id);
CREATE TABLE reviews (
    check_id TEXT PRIMARY KEY,          -- no foreign key: a review outlives re-extraction
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
    note TEXT,
    reviewer TEXT,
    reviewed_at TEXT NOT NULL
);
"""

# Version 2: full-text search over titles and texts, kept in step by triggers.
_V2 = """
CREATE VIRTUAL TABLE article_versions_fts USING fts5(
    title, text, content='article_versions', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
INSERT INTO article_versions_fts(rowid, title, text) SELECT id, title, text FROM article_versions;
CREATE TRIGGER article_versions_ai AFTER INSERT ON article_versions BEGIN
    INSERT INTO article_versions_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_versions_ad AFTER DELETE ON article_versions BEGIN
    INSERT INTO article_versions_fts(article_versions_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_versions_au AFTER UPDATE OF title, text ON article_versions BEGIN
    INSERT INTO article_versions_fts(article_versions_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_versions_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

# Version 3: a project column for faceting (a name's own name, a figure's `about`),
# and the current-article view researchers start from.
_V3 = """
ALTER TABLE records ADD COLUMN project TEXT;
UPDATE records SET project = CASE WHEN kind IN ('project', 'organization') THEN name ELSE about END;
CREATE INDEX records_project ON records(project);
CREATE VIEW current_articles AS
SELECT a.id AS article_id, v.id AS version_id, a.url, a.site, v.title, v.published, v.lang,
       v.author, v.views, v.category, v.version, a.versions, v.fetched_at, v.warc_file,
       v.warc_record_id, v.extractor_version, v.text
FROM articles a JOIN article_versions v ON v.id = a.current_version_id;
"""

# Version 4: stories (one press release republished on several sites is one story with
# several appearances) and programme timelines across articles, recomputed as a whole
# by corpus.stories and corpus.timeline after a run.
_V4 = """
-- Rows written with the version-1 column set into a version-3 file (older tools, the
-- fetch-state writers' neighbours) lack the derived facet column; fill it once more.
UPDATE records SET project = CASE WHEN kind IN ('project', 'organization') THEN name ELSE about END
    WHERE project IS NULL;
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    story_key TEXT NOT NULL UNIQUE,     -- the first appearance's article URL
    title TEXT,
    first_published TEXT,
    appearances INTEGER NOT NULL
);
CREATE TABLE story_members (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    story_id INTEGER NOT NULL REFERENCES stories(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    similarity REAL                     -- estimated Jaccard to the story's first appearance
);
CREATE INDEX story_members_story ON story_members(story_id);
CREATE TABLE timeline_claims (
    id INTEGER PRIMARY KEY,
    programme TEXT NOT NULL,
    place TEXT,                         -- the district the figure is reported for, when named
    metric TEXT NOT NULL,               -- target, completed, share, money_allocated, money_spent, deadline
    unit TEXT,
    value REAL,
    deadline TEXT,
    published TEXT,
    story_id INTEGER REFERENCES stories(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    text TEXT,
    start INTEGER,
    "end" INTEGER,
    appearances INTEGER NOT NULL
);
CREATE INDEX timeline_claims_programme ON timeline_claims(programme, metric);
CREATE TABLE timeline_appearances (
    claim_id INTEGER NOT NULL REFERENCES timeline_claims(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version_id INTEGER NOT NULL REFERENCES article_versions(id),
    text TEXT,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX timeline_appearances_claim ON timeline_appearances(claim_id);
CREATE TABLE timeline_checks (
    id INTEGER PRIMARY KEY,
    check_id TEXT NOT NULL UNIQUE,      -- stable: hash of programme, metric and the claims' values
    programme TEXT NOT NULL,
    metric TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- target_changed, count_fell, money_fell, share_mismatch, deadline_moved
    verdict TEXT NOT NULL,
    explanation TEXT NOT NULL,
    earlier_claim_id INTEGER REFERENCES timeline_claims(id),
    later_claim_id INTEGER REFERENCES timeline_claims(id),
    inputs TEXT                         -- JSON object of the values compared
);
"""

# Version 5: new versions are indexed for search by the store, all a transaction made in
# one statement just before it commits (corpus.store.index_new_versions), not by a
# trigger a row. FTS5 writes its pending terms out as a new segment at every statement
# that opens a statement journal (each insert of an article), so the trigger made one
# segment an article of a batch, and writing and merging them was about a sixth of the
# store's time. A file migrated here is in step (the trigger kept it so), and a version
# is indexed in the transaction that inserts it, so a kill loses both or neither. The
# delete and update triggers stay: the store indexes its new versions before it updates
# or deletes any version. As version 4 did, the facet column is derived once more for
# rows written with the version-1 column set since (only those it changes).
_V5 = """
DROP TRIGGER article_versions_ai;
UPDATE records SET project = CASE WHEN kind IN ('project', 'organization') THEN name ELSE about END
    WHERE project IS NULL AND CASE WHEN kind IN ('project', 'organization') THEN name ELSE about END IS NOT NULL;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """A corpus file this dalel cannot open (newer schema, not a corpus)."""


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION, *, where: str = "corpus") -> int:
    """Bring ``conn`` forward to ``target``; return the version it had before.

    Each step runs in one transaction with its ``user_version`` bump, so a kill
    mid-migration leaves the file at the previous version, not half-way.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"{where}: schema version {current} is newer than this dalel knows ({SCHEMA_VERSION}); upgrade dalel"
        )
    for version in range(current + 1, target + 1):
        script = MIGRATIONS[version - 1]
        # executescript() commits first and runs outside the transaction machinery,
        # so the BEGIN/COMMIT pair is spelled out to keep each step atomic.
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.rollback()
            raise SchemaError(f"{where}: migration to schema version {version} failed: {e}") from e
    return current
