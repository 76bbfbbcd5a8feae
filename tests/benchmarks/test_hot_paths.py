"""Speed fixes on the hot path return exactly what the slower code they replaced returned."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers import charset

LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"


def whole_text_choice(body: bytes) -> tuple[str, str]:
    """The Cyrillic code page chosen by scoring every character of each decoding."""
    best = ("", "cp1251", -1.0)
    for enc in charset._CYRILLIC_FAMILY:
        text = body.decode(enc, errors="replace")
        score = charset._cyrillic_score(text) - text.count("\ufffd") / max(len(text), 1)
        if score > best[2] + 1e-9:
            best = (text, enc, score)
    return best[0], best[1]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_scoring_only_high_bytes_chooses_as_the_whole_text_does(body):
    assert charset._best_cyrillic(body) == whole_text_choice(body)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=LETTERS + " <p>\n.,«»—0123456789\u00a0abc", max_size=300),
       st.sampled_from(["cp1251", "kz1048", "koi8-r"]))
def test_cyrillic_pages_decode_as_before(text, encoding):
    body = f"<html><body><p>{text}</p></body></html>".encode(encoding, errors="replace")
    assert charset._best_cyrillic(body) == whole_text_choice(body)


def test_a_kazakh_page_in_kz1048_reads_back():
    page = "<p>Ауданда биыл 12 мектеп салынды, оның үшеуі Қызылқұмда.</p>" * 50
    text, encoding = charset.decode_html(page.encode("kz1048"), "text/html; charset=windows-1251")
    assert encoding == "kz1048" and text == page


def letter_by_letter_score(text: str) -> float:
    """The Cyrillic score as first written, one character at a time."""
    high = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    if not high:
        return 0.0
    good = sum((1.0 if ch.islower() else 0.6) for ch in high if ch in charset._RU or ch in charset._KK)
    return good / len(high)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTERS + " \u00a0\u2003\u3000\n\t.,«»—ё\ufffdäşabc0", max_size=300) | st.text(max_size=200))
def test_cyrillic_score_by_expressions_equals_letter_by_letter(text):
    assert abs(charset._cyrillic_score(text) - letter_by_letter_score(text)) < 1e-12


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.text(alphabet=LETTERS + " <p>\n.,«»0123456789abc", max_size=300).map(
                     lambda t: t.encode("cp1251", errors="replace"))),
       st.sampled_from(["cp1251", "kz1048", "koi8-r"]))
def test_a_declared_page_decoded_once_reads_as_decoded_twice(body, declared):
    """decode_html hands _best_cyrillic the declared code page's text, which it returns
    when that code page wins instead of decoding the body again: the same answer."""
    try:
        text = body.decode(declared)
    except UnicodeDecodeError:
        return  # decode_html does not get this far with such a body
    assert charset._best_cyrillic(body, (declared, text)) == charset._best_cyrillic(body)
    charset_name = {"cp1251": "windows-1251", "kz1048": "kz-1048", "koi8-r": "koi8-r"}[declared]
    if body.startswith(charset._BOM_PREFIXES):
        return  # read by its byte-order mark
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        assert charset.decode_html(body, f"text/html; charset={charset_name}") == charset._best_cyrillic(body)


_UTF8_PARTS = [b"<div class='x'>", b" ", b"\n", "Ауданда".encode(), "ә қ ү".encode(), "😀".encode(), "€".encode(),
               b"\xd0", b"\x90", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80",
               b"\xf4\x90\x80\x80", b"\xff", b"\xc2\xa0", b"\xef\xbf\xbf"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_UTF8_PARTS), max_size=60), st.integers(1, 9))
def test_utf8_checked_in_pieces_as_a_whole_decode_checks_it(parts, piece):
    """html_source's UTF-8 check, made piece by piece (pieces cut just after an ASCII
    byte, all-ASCII ones not decoded), says what a decode of the whole body says, with
    pieces of a few bytes so that sequences, good and bad, meet every cut."""
    body = b"".join(parts)
    try:
        body.decode("utf-8")
        whole = True
    except UnicodeDecodeError:
        whole = False
    saved = charset._PIECE
    charset._PIECE = piece
    try:
        assert charset._is_utf8(body) == whole
    finally:
        charset._PIECE = saved


def test_utf8_check_of_pages_with_a_bad_byte_anywhere():
    import random

    rng = random.Random(8)
    page = ("<html><body>" + "<p>Ауданда 12 мектеп жөнделді, 😀 бюджет 3 млрд.</p>\n" * 300 + "</body></html>").encode()
    assert charset._is_utf8(page) and charset.html_source(page, "text/html") is page
    for _ in range(300):
        at = rng.randrange(len(page))
        bad = page[:at] + rng.choice([b"\xd0", b"\x80", b"\xff", b"\xed\xa0\x80", b"\xd0a"]) + page[at:]
        try:
            bad.decode("utf-8")
            whole = True
        except UnicodeDecodeError:
            whole = False
        assert charset._is_utf8(bad) == whole
