"""The CLI also runs as ``python -m pipeline`` and ``python -m pipeline.cli``.

Cron lines and containers sometimes call the interpreter of a virtual environment
directly, without its ``bin`` on PATH; the command must behave the same there.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("module", ["pipeline", "pipeline.cli"])
def test_the_module_runs_the_same_command(module, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Ауданда 98 іс-шара жоспарланған, оның 61-і орындалды (62,2%).", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", module, "extract-text", str(text), "--lang", "kk"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "62,2%" in out.stdout
    assert "consistent" in out.stdout


def test_the_module_reports_an_unknown_command_as_click_does():
    out = subprocess.run(
        [sys.executable, "-m", "pipeline", "no-such-command"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert out.returncode == 2
    assert "No such command" in out.stderr
