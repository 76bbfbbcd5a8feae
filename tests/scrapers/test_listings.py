"""Listing pages: article links in order, filtered by pattern and host, paginated by {n}."""
from __future__ import annotations

from scrapers.config import site_from_dict
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
