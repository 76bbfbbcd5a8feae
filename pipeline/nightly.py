"""The nightly job: discover → fetch → archive → parse → extract → check → store.

The scrapers' :class:`~scrapers.crawl.Crawler` does the first four stages and
yields parsed articles; this module extracts and checks each one and stores it in
one transaction, and only then tells the crawler the URL is done. A kill at any
moment therefore loses at most the articles in flight, which the next run
fetches again and stores idempotently: it ends with the corpus an uninterrupted
run would have made.

A lock file in the data folder stops two runs (or a run and a re-extraction) at
once. Each run records its counts and timings in the ``runs`` table, says which
sites look degraded (selectors finding no articles or empty bodies, a sudden drop
against the site's history), and reports progress on a terminal or as JSON log
lines otherwise (:func:`setup_logging`, :class:`Progress`).
"""
from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import logging
import os
import sqlite3
import statistics
import sys
import threading
import time
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, NoReturn

from corpus.store import Corpus, db_path

log = logging.getLogger("dalel.nightly")

LOCK_NAME = "dalel.lock"
# An article body shorter than this (characters) counts as empty: a page whose body
# selector matched a caption or nothing.
EMPTY_BODY_CHARS = 80
# Degraded when at least this share of a site's stored bodies are empty (of at least MIN_ARTICLES).
EMPTY_BODY_SHARE = 0.5
MIN_ARTICLES = 3
# Degraded when this run's bodies are this much shorter than the site's usual ones.
BODY_DROP_RATIO = 0.3
MIN_HISTORY_VERSIONS = 10
# Degraded when this share of a site's article fetches failed (of at least MIN_ARTICLES).
FAILED_SHARE = 0.5
# Degraded when a site that brings at least this many new articles a run (median of
# at least HISTORY_RUNS earlier runs) brings none.
USUAL_NEW_MIN = 5
HISTORY_RUNS = 3
COUNTS = ("new", "updated", "unchanged", "failed", "records", "checks")


# What SQLite says when it cannot write, and what a reader should do about it.
_SQLITE_STORAGE = (("disk is full", "disk full"), ("readonly database", "the data folder is read-only"),
                   ("unable to open database file", "cannot open the database file"),
                   ("disk i/o error", "disk I/O error"))


def storage_failure(e: BaseException) -> str | None:
    """A one-line reason when ``e`` is the data folder refusing a write (full, read-only, no permission)."""
    if isinstance(e, sqlite3.OperationalError):
        text = str(e).lower()
        return next((f"{why} (SQLite: {e})" for key, why in _SQLITE_STORAGE if key in text), None)
    if isinstance(e, OSError) and e.errno in _OS_STORAGE:
        where = f" writing {e.filename}" if e.filename else ""
        return f"{_OS_STORAGE[e.errno]}{where}"
    return None


_OS_STORAGE = {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded",
               errno.EROFS: "the data folder is on a read-only file system",
               errno.EACCES: "permission denied", errno.EPERM: "operation not permitted"}


def storage_exit(e: BaseException, data_dir: Path, stopped: str):
    """The one-line error for ``e`` when it is the data folder refusing a write (full,
    read-only), saying what ``stopped``; any other error is raised again as it is."""
    import click

    why = storage_failure(e)
    if why is None:
        raise e
    return click.ClickException(f"{data_dir}: {why}; {stopped}")


def exit_interrupted() -> NoReturn:
    """After Ctrl-C: what was stored is whole and the next run resumes; say so and exit with
    130, the shell's code for an interrupted command."""
    import click

    click.echo("interrupted: what was stored so far is kept; run again to resume", err=True)
    raise SystemExit(130)


class RunLocked(RuntimeError):
    """Another run holds the data folder's lock."""


@contextmanager
def run_lock(data_dir: Path) -> Iterator[Path]:
    """Hold ``DATA/dalel.lock`` for the block; the OS drops it if the process dies."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    f = path.open("a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.seek(0)
        holder = f.read().strip() or "another process"
        f.close()
        raise RunLocked(f"{path}: another dalel run or reextract is working on this data folder (pid {holder}); "
                        f"try again when it has finished") from None
    try:
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        yield path
    finally:
        fcntl.flock(f, fcntl.LOCK_UN)
        f.close()


def extract_article(text: str, lang: str | None, published: str | None) -> list[dict[str, Any]]:
    """Records and checks of one article as contract dicts.

    Pure and top-level, so a process pool can run it for many articles at once.
    """
    from extractors.core import extract

    day = None
    if published:
        try:
            day = dt.date.fromisoformat(published[:10])
        except ValueError:
            day = None  # an unreadable page date must not lose the article's figures
    return [r.to_dict() for r in extract(text, lang or "auto", day)]


# A few sentences a language with an organisation, a project, figures, a date and
# claims: enough to load every extractor's language data and compile its patterns
# (some compile on first use and take a few hundred milliseconds).
_WARM_TEXTS = (("Аудан әкімдігі «Жаңа ауыл» бағдарламасы бойынша 2024 жылы 12 мектеп салды, "
                "бұл өткен жылдан 5%-ға көп. Жоспар 80 пайызға орындалды.", "kk"),
               ("Отдел образования акимата района по программе «Новое село» в 2024 году построил 12 школ, "
                "на 5% больше, чем годом ранее. План выполнен на 80 процентов.", "ru"))


def warm_worker() -> None:
    """Load the extractors' data in a fresh worker process before its first article."""
    for text, lang in _WARM_TEXTS:
        extract_article(text, lang, "2024-05-01")


def _init_worker() -> None:
    # Ctrl-C reaches every process of the terminal's group: the main process stops the
    # run and the pool; a worker that raised KeyboardInterrupt too would only print a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_worker()


def ordered_map(pool, fn, items: Iterable, window: int) -> Iterator:
    """``fn(*item)`` for each of ``items`` in ``pool``, results in input order.

    At most ``window`` tasks are in flight (so a slow writer never piles up every
    result in memory). A task should carry several articles (fewer, larger tasks spend
    less time pickling and passing messages than one article a task): see ``batches``.
    Runs in this process when ``pool`` is None.
    """
    if pool is None:
        for item in items:
            yield fn(*item)
        return
    pending: deque = deque()
    for item in items:
        pending.append(pool.submit(fn, *item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def batches(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extraction_pool(workers: int):
    """A process pool of ``workers`` for :func:`extract_article`, or None for one process.

    Workers are spawned, not forked: the crawler's threads are already running and a
    fork would copy whatever locks they hold.
    """
    if workers <= 1:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)


@dataclass
class SiteTally:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    records: int = 0
    checks: int = 0
    requests: int = 0
    empty_bodies: int = 0
    stored: int = 0
    body_chars: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in COUNTS + ("requests", "empty_bodies")}


@dataclass
class RunSummary:
    run_id: int
    seconds: float
    sites: dict[str, dict[str, int]]
    totals: dict[str, int]
    degraded: dict[str, str]
    timings: dict[str, float]
    status: str = "finished"


def load_configs(sites_dir: Path | None, data_dir: Path, names: tuple[str, ...] = ()):
    """Site configs: ``--sites DIR``, else ``DATA/sites`` when present, else those shipped with dalel."""
    from scrapers.config import load_sites

    if sites_dir is None and (data_dir / "sites").is_dir():
        sites_dir = data_dir / "sites"
    configs = load_sites(sites_dir)
    if names:
        known = {c.name for c in configs}
        missing = [n for n in names if n not in known]
        if missing:
            raise ValueError(f"no site {missing[0]!r} among the configs ({', '.join(sorted(known)) or 'none'})")
        configs = [c for c in configs if c.name in names]
    if not configs:
        raise ValueError(f"{sites_dir or 'the shipped sites'}: no site configs (*.toml) to run")
    return configs


def run(configs, data_dir: Path, progress=None, *, now: dt.datetime | None = None, workers: int = 1) -> RunSummary:
    """One nightly run over ``configs``; the caller holds :func:`run_lock`.

    With ``workers`` > 1, articles are extracted in that many processes while this
    one keeps crawling and writes every result itself (SQLite has one writer), in
    the order the crawler yielded them.
    """
    from extractors.core import EXTRACTOR_VERSION
    from scrapers.crawl import Crawler

    started = time.monotonic()
    timings = {"crawl": 0.0, "extract": 0.0, "store": 0.0}
    tallies = {c.name: SiteTally() for c in configs}
    with Corpus(db_path(data_dir)) as corpus:
        for c in configs:
            corpus.ensure_site(c.name, c.base_url, c.lang)
        run_id = corpus.start_run([c.name for c in configs])
        log.info("run started", extra={"event": "run_start", "run_id": run_id, "sites": [c.name for c in configs]})
        crawler = Crawler(configs, data_dir, db_path(data_dir), now=now)
        status = "failed"
        pool = extraction_pool(workers)
        pending: deque = deque()  # (article, future or None), oldest first

        def store_oldest() -> None:
            article, future = pending.popleft()
            _store_one(corpus, crawler, article, tallies.setdefault(article.site, SiteTally()), run_id,
                       EXTRACTOR_VERSION, timings, future)
            if progress:
                progress.update(tallies)

        try:
            articles = crawler.articles()
            while True:
                t0 = time.monotonic()
                article = next(articles, None)
                timings["crawl"] += time.monotonic() - t0
                if article is None:
                    break
                future = None
                if pool is not None and not corpus.known(article.url, article.content_hash):
                    try:
                        future = pool.submit(extract_article, article.text, article.lang, article.published)
                    except BrokenProcessPool:  # a worker died: go on in this process
                        log.warning("extraction pool lost; extracting in the main process",
                                    extra={"event": "pool_lost"})
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = None
                pending.append((article, future))
                # a few articles a worker in flight keeps them busy while bounding what a kill loses
                while pending and (len(pending) > 2 * workers or pending[0][1] is None or pending[0][1].done()):
                    store_oldest()
            while pending:
                store_oldest()
            # A site whose crawl hit a full or read-only disk: the whole run stops with that reason
            # (every other site would meet it too), rather than finishing with the site degraded.
            full = next((e for e in getattr(crawler, "aborted", {}).values() if storage_failure(e)), None)
            if full is not None:
                raise full
            t0 = time.monotonic()
            refresh_timeline(corpus)
            timings["timeline"] = time.monotonic() - t0
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"  # the next run resumes; say so in the runs table
            raise
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            if progress:
                progress.update(tallies, force=True)
            # stats are final once the iterator is exhausted; on an exception they are what we have
            for site, st in crawler.stats.items():
                t = tallies.setdefault(site, SiteTally())
                t.unchanged += st.get("unchanged", 0)
                t.failed += st.get("failed", 0)
                t.requests = st.get("requests", 0)
            degraded = detect_degraded(corpus, run_id, tallies, crawler.stats) if status == "finished" else {}
            totals = {k: sum(getattr(t, k) for t in tallies.values()) for k in COUNTS}
            timings = {k: round(v, 2) for k, v in timings.items()}
            timings["total"] = round(time.monotonic() - started, 2)
            per_site = {s: t.as_dict() for s, t in tallies.items()}
            corpus.finish_run(run_id, status, totals, per_site, degraded, timings)
        summary = RunSummary(run_id, timings["total"], per_site, totals, degraded, timings, status)
        log.info("run finished", extra={"event": "run_end", "run_id": run_id, "totals": totals,
                                        "degraded": degraded, "timings": timings})
        return summary


def refresh_timeline(corpus: Corpus) -> None:
    """Stories and programme timelines over the whole corpus, after the night's articles are in.

    A failure here must not fail the run: the articles are stored, and ``dalel timeline``
    recomputes the same tables later.
    """
    from corpus.timeline import refresh_timeline as refresh

    try:
        found = refresh(corpus.conn)
    except Exception as e:  # noqa: BLE001 - logged, and the run's articles are already safe
        log.warning("timeline not refreshed", extra={"event": "timeline_failed", "error": str(e)})
        return
    log.info("timeline refreshed", extra={"event": "timeline", "stories": found.stories,
                                           "claims": len(found.claims), "contradictions": len(found.contradictions)})


def _store_one(corpus: Corpus, crawler, article, tally: SiteTally, run_id: int, version: str,
               timings: dict[str, float], future=None) -> None:
    """Extract (or take the worker's result from ``future``) and store one article."""
    t0 = time.monotonic()
    items: list[dict] = []
    extractor_version = version
    if future is not None or not corpus.known(article.url, article.content_hash):
        try:
            try:
                items = future.result() if future is not None else extract_article(
                    article.text, article.lang, article.published)
            except BrokenProcessPool:  # a worker died (out of memory, killed): do this one here
                log.warning("extraction worker lost", extra={"event": "worker_lost", "url": article.url})
                items = extract_article(article.text, article.lang, article.published)
        except Exception as e:  # one bad text must not stop the night; reextract retries it
            log.warning("extraction failed", extra={"event": "extract_failed", "url": article.url, "error": str(e)})
            extractor_version = "0"
    t1 = time.monotonic()
    stored = corpus.store_article(article, items, extractor_version, run_id)
    crawler.done(article)  # only after the commit: a kill before this re-fetches the URL next run
    t2 = time.monotonic()
    timings["extract"] += t1 - t0
    timings["store"] += t2 - t1
    setattr(tally, stored.outcome, getattr(tally, stored.outcome) + 1)
    tally.records += stored.records
    tally.checks += stored.checks
    if stored.outcome != "unchanged":
        tally.stored += 1
        chars = len(article.text.strip())
        tally.body_chars.append(chars)
        if chars < EMPTY_BODY_CHARS:
            tally.empty_bodies += 1
    log.info("article stored", extra={"event": "article", "site": article.site, "url": article.url,
                                      "outcome": stored.outcome, "records": stored.records,
                                      "checks": stored.checks})


def detect_degraded(corpus: Corpus, run_id: int, tallies: dict[str, SiteTally],
                    crawler_stats: dict[str, dict]) -> dict[str, str]:
    """Sites whose selectors or sources look broken this run, with the reason."""
    out: dict[str, str] = {}
    for site, t in tallies.items():
        reasons = []
        scraper = (crawler_stats.get(site) or {}).get("degraded")
        if scraper:
            reasons.append(scraper)
        if t.stored >= MIN_ARTICLES and t.empty_bodies >= EMPTY_BODY_SHARE * t.stored:
            reasons.append(f"{t.empty_bodies} of {t.stored} article bodies empty (selectors.body?)")
        attempts = t.new + t.updated + t.unchanged + t.failed
        if attempts >= MIN_ARTICLES and t.failed >= FAILED_SHARE * attempts:
            reasons.append(f"{t.failed} of {attempts} article fetches failed")
        if t.body_chars and len(t.body_chars) >= MIN_ARTICLES:
            row = corpus.conn.execute(
                "SELECT count(*), avg(length(v.text)) FROM article_versions v JOIN articles a ON a.id = v.article_id "
                "WHERE a.site = ? AND (v.run_id IS NULL OR v.run_id < ?)", (site, run_id)).fetchone()
            if row[0] >= MIN_HISTORY_VERSIONS and row[1]:
                now_avg = statistics.mean(t.body_chars)
                if now_avg < BODY_DROP_RATIO * row[1]:
                    reasons.append(f"bodies average {now_avg:.0f} characters against {row[1]:.0f} before")
        history = corpus.site_history(site, run_id)
        if len(history) >= HISTORY_RUNS:
            usual = statistics.median(h["new"] + h["updated"] for h in history)
            if usual >= USUAL_NEW_MIN and t.new + t.updated == 0:
                reasons.append(f"no new articles, against {usual:g} a run usually")
        if reasons:
            out[site] = "; ".join(reasons)
    return out


def format_summary(s: RunSummary) -> str:
    t = s.totals
    lines = [f"run {s.run_id} {s.status} in {s.seconds:.1f} s: {t['new']} new, {t['updated']} updated, "
             f"{t['unchanged']} unchanged, {t['failed']} failed; {t['records']} records, {t['checks']} checks"]
    header = ("site", "new", "updated", "unchanged", "failed", "records", "checks", "status")
    rows = [header] + [
        (site, *(str(c[k]) for k in COUNTS), "DEGRADED" if site in s.degraded else "ok")
        for site, c in sorted(s.sites.items())
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append("  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
    for site, why in sorted(s.degraded.items()):
        lines.append(f"degraded: {site}: {why}")
    timings = ", ".join(f"{k} {v:.1f} s" for k, v in s.timings.items() if k != "total")
    lines.append(f"timings: {timings}")
    return "\n".join(lines)


# --- what a person or a log collector sees while it runs ----------------------------------

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message and the record's extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        d = {"time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
             "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        d.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            d["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(d, ensure_ascii=False, default=str)


def interactive(stream=None) -> bool:
    stream = stream or sys.stderr
    return hasattr(stream, "isatty") and stream.isatty()


def setup_logging(json_logs: bool, stream=None, progress: "Progress | None" = None) -> logging.Handler:
    """JSON lines on ``stream`` (default stderr) when not a terminal; on a terminal, warnings only,
    printed above the progress bars when there are any."""
    handler: logging.Handler
    if json_logs:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(JsonFormatter())
        handler.setLevel(logging.INFO)
    else:
        handler = _AboveProgress(progress) if progress else logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(_OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
    root = logging.getLogger("dalel")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


class _OneLineFormatter(logging.Formatter):
    """A person at a terminal gets one line per problem: an exception's last line, not its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(_without_exc(record))
        if record.exc_info and record.exc_info[1] is not None:
            e = record.exc_info[1]
            line += f" ({type(e).__name__}: {e})" if str(e) not in line else ""
        return line


def _without_exc(record: logging.LogRecord) -> logging.LogRecord:
    copy = logging.makeLogRecord(vars(record))
    copy.exc_info = copy.exc_text = copy.stack_info = None
    return copy


class _AboveProgress(logging.Handler):
    def __init__(self, progress: "Progress"):
        super().__init__()
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.progress.write_above(self.format(record))
        except Exception:  # logging must never stop the run
            self.handleError(record)


class Progress:
    """One line per site redrawn in place on a terminal: a bar of this run's articles against the
    site's previous run (a moving block on the first run), and the counts so far."""

    def __init__(self, sites: list[str], expected: dict[str, int], stream=None, width: int = 24):
        self.stream = stream or sys.stderr
        self.sites = sites
        self.expected = expected
        self.width = width
        self.drawn = 0
        self.last = 0.0
        self.tallies: dict[str, SiteTally] = {}
        self.lock = threading.Lock()  # crawler threads log while the main thread redraws

    def write_above(self, line: str) -> None:
        """Print a log line where the bars are, and the bars again below it."""
        with self.lock:
            if self.drawn:
                self.stream.write(f"\x1b[{self.drawn}F\x1b[J")
                self.drawn = 0
            self.stream.write(line + "\n")
            self._draw()

    def update(self, tallies: dict[str, SiteTally], force: bool = False) -> None:
        if not force and time.monotonic() - self.last < 0.2:
            return
        self.last = time.monotonic()
        with self.lock:
            self.tallies = dict(tallies)
            self._draw()

    def _draw(self) -> None:
        tallies = self.tallies
        name_w = max(len(s) for s in self.sites)
        lines = []
        for site in self.sites:
            t = tallies.get(site) or SiteTally()
            done = t.new + t.updated + t.unchanged
            total = max(self.expected.get(site, 0), done, 1)
            if self.expected.get(site):
                filled = int(self.width * done / total)
                bar = "#" * filled + "-" * (self.width - filled)
            else:  # first run: how many articles a site has is not known yet, so the bar only moves
                pos = done % (self.width - 2)
                bar = "-" * pos + "###" + "-" * (self.width - 3 - pos)
            lines.append(f"{site.ljust(name_w)} [{bar}] {t.new} new, {t.updated} updated, {t.records} records")
        if self.drawn:
            self.stream.write(f"\x1b[{self.drawn}F")
        self.stream.write("".join(line + "\x1b[K\n" for line in lines))
        self.stream.flush()
        self.drawn = len(lines)
