"""``dalel timeline`` through click's CliRunner, over a real corpus with real WARC captures."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpus.store import Corpus, db_path
from extractors.core import extract
from pipeline.cli import cli
from scrapers.article import Article

KK_RELEASE = (
    "Аудандық тұрғын үй-коммуналдық шаруашылық бөлімінің хабарлауынша, Жол картасы аясында 2025 жылға дейін "
    "ауылдық округтерде 98 іс-шара жоспарланған. Оның 61-і орындалды, бұл 62,2%-ды құрайды. Бағдарламаны іске "
    "асыруға жергілікті бюджеттен 1,5 млрд теңге бөлінді. Жұмыстар мердігер мекемелердің күшімен жүргізілуде."
)
ARTICLES = [
    # (url, site, published, lang, text)
    ("http://aral.kz/2024/01/15/zhol/", "aral.kz", "2024-01-15", "kk", KK_RELEASE),
    ("http://kazaly.kz/2024/01/16/zhol-kartasy/", "kazaly.kz", "2024-01-16", "kk",
     "Ауданымызда абаттандыру жұмыстары жалғасуда. " + KK_RELEASE),
    ("http://syr.kz/ru/2024/06/10/doroga/", "syr.kz", "2024-06-10", "ru",
     "В рамках Дорожной карты до 2026 года запланировано 95 мероприятий. Из них выполнено 58, или 61%."),
    ("http://syr.kz/ru/2024/06/12/nurly/", "syr.kz", "2024-06-12", "ru",
     "На программу «Нурлы жер» выделено 1,8 млрд тенге."),
]


@pytest.fixture
def data(tmp_path, builders) -> Path:
    data_dir = tmp_path / "data"
    ids = builders.write_warc(data_dir, [(url, f"<html><body><p>{text}</p></body></html>")
                                            for url, _, _, _, text in ARTICLES])
    with Corpus(db_path(data_dir)) as corpus:
        for (url, site, published, lang, text), rid in zip(ARTICLES, ids):
            corpus.store_article(Article(url=url, site=site, title=url.rsplit("/", 2)[-2], text=text, lang=lang,
                                         published=published, warc_file="warc/test-0001.warc.gz",
                                         warc_record_id=rid), extract(text, lang, published), "test")
    return data_dir


def run(*args):
    return CliRunner().invoke(cli, ["timeline", *args])


def test_table_shows_each_programme_with_contradictions(data):
    r = run("--data", str(data))
    assert r.exit_code == 0, r.output
    assert "Жол картасы\n  target\n" in r.output and "Нұрлы жер" in r.output
    # the republished release is one claim seen on two sites
    assert "aral.kz, kazaly.kz (2)  http://aral.kz/2024/01/15/zhol/" in r.output
    for kind in ("target_changed", "count_fell", "deadline_moved"):
        assert f"! {kind}: " in r.output
    assert "the target was 98 (2024-01-15, aral.kz, kazaly.kz) but 95 (2024-06-10, syr.kz)" in r.output


def test_json_is_grouped_by_programme_and_links_every_capture(data):
    r = run("--data", str(data), "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["stories"] == 3
    road = next(p for p in out["programmes"] if p["programme"] == "Жол картасы")
    first_target = road["metrics"]["target"][0]
    assert first_target["value"] == 98 and len(first_target["appearances"]) == 2
    assert all(a["warc_record_id"].startswith("<urn:uuid:") for a in first_target["appearances"])
    assert sorted(c["timeline_kind"] for c in road["checks"]) == ["count_fell", "deadline_moved", "target_changed"]
    assert all(c["check"] == "timeline" and c["verdict"] == "inconsistent" for c in road["checks"])


def test_project_takes_any_alias_and_since_cuts_earlier_claims(data):
    r = run("--data", str(data), "--project", "Дорожная карта", "--since", "2024-06-01", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert rows and {row["programme"] for row in rows} == {"Жол картасы"}
    assert all(row["published"] >= "2024-06-01" for row in rows)
    flagged = {(row["metric"], row["flags"]) for row in rows if row["flags"]}
    assert flagged == {("target", "target_changed"), ("completed", "count_fell"), ("deadline", "deadline_moved")}


def test_an_unknown_project_says_so(data):
    r = run("--data", str(data), "--project", "Бақытты отбасы")
    assert r.exit_code == 0
    assert r.output.strip() == "no timeline claims for Бақытты отбасы"


@pytest.mark.parametrize("args, message", [
    (["--since", "2024-13-01"], "is not a date"),
    (["--format", "xml"], "Invalid value for '--format'"),
])
def test_bad_options_get_one_line_errors(data, args, message):
    r = run("--data", str(data), *args)
    assert r.exit_code == 2 and message in r.output
    assert "Traceback" not in r.output


def test_a_folder_without_corpus_is_a_one_line_error(tmp_path):
    r = run("--data", str(tmp_path / "empty"))
    assert r.exit_code == 1
    assert "no corpus here" in r.output and "Traceback" not in r.output


@pytest.fixture
def served(data, dalel_serve):
    """`dalel serve` over the corpus after `dalel timeline` stored it, on a real port of 127.0.0.1."""
    assert run("--data", str(data)).exit_code == 0
    with dalel_serve(data) as base:
        yield base


def test_the_web_view_describes_facets_and_queries_the_timeline(served):
    import urllib.parse
    import urllib.request

    def get(path):
        with urllib.request.urlopen(served + path, timeout=10) as r:
            return r.read().decode()

    checks = json.loads(get("/dalel/timeline_checks.json?_facet=kind&_size=0"))
    kinds = {r["value"]: r["count"] for r in checks["facet_results"]["kind"]["results"]}
    assert kinds == {"count_fell": 1, "deadline_moved": 1, "target_changed": 1}
    assert "Checks of type timeline" in get("/dalel/timeline_checks")
    q = urllib.parse.quote("Жол картасы")
    rows = json.loads(get(f"/dalel/programme_timeline.json?programme={q}&_shape=array"))
    first_target = next(r for r in rows if r["metric"] == "target")
    assert first_target["sites"].split(", ") == ["aral.kz", "kazaly.kz"] and first_target["appearances"] == 2
    assert any(r["contradictions"] and r["contradictions"].startswith("target_changed: ") for r in rows)
    # every claim links to the archived capture of its article version
    assert '/-/capture/' in get("/dalel/timeline_claims")


def test_the_nightly_job_refreshes_the_timeline_and_survives_a_failure(data, caplog):
    import logging

    from pipeline.nightly import refresh_timeline

    with Corpus(db_path(data)) as corpus:
        with caplog.at_level(logging.INFO, logger="dalel.nightly"):
            refresh_timeline(corpus)
        assert corpus.conn.execute("SELECT count(*) FROM timeline_checks").fetchone()[0] == 3
        assert any(getattr(r, "event", None) == "timeline" and r.contradictions == 3 for r in caplog.records)
        # a broken table: logged as a warning, the run goes on
        corpus.conn.execute("DROP TABLE timeline_appearances")
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="dalel.nightly"):
            refresh_timeline(corpus)
        assert [getattr(r, "event", None) for r in caplog.records] == ["timeline_failed"]
        # the failed refresh rolled back: the night's stored timeline is still there
        assert corpus.conn.execute("SELECT count(*) FROM timeline_checks").fetchone()[0] == 3


def test_a_night_over_the_fixture_sites_finds_every_planted_contradiction(tmp_path):
    """Releases served by the fixture sites on 127.0.0.1, crawled by `dalel run`, archived as WARC,
    extracted and stored; the run's timeline then holds exactly the contradictions planted."""
    from scrapers.fixture import FixtureServer

    data, sites = tmp_path / "data", tmp_path / "sites"
    with FixtureServer(seed=2, articles=4, hosts=4, port=0, crawl_delay=0, faults=False, edit_on_fetch=False,
                       timelines=True) as fx:
        fx.write_configs(sites, delay=0.005)
        r = CliRunner().invoke(cli, ["run", "--data", str(data), "--sites", str(sites), "--no-json-logs"])
        assert r.exit_code == 0, r.output
        story = {a.url: rel.story for a, rel in fx.timeline_releases}
        planted = {(p.kind, p.programme, p.story) for p in fx.planted}
    out = json.loads(run("--data", str(data), "--format", "json").output)
    found = {(c["timeline_kind"], p["programme"], story[c["later"]["url"]])
             for p in out["programmes"] for c in p["checks"] if c["later"]["url"] in story}
    assert planted and found == planted
    with Corpus(db_path(data)) as corpus:
        captures = corpus.conn.execute(
            "SELECT count(*) FROM timeline_appearances p JOIN article_versions v ON v.id = p.version_id "
            "WHERE v.warc_record_id LIKE '<urn:uuid:%'").fetchone()[0]
        total = corpus.conn.execute("SELECT count(*) FROM timeline_appearances").fetchone()[0]
    assert total and captures == total  # every appearance points at its archived capture
