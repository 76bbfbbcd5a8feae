"""Article pages to :class:`~scrapers.article.Article`, from the WARC only.

The site's CSS selectors are applied with selectolax (chosen by measurement: 0.9 ms
to parse and select an 85 KB page against BeautifulSoup's 27.7 ms). A field whose
selector is missing or matches nothing falls back to machine-readable metadata
(``article:published_time``, JSON-LD ``NewsArticle``, ``og:title``) and, for title
and body, to trafilatura's generic extraction with its metadata. Visible dates are
read by ``extractors.pagedate.parse_page_date`` against the capture time; the page
language by ``extractors.langid.detect_language``.
"""
from __future__ import annotations

import html as html_lib
import json
import logging
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser, LexborNode

from extractors.langid import detect_language
from scrapers.article import Article, content_hash
from scrapers.charset import html_source
from scrapers.config import SiteConfig
from scrapers.decode import decode_content
from scrapers.warc import read_capture

log = logging.getLogger("dalel.scrapers.parse")

try:  # the dates issue's reader of visible page dates
    from extractors.pagedate import parse_page_date
except ImportError:  # pragma: no cover - until it lands, machine-readable dates only
    parse_page_date = None

_NOISE = "script, style, noscript, template, iframe, form, button, svg, ins"
_BLOCKS = ("p, h1, h2, h3, h4, h5, h6, li, ul, ol, blockquote, pre, table, tr, div, section, article, figure, "
           "figcaption, aside, header, footer, hr, dd, dt")
# Furniture that WordPress plugins and themes put inside the article's own container:
# related posts (YARPP, Jetpack), share and view-counter widgets. Related posts carry
# other articles' figures ("6,5 шақырым газ құбыры") and change whenever a post is
# added, which would read as an edit of this one.
_FURNITURE = (".yarpp, .yarpp-related, .jp-relatedposts, .sharedaddy, .addtoany_share_save_container, "
              ".post-views, .wp-block-latest-posts, .related-posts, .related_posts, .crp_related, "
              ".rp4wp-related-posts, .social-share, .share-buttons")
# What block_text removes or marks inside an article container, besides its blocks.
_UNTIDY = f"{_NOISE}, {_FURNITURE}, td, th, br"
_CELL_END = "\x1f"
# Soft hyphens and zero-width characters split words and numbers without showing
# ("мек\xadтеп", "1\u200b200"): dropped from the text the extractors read.
_INVISIBLE_CHARS = "\xad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
_DIGITS = re.compile(r"\d[\d\s\u00a0\u202f.,]*")
_ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"}


class ParseError(ValueError):
    """A capture that holds no article (an error page, an empty body)."""


def block_text(node: LexborNode, exclude: str | None = None) -> str:
    """Visible text of ``node``: one line a paragraph (block element), spaces collapsed inside.

    ``exclude`` is a site's CSS for furniture inside its article container (an inline
    banner, a "read also" box): dropped with what it holds, as the built-in furniture is.
    """
    # Each query costs about as much to compile as to run on an article (lexbor sets up
    # and frees its selector memory each time), and most article bodies are bare
    # paragraphs: a walk of the body in Python (a few elements) tells those apart and
    # finds their blocks. Any other body asks lexbor: one query tells whether there is
    # anything to remove or mark besides the blocks, and only a body that has some pays
    # for the queries below. (Each of them would match nothing otherwise, the blocks'
    # marks adding no elements.)
    blocks = None if exclude else _tidy_blocks(node)
    untidy = blocks is None and node.css_first(f"{_UNTIDY}, {exclude}" if exclude else _UNTIDY) is not None
    if untidy:
        for noise in node.css(_NOISE):
            noise.decompose()
        for widget in node.css(f"{_FURNITURE}, {exclude}" if exclude else _FURNITURE):
            if widget.mem_id != node.mem_id:
                widget.decompose()
        # A cell pasted from a word processor holds paragraphs ("<td><p>8 240</p></td>"); they
        # are one cell's text, not paragraphs of the article, or a table row would fall apart
        # into lines of bare numbers.
        for cell in node.css("td, th"):
            for inner in cell.css("br, " + _BLOCKS):
                if inner.tag == "br" or inner.tag == "hr":
                    inner.replace_with(" ")
                else:
                    inner.insert_before(" ")
                    inner.unwrap()
        for br in node.css("br"):
            br.insert_before("\n")
    for block in node.css(_BLOCKS) if blocks is None else blocks:
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    if untidy:
        # Table cells are inline boxes: "<td>2023</td><td>45</td>" would read "202345", one
        # wrong number. A cell ends with a unit separator (a control character no page text
        # holds), and a row's cells are joined by " | ".
        for cell in node.css("td, th"):
            cell.insert_after(_CELL_END)
    raw = node.text(deep=True)
    # Invisible characters are neither spaces nor line or cell ends, so dropping them from
    # the whole text at once is dropping them from every line; and only a page that has
    # them pays for it (a translate per line was a third of the text assembly).
    if any(ch in raw for ch in _INVISIBLE_CHARS):
        raw = raw.translate(_INVISIBLE)
    # One line a block or <br>. The gaps between blocks are runs of whitespace-only lines,
    # which collapse to nothing and are dropped: no need to split at blank lines first.
    if _CELL_END in raw:
        lines = map(_cells, raw.split("\n"))
    else:  # no table: spaces collapsed without a call a line, the empty lines skipped first
        lines = [" ".join(line.split()) for line in raw.split("\n") if line]
    return "\n".join(filter(None, lines))


# The tags of a body block_text reads without its queries: blocks, and the inline tags
# paragraphs hold. None is noise, a table cell or <br> (what _UNTIDY names by tag).
_BLOCK_TAGS = frozenset(_BLOCKS.split(", "))
_INLINE_TAGS = frozenset(("a", "b", "strong", "i", "em", "span", "img", "sup", "sub", "u", "s", "small", "mark",
                          "q", "cite", "abbr", "code", "time", "del"))
# Any class that may be furniture's: a class name of _FURNITURE anywhere in the attribute,
# in any case (a page without a doctype matches classes case-insensitively).
_MAYBE_FURNITURE_CLASS = re.compile("|".join(re.escape(name.strip().lstrip("."))
                                              for name in _FURNITURE.split(",")), re.IGNORECASE)


def _tidy_blocks(node: LexborNode) -> list[LexborNode] | None:
    """``node.css(_BLOCKS)`` when nothing in ``node`` (itself included) could match
    ``_UNTIDY``: every element a block or a usual inline tag, no class that may be
    furniture's. None when something might: block_text then asks lexbor."""
    blocks = []
    for element in node.traverse():
        tag = element.tag
        if tag in _BLOCK_TAGS:
            blocks.append(element)
        elif tag not in _INLINE_TAGS:
            return None
        classes = element.attributes.get("class")
        if classes and _MAYBE_FURNITURE_CLASS.search(classes):
            return None
    return blocks


def _cells(line: str) -> str:
    """One line of text, spaces collapsed; table cells joined by " | "."""
    if _CELL_END not in line:
        return " ".join(line.split())
    return " | ".join(cell for cell in (" ".join(c.split()) for c in line.split(_CELL_END)) if cell)


def _first_text(tree: LexborHTMLParser, selector: str | None) -> str | None:
    if not selector:
        return None
    return _node_text(tree.css_first(selector))


def _node_text(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = " ".join(node.text(deep=True).split())
    return text or None


# The page's machine-readable metadata, found in one walk of the page. Each selector
# query walks the whole tree (a benchmark page's 100 KB of scripts and SVG sprite) at
# about the cost of any other, and a page asked up to seven of these one by one. The
# three parts select disjoint tags, so a node's tag says which part it matched.
_MACHINE_READABLE = 'meta, link[rel="canonical"], script[type="application/ld+json"]'
# The attributes ``meta[property="…"], meta[name="…"], meta[itemprop="…"]`` compares:
# whole values, case-sensitively (none is on HTML's list of case-insensitive attributes).
_META_KEYS = ("property", "name", "itemprop")


class _Metadata:
    """``<meta>``, canonical ``<link>`` and JSON-LD ``<script>`` nodes of a page, read in
    document order on the first question asked.

    :meth:`forget` drops them when the tree changes (the body's text is read by removing
    its scripts and forms, which may hold metadata), so that later questions see the page
    as a query made then would."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self._metas: dict[str, LexborNode] | None = None
        self._canonical: LexborNode | None = None
        self._scripts: list[LexborNode] = []

    def forget(self) -> None:
        self._metas = None
        self._canonical = None
        self._scripts = []

    def _read(self) -> dict[str, LexborNode]:
        if self._metas is None:
            # The nodes of _MACHINE_READABLE by tag: lexbor's element lists cost no selector
            # setup (about half of a query's cost on these pages), and the attribute tests
            # are made here as the selector makes them.
            self._metas = {}
            for node in self.tree.tags("meta"):
                attributes = node.attributes
                for key in _META_KEYS:
                    value = attributes.get(key)
                    if value and value not in self._metas:  # the first node in document order
                        self._metas[value] = node
            for node in self.tree.tags("link"):
                if _selector_value_is(node.attributes.get("rel"), "canonical"):
                    self._canonical = node
                    break
            self._scripts = [node for node in self.tree.tags("script")
                             if _selector_value_is(node.attributes.get("type"), "application/ld+json")]
        return self._metas

    def meta(self, name: str) -> LexborNode | None:
        """The first ``meta[property=name], meta[name=name], meta[itemprop=name]``."""
        return self._read().get(name)

    def canonical(self) -> LexborNode | None:
        """The first ``link[rel="canonical"]``."""
        self._read()
        return self._canonical

    def json_ld_scripts(self) -> list[LexborNode]:
        """The ``script[type="application/ld+json"]`` nodes."""
        self._read()
        return self._scripts


def _selector_value_is(value: str | None, wanted: str) -> bool:
    """``[attribute="wanted"]`` as lexbor matches ``rel`` and ``type`` (on HTML's list of
    attributes whose values selectors compare case-insensitively): the whole value, its
    ASCII letters in any case."""
    return value is not None and len(value) == len(wanted) and value.isascii() and value.lower() == wanted


def _meta(metadata: _Metadata, *names: str) -> str | None:
    for name in names:
        node = metadata.meta(name)
        if node is not None and (node.attributes.get("content") or "").strip():
            return node.attributes["content"].strip()
    return None


def _json_ld(metadata: _Metadata) -> dict:
    """The first JSON-LD object typed as an article (``@graph`` searched too), or {}."""
    for script in metadata.json_ld_scripts():
        try:
            data = json.loads(script.text(deep=True) or "")
        except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kind = item.get("@type")
            kinds = set(kind) if isinstance(kind, list) else {kind}
            if kinds & _ARTICLE_TYPES:
                return item
    return {}


class _LazyJsonLd:
    """The page's JSON-LD article (:func:`_json_ld`), read on the first field asked of it."""

    def __init__(self, metadata: _Metadata) -> None:
        self.metadata = metadata
        self.data: dict | None = None

    def get(self, key: str, default=None):
        if self.data is None:
            self.data = _json_ld(self.metadata)
        return self.data.get(key, default)


# A machine-readable time with its offset as CMSs write it ("2025-10-27T20:30:00+05:00"),
# every field within its range: the page-date reader reads it as datetime.fromisoformat
# does, after trying it against its other forms. Anything else (a "Z", no seconds, a bare
# day, another year than fromisoformat takes) is left to the reader.
_ISO_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                           r"[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]")


def _date_value(value: str | None, config: SiteConfig, reference: datetime | None) -> str | None:
    if not value or parse_page_date is None:
        return _machine_date(value)
    # The reader would also refuse a reference at the ends of the calendar (it moves it
    # into the site's zone first): the shortcut is taken only when it cannot.
    if _ISO_DATETIME.fullmatch(value) and (reference is None or 1 < reference.year < 9999):
        try:
            return datetime.fromisoformat(value).astimezone(ZoneInfo(config.timezone)).isoformat(timespec="seconds")
        except Exception:  # a day the month lacks, an unknown zone: as the reader has it, below
            pass
    try:
        parsed = parse_page_date(value, reference=reference, tz=config.timezone)
    except Exception as e:  # a bad zone is a config error, already validated; anything else is the page's
        log.debug("date %r unreadable: %s", value, e)
        return None
    if isinstance(parsed, datetime):
        # In the site's zone: the day of "2025-10-27T20:30:00Z" in Almaty is the 28th, and
        # relative dates in the text ("кеше", "биыл") resolve against that day.
        return parsed.astimezone(ZoneInfo(config.timezone)).isoformat(timespec="seconds")
    if isinstance(parsed, date):
        return parsed.isoformat()
    return None


def _machine_date(value: str | None) -> str | None:
    """ISO dates only (fallback while the page-date reader is absent)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat(timespec="seconds")
    except ValueError:
        m = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        try:  # a day that does not exist (2024-13-45) is no date
            return date.fromisoformat(m.group()).isoformat() if m else None
        except ValueError:
            return None


_VIEW_SCALE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(мың|тыс\.?|k|к|млн|m)(?![^\W\d_])", re.IGNORECASE)
_SCALES = {"мың": 1_000, "тыс": 1_000, "тыс.": 1_000, "k": 1_000, "к": 1_000, "млн": 1_000_000, "m": 1_000_000}


def _views(text: str | None) -> int | None:
    """A view counter: "1 912 рет оқылды", "Просмотров: 15 230", "2,4 мың", "1.2K"."""
    scaled = _VIEW_SCALE.search(text or "")
    if scaled:
        return round(float(scaled.group(1).replace(",", ".")) * _SCALES[scaled.group(2).lower()])
    m = _DIGITS.search(text or "")
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group())
    return int(digits) if digits and len(digits) < 13 else None


def _views_of(tree: LexborHTMLParser, selector: str | None) -> int | None:
    """The first match of the views selector that holds a count (an icon's empty span may come first)."""
    if not selector:
        return None
    for node in tree.css(selector):
        views = _views(_node_text(node))
        if views is not None:
            return views
    return None


def parse_html(html: str | bytes, url: str, config: SiteConfig, *, fetched_at: str | None = None,
               server_date: datetime | None = None) -> tuple[Article, list[str]]:
    """The article on a page, and the configured selectors that matched nothing (to report a site as degraded).

    ``html`` is the page's text, or its UTF-8 bytes (what
    :func:`~scrapers.charset.html_source` gives for a UTF-8 page), which lexbor parses
    as they are. Relative page dates ("Сегодня, 14:05") are read against
    ``server_date`` (the response's Date header) when given, else against ``fetched_at``.
    """
    tree = LexborHTMLParser(html)
    sel = config.selectors
    # Every selector query walks the whole page (100 KB of scripts, SVG sprites and
    # menus), so each is made once, and JSON-LD is only looked for when a field
    # needs the fallback.
    title_node = tree.css_first(sel["title"]) if sel.get("title") else None
    body_nodes = tree.css(sel["body"]) if sel.get("body") else []
    missed = [k for k, found in (("title", title_node), ("body", body_nodes)) if k in sel and not found]
    reference = server_date or (datetime.fromisoformat(fetched_at.replace("Z", "+00:00")) if fetched_at else None)
    metadata = _Metadata(tree)
    ld = _LazyJsonLd(metadata)

    title = _node_text(title_node) or _meta(metadata, "og:title") or ld.get("headline")
    body = None
    if body_nodes:
        exclude = sel.get("exclude")
        body = "\n".join(t for t in (block_text(n, exclude) for n in _own_containers(body_nodes)) if t) or None
        metadata.forget()  # block_text removed the body's scripts and forms
    collapsed = bool(body)  # block_text's lines, whitespace collapsed (see content_hash)
    if not body:
        body = _ld_body(ld.get("articleBody"))

    declared = _date_value(_meta(metadata, "article:published_time", "datePublished"), config, reference) \
        or _date_value(ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
                       config, reference)
    shown = None
    # A declared time of day wins over the visible date (see _published), which is then
    # not looked for: a date selector query and two date readings a page saved.
    if sel.get("published") and (not declared or len(declared) == 10):
        node = _date_node(tree.css(sel["published"]))
        if node is not None:
            shown = _shown_date(node, config, reference)
    published = _published(shown, declared)

    author = _first_text(tree, sel.get("author")) or _meta(metadata, "author", "article:author") \
        or _ld_author(ld.get("author"))
    views = _views_of(tree, sel.get("views"))
    category = _first_text(tree, sel.get("category")) or _meta(metadata, "article:section") \
        or (ld.get("articleSection") if isinstance(ld.get("articleSection"), str) else None)

    if title and not title_node:
        title = _without_site_name(title, tree, metadata)
    if not title or not body:
        generic = _generic(html if isinstance(html, str) else html.decode("utf-8", "replace"), url)
        title = title or _without_site_name(generic.get("title"), tree, metadata) or _first_text(tree, "h1") \
            or _first_text(tree, "title")
        if not body:
            body = _without_title(generic.get("text"), title)
        author = author or generic.get("author")
        if not category and generic.get("categories"):
            category = generic["categories"][0]
    else:
        generic = {}
    published = published or _visible_date(tree, config, reference) \
        or _date_value(generic.get("date"), config, reference)
    if not body:
        raise ParseError(f"{url}: no article text found (selectors and generic extraction gave nothing)")

    canonical = None
    link = metadata.canonical()
    if link is not None and link.attributes.get("href"):
        canonical = _absolute_url(url, link.attributes["href"].strip())
    canonical = canonical or _meta(metadata, "og:url")

    article = Article(
        url=url, site=config.name, title=title or "", text=body, canonical_url=canonical,
        published=published, author=author, views=views, category=category,
        lang=detect_language(f"{title or ''}\n{body}", default=config.lang), fetched_at=fetched_at,
        content_hash=content_hash(title or "", body, collapsed=collapsed),
    )
    return article, missed


# An absolute http(s) URL that ``urljoin`` would give back as it is: a host, then a path
# without parameters (";"), query or fragment, whose empty forms ("…/a?") it drops, and
# without the tabs and line breaks it removes. IPv6 brackets and non-ASCII hosts, which
# it checks and may refuse, are left to it.
_PLAIN_ABSOLUTE_URL = re.compile(r"(https?):(//[^/?#;\[\]\t\r\n]+(?:/[^?#;\t\r\n]*)?)")


def _absolute_url(base: str, href: str) -> str:
    """``urljoin(base, href)``, without its parse and reassembly of the URL when ``href``
    is already an absolute URL of the page's scheme (canonical links mostly are)."""
    plain = _PLAIN_ABSOLUTE_URL.fullmatch(href)
    if plain is not None and plain.group(2).isascii() and base.startswith(plain.group(1) + ":"):
        return href
    return urljoin(base, href)


def _own_containers(nodes: list[LexborNode]) -> list[LexborNode]:
    """The body matches that are this article's: a match inside another match counts once,
    and a match inside another ``<article>`` than the first match's is another post's
    excerpt (a theme's related-posts grid reusing the post template)."""
    if len(nodes) == 1:  # a site's one container: nothing it could be nested in or compared with
        return nodes

    def article_of(node: LexborNode):
        parent = node
        while parent is not None and parent.tag != "article":
            parent = parent.parent
        return parent.mem_id if parent is not None else None

    own = article_of(nodes[0])
    ids = {n.mem_id for n in nodes}
    kept = []
    for node in nodes:
        parent, nested = node.parent, False
        while parent is not None:
            if parent.mem_id in ids:
                nested = True
                break
            parent = parent.parent
        if not nested and (own is None or article_of(node) == own):
            kept.append(node)
    return kept


def _ld_body(value) -> str | None:
    """JSON-LD ``articleBody`` as text: markup some CMSs leave in it removed, and a teaser
    cut with "..." refused (the page's own text is then read instead)."""
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value and re.search(r"<[a-zA-Z/][^>]*>", value):
        text = block_text(LexborHTMLParser(f"<div>{value}</div>").css_first("div"))
    else:
        text = "\n".join(" ".join(p.split()) for p in html_lib.unescape(value).splitlines() if p.strip())
    if text.rstrip().endswith(("...", "…")):
        return None
    return text or None


def _ld_author(value) -> str | None:
    """A JSON-LD author: a name, a Person, or a list of them (the first)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _without_site_name(title: str | None, tree: LexborHTMLParser, metadata: _Metadata) -> str | None:
    """A headline from ``og:title`` or ``<title>`` without the site's name after it
    ("Ауданда 12 мектеп жөнделді – Шиелі тынысы"): the page's ``<h1>`` when the title
    starts with it, else the title less an ``og:site_name`` suffix."""
    if not title:
        return title
    h1 = _first_text(tree, "h1")
    if h1 and len(h1) < len(title) and title.startswith(h1) and title[len(h1):].lstrip()[:1] in "-–—|:·•":
        return h1
    site = _meta(metadata, "og:site_name")
    if site and title.endswith(site):
        cut = title[: -len(site)].rstrip()
        if cut and cut[-1] in "-–—|:·•":
            return cut[:-1].rstrip() or title
    return title


def _without_title(text: str | None, title: str | None) -> str | None:
    """Generic text less a first line that repeats the headline (trafilatura keeps the
    ``<h1>``; its figures would be counted twice)."""
    if not text or not title:
        return text
    first, _, rest = text.partition("\n")
    return rest if rest and " ".join(first.split()) == " ".join(title.split()) else text


# Where pages without a configured date selector show their date, most specific first.
_VISIBLE_DATES = ("[itemprop=datePublished]", "time.published", "time[datetime]", "span.dates", ".entry-date",
                  ".post-date", ".news-date", ".news-date-time", ".date-time", ".article-date", ".date")


def _visible_date(tree: LexborHTMLParser, config: SiteConfig, reference: datetime | None) -> str | None:
    """The date a page shows in a usual place, read by our page-date reader: before
    trafilatura's guess, which may take a sidebar's date or the footer's "© 2008-2025"."""
    for selector in _VISIBLE_DATES:
        for node in tree.css(selector):
            if node.parent is not None and _in_furniture(node):
                continue
            machine = node.attributes.get("datetime") or node.attributes.get("content")
            found = _date_value(machine, config, reference) or _date_value(
                " ".join(node.text(deep=True).split()), config, reference)
            if found:
                return found
    return None


_FURNITURE_PARTS = ("sidebar", "widget", "popular", "related", "ticker", "topbar", "top-bar")
# Whole class names only: "full-story-header" holds the article's own date.
_FURNITURE_CLASSES = {"header", "site-header", "page-header", "main-header", "footer", "site-footer", "menu",
                      "main-menu", "nav", "navbar"}


def _in_furniture(node: LexborNode) -> bool:
    """Inside a sidebar, ticker, page header or footer, or navigation: dates there are
    other posts' or today's. An article's own ``<header>`` (WordPress's ``entry-header``)
    holds its date, so a header counts only outside the ``<article>``."""
    in_header = False
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag in ("aside", "nav"):
            return True
        if parent.tag in ("header", "footer"):
            in_header = True
        elif parent.tag == "article":
            in_header = False
        classes = (parent.attributes.get("class") or "").lower()
        if any(part in classes for part in _FURNITURE_PARTS) or _FURNITURE_CLASSES.intersection(classes.split()):
            return True
        parent = parent.parent
    return in_header


def _shown_date(node: LexborNode, config: SiteConfig, reference: datetime | None) -> str | None:
    """The date of the configured date element: its ``datetime``/``content`` attribute, or
    the text it shows when that says more."""
    machine = node.attributes.get("datetime") or node.attributes.get("content")
    shown = _date_value(machine, config, reference)
    if shown is not None and len(shown) > 10 and machine.strip().replace(" ", "T")[:16] == shown[:16]:
        # A time of day whose wall clock is the attribute's: the text could only change
        # it by agreeing with that wall clock while differing from it (below), so it is
        # not read (a page-date reading of a local date, on most pages).
        return shown
    text_value = _date_value(" ".join(node.text(deep=True).split()), config, reference)
    if shown is None or (len(shown) == 10 and text_value and text_value[:10] == shown):
        return text_value or shown  # "datetime=2025-10-28" beside "28.10.2025 в 11:30"
    if text_value and len(text_value) > 10 and machine and \
            machine.strip().replace(" ", "T")[:16] == text_value[:16] != shown[:16]:
        # The wall clocks agree and only the offset differs: a server whose tzdata
        # predates Kazakhstan's move to +05 (2024-03-01) still stamps +06:00.
        return text_value
    return shown


def _date_node(nodes: list[LexborNode]) -> LexborNode | None:
    """The configured date element that is the article's: themes reuse its markup for a
    header ticker or print the "updated" date first, so matches in furniture and
    update dates give way to another match when there is one."""
    if len(nodes) < 2:
        return nodes[0] if nodes else None
    own = [n for n in nodes if not _in_furniture(n)] or nodes
    published = [n for n in own if not any(w in (n.attributes.get("class") or "").lower()
                                           for w in ("updated", "modified"))]
    return (published or own)[0]


def _published(shown: str | None, declared: str | None) -> str | None:
    """The publication time: the page's declared ``article:published_time``/JSON-LD
    ``datePublished`` when it has one, the configured visible date otherwise.

    Themes print an "updated" date or a header ticker with the same classes before the
    article's own date, so the first visible match can be hours or days off; the declared
    value is the one the CMS wrote for this post. A declared bare day yields to a visible
    time on that day.
    """
    if not declared:
        return shown
    if shown and len(declared) == 10 and shown[:10] == declared:
        return shown
    return declared


def _generic(html: str, url: str) -> dict:
    import trafilatura

    if not html.strip():
        return {}  # an empty body: nothing for trafilatura to do but complain
    try:
        # No extensive date search: it guesses from any date on the page, a sidebar's or
        # the footer's "© 2008-2025" (read as 1 January).
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True,
                                          date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as e:  # trafilatura on malformed pages
        log.warning("%s: generic extraction failed: %s", url, e)
        return {}
    return doc.as_dict() if doc is not None else {}


def _http_date(value: str | None) -> datetime | None:
    """An HTTP Date header as an aware datetime, or None when absent or unreadable.

    The page said "today" by the server's clock, and the Date header is that clock
    (for a CDN-cached page, the time the origin rendered it), so it is a better
    reference for relative dates than our capture time.
    """
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else None


def article_from_warc(data_dir: str | Path, warc_file: str, warc_record_id: str, config: SiteConfig) -> Article:
    """Re-parse an archived capture (no network); raises ParseError/KeyError/FileNotFoundError with the reason."""
    article, _ = parse_capture(data_dir, warc_file, warc_record_id, config)
    return article


def parse_capture(data_dir: str | Path, warc_file: str, warc_record_id: str,
                  config: SiteConfig) -> tuple[Article, list[str]]:
    capture = read_capture(data_dir, warc_file, warc_record_id)
    if capture.status != 200:
        raise ParseError(f"{capture.url}: capture {warc_record_id} is HTTP {capture.status}, not a page")
    if capture.truncated:
        raise ParseError(f"{capture.url}: capture {warc_record_id} is truncated ({capture.truncated})")
    body = decode_content(capture.payload, capture.header("content-encoding"))
    html = html_source(body, capture.header("content-type"))
    article, missed = parse_html(html, capture.url, config, fetched_at=capture.date,
                                 server_date=_http_date(capture.header("date")))
    article.warc_file = warc_file
    article.warc_record_id = warc_record_id
    return article, missed
