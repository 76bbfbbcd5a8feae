"""Three seeded SIGKILLs of ``dalel run`` against the fixture site, resumed each time: the short
version of ``benchmarks/crash.py`` (real processes, real SQLite and WARC files)."""
from __future__ import annotations

import pytest

from tests.reliability.bench import load

crash = load("crash")


@pytest.fixture(scope="module")
def trial(tmp_path_factory):
    from scrapers.fixture import FixtureServer

    work = tmp_path_factory.mktemp("crash")
    with FixtureServer(seed=7, articles=24, hosts=4, port=0, crawl_delay=0, faults=False, edit_on_fetch=False) as fx:
        fx.write_configs(work / "sites", delay=0.02)
        yield crash.crash_trial(fx, work / "sites", work, kills=3, seed=7)


def test_every_kill_landed_on_a_working_run(trial):
    assert trial["kills_landed"] == 3, trial
    assert trial["reference_exit"] == 0 and trial["final_exit"] == 0
    # every killed run left its row 'interrupted' for the next run to see; the last one finished
    assert trial["last_run"] == "finished" and trial["runs_interrupted"] == trial["runs"] - 1


def test_database_is_intact_and_nothing_is_stored_twice(trial):
    assert trial["integrity_check"] == "ok"
    assert trial["duplicates"] == {"articles": 0, "versions": 0, "records": 0, "checks": 0}


def test_corpus_equals_the_uninterrupted_runs(trial):
    assert trial["corpus_equal"], trial["corpus_diff"]
    assert trial["counts"]["articles"] == 24 and trial["counts"]["records"] > 0


def test_torn_final_warc_record_is_detected_and_skipped(trial):
    w = trial["warc"]
    assert trial["torn_warc_planted"] and w["torn_tails"] >= 1
    assert w["unreadable_versions"] == 0 and w["versions"] == trial["counts"]["versions"]


def test_kill_plan_is_seeded_and_spread():
    a = crash.kill_plan(20, 120, seed=11)
    assert a == crash.kill_plan(20, 120, seed=11) != crash.kill_plan(20, 120, seed=12)
    points = [p for p, _after, _flight in a]
    assert points == sorted(points) and points[0] < 40 and points[-1] > 80
