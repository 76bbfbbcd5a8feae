"""Reading a user's text file with errors that say what and where."""
from __future__ import annotations

import sys
from pathlib import Path

import click

# A news article is tens of kilobytes; refuse what cannot be one before reading it all.
MAX_INPUT_BYTES = 20 * 1024 * 1024


def decode_text(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise click.ClickException(f"{where}: looks like binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(
            f"{where}: not valid UTF-8 at byte {e.start} ({e.reason}); convert the file to UTF-8"
        ) from None


def read_text_arg(path: str) -> str:
    """Text of ``path`` (``-`` is standard input), or a one-line ClickException."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        where = "standard input"
    else:
        p = Path(path)
        if not p.exists():
            raise click.ClickException(f"{path}: no such file")
        if p.is_dir():
            raise click.ClickException(f"{path}: is a folder, not a text file")
        try:
            with open(p, "rb") as f:
                data = f.read(MAX_INPUT_BYTES + 1)
        except OSError as e:
            raise click.ClickException(f"{path}: cannot read: {e.strerror}") from None
        where = path
    if len(data) > MAX_INPUT_BYTES:
        raise click.ClickException(f"{where}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not an article")
    return decode_text(data, where)
