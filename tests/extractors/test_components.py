"""dalel's spaCy components: registered names (a snapshot), use in a pipeline, long texts."""
from __future__ import annotations

from importlib.metadata import entry_points

import pytest
import spacy

from extractors.chunks import chunk_spans, iter_docs, records_of
from extractors.components import FACTORY_NAMES, RECORDS_KEY, SPANS_KEY

# The registered factory names are public API: other people's configs name them.
# Change this snapshot only together with pyproject.toml and a release note.
REGISTERED_FACTORIES = ["dalel_checks", "dalel_dates", "dalel_figures", "dalel_names"]


def test_factory_names_snapshot():
    ours = sorted(ep.name for ep in entry_points(group="spacy_factories") if ep.name.startswith("dalel_"))
    assert ours == REGISTERED_FACTORIES
    assert sorted(FACTORY_NAMES) == REGISTERED_FACTORIES
    for name in REGISTERED_FACTORIES:
        assert spacy.registry.factories.get(name) is not None


def test_languages_snapshot():
    assert [ep.name for ep in entry_points(group="spacy_languages") if ep.value.startswith("extractors.")] == ["kk"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("kk", "Аудандағы 98 іс-шараның 61-і орындалды, бұл 62,2% құрайды.", ["98", "61-і", "62,2%"]),
        ("ru", "Выделено 105 млрд тенге, план выполнен на 61,8%.", ["105 млрд тенге", "61,8%"]),
    ],
)
def test_figures_component_in_a_pipeline(lang, text, expected):
    nlp = spacy.blank(lang)
    nlp.add_pipe("dalel_figures")
    doc = nlp(text)
    assert [r.text for r in doc.user_data[RECORDS_KEY]] == expected
    assert [s.label_ for s in doc.spans[SPANS_KEY]] == [r.kind for r in doc.user_data[RECORDS_KEY]]
    assert [s.text for s in doc.spans[SPANS_KEY]] == expected


def test_chunks_cover_the_text_and_respect_the_limit():
    text = "Бірінші абзац, 12 сөйлем.\n\nЕкінші абзац мұнда 30% өсті.\nҮшінші жол.\n\n" * 40
    spans = chunk_spans(text, 100)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= 100 for s, e in spans)
    assert all(text[e - 1] == "\n" for s, e in spans[:-1])  # cut at line or paragraph breaks


def test_chunk_of_one_endless_word_is_cut_hard():
    spans = chunk_spans("x" * 250, 100)
    assert spans == [(0, 100), (100, 200), (200, 250)]


def test_long_text_offsets_are_preserved():
    nlp = spacy.blank("kk")
    nlp.add_pipe("dalel_figures")
    nlp.max_length = 200
    paragraph = "Ауылда 45 үй салынды, жоспар 90,5% орындалды.\n\n"
    text = paragraph * 30
    assert len(list(iter_docs(nlp, text))) > 1
    records = records_of(nlp, text)
    assert len(records) == 60
    for r in records:
        assert text[r.start:r.end] == r.text


def test_all_four_components_together():
    nlp = spacy.blank("kk")
    for name in ("dalel_dates", "dalel_figures", "dalel_names", "dalel_checks"):
        nlp.add_pipe(name)
    doc = nlp("Аудан бойынша 2025 жылға дейін 40 іс-шара жоспарланған, оның 26-сы орындалды (65%).")
    records = doc.user_data[RECORDS_KEY]
    figures = [(r.kind, r.text) for r in records if r.kind != "date"]
    assert ("number", "40") in figures and ("percent", "65%") in figures
    dates = [(r.start, r.end) for r in records if r.kind == "date"]
    # figures never come from inside a date the dates component found
    assert not any(s < r.end and r.start < e for r in records if r.kind != "date" for s, e in dates)
    assert "dalel_checks" in doc.user_data


def test_pipeline_saves_and_loads(tmp_path):
    nlp = spacy.blank("kk")
    nlp.add_pipe("dalel_figures")
    nlp.to_disk(tmp_path / "kk-figures")
    loaded = spacy.load(tmp_path / "kk-figures")
    assert loaded.pipe_names == ["dalel_figures"]
    doc = loaded("Биыл 98 іс-шара өтті, көрсеткіш 30%-ке өсті.")
    assert [r.text for r in doc.user_data[RECORDS_KEY]] == ["98", "30%-ке"]
