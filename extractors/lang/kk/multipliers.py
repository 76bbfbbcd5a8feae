"""Kazakh multiplier words that belong to a count's span (``екі есе``, ``2 есеге``).

Pattern → unit, with the conventions of ``units.py``. The record stays a
``number``; the unit names the multiplier.
"""

# "екі есе жоғары" (twice as high) keeps its comparative in the span, as KazNERD does.
MULTIPLIERS = ((r"есе(?:ге|ден|сі|дей)?(?: (?:жоғары|төмен|артық|кем))?B", "есе"),)
