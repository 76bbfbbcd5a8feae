"""Text to records: figures, dates, projects, organisations and claim checks.

Extractors never touch the network or the database.
"""
from extractors.records import Check, Record  # noqa: F401
