"""`dalel serve`: Datasette over the corpus, tested over HTTP on 127.0.0.1."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest


@pytest.fixture(scope="module")
def server(tmp_path_factory, dalel_serve, builders):
    data = tmp_path_factory.mktemp("serve") / "data"
    builders.build_corpus(data)
    with dalel_serve(data) as base:
        yield base, data


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.headers, r.read()


def get_json(url: str):
    return json.loads(get(url)[2])


def test_tables_are_described(server):
    base, _ = server
    meta = get_json(base + "/-/metadata.json")
    tables = meta["databases"]["dalel"]["tables"]
    assert {"articles", "article_versions", "records", "checks", "reviews", "current_articles"} <= set(tables)
    assert tables["records"]["columns"]["value"]
    html = get(base + "/dalel/records")[2].decode()
    assert "Figures, dates, projects and organisations" in html


@pytest.mark.parametrize("table, facet", [
    ("records", "kind"), ("records", "site"), ("records", "project"), ("checks", "verdict"), ("checks", "check_type"),
])
def test_facets_count_what_the_corpus_holds(server, table, facet):
    import sqlite3

    base, data = server
    got = get_json(f"{base}/dalel/{table}.json?_facet={facet}&_size=0")
    results = {r["value"]: r["count"] for r in got["facet_results"][facet]["results"]}
    conn = sqlite3.connect(data / "dalel.sqlite")
    want = dict(conn.execute(f"select {facet}, count(*) from {table} where {facet} is not null group by {facet}"))
    assert results == want
    assert len(want) >= 2 or facet == "project"


def test_default_facets_come_from_the_metadata(server):
    base, _ = server
    data = get_json(f"{base}/dalel/checks.json?_size=0")
    assert {"site", "check_type", "verdict"} <= set(data["facet_results"])


def test_full_text_search_over_article_texts(server):
    base, _ = server
    q = urllib.parse.quote("учителей")
    rows = get_json(f"{base}/dalel/current_articles.json?_search={q}&_shape=array")
    assert [r["title"] for r in rows] == ["Учителя получили жильё"]
    rows = get_json(f"{base}/dalel/article_versions.json?_search={urllib.parse.quote('мектептерде')}&_shape=array")
    assert [r["title"] for r in rows] == ["Мектептердегі іс-шаралар"]


def test_records_link_to_their_article(server):
    base, _ = server
    html = get(f"{base}/dalel/records?kind=money")[2].decode()
    assert 'href="/dalel/articles/' in html and 'href="/dalel/article_versions/' in html
    assert 'class="capture" href="/-/capture/' in html
    html = get(f"{base}/dalel/checks")[2].decode()
    assert 'class="capture" href="/-/capture/' in html


def test_capture_route_replays_the_archived_page_sandboxed(server):
    base, data = server
    html = get(f"{base}/dalel/article_versions")[2].decode()
    assert 'href="/-/capture/1"' in html
    status, headers, body = get(f"{base}/-/capture/3")
    assert status == 200
    assert "Учителя получили жильё" in body.decode("utf-8")
    assert "sandbox" in headers["content-security-policy"]


def test_capture_of_an_unknown_version_is_404(server):
    base, _ = server
    with pytest.raises(urllib.error.HTTPError) as e:
        get(f"{base}/-/capture/999")
    assert e.value.code == 404


def test_serve_is_read_only(server):
    import sqlite3

    base, data = server
    count = "select count(*) from records"
    before = sqlite3.connect(data / "dalel.sqlite").execute(count).fetchone()[0]
    q = urllib.parse.quote("delete from records")
    with pytest.raises(urllib.error.HTTPError):
        get(f"{base}/dalel.json?sql={q}")
    assert before > 0
    assert sqlite3.connect(data / "dalel.sqlite").execute(count).fetchone()[0] == before
