"""Per-host pacing: at least ``delay`` seconds between the starts of two requests.

One :class:`Throttle` serves every thread; each host (``host:port``) keeps its own
clock, so different sites run at their own pace in parallel while one host never
sees two requests closer than its delay. robots.txt ``Crawl-delay`` raises a host's
delay through :meth:`Throttle.set_delay`. A fetcher waits on its site's base URL, so a
site's host aliases share one clock. Reads ``settings.DELAY``.
"""
from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit

from scrapers import settings


def host_key(url: str) -> str:
    """``host:port`` of a URL, lower-case, with the scheme's default port made explicit."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


class Throttle:
    def __init__(self, default_delay: float = settings.DELAY, clock=time.monotonic, sleep=time.sleep):
        self.default_delay = default_delay
        self._delays: dict[str, float] = {}
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def set_delay(self, url_or_host: str, delay: float) -> None:
        key = host_key(url_or_host) if "://" in url_or_host else url_or_host
        with self._lock:
            self._delays[key] = max(0.0, float(delay))

    def delay(self, url: str) -> float:
        return self._delays.get(host_key(url), self.default_delay)

    def wait(self, url: str) -> float:
        """Block until a request to ``url``'s host may start; return the seconds slept."""
        key = host_key(url)
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(key, now))
            # Reserve the slot before sleeping so concurrent callers queue up behind it.
            self._next[key] = start + self._delays.get(key, self.default_delay)
        pause = start - now
        if pause > 0:
            self._sleep(pause)
        return pause
