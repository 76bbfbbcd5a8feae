"""Two worker processes against one: dalel's whole path over the same pages.

One process parses, extracts, checks and stores every page (what ``dalel run`` does
by default); then ``--workers`` processes parse and extract while the main process
stores (what ``dalel run --workers N`` and ``dalel reextract --workers N`` do).
Target: two workers at least 1.8 times the pages/s of one process. Each side runs
in a fresh process of its own. Exits 1 when the target is missed.

    python benchmarks/workers.py [--pages 1000] [--workers 2] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from memory import peak_at

TARGET = 1.8


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000, help="article pages (default 1000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes to compare with one (default 2)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    if args.pages < 1 or args.workers < 2:
        ap.error("--pages must be at least 1 and --workers at least 2")
    one = peak_at(args.pages, 1)
    many = peak_at(args.pages, args.workers)
    speedup = many["dalel_pages_per_s"] / one["dalel_pages_per_s"]
    same = (one["records"], one["checks"]) == (many["records"], many["checks"])
    # What the CPU time allows on free CPUs: the work a page costs in the workers and the
    # main process spread over min(workers + 1, CPUs) CPUs, the main process's share at least.
    cpus = min(args.workers + 1, os.cpu_count() or 1)
    pool_cpu = many["worker_cpu_ms_per_page"] + many["main_cpu_ms_per_page"]
    bound = one["dalel_cpu_ms_per_page"] / max(pool_cpu / cpus, many["main_cpu_ms_per_page"],
                                              many["worker_cpu_ms_per_page"] / args.workers)
    result = {"pages": args.pages, "cpus": os.cpu_count(), "one_pages_per_s": one["dalel_pages_per_s"],
              "workers": args.workers, "workers_pages_per_s": many["dalel_pages_per_s"],
              "speedup": round(speedup, 2), "same_records": same,
              "cpu_ms_per_page": {"one": one["dalel_cpu_ms_per_page"], "workers": many["worker_cpu_ms_per_page"],
                                  "main": many["main_cpu_ms_per_page"]},
              "speedup_cpu_allows": round(bound, 2),
              "peak_rss_mb": {"one": one["peak_rss_mb"], "workers_main": many["peak_rss_mb"]},
              "load_average": [one["load_average"][0], many["load_average"][1]]}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.pages} pages, {os.cpu_count()} CPUs")
        print(f"one process          {one['dalel_pages_per_s']:>8.1f} pages/s")
        print(f"{args.workers} worker processes   {many['dalel_pages_per_s']:>8.1f} pages/s")
        print(f"speedup              {speedup:>8.2f}  (target >= {TARGET})")
        print(f"CPU a page: {one['dalel_cpu_ms_per_page']:.2f} ms in one process; {many['worker_cpu_ms_per_page']:.2f} ms "
              f"in the workers + {many['main_cpu_ms_per_page']:.2f} ms in the main process with {args.workers} workers: "
              f"{bound:.2f}x is what {cpus} free CPUs would allow")
        print(f"same records and checks: {'yes' if same else 'NO'} ({one['records']} records, {one['checks']} checks)")
        print(f"load average {result['load_average'][0]:.2f} at start, {result['load_average'][1]:.2f} at end "
              f"(a speedup needs {args.workers} CPUs free of other work)")
    return 0 if speedup >= TARGET and same else 1


if __name__ == "__main__":
    sys.exit(main())
