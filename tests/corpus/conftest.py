"""Fixtures for the corpus tests: a fresh data folder, and one holding the sample corpus."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def load_builders():
    """tests/corpus/builders.py as a module (test folders are not packages under importlib mode)."""
    name = "dalel_test_builders"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("builders.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def builders():
    return load_builders()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def built(data_dir, builders):
    """(data folder, corpus file, articles) of the sample corpus."""
    db, articles = builders.build_corpus(data_dir)
    return data_dir, db, articles
