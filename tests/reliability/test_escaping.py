"""Article text is data: markup planted in an article's title, text and URL is shown, never run,
in the HTML report (``dalel report``) and in the web view (``dalel serve``)."""
from __future__ import annotations

import urllib.request

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from pipeline.cli import cli

TITLE = '<script>window.pwned=1</script>Мектептер "><img src=x onerror=alert(1)>'
TEXT = ("<b onmouseover=alert(2)>Биыл</b> ауданда 40 мектеп бар, оның 30-ы, яғни 80 пайызы жөнделді "
        "<script>alert(3)</script>.\n"
        "В районе 50 сёл, из них 20, или 60%, получили воду <iframe src=javascript:alert(4)></iframe>.")
URL = 'https://tolqyn.kz/news/1?q="><svg onload=alert(5)>'
PLANTED = ("pwned", "alert(")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from corpus.store import Corpus, db_path
    from extractors.core import EXTRACTOR_VERSION, extract
    from scrapers.article import Article

    data = tmp_path_factory.mktemp("escape") / "data"
    items = [r.to_dict() for r in extract(TEXT, "auto", None)]
    assert any(i["kind"] == "check" for i in items)  # the planted sentences still carry claims to report
    with Corpus(db_path(data)) as c:
        c.store_article(Article(url=URL, site="tolqyn.kz", title=TITLE, text=TEXT, lang="kk", published="2024-05-02"),
                        items, EXTRACTOR_VERSION)
    return data


def assert_inert(html: str) -> BeautifulSoup:
    """No element the planted text made: no script of ours, no event handler, no planted img/svg/iframe."""
    dom = BeautifulSoup(html, "html.parser")
    for tag in dom.find_all(True):
        assert not any(a.lower().startswith("on") for a in tag.attrs), tag
        if tag.name in ("script", "iframe", "svg", "img"):
            assert not any(p in (tag.string or "") + str(tag.attrs) for p in PLANTED), tag
    return dom


def test_report_shows_planted_markup_as_text(corpus):
    r = CliRunner().invoke(cli, ["report", "--data", str(corpus)])
    assert r.exit_code == 0, r.output
    html = (corpus / "report.html").read_text(encoding="utf-8")
    dom = assert_inert(html)
    shown = dom.get_text()
    assert "<script>window.pwned=1</script>" in shown  # the reader sees what the site printed
    assert "<script>alert(3)</script>" in shown or "<iframe src=javascript:alert(4)></iframe>" in shown
    assert "&lt;script&gt;" in html


@pytest.fixture(scope="module")
def web(corpus, dalel_serve):
    with dalel_serve(corpus) as base:
        yield base


@pytest.mark.parametrize("page", ["/dalel/articles", "/dalel/article_versions", "/dalel/article_versions/1",
                                  "/dalel/records", "/dalel/checks", "/dalel/articles/1"])
def test_web_view_shows_planted_markup_as_text(web, page):
    with urllib.request.urlopen(web + page, timeout=10) as r:
        html = r.read().decode("utf-8")
    dom = assert_inert(html)
    shown = dom.get_text()
    if page.startswith("/dalel/article_versions"):
        assert "<script>window.pwned=1</script>" in shown  # shown, as text
    if page.startswith("/dalel/articles"):
        assert "<svg onload=alert(5)>" in shown
