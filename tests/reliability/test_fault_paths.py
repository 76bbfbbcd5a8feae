"""Every fault path of the fixture site, met by the nightly job (``dalel run``, twice): each is
survived, with its reason in the logs, and every real article behind a fault is stored whole.
The same survey as ``python benchmarks/crash.py --faults``."""
from __future__ import annotations

import pytest

from scrapers.fixture.sites import FAULT_PATHS
from tests.reliability.bench import load

crash = load("crash")


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    from scrapers.fixture import FixtureServer

    work = tmp_path_factory.mktemp("faults")
    with FixtureServer(seed=4, articles=60, hosts=4, port=0, crawl_delay=0, stall_seconds=3, slow_seconds=0.5) as fx:
        fx.write_configs(work / "sites", delay=0)
        return crash.fault_survey(fx, work / "sites", work / "data")


def test_the_runs_finish_without_a_traceback(survey):
    assert all(code in (0, 3) for code in survey["exit_codes"]), survey["exit_codes"]
    assert survey["tracebacks"] == 0


def test_every_fault_path_is_met(survey):
    assert set(survey["faults"]) == set(FAULT_PATHS)


@pytest.mark.parametrize("fault", sorted(FAULT_PATHS))
def test_fault_survived_with_a_logged_reason(survey, fault):
    f = survey["faults"][fault]
    assert f["survived"], f
    assert f["reason"], f


def test_every_article_stored_and_nothing_else(survey):
    assert survey["articles_stored"] == survey["articles_expected"]
    assert survey["foreign_stored"] == 0  # no dead fault path, redirect target or other host became an article
