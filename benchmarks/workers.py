"""Two worker processes against one: dalel's whole path over the same pages.

One process parses, extracts, checks and stores every page, a batch at a time (what
``dalel reextract`` does by default); then ``--workers`` processes each read, parse,
extract and store whole batches while the main process hands them out (what
``dalel reextract --workers N`` does).
Target: two workers at least 1.8 times the pages/s of one process. Each side runs
in a fresh process of its own; the two sides take turns ``--repeat`` times and the
speedup is the median of the rounds' (a VM's CPUs speed up and slow down by a tenth
over seconds, which one round alone cannot tell from the code). Exits 1 when the
median misses the target.

    python benchmarks/workers.py [--pages 1000] [--workers 2] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

from memory import HERE, peak_at

TARGET = 1.8


def side_by_side(pages: int, workers: int) -> float:
    """Pages/s of ``workers`` independent one-process runs at once, summed: what this
    machine's CPUs give parallel work at this moment, with no pool and no shared store."""
    runs = [subprocess.Popen([sys.executable, str(HERE / "throughput.py"), "--dalel-only", "--json",
                              "--pages", str(pages)], stdout=subprocess.PIPE, text=True)
            for _ in range(workers)]
    outs = [run.communicate()[0] for run in runs]
    if any(run.returncode for run in runs):
        raise SystemExit("throughput.py failed in a side-by-side run")
    return sum(json.loads(out.strip().splitlines()[-1])["dalel_pages_per_s"] for out in outs)


def one_round(pages: int, workers: int) -> dict:
    """One process, then ``workers`` processes, over the same pages: both rates and the speedup."""
    one = peak_at(pages, 1)
    many = peak_at(pages, workers)
    apart = side_by_side(pages, workers)
    # What the CPU time allows on free CPUs: the work a page costs in the workers and the
    # main process spread over min(workers + 1, CPUs) CPUs, the main process's share at least.
    cpus = min(workers + 1, os.cpu_count() or 1)
    pool_cpu = many["worker_cpu_ms_per_page"] + many["main_cpu_ms_per_page"]
    bound = one["dalel_cpu_ms_per_page"] / max(pool_cpu / cpus, many["main_cpu_ms_per_page"],
                                              many["worker_cpu_ms_per_page"] / workers)
    return {"one_pages_per_s": one["dalel_pages_per_s"], "workers_pages_per_s": many["dalel_pages_per_s"],
            "speedup": round(many["dalel_pages_per_s"] / one["dalel_pages_per_s"], 2),
            "same_records": (one["records"], one["checks"]) == (many["records"], many["checks"]),
            "records": one["records"], "checks": one["checks"],
            "cpu_ms_per_page": {"one": one["dalel_cpu_ms_per_page"], "workers": many["worker_cpu_ms_per_page"],
                                "main": many["main_cpu_ms_per_page"]},
            "speedup_cpu_allows": round(bound, 2), "cpus_used": cpus,
            # the machine's own ceiling: independent processes share no work and no pool
            "side_by_side_pages_per_s": round(apart, 1),
            "side_by_side_speedup": round(apart / one["dalel_pages_per_s"], 2),
            "peak_rss_mb": {"one": one["peak_rss_mb"], "workers_main": many["peak_rss_mb"]},
            "load_average": [one["load_average"][0], many["load_average"][1]]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000, help="article pages (default 1000)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes to compare with one (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of both sides; the median speedup counts (default 3)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    if args.pages < 1 or args.workers < 2 or args.repeat < 1:
        ap.error("--pages and --repeat must be at least 1 and --workers at least 2")
    rounds = [one_round(args.pages, args.workers) for _ in range(args.repeat)]
    speedup = round(statistics.median(r["speedup"] for r in rounds), 2)
    same = all(r["same_records"] for r in rounds)
    result = {"pages": args.pages, "cpus": os.cpu_count(), "workers": args.workers, "speedup": speedup,
              "side_by_side_speedup": round(statistics.median(r["side_by_side_speedup"] for r in rounds), 2),
              "same_records": same, "rounds": rounds}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.pages} pages, {os.cpu_count()} CPUs, {args.repeat} round(s)")
        for k, r in enumerate(rounds, 1):
            cpu = r["cpu_ms_per_page"]
            print(f"round {k}: one process {r['one_pages_per_s']:.1f} pages/s, {args.workers} workers "
                  f"{r['workers_pages_per_s']:.1f} pages/s: {r['speedup']:.2f}x (CPU a page: {cpu['one']:.2f} ms in "
                  f"one process; {cpu['workers']:.2f} ms in the workers + {cpu['main']:.2f} ms in the main "
                  f"process: {r['speedup_cpu_allows']:.2f}x is what {r['cpus_used']} free CPUs would allow; "
                  f"load {r['load_average'][0]:.2f} -> {r['load_average'][1]:.2f}); {args.workers} independent "
                  f"one-process runs side by side: {r['side_by_side_speedup']:.2f}x")
        print(f"speedup, median  {speedup:>6.2f}  (target >= {TARGET}); independent runs side by side, median "
              f"{result['side_by_side_speedup']:.2f} (what this machine gives work that shares nothing)")
        print(f"same records and checks: {'yes' if same else 'NO'} ({rounds[0]['records']} records, "
              f"{rounds[0]['checks']} checks)")
        print(f"(a speedup needs {args.workers} CPUs free of other work: read the load averages)")
    return 0 if speedup >= TARGET and same else 1


if __name__ == "__main__":
    sys.exit(main())
