"""``dalel export``: articles, records and checks as CSV, JSON Lines or Parquet files."""
from __future__ import annotations

from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus


@click.command("export")
@data_option()
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True,
              help="File format.")
@click.option("--what", "tables", type=click.Choice(["articles", "records", "checks"]), multiple=True,
              help="What to export (repeatable); default all three.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder to write to; default DATA/exports.")
def export_cmd(data_dir: Path, fmt: str, tables: tuple[str, ...], out_dir: Path | None) -> None:
    """Write articles (every version), records and checks (with reviews) as files.

    Files are named after what they hold: articles.csv, records.parquet, checks.jsonl…
    """
    from corpus.export import ExportError, export
    from corpus.query import QueryError

    db = existing_corpus(data_dir)
    out_dir = out_dir or data_dir / "exports"
    for what in tables or ("articles", "records", "checks"):
        out = out_dir / f"{what}.{fmt}"
        try:
            n = export(db, what, fmt, out)
        except (ExportError, QueryError, OSError) as e:
            raise click.ClickException(f"{out}: {e}") from None
        click.echo(f"{out}\t{n} rows")


COMMANDS = [export_cmd]
