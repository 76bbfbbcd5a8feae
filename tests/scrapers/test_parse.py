"""Article pages to Articles: site selectors, metadata and generic fallbacks, and re-parsing from the WARC."""
from __future__ import annotations

import gzip
import json

import pytest

from scrapers.config import site_from_dict
from scrapers.parse import ParseError, article_from_warc, block_text, parse_html
from scrapers.warc import WarcArchive

WP = site_from_dict({
    "name": "tolqyn.kz", "base_url": "https://tolqyn.kz", "lang": "kk",
    "discovery": {"feeds": ["/feed/"]},
    "selectors": {"title": "h1.entry-title", "body": ".entry-content", "published": "time.entry-date",
                  "author": ".author", "views": ".post-views", "category": ".cat-links a"},
})
PORTAL = site_from_dict({
    "name": "portal", "base_url": "https://portal.kz", "lang": "ru", "discovery": {"feeds": ["/news.rss"]},
    "selectors": {"title": "h1.head-single", "body": ".content_main_text > p", "published": ".date-time",
                  "views": ".content_main_meta_stat_view span"},
})
BARE = site_from_dict({"name": "bare", "base_url": "https://bare.kz", "lang": "kk", "discovery": {"feeds": ["/f"]}})

WP_PAGE = """<!DOCTYPE html><html><head><title>Мектептер жөнделді – Толқын</title>
<link rel="canonical" href="https://tolqyn.kz/2024/01/24/mektepter/"></head><body>
<h1 class="entry-title">Ауданда 12 мектеп жөнделді</h1>
<span class="cat-links"><a href="/c/bilim/">Білім</a></span> <span class="author">Айгүл Серікқызы</span>
<time class="entry-date" datetime="2024-01-24T10:15:00+06:00">24 қаңтар 2024 ж.</time>
<span class="post-views">1 912 рет оқылды</span>
<div class="entry-content"><p>Биыл ауданда   12 мектеп <b>күрделі</b> жөндеуден өтті.</p>
<script>var ads = 1;</script>
<p>Оған 1,5 млрд теңге<br>бөлінді, жоспар 62,2%-ға орындалды.</p><ul><li>Бірінші кезең</li></ul></div>
<aside><h3>Танымал</h3><time class="published" datetime="2023-05-01">1 мамыр 2023</time></aside>
</body></html>"""

PORTAL_PAGE = """<html><head><meta property="og:title" content="Бюджет района исполнен на 62%"></head><body>
<h1 class="head-single">Бюджет района исполнен на 62%</h1><span class="date-time">10 декабря 2024, 13:02</span>
<div class="content_main_meta_stat_view"><span>15 230</span></div>
<div class="content_main_text"><p>За 11 месяцев освоено 4,2 млрд тенге.</p><p>Работы продолжаются.</p>
<div class="banner">Реклама</div></div></body></html>"""

JSONLD_PAGE = """<html><head><script type="application/ld+json">{}</script></head>
<body><div class="layout">меню</div></body></html>""".format(json.dumps({
    "@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "headline": "В селе отремонтировали 7,9 км дорог",
         "articleBody": "В селе отремонтировали 7,9 км дорог.\n\nНа это выделено 300 млн тенге.",
         "datePublished": "2024-12-10T13:02:00+05:00", "author": {"@type": "Person", "name": "Асель Жумабаева"},
         "articleSection": "Общество"}]}, ensure_ascii=False))

GENERIC_PAGE = """<html><head><title>Ауыл жаңалықтары</title></head><body><nav>Басты бет | Жаңалықтар</nav>
<article><h1>Қамыстыбас ауылында жол жөнделді</h1>
<p>Қамыстыбас ауылының ішкі жолдарына орташа жөндеу жүргізілді. Жалпы ұзындығы 17,7 шақырым жолды
жөндеуге 1 547 млн теңге қарастырылды. Мердігер мекеме жұмысты алты ай ішінде аяқтады.</p>
<p>Тұрғындар жұмыс сапасына риза екенін айтты. Келесі жылы тағы үш көшені жөндеу жоспарланған.</p>
</article><footer>© Толқын</footer></body></html>"""


def test_site_selectors():
    a, missed = parse_html(WP_PAGE, "https://tolqyn.kz/?p=7", WP, fetched_at="2024-01-25T00:00:00Z")
    assert missed == []
    assert a.title == "Ауданда 12 мектеп жөнделді"
    assert a.text == ("Биыл ауданда 12 мектеп күрделі жөндеуден өтті.\n"
                      "Оған 1,5 млрд теңге\nбөлінді, жоспар 62,2%-ға орындалды.\nБірінші кезең")
    assert a.published == "2024-01-24T10:15:00+06:00"  # the article's date, not the sidebar's
    assert (a.author, a.views, a.category) == ("Айгүл Серікқызы", 1912, "Білім")
    assert a.canonical_url == "https://tolqyn.kz/2024/01/24/mektepter/"
    assert a.lang == "kk" and a.site == "tolqyn.kz" and len(a.content_hash) == 64


def test_visible_genitive_date_in_site_zone():
    a, _ = parse_html(PORTAL_PAGE, "https://portal.kz/news/b-1/", PORTAL, fetched_at="2024-12-11T00:00:00Z")
    assert a.published == "2024-12-10T13:02:00+05:00"
    assert a.text == "За 11 месяцев освоено 4,2 млрд тенге.\nРаботы продолжаются."
    assert a.views == 15230 and a.lang == "ru"


def test_json_ld_fallback():
    a, missed = parse_html(JSONLD_PAGE, "https://portal.kz/news/s-2/", PORTAL)
    assert set(missed) == {"title", "body"}
    assert a.title == "В селе отремонтировали 7,9 км дорог"
    assert a.text == "В селе отремонтировали 7,9 км дорог.\nНа это выделено 300 млн тенге."
    assert a.published == "2024-12-10T13:02:00+05:00" and a.author == "Асель Жумабаева"
    assert a.category == "Общество" and a.lang == "ru"


def test_generic_fallback_with_trafilatura():
    a, missed = parse_html(GENERIC_PAGE, "https://bare.kz/zhol/", BARE)
    assert missed == []  # nothing configured, nothing missed
    assert "17,7 шақырым" in a.text and "Тұрғындар жұмыс сапасына риза" in a.text
    assert "Басты бет" not in a.text and "©" not in a.text
    assert a.title and a.lang == "kk"


def test_no_article_text():
    with pytest.raises(ParseError, match="no article text"):
        parse_html("<html><body></body></html>", "https://bare.kz/empty/", BARE)


def test_block_text_paragraphs():
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser("<div><p>Бір  <i>екі</i></p><div><p>үш</p></div><style>p{}</style>төрт</div>").css_first("div")
    assert block_text(node) == "Бір екі\nүш\nтөрт"


def test_block_text_keeps_table_cells_apart():
    """Adjacent cells are no one number: "<td>2023</td><td>45</td>" is not 202345."""
    from selectolax.lexbor import LexborHTMLParser

    from extractors.figures import find_figures

    html = ("<div><p>Мектептер саны:</p><table><tr><th>Жыл</th><th>Мектеп</th></tr>"
            "<tr><td>2023</td><td>45</td></tr><tr><td> 2024 </td><td>1 200</td><td></td></tr></table>"
            "<p>Барлығы <span>1</span><span>2</span> нысан</p></div>")
    text = block_text(LexborHTMLParser(html).css_first("div"))
    assert text == "Мектептер саны:\nЖыл | Мектеп\n2023 | 45\n2024 | 1 200\nБарлығы 12 нысан"
    assert [f.value for f in find_figures(text, "kk")] == [2023, 45, 2024, 1200, 12]


def test_block_text_drops_invisible_characters():
    """A soft hyphen or zero-width space inside a word or number splits nothing."""
    from selectolax.lexbor import LexborHTMLParser

    html = "<div><p>Салынды 12 мек&shy;теп, бөлінді 1&#8203;200 теңге</p></div>"
    assert block_text(LexborHTMLParser(html).css_first("div")) == "Салынды 12 мектеп, бөлінді 1200 теңге"


def test_article_from_warc_reparses_without_network(tmp_path):
    page = PORTAL_PAGE.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251")
    with WarcArchive(tmp_path, "run", "portal") as archive:
        wfile, rid = archive.write_exchange("https://portal.kz/news/b-1/", "GET", [], 200, "OK",
                                            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                            gzip.compress(page))
    a = article_from_warc(tmp_path, wfile, rid, PORTAL)
    assert a.title == "Бюджет района исполнен на 62%" and a.url == "https://portal.kz/news/b-1/"
    assert (a.warc_file, a.warc_record_id) == (wfile, rid)
    assert a.fetched_at.endswith("Z") and a.published == "2024-12-10T13:02:00+05:00"


def test_error_capture_is_not_an_article(tmp_path):
    with WarcArchive(tmp_path, "run", "portal") as archive:
        wfile, rid = archive.write_exchange("https://portal.kz/x/", "GET", [], 503, "Busy", [], b"busy")
    with pytest.raises(ParseError, match="HTTP 503"):
        article_from_warc(tmp_path, wfile, rid, PORTAL)


# Pages shaped like the shipped sites as design.md describes them (markup ours, text of our own writing).
SHIPPED_SHAPES = [
    ("tolqyn.kz", '<h1 class="entry-title">{t}</h1><time class="entry-date" datetime="2024-01-24T10:15:00+05:00">'
                  '24 қаңтар 2024 ж.</time><div class="entry-content"><p>{b}</p></div>'),
    ("egemen.kz", '<h1 class="responsive_title">{t}</h1><div class="name-auth"><h4>Ержан Сәкенұлы</h4></div>'
                  '<div itemprop="articleBody"><p>{b}</p></div>'),
    ("kazpravda.kz", '<h1 class="article__title">{t}</h1><time class="article__date">12 марта 2024</time>'
                     '<div class="article__body"><p>{b}</p></div><div class="article__tags">теги</div>'),
    ("tengrinews.kz", '<h1 class="head-single">{t}</h1><div class="date-time">10 декабря 2024, 13:02</div>'
                      '<div class="content_main_text" itemprop="articleBody"><p>{b}</p><div>баннер</div></div>'),
]


@pytest.mark.parametrize("site,markup", SHIPPED_SHAPES)
def test_shipped_site_selectors(site, markup):
    from scrapers.config import load_sites

    config = {c.name: c for c in load_sites()}[site]
    title, body = "Ауыл шаруашылығы өнімі 5,2 пайызға өсті", "Биыл өңірде 1,2 млн тонна астық жиналды."
    html = f"<html><body>{markup.format(t=title, b=body)}</body></html>"
    article, missed = parse_html(html, config.base_url + "/x/", config, fetched_at="2024-12-11T00:00:00Z")
    assert missed == [] and article.title == title and article.text == body
    if "published" in config.selectors:
        assert article.published and article.published[:4] == "2024"


@pytest.mark.parametrize("date_header, day", [
    ("Thu, 26 Nov 2026 06:00:00 GMT", "2026-11-26"),  # the server's clock says which day "today" was
    ("Sat, 31 Jan 2026 20:30:00 GMT", "2026-02-01"),  # already the next day in Almaty (+05)
    ("not a date", None),  # unreadable: our capture time decides
    (None, None),
])
def test_relative_page_date_is_read_by_the_servers_clock(tmp_path, date_header, day):
    page = PORTAL_PAGE.replace("10 декабря 2024, 13:02", "Сегодня, 14:05").encode()
    headers = [("Content-Type", "text/html; charset=utf-8")] + ([("Date", date_header)] if date_header else [])
    with WarcArchive(tmp_path, "run", "portal") as archive:
        wfile, rid = archive.write_exchange("https://portal.kz/news/b-2/", "GET", [], 200, "OK", headers, page)
    a = article_from_warc(tmp_path, wfile, rid, PORTAL)
    if day is None:  # the WARC-Date is now; "today" is today in Almaty
        from datetime import datetime, timedelta
        captured = datetime.fromisoformat(a.fetched_at.replace("Z", "+00:00"))
        day = (captured + timedelta(hours=5)).date().isoformat()
    assert a.published == f"{day}T14:05:00+05:00"
