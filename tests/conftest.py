"""Session-wide fixtures. Real text is read from ../shared at test time, never copied here."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or a skip naming what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: this test reads real text from ../shared")
    return p


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return shared_path()
