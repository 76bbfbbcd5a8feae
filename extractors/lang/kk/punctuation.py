"""Kazakh punctuation rules: words and figures stay whole where the language joins them.

``іс-шара`` (hyphenated compound) and ``80-нен`` (number with case ending) stay one
token; ``30%-ке`` splits into ``30`` and ``%-ке``; ``10-15`` into ``10``, ``-``, ``15``;
``62,2`` stays one token, as in spaCy's Kyrgyz rules.
"""
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    LIST_ELLIPSES,
    LIST_ICONS,
)
from spacy.lang.punctuation import TOKENIZER_SUFFIXES as BASE_SUFFIXES

TOKENIZER_INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[{al}])\.(?=[{au}])".format(al=ALPHA_LOWER, au=ALPHA_UPPER),
        r"(?<=[{a}])[,!?/()]+(?=[{a}])".format(a=ALPHA),
        r"(?<=[{a}{q}])[:<>=](?=[{a}])".format(a=ALPHA, q=CONCAT_QUOTES),
        r"(?<=[{a}])--(?=[{a}])".format(a=ALPHA),
        r"(?<=[{a}])([{q}\)\]\(\[])(?=[\-{a}])".format(a=ALPHA, q=CONCAT_QUOTES),
        r"(?<=[0-9])[-–—](?=[0-9])",
    ]
)

# A percent sign keeps its case ending: 30%-ке → 30 | %-ке.
TOKENIZER_SUFFIXES = [r"(?<=[0-9])%(?:-[{a}]+)?".format(a=ALPHA)] + BASE_SUFFIXES
