"""The schema migrates forward from every earlier version, keeping the data."""
from __future__ import annotations

import sqlite3

import pytest

from corpus.schema import MIGRATIONS, SCHEMA_VERSION, SchemaError, migrate, schema_version
from corpus.store import Corpus


def _fill_v1(conn):
    conn.executescript("""
        INSERT INTO sites(name) VALUES ('tolqyn.kz');
        INSERT INTO articles(id, url, site, first_seen, last_seen, versions, current_version_id)
            VALUES (1, 'http://t/1', 'tolqyn.kz', '2024-01-01', '2024-01-01', 1, 1);
        INSERT INTO article_versions(id, article_id, version, content_hash, title, text, extractor_version)
            VALUES (1, 1, 1, 'h', 'Жол картасы жаңалықтары', 'Жолға 5 млрд теңге бөлінді.', '0.0.1');
        INSERT INTO records(article_id, version_id, site, kind, text, start, "end", value, about, extractor_version)
            VALUES (1, 1, 'tolqyn.kz', 'money', '5 млрд теңге', 6, 18, 5e9, 'Жол картасы', '0.0.1');
        INSERT INTO records(article_id, version_id, site, kind, text, start, "end", name, extractor_version)
            VALUES (1, 1, 'tolqyn.kz', 'project', 'Жол картасы', 0, 11, 'Жол картасы', '0.0.1');
    """)


@pytest.mark.parametrize("start_version", range(1, SCHEMA_VERSION))
def test_migrates_forward_from_every_earlier_version(tmp_path, start_version):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, start_version)
    assert schema_version(conn) == start_version
    _fill_v1(conn)
    conn.close()

    with Corpus(path) as corpus:
        assert schema_version(corpus.conn) == SCHEMA_VERSION
        # v2: rows stored before the index existed are searchable
        hits = corpus.conn.execute("SELECT rowid FROM article_versions_fts WHERE article_versions_fts MATCH 'картасы'").fetchall()
        assert [h[0] for h in hits] == [1]
        # v3: the facet column is filled for old rows
        projects = sorted(r[0] for r in corpus.conn.execute("SELECT project FROM records"))
        assert projects == ["Жол картасы", "Жол картасы"]
        assert corpus.conn.execute("SELECT title FROM current_articles").fetchone()[0] == "Жол картасы жаңалықтары"
        # v5: versions stored after the migration are indexed by the store, the old ones kept
        from corpus.store import search_index_in_step
        from scrapers.article import Article

        corpus.store_article(Article(url="http://t/2", site="tolqyn.kz", title="Мектеп картасы",
                                     text="Мектепке 3 млрд теңге бөлінді."), [], "0.0.2")
        hits = corpus.conn.execute("SELECT rowid FROM article_versions_fts WHERE article_versions_fts MATCH 'картасы' "
                                   "ORDER BY rowid").fetchall()
        assert [h[0] for h in hits] == [1, 2]
        assert search_index_in_step(corpus.conn)


def test_every_migration_is_counted():
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 3


def test_a_newer_schema_is_refused_with_the_file_named(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError, match="future.sqlite.*newer"):
        Corpus(path)


def test_reopening_a_current_corpus_runs_no_migration(tmp_path):
    path = tmp_path / "c.sqlite"
    Corpus(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn) == SCHEMA_VERSION
