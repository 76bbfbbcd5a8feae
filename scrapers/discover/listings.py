"""Listing pages: article links in page order, with pagination by ``{n}``.

Links are read with selectolax from every ``<a href>``, resolved against the page,
kept when they match the site's ``article_pattern`` and hosts. Sidebars link to
articles too; the crawler's stop rule ("no article this page that we do not already
have") is what keeps them from hiding new articles.
"""
from __future__ import annotations

from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from scrapers.config import SiteConfig
from scrapers.discover import Found, clean_url
from scrapers.fetch import host_allowed


def listing_url(config: SiteConfig, template: str, n: int) -> str | None:
    """Page ``n`` of a listing; a template without ``{n}`` has only page 1."""
    if "{n}" not in template:
        return config.url(template) if n == 1 else None
    return config.url(template.replace("{n}", str(n)))


def parse_listing(html: str, page_url: str, config: SiteConfig) -> list[Found]:
    """Article links of a listing page, first occurrence order, without duplicates."""
    tree = LexborHTMLParser(html)
    base = page_url
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base = urljoin(page_url, base_node.attributes.get("href") or "")
    seen: set[str] = set()
    out: list[Found] = []
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = clean_url(urljoin(base, href))
        if url in seen or not host_allowed(url, config.hosts) or not config.is_article(url):
            continue
        seen.add(url)
        out.append(Found(url))
    return out
