"""spaCy components wrapping dalel's pure extractors.

Registered as ``spacy_factories`` entry points, so ``nlp.add_pipe("dalel_figures")``
works in other people's pipelines. Each component writes its records to
``doc.spans["dalel"]`` (with the record in ``span._.dalel``... set by label) and
appends the records to ``doc.user_data["dalel_records"]``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors import checks as _checks
from extractors import dates as _dates
from extractors import figures as _figures
from extractors import names as _names
from extractors.sentences import sentence_index, split_sentences

SPANS_KEY = "dalel"
RECORDS_KEY = "dalel_records"


def _lang(doc: Doc) -> str:
    return "ru" if doc.lang_ == "ru" else "kk"


def _add(doc: Doc, records) -> None:
    doc.user_data.setdefault(RECORDS_KEY, []).extend(records)
    group = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    spans = list(group)
    for r in records:
        span = doc.char_span(r.start, r.end, label=r.kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[SPANS_KEY] = spans


class _Component:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _add(doc, self.find(doc))
        return doc

    def find(self, doc: Doc):  # pragma: no cover - overridden
        raise NotImplementedError


class FiguresComponent(_Component):
    def find(self, doc: Doc):
        taken = [(r.start, r.end) for r in doc.user_data.get(RECORDS_KEY, []) if r.kind == "date"]
        return _figures.find_figures(doc.text, _lang(doc), taken=taken)


class DatesComponent(_Component):
    def find(self, doc: Doc):
        published = doc.user_data.get("published")
        return _dates.find_dates(doc.text, _lang(doc), published)


class NamesComponent(_Component):
    def find(self, doc: Doc):
        return _names.find_names(doc.text, _lang(doc))


class ChecksComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        sentences = split_sentences(doc.text)
        records = sorted(doc.user_data.get(RECORDS_KEY, []), key=lambda r: (r.start, -r.end))
        for r in records:
            r.sentence = sentence_index(sentences, r.start)
        _names.assign_about(doc.text, records, sentences)
        doc.user_data["dalel_checks"] = _checks.find_checks(doc.text, records, sentences)
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
