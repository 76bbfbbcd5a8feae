"""spaCy Kazakh, and the Kazakh language data dalel's rules read.

``Kazakh`` (in ``language.py``) is registered through the ``spacy_languages``
entry point, so ``spacy.blank("kk")`` works in any program once dalel is
installed. It is loaded on first use: the figure and date rules import the data
modules of this folder and must not pay for importing spaCy.
"""


def __getattr__(name: str):
    if name in ("Kazakh", "KazakhDefaults"):
        from extractors.lang.kk import language

        return getattr(language, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Kazakh"]
