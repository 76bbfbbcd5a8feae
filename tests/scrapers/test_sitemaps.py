"""Sitemaps and indexes, parsed safely: DTDs and entities are refused, never expanded."""
from __future__ import annotations

import gzip

from scrapers.discover.sitemaps import parse_sitemap

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://kazpravda.kz/n/byudzhet-ispolnen/</loc><lastmod>2024-03-12T09:00:00+05:00</lastmod></url>
<url><loc> https://kazpravda.kz/n/dorogi/ </loc></url>
<url><lastmod>2024-03-12</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://kazpravda.kz/sitemap-news-1.xml</loc><lastmod>2024-03-12</lastmod></sitemap>
<sitemap><loc>/sitemap-news-2.xml.gz</loc></sitemap>
</sitemapindex>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset><url><loc>https://x.kz/&lol3;</loc></url></urlset>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE u [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>https://x.kz/&xxe;</loc></url></urlset>"""


def test_urlset():
    urls, children = parse_sitemap(URLSET, "https://kazpravda.kz/sitemap.xml")
    assert [u.url for u in urls] == ["https://kazpravda.kz/n/byudzhet-ispolnen/", "https://kazpravda.kz/n/dorogi/"]
    assert urls[0].modified == "2024-03-12T09:00:00+05:00" and children == []


def test_index_and_gzip():
    urls, children = parse_sitemap(gzip.compress(INDEX), "https://kazpravda.kz/sitemap.xml")
    assert urls == []
    assert [c.url for c in children] == ["https://kazpravda.kz/sitemap-news-1.xml",
                                         "https://kazpravda.kz/sitemap-news-2.xml.gz"]
    assert [c.modified for c in children] == ["2024-03-12", None]


def test_entity_expansion_and_external_entities_refused(caplog):
    for doc in (BILLION_LAUGHS, EXTERNAL):
        assert parse_sitemap(doc, "https://x.kz/sitemap.xml") == ([], [])
    assert "refused" in caplog.text


def test_not_xml(caplog):
    assert parse_sitemap(b"<html><p>oops", "https://x.kz/sitemap.xml") == ([], [])
    assert "not valid XML" in caplog.text
