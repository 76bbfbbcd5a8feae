"""spaCy components wrapping dalel's pure extractors.

Registered as ``spacy_factories`` entry points (``pyproject.toml``), so
``nlp.add_pipe("dalel_figures")`` works in other people's pipelines. Each component
appends its records to ``doc.user_data["dalel_records"]`` and adds a span labelled
with the record's kind to ``doc.spans["dalel"]``; ``dalel_checks`` puts its checks
in ``doc.user_data["dalel_checks"]``. Set ``doc.user_data["published"]`` (a date)
before ``dalel_dates`` to resolve relative dates.

spaCy imports every registered factory whenever it builds any pipeline, so this
module imports the extractors only when a component runs: a slow or broken
extractor must not break ``spacy.blank("en")`` in someone else's program.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPANS_KEY = "dalel"
RECORDS_KEY = "dalel_records"
CHECKS_KEY = "dalel_checks"
FACTORY_NAMES = ("dalel_checks", "dalel_dates", "dalel_figures", "dalel_names")


def _lang(doc: Doc) -> str:
    return "ru" if doc.lang_ == "ru" else "kk"


def _add(doc: Doc, records) -> None:
    doc.user_data.setdefault(RECORDS_KEY, []).extend(records)
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    for r in records:
        span = doc.char_span(r.start, r.end, label=r.kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans


class FiguresComponent:
    """Percent, number, money and quantity records; skips spans ``dalel_dates`` found."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractors.figures import find_figures

        taken = [(r.start, r.end) for r in doc.user_data.get(RECORDS_KEY, []) if r.kind == "date"]
        _add(doc, find_figures(doc.text, _lang(doc), taken=taken))
        return doc


class DatesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractors.dates import find_dates

        _add(doc, find_dates(doc.text, _lang(doc), doc.user_data.get("published")))
        return doc


class NamesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractors.names import find_names

        _add(doc, find_names(doc.text, _lang(doc)))
        return doc


class ChecksComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extractors import checks, names
        from extractors.sentences import sentence_index, split_sentences

        sentences = split_sentences(doc.text)
        records = sorted(doc.user_data.get(RECORDS_KEY, []), key=lambda r: (r.start, -r.end))
        for r in records:
            r.sentence = sentence_index(sentences, r.start)
        names.assign_about(doc.text, records, sentences)
        doc.user_data[CHECKS_KEY] = checks.find_checks(doc.text, records, sentences, doc.lang_)
        return doc


@Language.factory("dalel_figures")
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)


@Language.factory("dalel_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)


@Language.factory("dalel_names")
def make_names(nlp: Language, name: str) -> NamesComponent:
    return NamesComponent(nlp, name)


@Language.factory("dalel_checks")
def make_checks(nlp: Language, name: str) -> ChecksComponent:
    return ChecksComponent(nlp, name)
