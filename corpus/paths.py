"""Where a corpus lives: the data folder option every corpus command shares."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from corpus.store import db_path

DEFAULT_DATA = "dalel-data"
DEMO_DATA = "dalel-demo"


def data_option(default: str = DEFAULT_DATA):
    """``--data DIR`` (env ``DALEL_DATA``): the folder holding the corpus and ``warc/``.

    The demo's folder ignores ``DALEL_DATA``: a user who set it for the nightly job
    must never see fixture articles mixed into the real corpus.
    """
    envvar = None if default == DEMO_DATA else "DALEL_DATA"
    return click.option(
        "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), envvar=envvar,
        default=default, show_default=True, show_envvar=envvar is not None,
        help="Data folder holding the corpus (dalel.sqlite) and the WARC archive.",
    )


def existing_corpus(data_dir: Path) -> Path:
    """The corpus file of ``data_dir``, or a one-line error saying how to make one."""
    path = db_path(data_dir)
    if not path.exists():
        raise click.ClickException(
            f"{data_dir}: no corpus here (no {path.name}); run `dalel run` or `dalel demo`, or pass --data DIR"
        )
    problem = _not_a_corpus(path)
    if problem:
        raise click.ClickException(f"{path}: {problem}; nothing was read or changed")
    return path


def _not_a_corpus(path: Path) -> str | None:
    """Why ``path`` is no dalel corpus (not SQLite, or without its tables), or None."""
    import sqlite3

    from corpus.query import connect_read_only

    if path.is_dir():
        return "is a directory, not a corpus file"
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as e:
        return f"not a SQLite database ({e})"
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        return f"not a SQLite database ({e})"
    finally:
        conn.close()
    if not {"articles", "records", "checks"} <= tables:
        return "not a dalel corpus (it lacks the articles, records and checks tables)"
    return None


def iso_date(ctx, param, value: str | None) -> str | None:
    """Click callback for ``--since``/``--until``: a ``YYYY-MM-DD`` date, compared as ISO text."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None
