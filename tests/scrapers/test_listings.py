"""Listing pages: article links in order, filtered by pattern and host, paginated by {n}."""
from __future__ import annotations

import pytest

from scrapers.config import site_from_dict
from scrapers.discover import clean_url
from scrapers.discover.listings import listing_url, parse_listing

CONFIG = site_from_dict({"name": "tolqyn", "base_url": "https://tolqyn.kz", "hosts": ["tolqyn.kz"],
                         "discovery": {"listings": ["/zanalyk/page/{n}/"],
                                       "article_pattern": r"^/\d{4}/\d{2}/\d{2}/[^/]+/$"}})

LISTING = """<html><body>
<article><h2><a href="/2024/01/24/mektep/">Ауданда 12 мектеп жөнделді</a></h2><p>Биыл ...</p>
<a href="https://tolqyn.kz/2024/01/24/mektep/#respond">Пікір</a></article>
<article><h2><a href="2024/01/23/zhol/">Жаңа жол</a></h2></article>
<a href="/zanalyk/page/2/">2</a><a href="https://other.kz/2024/01/22/x/">бөтен</a>
<a href="javascript:void(0)">js</a><a href="/category/ruhaniyat/">Рухани</a>
<aside><a href="/2023/12/30/tanymal/">Танымал</a></aside>
</body></html>"""


def test_links_in_order_without_duplicates_or_strangers():
    found = parse_listing(LISTING, "https://tolqyn.kz/", CONFIG)
    assert [f.url for f in found] == ["https://tolqyn.kz/2024/01/24/mektep/", "https://tolqyn.kz/2024/01/23/zhol/",
                                      "https://tolqyn.kz/2023/12/30/tanymal/"]


def test_listing_urls():
    assert listing_url(CONFIG, "/zanalyk/page/{n}/", 3) == "https://tolqyn.kz/zanalyk/page/3/"
    assert listing_url(CONFIG, "/zanalyk/", 1) == "https://tolqyn.kz/zanalyk/"
    assert listing_url(CONFIG, "/zanalyk/", 2) is None


# (a URL as a page writes it, the key it is known by)
URL_KEY_TESTS = [
    ("https://portal.kz/news/бюджет-района-3000/", "https://portal.kz/news/%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82-%D1%80%D0%B0%D0%B9%D0%BE%D0%BD%D0%B0-3000/"),
    ("https://portal.kz/news/%d0%b1%d1%8e%d0%b4%d0%b6%d0%b5%d1%82-%d1%80%d0%b0%d0%b9%d0%be%d0%bd%d0%b0-3000/", "https://portal.kz/news/%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82-%D1%80%D0%B0%D0%B9%D0%BE%D0%BD%D0%B0-3000/"),
    ("HTTPS://Tolqyn.KZ/2024/01/24/mektep/#comments", "https://tolqyn.kz/2024/01/24/mektep/"),
    (" https://tolqyn.kz/?p=101 ", "https://tolqyn.kz/?p=101"),
    ("https://tolqyn.kz/?p=101&utm_source=facebook&fbclid=x1", "https://tolqyn.kz/?p=101"),
    ("https://tolqyn.kz/2024/01/24/mektep/?utm_medium=social", "https://tolqyn.kz/2024/01/24/mektep/"),
]


@pytest.mark.parametrize("written,key", URL_KEY_TESTS)
def test_one_key_per_article_url(written, key):
    assert clean_url(written) == key
