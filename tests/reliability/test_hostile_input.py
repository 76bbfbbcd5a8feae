"""Hostile input: XML bombs and external entities, requests to hosts a site does not own,
private addresses, SQL that writes or attaches, and markup planted in article text.

Real servers on 127.0.0.1, real SQLite files and WARC records; nothing mocked.
"""
from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

# --- XML: entity expansion and external entities -------------------------------------------

LAUGHS = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
BILLION_LAUGHS = f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">{LAUGHS}]>'
SECRET = "dalel-secret-never-read"


class Listener:
    """A server that must get no request: it records any it gets."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server spelling
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def hostile_documents(secret_file: Path, listener_url: str) -> dict[str, str]:
    """Feeds and sitemaps that try expansion, a local file, a remote DTD and a remote entity."""
    rss_item = "<item><title>{t}</title><link>https://tolqyn.kz/news/{l}</link></item>"
    return {
        "rss-billion-laughs": BILLION_LAUGHS.replace("DOCTYPE r", "DOCTYPE rss")
        + f'<rss version="2.0"><channel><title>&l9;</title>{rss_item.format(t="&l9;", l="1")}</channel></rss>',
        "rss-local-file": f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret_file}">]>'
        f'<rss version="2.0"><channel><title>x</title>{rss_item.format(t="&x;", l="&x;")}</channel></rss>',
        "rss-remote-dtd": f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{listener_url}/evil.dtd">'
        f'<rss version="2.0"><channel><title>x</title>{rss_item.format(t="Жаңалық", l="2")}</channel></rss>',
        "atom-remote-entity": f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY e SYSTEM "{listener_url}/e.xml">]>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&e;</title>'
        '<link href="https://tolqyn.kz/news/3"/></entry></feed>',
        "sitemap-billion-laughs": BILLION_LAUGHS.replace("DOCTYPE r", "DOCTYPE urlset")
        + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://tolqyn.kz/&l9;</loc></url></urlset>',
        "sitemap-local-file": f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file://{secret_file}">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://tolqyn.kz/&x;</loc></url></urlset>',
        "sitemap-remote-entity": f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY e SYSTEM "{listener_url}/e.xml">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://tolqyn.kz/&e;</loc></url></urlset>',
    }


@pytest.mark.parametrize("name", ["rss-billion-laughs", "rss-local-file", "rss-remote-dtd", "atom-remote-entity",
                                  "sitemap-billion-laughs", "sitemap-local-file", "sitemap-remote-entity"])
def test_feeds_and_sitemaps_with_entities_are_refused(name, tmp_path, listener, caplog):
    from scrapers.discover.feeds import parse_feed
    from scrapers.discover.sitemaps import parse_sitemap

    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    body = hostile_documents(secret, listener.url)[name].encode()
    caplog.set_level(logging.WARNING, logger="dalel.scrapers")
    started = time.perf_counter()
    if name.startswith("sitemap"):
        urls, children = parse_sitemap(body, "https://tolqyn.kz/sitemap.xml")
        found = urls + children
    else:
        found = parse_feed(body, "https://tolqyn.kz/rss")
    assert time.perf_counter() - started < 1.0  # nothing expanded
    assert listener.hits == []  # no DTD or entity fetched
    assert not any(SECRET in f.url for f in found)
    if "remote-dtd" in name:  # a DOCTYPE naming a DTD declares nothing: read it, never fetch the DTD
        assert [f.url for f in found] == ["https://tolqyn.kz/news/2"]
    else:
        assert found == []
        assert "refused" in caplog.text


# --- requests stay on the configured hosts; private addresses need allow_private ---------------

SITE = """name = "hostile.kz"
base_url = "{base}/"
lang = "kk"
timezone = "Asia/Almaty"
delay = 0
allow_private = {allow}

[discovery]
feeds = ["/rss.xml"]
sitemaps = ["/sitemap.xml"]
article_pattern = "/news/"

[selectors]
title = "h1"
body = "div.entry-content"
"""


class HostileSite:
    """A site whose every discovery source and page points at another host, and redirects there."""

    def __init__(self, elsewhere: str) -> None:
        self.hits: list[str] = []
        hits = self.hits
        page = ("<html><body><h1>Ауданда жаңа мектеп ашылды</h1><div class='entry-content'>"
                "<p>Биыл ауданда 12 мектеп жөнделді, оның 9-ы, яғни 75 пайызы ауылда.</p>"
                f"<p><a href='{elsewhere}/news/9'>толығырақ</a><img src='{elsewhere}/pixel.gif'></p></div>"
                "</body></html>")

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(self.path)
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path == "/robots.txt":
                    return self._send(200, f"User-agent: *\nAllow: /\nSitemap: {elsewhere}/sitemap.xml\n")
                if self.path == "/rss.xml":
                    items = "".join(f"<item><title>x</title><link>{u}</link></item>" for u in (
                        f"{base}/news/1", f"{elsewhere}/news/2", f"{base}/news/away"))
                    return self._send(200, f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
                if self.path == "/sitemap.xml":
                    return self._send(200, '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
                                           f'schemas/sitemap/0.9"><sitemap><loc>{elsewhere}/sitemap-1.xml</loc>'
                                           f'</sitemap></sitemapindex>')
                if self.path == "/news/away":
                    return self._send(302, "", {"Location": f"{elsewhere}/news/3"})
                if self.path == "/news/1":
                    return self._send(200, page)
                return self._send(404, "")

            def _send(self, status, body, headers=None):
                data = body.encode()
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_site(tmp_path: Path, base: str, allow: bool):
    sites = tmp_path / "sites"
    sites.mkdir(parents=True, exist_ok=True)
    (sites / "hostile.toml").write_text(SITE.format(base=base, allow="true" if allow else "false"), encoding="utf-8")
    return CliRunner().invoke(cli, ["run", "--data", str(tmp_path / "data"), "--sites", str(sites), "--json-logs"])


def test_no_request_leaves_the_configured_hosts(tmp_path, listener):
    # the other host differs by port only: 127.0.0.1 is allowed here, so only the host check can stop it
    site = HostileSite(listener.url)
    try:
        r = run_site(tmp_path, site.url, allow=True)
    finally:
        site.close()
    assert r.exit_code in (0, 3), r.output
    assert listener.hits == []
    assert "/news/1" in site.hits and "/news/away" in site.hits
    conn = sqlite3.connect(tmp_path / "data" / "dalel.sqlite")
    assert [u for (u,) in conn.execute("SELECT url FROM articles")] == [site.url + "/news/1"]
    logged = {u for (u,) in conn.execute("SELECT url FROM fetch_log")}
    assert logged and all(u.startswith(site.url + "/") for u in logged)
    assert "is not among the site's hosts" in r.stderr  # the redirect off the site, refused with its reason


def test_private_and_loopback_addresses_refused_unless_the_site_allows_them(tmp_path, listener):
    site = HostileSite(listener.url)
    try:
        refused = run_site(tmp_path / "refused", site.url, allow=False)
        hits_refused = list(site.hits)
        allowed = run_site(tmp_path / "allowed", site.url, allow=True)
    finally:
        site.close()
    assert hits_refused == []  # not even robots.txt
    assert refused.exit_code == 3, refused.output  # the site is reported degraded, with the reason
    assert "resolves to non-public address 127.0.0.1" in refused.stderr
    assert "degraded: hostile.kz" in refused.output
    assert allowed.exit_code in (0, 3) and "/robots.txt" in site.hits


def test_localhost_names_and_odd_spellings_of_loopback_are_refused(tmp_path):
    from scrapers.config import SiteConfig
    from scrapers.fetch import Fetcher
    from scrapers.throttle import Throttle
    from scrapers.warc import WarcArchive

    for url in ("http://localhost:9/", "http://127.1:9/", "http://0x7f000001:9/", "http://[::1]:9/",
                "http://[::ffff:127.0.0.1]:9/", "http://10.0.0.1:9/", "http://169.254.169.254/latest/meta-data/"):
        host = url.split("//", 1)[1].split("/", 1)[0]
        config = SiteConfig(name="x.kz", base_url=url, hosts=(host, host.rsplit(":", 1)[0].strip("[]")), lang="kk")
        with WarcArchive(tmp_path, "run", "x") as archive:
            why = Fetcher(config, Throttle(), archive).refusal(url)
        assert why and "non-public address" in why, (url, why)


# --- dalel query cannot write or attach --------------------------------------------------------

HOSTILE_SQL = [
    "select 1; delete from records",
    "with x as (select 1) delete from records",
    "vacuum into '{tmp}/copy.sqlite'",
    "attach 'file:{tmp}/other.sqlite?mode=rwc' as other",
    "select * from records where 1; attach database '{tmp}/other.sqlite' as other",
    "pragma writable_schema = 1",
    "replace into sites(name) values ('x.kz')",
    "create temp table t(x)",
    "select load_extension('{tmp}/evil')",
    "pragma wal_checkpoint(truncate)",
    "pragma user_version = 99",
]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    from corpus.store import Corpus, db_path
    from extractors.core import EXTRACTOR_VERSION, extract
    from scrapers.article import Article

    data = tmp_path_factory.mktemp("query") / "data"
    text = "Биыл ауданда 40 мектеп бар, оның 30-ы, яғни 75 пайызы жөнделді."
    with Corpus(db_path(data)) as corpus:
        corpus.store_article(Article(url="https://tolqyn.kz/news/1", site="tolqyn.kz", title="Мектептер", text=text,
                                     lang="kk", published="2024-05-02"),
                             [r.to_dict() for r in extract(text, "kk", None)], EXTRACTOR_VERSION)
    return data


@pytest.mark.parametrize("sql", HOSTILE_SQL)
def test_query_cannot_write_or_attach(small_corpus, tmp_path, sql):
    db = small_corpus / "dalel.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = CliRunner().invoke(cli, ["query", "--data", str(small_corpus), "--sql", sql.format(tmp=tmp_path)])
    assert r.exit_code == 1, r.output
    assert r.output.startswith("Error: ") and len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert list(tmp_path.iterdir()) == []  # no copy, no attached file created


def test_query_text_filter_is_data_not_sql(small_corpus):
    db = small_corpus / "dalel.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = CliRunner().invoke(cli, ["query", "--data", str(small_corpus), "--text", "мектеп'); DROP TABLE records; --"])
    assert "Traceback" not in r.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sqlite3.connect(db).execute("SELECT count(*) FROM records").fetchone()[0] > 0
