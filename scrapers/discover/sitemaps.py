"""XML sitemaps and sitemap indexes, parsed with defusedxml (no DTDs, no entities).

A sitemap may be gzip-compressed (``.xml.gz``); it is inflated within the same cap
as any body. :func:`parse_sitemap` returns article URLs and child sitemaps.
"""
from __future__ import annotations

import logging
from urllib.parse import urljoin

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from scrapers.decode import decode_content
from scrapers.discover import Found, clean_url

log = logging.getLogger("dalel.scrapers.discover.sitemaps")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[Found], list[Found]]:
    """``(urls, child sitemaps)`` of a ``<urlset>`` or ``<sitemapindex>``, each with its ``lastmod``;
    ``([], [])`` when unreadable."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = decode_content(body, "gzip")
        except Exception as e:
            log.warning("sitemap %s: cannot inflate: %s", base_url, e)
            return [], []
    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        log.warning("sitemap %s refused: %s", base_url, type(e).__name__)
        return [], []
    except Exception as e:  # ParseError
        log.warning("sitemap %s is not valid XML: %s", base_url, e)
        return [], []
    urls: list[Found] = []
    children: list[Found] = []
    kind = _local(root.tag)
    for item in root:
        fields = {_local(child.tag): (child.text or "").strip() for child in item}
        loc = fields.get("loc")
        if not loc:
            continue
        found = Found(clean_url(urljoin(base_url, loc)), modified=fields.get("lastmod") or None)
        (children if kind == "sitemapindex" else urls).append(found)
    if kind not in ("urlset", "sitemapindex"):
        log.warning("sitemap %s: root element <%s> is neither urlset nor sitemapindex", base_url, kind)
    return urls, children
