"""``Article``: what a scraper hands on, parsed from one archived capture.

Scrapers fill it from the WARC (never from the network); the pipeline extracts
records from ``text`` and the corpus stores it. Nothing here interprets figures.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Article:
    url: str
    site: str
    title: str
    text: str
    canonical_url: str | None = None
    published: str | None = None  # ISO 8601 with offset, e.g. "2024-01-24T10:15:00+05:00", or a date "2024-01-24"
    author: str | None = None
    views: int | None = None
    category: str | None = None
    lang: str | None = None  # "kk" or "ru"
    fetched_at: str | None = None  # ISO 8601 UTC time of the capture
    warc_file: str | None = None  # path relative to the data folder, e.g. "warc/dalel-20260101-0001.warc.gz"
    warc_record_id: str | None = None  # WARC-Record-ID of the response record, "<urn:uuid:…>"
    content_hash: str = field(default="")

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.title, self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(title: str, text: str, *, collapsed: bool = False) -> str:
    """Hash of what a reader sees; an edit changes it, a new sidebar does not.

    ``collapsed``: ``text`` holds no whitespace but single spaces between words and single
    newlines between lines (what ``scrapers.parse.block_text`` writes). Its words joined
    by spaces are then the text with spaces for newlines, which costs a replace instead
    of a string a word (two thirds of the hash of an article).
    """
    h = hashlib.sha256()
    h.update(title.strip().encode("utf-8"))
    h.update(b"\x00")
    h.update((text.replace("\n", " ") if collapsed else " ".join(text.split())).encode("utf-8"))
    return h.hexdigest()
