"""Figures benchmark (issue 3): accuracy against the targets, and the cost of the pass.

Scores the figure records of the full extractor (``extractors.core.extract``, dates
first, as ``dalel eval`` runs it) on the KazNERD validation split and on the gold
articles, and prints each target beside what was measured:

- KazNERD ``IOB2_valid.txt``: overlap F1 and exact-span F1 per figure kind;
- gold articles: value accuracy per figure kind, Kazakh and Russian apart;
- speed: milliseconds per KB (UTF-8) of the figure pass alone and of the names pass
  alone (projects and organisations), on the gold texts.

Reads ``../shared`` (or ``--shared DIR``) at run time; nothing of it is copied here.
Run: ``python benchmarks/figures.py [--shared DIR] [--json]``. Exits 1 when a target
is missed.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FIGURE_KINDS = ("percent", "money", "number", "quantity")
# (overlap F1, exact-span F1) on KazNERD, from the issue.
KAZNERD_TARGETS = {"percent": (0.99, 0.97), "money": (0.98, 0.95), "number": (0.92, 0.88), "quantity": (0.90, 0.85)}
GOLD_VALUE_TARGET = 0.99
MS_PER_KB_TARGET = 1.0


def kaznerd_scores(path: Path) -> dict:
    from extractors.core import extract
    from pipeline.evaluate import Scores, score_article
    from pipeline.kaznerd import ANNOTATED, batches, read_sentences

    scores = Scores()
    for i, (text, items) in enumerate(batches(read_sentences(path))):
        records = [r.to_dict() for r in extract(text, "kk", None, with_checks=False)]
        score_article(scores, f"batch-{i}", text, ANNOTATED, items, records, [])
    return scores.as_dict()["kinds"]


def gold_scores(folder: Path, lang: str) -> dict:
    from extractors.core import extract
    from pipeline.evaluate import Scores, score_article
    from pipeline.gold import load_gold_dir

    scores = Scores()
    for a in load_gold_dir(folder):
        if a.lang != lang:
            continue
        records = [r.to_dict() for r in extract(a.text, a.lang, a.published, with_checks=False)]
        score_article(scores, a.name, a.text, a.annotated, a.items, records, [])
    return scores.as_dict()["kinds"]


def speed(folder: Path, name: str = "figures") -> float:
    """Milliseconds per KB of one pass ("figures" or "names") over the gold texts, best of three."""
    from extractors.figures import find_figures
    from extractors.names import find_names
    from pipeline.gold import load_gold_dir

    run = {"figures": find_figures, "names": find_names}[name]
    articles = load_gold_dir(folder)
    texts = [(a.text, a.lang or "kk") for a in articles] * 20
    size_kb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1024
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for t, lang in texts:
            run(t, lang)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / size_kb


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    kaznerd = args.shared / "kaznerd" / "IOB2_valid.txt"
    gold = args.shared / "gold"
    for p in (kaznerd, gold):
        if not p.exists():
            print(f"{p}: not found; pass --shared DIR", file=sys.stderr)
            return 2
    result = {"kaznerd": kaznerd_scores(kaznerd), "gold": {lang: gold_scores(gold, lang) for lang in ("kk", "ru")}}
    result["ms_per_kb"] = round(speed(gold), 3)
    result["names_ms_per_kb"] = round(speed(gold, "names"), 3)
    missed = []
    lines = [f"{'KazNERD':<10}{'F1':>8}{'target':>8}{'exactF1':>9}{'target':>8}"]
    for kind in FIGURE_KINDS:
        k = result["kaznerd"][kind]
        t_f1, t_exact = KAZNERD_TARGETS[kind]
        lines.append(f"{kind:<10}{k['f1']:>8.3f}{t_f1:>8.2f}{k['exact_f1']:>9.3f}{t_exact:>8.2f}")
        if k["f1"] < t_f1 or k["exact_f1"] < t_exact:
            missed.append(f"kaznerd {kind}")
    lines.append("")
    lines.append(f"{'gold value':<10}{'kk':>8}{'ru':>8}{'target':>8}")
    for kind in FIGURE_KINDS:
        row = []
        for lang in ("kk", "ru"):
            v = result["gold"][lang][kind]["value_accuracy"]
            row.append("     -" if v is None else f"{v:>8.3f}")
            if v is not None and v < GOLD_VALUE_TARGET:
                missed.append(f"gold {lang} {kind}")
        lines.append(f"{kind:<10}{row[0]:>8}{row[1]:>8}{GOLD_VALUE_TARGET:>8.2f}")
    lines.append("")
    lines.append(f"figure pass: {result['ms_per_kb']:.3f} ms per KB (target under {MS_PER_KB_TARGET})")
    if result["ms_per_kb"] >= MS_PER_KB_TARGET:
        missed.append("speed")
    lines.append(f"names pass:  {result['names_ms_per_kb']:.3f} ms per KB (target under {MS_PER_KB_TARGET})")
    if result["names_ms_per_kb"] >= MS_PER_KB_TARGET:
        missed.append("names speed")
    result["missed_targets"] = missed
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print("\n".join(lines))
        print("all targets met" if not missed else "missed: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
