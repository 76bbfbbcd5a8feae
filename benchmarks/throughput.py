"""trafilatura's ``extract`` alone against dalel's whole path, over the same pages.

Pages are the fixture sites' article pages (menus, inline CSS and scripts,
sidebars, JSON-LD, the article; 50–150 KB each), rendered in memory page by page
so that holding them does not distort the memory figure. Page rendering is not
timed; each side's clock runs only over its own work, and the two take turns a
block of 25 pages at a time (``--turn``) so that both meet the same load on a shared
machine while each works through a stream of pages as it would in a crawl:

- trafilatura: ``trafilatura.extract(page)`` (text only, its default settings);
- dalel: decode the page, parse it with the site's selectors
  (``scrapers.parse.parse_html``), extract every record and run the checks
  (``pipeline.nightly.extract_article``), store article, records and checks in a
  SQLite corpus (``corpus.store.Corpus.store_article``), 25 pages a transaction, each
  batch parsed, then extracted, then stored, as ``dalel reextract`` does them (``dalel run`` commits each page: its pace is set by
  the one-second delay per host, not by the commit).

    python benchmarks/throughput.py [--pages 1000] [--workers 1] [--turn 25] [--json]

Prints pages/s of each, the ratio dalel / trafilatura (target >= 2 at 1,000 pages)
and the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
import tomllib
from html import escape
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

# Articles rendered per fixture site at a time: a small batch keeps the sidebars
# (the site's most read articles) realistic and memory independent of --pages.
BATCH = 25
# Fixed generation clock: the same --pages and --seed give the same pages.
NOW = "2026-06-15T12:00:00+05:00"
# Page weights drawn uniformly from this range (bytes), as real news pages weigh.
PAGE_BYTES = (50_000, 150_000)
# Pages a worker task carries, done stage by stage (as `dalel reextract --workers` hands a
# worker a commit's batch of articles).
CHUNK = 25
# Pages each side takes in its turn (the corpus's transaction size; see run_both).
TURN = 25
# "Read also" teasers a page shows.
TEASERS = 6


class Page:
    """One rendered article page, as a crawler would have it from the archive."""

    __slots__ = ("url", "body", "content_type", "config", "fetched_at")

    def __init__(self, url: str, body: bytes, content_type: str, config, fetched_at: str):
        self.url, self.body, self.content_type, self.config, self.fetched_at = url, body, content_type, config, fetched_at


def _furniture(rng: random.Random, others: list, base: str, have: int, target: int) -> tuple[str, str, str]:
    """Head scripts, a top ticker and a bottom block of teasers and menus that bring a page to ``target`` bytes.

    Real district pages carry this much: ad and analytics configuration and an inline
    SVG icon sprite, a news ticker, "read also" teasers with images, a footer menu.
    Most of the extra weight is script and SVG, as on real pages; the markup a generic
    extractor must walk is a few dozen teasers and links.
    """
    need = max(0, target - have)
    ticker = ('<div class="ticker"><ul>'
              + "".join(f'<li><a href="{escape(o.url)}">{escape(o.title)}</a></li>' for o in others[:10])
              + "</ul></div>")
    teasers = []
    for i, o in enumerate(others[:TEASERS]):
        teasers.append(
            f'<div class="teaser teaser-{i} col-md-4"><a class="teaser-img" href="{escape(o.url)}">'
            f'<img src="{base}/wp-content/uploads/{o.id}-{i}.jpg" alt="{escape(o.title)}" loading="lazy" '
            f'width="{rng.choice((320, 480, 640))}" height="{rng.choice((180, 270, 360))}"></a>'
            f'<div class="teaser-body"><span class="teaser-cat"><a href="{base}/category/{o.id % 7}/">'
            f'{escape(o.category)}</a></span><h3 class="teaser-title"><a href="{escape(o.url)}">'
            f'{escape(o.title)}</a></h3><p class="teaser-excerpt">{escape(o.text[:rng.randint(80, 200)])}</p>'
            f'<time datetime="{o.published.isoformat()}">{o.published:%d.%m.%Y %H:%M}</time></div></div>')
    menu = "".join(f'<li class="menu-item"><a href="{base}/category/{k}/">{escape(o.category)}</a></li>'
                   for k, o in enumerate(others[:24]))
    bottom = ('<section class="read-also"><h2>Read also</h2><div class="row">' + "".join(teasers)
              + f'</div></section><nav class="footer-menu"><ul>{menu}</ul></nav>')
    left = need - len(ticker.encode("utf-8")) - len(bottom.encode("utf-8"))
    icons = []
    size = 0
    while size < left // 3:  # an inline SVG sprite, as themes ship their icons
        path = " ".join(f"L{rng.randint(0, 640)} {rng.randint(0, 640)}" for _ in range(rng.randint(8, 30)))
        icons.append(f'<symbol id="icon-{len(icons)}" viewBox="0 0 640 640"><path d="M0 0 {path}Z"/></symbol>')
        size += len(icons[-1])
    sprite = f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{"".join(icons)}</svg>'
    slots = {}
    budget = left - size
    while budget > 0:  # ad slots and analytics configuration
        i = len(slots)
        slots[f"slot_{i}"] = {"id": f"{rng.getrandbits(40):x}", "sizes": [[300, 250], [728, 90]],
                              "refresh": rng.randint(0, 60), "targeting": {"pos": i, "k": f"{rng.getrandbits(32):x}"}}
        budget -= len(json.dumps(slots[f"slot_{i}"])) + len(f'"slot_{i}": , ')
    head = f"<script>window.adSlots = {json.dumps(slots)};</script>"
    return head, sprite + ticker, bottom


def _dress(body: bytes, encoding: str, head: str, top: str, bottom: str) -> bytes:
    """The page with the extra furniture spliced in (head end, body start, body end)."""
    text = body.decode(encoding)
    i = text.index("<body")
    i = text.index(">", i) + 1
    j = text.rindex("</body>")
    text = (text[:i].replace("</head>", head + "</head>", 1) + top + text[i:j] + bottom + text[j:])
    return text.encode(encoding, errors="xmlcharrefreplace")


def _top_up(body: bytes, target: int) -> bytes:
    """Pad the page to ``target`` bytes with a tracking script's data (estimates above run short)."""
    missing = target - len(body) - len(_TOP_UP)
    if missing <= 0:
        return body
    i = body.rindex(b"</body>")
    return body[:i] + _TOP_UP.replace(b"[]", b"[" + b"0," * (missing // 2) + b"0]") + body[i:]


_TOP_UP = b"<script>window.__events = [];</script>"


def _configs(bases: dict[str, str]):
    from scrapers.config import site_from_dict
    from scrapers.fixture.configs import site_toml
    from scrapers.fixture.sites import SITES

    return {s.key: site_from_dict(tomllib.loads(site_toml(s.name, bases[s.key], s.style, s.listing, s.langs[0], 1.0)))
            for s in SITES}


def pages(n: int, seed: int = 1) -> Iterator[Page]:
    """``n`` article pages over the four fixture site styles, rendered one batch at a time."""
    from datetime import datetime

    from scrapers.fixture import style_dle, style_portal, style_wp
    from scrapers.fixture.generator import generate_site
    from scrapers.fixture.pages import Site
    from scrapers.fixture.sites import SITES

    now = datetime.fromisoformat(NOW)
    styles = {"wp": style_wp, "dle": style_dle, "portal": style_portal}
    bases = {s.key: f"http://127.0.0.1:{18080 + i}" for i, s in enumerate(SITES)}
    configs = _configs(bases)
    fetched_at = now.astimezone().isoformat(timespec="seconds")
    made = 0
    batch = 0
    while made < n:
        sites = []
        for spec in SITES:
            entries = generate_site(spec, BATCH, f"{seed}.{batch}", now, faults=False)
            for e in entries:
                e.base = bases[spec.key]
                e.path = _batch_path(e.path, batch)
            sites.append((Site(spec, bases[spec.key], entries, lambda: now),
                          random.Random(f"furniture:{seed}.{batch}:{spec.key}")))
        for k in range(BATCH):  # the sites take turns, as a crawl of four hosts yields them
            for site, rng in sites:
                arts = site.articles
                if made >= n:
                    return
                e = arts[k]
                page = styles[site.spec.style].article(site, e)
                encoding = "cp1251" if site.spec.style == "dle" and e.lang == "ru" else "utf-8"
                target = rng.randint(*PAGE_BYTES)
                extra = _furniture(rng, arts[k + 1:] + arts[:k], site.base, len(page.body), target)
                body = _top_up(_dress(page.body, encoding, *extra), target)
                yield Page(e.url, body, page.content_type, configs[site.spec.key], fetched_at)
                made += 1
        batch += 1


def _batch_path(path: str, batch: int) -> str:
    """One URL per page across batches (the corpus keys articles by URL), in the site's own URL shape."""
    if path.endswith(".html"):
        return f"{path[:-5]}-b{batch}.html"
    return path.rstrip("/") + f"-b{batch}" + ("/" if path.endswith("/") else "")


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """Wall and CPU seconds of the timed blocks only (page rendering stays outside)."""

    def __init__(self) -> None:
        self.wall = self.cpu = self.worker_cpu = 0.0

    def __enter__(self) -> "Clock":
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall += time.perf_counter() - self._w
        self.cpu += time.process_time() - self._c


def run_trafilatura(n: int, seed: int = 1) -> tuple[Clock, int]:
    """Time trafilatura's ``extract`` took over ``n`` pages, and how many texts it returned."""
    import trafilatura

    clock = Clock()
    found = 0
    for page in pages(n, seed):
        with clock:
            text = trafilatura.extract(page.body, url=page.url)
        found += bool(text)
    return clock, found


def parse_and_extract_many(batch: list[Page]) -> list:
    """Parse several pages and extract their records and checks, stage by stage: every page
    parsed, then every text extracted, as ``dalel reextract`` does a batch, in one process
    or a worker (see ``pipeline.commands.reextract.reparse_and_extract_many``)."""
    from pipeline.nightly import extract_article

    articles = [_parse(page) for page in batch]
    return [(a, extract_article(a.text, a.lang, a.published)) for a in articles]


def _parse(page: Page):
    from scrapers.charset import html_source
    from scrapers.parse import parse_html

    html = html_source(page.body, page.content_type)  # as dalel run and reextract read a capture
    return parse_html(html, page.url, page.config, fetched_at=page.fetched_at)[0]


def run_both(n: int, db: Path, seed: int = 1, turn: int = TURN) -> tuple[tuple[Clock, int], tuple[Clock, dict]]:
    """Both sides over the same pages, ``turn`` pages each in turns, so both meet the same load.

    A turn of one page makes each side start every page with caches the other just
    filled, which neither meets in a crawl: measured on 1,000 pages, turns of one page
    against 25 cost trafilatura 6.26 against 5.71 and dalel 3.84 against 3.14 CPU ms a
    page. ``--turn 1`` prints that stricter figure.
    """
    import itertools

    import trafilatura

    from corpus.store import Corpus
    from extractors.core import EXTRACTOR_VERSION

    from pipeline.commands.reextract import BATCH as STORE_BATCH

    t_traf, t_dalel = Clock(), Clock()
    found = 0
    stream = pages(n, seed)
    with Corpus(db) as corpus, corpus.write_batch(STORE_BATCH) as batch:
        while block := list(itertools.islice(stream, turn)):
            for page in block:
                with t_traf:
                    text = trafilatura.extract(page.body, url=page.url)
                found += bool(text)
            with t_dalel:
                for article, items in parse_and_extract_many(block):
                    batch.step()
                    corpus.store_article(article, items, EXTRACTOR_VERSION)
        with t_dalel:
            batch.flush()
        counts = corpus.counts()
    return (t_traf, found), (t_dalel, counts)


def run_dalel(n: int, db: Path, seed: int = 1, workers: int = 1) -> tuple[Clock, dict]:
    """Time dalel's whole path took over ``n`` pages, and what the corpus holds afterwards.

    With workers, ``clock.cpu`` is the main process's (it hands out the tasks) and
    ``clock.worker_cpu`` the workers' (they read, parse, extract and store).
    """
    import itertools

    from corpus.store import Corpus
    from extractors.core import EXTRACTOR_VERSION

    from pipeline.commands.reextract import BATCH as STORE_BATCH

    clock = Clock()
    if workers > 1:
        _run_pool(n, seed, workers, db, EXTRACTOR_VERSION, clock)
        with Corpus(db) as corpus:
            return clock, corpus.counts()
    with Corpus(db) as corpus, corpus.write_batch(STORE_BATCH) as batch:
        stream = pages(n, seed)
        while block := list(itertools.islice(stream, TURN)):
            with clock:
                for article, items in parse_and_extract_many(block):
                    batch.step()
                    corpus.store_article(article, items, EXTRACTOR_VERSION)
        with clock:
            batch.flush()
        counts = corpus.counts()
    return clock, counts


def _run_pool(n: int, seed: int, workers: int, db: Path, version: str, clock: Clock) -> None:
    """Read, parse, extract and store in ``workers`` processes, as ``dalel reextract
    --workers`` does: each worker stores its batches through a connection of its own."""
    from corpus.store import Corpus
    from pipeline.nightly import batches, extraction_pool, ordered_map

    Corpus(db).close()  # made before the workers open it
    # The pages are rendered into a file first (the workers must not wait on the renderer),
    # so the clock starts once the workers are up and the pages are written. A task names
    # its pages' places in the file and a worker reads them there, as dalel reextract's
    # workers read their captures from the WARC archive: sent through the pool's pipe,
    # 2.5 MB of HTML a task cost the main process and the workers about 0.1 CPU ms a page
    # (two workers 1.73 against 1.81 times one process, medians of five and six runs).
    path = db.parent / "pages.bin"
    todo = []
    with open(path, "wb") as out:
        for group in batches(pages(n, seed), CHUNK):
            places = []
            for page in group:
                places.append((page.url, out.tell(), len(page.body), page.content_type, page.config,
                               page.fetched_at))
                out.write(page.body)
            todo.append((str(db), str(path), places, version))
    pool = extraction_pool(workers)
    try:
        list(pool.map(_noop, range(workers)))  # wait for every worker to start and warm up
        with clock:
            for cpu in ordered_map(pool, _in_worker, todo, 2 * workers):
                clock.worker_cpu += cpu
    finally:
        pool.shutdown()


def _in_worker(db: str, path: str, places: list[tuple], version: str) -> float:
    """The pages at ``places`` in the file at ``path`` read, parsed, extracted and stored in
    one transaction by a worker, through the connection reextract's workers use; the CPU
    seconds that took there."""
    from pipeline.commands.reextract import worker_corpus

    t0 = time.process_time()
    corpus = worker_corpus(Path(db))
    with open(path, "rb") as f:
        batch = []
        for url, offset, length, content_type, config, fetched_at in places:
            f.seek(offset)
            batch.append(Page(url, f.read(length), content_type, config, fetched_at))
    with corpus.write_batch(len(batch)) as writes:
        for article, items in parse_and_extract_many(batch):
            writes.step()
            corpus.store_article(article, items, version)
    return time.process_time() - t0


def _noop(_: int) -> None:
    time.sleep(0.2)  # long enough that every worker takes one


def measure(n: int, seed: int = 1, workers: int = 1, trafilatura: bool = True, turn: int = TURN) -> dict:
    """Both measurements over the same ``n`` pages, as the ``--json`` object."""
    from pipeline.nightly import warm_worker

    warm_worker()  # load language data before either clock starts
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="dalel-bench-") as tmp:
        db = Path(tmp) / "corpus.sqlite"
        if trafilatura and workers <= 1:
            (t_traf, traf_found), (t_dalel, counts) = run_both(n, db, seed, turn)
        else:
            t_traf, traf_found = run_trafilatura(n, seed) if trafilatura else (Clock(), 0)
            t_dalel, counts = run_dalel(n, db, seed, workers)
    traf = n / t_traf.wall if t_traf.wall else 0.0
    dalel = n / t_dalel.wall if t_dalel.wall else 0.0
    return {"pages": n, "trafilatura_pages_per_s": round(traf, 1), "dalel_pages_per_s": round(dalel, 1),
            "ratio": round(dalel / traf, 2) if traf else 0.0, "peak_rss_mb": round(peak_rss_mb(), 1),
            "workers": workers, "turn_pages": turn if trafilatura and workers <= 1 else None,
            "stored_articles": counts["articles"], "records": counts["records"],
            "checks": counts["checks"], "trafilatura_texts": traf_found,
            # CPU time a page: what the wall figures would be on an idle machine (one process)
            "trafilatura_cpu_ms_per_page": round(1000 * t_traf.cpu / n, 2),
            "dalel_cpu_ms_per_page": round(1000 * t_dalel.cpu / n, 2) if workers <= 1 else None,
            "cpu_ratio": round(t_traf.cpu / t_dalel.cpu, 2) if t_dalel.cpu and t_traf.cpu and workers <= 1 else None,
            # with workers: CPU a page in the workers and in the main process
            "worker_cpu_ms_per_page": round(1000 * t_dalel.worker_cpu / n, 2) if workers > 1 else None,
            "main_cpu_ms_per_page": round(1000 * t_dalel.cpu / n, 2) if workers > 1 else None,
            "load_average": [round(load, 2), round(os.getloadavg()[0], 2)]}


def page_sizes(n: int, seed: int = 1) -> tuple[int, int, int]:
    sizes = [len(p.body) for p in pages(n, seed)]
    return min(sizes), sum(sizes) // len(sizes), max(sizes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000, help="article pages (default 1000)")
    ap.add_argument("--workers", type=int, default=1, help="processes for parse and extract (default 1)")
    ap.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--dalel-only", action="store_true", help="skip trafilatura (memory.py measures dalel alone)")
    ap.add_argument("--turn", type=int, default=TURN,
                    help=f"pages each side takes in its turn, one process (default {TURN}; 1 = page by page)")
    args = ap.parse_args(argv)
    if args.pages < 1 or args.workers < 1 or args.turn < 1:
        ap.error("--pages, --workers and --turn must be at least 1")
    result = measure(args.pages, args.seed, args.workers, trafilatura=not args.dalel_only, turn=args.turn)
    if args.json:
        print(json.dumps(result))
        return 0
    lo, avg, hi = page_sizes(min(args.pages, 200), args.seed)
    print(f"{args.pages} pages of {lo / 1000:.0f}-{hi / 1000:.0f} KB (mean {avg / 1000:.0f} KB); "
          f"{os.cpu_count()} CPUs; {args.workers} worker(s)"
          + (f"; turns of {args.turn} page(s)" if result["turn_pages"] else ""))
    cpu = result["dalel_cpu_ms_per_page"]
    print(f"trafilatura extract        {result['trafilatura_pages_per_s']:>8.1f} pages/s  "
          f"{result['trafilatura_cpu_ms_per_page']:6.2f} CPU ms/page")
    print(f"dalel parse+extract+store  {result['dalel_pages_per_s']:>8.1f} pages/s  "
          + (f"{cpu:6.2f} CPU ms/page  " if cpu is not None else "")
          + f"({result['records']} records, {result['checks']} checks, {result['stored_articles']} articles stored)")
    print(f"ratio dalel / trafilatura  {result['ratio']:>8.2f}  (target >= 2)"
          + (f"; by CPU time {result['cpu_ratio']:.2f}" if result["cpu_ratio"] else ""))
    print(f"peak RSS                   {result['peak_rss_mb']:>8.1f} MB")
    print(f"load average               {result['load_average'][0]:.2f} at start, {result['load_average'][1]:.2f} at end "
          f"(other processes share the CPUs when these exceed 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
