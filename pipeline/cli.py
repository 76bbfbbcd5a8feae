"""The ``dalel`` command.

Subcommands live one concern a module in :mod:`pipeline.commands`; every module
there exposes ``COMMANDS``, a list of click commands or groups, and is found by
name, so adding a command touches no shared file. Modules import heavy libraries
inside their functions to keep ``dalel --help`` fast.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys

import click

import pipeline.commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dalel")
def cli() -> None:
    """dalel: figures from Kazakh and Russian local news, as evidence.

    Collects articles politely, archives raw pages as WARC, extracts every figure,
    date, project and organisation with its exact place in the text, recomputes
    the claims the text makes, and keeps it all in a queryable corpus.
    """


def _register() -> None:
    for info in sorted(pkgutil.iter_modules(pipeline.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"pipeline.commands.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            cli.add_command(command)


_register()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # ``python -m pipeline.cli``, where the console script is not on PATH
    main()
