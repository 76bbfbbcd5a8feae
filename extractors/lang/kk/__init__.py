"""spaCy Kazakh: wires the data modules of this folder into a ``Language``.

Registered through the ``spacy_languages`` entry point, so ``spacy.blank("kk")``
works in any program once dalel is installed.
"""
from spacy.language import BaseDefaults, Language


class KazakhDefaults(BaseDefaults):
    pass


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults


__all__ = ["Kazakh"]
