"""Reading gold folders in the format of ``../shared/gold/README.md``.

Other gold folders exist and are scored the same way, so nothing here depends on
file names: every ``*.json`` of the folder is one annotated article.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_ANNOTATED = ("percent", "number", "money", "quantity", "date", "project")


class GoldFormatError(ValueError):
    """A gold file that does not follow the format; the message names file and item."""


@dataclass
class GoldItem:
    kind: str
    start: int
    end: int
    surface: str
    value: float | None = None
    unit: str | None = None
    date: dict | None = None
    name: str | None = None


@dataclass
class GoldArticle:
    name: str  # the file name, used to pair predictions with their article
    text: str
    lang: str | None
    published: str | None
    annotated: tuple[str, ...]
    items: list[GoldItem] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    url: str | None = None


def load_gold_file(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldFormatError(f"{path}: cannot read gold file: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldFormatError(f"{path}: a gold file is a JSON object with a string 'text'")
    text = data["text"]
    annotated = tuple(data.get("annotated") or DEFAULT_ANNOTATED)
    items: list[GoldItem] = []
    prev_start = prev_end = 0
    for i, g in enumerate(data.get("gold") or []):
        where = f"{path}: gold item {i}"
        try:
            kind, surface = g["kind"], g["surface"]
        except (KeyError, TypeError) as e:
            raise GoldFormatError(f"{where}: needs 'kind' and 'surface'") from e
        start, end = g.get("start"), g.get("end")
        if start is None or end is None:
            start = _locate(text, surface, prev_start, prev_end)
            if start < 0:
                raise GoldFormatError(f"{where}: surface {surface!r} not found after the previous item")
            end = start + len(surface)
        elif text[start:end] != surface:
            raise GoldFormatError(
                f"{where}: text[{start}:{end}] is {text[start:end]!r}, not the surface {surface!r}"
            )
        items.append(
            GoldItem(kind, start, end, surface, g.get("value"), g.get("unit"), g.get("date"), g.get("name"))
        )
        prev_start, prev_end = start, end
    return GoldArticle(
        name=path.name,
        text=text,
        lang=data.get("lang"),
        published=data.get("published"),
        annotated=annotated,
        items=items,
        checks=list(data.get("checks") or []),
        url=data.get("url"),
    )


def _locate(text: str, surface: str, prev_start: int, prev_end: int) -> int:
    # "The first occurrence of surface after the previous gold item": after its end;
    # items may nest (a date inside a project name), so fall back to after its start.
    pos = text.find(surface, prev_end)
    if pos < 0:
        pos = text.find(surface, prev_start)
    return pos


def load_gold_dir(directory: Path) -> list[GoldArticle]:
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldFormatError(f"{directory}: not a folder of gold files")
    files = sorted(p for p in directory.glob("*.json") if p.is_file())
    if not files:
        raise GoldFormatError(f"{directory}: holds no *.json gold files")
    return [load_gold_file(p) for p in files]
