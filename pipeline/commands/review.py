"""``dalel review``: a fact-checker's verdict on a check."""
from __future__ import annotations

from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus


@click.command("review")
@click.argument("check_id")
@click.argument("verdict", type=click.Choice(["confirmed", "dismissed"]))
@click.option("--note", default=None, help="Why: what you checked, where.")
@click.option("--reviewer", default=None, help="Who reviewed; default the login name.")
@data_option()
def review(check_id: str, verdict: str, note: str | None, reviewer: str | None, data_dir: Path) -> None:
    """Mark the check CHECK_ID (or a unique prefix of it) confirmed or dismissed.

    Reviews are kept by the check's stable id, so they survive `dalel reextract`.
    """
    from corpus.review import review_check
    from corpus.store import Corpus, CorpusError

    import sqlite3

    from pipeline.nightly import storage_failure

    try:
        with Corpus(existing_corpus(data_dir)) as corpus:
            check = review_check(corpus, check_id, verdict, note, reviewer)
    except CorpusError as e:
        raise click.ClickException(str(e)) from None
    except (OSError, sqlite3.OperationalError) as e:
        why = storage_failure(e) or ("the corpus is read-only" if "readonly" in str(e).lower() else None)
        if why is None:
            raise
        raise click.ClickException(f"{data_dir}: {why}; the review was not recorded") from None
    click.echo(f"{check['check_id']}\t{verdict}\t{check['check_type']} ({check['verdict']})\t{check['url']}")


COMMANDS = [review]
