"""Discovery: turn feeds, sitemaps, the WordPress API and listing pages into article URLs.

Each module parses one kind of document already fetched (and archived) by the
crawler; none of them touches the network.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit, urlunsplit

from requests.utils import requote_uri


@dataclass(frozen=True)
class Found:
    """An article URL a discovery source pointed at, with the dates it gave, if any."""

    url: str
    published: str | None = None
    modified: str | None = None


def clean_url(url: str) -> str:
    """The key an article is known by: no fragment, scheme and host lower-case, and one spelling of
    non-ASCII paths (a Cyrillic slug written raw in a listing and percent-encoded in a feed are one URL)."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(requote_uri(url))
    path = re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group().upper(), parts.path)
    query = parts.query
    if query and _TRACKING.search(query):  # share links: the same article with a campaign tag
        query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


_TRACKING = re.compile(r"(?:^|(?<=&))(?:utm_[a-z]+|fbclid|gclid|yclid|_openstat)\b", re.I)
