"""The fixture site set, tested over real HTTP: pages, feeds, sitemaps, wp-json, 304s,
each fault path as documented, gold offsets, determinism by seed."""
from __future__ import annotations

import json
import re
import socket
import time
import tomllib
import urllib.robotparser
from datetime import datetime, timezone
from urllib.parse import unquote, urlsplit

import feedparser
import pytest
import requests
from click.testing import CliRunner
from defusedxml import ElementTree
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scrapers.fixture import FAULT_PATHS, FixtureServer, forms
from scrapers.fixture.generator import generate_site, split_counts
from scrapers.fixture.sites import SITES

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=timezone.utc)
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def get(url: str, **kw) -> requests.Response:
    kw.setdefault("timeout", 5)
    return requests.get(url, **kw)


def of_site(fx, key: str, fault: bool = False):
    return [a for a in fx.articles if a.site == key and (a.fault is not None) == fault]


# --- how figures and dates are written (templates of our own) -------------------------
FORM_TESTS = [
    (forms.percent(62.2, 1), "62,2%", "percent", 62.2, None),
    (forms.percent(30, 0, "%", "-ға"), "30%-ға", "percent", 30, None),
    (forms.percent(45.0, 1, "пайызға"), "45,0 пайызға", "percent", 45, None),
    (forms.money(1.5, 1, "млрд", "теңге"), "1,5 млрд теңге", "money", 1_500_000_000, "KZT"),
    (forms.money(850, 0, "тыс.", "тенге"), "850 тыс. тенге", "money", 850_000, "KZT"),
    (forms.quantity(12500, 0, "гектар", "ha"), "12 500 гектар", "quantity", 12500, "ha"),
    (forms.quantity(77.6, 1, "тонна", "t", "мың"), "77,6 мың тонна", "quantity", 77600, "t"),
    (forms.count(317, "жастар", "-і"), "317-і", "number", 317, "жастар"),
]
KK_DATE_TESTS = [
    (forms.kk_until(2025), "2025 жылға дейін", None, "2025"),
    (forms.kk_since(2021), "2021 жылдан бастап", "2021", None),
    (forms.kk_months(2023, 9), "2023 жылдың 9 айында", "2023-01", "2023-09"),
    (forms.kk_day(2024, 4, 12), "2024 жылғы 12 сәуірде", "2024-04-12", "2024-04-12"),
    (forms.kk_years(2023, 2025), "2023-2025 жылдары", "2023", "2025"),
]
RU_DATE_TESTS = [
    (forms.ru_until(2027), "до 2027 года", None, "2027"),
    (forms.ru_months(2023, 9), "9 месяцев 2023 года", "2023-01", "2023-09"),
    (forms.ru_months(2024, 3), "3 месяца 2024 года", "2024-01", "2024-03"),
    (forms.ru_day(2024, 12, 10), "10 декабря 2024 года", "2024-12-10", "2024-12-10"),
]


@pytest.mark.parametrize("slot,surface,kind,value,unit", FORM_TESTS)
def test_figure_forms(slot, surface, kind, value, unit):
    assert (slot.surface, slot.kind, slot.value, slot.unit) == (surface, kind, value, unit)


@pytest.mark.parametrize("slot,surface,start,end", KK_DATE_TESTS + RU_DATE_TESTS)
def test_date_forms(slot, surface, start, end):
    assert slot.surface == surface and slot.date == {"start": start, "end": end}


# --- generation and gold -----------------------------------------------------------------
def test_starts_fast_with_300_articles_in_both_languages():
    t = time.perf_counter()
    with FixtureServer(seed=3, articles=300, hosts=4, now=NOW) as fx:
        started = time.perf_counter() - t
        assert len(fx.articles) >= 300
        assert get(fx.sites["tolqyn"] + "/robots.txt").status_code == 200
    assert started < 1.0
    langs = {a.lang for a in fx.articles}
    assert langs == {"kk", "ru"}
    assert sum(a.lang == "kk" for a in fx.articles) > 100 and sum(a.lang == "ru" for a in fx.articles) > 100


def _digest(seed: int) -> list:
    out = []
    for spec, n in zip(SITES, split_counts(120, SITES)):
        out += [(a.path, a.title, a.text, a.published.isoformat(), json.dumps(a.items), json.dumps(a.checks))
                for a in generate_site(spec, n, seed, NOW)]
    return out


def test_deterministic_by_seed():
    assert _digest(7) == _digest(7)
    assert _digest(7) != _digest(8)


def test_served_pages_are_the_same_for_the_same_seed():
    pages = []
    for _ in range(2):
        with FixtureServer(seed=9, articles=40, hosts=4, now=NOW) as fx:
            got = {}
            for key, base in fx.sites.items():
                a = of_site(fx, key)[-1]
                for url in (a.url, base + "/robots.txt", base + next(iter(
                        {"wp": "/feed/", "dle": "/rss.xml", "portal": "/news.rss"}[s.style]
                        for s in fx.specs if s.key == key))):
                    body = get(url).text
                    for k, b in fx.sites.items():
                        body = body.replace(b, f"<{k}>")
                    got[(key, url.replace(base, ""))] = body
            pages.append(got)
    assert pages[0] == pages[1]


def test_gold_offsets_values_and_checks(fixture_site, tmp_path):
    from pipeline.gold import load_gold_dir

    kinds = set()
    inconsistent = 0
    for a in fixture_site.articles:
        covered = list(a.text)
        for it in a.items:
            assert a.text[it["start"]:it["end"]] == it["surface"]
            covered[it["start"]:it["end"]] = " " * (it["end"] - it["start"])
            kinds.add(it["kind"])
        # exhaustive: no digit of the text lies outside a gold item
        assert not re.search(r"\d", "".join(covered)), a.path
        for c in a.checks:
            assert c["computed_percent"] == round(c["part"] / c["whole"] * 100, 2)
            rounded = round(c["part"] / c["whole"] * 100, 1 if c["claimed_percent"] % 1 else 0)
            assert c["consistent"] == (abs(rounded - c["claimed_percent"]) < 1.01), c
            inconsistent += not c["consistent"]
            assert c["surface"] in a.text
    assert kinds == {"percent", "number", "money", "quantity", "date", "project"}
    assert 10 <= inconsistent <= 0.25 * sum(len(a.checks) for a in fixture_site.articles)
    paths = fixture_site.write_gold(tmp_path)
    gold = load_gold_dir(tmp_path)
    assert len(paths) == len(gold) == len(fixture_site.articles)
    assert {g.url for g in gold} == {a.url for a in fixture_site.articles}


# --- the WordPress-like site ------------------------------------------------------------
def test_wordpress_listing_feed_sitemap_and_pages(fixture_site):
    base = fixture_site.sites["tolqyn"]
    entries = fixture_site.entries["tolqyn"]
    seen = []
    n = 1
    while (r := get(f"{base}/zanalyk/page/{n}/")).status_code == 200:
        tree = HTMLParser(r.text)
        seen += [a.attributes["href"] for a in tree.css("main h2.entry-title a")]
        n += 1
    assert r.status_code == 404
    assert seen == [e.url for e in entries]  # newest first, fault paths linked too
    feed = feedparser.parse(get(base + "/feed/").content)
    assert not feed.bozo and [e.link for e in feed.entries] == [e.url for e in entries[:10]]
    index = ElementTree.fromstring(get(base + "/wp-sitemap.xml").content)
    locs = []
    for sub in index.iter(SM + "loc"):
        locs += [x.text for x in ElementTree.fromstring(get(sub.text).content).iter(SM + "loc")]
    assert len(index) >= 2 and sorted(locs) == sorted(e.url for e in entries)


def test_wordpress_article_page(fixture_site):
    a = of_site(fixture_site, "tolqyn")[0]
    r = get(a.url, headers={"Accept-Encoding": "identity"})
    assert 50_000 <= len(r.content) <= 150_000
    tree = HTMLParser(r.text)
    assert tree.css_first("h1.entry-title").text() == a.title
    assert "\n".join(p.text() for p in tree.css(".entry-content p")) == a.text
    assert tree.css_first("time.entry-date").attributes["datetime"] == a.published.isoformat()
    assert re.fullmatch(r"\d{1,2} [а-яәғқңөұүһі]+ \d{4} ж\.", tree.css_first("time.entry-date").text())
    assert tree.css_first(".post-views").text() == f"{a.views} рет оқылды"
    assert len(tree.css("#secondary time")) >= 5  # sidebar dates that are not the article's
    short = get(f"{urlsplit(a.url)._replace(path='/').geturl()}?p={a.id}", allow_redirects=False)
    assert (short.status_code, short.headers["Location"]) == (301, a.url)


def test_wp_json_paging(fixture_site):
    base = fixture_site.sites["tolqyn"] + "/wp-json/wp/v2/posts"
    r = get(base, params={"per_page": 20, "page": 1})
    total, pages = int(r.headers["X-WP-Total"]), int(r.headers["X-WP-TotalPages"])
    assert total == len(of_site(fixture_site, "tolqyn") + of_site(fixture_site, "tolqyn", True))
    assert pages == -(-total // 20)
    links = []
    for n in range(1, pages + 1):
        links += [p["link"] for p in get(base, params={"per_page": 20, "page": n}).json()]
    assert len(links) == len(set(links)) == total
    over = get(base, params={"per_page": 20, "page": pages + 1})
    assert over.status_code == 400 and over.json()["code"] == "rest_post_invalid_page_number"


def test_conditional_get_and_gzip(fixture_site):
    a = of_site(fixture_site, "aqsu")[0]
    r = get(a.url)
    assert r.headers["Content-Encoding"] == "gzip" and "entry-content" in r.text
    again = get(a.url, headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = get(a.url, headers={"If-Modified-Since": r.headers["Last-Modified"]})
    assert since.status_code == 304
    older = get(a.url, headers={"If-Modified-Since": "Mon, 01 Jan 2018 00:00:00 GMT"})
    assert older.status_code == 200
    feed = get(fixture_site.sites["portal"] + "/news.rss")
    assert get(feed.url, headers={"If-None-Match": feed.headers["ETag"]}).status_code == 304


# --- the DLE-style site and the portal ----------------------------------------------------
def test_dle_cp1251_without_charset_and_robots(fixture_site):
    base = fixture_site.sites["dle"]
    ru = next(a for a in of_site(fixture_site, "dle") if a.lang == "ru")
    r = get(ru.url)
    assert r.headers["Content-Type"] == "text/html"
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    tree = HTMLParser(r.content.decode("cp1251"))
    assert "\n".join(p.text() for p in tree.css(".full-text p")) == ru.text
    assert re.fullmatch(r"\d{1,2} [а-я]+ \d{4} г\., \d\d:\d\d", tree.css_first("span.dates").text())
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(get(base + "/robots.txt").text.splitlines())
    assert robots.crawl_delay("dalel") == fixture_site.crawl_delay
    listing = get(base + "/page/1/").text
    archived = re.findall(r'href="([^"]*/arhiv/[^"]+)"', listing)
    assert archived and not any(robots.can_fetch("dalel", u) for u in archived)
    assert robots.can_fetch("dalel", ru.url)
    lying = get(fixture_site.fault_urls["cp1251-lying"])
    assert lying.headers["Content-Type"].endswith("charset=utf-8")
    assert fixture_site.article(lying.url).text.split("\n")[1] in lying.content.decode("cp1251")
    nometa = get(fixture_site.fault_urls["cp1251-nometa"]).content
    assert b"charset" not in nometa.split(b"</head>")[0]


def test_portal_json_ld_genitive_dates_and_sitemap_index(fixture_site):
    base = fixture_site.sites["portal"]
    arts = of_site(fixture_site, "portal")
    a = arts[-1]
    assert "%D0" in a.path and re.fullmatch(r"/news/[^/]+-\d+/", unquote(a.path))
    tree = HTMLParser(get(a.url).text)
    ld = json.loads(tree.css_first('script[type="application/ld+json"]').text())
    assert ld["articleBody"] == a.text and ld["datePublished"] == a.published.isoformat()
    meta = tree.css_first('meta[property="article:published_time"]').attributes["content"]
    assert meta == a.published.isoformat() and meta.endswith(("+05:00", "+06:00"))
    assert re.fullmatch(r"\d{1,2} [а-я]+ \d{4}, \d\d:\d\d", tree.css_first(".date-time").text())
    today = HTMLParser(get(arts[0].url).text).css_first(".date-time").text()
    assert re.fullmatch(r"(Сегодня|Вчера), \d\d:\d\d", today)
    index = ElementTree.fromstring(get(base + "/sitemap-index.xml").content)
    assert index.tag == SM + "sitemapindex"
    locs = [x.text for s in index.iter(SM + "loc") for x in ElementTree.fromstring(get(s.text).content).iter(SM + "loc")]
    assert set(locs) == {e.url for e in fixture_site.entries["portal"]}
    feed = feedparser.parse(get(base + "/news.rss").content)
    assert len(feed.entries) == 10 and feed.entries[0].link == arts[0].url


# --- faults ------------------------------------------------------------------------------
@pytest.fixture()
def fresh():
    with FixtureServer(seed=2, articles=80, hosts=3, now=NOW, stall_seconds=1, slow_seconds=0.6) as fx:
        yield fx


def test_fault_paths_are_linked_and_documented(fixture_site):
    assert set(fixture_site.fault_urls) == set(FAULT_PATHS)
    listed = set()
    for key, base in fixture_site.sites.items():
        for sitemap in {"wp": ["/wp-sitemap-posts-post-1.xml"], "dle": ["/sitemap.xml"],
                        "portal": ["/sitemap-news-1.xml"]}[SITES[list(fixture_site.sites).index(key)].style]:
            listed |= {x.text for x in ElementTree.fromstring(get(base + sitemap).content).iter(SM + "loc")}
    for name, (site, kind, _pos, what) in FAULT_PATHS.items():
        assert what and (kind == "listing" or fixture_site.fault_urls[name] in listed), name


def test_transient_faults_clear_on_retry(fresh):
    f = fresh.fault_urls
    assert [get(f["flaky-503"]).status_code for _ in range(3)] == [503, 503, 200]
    first = get(f["rate-limited"])
    assert (first.status_code, first.headers["Retry-After"]) == (429, "1")
    assert get(f["rate-limited"]).status_code == 200
    assert [get(f["portal-429-listing"]).status_code for _ in range(2)] == [429, 200]
    assert [get(f["dle-503-feed"]).status_code for _ in range(2)] == [503, 200]


def test_dead_faults(fresh):
    f = fresh.fault_urls
    assert get(f["server-error"]).status_code == 500
    with pytest.raises(requests.ConnectionError):
        get(f["reset"])
    with pytest.raises(requests.TooManyRedirects):
        get(f["redirect-loop"])
    away = get(f["offsite-redirect"], allow_redirects=False)
    assert away.status_code == 301 and urlsplit(away.headers["Location"]).netloc != urlsplit(away.url).netloc
    assert urlsplit(away.headers["Location"]).netloc in {urlsplit(b).netloc for b in fresh.sites.values()}
    huge = get(f["huge"], stream=True)
    assert int(huge.headers["Content-Length"]) == 20 * 1024 * 1024
    first = next(huge.raw.stream(65536, decode_content=False))
    assert first.startswith(b"<p>")
    huge.close()
    bomb = get(f["gzip-bomb"], stream=True)
    assert bomb.headers["Content-Encoding"] == "gzip" and int(bomb.headers["Content-Length"]) < 2_000_000
    assert len(next(bomb.iter_content(1 << 20))) > 0  # inflates; a crawler must cap what it inflates
    bomb.close()
    empty = get(f["empty"])
    assert empty.status_code == 200 and empty.content == b""
    t = time.perf_counter()
    with pytest.raises(requests.ConnectionError):
        get(f["stalled"], timeout=5)
    assert time.perf_counter() - t >= 0.9
    log = {path: status for _, _, path, status in fresh.request_log}
    assert log[urlsplit(f["reset"]).path] == 0 and log[urlsplit(f["server-error"]).path] == 500


def test_slow_drip_and_malformed_still_carry_the_article(fresh):
    f = fresh.fault_urls
    t = time.perf_counter()
    slow = get(f["slow-drip"])
    assert time.perf_counter() - t >= 0.5 and slow.status_code == 200
    a = fresh.article(f["slow-drip"])
    assert a.text.split("\n")[1] in HTMLParser(slow.text).css_first(".entry-content").text()
    broken = get(f["malformed"]).text
    assert "</p>" not in broken and "</span></em>" in broken and not broken.rstrip().endswith("</html>")
    m = fresh.article(f["malformed"])
    assert "\n".join(p.text().strip() for p in HTMLParser(broken).css(".entry-content p")) == m.text


def test_edited_after_first_publication(fresh):
    url = fresh.fault_urls["edited"]
    a = fresh.article(url)
    v1_text = a.text
    assert (NOW - a.published).days < 7  # young: a second run re-checks it
    first = get(url)
    assert a.edited and a.text != v1_text and a.text.startswith(v1_text.split("\n")[0])
    second = get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 200 and second.headers["ETag"] != first.headers["ETag"]
    assert second.headers["Last-Modified"] != first.headers["Last-Modified"]
    assert len(a.items) > 0 and all(a.text[i["start"]:i["end"]] == i["surface"] for i in a.items)
    assert get(url, headers={"If-None-Match": second.headers["ETag"]}).status_code == 304


def test_without_faults_every_entry_is_an_article():
    with FixtureServer(seed=1, articles=80, hosts=4, now=NOW, faults=False) as fx:
        assert fx.fault_urls == {} and all(e.fault is None for es in fx.entries.values() for e in es)
        assert get(fx.sites["portal"] + "/news/page/2/").status_code == 200


# --- configs and the command ----------------------------------------------------------------
def test_configs_describe_the_served_sites(fixture_site, tmp_path):
    paths = fixture_site.write_configs(tmp_path, delay=0.02)
    assert len(paths) == 4
    for path, spec in zip(paths, fixture_site.specs):
        conf = tomllib.loads(path.read_text(encoding="utf-8"))
        base = fixture_site.sites[spec.key]
        assert conf["base_url"] == base and conf["hosts"] == [urlsplit(base).netloc]
        assert conf["allow_private"] is True and conf["delay"] == 0.02
        pattern = re.compile(conf["discovery"]["article_pattern"])
        assert all(pattern.search(e.path) for e in fixture_site.entries[spec.key])
        first = conf["discovery"]["listings"][0].replace("{n}", "1")
        assert not pattern.search(first) and get(base + first).status_code == 200
    load_sites = pytest.importorskip("scrapers.config", reason="the site config loader is absent").load_sites
    loaded = {c.name: c for c in load_sites(tmp_path)}
    assert set(loaded) == {s.name for s in fixture_site.specs}
    tolqyn = loaded["tolqyn.fixture"]
    assert tolqyn.wp_json and tolqyn.selectors["title"] == "h1.entry-title"
    assert all(tolqyn.is_article(a.url) for a in of_site(fixture_site, "tolqyn"))


def test_command_says_clearly_when_the_port_is_taken():
    from pipeline.cli import cli

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(cli, ["fixture-site", "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1 port {port}" in result.output and "Traceback" not in result.output


def test_theme_change_breaks_the_configured_selectors():
    with FixtureServer(seed=5, articles=40, hosts=4, now=NOW, faults=False) as fx:
        a = of_site(fx, "aqsu")[0]
        before = HTMLParser(get(a.url).text)
        assert before.css_first("h1.entry-title") is not None
        assert re.fullmatch(r"\d{1,2} [A-Za-zÄäÖöÜüŞşĞğÑñIıİ]+ \d{4}", before.css_first("#secondary time").text())
        fx.change_theme("aqsu")
        after = HTMLParser(get(a.url).text)
        assert after.css_first("h1.entry-title") is None and after.css_first(".entry-content") is None
        assert "\n".join(p.text() for p in after.css(".post-body p")) == a.text
        with pytest.raises(ValueError):
            fx.change_theme("portal")
