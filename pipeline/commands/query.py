"""``dalel query``: read-only questions to the corpus, as a table, CSV, JSON or JSON Lines."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus, iso_date
from extractors.records import KINDS

TABLE_COLUMNS = ("record_id", "kind", "text", "value", "unit", "project", "site", "published", "url")


@click.command("query")
@data_option()
@click.option("--sql", default=None, help="One read-only SQL statement (writes and ATTACH are refused).")
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only records of this kind.")
@click.option("--project", default=None, help="Only records about this project or organisation (part of its name).")
@click.option("--site", default=None, help="Only records from this site.")
@click.option("--since", default=None, callback=iso_date, help="Only articles published on or after this date.")
@click.option("--until", default=None, callback=iso_date, help="Only articles published on or before this date.")
@click.option("--text", default=None, help="Only articles whose title or text has these words; each matches its inflected forms too "
                   "(мектеп finds мектептерде).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table", show_default=True,
              help="json: one array of objects; jsonl: one object a line, for streaming into other tools.")
def query(data_dir: Path, sql, kind, project, site, since, until, text, limit, fmt) -> None:
    """Query the corpus read-only: --sql, or filters over records of current article versions.

    Example: dalel query --kind percent --project "Жол картасы" --since 2023-01-01 --text мектеп
    """
    from corpus.query import QueryError, filter_records, open_readonly, run_sql

    filters = any(v is not None for v in (kind, project, site, since, until, text))
    if sql and filters:
        raise click.UsageError("give either --sql or filters (--kind, --project, …), not both")
    conn = open_readonly(existing_corpus(data_dir))
    try:
        if sql:
            result = run_sql(conn, sql)
            rows = result.rows
            if limit:
                import itertools

                rows = itertools.islice(rows, limit)
        else:
            result = filter_records(conn, kind=kind, project=project, site=site, since=since, until=until,
                                    text=text, limit=limit)
            rows = result.rows
            if fmt == "table":  # a terminal row stays readable; CSV and JSON carry every column
                keep = [result.columns.index(c) for c in TABLE_COLUMNS]
                result.columns = list(TABLE_COLUMNS)
                rows = (tuple(r[i] for i in keep) for r in rows)
        _emit(result.columns, rows, fmt)
    except QueryError as e:
        raise click.ClickException(str(e)) from None
    finally:
        conn.close()


def _emit(columns, rows, fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False))
    elif fmt == "json":
        # Streamed as it is read (a large answer never sits in memory), one object a
        # line inside the brackets, so the whole output is one JSON document.
        first = True
        for row in rows:
            click.echo(("[" if first else ",") + json.dumps(dict(zip(columns, row)), ensure_ascii=False))
            first = False
        click.echo("[]" if first else "]")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        for row in rows:
            w.writerow(row)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(format_table(columns, list(rows)))


def format_table(columns, rows, width: int = 40) -> str:
    """A plain text table; long cells are cut (except the last) so a row stays short."""
    def cell(v, last: bool) -> str:
        s = "" if v is None else str(v).replace("\n", " ")
        return s if last or len(s) <= width else s[: width - 1] + "…"

    # the last column (a URL, when filtering records) is never cut, so it can be opened
    cells = [[cell(v, i == len(row) - 1) for i, v in enumerate(row)] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


COMMANDS = [query]
