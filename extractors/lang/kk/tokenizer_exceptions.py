"""Kazakh abbreviations that keep their dot: ``ж.`` (year), ``млн.``, ``т.б.`` (etc.)."""
from spacy.symbols import NORM, ORTH
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.util import update_exc

_ABBREVIATIONS = {
    "ж.": "жыл",
    "жж.": "жылдар",
    "ғ.": "ғасыр",
    "млн.": "миллион",
    "млрд.": "миллиард",
    "трлн.": "триллион",
    "тг.": "теңге",
    "т.б.": "тағы басқалар",
    "т.с.с.": "тағы сол сияқты",
    "т.с.": "тағы сол",
    "б.з.б.": "біздің заманымызға дейін",
    "б.з.": "біздің заманымыз",
    "обл.": "облыс",
    "ауд.": "аудан",
    "көш.": "көшесі",
    "қ.": "қала",
    "ш.": "шамамен",
    "мыс.": "мысалы",
    "проф.": "профессор",
    "акад.": "академик",
    "тел.": "телефон",
    "сағ.": "сағат",
}

_exc = {}
for orth, norm in _ABBREVIATIONS.items():
    for form in (orth, orth.capitalize()):
        _exc[form] = [{ORTH: form, NORM: norm}]

TOKENIZER_EXCEPTIONS = update_exc(BASE_EXCEPTIONS, _exc)
