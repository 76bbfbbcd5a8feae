"""Storing articles: idempotent, versioned, one transaction per article (or per batch, each write atomic)."""
from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from corpus.store import Corpus, check_identity, db_path


def table(db, sql, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def snapshot(db):
    """Every row of every corpus table, to compare two corpora or one before and after."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    finally:
        conn.close()


def test_storing_samples_counts_every_record_and_check(built, builders):
    _, db, articles = built
    expected_records = sum(sum(1 for i in builders.items_for(a.text) if i.kind != "check") for a in articles)
    expected_checks = sum(sum(1 for i in builders.items_for(a.text) if i.kind == "check") for a in articles)
    assert table(db, "SELECT count(*) FROM articles")[0][0] == len(articles)
    assert table(db, "SELECT count(*) FROM records")[0][0] == expected_records
    assert table(db, "SELECT count(*) FROM checks")[0][0] == expected_checks


def test_record_offsets_point_into_the_stored_text(built):
    _, db, _ = built
    rows = table(db, 'SELECT r.text, r.start, r."end", v.text FROM records r JOIN article_versions v ON v.id = r.version_id')
    assert rows
    for surface, start, end, text in rows:
        assert text[start:end] == surface


def test_storing_the_same_article_twice_changes_nothing(built, builders):
    data_dir, db, articles = built
    before = snapshot(db)
    with Corpus(db) as corpus:
        results = [corpus.store_article(a, builders.items_for(a.text), builders.EXTRACTOR_VERSION) for a in articles]
    assert {r.outcome for r in results} == {"unchanged"}
    assert snapshot(db) == before


def test_an_edit_is_a_new_version_not_a_new_article(built, builders):
    _, db, articles = built
    a = articles[0]
    edited = dataclasses.replace(a, text=a.text.replace("120", "130"), content_hash="",
                                 fetched_at="2024-06-02T00:00:00+00:00")
    with Corpus(db) as corpus:
        stored = corpus.store_article(edited, [], builders.EXTRACTOR_VERSION)
    assert stored.outcome == "updated"
    assert table(db, "SELECT count(*) FROM articles WHERE url = ?", a.url)[0][0] == 1
    versions = table(db, "SELECT version, text FROM article_versions v JOIN articles a ON a.id = v.article_id "
                         "WHERE a.url = ? ORDER BY version", a.url)
    assert [v for v, _ in versions] == [1, 2]
    assert "130" in versions[1][1]
    current = table(db, "SELECT text FROM current_articles WHERE url = ?", a.url)[0][0]
    assert "130" in current


def test_a_site_reverting_an_edit_makes_the_old_version_current_again(built, builders):
    """A known URL: the article row is found (not inserted), last_seen moves on, the site row stays."""
    _, db, articles = built
    a = articles[0]
    sites_before = table(db, "SELECT * FROM sites ORDER BY name")
    edited = dataclasses.replace(a, text=a.text + " Жаңа дерек.", content_hash="", fetched_at="2030-01-02T00:00:00+00:00")
    reverted = dataclasses.replace(a, fetched_at="2030-01-03T00:00:00+00:00")
    with Corpus(db) as corpus:
        first = table(db, "SELECT id, first_seen FROM articles WHERE url = ?", a.url)[0]
        outcomes = [corpus.store_article(x, [], builders.EXTRACTOR_VERSION).outcome for x in (edited, reverted, reverted)]
    assert outcomes == ["updated", "updated", "unchanged"]
    assert table(db, "SELECT id, first_seen, last_seen, versions FROM articles WHERE url = ?", a.url) == \
        [(*first, "2030-01-03T00:00:00+00:00", 2)]
    assert table(db, "SELECT v.version FROM articles a JOIN article_versions v ON v.id = a.current_version_id "
                     "WHERE a.url = ?", a.url) == [(1,)]
    assert table(db, "SELECT * FROM sites ORDER BY name") == sites_before


def test_storing_keeps_a_sites_base_url_and_language(data_dir):
    from scrapers.article import Article

    with Corpus(data_dir / "c.sqlite") as corpus:
        corpus.ensure_site("aqparat.kz", "https://aqparat.kz", "kk")
        corpus.store_article(Article(url="https://aqparat.kz/1", site="aqparat.kz", title="Мектеп",
                                     text="Ауылда жаңа мектеп ашылды."), [], "test")
        corpus.store_article(Article(url="https://газета.kz/2", site="газета.kz", title="Школа",
                                     text="В селе открыли школу."), [], "test")
        rows = corpus.conn.execute("SELECT name, base_url, lang, first_seen IS NOT NULL FROM sites ORDER BY name")
        assert [tuple(r) for r in rows] == [("aqparat.kz", "https://aqparat.kz", "kk", 1), ("газета.kz", None, None, 1)]


def test_a_failure_mid_article_leaves_nothing_of_it(data_dir, builders):
    articles = builders.sample_articles(data_dir)
    bad_items = builders.items_for(articles[0].text) + [{"kind": "percent", "text": "x"}]  # no start: NOT NULL fails
    with Corpus(db_path(data_dir)) as corpus:
        with pytest.raises(sqlite3.IntegrityError):
            corpus.store_article(articles[0], bad_items, "1")
        assert corpus.counts()["articles"] == 0
        assert corpus.counts()["records"] == 0


def test_a_batch_commits_every_size_writes(data_dir, builders):
    articles = builders.sample_articles(data_dir)
    assert len(articles) >= 3
    db = db_path(data_dir)
    with Corpus(db) as corpus, corpus.write_batch(2) as batch:
        seen = []
        for a in articles[:3]:
            batch.step()
            corpus.store_article(a, builders.items_for(a.text), "1")
            seen.append(table(db, "SELECT count(*) FROM articles")[0][0])  # what another reader sees
    # Another connection sees nothing until two are stored, then the third only at the end.
    assert seen == [0, 0, 2]
    assert table(db, "SELECT count(*) FROM articles")[0][0] == 3


def test_a_failed_write_in_a_batch_is_undone_alone(data_dir, builders):
    articles = builders.sample_articles(data_dir)
    db = db_path(data_dir)
    bad_items = builders.items_for(articles[1].text) + [{"kind": "percent", "text": "x"}]  # NOT NULL fails
    with Corpus(db) as corpus, corpus.write_batch(10) as batch:
        batch.step()
        corpus.store_article(articles[0], builders.items_for(articles[0].text), "1")
        batch.step()
        with pytest.raises(sqlite3.IntegrityError):
            corpus.store_article(articles[1], bad_items, "1")
        batch.step()
        corpus.store_article(articles[2], builders.items_for(articles[2].text), "1")
    urls = {u for (u,) in table(db, "SELECT url FROM articles")}
    assert urls == {articles[0].url, articles[2].url}
    assert table(db, "SELECT count(*) FROM article_versions")[0][0] == 2


def test_a_large_failed_write_in_a_batch_is_undone_alone(tmp_path):
    """An article whose undo pages outgrow the in-memory sub-journal's first 64 KB still rolls back alone."""
    import random

    from scrapers.article import Article

    rng = random.Random(7)
    projects = ["«Жаңа ауыл»", "«Нұрлы жер»", "«Ауыл – Ел бесігі»", "«Новая школа»", "«Дорожная карта»"]
    words = ["мектеп", "жол", "аурухана", "школа", "дорога", "больница"]

    def article(i: int, n: int, bad: bool = False):
        text = " ".join(f"{rng.choice(words)} {k}" for k in range(n))
        items = [{"kind": rng.choice(["number", "money", "percent"]), "text": str(k), "start": 0, "end": 1,
                  "value": k, "value_max": None, "unit": None, "qualifier": None, "date": None, "sentence": 0,
                  "about": f"{rng.choice(projects)} {rng.randrange(10_000)}"} for k in range(n)]
        if bad:
            items.append({"kind": "check", "check": None, "verdict": "consistent"})  # check_type NOT NULL fails
        return Article(url=f"http://x.kz/{i}", site="x.kz", title=f"Жаңалық {i}", text=text,
                       fetched_at="2024-06-01T00:00:00+00:00"), items

    good = [article(i, 60) for i in range(40)]
    bad = article(99, 3000, bad=True)
    last = article(100, 60)
    dbs = []
    for with_bad in (True, False):
        db = tmp_path / f"c{with_bad}.sqlite"
        with Corpus(db) as corpus, corpus.write_batch(100) as batch:
            for a, items in good:
                batch.step()
                corpus.store_article(a, items, "1")
            if with_bad:
                batch.step()
                with pytest.raises(sqlite3.IntegrityError):
                    corpus.store_article(*bad, "1")
            batch.step()
            corpus.store_article(*last, "1")
        dbs.append(db)
    with_bad, without = (snapshot(db) for db in dbs)
    assert {t: len(rows) for t, rows in with_bad.items()}["records"] == 41 * 60
    with_bad.pop("sites"), without.pop("sites")  # first_seen is the wall clock
    assert with_bad == without
    assert table(dbs[0], "PRAGMA integrity_check") == [("ok",)]


def test_an_exception_out_of_a_batch_keeps_the_writes_made(data_dir, builders):
    articles = builders.sample_articles(data_dir)
    db = db_path(data_dir)
    with pytest.raises(RuntimeError), Corpus(db) as corpus, corpus.write_batch(10) as batch:
        batch.step()
        corpus.store_article(articles[0], builders.items_for(articles[0].text), "1")
        raise RuntimeError("a worker died")
    assert table(db, "SELECT url FROM articles") == [(articles[0].url,)]


def test_fts_index_finds_words_of_titles_and_texts(built):
    _, db, _ = built
    hits = table(db, "SELECT v.title FROM article_versions_fts f JOIN article_versions v ON v.id = f.rowid "
                     "WHERE article_versions_fts MATCH ?", '"учителей"')
    assert hits == [("Учителя получили жильё",)]


def _in_step(db) -> bool:
    """The committed search index against the committed texts, read by another connection."""
    from corpus.store import search_index_in_step

    conn = sqlite3.connect(db)
    try:
        return search_index_in_step(conn)
    finally:
        conn.close()


def test_the_search_index_is_in_step_after_every_commit(data_dir, builders):
    """Schema 5 indexes a transaction's new versions just before it commits, not by a
    trigger a row: after every commit (batched or not), a write undone in a batch, an
    exception out of a batch, an edit, a revert, and a re-parse that replaces the text of
    a version stored in the same open batch, the index holds exactly the stored texts."""
    articles = builders.sample_articles(data_dir)
    db = db_path(data_dir)
    edits = [dataclasses.replace(a, text=a.text + f" Жаңа дерек {i}.", content_hash="")
             for i, a in enumerate(articles)]
    with Corpus(db) as corpus:
        with corpus.write_batch(2) as batch:
            for i, a in enumerate(articles):
                batch.step()
                corpus.store_article(a, builders.items_for(a.text), "1")
                assert _in_step(db)
                if i == 1:  # a failing write, undone alone
                    batch.step()
                    with pytest.raises(sqlite3.IntegrityError):
                        corpus.store_article(edits[0], [{"kind": "percent", "text": "x"}], "1")
        assert _in_step(db)
        with corpus.write_batch(len(edits) + 1) as batch:
            stored = []
            for a in edits:
                batch.step()
                stored.append(corpus.store_article(a, [], "1"))
                assert stored[-1].outcome == "updated"
                assert _in_step(db)
            # re-parsed in the same transaction as their inserts: the newest first, with older
            # ones still to index, then the oldest
            for s, a in ((stored[-1], edits[-1]), (stored[0], edits[0])):
                corpus.replace_extraction(s.version_id, [], "2", a.title + " (ред.)", a.text + " Ред.",
                                          f"re{s.version_id}")
        assert _in_step(db)
        corpus.store_article(articles[0], [], "1")  # a revert, committed alone
        corpus.store_article(dataclasses.replace(edits[1], text=edits[1].text + " Тағы.", content_hash=""), [], "1")
        assert _in_step(db)
        with pytest.raises(RuntimeError), corpus.write_batch(5) as batch:
            batch.step()
            corpus.store_article(dataclasses.replace(articles[2], text="Соңғы мәтін.", content_hash=""), [], "1")
            raise RuntimeError("a worker died")
        assert _in_step(db)
        with pytest.raises(RuntimeError), corpus.transaction():
            corpus.store_article(dataclasses.replace(articles[3], text="Болмаған мәтін.", content_hash=""), [], "1")
            raise RuntimeError("rolled back whole")
        assert _in_step(db)
    hits = table(db, "SELECT count(*) FROM article_versions_fts WHERE article_versions_fts MATCH ?", '"Соңғы"')
    assert hits == [(1,)]
    assert table(db, "SELECT count(*) FROM article_versions_fts WHERE article_versions_fts MATCH ?",
                 '"Болмаған"') == [(0,)]


def test_a_failure_to_index_commits_nothing(data_dir, builders, monkeypatch):
    """The index is written just before the commit; when it cannot be, the article is
    not committed without it (a transaction of its own is rolled back, a batch too)."""
    import corpus.store as store

    articles = builders.sample_articles(data_dir)
    db = db_path(data_dir)

    def disk_full(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "index_new_versions", disk_full)
    with Corpus(db) as corpus:
        with pytest.raises(sqlite3.OperationalError):
            corpus.store_article(articles[0], builders.items_for(articles[0].text), "1")
        assert not corpus.conn.in_transaction
        with pytest.raises(sqlite3.OperationalError), corpus.write_batch(5) as batch:
            batch.step()
            corpus.store_article(articles[1], builders.items_for(articles[1].text), "1")
        assert not corpus.conn.in_transaction
    assert table(db, "SELECT count(*) FROM article_versions") == [(0,)]
    assert _in_step(db)


def test_the_index_check_sees_a_version_missing_from_the_index(tmp_path):
    """search_index_in_step, which the test above and the crash benchmark rely on, fails
    on an index that lacks a version, and holds once it is indexed."""
    from corpus.store import index_new_versions

    db = tmp_path / "c.sqlite"
    with Corpus(db) as corpus:
        corpus.conn.executescript("""
            INSERT INTO sites(name) VALUES ('s.kz');
            INSERT INTO articles(id, url, site, first_seen, last_seen) VALUES (1, 'http://s.kz/1', 's.kz', 'x', 'x');
            INSERT INTO article_versions(id, article_id, version, content_hash, title, text)
                VALUES (1, 1, 1, 'h', 'Жол', 'Мектеп салынды.');
        """)
        assert not _in_step(db)
        index_new_versions(corpus.conn)
        assert _in_step(db)


CHECK_ID_TESTS = [
    # (inputs a, inputs b, same id?)
    ({"part": 61, "whole": 98, "claimed_percent": 62.2}, {"whole": 98, "part": 61, "claimed_percent": 62.2}, True),
    ({"part": 61.0, "whole": 98}, {"part": 61, "whole": 98}, True),
    ({"part": 61, "whole": 98}, {"part": 62, "whole": 98}, False),
]


@pytest.mark.parametrize("a, b, same", CHECK_ID_TESTS)
def test_check_identity_depends_on_inputs_not_their_order(a, b, same):
    assert (check_identity("http://x/1", "percent_of_total", a) == check_identity("http://x/1", "percent_of_total", b)) is same


def test_check_identity_differs_by_article_and_type():
    inputs = {"part": 1, "whole": 2}
    ids = {check_identity("http://x/1", "percent_of_total", inputs), check_identity("http://x/2", "percent_of_total", inputs),
           check_identity("http://x/1", "change", inputs)}
    assert len(ids) == 3


# Ids computed by the store before check ids were spelled from their parts' JSON: reviews
# are keyed on them, so they must never change.
PINNED_CHECK_IDS = [
    ("http://x/1", "percent_of_total", {"part": 81, "whole": 106, "claimed_percent": 73.0, "computed_percent": 76.42},
     0, "3fcb898176213868"),
    ("https://aqparat.kz/kk/news/2024/мектеп", "change",
     {"from": 12.5, "to": 15, "claimed": "25%", "жоба": "Жаңа ауыл"}, 2, "f073ad22ffd27729"),
    ("http://газета.kz/ru/новости?id=5", "sum_of_parts",
     {"parts": [1.0, 2.5, 1e-12, 3.0000000001], "total": None, "ok": True, "сумма": {"б": 1, "а": 2.0}}, 1,
     "ffdd97250449da59"),
]


@pytest.mark.parametrize("url, check_type, inputs, occurrence, expected", PINNED_CHECK_IDS)
def test_check_identity_is_stable(url, check_type, inputs, occurrence, expected):
    assert check_identity(url, check_type, inputs, occurrence) == expected


def _canonical_as_it_was(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _canonical_as_it_was(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical_as_it_was(v) for v in value]
    return value


def _check_identity_as_it_was(url, check_type, inputs, occurrence):
    """The definition: a hash of the JSON of the four, as json.dumps spells it."""
    import hashlib
    import json

    payload = json.dumps([url, check_type, _canonical_as_it_was(inputs), occurrence], ensure_ascii=False,
                         sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


class _Share(float):
    """A float subclass (as numpy's float64 is): canonical like any float."""


def test_check_identity_equals_its_definition():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    words = st.sampled_from(["мектеп", "Жаңа ауыл", "школа", "«Нұрлы жер»", "62,2%", "ә\"ғ\\", "", "x"])
    text = st.one_of(words, st.text(max_size=12))
    atoms = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), text,
                      st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6).map(_Share),
                      st.sampled_from([62.0, 62.2, 0.1 + 0.2, 1e-10, -0.0, 3.0000000001]))
    values = st.recursive(atoms, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.tuples(inner, inner),
                                                         st.dictionaries(text, inner, max_size=3)), max_leaves=8)

    @hypothesis.settings(max_examples=400, deadline=None, derandomize=True)
    @hypothesis.given(url=st.one_of(text, st.just("http://x/kk/жаңалықтар?id=1")),
                      check_type=st.one_of(st.sampled_from(["percent_of_total", "change", "sum_of_parts"]), atoms),
                      inputs=st.dictionaries(text, values, max_size=5), occurrence=st.integers(0, 30))
    def same(url, check_type, inputs, occurrence):
        assert check_identity(url, check_type, inputs, occurrence) == \
            _check_identity_as_it_was(url, check_type, inputs, occurrence)

    same()


def _random_json_value(rng, depth=0):
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return rng.choice(["", "мектеп", "a\"b\\c", "\n\t\x00\u2028", "😀 ±", "Ж" * 40])
    if kind == 1:
        return rng.choice([0, -1, 62, 10 ** 20, -(2 ** 63)])
    if kind == 2:
        return rng.choice([0.0, -0.0, 62.2, 1e-9, 1e300, 76.42, 1 / 3, float("inf"), float("-inf"), float("nan")])
    if kind == 3:
        return rng.choice([True, False, None])
    if kind in (4, 5):
        return rng.choice([62, "62", 62.0, None, True])
    if kind in (6, 7):
        return {rng.choice(["part", "whole", "b", "а", "1", "claimed_percent"]) + str(i): _random_json_value(rng, depth + 1)
                for i in range(rng.randrange(5))}
    return [_random_json_value(rng, depth + 1) for _ in range(rng.randrange(5))]


def test_the_stores_json_is_json_dumps():
    """The store's JSON encoders, made once from json's C encoder, write what json.dumps
    writes with the same options, for any value a check may hold."""
    import json
    import random

    from corpus.store import _json, _json_sorted

    rng = random.Random(3)
    values = [_random_json_value(rng) for _ in range(3000)] + [{2: "a", 1: "b"}, [True, 1, 1.0], 2 ** 70, -5]
    for value in values:
        assert _json_sorted(value) == json.dumps(value, ensure_ascii=False, sort_keys=True)
        assert _json(value) == json.dumps(value, ensure_ascii=False)
    with pytest.raises(TypeError, match="not JSON serializable"):
        _json({"a": {1, 2}})


def test_stored_check_ids_are_check_identity_with_repeats_counted(tmp_path):
    """The store spells ids from JSON it made already; they equal check_identity's, repeats numbered."""
    from scrapers.article import Article

    url = "http://x.kz/kk/жаңалық-1"
    text = "Аудандағы 106 іс-шараның 81-і (73,0%) өтті. В районе построено 12 школ."
    article = Article(url=url, site="x", title="Жаңалық", text=text, lang="kk")
    fixed = {"kind": "check", "verdict": "inconsistent", "explanation": "81 / 106", "text": "81-і (73,0%)",
             "start": 0, "end": 5, "sentence": 0, "about": "іс-шара"}
    items = [
        {**fixed, "check": "percent_of_total", "part": 81, "whole": 106, "claimed_percent": 73.0},
        {**fixed, "check": "percent_of_total", "whole": 106, "claimed_percent": 73, "part": 81.0},  # the same claim
        {**fixed, "check": "change", "from": 12.5, "to": _Share(15.0), "школа": "12 школ"},
        {"kind": "number", "text": "12", "start": 60, "end": 62, "value": 12, "value_max": None, "unit": "school",
         "qualifier": None, "date": None, "sentence": 1, "about": "школа"},
    ]
    with Corpus(tmp_path / "c.sqlite") as corpus:
        corpus.ensure_site("x")
        corpus.store_article(article, items, "test")
        got = [r[0] for r in corpus.conn.execute("SELECT check_id FROM checks ORDER BY id")]
    inputs = [{k: v for k, v in d.items() if k not in fixed and k != "check"} for d in items[:3]]
    assert got == [check_identity(url, "percent_of_total", inputs[0], 0),
                   check_identity(url, "percent_of_total", inputs[1], 1),
                   check_identity(url, "change", inputs[2], 0)]
    assert got == [_check_identity_as_it_was(url, d["check"], i, n) for d, i, n in zip(items, inputs, (0, 1, 0))]


def test_corpus_refuses_a_file_that_is_not_sqlite(tmp_path):
    from corpus.store import CorpusError

    bad = tmp_path / "dalel.sqlite"
    bad.write_text("not a database at all, just some words " * 20)
    with pytest.raises(CorpusError, match="dalel.sqlite"):
        Corpus(bad)
