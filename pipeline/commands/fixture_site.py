"""``dalel fixture-site``: serve the realistic local fixture sites until interrupted."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("fixture-site")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="First port; site i is served on PORT+i (0: any free ports).")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the generated articles.")
@click.option("--articles", type=click.IntRange(4, 100000), default=300, show_default=True,
              help="Number of generated articles over all sites.")
@click.option("--hosts", type=click.IntRange(1, 4), default=4, show_default=True, help="Number of sites (hosts).")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write one gold file an article here (the format of shared/gold/README.md).")
@click.option("--sites-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write TOML site configs for the served sites here (for `--sites DIR`).")
@click.option("--delay", type=float, default=0.01, show_default=True, help="Per-host delay in the written configs.")
@click.option("--no-faults", is_flag=True, help="Serve the sites without their fault paths.")
def fixture_site(port: int, seed: int, articles: int, hosts: int, gold_dir: Path | None, sites_dir: Path | None,
                 delay: float, no_faults: bool) -> None:
    """Serve generated news sites on 127.0.0.1 (WordPress-like, DLE-style, a Russian portal
    and a fourth district site), with fault paths, until Ctrl-C. Nothing leaves the machine."""
    import threading

    from scrapers.fixture import FAULT_PATHS, FixtureServer

    fx = FixtureServer(seed=seed, articles=articles, hosts=hosts, port=port, faults=not no_faults)
    try:
        fx.start()
    except OSError as e:
        raise click.ClickException(f"cannot listen on 127.0.0.1 port {port or 'any'}: {e.strerror or e}") from None
    try:
        for key, base in fx.sites.items():
            click.echo(f"{key}\t{base}/")
        click.echo(f"{len(fx.articles)} articles, {len(FAULT_PATHS) if not no_faults else 0} fault paths, seed {seed}",
                   err=True)
        try:
            if gold_dir is not None:
                click.echo(f"gold: {len(fx.write_gold(gold_dir))} files in {gold_dir}", err=True)
            if sites_dir is not None:
                click.echo(f"configs: {len(fx.write_configs(sites_dir, delay))} files in {sites_dir}", err=True)
        except OSError as e:
            raise click.ClickException(f"cannot write to {e.filename}: {e.strerror}") from None
        click.echo("serving until interrupted (Ctrl-C)", err=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        fx.stop()


COMMANDS = [fixture_site]
