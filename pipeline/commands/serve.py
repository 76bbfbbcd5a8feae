"""``dalel serve``: browse and search the corpus in Datasette."""
from __future__ import annotations

from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus


@click.command("serve")
@data_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to listen on.")
def serve(data_dir: Path, host: str, port: int) -> None:
    """Serve the corpus with Datasette: facets, full-text search, links to archived captures."""
    from corpus.serve import serve as run_server

    db = existing_corpus(data_dir)
    click.echo(f"serving {db} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    run_server(db, data_dir, host, port)


COMMANDS = [serve]
