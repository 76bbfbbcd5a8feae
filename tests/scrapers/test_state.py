"""Fetch state in a real SQLite file: done only when the consumer says so, young articles, backfill dates."""
from __future__ import annotations

import sqlite3
import threading

from scrapers.state import FetchState

AT = "2026-11-26T12:00:00+00:00"


def fetched(state, url, h, pending=True, published=None, etag='"e1"'):
    state.fetched("tolqyn.kz", url, at=AT, status=200, etag=etag, last_modified=None, content_hash=h,
                  published=published, warc_file="warc/a.warc.gz", warc_record_id="<urn:uuid:1>", pending=pending)


def test_tables_are_fetch_prefixed(tmp_path):
    FetchState(tmp_path / "corpus.db")
    names = {r[0] for r in sqlite3.connect(tmp_path / "corpus.db").execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"fetch_urls", "fetch_log", "fetch_sites"}
    FetchState(tmp_path / "corpus.db")  # CREATE TABLE IF NOT EXISTS: opening twice is fine


def test_done_only_after_consumer(tmp_path):
    state = FetchState(tmp_path / "corpus.db")
    url = "https://tolqyn.kz/2026/11/25/a/"
    fetched(state, url, "h1")
    assert state.stored_urls("tolqyn.kz") == set() and not state.get("tolqyn.kz", url).done
    state.mark_done("tolqyn.kz", url, "h1", "2026-11-25T10:00:00+05:00")
    st = state.get("tolqyn.kz", url)
    assert st.done and st.stored_hash == "h1" and st.versions == 1 and st.etag == '"e1"'
    # a new version yielded but not stored yet: not done, the stored hash kept
    fetched(state, url, "h2", etag='"e2"')
    st = state.get("tolqyn.kz", url)
    assert not st.done and st.stored_hash == "h1" and st.content_hash == "h2" and st.etag == '"e2"'
    assert state.pending("tolqyn.kz") == [url]
    state.mark_done("tolqyn.kz", url, "h2", None)
    assert state.pending("tolqyn.kz") == []
    st = state.get("tolqyn.kz", url)
    assert st.versions == 2 and st.published == "2026-11-25T10:00:00+05:00"


def test_young_by_published_or_first_seen(tmp_path):
    state = FetchState(tmp_path / "corpus.db")
    for url, published in [("new", "2026-11-24T10:00:00+05:00"), ("old", "2026-10-01"), ("undated", None)]:
        fetched(state, url, "h", published=published)
        state.mark_done("tolqyn.kz", url, "h", None)
    fetched(state, "pending", "h", published="2026-11-25")
    assert [s.url for s in state.young("tolqyn.kz", "2026-11-19T12:00:00+00:00")] == ["new", "undated"]


def test_log_and_site_runs(tmp_path):
    state = FetchState(tmp_path / "corpus.db")
    state.log("run1", "tolqyn.kz", "https://tolqyn.kz/robots.txt", 200, None, AT)
    state.log("run1", "tolqyn.kz", "https://tolqyn.kz/x/", None, "GET failed: reset", AT)
    assert state.last_backfill("tolqyn.kz") is None
    state.site_run("tolqyn.kz", AT, "{}", backfill=True)
    state.site_run("tolqyn.kz", "2026-11-27T12:00:00+00:00", "{}", backfill=False)
    assert state.last_backfill("tolqyn.kz") == AT
    rows = sqlite3.connect(tmp_path / "corpus.db").execute("SELECT status, error FROM fetch_log ORDER BY id").fetchall()
    assert rows == [(200, None), (None, "GET failed: reset")]


def test_threads_write_at_once(tmp_path):
    state = FetchState(tmp_path / "corpus.db")

    def work(i: int) -> None:
        for j in range(30):
            fetched(state, f"u{i}-{j}", "h")
        state.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sqlite3.connect(tmp_path / "corpus.db").execute("SELECT count(*) FROM fetch_urls").fetchone()[0] == 120
