"""Discovery: turn feeds, sitemaps, the WordPress API and listing pages into article URLs.

Each module parses one kind of document already fetched (and archived) by the
crawler; none of them touches the network.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urldefrag


@dataclass(frozen=True)
class Found:
    """An article URL a discovery source pointed at, with the dates it gave, if any."""

    url: str
    published: str | None = None
    modified: str | None = None


def clean_url(url: str) -> str:
    """A URL without its fragment and surrounding space: the key an article is known by."""
    return urldefrag(url.strip())[0]
