"""Reading gold folders: offsets, surfaces without offsets, defaults, clear errors."""
from __future__ import annotations

import json

import pytest

from pipeline.gold import DEFAULT_ANNOTATED, GoldFormatError, load_gold_dir, load_gold_file

TEXT = "Биыл 40 іс-шара жоспарланды, 26-сы орындалды. Келесі жылы тағы 40 іс-шара бар."


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_surface_without_offsets_is_the_next_occurrence(tmp_path):
    p = write(tmp_path, "x.json", {"text": TEXT, "gold": [
        {"kind": "number", "surface": "40"},
        {"kind": "number", "surface": "40"},
    ]})
    a = load_gold_file(p)
    first, second = a.items
    assert TEXT[first.start:first.end] == "40" and TEXT[second.start:second.end] == "40"
    assert first.start == TEXT.index("40") and second.start == TEXT.index("40", first.end)


def test_default_annotated_excludes_organizations(tmp_path):
    a = load_gold_file(write(tmp_path, "x.json", {"text": TEXT, "gold": []}))
    assert a.annotated == DEFAULT_ANNOTATED and "organization" not in a.annotated


def test_wrong_offsets_are_named(tmp_path):
    p = write(tmp_path, "bad.json", {"text": TEXT, "gold": [{"kind": "number", "surface": "40", "start": 0, "end": 2}]})
    with pytest.raises(GoldFormatError, match=r"bad\.json: gold item 0: text\[0:2\]"):
        load_gold_file(p)


def test_not_json_is_named(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="broken.json"):
        load_gold_file(p)


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(GoldFormatError, match="no \\*.json"):
        load_gold_dir(tmp_path)


def test_real_gold_folder_loads(shared_dir):
    articles = load_gold_dir(shared_dir / "gold")
    assert len(articles) >= 11
    for a in articles:
        assert a.lang in ("kk", "ru")
        for g in a.items:
            assert a.text[g.start:g.end] == g.surface
