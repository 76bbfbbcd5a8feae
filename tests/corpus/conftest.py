"""Fixtures for the corpus tests: a fresh data folder, and one holding the sample corpus."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def built(data_dir, builders):
    """(data folder, corpus file, articles) of the sample corpus."""
    db, articles = builders.build_corpus(data_dir)
    return data_dir, db, articles
