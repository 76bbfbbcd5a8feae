"""Short runs of the speed and memory benchmarks: what they print and store, never how fast.

The pages are generated (fixture site styles); no text from ../shared is needed.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # benchmarks/ is a folder of scripts; spawned workers import it by this path
    sys.path.insert(0, str(REPO))

from benchmarks import throughput  # noqa: E402

ISSUE_KEYS = {"pages", "trafilatura_pages_per_s", "dalel_pages_per_s", "ratio", "peak_rss_mb"}


def script(name: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / name), *args],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode in (0, 1), out.stderr  # 1: a target missed, still a valid report
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_pages_weigh_what_news_pages_weigh_and_carry_their_article():
    from scrapers.charset import decode_html
    from scrapers.parse import parse_html

    pages = list(throughput.pages(12))
    assert len(pages) == 12 and len({p.url for p in pages}) == 12
    assert {p.config.name for p in pages} == {"tolqyn.fixture", "syrboyi.fixture", "portal.fixture", "aqsu.fixture"}
    for p in pages:
        assert throughput.PAGE_BYTES[0] <= len(p.body) <= throughput.PAGE_BYTES[1], (p.url, len(p.body))
        html, _ = decode_html(p.body, p.content_type)
        article, missed = parse_html(html, p.url, p.config, fetched_at=p.fetched_at)
        assert missed == [] and article.title and len(article.text) > 200, p.url
        assert "Read also" not in article.text  # the furniture stays outside the article


def test_pages_are_the_same_for_the_same_seed_and_differ_for_another():
    first = [p.body for p in throughput.pages(5, seed=3)]
    assert first == [p.body for p in throughput.pages(5, seed=3)]
    assert first != [p.body for p in throughput.pages(5, seed=4)]


def test_json_has_the_issue_keys_and_the_whole_path_stores_every_page():
    r = script("throughput.py", "--pages", "6", "--json")
    assert ISSUE_KEYS <= set(r)
    assert r["pages"] == 6 and r["stored_articles"] == 6 and r["trafilatura_texts"] == 6
    assert r["records"] > 6 and r["checks"] > 0
    assert r["ratio"] == pytest.approx(r["dalel_pages_per_s"] / r["trafilatura_pages_per_s"], abs=0.02)
    assert r["peak_rss_mb"] > 10


def test_turns_of_any_size_give_both_sides_every_page(tmp_path):
    # 7 pages in turns of 3 leave a short last turn; nothing may be dropped or doubled
    (_, found_1), (_, by_page) = throughput.run_both(7, tmp_path / "one.sqlite", turn=1)
    (_, found_3), (_, by_three) = throughput.run_both(7, tmp_path / "three.sqlite", turn=3)
    assert found_1 == found_3 == 7
    assert by_page["articles"] == 7 and by_page == by_three


def test_worker_processes_store_what_one_process_stores(tmp_path):
    _, one = throughput.run_dalel(8, tmp_path / "one.sqlite", workers=1)
    _, two = throughput.run_dalel(8, tmp_path / "two.sqlite", workers=2)
    assert one["articles"] == 8 and one == two


def test_memory_and_workers_scripts_report_their_runs():
    m = script("memory.py", "--sizes", "3", "6", "--json")
    assert [r["pages"] for r in m["runs"]] == [3, 6] and m["runs"][1]["records"] > m["runs"][0]["records"]
    assert isinstance(m["flat"], bool) and m["flat"] == (m["growth"] <= 0.10)
    w = script("workers.py", "--pages", "6", "--repeat", "2", "--json")
    assert w["pages"] == 6 and w["workers"] == 2 and w["same_records"] is True
    # the reported speedup is the rounds' median, each round comparing its own two runs
    assert len(w["rounds"]) == 2 and all(r["records"] == w["rounds"][0]["records"] > 0 for r in w["rounds"])
    assert w["speedup"] == pytest.approx(statistics.median(r["speedup"] for r in w["rounds"]), abs=0.01)
    assert all(r["speedup"] == pytest.approx(r["workers_pages_per_s"] / r["one_pages_per_s"], abs=0.02)
               for r in w["rounds"])
    # and two independent one-process runs at once, the machine's reference for the round
    assert all(r["side_by_side_pages_per_s"] > 0 for r in w["rounds"])
    assert w["side_by_side_speedup"] == pytest.approx(
        statistics.median(r["side_by_side_speedup"] for r in w["rounds"]), abs=0.01)


def test_bad_arguments_are_one_line_errors():
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "throughput.py"), "--pages", "0"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "Traceback" not in out.stderr and "--pages" in out.stderr
