"""Pages that lie about their encoding still read as Kazakh and Russian."""
from __future__ import annotations

import pytest

from scrapers.charset import declared_charset, decode_html

RU = "Бюджет района исполнен на 62,2 процента, сообщили в акимате. Дороги отремонтированы в срок."
KK = "Аудан бюджеті 62,2 пайызға орындалды. Ауылдағы жолдар мерзімінде жөнделді, тұрғындар риза."


def page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>x</title></head><body><p>{text}</p><p>{text}</p></body></html>"


# (html text, encoding used for the bytes, Content-Type header, encoding the page must be read in)
CHARSET_TESTS = [
    (page(KK), "utf-8", "text/html; charset=utf-8", "utf-8"),
    (page(RU), "utf-8", "text/html", "utf-8"),
    (page(RU), "cp1251", "text/html", "cp1251"),  # no charset anywhere
    (page(RU), "cp1251", "text/html; charset=utf-8", "cp1251"),  # header lies
    (page(RU, '<meta charset="windows-1251">'), "cp1251", "text/html", "cp1251"),
    (page(RU), "cp1251", "text/html; charset=iso-8859-1", "cp1251"),  # a Western default
    (page(RU), "koi8-r", "text/html", "koi8-r"),
    (page(KK), "kz1048", "text/html", "kz1048"),  # Kazakh letters in the cp1251 family
    (page(KK, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
     "kz1048", "text/html", "kz1048"),
]


@pytest.mark.parametrize("html,encoding,content_type,expected", CHARSET_TESTS)
def test_decode_html(html, encoding, content_type, expected):
    text, used = decode_html(html.encode(encoding), content_type)
    assert used == expected
    assert (RU in text) or (KK in text)


def test_bom_wins():
    text, used = decode_html(b"\xef\xbb\xbf" + page(KK).encode("utf-8"), "text/html; charset=cp1251")
    assert KK in text and used == "utf-8-sig"


def test_declared_charset_from_header_then_meta():
    assert declared_charset("text/html; charset=Windows-1251") == "cp1251"
    assert declared_charset("text/html", b'<meta charset="utf-8">') == "utf-8"
    assert declared_charset("text/html; charset=nonsense", b"") is None
