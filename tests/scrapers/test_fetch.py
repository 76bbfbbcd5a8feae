"""Fetching against a real local server: retries, Retry-After, conditional GET, redirects,
host and address limits, body caps, bombs, resets and timeouts; everything archived."""
from __future__ import annotations

import gzip
import socket
import struct
import time

import pytest

from scrapers import settings
from scrapers.config import site_from_dict
from scrapers.fetch import Fetcher, host_allowed
from scrapers.robots import RobotsPolicy
from scrapers.throttle import Throttle
from scrapers.warc import WarcArchive, iter_records, read_capture

ARTICLE = "<html><body><h1>Ауыл жолы жөнделді</h1><p>Жолдың 17,7 шақырымы жөнделді.</p></body></html>"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(settings, "RETRY_BACKOFF", 0.01)


def make_fetcher(site, tmp_path, **extra):
    config = site_from_dict({"name": "local", "base_url": site.base, "allow_private": True, "delay": 0,
                             "discovery": {"feeds": ["/feed/"]}, **extra})
    archive = WarcArchive(tmp_path, "test", "local")
    exchanges = []
    fetcher = Fetcher(config, Throttle(0), archive, on_exchange=lambda *a: exchanges.append(a))
    fetcher.exchanges = exchanges
    return fetcher


def archived(tmp_path):
    return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
            for f in sorted((tmp_path / "warc").glob("*.warc.gz")) for _, r, _ in iter_records(f)
            if r.rec_type in ("request", "response")]


def test_get_archives_request_and_response(local_site, tmp_path):
    local_site.route("/a/", ARTICLE)
    f = make_fetcher(local_site, tmp_path)
    r = f.get(local_site.base + "/a/")
    assert r.ok and "Ауыл жолы" in r.text
    assert local_site.log[0][2]["User-Agent"] == settings.USER_AGENT and "+http" in settings.USER_AGENT
    assert archived(tmp_path) == [("response", local_site.base + "/a/"), ("request", local_site.base + "/a/")]
    assert read_capture(tmp_path, r.warc_file, r.warc_record_id).status == 200
    assert f.requests == 1


def test_conditional_get(local_site, tmp_path):
    def handler(h):
        if h.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "text/html; charset=utf-8"}, ARTICLE

    local_site.routes["/a/"] = handler
    f = make_fetcher(local_site, tmp_path)
    first = f.get(local_site.base + "/a/")
    again = f.get(local_site.base + "/a/", etag=first.headers["etag"], last_modified="Tue, 01 Oct 2024 10:00:00 GMT")
    assert first.ok and again.not_modified and not again.ok
    assert local_site.log[1][2]["If-Modified-Since"] == "Tue, 01 Oct 2024 10:00:00 GMT"
    assert len(archived(tmp_path)) == 4  # the 304 is archived too


def test_transient_503_is_retried(local_site, tmp_path, caplog):
    hits = []

    def handler(h):
        hits.append(1)
        return (503, {}, b"busy") if len(hits) <= 2 else (200, {"Content-Type": "text/html"}, ARTICLE)

    local_site.routes["/a/"] = handler
    f = make_fetcher(local_site, tmp_path)
    r = f.get(local_site.base + "/a/")
    assert r.ok and len(hits) == 3
    assert "HTTP 503, retrying" in caplog.text
    assert f.requests == 3 and sum(1 for e in f.exchanges if e[4] and "retried" in e[4]) == 2
    # every response is archived, the two it gave up on included, each with its request
    statuses = [int(r.http_headers.get_statuscode()) for p in sorted((tmp_path / "warc").glob("*.warc.gz"))
                for _, r, _ in iter_records(p) if r.rec_type == "response"]
    assert statuses == [503, 503, 200]
    assert [k for k, _ in archived(tmp_path)] == ["response", "request"] * 3
    busy = [e for e in f.exchanges if e[1] == 503]
    assert len(busy) == 2 and all(e[0] == local_site.base + "/a/" and e[2] and e[3] for e in busy)


def test_429_retry_after_is_honoured(local_site, tmp_path):
    hits = []

    def handler(h):
        hits.append(time.monotonic())
        return (429, {"Retry-After": "1"}, b"slow down") if len(hits) == 1 else (200, {}, ARTICLE)

    local_site.routes["/a/"] = handler
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/a/")
    assert r.ok and len(hits) == 2 and hits[1] - hits[0] >= 0.95


def test_persistent_500_fails_with_message(local_site, tmp_path, caplog):
    local_site.route("/a/", "oops", status=500)
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/a/")
    assert r.error == f"GET {local_site.base}/a/: HTTP 500 Internal Server Error"
    assert len(local_site.log) == settings.RETRY_TOTAL + 1
    assert r.error in caplog.text


def test_redirects_followed_and_each_hop_archived(local_site, tmp_path):
    local_site.route("/?p=7", "", status=301, headers={"Location": "/2024/01/24/a/"})
    local_site.route("/2024/01/24/a/", ARTICLE)
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/?p=7")
    assert r.ok and r.url == local_site.base + "/2024/01/24/a/" and r.redirects == [local_site.base + "/?p=7"]
    assert [u for k, u in archived(tmp_path) if k == "response"] == [local_site.base + "/?p=7", r.url]


def test_redirect_loop_and_cap(local_site, tmp_path):
    local_site.route("/loop/", "", status=302, headers={"Location": "/loop/again/"})
    local_site.route("/loop/again/", "", status=302, headers={"Location": "/loop/"})
    for i in range(20):
        local_site.route(f"/hop{i}/", "", status=302, headers={"Location": f"/hop{i + 1}/"})
    f = make_fetcher(local_site, tmp_path)
    assert "redirect loop" in f.get(local_site.base + "/loop/").error
    r = f.get(local_site.base + "/hop0/")
    assert r.error == f"more than {settings.MAX_REDIRECTS} redirects from {local_site.base}/hop0/"


def test_redirect_to_another_host_is_refused(local_site, other_site, tmp_path):
    other_site.route("/", ARTICLE)
    local_site.route("/away/", "", status=301, headers={"Location": other_site.base + "/"})
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/away/")
    assert "is not among the site's hosts" in r.error and other_site.log == []


def test_private_address_refused_unless_allowed(local_site, tmp_path):
    local_site.route("/a/", ARTICLE)
    f = make_fetcher(local_site, tmp_path, allow_private=False)
    r = f.get(local_site.base + "/a/")
    assert "non-public address 127.0.0.1" in r.error and local_site.log == []


def test_host_allowed():
    assert host_allowed("https://www.tolqyn.kz/a", ("tolqyn.kz", "www.tolqyn.kz"))
    assert not host_allowed("https://tolqyn.kz.evil.com/a", ("tolqyn.kz",))
    assert host_allowed("http://127.0.0.1:8001/a", ("127.0.0.1:8001",))
    assert not host_allowed("http://127.0.0.1:8002/a", ("127.0.0.1:8001",))


def test_robots_disallow_means_no_request(local_site, tmp_path):
    local_site.route("/arhiv/1.html", ARTICLE)
    f = make_fetcher(local_site, tmp_path)
    f.robots = RobotsPolicy.from_text("User-agent: *\nDisallow: /arhiv/\n")
    assert f.get(local_site.base + "/arhiv/1.html").error.endswith("disallowed by robots.txt")
    assert local_site.log == []


def test_body_cap_cuts_and_archives_truncated(local_site, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_BODY", 10_000)
    local_site.route("/huge/", "<p>" + "ж" * 50_000 + "</p>")
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/huge/")
    assert "larger than 10000 bytes" in r.error
    capture = read_capture(tmp_path, r.warc_file, r.warc_record_id)
    assert capture.truncated == "length" and len(capture.payload) == 10_000


def test_gzip_bomb_refused(local_site, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_DECODED", 1024 * 1024)
    bomb = gzip.compress(b"\0" * (30 * 1024 * 1024), compresslevel=9)
    local_site.route("/bomb/", bomb, headers={"Content-Encoding": "gzip"})
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/bomb/")
    assert "decompression bomb" in r.error and r.body == b""


def test_gzip_page_decoded(local_site, tmp_path):
    local_site.route("/a/", gzip.compress(ARTICLE.encode()), headers={"Content-Encoding": "gzip"})
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/a/")
    assert r.ok and "17,7 шақырымы" in r.text
    assert local_site.log[0][2]["Accept-Encoding"] == settings.ACCEPT_ENCODING


def test_connection_reset_is_retried_then_reported(local_site, tmp_path, caplog):
    def reset(h):
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.connection.close()

    local_site.routes["/reset/"] = reset
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/reset/")
    assert r.status is None and r.error == f"GET {local_site.base}/reset/ failed: connection reset by the server"
    assert len(local_site.log) == settings.RETRY_READ + 1
    assert "retrying" in caplog.text


def test_read_timeout(local_site, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "RETRY_READ", 0)

    def slow(h):
        time.sleep(1.0)
        return 200, {}, ARTICLE

    local_site.routes["/slow/"] = slow
    t = time.monotonic()
    r = make_fetcher(local_site, tmp_path, timeout=0.3).get(local_site.base + "/slow/")
    assert "timed out" in r.error and time.monotonic() - t < 1.0


def test_404_is_an_error_with_status(local_site, tmp_path):
    r = make_fetcher(local_site, tmp_path).get(local_site.base + "/zanalyk/page/99/")
    assert r.status == 404 and not r.ok and "HTTP 404" in r.error


def test_connection_refused_reads_plainly(tmp_path):
    import socket as _socket

    sock = _socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now

    class Closed:
        base = f"http://127.0.0.1:{port}"

    r = make_fetcher(Closed, tmp_path).get(Closed.base + "/")
    assert r.error.startswith(f"GET {Closed.base}/ failed: cannot connect") and "\n" not in r.error


def test_private_peer_after_public_resolution_is_dropped(local_site, tmp_path, monkeypatch):
    """DNS rebinding: the name looked public when checked, the connection went to loopback."""
    from scrapers import fetch

    local_site.route("/a/", ARTICLE)
    monkeypatch.setattr(fetch, "private_address", lambda url: None)  # the check before connecting passes
    r = make_fetcher(local_site, tmp_path, allow_private=False).get(local_site.base + "/a/")
    assert r.error == f"GET {local_site.base}/a/: connected to non-public address 127.0.0.1; response dropped"
    assert not (tmp_path / "warc").exists() or archived(tmp_path) == []
