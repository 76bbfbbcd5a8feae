"""The WordPress REST API as a discovery source."""
from __future__ import annotations

import json

from scrapers.discover.wpjson import page_url, parse_posts, total_pages

POSTS = [
    {"id": 101, "link": "https://tolqyn.kz/2024/01/24/mektep/", "date_gmt": "2024-01-24T05:15:00",
     "modified_gmt": "2024-01-25T06:00:00"},
    {"id": 102, "link": "https://tolqyn.kz/2024/01/23/zhol/"},
    {"id": 103},
]


def test_parse_posts():
    found = parse_posts(json.dumps(POSTS).encode(), "https://tolqyn.kz/wp-json/wp/v2/posts")
    assert [f.url for f in found] == ["https://tolqyn.kz/2024/01/24/mektep/", "https://tolqyn.kz/2024/01/23/zhol/"]
    assert found[0].published == "2024-01-24T05:15:00+00:00" and found[0].modified == "2024-01-25T06:00:00+00:00"


def test_page_url_and_total_pages():
    url = page_url("https://tolqyn.kz/wp-json/wp/v2/posts", 3)
    assert url.startswith("https://tolqyn.kz/wp-json/wp/v2/posts?page=3&per_page=100")
    assert total_pages({"x-wp-totalpages": "7"}) == 7 and total_pages({}) is None


def test_not_a_list(caplog):
    assert parse_posts(b'{"code": "rest_post_invalid_page_number"}', "https://x.kz/wp-json/wp/v2/posts") == []
    assert parse_posts(b"<html>", "https://x.kz/wp-json/wp/v2/posts") == []
    assert "not JSON" in caplog.text
