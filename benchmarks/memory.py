"""Peak memory of dalel's whole path at 1,000 and 10,000 pages: does it stay flat?

Each size runs ``benchmarks/throughput.py --dalel-only --json`` in a fresh process
(parse, extract, check and store every page, as the throughput benchmark does) and
reads that process's peak resident set size. Target: the larger run's peak within
10% of the smaller one's. Exits 1 when the target is missed.

    python benchmarks/memory.py [--sizes 1000 10000] [--json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Largest growth of peak RSS from the smallest to the largest size that counts as flat.
FLAT = 0.10


def peak_at(pages: int, workers: int = 1) -> dict:
    """The throughput benchmark's JSON for ``pages`` pages, run in a process of its own."""
    out = subprocess.run([sys.executable, str(HERE / "throughput.py"), "--dalel-only", "--json",
                          "--pages", str(pages), "--workers", str(workers)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="page counts (default 1000 10000)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    if len(args.sizes) < 2 or min(args.sizes) < 1:
        ap.error("--sizes needs at least two page counts of at least 1")
    runs = [peak_at(n) for n in sorted(args.sizes)]
    growth = runs[-1]["peak_rss_mb"] / runs[0]["peak_rss_mb"] - 1
    result = {"runs": [{k: r[k] for k in ("pages", "peak_rss_mb", "dalel_pages_per_s", "records", "checks",
                                          "load_average")}
                       for r in runs],
              "growth": round(growth, 3), "flat": growth <= FLAT}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{'pages':>7}{'peak RSS MB':>13}{'pages/s':>10}{'records':>10}{'checks':>8}")
        for r in result["runs"]:
            print(f"{r['pages']:>7}{r['peak_rss_mb']:>13.1f}{r['dalel_pages_per_s']:>10.1f}{r['records']:>10}"
                  f"{r['checks']:>8}")
        print(f"peak RSS grows {growth:+.1%} from {runs[0]['pages']} to {runs[-1]['pages']} pages "
              f"(target within {FLAT:.0%})")
    return 0 if result["flat"] else 1


if __name__ == "__main__":
    sys.exit(main())
