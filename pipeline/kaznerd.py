"""Scoring the extractors on a KazNERD IOB2 file (``../shared/kaznerd/README.md``).

Sentences are rebuilt by joining tokens with single spaces. They are processed in
batches: a batch is one text of many sentences, one a line, so the extractors run
once per batch and not once per sentence.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.gold import GoldItem

LABELS = {
    "PERCENTAGE": "percent",
    "MONEY": "money",
    "CARDINAL": "number",
    "QUANTITY": "quantity",
    "DATE": "date",
    "PROJECT": "project",
    "ORGANISATION": "organization",
}
ANNOTATED = tuple(LABELS.values())


class KazNERDFormatError(ValueError):
    pass


_LABEL = re.compile(r"O|[BI]-[A-Z_]+")


@dataclass
class Sentence:
    text: str
    items: list[GoldItem]


def read_sentences(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield _sentence(tokens, labels)
                    tokens, labels = [], []
                continue
            parts = line.rsplit(" ", 1)
            if len(parts) != 2:
                raise KazNERDFormatError(f"{path}:{lineno}: expected 'token label', got {line[:80]!r}")
            if not _LABEL.fullmatch(parts[1]):
                # plain prose has a space too: only an IOB2 label (O, B-X, I-X) makes a token line
                raise KazNERDFormatError(f"{path}:{lineno}: {parts[1][:40]!r} is no IOB2 label (O, B-KIND or I-KIND)")
            tokens.append(parts[0])
            labels.append(parts[1])
    if tokens:
        yield _sentence(tokens, labels)


def _sentence(tokens: list[str], labels: list[str]) -> Sentence:
    text_parts: list[str] = []
    items: list[GoldItem] = []
    pos = 0
    current: list | None = None  # [kind, start, end]
    for tok, lab in zip(tokens, labels):
        start = pos
        end = start + len(tok)
        text_parts.append(tok)
        pos = end + 1
        prefix, _, cls = lab.partition("-")
        kind = LABELS.get(cls)
        if prefix == "I" and current is not None and kind == current[0]:
            current[2] = end
            continue
        if current is not None:
            items.append(current)
            current = None
        if kind is not None and prefix in ("B", "I"):
            current = [kind, start, end]
    if current is not None:
        items.append(current)
    text = " ".join(text_parts)
    return Sentence(text, [GoldItem(k, s, e, text[s:e]) for k, s, e in items])


def batches(sentences: Iterator[Sentence], size: int = 500) -> Iterator[tuple[str, list[GoldItem]]]:
    """Join sentences into texts of ``size`` lines, gold spans shifted to match."""
    lines: list[str] = []
    items: list[GoldItem] = []
    offset = 0
    for s in sentences:
        # A newline inside a token would merge sentences; KazNERD has none, but be safe.
        text = s.text.replace("\n", " ")
        for g in s.items:
            items.append(GoldItem(g.kind, g.start + offset, g.end + offset, g.surface))
        lines.append(text)
        offset += len(text) + 1
        if len(lines) >= size:
            yield "\n".join(lines), items
            lines, items, offset = [], [], 0
    if lines:
        yield "\n".join(lines), items
