"""Crash benchmark (issue 11): SIGKILL the nightly job at random points and resume it.

The fixture site set is served on 127.0.0.1; ``dalel run`` runs once uninterrupted into
one data folder (the reference), then into a second folder where it is killed with
SIGKILL ``--kills`` times (default 20) at seeded random points and started again after
each kill. A kill point is a number of stored articles (drawn uniformly over the
site's articles, sorted, so the kills spread over the whole job) and a delay after
start (so kills also land during start-up, discovery and re-checks); the site serves
one to four article pages past the point and holds the rest until the kill, so the
kill always lands on a job still working, with articles in flight.

Before one resume (the first kill's), the newest WARC file gets half a record appended:
a torn final record, as a kill in the middle of a write leaves it. After the last resume
the benchmark checks ``PRAGMA integrity_check``, that no article, version, record or check
is duplicated, that the corpus equals the reference (same articles, versions, records,
checks), and that every stored version's WARC record reads back while the torn tails
are detected and skipped. It prints the figures; ``--json`` for one JSON object.

Run: ``python benchmarks/crash.py [--kills N] [--seed S] [--articles N] [--json]``.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DB = "dalel.sqlite"
# The longest a kill waits for its point (stored articles) before it kills anyway.
POINT_TIMEOUT = 60.0
RUN = (sys.executable, "-c", "from pipeline.cli import main; main()", "run")


def spawn_run(data: Path, sites: Path) -> subprocess.Popen:
    """``dalel run`` in its own process, as cron starts it."""
    return subprocess.Popen([*RUN, "--data", str(data), "--sites", str(sites)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)


def stored(data: Path) -> int:
    """Articles in the corpus now (0 while it does not exist or cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{data / DB}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _pending(data: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{data / DB}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM fetch_urls WHERE done = 0 AND content_hash IS NOT NULL"
                                ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def corpus_content(db: Path) -> dict:
    """What a reader of the corpus sees, without run ids, capture times and row ids."""
    conn = sqlite3.connect(db)
    try:
        return {
            "articles": sorted(conn.execute("SELECT url, site, versions FROM articles")),
            "versions": sorted(conn.execute(
                "SELECT a.url, v.version, v.content_hash, v.title, v.text, v.published, v.lang "
                "FROM article_versions v JOIN articles a ON a.id = v.article_id")),
            "records": sorted(conn.execute(
                'SELECT a.url, v.version, r.kind, r.text, r.start, r."end", r.value, r.value_max, r.unit, '
                "r.qualifier, r.date_start, r.date_end, r.sentence, r.name, r.type, r.about "
                "FROM records r JOIN articles a ON a.id = r.article_id "
                "JOIN article_versions v ON v.id = r.version_id"), key=repr),
            "checks": sorted(conn.execute(
                "SELECT c.check_id, v.version, c.check_type, c.verdict, c.text, c.start, c.\"end\", c.inputs "
                "FROM checks c JOIN article_versions v ON v.id = c.version_id"), key=repr),
        }
    finally:
        conn.close()


def duplicates(db: Path) -> dict[str, int]:
    """Rows stored twice: the same article URL, the same version content, the same record or check."""
    conn = sqlite3.connect(db)
    queries = {
        "articles": "SELECT url FROM articles GROUP BY url HAVING count(*) > 1",
        "versions": "SELECT 1 FROM article_versions GROUP BY article_id, content_hash HAVING count(*) > 1",
        "records": 'SELECT 1 FROM records GROUP BY version_id, kind, start, "end", text, value, unit, '
                   "date_start, date_end, name, type HAVING count(*) > 1",
        "checks": "SELECT 1 FROM checks GROUP BY version_id, check_id HAVING count(*) > 1",
    }
    try:
        return {k: len(conn.execute(q).fetchall()) for k, q in queries.items()}
    finally:
        conn.close()


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check``'s answer ("ok"), or what is wrong, the search index too:
    the store indexes a transaction's new versions just before it commits, so a kill must
    leave the index holding exactly the stored texts."""
    from corpus.store import search_index_in_step

    conn = sqlite3.connect(db)
    try:
        answer = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        if answer == "ok" and not search_index_in_step(conn):
            return "search index out of step with the stored texts"
        return answer
    finally:
        conn.close()


def tear_last_warc(data: Path) -> Path | None:
    """Append the first half of the newest file's last record: the torn tail a kill mid-write leaves."""
    from scrapers.warc import iter_records

    files = sorted((data / "warc").glob("*.warc.gz"), key=lambda p: p.stat().st_mtime)
    if not files:
        return None
    path = files[-1]
    offsets = [off for off, _record, _payload in iter_records(path)]
    if not offsets:
        return None
    blob = path.read_bytes()
    last = blob[offsets[-1]:]
    with path.open("ab") as fh:
        fh.write(last[: max(1, len(last) // 2)])
    return path


class _TornCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.files: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "torn record" in message:
            self.files.add(message.split(":", 1)[0])


def warc_health(data: Path) -> dict[str, int]:
    """Records per WARC file, torn tails detected, and whether each stored version's capture reads back."""
    from scrapers.warc import iter_records, read_capture

    counter = _TornCounter()
    warc_log = logging.getLogger("dalel.scrapers.warc")
    warc_log.addHandler(counter)
    try:
        files = sorted((data / "warc").glob("*.warc.gz"))
        records = sum(1 for f in files for _ in iter_records(f))
        conn = sqlite3.connect(data / DB)
        try:
            rows = conn.execute("SELECT warc_file, warc_record_id FROM article_versions").fetchall()
        finally:
            conn.close()
        unreadable = 0
        for warc_file, record_id in rows:
            try:
                read_capture(data, warc_file, record_id)
            except (OSError, KeyError):
                unreadable += 1
    finally:
        warc_log.removeHandler(counter)
    return {"files": len(files), "records": records, "torn_tails": len(counter.files),
            "versions": len(rows), "unreadable_versions": unreadable}


def kill_plan(kills: int, articles: int, seed: int) -> list[tuple[int, float, int]]:
    """``(stored articles, seconds after start, pages in flight)`` for each kill, seeded."""
    rng = random.Random(seed)
    points = sorted(rng.randrange(0, articles) for _ in range(kills))
    return [(p, round(rng.uniform(0.0, 2.0), 3), rng.randint(1, 4)) for p in points]


def kill_once(fx, data: Path, sites: Path, point: int, after: float, in_flight: int) -> dict:
    """Start a run, wait for its kill point, SIGKILL it; what the run had done by then."""
    before, pending = stored(data), _pending(data)
    # Pages the run fetches again (handed on but not marked stored when killed) count against the hold too.
    with fx.hold(max(0, point - before) + pending + in_flight):
        started = time.monotonic()
        proc = spawn_run(data, sites)
        while proc.poll() is None and time.monotonic() - started < POINT_TIMEOUT:
            if stored(data) >= point and time.monotonic() - started >= after:
                break
            time.sleep(0.005)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return {"point": point, "after_s": after, "stored_before": before, "stored_at_kill": stored(data),
            "seconds": round(time.monotonic() - started, 2), "landed": alive}


def crash_trial(fx, sites: Path, work: Path, kills: int, seed: int, progress=None) -> dict:
    """The whole benchmark against a running fixture server; returns the figures."""
    whole, killed = work / "whole", work / "killed"
    t0 = time.monotonic()
    ref = spawn_run(whole, sites)
    ref_rc = ref.wait()
    ref_seconds = round(time.monotonic() - t0, 2)
    n = len(fx.articles)
    plan = kill_plan(kills, n, seed)
    done = []
    torn = None
    for i, (point, after, in_flight) in enumerate(plan):
        done.append(kill_once(fx, killed, sites, point, after, in_flight))
        if progress:
            progress(f"kill {i + 1}/{kills}: {done[-1]}")
        if i == 0:
            torn = tear_last_warc(killed)
    t1 = time.monotonic()
    final = spawn_run(killed, sites)
    final_rc = final.wait()
    conn = sqlite3.connect(killed / DB)
    statuses = [s for (s,) in conn.execute("SELECT status FROM runs ORDER BY id")]
    conn.close()
    a, b = corpus_content(whole / DB), corpus_content(killed / DB)
    return {
        "articles": n,
        "kills": kills,
        "kills_landed": sum(k["landed"] for k in done),
        "kill_points": [k["stored_at_kill"] for k in done],
        "reference_exit": ref_rc,
        "reference_seconds": ref_seconds,
        "final_exit": final_rc,
        "final_seconds": round(time.monotonic() - t1, 2),
        "runs": len(statuses),
        "runs_interrupted": statuses.count("interrupted"),
        "last_run": statuses[-1] if statuses else None,
        "integrity_check": integrity(killed / DB),
        "duplicates": duplicates(killed / DB),
        "corpus_equal": a == b,
        "corpus_diff": {k: [len(a[k]), len(b[k])] for k in a if a[k] != b[k]},
        "counts": {k: len(v) for k, v in b.items()},
        "torn_warc_planted": torn.name if torn else None,
        "warc": warc_health(killed),
    }


# What each fault path of the fixture site must leave in the logs (JSON log lines and the fetch log).
FAULT_REASONS = {
    "flaky-503": r"HTTP 503", "rate-limited": r"HTTP 429", "server-error": r"HTTP 500",
    "reset": r"reset|closed the connection|aborted", "redirect-loop": r"redirect loop|more than \d+ redirects",
    "offsite-redirect": r"not among the site's hosts", "huge": r"larger than", "gzip-bomb": r"bomb|larger than",
    "empty": r"no article text", "stalled": r"timed out", "portal-429-listing": r"HTTP 429",
    "dle-503-feed": r"HTTP 503",
}
# Fault paths that serve a real article in the end: stored whole, and what proves it.
FAULT_ARTICLES = ("flaky-503", "rate-limited", "slow-drip", "malformed", "cp1251-nometa", "cp1251-lying", "edited")


def fault_survey(fx, sites: Path, data: Path, read_timeout: float = 1.0) -> dict:
    """Run the nightly job twice over the fixture site with its fault paths; for each fault, the
    logged reason found and whether its article was stored (an edited one as a second version)."""
    import re

    from click.testing import CliRunner

    from pipeline.cli import cli
    from scrapers import settings

    for toml in sites.glob("*.toml"):  # a short read timeout, so the stalled path times out quickly
        text = toml.read_text(encoding="utf-8")
        if "timeout =" not in text:
            toml.write_text(text.replace("max_age_days =", f"timeout = {read_timeout}\nmax_age_days =", 1),
                            encoding="utf-8")
    backoff, settings.RETRY_BACKOFF = settings.RETRY_BACKOFF, 0.05  # Retry-After is still honoured in full
    try:
        runs = [CliRunner().invoke(cli, ["run", "--data", str(data), "--sites", str(sites), "--json-logs"])
                for _ in range(2)]
    finally:
        settings.RETRY_BACKOFF = backoff
    messages = []
    for r in runs:
        for line in r.stderr.splitlines():
            if line.startswith("{"):
                messages.append(json.loads(line).get("message", ""))
    conn = sqlite3.connect(data / DB)
    fetch_errors = conn.execute("SELECT url, error FROM fetch_log WHERE error IS NOT NULL").fetchall()
    stored = dict(conn.execute("SELECT url, versions FROM articles"))
    texts = dict(conn.execute("SELECT a.url, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id"))
    conn.close()
    faults = {}
    for name, url in fx.fault_urls.items():
        path = url.split("://", 1)[1].split("/", 1)[1]
        said = [m for m in messages if "/" + path in m] + [e for u, e in fetch_errors if u.endswith("/" + path)]
        reason = None
        if name in FAULT_REASONS:
            reason = next((m for m in said if re.search(FAULT_REASONS[name], m)), None)
        ok = reason is not None if name in FAULT_REASONS else True
        if name in FAULT_ARTICLES:
            text = texts.get(url, "")
            ok = ok and url in stored and len(text) > 200 and "\ufffd" not in text and "Ð" not in text
            if name == "edited":
                ok = ok and stored.get(url) == 2
        if reason is None and url in stored:  # an article that misbehaved and was stored whole anyway
            reason = f"stored whole: {stored[url]} version(s), {len(texts.get(url, ''))} characters"
        faults[name] = {"survived": ok, "reason": (reason or "")[:160], "stored": url in stored}
    truth = {a.url for a in fx.articles}
    return {
        "exit_codes": [r.exit_code for r in runs],
        "tracebacks": sum("Traceback" in r.output for r in runs),
        "faults": faults,
        "faults_total": len(faults),
        "faults_survived": sum(f["survived"] for f in faults.values()),
        "articles_expected": len(truth),
        "articles_stored": len(truth & set(stored)),
        "foreign_stored": len(set(stored) - truth),
    }


def passed(figures: dict) -> bool:
    return (figures["kills_landed"] == figures["kills"] and figures["final_exit"] == 0
            and figures["reference_exit"] == 0 and figures["integrity_check"] == "ok"
            and not any(figures["duplicates"].values()) and figures["corpus_equal"]
            and figures["warc"]["unreadable_versions"] == 0 and figures["last_run"] == "finished"
            and figures["runs_interrupted"] == figures["runs"] - 1
            and (figures["torn_warc_planted"] is None or figures["warc"]["torn_tails"] >= 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--articles", type=int, default=120, help="fixture articles over four hosts")
    ap.add_argument("--delay", type=float, default=0.02, help="politeness delay per fixture host (s)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--faults", action="store_true",
                    help="instead: run the nightly job over the fixture site's fault paths and report each one")
    args = ap.parse_args(argv)
    if args.faults:
        return _faults_main(args)

    from scrapers.fixture import FixtureServer

    say = None if args.json else (lambda line: print(line, flush=True))
    with tempfile.TemporaryDirectory(prefix="dalel-crash-") as tmp, \
            FixtureServer(seed=args.seed, articles=args.articles, hosts=4, port=0, crawl_delay=0, faults=False,
                          edit_on_fetch=False) as fx:
        work = Path(tmp)
        fx.write_configs(work / "sites", delay=args.delay)
        started = time.monotonic()
        figures = crash_trial(fx, work / "sites", work, args.kills, args.seed, say)
        figures["seconds"] = round(time.monotonic() - started, 1)
        figures["seed"] = args.seed
        figures["passed"] = passed(figures)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        c, w = figures["counts"], figures["warc"]
        print(f"crash benchmark, seed {args.seed}: {figures['kills_landed']} of {figures['kills']} SIGKILLs landed "
              f"mid-run over {figures['articles']} fixture articles (kill points at "
              f"{figures['kill_points']} stored articles); the resume exited {figures['final_exit']}")
        print(f"integrity_check: {figures['integrity_check']}; duplicates: {figures['duplicates']}; "
              f"runs: {figures['runs']} ({figures['runs_interrupted']} interrupted, last {figures['last_run']})")
        print(f"corpus equals the uninterrupted run's: {figures['corpus_equal']} ({c['articles']} articles, "
              f"{c['versions']} versions, {c['records']} records, {c['checks']} checks)"
              + (f"; differs in {figures['corpus_diff']}" if figures["corpus_diff"] else ""))
        print(f"WARC: {w['files']} files, {w['records']} records, {w['torn_tails']} torn tails detected and skipped, "
              f"{w['versions'] - w['unreadable_versions']} of {w['versions']} stored versions read back")
        print(f"{'PASS' if figures['passed'] else 'FAIL'} in {figures['seconds']} s")
    return 0 if figures["passed"] else 1


def _faults_main(args) -> int:
    from scrapers.fixture import FixtureServer

    with tempfile.TemporaryDirectory(prefix="dalel-faults-") as tmp, \
            FixtureServer(seed=args.seed, articles=60, hosts=4, port=0, crawl_delay=0, stall_seconds=3,
                          slow_seconds=0.5) as fx:
        work = Path(tmp)
        fx.write_configs(work / "sites", delay=0)
        figures = fault_survey(fx, work / "sites", work / "data")
    ok = (figures["faults_survived"] == figures["faults_total"] and not figures["tracebacks"]
          and figures["articles_stored"] == figures["articles_expected"] and all(c in (0, 3) for c in figures["exit_codes"]))
    if args.json:
        print(json.dumps({**figures, "passed": ok}, ensure_ascii=False))
    else:
        for name, f in figures["faults"].items():
            print(f"{name:20} {'survived' if f['survived'] else 'FAILED':9} {f['reason']}")
        print(f"faults covered: {figures['faults_survived']} of {figures['faults_total']} fault paths survived with a "
              f"logged reason; {figures['articles_stored']} of {figures['articles_expected']} articles stored; "
              f"exit codes {figures['exit_codes']}; {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
