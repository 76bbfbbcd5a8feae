"""The Crawler against real local sites: incremental runs, versions, the done contract, faults, parallel pace."""
from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest

from scrapers import settings
from scrapers.config import site_from_dict
from scrapers.crawl import Crawler

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
# Kazakh and Russian article bodies of our own writing.
BODIES = [
    "Ауданда {i} мектеп күрделі жөндеуден өтті. Оған 1,5 млрд теңге бөлінді.",
    "В районе отремонтировали {i} км дорог, план исполнен на 62,2%.",
]


class WpSite:
    """A small WordPress-like site served by ``local_site``: feed, paged listing, sitemap, articles with ETags."""

    def __init__(self, server, n: int = 10, per_page: int = 4, robots: str = "User-agent: *\nDisallow: /wp-admin/\n"):
        self.server = server
        self.texts: dict[str, str] = {}
        self.paths: list[str] = []
        for i in range(n):  # newest first, one a day back from NOW
            day = (NOW - timedelta(days=i)).date()
            path = f"/{day:%Y/%m/%d}/maqala-{i}/"
            self.paths.append(path)
            self.texts[path] = BODIES[i % 2].format(i=i + 1)
            server.routes[path] = self._article(path, day)
        server.route("/robots.txt", robots, headers={"Content-Type": "text/plain"})
        items = "".join(f"<item><title>{p}</title><link>{server.base}{p}</link></item>" for p in self.paths[:3])
        server.route("/feed/", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>',
                     headers={"Content-Type": "application/rss+xml"})
        for page in range(0, (n + per_page - 1) // per_page):
            links = "".join(f'<h2><a href="{p}">x</a></h2>' for p in self.paths[page * per_page:(page + 1) * per_page])
            sidebar = f'<aside><a href="{self.paths[-1]}">танымал</a></aside>'
            server.route(f"/zanalyk/page/{page + 1}/", f"<html><body>{links}{sidebar}</body></html>")
        urls = "".join(f"<url><loc>{server.base}{p}</loc></url>" for p in self.paths)
        server.route("/wp-sitemap.xml", f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                     headers={"Content-Type": "application/xml"})

    def _article(self, path: str, day):
        def handler(h):
            html = (f'<html><body><h1 class="entry-title">Мақала {path}</h1>'
                    f'<time class="entry-date" datetime="{day}T10:00:00+05:00">{day}</time>'
                    f'<div class="entry-content"><p>{self.texts[path]}</p></div></body></html>')
            etag = '"' + hashlib.sha1(html.encode()).hexdigest()[:12] + '"'
            if h.headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"ETag": etag, "Content-Type": "text/html; charset=utf-8"}, html
        return handler

    def config(self, name: str = "wp", delay: float = 0.0, **extra) -> dict:
        return {"name": name, "base_url": self.server.base, "allow_private": True, "delay": delay,
                "discovery": {"feeds": ["/feed/"], "sitemaps": ["/wp-sitemap.xml"], "listings": ["/zanalyk/page/{n}/"],
                              "article_pattern": r"^/\d{4}/\d{2}/\d{2}/[^/]+/$"},
                "selectors": {"title": "h1.entry-title", "body": ".entry-content", "published": "time.entry-date"},
                **extra}


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(settings, "RETRY_BACKOFF", 0.01)


def crawl(configs, tmp_path, now=NOW, skip_done=()):
    crawler = Crawler([site_from_dict(c) for c in configs], tmp_path, tmp_path / "corpus.db", now=now)
    got = []
    for article in crawler.articles():
        got.append(article)
        if article.url.rsplit("/", 2)[-2] not in skip_done:
            crawler.done(article)
    return crawler, got


def test_first_run_finds_each_article_once_then_second_run_is_incremental(local_site, tmp_path):
    site = WpSite(local_site, n=10)
    crawler, got = crawl([site.config()], tmp_path)
    assert sorted(a.url for a in got) == sorted(local_site.base + p for p in site.paths)
    assert crawler.stats["wp"]["new"] == 10 and crawler.stats["wp"]["failed"] == 0
    assert all(a.warc_file and a.warc_record_id and a.published for a in got)
    first_paths = local_site.paths()
    assert first_paths[0] == "/robots.txt" and "/wp-sitemap.xml" in first_paths

    local_site.log.clear()
    site.texts[site.paths[1]] += " Мақала кейін толықтырылды: тағы 3 мектеп."  # a young article edited
    crawler, got = crawl([site.config()], tmp_path, now=NOW + timedelta(hours=1))
    # Published within max_age_days (7) of the run: the 8th, 10:00+05:00 seven days back, is just older.
    young = site.paths[:7]
    assert sorted(local_site.paths()) == sorted(["/robots.txt", "/feed/", "/zanalyk/page/1/"] + young)
    assert [a.url for a in got] == [local_site.base + site.paths[1]]
    assert "тағы 3 мектеп" in got[0].text
    assert crawler.stats["wp"] == {"new": 0, "updated": 1, "unchanged": 6, "failed": 0,
                                   "requests": 3 + len(young), "degraded": None}
    db = sqlite3.connect(tmp_path / "corpus.db")
    assert db.execute("SELECT versions FROM fetch_urls WHERE url=?", (local_site.base + site.paths[1],)).fetchone() == (2,)


def test_new_articles_found_by_paging_until_known(local_site, tmp_path):
    site = WpSite(local_site, n=6, per_page=2)
    crawl([site.config()], tmp_path)
    newer = WpSite(local_site, n=10, per_page=2)  # four newer articles pushed the old ones back
    local_site.log.clear()
    _, got = crawl([newer.config()], tmp_path, now=NOW)
    assert {a.url for a in got} == {local_site.base + p for p in newer.paths} - {local_site.base + p for p in site.paths}


def test_article_not_marked_done_is_fetched_again(local_site, tmp_path):
    site = WpSite(local_site, n=10, per_page=3)
    old = {"max_age_days": 0}  # nothing is young: only undone articles may be fetched again
    _, got = crawl([site.config(**old)], tmp_path, skip_done={"maqala-8"})  # on listing page 3
    assert len(got) == 10
    local_site.log.clear()
    _, again = crawl([site.config(**old)], tmp_path)
    assert [a.url for a in again] == [local_site.base + site.paths[8]]
    assert "/zanalyk/page/2/" not in local_site.paths()  # found from the state, not by paging


@pytest.mark.parametrize("robots_route,why", [
    ((503, {}, b"down"), "answered 503"),
    ((200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 3600\n"), "Crawl-delay 3600s"),
])
def test_robots_can_stop_a_site(local_site, tmp_path, robots_route, why):
    site = WpSite(local_site, n=3)
    local_site.routes["/robots.txt"] = robots_route
    crawler, got = crawl([site.config()], tmp_path)
    assert got == [] and why in crawler.stats["wp"]["degraded"]
    assert set(local_site.paths()) == {"/robots.txt"}


def test_robots_disallowed_articles_not_fetched(local_site, tmp_path):
    site = WpSite(local_site, n=4, robots="User-agent: *\nDisallow: /2026/11/25/\n")
    crawler, got = crawl([site.config()], tmp_path)
    assert len(got) == 3 and not any("/2026/11/25/" in p for p in local_site.paths())


def test_selectors_that_stop_matching_degrade_the_site(local_site, tmp_path):
    site = WpSite(local_site, n=3)
    config = site.config()
    config["selectors"] = {"title": "h1.article__title", "body": "div.article__body"}
    crawler, got = crawl([config], tmp_path)
    assert len(got) == 3  # generic extraction still reads them
    assert "selectors.title, selectors.body matched nothing on all 3 pages" in crawler.stats["wp"]["degraded"]


def test_fault_article_counted_and_survived(local_site, tmp_path):
    site = WpSite(local_site, n=4)
    local_site.route(site.paths[2], "gone", status=500)
    crawler, got = crawl([site.config()], tmp_path)
    assert len(got) == 3 and crawler.stats["wp"]["failed"] == 1
    errors = sqlite3.connect(tmp_path / "corpus.db").execute(
        "SELECT error FROM fetch_log WHERE error LIKE '%HTTP 500%'").fetchall()
    assert errors


def test_sites_run_in_parallel_each_at_its_pace(local_site, other_site, tmp_path):
    delay = 0.15
    a, b = WpSite(local_site, n=4), WpSite(other_site, n=4)
    t = time.monotonic()
    crawler, got = crawl([a.config("a", delay), b.config("b", delay)], tmp_path)
    wall = time.monotonic() - t
    busiest = max(s["requests"] for s in crawler.stats.values())
    assert len(got) == 8
    assert wall <= 1.3 * busiest * delay + 0.3  # not the sum of both sites


def test_consumer_may_stop_early(local_site, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "CRAWL_QUEUE_SIZE", 1)
    site = WpSite(local_site, n=8)
    crawler = Crawler([site_from_dict(site.config())], tmp_path, tmp_path / "corpus.db", now=NOW)
    t = time.monotonic()
    for article in crawler.articles():
        crawler.done(article)
        break
    assert time.monotonic() - t < 5
    local_site.log.clear()
    _, got = crawl([site.config()], tmp_path)  # the cut walk does not count: sitemaps are walked again
    assert "/wp-sitemap.xml" in local_site.paths() and len(got) == 7


def test_older_article_with_a_later_lastmod_is_rechecked(local_site, tmp_path):
    site = WpSite(local_site, n=3)
    old = {"max_age_days": 0}
    crawl([site.config(**old)], tmp_path)
    later = NOW + timedelta(days=30)  # past BACKFILL_REFRESH_DAYS: the sitemap is walked again
    site.texts[site.paths[2]] += " Түзету: жөндеуге 1,6 млрд теңге жұмсалды."
    urls = "".join(f"<url><loc>{local_site.base}{p}</loc>"
                   + (f"<lastmod>{(later - timedelta(days=1)).isoformat()}</lastmod>" if p == site.paths[2] else "")
                   + "</url>" for p in site.paths)
    local_site.route("/wp-sitemap.xml", f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                     headers={"Content-Type": "application/xml"})
    local_site.log.clear()
    crawler, got = crawl([site.config(**old)], tmp_path, now=later)
    assert [a.url for a in got] == [local_site.base + site.paths[2]] and "1,6 млрд" in got[0].text
    assert site.paths[0] not in local_site.paths()  # no lastmod, old: left alone
    assert crawler.stats["wp"]["updated"] == 1


def test_changed_site_is_reported_degraded(local_site, tmp_path):
    site = WpSite(local_site, n=3)
    local_site.route("/zanalyk/page/1/", "<html><body><a href='/news/123-new-layout'>x</a></body></html>")
    local_site.route("/feed/", "gone", status=404)
    crawler, got = crawl([site.config()], tmp_path)
    assert len(got) == 3  # the sitemap still finds them on a first run
    degraded = crawler.stats["wp"]["degraded"]
    assert "has no link matching article_pattern" in degraded and "every feed" not in degraded
    local_site.route("/zanalyk/page/1/", "down", status=500)
    crawler, _ = crawl([site.config()], tmp_path)
    assert "every feed and first listing page failed" in crawler.stats["wp"]["degraded"]


def test_short_link_and_its_target_fetched_once(local_site, tmp_path):
    site = WpSite(local_site, n=3)
    target = site.paths[1]
    local_site.route("/2026/11/20/qysqa/", "", status=301, headers={"Location": target})
    items = "".join(f"<item><link>{local_site.base}{p}</link></item>" for p in ("/2026/11/20/qysqa/", target))
    local_site.route("/feed/", f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>',
                     headers={"Content-Type": "application/rss+xml"})
    crawler, got = crawl([site.config()], tmp_path)
    assert sorted(a.url for a in got) == sorted(local_site.base + p for p in site.paths)
    assert local_site.paths().count(target) == 1
    # next run, the listing links the article directly: it is known, under the URL that serves it
    local_site.route("/feed/", '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
                     headers={"Content-Type": "application/rss+xml"})
    crawler, got = crawl([site.config(max_age_days=0)], tmp_path)
    assert got == [] and crawler.stats["wp"]["new"] == 0


def test_sitemap_index_children_unchanged_since_last_walk_are_skipped(local_site, tmp_path):
    site = WpSite(local_site, n=4)
    day = lambda d: (NOW + timedelta(days=d)).date().isoformat()  # noqa: E731
    old, new = site.paths[2:], site.paths[:2]
    for name, paths in (("old", old), ("new", new)):
        urls = "".join(f"<url><loc>{local_site.base}{p}</loc></url>" for p in paths)
        local_site.route(f"/sitemap-{name}.xml", f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                         headers={"Content-Type": "application/xml"})

    def index(new_lastmod):
        return (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{local_site.base}/sitemap-old.xml</loc><lastmod>{day(-30)}</lastmod></sitemap>"
                f"<sitemap><loc>{local_site.base}/sitemap-new.xml</loc><lastmod>{new_lastmod}</lastmod></sitemap>"
                "</sitemapindex>")

    config = site.config()
    config["discovery"] = {"sitemaps": ["/wp-sitemap.xml"], "article_pattern": config["discovery"]["article_pattern"]}
    local_site.route("/wp-sitemap.xml", index(day(0)), headers={"Content-Type": "application/xml"})
    _, got = crawl([config], tmp_path)
    assert len(got) == 4 and "/sitemap-old.xml" in local_site.paths()
    local_site.log.clear()
    local_site.route("/wp-sitemap.xml", index(day(2)), headers={"Content-Type": "application/xml"})
    crawl([config], tmp_path, now=NOW + timedelta(days=2, hours=12))
    assert "/sitemap-new.xml" in local_site.paths() and "/sitemap-old.xml" not in local_site.paths()


def test_wordpress_api_walked_in_full_once_then_only_to_known_posts(local_site, tmp_path):
    import json

    site = WpSite(local_site, n=6)
    posts = [{"id": i, "link": local_site.base + p, "modified_gmt": "2026-11-01T00:00:00"} for i, p in enumerate(site.paths)]
    for page in (1, 2, 3):
        local_site.route(f"/wp-json/wp/v2/posts?page={page}&per_page=100&_fields=id%2Clink%2Cdate_gmt%2Cmodified_gmt",
                         json.dumps(posts[(page - 1) * 2: page * 2]),
                         headers={"Content-Type": "application/json", "X-WP-TotalPages": "3"})
    config = site.config()
    config["discovery"] = {"wp_json": "/wp-json/wp/v2/posts", "article_pattern": config["discovery"]["article_pattern"]}
    _, got = crawl([config], tmp_path)
    assert len(got) == 6 and sum(p.startswith("/wp-json/") for p in local_site.paths()) == 3
    local_site.log.clear()
    crawl([config], tmp_path, now=NOW + timedelta(days=1))
    assert sum(p.startswith("/wp-json/") for p in local_site.paths()) == 1
