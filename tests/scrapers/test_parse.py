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
    assert a.title == "Қамыстыбас ауылында жол жөнделді" and a.lang == "kk"
    assert not a.text.startswith(a.title)  # trafilatura keeps the <h1>: its figures are not read twice


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


def _text(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    return block_text(LexborHTMLParser(html).css_first("div"))


@pytest.mark.parametrize("html, text", [
    # A table pasted from a word processor: paragraphs and line breaks inside cells.
    ("<div><table><tr><td><p>Білім</p></td><td><p>8 240</p></td><td><p>97,3</p></td></tr>"
     "<tr><td>Денсаулық<br>сақтау</td><td><p>1 120</p><p>(түзетілген)</p></td></tr></table></div>",
     "Білім | 8 240 | 97,3\nДенсаулық сақтау | 1 120 (түзетілген)"),
    # Related posts, share and view widgets inside the article's container are not its text.
    ("<div class='entry-content'><p>Ауылда 3 көше жөнделді.</p><div class='sharedaddy'>Бөлісу: Facebook</div>"
     "<div class='yarpp yarpp-related'><h3>Ұқсас жаңалықтар</h3><ol><li>Ауданда 6,5 шақырым құбыр тартылды</li>"
     "</ol></div><div class='post-views'>Қаралым: 1 245</div></div>",
     "Ауылда 3 көше жөнделді."),
    # Bare text on either side of a rule is two paragraphs, not "жөнделді2024".
    ("<div>Биыл 12 мектеп жөнделді<hr>2024 жылы 9 мектеп жөнделген</div>",
     "Биыл 12 мектеп жөнделді\n2024 жылы 9 мектеп жөнделген"),
])
def test_block_text_of_pasted_and_plugin_markup(html, text):
    assert _text(html) == text


# A portal whose body selector names the container and whose in-body banners and "read
# also" boxes are excluded: the list and the table stay, the other article's figures go.
EXCLUDING = site_from_dict({
    "name": "portal", "base_url": "https://portal.kz", "lang": "ru", "discovery": {"feeds": ["/news.rss"]},
    "selectors": {"title": "h1", "body": ".content_main_text", "exclude": ".banner, .read-also"},
})


@pytest.mark.parametrize("body, text", [
    ("<p>Отремонтировано 12 школ.</p><div class='banner'>Скидки 50%</div><ul><li>в Акколе – 7</li>"
     "<li>в Степногорске – 5</li></ul>",
     "Отремонтировано 12 школ.\nв Акколе – 7\nв Степногорске – 5"),
    ("<p>Освоено по годам:</p><div class='read-also'>Читайте также: <a href='/x'>Бюджет вырос на 8,4%</a>"
     "</div><table><tr><td>2023</td><td>45</td></tr></table>",
     "Освоено по годам:\n2023 | 45"),
    ("<p>Ауылда 3 көше жөнделді.</p><p class='banner'>Жарнама: 2 000 теңге</p>", "Ауылда 3 көше жөнделді."),
])
def test_excluded_furniture_inside_the_body(body, text):
    page = f"<html><body><h1>Жаңалық</h1><div class='content_main_text'>{body}</div></body></html>"
    article, missed = parse_html(page, "https://portal.kz/news/1/", EXCLUDING)
    assert article.text == text and missed == []


def test_exclude_never_drops_the_body_itself():
    site = site_from_dict({"name": "p", "base_url": "https://p.kz", "lang": "kk", "discovery": {"feeds": ["/f"]},
                           "selectors": {"title": "h1", "body": "div.text", "exclude": "div"}})
    page = "<html><body><h1>Жаңалық</h1><div class='text'><p>Ауылда 3 көше жөнделді.</p><div>Жарнама</div></div>"
    article, _ = parse_html(page + "</body></html>", "https://p.kz/1/", site)
    assert article.text == "Ауылда 3 көше жөнделді."


def _wp(head: str = "", meta: str = "", body: str = "<p>Ауылда 3 көше жөнделді.</p>", before: str = "") -> str:
    return (f"<html><head>{head}</head><body>{before}<article><header class='entry-header'>"
            f"<h1 class='entry-title'>Көшелер жөнделді</h1>{meta}</header>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


@pytest.mark.parametrize("page, published", [
    # The theme prints the update first: the publication is the article's date.
    (_wp(meta="<time class='entry-date updated' datetime='2025-10-28T11:20:00+05:00'>28 қазан</time>"
              "<time class='entry-date published' datetime='2025-10-20T08:00:00+05:00'>20 қазан</time>"),
     "2025-10-20T08:00:00+05:00"),
    # A header ticker reuses the date markup before the article.
    (_wp(before="<div class='news-ticker'><time class='entry-date' datetime='2025-10-28T16:10:00+05:00'>16:10"
                "</time></div>",
         meta="<time class='entry-date' datetime='2025-10-28T10:05:00+05:00'>10:05</time>"),
     "2025-10-28T10:05:00+05:00"),
    # The declared publication time wins over a visible date that is another one.
    (_wp(head="<meta property='article:published_time' content='2025-10-20T08:00:00+05:00'>",
         meta="<time class='entry-date' datetime='2025-10-28T11:20:00+05:00'>28 қазан</time>"),
     "2025-10-20T08:00:00+05:00"),
    # UTC is read in the site's zone: 20:30Z on the 27th is 01:30 on the 28th in Almaty.
    (_wp(meta="<time class='entry-date' datetime='2025-10-27T20:30:00Z'>28 октября 2025, 01:30</time>"),
     "2025-10-28T01:30:00+05:00"),
    # A bare day in the attribute yields to the time shown on that day.
    (_wp(meta="<time class='entry-date' datetime='2025-10-28'>28.10.2025 в 11:30</time>"),
     "2025-10-28T11:30:00+05:00"),
    # A server with tzdata from before 2024-03-01 stamps +06:00; the wall clock shown agrees.
    (_wp(meta="<time class='entry-date' datetime='2025-10-28T13:02:00+06:00'>28 октября 2025, 13:02</time>"),
     "2025-10-28T13:02:00+05:00"),
    # Metadata without a time is a day, without an offset a time in the site's zone.
    (_wp(head="<meta property='article:published_time' content='2025-10-29'>"), "2025-10-29"),
    (_wp(head="<meta property='article:published_time' content='2025-10-29 18:40:00'>"),
     "2025-10-29T18:40:00+05:00"),
])
def test_published_date_of_the_article_itself(page, published):
    config = site_from_dict({"name": "wp", "base_url": "https://wp.kz", "lang": "kk", "discovery": {"feeds": ["/f"]},
                             "selectors": {"title": "h1.entry-title", "body": ".entry-content",
                                           "published": "time.entry-date"}})
    a, _ = parse_html(page, "https://wp.kz/a/", config, fetched_at="2025-10-30T00:00:00Z")
    assert a.published == published


DLE_PAGE = """<html><head><title>Ауылға 14 шақырым су құбыры тартылды » Арал тынысы</title></head><body>
<div class="topbar"><span class="date">Бүгін: 28 қазан 2025, сейсенбі</span></div>
<div id="dle-content"><div class="full-story"><div class="full-story-header">
<h1 class="title">Ауылға 14 шақырым су құбыры тартылды</h1>
<span class="dates">Вчера, 16:20</span> <span class="post-views">1 034</span></div>
<div class="full-text">Ауылға 14 шақырым су құбыры тартылды. Жұмысқа 420 млн теңге жұмсалды.<br><br>
Құбырдан 1 200 үй ауыз су алады. Жоба келесі жылы жалғасады, деп хабарлады аудан әкімдігі.<br><br>
Тұрғындар бұған дейін суды тасымалдап әкелетін. Енді әр үйге су есептегіш орнатылды.</div></div></div>
<aside class="sidebar"><div class="popular"><span class="dates">19 қазан 2025</span> Басқа жаңалық</div></aside>
<footer>© 2008-2025 Арал тынысы</footer></body></html>"""


def test_unconfigured_site_date_is_the_one_the_page_shows():
    """No selectors: the article's visible date, read against the server's clock, not
    the top bar's "today", a sidebar's date or the footer's copyright year."""
    from datetime import datetime, timezone

    server = datetime(2025, 10, 28, 12, 0, tzinfo=timezone.utc)
    a, _ = parse_html(DLE_PAGE, "https://aral.kz/news/1-su.html", BARE, server_date=server)
    assert a.published == "2025-10-27T16:20:00+05:00"
    assert "1 200 үй" in a.text and "©" not in a.text


@pytest.mark.parametrize("counter, views", [
    ("<span class='post-views'>2,4 мың рет оқылды</span>", 2400),
    ("<span class='post-views'>1.2K</span>", 1200),
    ("<span class='post-views'>Просмотров: 15,3 тыс.</span>", 15300),
    ("<span class='post-views'><i class='icon-eye'></i></span><span class='post-views'>9 107</span>", 9107),
])
def test_view_counters(counter, views):
    page = WP_PAGE.replace('<span class="post-views">1 912 рет оқылды</span>', counter)
    a, _ = parse_html(page, "https://tolqyn.kz/?p=7", WP)
    assert a.views == views


def test_metadata_title_without_the_site_name_and_json_ld_author_list():
    ld = {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Асель Жумабаева"}],
          "articleBody": "Ауылда 3 көше жөнделді.\nЖұмысқа 90 млн теңге жұмсалды."}
    page = (f"<html><head><meta property='og:title' content='Көшелер жөнделді – Шиелі тынысы'>"
            f"<meta property='og:site_name' content='Шиелі тынысы'><script type='application/ld+json'>"
            f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><h1>Көшелер жөнделді</h1></body></html>")
    a, _ = parse_html(page, "https://shieli.kz/a/", BARE)
    assert (a.title, a.author) == ("Көшелер жөнделді", "Асель Жумабаева")
    assert a.text == "Ауылда 3 көше жөнделді.\nЖұмысқа 90 млн теңге жұмсалды."


@pytest.mark.parametrize("article_body", [
    "Ауылда 3 көше жөнделді. Жұмысқа 90 млн...",  # a teaser: the page's own text is read
    "<p>Ауылда&nbsp;3 көше жөнделді.</p><p>Жұмысқа 90 млн теңге жұмсалды.</p>",  # markup left in it
])
def test_json_ld_body_teaser_or_markup(article_body):
    ld = {"@type": "NewsArticle", "headline": "Көшелер жөнделді", "articleBody": article_body}
    page = (f"<html><head><script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script></head>"
            "<body><article><h1>Көшелер жөнделді</h1><p>Ауылда 3 көше жөнделді. Жұмысқа 90 млн теңге жұмсалды, "
            "оның 60 млн теңгесі аудан бюджетінен бөлінді.</p><p>Келесі жылы тағы бес көше жөндеуден өтеді, "
            "оған жобалық-сметалық құжаттама әзірленіп жатыр.</p></article></body></html>")
    a, _ = parse_html(page, "https://shieli.kz/b/", BARE)
    assert "<" not in a.text and "&nbsp;" not in a.text and "90 млн теңге" in a.text


@pytest.mark.parametrize("base", ["https://aral.kz/news/1-su.html", "http://127.0.0.1:18080/2025/10/28/su/",
                                  "HTTPS://Aral.kz/a/"])
@pytest.mark.parametrize("href", [
    "https://aral.kz/news/1-su.html", "http://aral.kz/news/1-su.html", "https://aral.kz", "https://aral.kz/",
    "https://aral.kz:8443/news/", "https://aral.kz/news/%D0%B6%D0%BE%D0%BB-12/", "https://aral.kz/жаңалық/",
    "https://арал.kz/news/", "https://aral.kz/news/?", "https://aral.kz/news/?p=7", "https://aral.kz/a#",
    "https://aral.kz/a;v=1", "https://aral.kz/a;", "https://aral.kz/a\tb", "https://[::1]/a", "https:///a",
    "HTTPS://aral.kz/a", "ftp://aral.kz/a", "//aral.kz/a", "/news/2-zhol.html", "2-zhol.html", "../b/",
    "https://aral.kz/a/../b/./c", "https:aral.kz/a", "https://user:pw@aral.kz/a", "mailto:x@aral.kz",
])
def test_absolute_url_is_urljoin(base, href):
    from urllib.parse import urljoin

    from scrapers.parse import _absolute_url

    try:
        expected = urljoin(base, href)
    except ValueError as e:
        with pytest.raises(ValueError, match=str(e)):
            _absolute_url(base, href)
    else:
        assert _absolute_url(base, href) == expected


def _shown_date_reading_the_text(node, config, reference):
    """The visible date as it was read before the text was left unread when it cannot matter."""
    from scrapers.parse import _date_value

    machine = node.attributes.get("datetime") or node.attributes.get("content")
    shown = _date_value(machine, config, reference)
    text_value = _date_value(" ".join(node.text(deep=True).split()), config, reference)
    if shown is None or (len(shown) == 10 and text_value and text_value[:10] == shown):
        shown = text_value or shown
    elif text_value and len(text_value) > 10 and machine and \
            machine.strip().replace(" ", "T")[:16] == text_value[:16] != shown[:16]:
        shown = text_value
    return shown


@pytest.mark.parametrize("attribute", ["", "datetime='2025-10-28T11:30:00+05:00'", "datetime='2025-10-28T13:02:00+06:00'",
                                       "datetime='2025-10-27T20:30:00Z'", "datetime='2025-10-28'",
                                       "datetime='2025-10-28 11:30'", "content='2025-10-28T11:30:00'",
                                       "datetime=' 2025-10-28T11:30:00+05:00 '", "datetime='28.10.2025'",
                                       "datetime='2025-02-30T10:00:00+05:00'", "datetime='кеше'"])
@pytest.mark.parametrize("text", ["", "28 қазан 2025 ж.", "28 октября 2025, 11:30", "28 октября 2025, 13:02",
                                  "28.10.2025 в 11:30", "Сегодня, 11:30", "Кеше, 16:20", "2 сағат бұрын",
                                  "28 қазан 2025, 01:30", "29 октября 2025"])
def test_shown_date_reads_the_text_when_it_can_change_the_date(attribute, text):
    from datetime import datetime, timezone

    from selectolax.lexbor import LexborHTMLParser

    from scrapers.parse import _shown_date

    node = LexborHTMLParser(f"<p><time class='entry-date' {attribute}>{text}</time></p>").css_first("time")
    reference = datetime(2025, 10, 28, 12, 0, tzinfo=timezone.utc)
    assert _shown_date(node, WP, reference) == _shown_date_reading_the_text(node, WP, reference)


def _block_text_with_every_query(node, exclude=None):
    """block_text as it was before the queries for what a body may not hold were skipped."""
    from scrapers.parse import _BLOCKS, _CELL_END, _FURNITURE, _INVISIBLE, _INVISIBLE_CHARS, _NOISE, _cells

    for noise in node.css(_NOISE):
        noise.decompose()
    for widget in node.css(f"{_FURNITURE}, {exclude}" if exclude else _FURNITURE):
        if widget.mem_id != node.mem_id:
            widget.decompose()
    for cell in node.css("td, th"):
        for inner in cell.css("br, " + _BLOCKS):
            if inner.tag == "br" or inner.tag == "hr":
                inner.replace_with(" ")
            else:
                inner.insert_before(" ")
                inner.unwrap()
    for br in node.css("br"):
        br.insert_before("\n")
    for block in node.css(_BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    for cell in node.css("td, th"):
        cell.insert_after(_CELL_END)
    raw = node.text(deep=True)
    if any(ch in raw for ch in _INVISIBLE_CHARS):
        raw = raw.translate(_INVISIBLE)
    return "\n".join(line for line in map(_cells, raw.split("\n")) if line)


BODIES = [
    "<p>Ауданда 12 мектеп жөнделді.</p><p>Оған 1,5 млрд теңге бөлінді.</p>",
    "\n  <p>  Ауданда\t12   мектеп </p>\n\n<h2>Қорытынды</h2>\n<ul><li>Бірінші кезең</li><li>Екінші</li></ul>",
    "Бюджет исполнен на 62%.<br>Освоено 4,2 млрд тенге.<br><br>Работы продолжаются.",
    "<p>За 11 месяцев освоено</p><script>var n = 1;</script><p>4,2 млрд тенге.</p>",
    "<p>В районе 240 субъектов МСБ.</p><div class='banner'>Реклама 15 000 тг</div>",
    "<p>Жол жөнделді.</p><div class='read-also'>Сондай-ақ оқыңыз: 6,5 шақырым</div>",
    "<p>Жол жөнделді.</p><div class='sharedaddy'>Бөлісу</div><div class='yarpp'>7 мектеп</div>",
    "<table><tr><th>Жыл</th><th>Саны</th></tr><tr><td><p>2023</p></td><td>45<br>шт.</td></tr></table>",
    "<p>Мек\u00adтеп\u200b саны 1\u200b200, ал&nbsp;бюджет 3&nbsp;млрд.</p>",
    "<blockquote>«Биыл 3 көше жөнделеді», – деді әкім.</blockquote><pre>5 км\n  7 км</pre>",
    "<div class='post-views'>1 912</div><p>В селе 7,9 км дорог.</p>",
    "<svg><text>42</text></svg><p>Текст</p><form><button>Жіберу</button></form><ins>реклама</ins>",
    "<p>Бір</p>\u2028<p>Екі\u00a0\u00a0үш</p>\x1c<p>\u3000Төрт</p>",
    "",
    # bodies the Python walk reads without queries, and near misses it leaves to lexbor
    "<p>Бір <em>екі</em> <a href='#'>үш</a> <strong class='x'>4</strong></p><h3>Бес</h3><ul><li>6</li></ul>",
    "<p>Бір <span class='YARPP'>2</span></p><p>үш</p>",
    "<p>Бір <span class='post-Views-count'>2</span></p>",
    "<p>A</p><!-- 5 мың --><p>B</p>",
    "<p>A<custom-tag>B</custom-tag>C</p>",
    "<p>x<ins>y</ins>z</p><p>x<del>y</del>z</p>",
    "<math><mi>x</mi><mtext>12</mtext></math><p>5 км</p>",
    "<svg><section class='x'>7</section><figure>8</figure></svg><p>9</p>",
    "<figure><img src='a.jpg'><figcaption>Сурет</figcaption></figure><hr><p>Мәтін</p>",
]


@pytest.mark.parametrize("exclude", [None, ".banner", "div.read-also, .banner"])
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("container", ["<div class='entry-content'>{}</div>",
                                       "<div class='entry-content related-posts'>{}</div>",
                                       "<section class='entry-content'>{}</section>",
                                       "<table><tr><td class='entry-content'>{}</td></tr></table>"])
def test_block_text_skips_the_queries_a_body_needs_not(container, body, exclude):
    from selectolax.lexbor import LexborHTMLParser

    page = f"<html><body><article>{container.format(body)}</article></body></html>"
    ours = block_text(LexborHTMLParser(page).css_first(".entry-content"), exclude)
    assert ours == _block_text_with_every_query(LexborHTMLParser(page).css_first(".entry-content"), exclude)


_RANDOM_TAGS = ("p", "div", "li", "ul", "h2", "section", "figure", "span", "a", "em", "strong", "b", "time", "del",
                "sup", "br", "td", "table", "tr", "script", "svg", "ins", "form", "font", "custom-x", "math")
_RANDOM_CLASSES = ("", "", "", "x", "entry", "yarpp", "YARPP-related", "Sharedaddy", "post-views", "share", "related")


def _random_markup(rng, depth=0):
    parts = []
    for _ in range(rng.randint(0, 4 if depth < 3 else 0)):
        kind = rng.random()
        if kind < 0.4:
            parts.append(rng.choice(("Бір", " 12 ", "\n  екі ", "3\u00a0000", "\u200b", "үш.", "")))
        elif kind < 0.45:
            parts.append("<!-- 7 -->")
        else:
            tag = rng.choice(_RANDOM_TAGS)
            cls = rng.choice(_RANDOM_CLASSES)
            attr = f" class='{cls}'" if cls else ""
            parts.append(f"<{tag}{attr}>{_random_markup(rng, depth + 1)}</{tag}>")
    return "".join(parts)


@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
def test_block_text_of_random_bodies_as_with_every_query(doctype):
    """The Python walk that spares tidy bodies the queries (scrapers.parse._tidy_blocks)
    gives what the queries give, on random tag soup of blocks, inline tags, noise, cells,
    foreign content and furniture classes in any case, with and without quirks mode."""
    import random

    from selectolax.lexbor import LexborHTMLParser

    from scrapers.parse import _tidy_blocks

    rng = random.Random(5)
    walked = 0
    for _ in range(1500):
        container = rng.choice(("div", "section", "p", "span", "article"))
        cls = rng.choice(("entry-content", "entry-content yarpp", "entry-content X"))
        page = f"{doctype}<html><body><{container} class='{cls}'>{_random_markup(rng)}</{container}></body></html>"
        walked += _tidy_blocks(LexborHTMLParser(page).css_first(".entry-content")) is not None
        ours = block_text(LexborHTMLParser(page).css_first(".entry-content"))
        assert ours == _block_text_with_every_query(LexborHTMLParser(page).css_first(".entry-content")), page
    assert walked > 200  # the walk was taken, not only the queries


_HEADS = [
    "<meta charset='utf-8'><meta property='og:title' content='Т'><link rel='canonical' href='http://a/1'>",
    "<link rel='Canonical' href='http://a/1'><link rel='CANONICAL' href='http://a/2'>",
    "<link rel='canonical ' href='http://a/1'><link rel='canonical stylesheet' href='x'><link rel href='y'>"
    "<link rel='canonical' href='http://a/3'>",
    "<link rel='canonİcal' href='http://a/1'><link rel='\u212aanonical' href='z'>",
    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"А\"}</script>"
    "<script type='Application/LD+JSON'>{}</script><script type='application/ld+json '>{}</script>"
    "<script>var a = 1;</script><script type='text/javascript'>1</script>",
    "<meta name='author' content='А'><meta NAME='author' content='Б'><meta itemprop='author' content='В'>"
    "<meta property='Author' content='Г'>",
    "<svg><script type='application/ld+json'>{}</script><link rel='canonical' href='http://a/svg'><meta name='x'></svg>",
    "<template><meta name='author' content='T'><link rel='canonical' href='http://a/t'></template>"
    "<noscript><meta name='author' content='N'></noscript>",
    "",
]


@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize("body", ["<p>Мәтін</p>", "<div><meta name='author' content='Д'><script "
                                  "type='application/ld+json'>[]</script><link rel='canonical' href='http://a/b'></div>"])
def test_metadata_nodes_by_tag_are_those_of_the_selector(doctype, head, body):
    """_Metadata lists meta, link and script nodes by tag and tests rel and type itself:
    the nodes found are those of its selector, in document order, with lexbor's
    case-insensitive value match for those two attributes."""
    from selectolax.lexbor import LexborHTMLParser

    from scrapers.parse import _MACHINE_READABLE, _Metadata

    tree = LexborHTMLParser(f"{doctype}<html><head>{head}</head><body>{body}</body></html>")
    queried = tree.css(_MACHINE_READABLE)
    metadata = _Metadata(tree)
    metas = metadata._read()
    ids = lambda nodes: [n.mem_id for n in nodes]  # noqa: E731
    assert ids(metadata.json_ld_scripts()) == ids(n for n in queried if n.tag == "script")
    links = [n for n in queried if n.tag == "link"]
    assert (metadata.canonical() and metadata.canonical().mem_id) == (links[0].mem_id if links else None)
    first = {}
    for node in (n for n in queried if n.tag == "meta"):
        for key in ("property", "name", "itemprop"):
            value = node.attributes.get(key)
            if value and value not in first:
                first[value] = node.mem_id
    assert {k: n.mem_id for k, n in metas.items()} == first


def _date_value_by_the_reader(value, config, reference):
    """_date_value as it was before machine times skipped the page-date reader."""
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from extractors.pagedate import parse_page_date

    try:
        parsed = parse_page_date(value, reference=reference, tz=config.timezone)
    except Exception:
        return None
    if isinstance(parsed, datetime):
        return parsed.astimezone(ZoneInfo(config.timezone)).isoformat(timespec="seconds")
    if isinstance(parsed, date):
        return parsed.isoformat()
    return None


@pytest.mark.parametrize("reference", [None, "2025-10-28T12:00:00+00:00", "2025-10-28T12:00:00",
                                       "9999-12-31T23:00:00+00:00", "0001-01-01T00:00:00+00:00"])
@pytest.mark.parametrize("value", [
    "2025-10-27T20:30:00+05:00", "2025-10-27T20:30:00+06:00", "2025-10-27T20:30:00-00:00",
    "2025-10-27T23:59:59-23:59", "2024-02-29T10:00:00+05:00", "2025-02-29T10:00:00+05:00",
    "2025-13-01T10:00:00+05:00", "0000-01-01T10:00:00+05:00", "0001-01-01T01:00:00+05:00",
    "9999-12-31T23:00:00-05:00", "2025-10-27T24:00:00+05:00", "2025-10-27T20:30:60+05:00",
    "2025-10-27T20:30:00+24:00", "2025-10-27T20:30:00+05:99", "2025-10-27T20:30:00Z", "2025-10-27t20:30:00+05:00",
    "2025-10-27 20:30:00+05:00", "2025-10-27T20:30+05:00", "2025-10-27T20:30:00.5+05:00", "2025-10-27T20:30:00+0500",
    "2025-10-27", "\u0662\u0660\u0662\u0665-10-27T20:30:00+05:00", "27 қазан 2025, 20:30", "Вчера, 16:20",
])
@pytest.mark.parametrize("zone", ["Asia/Almaty", "Asia/Aqtobe", "Europe/Moscow", "Mars/Olympus"])
def test_machine_times_read_as_the_page_date_reader_reads_them(value, reference, zone):
    from dataclasses import replace
    from datetime import datetime

    from scrapers.parse import _date_value

    config = replace(WP, timezone=zone)
    when = datetime.fromisoformat(reference) if reference else None
    try:
        expected = _date_value_by_the_reader(value, config, when)
    except OverflowError:
        with pytest.raises(OverflowError):
            _date_value(value, config, when)
    else:
        assert _date_value(value, config, when) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "kz1048", "broken utf-8"])
@pytest.mark.parametrize("page, config", [(WP_PAGE, WP), (PORTAL_PAGE, PORTAL), (GENERIC_PAGE, BARE),
                                          (JSONLD_PAGE, PORTAL), ("<p>Ауылда 3 көше жөнделді.</p>", BARE)])
def test_page_parsed_from_its_utf8_bytes_as_from_its_text(page, config, encoding):
    from scrapers.charset import decode_html, html_source

    if encoding == "broken utf-8":
        body = page.encode("utf-8")[:-40] + b"\xd0" + page.encode("utf-8")[-40:]
    else:
        body = page.encode(encoding, errors="replace")
    source = html_source(body, "text/html")
    assert isinstance(source, bytes) == (encoding == "utf-8")

    def parsed(html):
        try:
            article, missed = parse_html(html, "https://tolqyn.kz/?p=7", config, fetched_at="2024-12-11T00:00:00Z")
        except ParseError as e:
            return str(e)
        return article.to_dict(), missed

    assert parsed(source) == parsed(decode_html(body, "text/html")[0])


@pytest.mark.parametrize("body", BODIES + ["<p>\u00a0</p><p>Бір  екі\tүш\r\nтөрт</p>", "<p>\u2003\u200b\u2003</p>"])
def test_block_text_hashes_as_collapsed_text(body):
    from selectolax.lexbor import LexborHTMLParser

    from scrapers.article import content_hash

    page = f"<html><body><div class='entry-content'>{body}</div><div class='entry-content'>{body}</div></body></html>"
    texts = [block_text(n) for n in LexborHTMLParser(page).css(".entry-content")]
    text = "\n".join(t for t in texts if t)
    assert content_hash(" Көшелер жөнделді ", text, collapsed=True) == content_hash(" Көшелер жөнделді ", text)
