"""Fuzz benchmark (issue 11): extractors, page dates and HTML parsing on generated input.

Seeded generators make ``--inputs`` texts (default 100,000) of five shapes: random Unicode
(every script a Kazakh page may carry, control and zero-width characters, lone
surrogates, other scripts' digits), mutated sentences (Kazakh and Russian sentences of our
own with figures and dates, cut, spliced, doubled, their digits and spaces replaced),
deep nesting (brackets, quotes, list markers thousands deep), huge numerals (thousands of
digits, hundreds of digit groups, scale words on scale words) and HTML pages (real site
selectors, broken markup, tags nested thousands deep, odd entities and JSON-LD).

Each input goes to one target, in turn: ``extract`` (Kazakh, Russian or detected),
``parse_page_date`` (with and without a capture time) or ``parse_html`` (a shipped site
config). The properties: no exception but the target's own clear error (``ExtractionError``,
``ParseError``), each call within ``--limit`` seconds (an interval timer interrupts it),
every record's and check's ``text == article[start:end]``, figure values finite, page
dates a date or an aware datetime. It prints the inputs run per target and shape, the
failures (the first few with their input), and the slowest calls.

Run: ``python benchmarks/fuzz.py [--inputs N] [--seed S] [--limit SECONDS] [--json]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# Our own sentences (not from any corpus): figures, dates, names, claims a check recomputes.
SENTENCES = (
    "Биыл ауданда 1 245 адам жұмысқа орналасты, бұл өткен жылмен салыстырғанда 12,5 пайызға көп.",
    "2024 жылғы 5 наурызда «Жасыл ел» бағдарламасы аясында 3,2 млрд теңге бөлінді.",
    "Жоспар бойынша 40 шақырым жол салынуы тиіс еді, оның 36-сы, яғни 90 пайызы дайын.",
    "Өткен жылы облыста 18 мектеп, 4 аурухана салынды; биыл тағы 7 нысан пайдалануға беріледі.",
    "Ауыл шаруашылығы өнімінің көлемі 2023 жылы 512,7 млрд теңгеге жетіп, 104,3 пайыз болды.",
    "Сағат 10:30-да әкімдікте жиын өтті, оған 120-дан астам кәсіпкер қатысты.",
    "В районе за девять месяцев построено 52 тыс. квадратных метров жилья, это 108% к плану.",
    "С 1 января 2025 года пособие выросло с 4,9 до 5,3 тысячи тенге, то есть на 8,2 процента.",
    "По данным акимата, из 22 сёл района 16, или 72,7%, обеспечены питьевой водой.",
    "В 14.30 на заседании маслихата утвердили бюджет в 1,2 трлн тенге на 2025–2027 годы.",
    "Урожайность пшеницы составила 14,6 ц/га против 11,2 ц/га годом ранее.",
    "ТОО «Арал Балық» до конца года планирует выпустить около 300 тонн рыбы.",
)
PIECES = ("%", " пайыз", " процента", " млн", " млрд", " трлн", " тыс.", " мың", " теңге", " тенге", " ₸", " $",
          " жылғы", " года", "-ші", "-дан", " астам", " около", " до ", " с ", "—", "–", "-", "(", ")", "«", "»",
          "\u00a0", "\u202f", "\n", "\n\n", ",", ".", ":", "/", "№", " 0", " 00", ",5", "½", "²", "١٢٣", "１２",
          " қаңтар", " декабря", " 29 ақпан", " 31 апреля", " 2024-02-30", " 99:99", " 1e308", " -0",
          " COVID-19", " 3-4", " 5,5-6,5", " бір жарым", " полтора", " екі жүз мың", " двадцать пять")
DIGITS = "0123456789"
# Unicode a Kazakh news page may carry, and what breaks naive code.
RANGES = ((0x20, 0x7E), (0x400, 0x4FF), (0xA0, 0xFF), (0x300, 0x36F), (0x2000, 0x206F), (0x20A0, 0x20BF),
          (0x660, 0x669), (0xFF10, 0xFF19), (0x4E00, 0x4E2F), (0x1F300, 0x1F64F), (0x0, 0x1F), (0xD800, 0xDFFF),
          (0x590, 0x5FF), (0xFE00, 0xFE0F), (0x10FFF0, 0x10FFFF))
TIMEZONES = ("Asia/Almaty", "Asia/Aqtobe", "Asia/Qyzylorda", "UTC", "Europe/Moscow")
SHAPES = ("unicode", "mutated", "nested", "numerals", "html")
TARGETS = ("extract", "pagedate", "html")


class Timeout(BaseException):  # not Exception: libraries that catch everything must not swallow it
    """A call ran past the per-input limit."""


# --- generators ----------------------------------------------------------------------------

# The largest depth or digit count the generators use: the benchmark goes to 5000; a quick run
# may stop lower (the test suite times its largest texts on their own).
LIMITS = {"size": 5000}


def _size(rng: random.Random, sizes: tuple[int, ...], weights: tuple[int, ...]) -> int:
    kept = [(s, w) for s, w in zip(sizes, weights) if s <= LIMITS["size"]]
    return rng.choices([s for s, _ in kept], [w for _, w in kept])[0]


def random_unicode(rng: random.Random) -> str:
    weights = [30, 30, 5, 3, 5, 2, 2, 2, 2, 3, 4, 2, 2, 1, 1]
    out = []
    for _ in range(rng.randint(0, 300)):
        lo, hi = rng.choices(RANGES, weights)[0]
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def mutated_sentence(rng: random.Random) -> str:
    text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3)))
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(9)
        i = rng.randint(0, len(text))
        j = min(len(text), i + rng.randint(0, 20))
        if op == 0:
            text = text[:i] + text[j:]  # cut
        elif op == 1:
            text = text[:j] + text[i:j] * rng.randint(2, 5) + text[j:]  # stutter
        elif op == 2:
            text = text[:i] + rng.choice(PIECES) + text[i:]  # a figure or date word where it does not belong
        elif op == 3:
            text = "".join(rng.choice(DIGITS) if c.isdigit() else c for c in text)  # other digits
        elif op == 4:
            text = text.replace(" ", rng.choice(("\u00a0", "\n", "  ", "\t", "")), rng.randint(1, 5))
        elif op == 5 and len(text) > 2:
            k = rng.randrange(len(text) - 1)
            text = text[:k] + text[k + 1] + text[k] + text[k + 2:]  # swap two characters
        elif op == 6:
            text = text[:i] + huge_numeral(rng)[:200] + text[i:]
        elif op == 7:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        else:
            text = text[:i] + rng.choice(SENTENCES)[rng.randint(0, 40):] + text[j:]  # splice
    return text


def nested(rng: random.Random) -> str:
    depth = _size(rng, (10, 100, 1000, 5000), (60, 30, 8, 2))
    core = rng.choice(SENTENCES)
    pairs = (("(", ")"), ("«", "»"), ("\"", "\""), ("[", "]"), ("(12,5% ", ")"), ("— ", " —"), ("1) ", ""),
             ("бұл ", ""), ("яғни ", ", "), ("из них ", " "))
    opening, closing = rng.choice(pairs)
    if rng.random() < 0.5:
        return opening * depth + core + closing * depth
    return "".join(f"{opening}{k} " for k in range(depth)) + core  # nested, never closed


def huge_numeral(rng: random.Random) -> str:
    n = _size(rng, (20, 50, 309, 400, 1000, 5000), (30, 30, 15, 15, 8, 2))
    shapes = (
        lambda: "9" * n,
        lambda: "1" + " 000" * (n // 4),
        lambda: "0," + "0" * n + "1",
        lambda: "9" * min(n, 400) + "," + "9" * min(n, 400) + " пайыз",
        lambda: "1" + "\u00a0000" * (n // 4) + " млрд млрд трлн теңге",
        lambda: " ".join(rng.choice(DIGITS) * 3 for _ in range(n // 3)) + "%",
        lambda: "1e" + "9" * min(n, 50),
        lambda: "-" + "9" * n + " ц/га",
        lambda: f"{'9' * min(n, 30)} мыңнан {'8' * min(n, 30)} мыңға дейін",
        lambda: f"из {'7' * min(n, 40)} сёл {'6' * min(n, 40)}, или {'5' * min(n, 40)},{'1' * 5}%",
        lambda: "12,5%" * min(n, 2000),
    )
    return rng.choice(shapes)()


def html_page(rng: random.Random) -> str:
    body = rng.choice((mutated_sentence, random_unicode, huge_numeral, nested))(rng)
    title = mutated_sentence(rng)[:120]
    date = rng.choice(("2024-03-05T10:30:00+06:00", "5 наурыз 2024, 10:30", "Сегодня, 14:05", "кеше", "", "31.02.2024",
                       "9" * 40, "2024-13-45", random_unicode(rng)[:30]))
    classes = rng.choice(("entry-content", "article-text", "full-text", "news-text", "content", "x"))
    depth = _size(rng, (0, 10, 1000, 5000), (60, 30, 8, 2))
    ld = rng.choice(('{"@type":"NewsArticle","headline":' + json.dumps(title) + ',"datePublished":"' + date + '"}',
                     '{"articleBody": [1, 2], "author": "x"}', "{not json", "[" * 1000, '"just a string"', ""))
    page = (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{date}\">"
            f"<script type=\"application/ld+json\">{ld}</script></head><body>"
            f"<h1 class=\"entry-title\">{title}</h1><time class=\"entry-date\" datetime=\"{date}\">{date}</time>"
            + "<div>" * depth + f"<div class=\"{classes}\"><p>{body}</p><p>{mutated_sentence(rng)}</p></div>"
            + "</div>" * (depth if rng.random() < 0.5 else 0) + "</body></html>")
    for _ in range(rng.randint(0, 4)):
        i = rng.randint(0, len(page))
        page = page[:i] + rng.choice(("<", ">", "</p>", "<p", "&", "&#0;", "&#x110000;", "&nbsp", "<!--", "-->",
                                      "<script>", "</div></div>", "<table><tr><td>", "\x00", "]]>", "<![CDATA[",
                                      "<br/>" * 50, "<b><i><u>")) + page[i:]
    if rng.random() < 0.1:
        page = page[: rng.randint(0, len(page))]  # the page just stops
    return page


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "unicode": random_unicode, "mutated": mutated_sentence, "nested": nested, "numerals": huge_numeral,
    "html": html_page,
}


# --- targets and their properties -----------------------------------------------------------

def check_extract(text: str, rng: random.Random) -> str | None:
    """None when the records hold; otherwise what is wrong."""
    from extractors.core import ExtractionError, extract
    from extractors.records import Check

    lang = rng.choice(("kk", "ru", "auto"))
    published = rng.choice((None, dt.date(2024, 3, 5), dt.date(1999, 12, 31), dt.date(2030, 1, 1)))
    try:
        out = extract(text, lang, published)
    except ExtractionError:
        return None  # a clear error on input it refuses (too long, not text)
    for r in out:
        if not (0 <= r.start <= r.end <= len(text)):
            return f"{r.kind} span {r.start}:{r.end} outside a text of {len(text)} characters"
        if (r.text or not isinstance(r, Check)) and text[r.start:r.end] != r.text:
            return f"{r.kind} text {r.text[:60]!r} != text[{r.start}:{r.end}] {text[r.start:r.end][:60]!r}"
        if not isinstance(r, Check):
            for v in (r.value, r.value_max):
                if isinstance(v, float) and not math.isfinite(v):
                    return f"{r.kind} {r.text[:60]!r} has value {v}"
        json.dumps(r.to_dict(), ensure_ascii=False, allow_nan=False)  # what the corpus and exports write
    return None


def check_pagedate(text: str, rng: random.Random) -> str | None:
    from extractors.pagedate import parse_page_date

    reference = rng.choice((None, dt.datetime(2024, 3, 5, 8, 0, tzinfo=dt.timezone.utc), dt.datetime(2024, 3, 1, 0, 30)))
    found = parse_page_date(text[:2000], reference=reference, tz=rng.choice(TIMEZONES))
    if found is None or (isinstance(found, dt.date) and not isinstance(found, dt.datetime)):
        return None
    if not isinstance(found, dt.datetime) or found.tzinfo is None or found.utcoffset() is None:
        return f"page date {found!r} is neither a date nor an aware datetime"
    return None


_CONFIGS: list = []


def check_html(page: str, rng: random.Random) -> str | None:
    from scrapers.config import load_sites
    from scrapers.parse import ParseError, parse_html

    if not _CONFIGS:
        _CONFIGS.extend(load_sites(None))
    config = rng.choice(_CONFIGS)
    try:
        article, missed = parse_html(page, config.base_url.rstrip("/") + "/news/1", config,
                                     fetched_at=rng.choice((None, "2024-03-05T08:00:00Z")))
    except ParseError:
        return None  # "no article text found": the clear error a page without a body gets
    if not isinstance(article.text, str) or not article.text.strip():
        return "an article with an empty body"
    if article.published is not None:
        dt.date.fromisoformat(article.published[:10])  # a stored date must read back
    return None


CHECKS = {"extract": check_extract, "pagedate": check_pagedate, "html": check_html}
# Which generated shapes go to which target.
FEEDS = {"extract": ("unicode", "mutated", "nested", "numerals"),
         "pagedate": ("unicode", "mutated", "numerals", "nested"),
         "html": ("html",)}
# Share of the inputs each target gets (HTML parsing is the slowest call).
SHARES = {"extract": 0.6, "pagedate": 0.3, "html": 0.1}
WARM_UP = 30  # untimed generated inputs per target before the measured ones


def _where(e: BaseException) -> str:
    """The innermost frame of ours (not a library's) the exception passed through."""
    frames = traceback.extract_tb(e.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(REPO)) and "/.venv/" not in f.filename
            and not f.filename.endswith("fuzz.py")]
    f = (ours or frames)[-1]
    return f"{Path(f.filename).name}:{f.lineno}"


def _alarm(_signum, _frame):
    raise Timeout()


def fuzz(inputs: int, seed: int, limit: float = 2.0, keep: int = 5, max_size: int = 5000) -> dict:
    """Run ``inputs`` generated inputs (depths and digit counts up to ``max_size``); the figures as a dict."""
    LIMITS["size"] = max_size
    rng = random.Random(seed)
    plan = [t for t in TARGETS for _ in range(round(inputs * SHARES[t]))]
    plan += ["extract"] * (inputs - len(plan))
    rng.shuffle(plan)
    runs: Counter = Counter()
    failures: Counter = Counter()
    examples: list[dict] = []
    slowest: dict[str, float] = {t: 0.0 for t in TARGETS}
    total_time: dict[str, float] = {t: 0.0 for t in TARGETS}
    slowest_input: dict[str, str] = {}
    # First calls load language data (dateparser's, spaCy's, trafilatura's): not any input's time.
    warm = random.Random(seed + 1)
    for _ in range(WARM_UP):
        for target in TARGETS:
            try:
                CHECKS[target](GENERATORS[warm.choice(FEEDS[target])](warm), warm)
            except Exception:  # noqa: BLE001 - warm-up only; the measured run counts failures
                pass
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for target in plan:
            shape = rng.choice(FEEDS[target])
            text = GENERATORS[shape](rng)
            local = random.Random(rng.random())
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                problem = CHECKS[target](text, local)
            except Timeout:
                problem = f"took more than {limit} s"
            except Exception as e:  # noqa: BLE001 - any exception is what the benchmark counts
                problem = f"{type(e).__name__}: {str(e)[:200]} at {_where(e)}"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - t0
            runs[(target, shape)] += 1
            total_time[target] += took
            if took > slowest[target]:
                slowest[target] = took
                slowest_input[target] = f"{shape}, {len(text)} chars: " + (
                    text if len(text) <= 200 else text[:120] + " … " + text[-60:])
            if problem:
                failures[(target, shape)] += 1
                if len(examples) < keep:
                    examples.append({"target": target, "shape": shape, "problem": problem,
                                     "input": text if len(text) <= 300 else text[:150] + " … " + text[-100:],
                                     "length": len(text)})
    finally:
        signal.signal(signal.SIGALRM, old)
    per_target = {t: sum(n for (tt, _s), n in runs.items() if tt == t) for t in TARGETS}
    return {
        "inputs": sum(runs.values()),
        "seed": seed,
        "limit_s": limit,
        "max_size": max_size,
        "per_target": per_target,
        "per_shape": {s: sum(n for (_t, ss), n in runs.items() if ss == s) for s in SHAPES},
        "failures": sum(failures.values()),
        "failures_by": {f"{t}/{s}": n for (t, s), n in sorted(failures.items())},
        "examples": examples,
        "slowest_s": {t: round(v, 3) for t, v in slowest.items()},
        "slowest_input": slowest_input,
        "mean_ms": {t: round(1000 * total_time[t] / per_target[t], 3) if per_target[t] else 0.0 for t in TARGETS},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--limit", type=float, default=2.0, help="seconds one call may take")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    started = time.monotonic()
    figures = fuzz(args.inputs, args.seed, args.limit)
    figures["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print(f"fuzz benchmark, seed {figures['seed']}: {figures['inputs']:,} generated inputs in "
              f"{figures['seconds']} s; {figures['failures']} failures")
        print("per target: " + ", ".join(f"{t} {n:,} (mean {figures['mean_ms'][t]} ms, slowest "
                                         f"{figures['slowest_s'][t]} s)" for t, n in figures["per_target"].items()))
        print("per shape: " + ", ".join(f"{s} {n:,}" for s, n in figures["per_shape"].items()))
        for where, n in figures["failures_by"].items():
            print(f"  {where}: {n} failures")
        for ex in figures["examples"]:
            print(f"  {ex['target']}/{ex['shape']}: {ex['problem']}\n    input ({ex['length']} chars): {ex['input']!r}")
    return 0 if figures["failures"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
