"""robots.txt policy: rules, Crawl-delay, and what a missing or failing robots.txt means."""
from __future__ import annotations

import pytest

from scrapers.robots import RobotsPolicy

ROBOTS = """User-agent: *
Disallow: /arhiv/
Crawl-delay: 3

User-agent: dalel
Disallow: /admin/
Crawl-delay: 2

Sitemap: https://syrboyi.kz/sitemap.xml
"""

# (path, allowed for dalel)
ROBOTS_TESTS = [
    ("/negizginews/101-audan-zhanalyqtary.html", True),
    ("/admin/login", False),
    ("/arhiv/5-eski.html", True),  # our own group replaces the * group
]


@pytest.mark.parametrize("path,allowed", ROBOTS_TESTS)
def test_own_group_rules(path, allowed):
    policy = RobotsPolicy.from_text(ROBOTS)
    assert policy.allowed("https://syrboyi.kz" + path) is allowed


def test_star_group_and_crawl_delay():
    policy = RobotsPolicy.from_text("User-agent: *\nDisallow: /arhiv/\nCrawl-delay: 4\n")
    assert not policy.allowed("https://syrboyi.kz/arhiv/5-eski.html")
    assert policy.allowed("https://syrboyi.kz/page/2/")
    assert policy.crawl_delay == 4.0


def test_own_crawl_delay_and_sitemaps():
    policy = RobotsPolicy.from_text(ROBOTS)
    assert policy.crawl_delay == 2.0
    assert policy.sitemaps == ["https://syrboyi.kz/sitemap.xml"]


def test_missing_robots_allows_everything():
    policy = RobotsPolicy.from_response("https://x.kz/robots.txt", 404, None)
    assert policy.allowed("https://x.kz/anything") and policy.reason is None


@pytest.mark.parametrize("status,error", [(503, None), (None, "connection refused")])
def test_failing_robots_disallows_everything(status, error, caplog):
    policy = RobotsPolicy.from_response("https://x.kz/robots.txt", status, None, error)
    assert not policy.allowed("https://x.kz/2024/01/01/a/")
    assert "not crawling this site" in policy.reason
    assert "robots.txt" in caplog.text


def test_fractional_crawl_delay_rounds_up():
    assert RobotsPolicy.from_text("User-agent: *\nCrawl-delay: 0.5\n").crawl_delay == 1.0
    assert RobotsPolicy.from_text("User-agent: *\nCrawl-delay: 2.5\n").crawl_delay == 3.0
