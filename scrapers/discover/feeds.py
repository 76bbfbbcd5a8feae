"""RSS and Atom feeds, parsed by feedparser from bytes we already fetched."""
from __future__ import annotations

import logging
import time
from urllib.parse import urljoin

import feedparser

from scrapers.discover import Found, clean_url

log = logging.getLogger("dalel.scrapers.discover.feeds")


def parse_feed(body: bytes, base_url: str) -> list[Found]:
    """Entries of an RSS/Atom document, newest first as the feed lists them."""
    # Bytes, not a URL: feedparser must never fetch anything itself.
    feed = feedparser.parse(body, response_headers={"content-location": base_url})
    if feed.bozo and not feed.entries:
        log.warning("feed %s unreadable: %s", base_url, feed.get("bozo_exception"))
        return []
    out = []
    for entry in feed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link:
            continue
        out.append(Found(clean_url(urljoin(base_url, link)),
                         published=_iso(entry.get("published_parsed")),
                         # dict.get: feedparser's own get() maps a missing "updated" to "published"
                         modified=_iso(dict.get(entry, "updated_parsed"))))
    return out


def _iso(parsed: time.struct_time | None) -> str | None:
    """feedparser gives UTC struct_time; keep it as an ISO string with offset."""
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
