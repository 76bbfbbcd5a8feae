"""RSS and Atom feeds to article URLs (feedparser on bytes, never a URL)."""
from __future__ import annotations

from scrapers.discover.feeds import parse_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Толқын</title>
<item><title>Ауданда 12 мектеп жөнделді</title><link>https://tolqyn.kz/2024/01/24/mektep/#comments</link>
<pubDate>Wed, 24 Jan 2024 10:15:00 +0500</pubDate></item>
<item><title>Жаңа жол</title><link>/2024/01/23/zhol/</link></item>
<item><title>Сілтемесіз</title></item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Портал</title>
<entry><title>Бюджет исполнен на 62%</title><link href="https://portal.kz/news/byudzhet-12/"/>
<updated>2024-12-10T13:02:00+05:00</updated><published>2024-12-10T08:02:00Z</published></entry>
</feed>""".encode()


def test_rss_links_resolved_and_fragment_dropped():
    found = parse_feed(RSS, "https://tolqyn.kz/feed/")
    assert [f.url for f in found] == ["https://tolqyn.kz/2024/01/24/mektep/", "https://tolqyn.kz/2024/01/23/zhol/"]
    assert found[0].published == "2024-01-24T05:15:00+00:00"
    assert found[1].published is None


def test_atom_dates():
    (entry,) = parse_feed(ATOM, "https://portal.kz/news.rss")
    assert entry.url == "https://portal.kz/news/byudzhet-12/"
    assert entry.published == "2024-12-10T08:02:00+00:00" and entry.modified == "2024-12-10T08:02:00+00:00"


def test_garbage_gives_nothing(caplog):
    assert parse_feed(b"<html><body>not a feed", "https://x.kz/feed/") == []
