"""Bytes to text for pages that may lie about their encoding.

Order of trust: a byte-order mark; valid UTF-8 (a non-ASCII page that decodes as
UTF-8 is almost never anything else); the declared charset (HTTP header, then
``<meta>``) when the bytes decode under it; else detection by charset_normalizer.
Cyrillic single-byte guesses are refined between cp1251, KZ-1048 (cp1251 with the
Kazakh letters) and KOI8-R by counting letters that belong to Kazakh and Russian.
"""
from __future__ import annotations

import codecs
import re

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_RU = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_KK = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_HIGH = re.compile(r"[^\x00-\x7f\s]")
_LOWER_LETTERS = re.compile("[" + "".join(sorted(ch for ch in _RU | _KK if ch.islower())) + "]")
_UPPER_LETTERS = re.compile("[" + "".join(sorted(ch for ch in _RU | _KK if not ch.islower())) + "]")
_CYRILLIC_FAMILY = ("cp1251", "kz1048", "koi8-r")
_WESTERN = ("iso8859-1", "cp1252", "ascii")


def declared_charset(content_type: str | None, body: bytes = b"") -> str | None:
    """The charset the HTTP header or, failing that, a ``<meta>`` tag declares (normalised)."""
    for found in (_HEADER.search(content_type or ""), _META.search(body[:4096])):
        if found:
            name = found.group(1) if isinstance(found.group(1), str) else found.group(1).decode("ascii")
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for an HTML or XML body."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    try:
        text = body.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_charset(content_type, body)
    if declared and declared not in ("utf-8",):
        try:
            text = body.decode(declared)
            if declared in _CYRILLIC_FAMILY:
                return _best_cyrillic(body, (declared, text))
            if declared in _WESTERN:
                # Our sites write Kazakh and Russian: a "latin-1" page full of high bytes
                # that read as clean Cyrillic is a Cyrillic page with a wrong header.
                cyr_text, cyr_enc = _best_cyrillic(body)
                if _cyrillic_score(cyr_text) > 0.9 > _cyrillic_score(text):
                    return cyr_text, cyr_enc
            return text, declared
        except (UnicodeDecodeError, LookupError):
            pass
    # Undeclared or lying: the detector's guess against the Cyrillic code pages, by how
    # much of the non-ASCII text reads as Kazakh or Russian letters.
    candidates = [enc for enc in (_detect(body), *_CYRILLIC_FAMILY) if enc]
    best = max(candidates, key=lambda enc: _cyrillic_score(body.decode(enc, errors="replace")) + (0.01 if enc == candidates[0] else 0))
    if _cyrillic_score(body.decode(best, errors="replace")) < 0.3 and candidates[0] not in _CYRILLIC_FAMILY:
        best = candidates[0]  # not Cyrillic at all: trust the detector
    return body.decode(best, errors="replace"), best


def html_source(body: bytes, content_type: str | None = None) -> str | bytes:
    """What :func:`scrapers.parse.parse_html` reads of an HTML body: the bytes themselves
    when they are UTF-8 without a byte-order mark, else the text :func:`decode_html` reads.

    lexbor parses UTF-8: given a page's text, it encodes it back into these very bytes
    first, a quarter of the parse of a 100 KB Cyrillic page. Valid UTF-8 is what
    :func:`decode_html` reads first and as it is, so the page parsed is the same.
    """
    if not body.startswith(_BOM_PREFIXES) and _is_utf8(body):
        return body
    return decode_html(body, content_type)[0]


# Pages are mostly ASCII markup, their letters in a few places (about a quarter of a
# benchmark page's 4 KB pieces hold any): those pieces alone are decoded to check them.
_PIECE = 4096


def _is_utf8(body: bytes) -> bool:
    """True when ``body.decode("utf-8")`` would succeed, without decoding its ASCII
    stretches (a decode makes the whole page a string, two bytes a character once one
    letter is Cyrillic: half the cost of reading a page's charset).

    The body is checked in pieces that end just after an ASCII byte. A UTF-8 sequence
    is bytes of 0x80 and above only, so none spans two pieces, and each error (a stray
    or overlong byte, a sequence cut by an ASCII byte or by the end) lies in one piece:
    the body decodes when every piece does, and an all-ASCII piece always does."""
    size, start = len(body), 0
    while start < size:
        end = start + _PIECE
        while end < size and body[end - 1] >= 0x80:
            end += 1
        piece = body[start:end]
        if not piece.isascii():
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError:
                return False
        start = end
    return True


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


def _cyrillic_score(text: str) -> float:
    """Share of non-ASCII characters that are Russian or Kazakh letters, lower case weighted up."""
    # Counted by regular expressions, not character by character in Python: this runs
    # three times on every single-byte Cyrillic page.
    high = len(_HIGH.findall(text))
    if not high:
        return 0.0
    return (len(_LOWER_LETTERS.findall(text)) + 0.6 * len(_UPPER_LETTERS.findall(text))) / high


# Bytes below 0x80 read as the same ASCII character in every code page of the family.
_ASCII_BYTES = bytes(range(128))


def _byte_classes(encoding: str) -> bytes:
    """A translation table: each byte of ``encoding`` to what :func:`_cyrillic_score`
    counts it as: ``L`` a lower-case letter, ``U`` an upper-case one, ``O`` another
    visible character, ``R`` a byte the code page leaves undefined, ``S`` the rest."""
    table = bytearray(b"S" * 256)
    for b in range(128, 256):
        ch = bytes([b]).decode(encoding, errors="replace")
        if ch == "\ufffd":
            table[b] = ord("R")
        elif _LOWER_LETTERS.fullmatch(ch):
            table[b] = ord("L")
        elif _UPPER_LETTERS.fullmatch(ch):
            table[b] = ord("U")
        elif _HIGH.fullmatch(ch):
            table[b] = ord("O")
    return bytes(table)


_CLASSES = {enc: _byte_classes(enc) for enc in _CYRILLIC_FAMILY}


def _best_cyrillic(body: bytes, decoded: tuple[str, str] | None = None) -> tuple[str, str]:
    # Only bytes >= 0x80 can be letters, and these code pages are one byte a
    # character: each candidate is scored by classifying its high bytes through a
    # table (what _cyrillic_score counts, and the bytes that would decode to U+FFFD;
    # tests/benchmarks/test_hot_paths.py holds it to the whole-text scoring),
    # and only the winner's text is decoded. ``decoded``: (encoding, text) of the body
    # already decoded without errors (the declared code page), which is the winner's
    # text when it wins (a decode that met no error replaces nothing): a page of the
    # usual kind, declared right, is decoded once, not twice.
    high = body.translate(None, _ASCII_BYTES)
    best = ("cp1251", -1.0)
    for enc in _CYRILLIC_FAMILY:
        classes = high.translate(_CLASSES[enc])
        lower, upper, undefined = classes.count(b"L"), classes.count(b"U"), classes.count(b"R")
        visible = lower + upper + undefined + classes.count(b"O")
        score = (lower + 0.6 * upper) / visible if visible else 0.0
        score -= undefined / max(len(body), 1)
        if score > best[1] + 1e-9:
            best = (enc, score)
    if decoded is not None and decoded[0] == best[0]:
        return decoded[1], best[0]
    return body.decode(best[0], errors="replace"), best[0]
