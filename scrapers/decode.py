"""Content-Encoding decoding with a bound on the output: a gzip bomb stops at the cap.

We ask servers only for gzip and deflate (``settings.ACCEPT_ENCODING``) and decode
them here, never through a library that inflates without limit. Used when fetching
(to enforce the cap) and when reading a capture back from the WARC.
"""
from __future__ import annotations

import zlib

from scrapers import settings


class BodyTooLarge(ValueError):
    """The decoded body passed the cap."""


class UnsupportedEncoding(ValueError):
    """A Content-Encoding we did not ask for and cannot decode safely."""


def decode_content(raw: bytes, content_encoding: str | None, limit: int | None = None) -> bytes:
    """Undo ``content_encoding`` (gzip, deflate, identity; stacked codings too) within ``limit`` bytes
    (default ``settings.MAX_DECODED``)."""
    limit = settings.MAX_DECODED if limit is None else limit
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    data = raw
    for coding in reversed(codings):  # the last coding applied is listed last
        if coding in ("identity", ""):
            continue
        if coding in ("gzip", "x-gzip"):
            data = _inflate(data, 16 + zlib.MAX_WBITS, limit)
        elif coding == "deflate":
            try:
                data = _inflate(data, zlib.MAX_WBITS, limit)
            except zlib.error:  # some servers send raw deflate without the zlib header
                data = _inflate(data, -zlib.MAX_WBITS, limit)
        else:
            raise UnsupportedEncoding(f"Content-Encoding {coding!r} is not supported")
    if len(data) > limit:
        raise BodyTooLarge(f"body of {len(data)} bytes exceeds {limit}")
    return data


def _inflate(data: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = bytearray()
    chunk = data
    while chunk:
        out += d.decompress(chunk, limit + 1 - len(out))
        if len(out) > limit:
            raise BodyTooLarge(f"body inflates past {limit} bytes (compressed {len(data)}): refused as a decompression bomb")
        chunk = d.unconsumed_tail
        if d.eof and d.unused_data:  # concatenated gzip members
            chunk = d.unused_data
            d = zlib.decompressobj(wbits)
    return bytes(out)
