"""``dalel extract-text``: records of one text, as JSON Lines."""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from pipeline.textio import read_text_arg


@click.command("extract-text")
@click.argument("path", type=str, required=False)
@click.option("--lang", type=click.Choice(["kk", "ru", "auto"]), default="auto", show_default=True,
              help="Language of the text; auto tells Kazakh from Russian.")
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Publication date (YYYY-MM-DD); relative dates such as 'биыл' resolve against it.")
def extract_text(path: str | None, lang: str, published: dt.datetime | None) -> None:
    """Print the records of the text at PATH (or - for standard input) as JSON Lines.

    Records come in text order, then the claim checks recomputed from them.
    Without PATH, reads the sample article shipped with dalel (Kazakh, or
    Russian with --lang ru).
    """
    from extractors.core import ExtractionError, extract

    if path is None:
        from importlib.resources import files

        sample = "sample-ru.txt" if lang == "ru" else "sample-kk.txt"
        click.echo(f"no PATH given: reading the sample article {sample} shipped with dalel", err=True)
        text = files("pipeline.data").joinpath(sample).read_text(encoding="utf-8")
        path = sample
        if published is None:
            published = dt.datetime(2023, 10, 12)
    else:
        text = read_text_arg(path)
    try:
        records = extract(text, lang, published.date() if published else None)
    except ExtractionError as e:
        raise click.ClickException(f"{path}: {e}") from e
    out = sys.stdout
    for r in records:
        out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")


COMMANDS = [extract_text]
