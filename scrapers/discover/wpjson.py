"""The WordPress REST API (``/wp-json/wp/v2/posts``): links and dates of posts, 100 a page.

Only discovery: the article itself is fetched as HTML and parsed from the WARC, so
what we keep is the page a reader saw.
"""
from __future__ import annotations

import json
import logging
from urllib.parse import urlencode, urljoin

from scrapers.discover import Found, clean_url

log = logging.getLogger("dalel.scrapers.discover.wpjson")
PER_PAGE = 100


def page_url(endpoint: str, page: int) -> str:
    """URL of one page of posts, asking only for the fields we use."""
    sep = "&" if "?" in endpoint else "?"
    return endpoint + sep + urlencode({"page": page, "per_page": PER_PAGE, "_fields": "id,link,date_gmt,modified_gmt"})


def parse_posts(body: bytes, base_url: str) -> list[Found]:
    """Posts of one API page; ``[]`` when the body is not the expected JSON list."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        log.warning("WordPress API %s: not JSON: %s", base_url, e)
        return []
    if not isinstance(data, list):
        log.warning("WordPress API %s: expected a list of posts, got %s", base_url, type(data).__name__)
        return []
    out = []
    for post in data:
        if not isinstance(post, dict) or not isinstance(post.get("link"), str):
            continue
        out.append(Found(clean_url(urljoin(base_url, post["link"])),
                         published=_utc(post.get("date_gmt")), modified=_utc(post.get("modified_gmt"))))
    return out


def total_pages(headers: dict[str, str]) -> int | None:
    try:
        return int(headers.get("x-wp-totalpages", ""))
    except ValueError:
        return None


def _utc(value) -> str | None:
    return f"{value}+00:00" if isinstance(value, str) and value and "+" not in value else value or None
