"""Text in, records out: the one entry point every caller uses.

Pure by design (see ``../shared/design.md``): no network, no database, no global
state beyond loaded language data, so the same call runs in a test, in the
nightly job and over archived WARC files on another engine.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from extractors import checks as _checks
from extractors import dates as _dates
from extractors import figures as _figures
from extractors import names as _names
from extractors.langid import detect_language
from extractors.records import Check, Record
from extractors.sentences import sentence_index, split_sentences

# Bump when any extractor's output may change: `dalel reextract` re-runs articles
# whose records were made by an older version.
EXTRACTOR_VERSION = "0.1.15"

LANGS = ("kk", "ru")

# Inputs larger than this are refused with a clear error instead of being processed
# for minutes; no real article comes near it.
MAX_TEXT_CHARS = 20_000_000


class ExtractionError(ValueError):
    """Input an extractor cannot read (wrong type, unknown language, too large)."""


def resolve_language(text: str, lang: str | None) -> str:
    if lang in (None, "", "auto"):
        return detect_language(text)
    if lang not in LANGS:
        raise ExtractionError(f"unsupported language {lang!r}: expected kk, ru or auto")
    return lang


def extract(
    text: str,
    lang: str | None = "auto",
    published: dt.date | str | None = None,
    *,
    with_checks: bool = True,
) -> list[Record | Check]:
    """Every record of ``text``, in text order, then the checks recomputed from them."""
    if not isinstance(text, str):
        raise ExtractionError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise ExtractionError(f"text of {len(text)} characters exceeds the limit of {MAX_TEXT_CHARS}")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10]) if published else None
    lang = resolve_language(text, lang)
    sentences = split_sentences(text)

    dates = _dates.find_dates(text, lang, published)
    taken = [(r.start, r.end) for r in dates]
    figures = _figures.find_figures(text, lang, taken=taken)
    names = _names.find_names(text, lang)
    records: list[Record] = sorted(dates + figures + names, key=lambda r: (r.start, -r.end, r.kind))
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    _names.assign_about(text, records, sentences)
    out: list[Record | Check] = list(records)
    if with_checks:
        out.extend(_checks.find_checks(text, records, sentences, lang))
    return out


def extract_many(items: Iterable[tuple[str, str | None, dt.date | None]]) -> Iterable[list[Record | Check]]:
    """Batch form of :func:`extract`, for callers that hold many texts."""
    for text, lang, published in items:
        yield extract(text, lang, published)
