"""Four fixture hosts crawled at once, each at a 1 s delay: is the wall time close to the busiest host's share?

Target (issue 7): wall time <= 1.2 x the busiest host's share, where a host's share is
its requests x its delay (what that host alone would take at our pace). Prints the
figures; exits 1 when the target is missed.

    python benchmarks/scrape_hosts.py [--articles 120] [--delay 1.0] [--faults]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=120, help="articles over the four hosts (default 120)")
    ap.add_argument("--delay", type=float, default=1.0, help="per-host delay in seconds (default 1.0)")
    ap.add_argument("--faults", action="store_true", help="serve the fault paths too (retries add waits)")
    args = ap.parse_args()

    from scrapers.config import load_sites
    from scrapers.crawl import Crawler
    from scrapers.fixture.server import FixtureServer

    with tempfile.TemporaryDirectory() as tmp, \
            FixtureServer(seed=1, articles=args.articles, hosts=4, faults=args.faults, crawl_delay=0,
                          stall_seconds=2, slow_seconds=0.5) as fx:
        data = Path(tmp)
        fx.write_configs(data / "sites", delay=args.delay)
        crawler = Crawler(load_sites(data / "sites"), data, data / "corpus.db")
        start = time.monotonic()
        n = 0
        for article in crawler.articles():
            crawler.done(article)
            n += 1
        wall = time.monotonic() - start

    print(f"{'site':<18}{'requests':>9}{'share s':>9}{'new':>6}{'failed':>7}")
    for site, s in sorted(crawler.stats.items()):
        print(f"{site:<18}{s['requests']:>9}{s['requests'] * args.delay:>9.1f}{s['new']:>6}{s['failed']:>7}")
    busiest = max(s["requests"] for s in crawler.stats.values()) * args.delay
    total = sum(s["requests"] for s in crawler.stats.values()) * args.delay
    ratio = wall / busiest
    print(f"articles {n}; wall {wall:.1f} s; busiest host's share {busiest:.1f} s; "
          f"all hosts one after another {total:.1f} s; wall / busiest = {ratio:.3f} (target <= 1.2)")
    return 0 if ratio <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
