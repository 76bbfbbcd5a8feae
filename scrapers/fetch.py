"""Polite fetching: one :class:`Fetcher` per site, every exchange archived to WARC.

A requests ``Session`` with a urllib3 ``Retry`` (transient statuses, connection and
read errors; ``Retry-After`` honoured up to ``RETRY_AFTER_MAX``); redirects followed by
hand so each hop is checked (site hosts only, no private or loopback address unless
the site allows it, robots.txt) and counted against ``MAX_REDIRECTS``; the body read
raw in chunks and cut at ``MAX_BODY``, then gzip/deflate-decoded within ``MAX_DECODED``.
Reads ``USER_AGENT``, ``ACCEPT_ENCODING``, ``TIMEOUT_CONNECT``, ``MAX_BODY``,
``MAX_DECODED``, ``MAX_REDIRECTS``, ``RETRY_*``.
Faults never raise: the :class:`Response` carries ``error``, already logged.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit

from http.client import RemoteDisconnected

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import (ConnectTimeoutError, MaxRetryError, NewConnectionError, ProtocolError,
                                ReadTimeoutError)
from urllib3.util.retry import Retry

from scrapers import settings
from scrapers.charset import decode_html
from scrapers.config import SiteConfig
from scrapers.decode import BodyTooLarge, UnsupportedEncoding, decode_content
from scrapers.throttle import Throttle
from scrapers.warc import WarcArchive

log = logging.getLogger("dalel.scrapers.fetch")


@dataclass
class Response:
    url: str  # final URL after redirects
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""  # content-decoded
    warc_file: str | None = None
    warc_record_id: str | None = None
    error: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def text(self) -> str:
        return decode_html(self.body, self.headers.get("content-type"))[0]


class PoliteRetry(Retry):
    """urllib3 ``Retry`` that waits at least ``backoff_factor`` before any retry, logs each one and
    hands the response it gives up on (status, reason, headers, body as received) to ``on_retry``,
    so even a transient 503 is archived."""

    on_retry: Callable[[str, str, tuple | None], None] | None = None

    def get_backoff_time(self) -> float:
        return max(self.backoff_factor, super().get_backoff_time())

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
        what = f"HTTP {response.status}" if response is not None else _reason(error)
        where = f"{_pool.scheme}://{_pool.host}:{_pool.port}{url}" if _pool is not None else str(url)
        new = super().increment(method, url, response, error, _pool, _stacktrace)  # raises when exhausted
        log.warning("%s %s: %s, retrying (%s left)", method, where, what, new.total)
        if self.on_retry:
            exchange = None
            if response is not None:  # read it now: urllib3 drains it unread before retrying
                body, truncated = _read_raw(response)
                exchange = (response.status, response.reason or "", list(response.headers.items()), body, truncated)
            self.on_retry(where, what, exchange)
        return new


def make_session(on_retry: Callable[[str, str, tuple | None], None] | None = None,
                 backoff: float | None = None) -> requests.Session:
    retry_cls = type("SiteRetry", (PoliteRetry,), {"on_retry": staticmethod(on_retry) if on_retry else None})
    retry = retry_cls(
        total=settings.RETRY_TOTAL, connect=settings.RETRY_TOTAL, read=settings.RETRY_READ,
        status=settings.RETRY_TOTAL, redirect=0, other=0,
        status_forcelist=settings.RETRY_STATUSES, allowed_methods=frozenset({"GET", "HEAD"}),
        backoff_factor=settings.RETRY_BACKOFF if backoff is None else backoff, backoff_max=settings.RETRY_BACKOFF_MAX,
        retry_after_max=settings.RETRY_AFTER_MAX, respect_retry_after_header=True,
        raise_on_status=False, raise_on_redirect=False,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=2)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": settings.USER_AGENT, "Accept-Encoding": settings.ACCEPT_ENCODING,
                            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    return session


def host_allowed(url: str, hosts: tuple[str, ...]) -> bool:
    """Whether ``url``'s host (or ``host:port``) is one of the site's configured hosts."""
    parts = urlsplit(url)
    netloc = parts.netloc.lower().rsplit("@", 1)[-1]
    return netloc in hosts or (parts.hostname or "").lower() in hosts


_PRIVATE_CACHE: dict[str, str | None] = {}
_PRIVATE_LOCK = threading.Lock()


def private_address(url: str) -> str | None:
    """The first private, loopback or otherwise non-public address ``url``'s host resolves to, or None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    with _PRIVATE_LOCK:
        if host in _PRIVATE_CACHE:
            return _PRIVATE_CACHE[host]
    try:
        infos = socket.getaddrinfo(host, parts.port or 80, proto=socket.IPPROTO_TCP)
        addresses = {info[4][0] for info in infos}
    except socket.gaierror:
        return None  # unresolvable: the request itself will fail with a clear error
    bad = next((a for a in sorted(addresses) if not _public(a)), None)
    with _PRIVATE_LOCK:
        _PRIVATE_CACHE[host] = bad
    return bad


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return ip.is_global and not ip.is_multicast


class Fetcher:
    """GETs for one site: paced by ``throttle``, limited to the site's hosts, archived to ``archive``."""

    def __init__(self, config: SiteConfig, throttle: Throttle, archive: WarcArchive,
                 on_exchange: Callable[[str, int | None, str | None, str | None, str | None], None] | None = None):
        self.config = config
        self.throttle = throttle
        self.archive = archive
        self.robots = None  # a RobotsPolicy once robots.txt is read
        self.requests = 0
        self._on_exchange = on_exchange
        # A retry waits at least the site's delay: a struggling server gets no faster requests.
        self.session = make_session(self._retried, backoff=max(settings.RETRY_BACKOFF, config.delay))
        self._sending: tuple[str, list[tuple[str, str]]] = ("", [])

    def _retried(self, where: str, what: str, exchange: tuple | None) -> None:
        self.requests += 1
        url, request_headers = self._sending
        wfile = rid = None
        status = None
        if exchange is not None:
            status, reason, headers, body, truncated = exchange
            wfile, rid = self.archive.write_exchange(url or where, "GET", request_headers, status, reason, headers,
                                                     body, truncated=truncated)
        self._log(url or where, status, wfile, rid, f"retried after {what}")

    def refusal(self, url: str, check_robots: bool = True) -> str | None:
        """Why ``url`` must not be requested, or None."""
        if urlsplit(url).scheme not in ("http", "https"):
            return f"not an http(s) URL: {url}"
        if not host_allowed(url, self.config.hosts):
            return f"host {urlsplit(url).netloc} is not among the site's hosts {list(self.config.hosts)}"
        if not self.config.allow_private:
            bad = private_address(url)
            if bad:
                return f"host {urlsplit(url).hostname} resolves to non-public address {bad} (set allow_private to permit)"
        if check_robots and self.robots is not None and not self.robots.allowed(url):
            return "disallowed by robots.txt"
        return None

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            check_robots: bool = True) -> Response:
        """GET ``url`` following redirects; never raises. Conditional when ``etag``/``last_modified`` given."""
        start = url
        result = Response(url=url)
        for hop in range(settings.MAX_REDIRECTS + 1):
            why = self.refusal(url, check_robots)
            if why:
                via = f" (redirected from {start})" if url != start else ""
                result.error = f"refused {url}{via}: {why}"
                log.warning("%s: %s", self.config.name, result.error)
                return result
            headers = {}
            if hop == 0 and etag:
                headers["If-None-Match"] = etag
            if hop == 0 and last_modified:
                headers["If-Modified-Since"] = last_modified
            result = self._exchange(url, headers, result.redirects)
            if result.error or result.status is None:
                return result
            location = result.headers.get("location")
            if 300 <= result.status < 400 and result.status != 304 and location:
                nxt = urljoin(url, location.strip())
                result.redirects.append(url)
                if nxt in result.redirects:
                    result.error = f"redirect loop at {nxt} (from {start})"
                    log.warning("%s: %s", self.config.name, result.error)
                    return result
                url = nxt
                continue
            return result
        result.error = f"more than {settings.MAX_REDIRECTS} redirects from {start}"
        log.warning("%s: %s", self.config.name, result.error)
        return result

    def _exchange(self, url: str, headers: dict[str, str], redirects: list[str]) -> Response:
        """One request/response (urllib3 retries inside), archived; body problems retried here."""
        for attempt in range(settings.RETRY_BODY + 1):
            # One clock per site: its hosts are aliases of one server (tolqyn.kz, www.tolqyn.kz).
            self.throttle.wait(self.config.base_url)
            self.requests += 1
            self._sending = (url, list({**self.session.headers, **headers}.items()))
            try:
                resp = self.session.get(url, headers=headers, stream=True, allow_redirects=False,
                                        timeout=(settings.TIMEOUT_CONNECT, self.config.timeout))
            except (requests.RequestException, ValueError) as e:  # ValueError: a URL requests cannot use
                msg = f"GET {url} failed: {_reason(e)}"
                log.warning("%s: %s", self.config.name, msg)
                self._log(url, None, None, None, msg)
                return Response(url=url, error=msg, redirects=list(redirects))
            ip = _peer_ip(resp)
            if ip and not self.config.allow_private and not _public(ip):
                # The name resolved to a public address when checked, a private one when connecting
                # (DNS rebinding): drop the response unread.
                resp.close()
                msg = f"GET {url}: connected to non-public address {ip}; response dropped"
                log.warning("%s: %s", self.config.name, msg)
                self._log(url, None, None, None, msg)
                return Response(url=url, error=msg, redirects=list(redirects))
            raw, truncated, broken = _read_capped(resp)
            resp_headers = list(resp.raw.headers.items())
            req_headers = list(resp.request.headers.items())
            resp.close()
            wfile, rid = self.archive.write_exchange(url, "GET", req_headers, resp.status_code, resp.reason or "",
                                                     resp_headers, raw, truncated=truncated, ip=ip)
            out = Response(url=url, status=resp.status_code, headers={k.lower(): v for k, v in resp_headers},
                           warc_file=wfile, warc_record_id=rid, redirects=list(redirects))
            if broken and attempt < settings.RETRY_BODY:
                log.warning("%s: GET %s: body broke off after %d bytes (%s), retrying", self.config.name, url, len(raw), broken)
                self._log(url, resp.status_code, wfile, rid, f"body broke off: {broken}")
                continue
            if broken:
                out.error = f"GET {url}: body broke off after {len(raw)} bytes ({broken})"
            elif truncated:
                out.error = f"GET {url}: body larger than {settings.MAX_BODY} bytes, cut and not parsed"
            elif resp.status_code >= 400:
                out.error = f"GET {url}: HTTP {resp.status_code} {resp.reason or ''}".rstrip()
            else:
                try:
                    out.body = decode_content(raw, out.headers.get("content-encoding"), settings.MAX_DECODED)
                except (BodyTooLarge, UnsupportedEncoding) as e:
                    out.error = f"GET {url}: {e}"
                except Exception as e:  # zlib.error on a corrupt stream
                    out.error = f"GET {url}: cannot decode {out.headers.get('content-encoding')} body: {e}"
            if out.error:
                level = logging.INFO if out.status == 404 else logging.WARNING
                log.log(level, "%s: %s", self.config.name, out.error)
            self._log(url, out.status, wfile, rid, out.error)
            return out
        raise AssertionError("unreachable")

    def _log(self, url, status, wfile, rid, error) -> None:
        if self._on_exchange:
            self._on_exchange(url, status, wfile, rid, error)

    def close(self) -> None:
        self.session.close()


def _read_raw(response) -> tuple[bytes, str | None]:
    """The raw body of a urllib3 response about to be retried, up to ``MAX_BODY``; never raises."""
    buf = bytearray()
    try:
        for chunk in response.stream(65536, decode_content=False):
            buf += chunk
            if len(buf) > settings.MAX_BODY:
                return bytes(buf[: settings.MAX_BODY]), "length"
    except Exception:
        return bytes(buf), "disconnect"
    return bytes(buf), None


def _read_capped(resp: requests.Response) -> tuple[bytes, str | None, str | None]:
    """Raw (still content-coded) body up to ``MAX_BODY``: ``(bytes, truncated, broken)``."""
    buf = bytearray()
    try:
        for chunk in resp.raw.stream(65536, decode_content=False):
            buf += chunk
            if len(buf) > settings.MAX_BODY:
                return bytes(buf[: settings.MAX_BODY]), "length", None
    except Exception as e:  # urllib3 ProtocolError, ReadTimeoutError, IncompleteRead...
        return bytes(buf), ("disconnect" if buf else None), _reason(e)
    return bytes(buf), None, None


def _peer_ip(resp: requests.Response) -> str | None:
    try:
        sock = resp.raw._connection.sock  # may be gone once the body is read
        return sock.getpeername()[0] if sock else None
    except Exception:
        return None


def _reason(e: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, in one line a reader understands."""
    inner: BaseException = e
    for _ in range(5):  # requests wraps urllib3's MaxRetryError, which wraps the cause
        if isinstance(inner, MaxRetryError) and inner.reason is not None:
            inner = inner.reason
        elif isinstance(inner, requests.RequestException) and inner.args and isinstance(inner.args[0], BaseException):
            inner = inner.args[0]
        elif isinstance(inner, ProtocolError) and len(inner.args) > 1 and isinstance(inner.args[1], BaseException):
            inner = inner.args[1]
        else:
            break
    if isinstance(inner, (ReadTimeoutError, socket.timeout, TimeoutError)) or isinstance(e, requests.ReadTimeout):
        return "read timed out (no data within the read timeout)"
    if isinstance(inner, NewConnectionError):  # a subclass of ConnectTimeoutError: test it first
        return "cannot connect: " + str(inner).split(": ", 1)[-1]
    if isinstance(inner, ConnectTimeoutError) or isinstance(e, requests.ConnectTimeout):
        return "connect timed out"
    if isinstance(inner, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(inner, RemoteDisconnected):
        return "the server closed the connection without a response"
    if isinstance(inner, ConnectionRefusedError):
        return "connection refused"
    text = str(inner).split("\n")[0][:300]
    return f"{type(inner).__name__}: {text}" if text else type(inner).__name__
