"""The spaCy ``Language`` for Kazakh, wiring this folder's data modules together."""
from spacy.language import BaseDefaults, Language

from extractors.lang.kk.lex_attrs import LEX_ATTRS
from extractors.lang.kk.punctuation import TOKENIZER_INFIXES, TOKENIZER_SUFFIXES
from extractors.lang.kk.stop_words import STOP_WORDS
from extractors.lang.kk.tokenizer_exceptions import TOKENIZER_EXCEPTIONS


class KazakhDefaults(BaseDefaults):
    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    infixes = TOKENIZER_INFIXES
    suffixes = TOKENIZER_SUFFIXES
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
