"""The record contract: what every extractor produces and `dalel extract-text` prints.

One place for the types, so the corpus, the evaluator and the CLI agree on the JSON.
See ``../shared/design.md`` ("Record contract").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIGURE_KINDS = ("percent", "number", "money", "quantity")
NAME_KINDS = ("project", "organization")
KINDS = FIGURE_KINDS + ("date",) + NAME_KINDS
CHECK_TYPES = ("percent_of_total", "parts_sum", "plan_fulfilment", "change", "product", "timeline")
VERDICTS = ("consistent", "inconsistent", "unverifiable")
QUALIFIERS = ("approx", "at_least", "at_most")


@dataclass
class Record:
    """One figure, date or name found in an article text.

    ``text == article_text[start:end]`` always holds; extractors guarantee it and
    tests check it on arbitrary input.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | int | None = None
    value_max: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    date: dict[str, str | None] | None = None
    sentence: int | None = None
    name: str | None = None
    type: str | None = None
    about: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown record kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}:{self.end} for {self.text!r}")

    def to_dict(self) -> dict[str, Any]:
        # Built field by field: dataclasses.asdict deep-copies recursively and was a
        # fifth of extraction time on a news page (benchmarks/throughput.py).
        d: dict[str, Any] = {
            "kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
            "value": self.value, "value_max": self.value_max, "unit": self.unit,
            "qualifier": self.qualifier,
            "date": dict(self.date) if self.date is not None else None,
            "sentence": self.sentence,
        }
        if self.kind in NAME_KINDS:
            d["name"] = self.name
            d["type"] = self.type
        if self.kind in FIGURE_KINDS:
            d["about"] = self.about
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Record":
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class Check:
    """A claim recomputed from the figures of one article (or, for timelines, several).

    ``inputs`` holds the fields of the check type (``part``, ``whole``,
    ``claimed_percent``, ``computed_percent`` for ``percent_of_total``, …) and is
    flattened into the JSON object, as the record contract shows.
    """

    check: str
    verdict: str
    explanation: str
    start: int
    end: int
    text: str = ""
    sentence: int | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    about: str | None = None

    kind: str = field(default="check", init=False)

    def __post_init__(self) -> None:
        if self.check not in CHECK_TYPES:
            raise ValueError(f"unknown check type {self.check!r}")
        if self.verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {self.verdict!r}")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": "check",
            "check": self.check,
            "verdict": self.verdict,
            "explanation": self.explanation,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "about": self.about,
        }
        d.update(self.inputs)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Check":
        fixed = {"kind", "check", "verdict", "explanation", "text", "start", "end", "sentence", "about"}
        return cls(
            check=d["check"],
            verdict=d["verdict"],
            explanation=d.get("explanation", ""),
            start=d.get("start", 0),
            end=d.get("end", 0),
            text=d.get("text", ""),
            sentence=d.get("sentence"),
            about=d.get("about"),
            inputs={k: v for k, v in d.items() if k not in fixed},
        )
