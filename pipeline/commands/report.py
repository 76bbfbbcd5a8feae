"""``dalel report``: the self-contained HTML fact-check report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus


@click.command("report")
@data_option()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write; default DATA/report.html.")
@click.option("--serve-url", default=None,
              help="Base URL of a running `dalel serve` (e.g. http://127.0.0.1:8001) to link captures to; "
                   "default links to the WARC files.")
def report(data_dir: Path, since: dt.datetime | None, out: Path | None, serve_url: str | None) -> None:
    """Write an HTML report of inconsistent and unverifiable claims, with reviews and links."""
    from corpus.query import QueryError
    from corpus.report import build_report

    db = existing_corpus(data_dir)
    out = out or data_dir / "report.html"
    try:
        counts = build_report(db, data_dir, out, since.date().isoformat() if since else None, serve_url)
    except (QueryError, OSError) as e:
        raise click.ClickException(f"{out}: {e}") from None
    click.echo(f"{out}\t{counts['inconsistent']} inconsistent, {counts['unverifiable']} unverifiable, "
               f"{counts['reviewed']} reviewed, of {counts['checks']} checks")


COMMANDS = [report]
