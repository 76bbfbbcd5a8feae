"""The record contract's JSON."""
from __future__ import annotations

import pytest

from extractors.records import Check, Record


def test_figure_record_json_has_contract_fields():
    r = Record("number", "98", 10, 12, value=98, unit="іс-шара", sentence=3, about="Жол картасы")
    d = r.to_dict()
    assert d == {"kind": "number", "text": "98", "start": 10, "end": 12, "value": 98, "value_max": None,
                 "unit": "іс-шара", "qualifier": None, "date": None, "sentence": 3, "about": "Жол картасы"}
    assert Record.from_dict(d) == r


def test_name_record_carries_name_and_type_not_about():
    d = Record("project", "Жол картасында", 0, 14, name="Жол картасы", type="roadmap").to_dict()
    assert d["name"] == "Жол картасы" and d["type"] == "roadmap" and "about" not in d


def test_check_flattens_inputs():
    c = Check("percent_of_total", "consistent", "61 of 98 is 62,24%; the text says 62,2% — consistent", 5, 20,
              inputs={"part": 61, "whole": 98, "claimed_percent": 62.2, "computed_percent": 62.24})
    d = c.to_dict()
    assert d["kind"] == "check" and d["part"] == 61 and d["whole"] == 98
    assert Check.from_dict(d) == c


@pytest.mark.parametrize("bad", [dict(kind="weight"), dict(start=5, end=2)])
def test_invalid_records_refused(bad):
    args = dict(kind="number", text="x", start=0, end=1) | bad
    with pytest.raises(ValueError):
        Record(**args)


def test_invalid_check_refused():
    with pytest.raises(ValueError, match="verdict"):
        Check("parts_sum", "maybe", "", 0, 0)


@pytest.mark.parametrize("kind", ["percent", "number", "money", "quantity", "date", "project", "organization"])
def test_to_dict_carries_every_field_of_its_kind(kind):
    # to_dict is written out field by field for speed: a field added to Record
    # must reach the JSON too, and a record's date must not be shared with it.
    from dataclasses import fields

    r = Record(kind, "x", 0, 1, value=1, value_max=2, unit="u", qualifier="approx",
               date={"start": "2024", "end": None}, sentence=0, name="n", type="t", about="a")
    d = r.to_dict()
    expected = {f.name for f in fields(Record)}
    if kind not in ("project", "organization"):
        expected -= {"name", "type"}
    if kind not in ("percent", "number", "money", "quantity"):
        expected -= {"about"}
    assert set(d) == expected
    assert all(d[k] == getattr(r, k) for k in d)
    d["date"]["end"] = "2025"
    assert r.date == {"start": "2024", "end": None}
