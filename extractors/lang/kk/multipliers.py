"""Kazakh multiplier words that belong to a count's span (``екі есе``, ``2 есеге``).

Pattern → unit, with the conventions of ``units.py``. The record stays a
``number``; the unit names the multiplier.
"""

MULTIPLIERS = ((r"есеW", "есе"),)
