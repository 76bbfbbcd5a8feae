"""``dalel reextract``: parse and extract again from the WARC archive, without the network."""
from __future__ import annotations

import re
import sqlite3
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import NamedTuple

import click

from corpus.paths import data_option, existing_corpus
from pipeline.commands.run import sites_option, workers_option

# Article versions a transaction (see the comment where it is used).
BATCH = 25
# How long a worker waits for SQLite's write lock before giving up (milliseconds).
WORKER_LOCK_WAIT_MS = 600_000


def older(version: str | None, current: str) -> bool:
    """True when records made by ``version`` predate ``current`` (unknown versions count as older)."""
    if not version:
        return True
    a = tuple(int(x) for x in re.findall(r"\d+", version))
    b = tuple(int(x) for x in re.findall(r"\d+", current))
    return a < b or (a == b and version != current)


@click.command("reextract")
@data_option()
@sites_option
@click.option("--site", "site_names", multiple=True, help="Only articles of this site (repeatable).")
@click.option("--all", "everything", is_flag=True, help="Every article version, not only those made by an older "
                                                        "extractor version.")
@workers_option
def reextract(data_dir: Path, sites_dir: Path | None, site_names: tuple[str, ...], everything: bool,
              workers: int) -> None:
    """Re-run parsing and extraction for articles whose extractor version is older.

    Reads each capture back from the WARC archive (no network); reviews are kept,
    since checks keep their stable ids.
    """
    from corpus.store import Corpus, CorpusError
    from extractors.core import EXTRACTOR_VERSION
    from pipeline import nightly
    from scrapers.config import ConfigError, load_sites

    db = existing_corpus(data_dir)
    try:
        if sites_dir is None and (data_dir / "sites").is_dir():
            sites_dir = data_dir / "sites"
        configs = {c.name: c for c in load_sites(sites_dir)}
    except ConfigError as e:
        raise click.ClickException(str(e)) from None
    started = time.monotonic()
    done = records = checks = reparsed = from_text = 0
    try:
        with nightly.run_lock(data_dir), Corpus(db) as corpus:
            rows = corpus.conn.execute(
                "SELECT v.id, v.title, v.text, v.lang, v.published, v.warc_file, v.warc_record_id, v.content_hash, "
                "v.extractor_version, a.site, a.url FROM article_versions v JOIN articles a ON a.id = v.article_id "
                "ORDER BY v.id").fetchall()
            unknown = sorted(set(site_names or ()) - {row["site"] for row in rows})
            if unknown:
                raise click.ClickException(f"{db}: no articles of site {', '.join(unknown)} in this corpus "
                                           f"(sites: {', '.join(sorted({row['site'] for row in rows})) or 'none'})")
            todo = [dict(row) for row in rows
                    if (not site_names or row["site"] in site_names)
                    and (everything or older(row["extractor_version"], EXTRACTOR_VERSION))]
            without = sorted({row["site"] for row in todo} - set(configs))
            for site in without:
                n = sum(row["site"] == site for row in todo)
                where = sites_dir or "the shipped site configs"
                click.echo(f"{site}: no site config in {where}; its {n} article versions are re-extracted from the "
                           f"stored text (pass --sites DIR to re-parse them from the WARC archive)", err=True)
            pool = nightly.extraction_pool(workers)
            try:
                jobs = ((data_dir, row, configs.get(row["site"])) for row in todo)
                # A task is a commit's batch of versions, done stage by stage (see
                # reparse_and_extract_many) and stored in one transaction: one commit a
                # batch, not an article, since a commit (WAL append, full-text index flush)
                # cost as much as the article's own inserts. A kill loses the open batches
                # only, and those versions still carry the old extractor version.
                groups = nightly.batches(jobs, BATCH)
                if pool is None:
                    tallies = (store_batch(corpus, reparse_and_extract_many(group), EXTRACTOR_VERSION)
                               for group in groups)
                else:
                    # Each worker stores its own batches through a connection of its own; their
                    # transactions take turns at SQLite's write lock. Stored here, a batch cost
                    # this process a sixth of the CPU the workers needed, on top of theirs.
                    tallies = nightly.ordered_map(pool, reextract_and_store,
                                                  ((db, group, EXTRACTOR_VERSION) for group in groups), 2 * workers)
                for tally in tallies:
                    done += tally.versions
                    reparsed += tally.reparsed
                    from_text += tally.versions - tally.reparsed
                    records += tally.records
                    checks += tally.checks
            finally:
                if pool is not None:
                    pool.shutdown(wait=False, cancel_futures=True)
    except KeyboardInterrupt:
        nightly.exit_interrupted()
    except (nightly.RunLocked, CorpusError) as e:
        raise click.ClickException(str(e)) from None
    except (OSError, sqlite3.OperationalError) as e:
        raise nightly.storage_exit(e, data_dir, f"re-extraction stopped after {done} article versions, each of them "
                                   "whole; make the folder writable (or free space) and run again: the next run "
                                   "does the rest") from None
    except BrokenProcessPool:
        # every version re-extracted so far is committed; a second run does the rest
        raise click.ClickException(f"an extraction worker died (out of memory?) after {done} article versions; "
                                   f"run dalel reextract again, with fewer --workers") from None
    click.echo(f"re-extracted {done} article versions with extractor {EXTRACTOR_VERSION} "
               f"({reparsed} re-parsed from WARC, {from_text} from stored text): {records} records, {checks} checks "
               f"in {time.monotonic() - started:.1f} s")


class BatchTally(NamedTuple):
    """What storing a batch did: versions, of them re-parsed from WARC, records, checks."""
    versions: int
    reparsed: int
    records: int
    checks: int


def store_batch(corpus, done: list[tuple], version: str) -> BatchTally:
    """``(row, article or None, items)`` of :func:`reparse_and_extract_many` stored in one
    transaction, each version's swap a savepoint of its own."""
    records = checks = 0
    with corpus.write_batch(len(done)) as batch:
        for row, article, items in done:
            batch.step()
            n_rec, n_chk = _store(corpus, row, article, items, version)
            records += n_rec
            checks += n_chk
    return BatchTally(len(done), sum(article is not None for _, article, _ in done), records, checks)


# A worker's connection to the corpus, opened at its first batch and kept for the next.
_worker_corpus: dict = {}


def worker_corpus(db: Path):
    """This worker process's connection to the corpus at ``db``, opened once and kept."""
    from corpus.store import Corpus

    corpus = _worker_corpus.get(db)
    if corpus is None:
        corpus = _worker_corpus[db] = Corpus(db)
        # Many workers can queue at the write lock for longer than a writer's usual 30 s
        # (SQLite's busy handler is not first come, first served); a worker that died is
        # the pool's to notice, not a timeout's.
        corpus.conn.execute(f"PRAGMA busy_timeout = {WORKER_LOCK_WAIT_MS}")
    return corpus


def reextract_and_store(db: Path, jobs: list[tuple[Path, dict, object]], version: str) -> BatchTally:
    """A batch re-parsed, extracted and stored by a worker process (top-level, so one can run it)."""
    return store_batch(worker_corpus(db), reparse_and_extract_many(jobs), version)


def _store(corpus, row: dict, article, items, version: str) -> tuple[int, int]:
    """Swap one version's records for the new ones, and its text for a better re-parse."""
    from pipeline import nightly

    if article is not None:
        title, text, new_hash = article.title, article.text, article.content_hash
    else:
        title, text, new_hash = row["title"], row["text"], None
    try:
        return corpus.replace_extraction(
            row["id"], items, version,
            *((title, text, new_hash) if new_hash and (title, text) != (row["title"], row["text"]) else ()))
    except sqlite3.IntegrityError:
        # the re-parse equals another version of the article: keep the stored text
        return corpus.replace_extraction(
            row["id"], nightly.extract_article(row["text"], row["lang"], row["published"]), version)


def reparse_and_extract_many(jobs: list[tuple[Path, dict, object]]) -> list[tuple]:
    """Stored versions parsed again from their captures (or their stored text) and extracted:
    ``(row, article or None, items)`` for each ``(data_dir, row, config)`` of ``jobs``.

    Stage by stage: every capture parsed, then every text extracted. Each stage's code and
    data then stay in the CPU's caches over the batch, where page by page the HTML parse
    pushed the extractors' out before every article: about a tenth less CPU a page
    (benchmarks/throughput.py). Top-level, so a worker process can run it.
    """
    articles = [_reparse(*job) for job in jobs]
    return [(row, article, _extract(row, article)) for (_, row, _), article in zip(jobs, articles)]


def _extract(row: dict, article) -> list[dict]:
    """The records and checks of a re-parsed article, or of the stored text when there is none."""
    from pipeline import nightly

    if article is None:
        return nightly.extract_article(row["text"], row["lang"], row["published"])
    return nightly.extract_article(article.text, article.lang or row["lang"], article.published or row["published"])


def _reparse(data_dir: Path, row, config):
    """The article parsed again from its capture, or None (stored text is used) with the reason logged."""
    import logging

    log = logging.getLogger("dalel.reextract")
    if config is None:
        return None  # said once a site, before the work (see reextract)
    if not row["warc_file"]:
        log.warning("%s: no archived capture; re-extracting the stored text", row["url"])
        return None
    from scrapers.parse import article_from_warc

    try:
        return article_from_warc(data_dir, row["warc_file"], row["warc_record_id"], config)
    except Exception as e:  # a damaged or missing WARC must not stop the others
        log.warning("%s: cannot re-parse %s %s (%s); re-extracting the stored text", row["url"], row["warc_file"],
                    row["warc_record_id"], e)
        return None


COMMANDS = [reextract]
