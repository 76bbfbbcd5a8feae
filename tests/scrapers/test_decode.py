"""Content-Encoding decoding stays within its cap: a gzip bomb is refused, not inflated."""
from __future__ import annotations

import gzip
import zlib

import pytest

from scrapers.decode import BodyTooLarge, UnsupportedEncoding, decode_content

PAGE = "<p>Ауданда 1 718 азамат жұмысқа орналасты, олардың 532-і жастар.</p>".encode() * 50


@pytest.mark.parametrize("encoding,encode", [
    ("gzip", gzip.compress),
    ("x-gzip", gzip.compress),
    ("deflate", zlib.compress),
    ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
    ("identity", lambda b: b),
    (None, lambda b: b),
])
def test_round_trip(encoding, encode):
    assert decode_content(encode(PAGE), encoding) == PAGE


def test_stacked_and_concatenated():
    assert decode_content(zlib.compress(gzip.compress(PAGE)), "gzip, deflate") == PAGE
    assert decode_content(gzip.compress(PAGE) + gzip.compress(PAGE), "gzip") == PAGE * 2


def test_bomb_refused_within_cap():
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024), compresslevel=9)  # 20 KB that inflate to 20 MB
    assert len(bomb) < 100_000
    with pytest.raises(BodyTooLarge, match="decompression bomb"):
        decode_content(bomb, "gzip", limit=1024 * 1024)


def test_plain_body_over_cap():
    with pytest.raises(BodyTooLarge):
        decode_content(b"x" * 2048, None, limit=1024)


def test_unknown_coding():
    with pytest.raises(UnsupportedEncoding, match="br"):
        decode_content(b"...", "br")
