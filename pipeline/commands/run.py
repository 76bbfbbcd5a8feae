"""``dalel run``: the nightly job over every configured site."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from corpus.paths import data_option

# Exit status when the run finished but a site looks degraded (monitoring alerts on it).
EXIT_DEGRADED = 3


def sites_option(f):
    return click.option("--sites", "sites_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
                        default=None, help="Folder of site TOML files; default DATA/sites if present, "
                                           "else the sites shipped with dalel.")(f)


def workers_option(f):
    return click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
                        help="Worker processes (run: they extract while this process crawls and writes every "
                             "result; reextract: each re-parses, extracts and stores its own batches).")(f)


@click.command("run")
@data_option()
@sites_option
@click.option("--site", "site_names", multiple=True, help="Only this site (repeatable); default every configured site.")
@click.option("--json-logs/--no-json-logs", default=None,
              help="JSON log lines on standard error; default when standard error is not a terminal.")
@workers_option
def run_cmd(data_dir: Path, sites_dir: Path | None, site_names: tuple[str, ...], json_logs: bool | None,
            workers: int) -> None:
    """Discover, fetch, archive, parse, extract, check and store new articles of every site.

    Safe to kill: the next run resumes. Exit status 3 when a site looks degraded.
    """
    summary = nightly_run(data_dir, sites_dir, site_names, json_logs, workers=workers)
    click.echo(format_summary_text(summary))
    if summary.degraded:
        sys.exit(EXIT_DEGRADED)


def format_summary_text(summary) -> str:
    from pipeline.nightly import format_summary

    return format_summary(summary)


def nightly_run(data_dir: Path, sites_dir: Path | None, site_names: tuple[str, ...] = (),
                json_logs: bool | None = None, *, progress: bool | None = None, workers: int = 1):
    """Run the nightly job under the lock, with logging and progress set up; ClickException on bad input."""
    import logging

    from corpus.store import Corpus, CorpusError, db_path
    from pipeline import nightly
    from scrapers.config import ConfigError

    try:
        configs = nightly.load_configs(sites_dir, data_dir, site_names)
    except (ConfigError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    tty = nightly.interactive()
    handler = None
    try:
        with nightly.run_lock(data_dir):
            bar = None
            if progress if progress is not None else tty:
                with Corpus(db_path(data_dir)) as corpus:
                    expected = {c.name: _usual(corpus, c.name) for c in configs}
                bar = nightly.Progress([c.name for c in configs], expected)
            handler = nightly.setup_logging(json_logs if json_logs is not None else not tty, progress=bar)
            return nightly.run(configs, data_dir, bar, workers=workers)
    except KeyboardInterrupt:
        nightly.exit_interrupted()
    except (nightly.RunLocked, CorpusError) as e:
        raise click.ClickException(str(e)) from None
    except (OSError, sqlite3.OperationalError) as e:
        raise nightly.storage_exit(e, data_dir, "the run stopped. Articles stored so far are whole; free space or "
                                   "make the folder writable and run again: the next run fetches the rest") from None
    finally:
        if handler is not None:
            logging.getLogger("dalel").removeHandler(handler)




def _usual(corpus, site: str) -> int:
    row = corpus.conn.execute(
        "SELECT new + updated + unchanged FROM run_sites WHERE site = ? ORDER BY run_id DESC LIMIT 1", (site,)
    ).fetchone()
    return row[0] if row else 0


COMMANDS = [run_cmd]
