"""Texts longer than spaCy's ``max_length``, processed in pieces with offsets kept.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters by
default). :func:`chunk_spans` cuts a text at paragraph breaks (a blank line, else a
line break, else a sentence end, else a space; a hard cut only inside one endless
word) into pieces no longer than the limit; :func:`iter_docs` yields each piece's
``Doc`` with the offset of its first character, so ``offset + token.idx`` is an
offset into the whole text.
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

# Where to cut, best first: a paragraph, a line, a sentence end, any space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n"), re.compile(r"(?<=[.!?…])\s+"), re.compile(r"\s+"))


def chunk_spans(text: str, max_length: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``max_length`` long."""
    if max_length < 1:
        raise ValueError(f"max_length must be positive, not {max_length}")
    spans = []
    start = 0
    n = len(text)
    while n - start > max_length:
        limit = start + max_length
        cut = None
        for rx in _BREAKS:
            last = None
            # Search only the tail of the window: linear over the whole text.
            for m in rx.finditer(text, max(start + 1, limit - max(1, max_length // 2)), limit):
                last = m
            if last is not None and last.end() > start:
                cut = last.end()
                break
        if cut is None or cut <= start:
            cut = limit
        spans.append((start, cut))
        start = cut
    if start < n or not spans:
        spans.append((start, n))
    return spans


def iter_docs(nlp: Language, text: str) -> Iterator[tuple[int, Doc]]:
    """``(offset, doc)`` for each piece of ``text``, run through the whole pipeline."""
    pieces = chunk_spans(text, nlp.max_length)
    for (start, end), doc in zip(pieces, nlp.pipe(text[s:e] for s, e in pieces)):
        yield start, doc


def records_of(nlp: Language, text: str) -> list:
    """The ``dalel_records`` of every piece, with offsets into the whole ``text``."""
    out = []
    for offset, doc in iter_docs(nlp, text):
        for r in doc.user_data.get("dalel_records", []):
            r.start += offset
            r.end += offset
            out.append(r)
    return out
