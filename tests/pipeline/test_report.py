"""`dalel report`: a self-contained HTML report, checked as a reader sees it in headless Chromium."""
from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from pipeline.cli import cli

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def reported(tmp_path_factory, builders):
    """A sample corpus with one reviewed check, and its report."""
    data = tmp_path_factory.mktemp("report") / "data"
    builders.build_corpus(data)
    conn = sqlite3.connect(data / "dalel.sqlite")
    reviewed = conn.execute("select check_id from checks where check_type = 'plan_fulfilment'").fetchone()[0]
    r = CliRunner().invoke(cli, ["review", reviewed[:8], "confirmed", "--note", "Акимдіктің есебімен салыстырдым <ok>",
                                 "--reviewer", "aizhan", "--data", str(data)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["report", "--data", str(data)])
    assert r.exit_code == 0, r.output
    assert "2 inconsistent, 1 unverifiable, 1 reviewed, of 4 checks" in r.output
    return data, data / "report.html", reviewed


def browser_dom(html: Path, tmp_path: Path) -> BeautifulSoup:
    """The DOM Chromium builds from the file, after any script would have run."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (Debian's chromium package; .ci/run installs it)")
    out = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", html.resolve().as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return BeautifulSoup(out.stdout, "html.parser")


def test_reader_sees_the_claims_highlighted_with_values_and_reviews(reported, tmp_path):
    data, html, reviewed = reported
    dom = browser_dom(html, tmp_path)
    conn = sqlite3.connect(data / "dalel.sqlite")
    flagged = dict(conn.execute("select check_id, text from checks where verdict != 'consistent'"))
    claims = dom.select("section.claim")
    assert {c["id"].removeprefix("check-") for c in claims} == set(flagged)
    for c in claims:
        check_id = c["id"].removeprefix("check-")
        assert c.select_one("mark").get_text() == flagged[check_id]
    plan = dom.select_one(f"#check-{reviewed}")
    values = {th.get_text(): td.get_text() for th, td in zip(plan.select("table.values th"), plan.select("table.values td"))}
    assert values == {"plan": "50", "actual": "40", "claimed_percent": "90", "computed_percent": "80"}
    review = plan.select_one(".review.confirmed").get_text()
    assert "aizhan" in review and "Акимдіктің есебімен салыстырдым <ok>" in review
    assert dom.select_one("#count-inconsistent").get_text() == "2"


def test_text_from_articles_is_shown_never_run(reported, tmp_path):
    _, html, reviewed = reported
    dom = browser_dom(html, tmp_path)
    assert dom.title.get_text() == "dalel fact-check report"  # the title's <script> did not run
    assert not dom.select("script") and not dom.select("section b")
    link = dom.select_one(f"#check-{reviewed} a.article")
    assert link.get_text().startswith("<script>document.title='pwned'</script>")


def test_links_lead_to_the_article_and_the_archived_capture(reported):
    data, html, reviewed = reported
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    section = soup.select_one(f"#check-{reviewed}")
    assert section.select_one("a.article")["href"] == "http://127.0.0.1:9/2024/05/12/zhol/"
    capture = section.select_one("a.capture")["href"]
    assert (html.parent / capture).is_file()


def test_report_is_self_contained(reported):
    _, html, _ = reported
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    assert not soup.select("script, link, img, iframe")
    assert soup.select_one("style")


def test_since_keeps_only_newer_articles(reported, tmp_path):
    data, _, _ = reported
    out = tmp_path / "since.html"
    r = CliRunner().invoke(cli, ["report", "--data", str(data), "--since", "2023-01-01", "--out", str(out)])
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert len(soup.select("section.claim .verdict.unverifiable")) == 0  # the 2022 article
    assert len(soup.select("section.claim .verdict.inconsistent")) == 2


def test_serve_url_links_captures_to_the_web_view(reported, tmp_path):
    data, _, _ = reported
    out = tmp_path / "served.html"
    r = CliRunner().invoke(cli, ["report", "--data", str(data), "--out", str(out), "--serve-url", "http://127.0.0.1:8001/"])
    assert r.exit_code == 0, r.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    hrefs = [a["href"] for a in soup.select("a.capture")]
    assert hrefs and all(h.startswith("http://127.0.0.1:8001/-/capture/") for h in hrefs)


def test_report_of_a_missing_corpus_is_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["report", "--data", str(tmp_path / "none")])
    assert r.exit_code == 1 and "no corpus here" in r.output
