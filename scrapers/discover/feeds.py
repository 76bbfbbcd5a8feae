"""RSS and Atom feeds, parsed by feedparser from bytes we already fetched."""
from __future__ import annotations

import logging
import time
from urllib.parse import urljoin

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from scrapers.discover import Found, clean_url

log = logging.getLogger("dalel.scrapers.discover.feeds")


def parse_feed(body: bytes, base_url: str) -> list[Found]:
    """Entries of an RSS/Atom document, newest first as the feed lists them."""
    why = _hostile(body)
    if why:
        log.warning("feed %s refused: %s", base_url, why)
        return []
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


def _hostile(body: bytes) -> str | None:
    """Why a feed declaring entities must not be read (expansion bombs, external files), or None.

    feedparser does not expand them today, but a feed that declares them is an attack or an
    accident either way; defusedxml names which. A feed that is merely not well-formed is left
    to feedparser's lenient parser."""
    try:
        fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        return type(e).__name__
    except Exception:  # not well-formed XML: feedparser copes with much of it
        return None
    return None


def _iso(parsed: time.struct_time | None) -> str | None:
    """feedparser gives UTC struct_time; keep it as an ISO string with offset."""
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
