"""Mutation benchmark for claim checks (issue 6): do the checks catch a wrong figure?

For every consistent claim the extractor finds in the gold articles and in the KazNERD
validation sentences, the text itself is edited: the claimed percentage, the part (or
actual, or end value) or the whole (or plan, or starting value) is moved beyond the
rounding the text allows, by several sizes each, and the edited text is extracted again
from scratch. The benchmark prints the share of edited texts whose claim comes out
``inconsistent`` and the number of ``inconsistent`` verdicts on the unedited texts
(target: at least 99% and 0).

An edit counts only when the arithmetic says the claim no longer holds (a move still
inside the rounding of the figures proves nothing) and, for a share of a whole, when the
edited percentage stays at most 100 (above that it is no longer a share). Edits that
change nothing in the text (a tiny move of a rounded numeral) are not made.

Run: ``python benchmarks/mutations.py [--shared DIR] [--kaznerd-limit N] [--json] [--misses]``.
Text is read from ``../shared`` at run time; nothing of it is stored here.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent

# Relative moves of a figure: small slips to gross errors, both ways.
FACTORS = (0.1, 0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99,
           1.01, 1.02, 1.03, 1.05, 1.07, 1.1, 1.15, 1.2, 1.3, 1.5, 1.75, 2, 2.5, 3, 4, 5)
# Moves of the last written digit and of the one before it: the typos that change
# "62,2" into "62,7" or "67,2".
DIGIT_STEPS = (-9, -5, -3, -2, -1, 1, 2, 3, 5, 9, -50, -20, -10, 10, 20, 50)

# Roles of a claim, in the order they are edited: what the text claims, the part, the whole.
ROLES = {
    "percent_of_total": ("claimed", "part", "whole"),
    "plan_fulfilment": ("claimed", "actual", "plan"),
    "change": ("claimed", "to", "from"),
}
# The numeral of a figure's text: digits grouped by spaces, decimals after a comma or a
# dot; KazNERD writes "6 , 2" (tokens joined with spaces).
_NUMERAL = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])(?:\s?[,.]\s?\d+)?|\d+(?:\s?[,.]\s?\d+)?")


class BenchmarkInputError(ValueError):
    """A file under --shared the benchmark cannot read."""


@dataclass
class Source:
    name: str
    text: str
    lang: str
    published: str | None = None
    wrong: list = field(default_factory=list)  # (part, whole, claimed) of claims its gold marks wrong


@dataclass
class Numeral:
    """The numeral inside a figure's text, with what is needed to write another in its style."""

    start: int  # offset in the article text
    end: int
    value: float
    decimals: int
    group: str  # thousands separator written ("" for none)
    point: str  # decimal separator as written, spaces included ("," or " , ")

    def write(self, x: float) -> str:
        s = f"{x:.{self.decimals}f}"
        whole, _, frac = s.partition(".")
        if self.group and len(whole) > 3:
            parts = []
            while len(whole) > 3:
                parts.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = self.group.join([whole] + parts)
        return whole + (self.point + frac if frac else "")


@dataclass
class Result:
    texts: int = 0
    sentences_kaznerd: int = 0
    unmutated_checks: int = 0
    unmutated_flags: list[str] = field(default_factory=list)
    wrong_found: int = 0
    claims: dict[str, int] = field(default_factory=dict)
    mutants: int = 0
    flagged: int = 0
    by_role: dict[str, list[int]] = field(default_factory=dict)  # role -> [made, flagged]
    left_out: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "texts": self.texts,
            "kaznerd_sentences": self.sentences_kaznerd,
            "unmutated_checks": self.unmutated_checks,
            "unmutated_flags": len(self.unmutated_flags),
            "gold_wrong_claims_flagged": self.wrong_found,
            "consistent_claims": self.claims,
            "mutants": self.mutants,
            "flagged": self.flagged,
            "flagged_share": round(self.flagged / self.mutants, 4) if self.mutants else None,
            "by_role": {r: {"mutants": m, "flagged": f} for r, (m, f) in self.by_role.items()},
            "left_out": self.left_out,
            "seconds": round(self.seconds, 1),
        }


def numeral_of(text: str, rec) -> Numeral | None:
    m = _NUMERAL.search(rec.text)
    if not m:
        return None  # a spelled-out number: nothing to edit digit by digit
    raw = m.group()
    frac = re.search(r"(\s?[,.]\s?)(\d+)$", raw)
    group_m = re.search(r"\d([ \u00a0])\d{3}", raw)
    if frac and not (len(frac.group(2)) == 3 and float(rec.value).is_integer() and not group_m):
        point, decimals = frac.group(1), len(frac.group(2))
        whole = raw[: frac.start()]
    else:
        point, decimals, whole = ",", 0, raw
    digits = re.sub(r"\D", "", whole)
    value = float(digits + ("." + frac.group(2) if decimals else ""))
    return Numeral(rec.start + m.start(), rec.start + m.end(), value, decimals,
                   group_m.group(1) if group_m else "", point)


def read_sources(shared: Path, kaznerd_limit: int | None, fixture: int = 0) -> Iterator[tuple[str, Source]]:
    """Gold articles, then KazNERD validation sentences in batches (one sentence a line),
    then (``fixture`` > 0) that many generated articles per fixture site: synthetic text
    with claims of every type, a wider but easier test than the real text."""
    if fixture:
        import datetime as dt

        from scrapers.fixture.generator import generate_site
        from scrapers.fixture.sites import SITES

        for spec in SITES:
            for a in generate_site(spec, fixture, 11, dt.datetime(2024, 5, 1), faults=False):
                if a.text:
                    yield "fixture", Source(f"fixture {spec.key} {a.id}", a.text, a.lang,
                                            a.published.date().isoformat(), _wrong(a.checks))
    for path in sorted((shared / "gold").glob("*.json")):
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(d, dict) or not isinstance(d.get("text"), str):
                raise ValueError("no 'text' string")
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise BenchmarkInputError(f"{path}: not a gold article: {e}") from None
        yield "gold", Source(path.name, d["text"], d.get("lang") or "auto", d.get("published"), _wrong(d.get("checks")))
    kz = shared / "kaznerd" / "IOB2_valid.txt"
    if kz.exists() and kaznerd_limit != 0:
        import itertools

        from pipeline.kaznerd import batches, read_sentences

        sentences = read_sentences(kz)
        if kaznerd_limit:
            sentences = itertools.islice(sentences, kaznerd_limit)
        for i, (text, _) in enumerate(batches(sentences, size=500)):
            yield "kaznerd", Source(f"kaznerd batch {i}", text, "kk")


def _wrong(gold_checks) -> list:
    from pipeline.evaluate import check_key

    return [check_key(g) for g in gold_checks or () if not g.get("consistent")]


def _known_wrong(src: Source, check) -> bool:
    from pipeline.evaluate import _keys_equal, check_key

    return any(_keys_equal(k, check_key(check.to_dict())) for k in src.wrong)


def claims_of(src: Source):
    from extractors.checks import find_claims
    from extractors.core import extract
    from extractors.sentences import split_sentences

    records = extract(src.text, src.lang, src.published, with_checks=False)
    return find_claims(src.text, records, split_sentences(src.text))


def _line(src: Source, start: int) -> Source:
    """The KazNERD sentence holding ``start``, as a text of its own."""
    a = src.text.rfind("\n", 0, start) + 1
    b = src.text.find("\n", start)
    return Source(f"{src.name}:{src.text[a:b if b >= 0 else None][:40]}", src.text[a:b if b >= 0 else None],
                  src.lang, src.published)


def run(shared: Path, kaznerd_limit: int | None = None, factors=FACTORS, digit_steps=DIGIT_STEPS,
        fixture: int = 0) -> Result:
    res = Result()
    t0 = time.time()
    for origin, src in read_sources(shared, kaznerd_limit, fixture):
        res.texts += 1
        if origin == "kaznerd":
            res.sentences_kaznerd += src.text.count("\n") + 1
        claims = claims_of(src)
        res.unmutated_checks += len(claims)
        for c in claims:
            if c.check.verdict == "inconsistent":
                if _known_wrong(src, c.check):
                    res.wrong_found += 1  # a claim the source's gold marks wrong: a flag is right
                else:
                    res.unmutated_flags.append(f"{src.name}: {c.check.explanation}")
        for c in claims:
            if c.check.verdict != "consistent" or c.check.check not in ROLES:
                continue
            target = _line(src, c.check.start) if origin == "kaznerd" else src
            if target is not src:
                # the sentence alone must give the same claim as in its batch
                again = [k for k in claims_of(target) if k.check.inputs == c.check.inputs]
                if not again:
                    res.left_out["not found in the sentence alone"] = res.left_out.get("not found in the sentence alone", 0) + 1
                    continue
                c = again[0]
            key = f"{origin}:{c.check.check}"
            res.claims[key] = res.claims.get(key, 0) + 1
            _mutate_claim(res, target, c, factors, digit_steps)
    res.seconds = time.time() - t0
    return res


def _mutate_claim(res: Result, src: Source, claim, factors, digit_steps) -> None:
    kind = claim.check.check
    if "by" in claim.check.inputs:
        # "на 45 тыс. … и составила 395 тыс.": the earlier level is computed, not written,
        # so the arithmetic below (which reads each role's figure) does not apply
        res.left_out["change by an amount"] = res.left_out.get("change by an amount", 0) + 1
        return
    for role in ROLES[kind]:
        rec = claim.roles.get(role)
        num = numeral_of(src.text, rec) if rec is not None else None
        if num is None:
            res.left_out["no digits to edit"] = res.left_out.get("no digits to edit", 0) + 1
            continue
        unit = 10.0 ** -num.decimals
        candidates = [num.value * f for f in factors] + [num.value + k * unit for k in digit_steps]
        seen = set()
        for new in candidates:
            new = round(new, num.decimals)
            written = num.write(new)
            if new <= 0 or written == src.text[num.start:num.end] or written in seen:
                continue
            seen.add(written)
            if kind == "percent_of_total" and role == "claimed" and new > 100:
                res.left_out["share above 100%"] = res.left_out.get("share above 100%", 0) + 1
                continue
            if _still_holds(src, claim, role, num, new, written):
                res.left_out["within rounding"] = res.left_out.get("within rounding", 0) + 1
                continue
            text = src.text[:num.start] + written + src.text[num.end:]
            flagged, found = _flagged(Source(src.name, text, src.lang, src.published), num.start, len(written))
            res.mutants += 1
            res.flagged += flagged
            made = res.by_role.setdefault(role, [0, 0])
            made[0] += 1
            made[1] += flagged
            if not flagged:
                res.misses.append(f"{src.name}\t{kind}/{role}\t{src.text[num.start:num.end]} → {written}\t{found}")


def _still_holds(src: Source, claim, role: str, num: Numeral, new: float, written: str) -> bool:
    """The claim's arithmetic with the edited numeral: True when the edit stays within rounding."""
    from extractors.claims import as_written, change_bounds, claim_holds, factor_bounds, factor_holds, share_bounds

    kind = claim.check.check
    inputs = claim.check.inputs
    names = dict(zip(ROLES[kind], ("claimed_percent",) + {"percent_of_total": ("part", "whole"),
                                                           "plan_fulfilment": ("actual", "plan"),
                                                           "change": ("to", "from")}[kind]))
    if "claimed_factor" in inputs:
        names["claimed"] = "claimed_factor"
    if inputs.get("claimed_points") is not None:  # "на 7 п.п.": percentage points
        names["claimed"] = "claimed_points"
    vals = {}
    for r, name in names.items():
        rec = claim.roles[r]
        rec_text = rec.text
        factor = inputs[name] / rec.value if rec.value else 1.0  # a scale the figure shares ("12 из 20 млн")
        if r == role:
            rec_text = src.text[rec.start:num.start] + written + src.text[num.end:rec.end]
            value = rec.value * new / num.value
        else:
            value = rec.value
        w = as_written(rec_text, value)
        vals[r] = type(w)(w.value * factor, w.decimals, w.half_ulp * factor)
    claimed = vals["claimed"]
    if kind == "change" and "computed_points" in inputs:  # "с 45% до 52%, или на 7 п.п." (or "на 15%")
        falling = inputs["to"] < inputs["from"]
        old, to = vals["from"], vals["to"]
        lo, hi = (old.lo - to.hi, old.hi - to.lo) if falling else (to.lo - old.hi, to.hi - old.lo)
        if claim_holds(claimed, lo, hi):
            return True
        bounds = change_bounds(old, to, falling) if inputs.get("claimed_percent") is not None else None
        return bounds is not None and claim_holds(claimed, *bounds)
    if kind == "change" and "claimed_factor" in inputs:  # "в 2 раза": a factor, not a percent
        falling = inputs["to"] < inputs["from"]
        bounds = factor_bounds(vals["from"], vals["to"], falling)
        return bounds is not None and factor_holds(claimed, *bounds)
    if kind == "change":
        falling = inputs["to"] < inputs["from"]
        bounds = change_bounds(vals["from"], vals["to"], falling)
    else:
        part, whole = (vals["part"], vals["whole"]) if kind == "percent_of_total" else (vals["actual"], vals["plan"])
        bounds = share_bounds(part, whole)
    return bounds is not None and claim_holds(claimed, *bounds)


def _flagged(src: Source, start: int, length: int) -> tuple[bool, str]:
    """Whether a check over the edited span says inconsistent; else what was found there."""
    found = []
    for c in claims_of(src):
        ch = c.check
        if ch.start <= start and start + length <= ch.end:
            if ch.verdict == "inconsistent":
                return True, ""
            found.append(f"{ch.check}:{ch.verdict}")
    return False, ", ".join(found) or "no check"


def format_result(res: Result) -> str:
    d = res.as_dict()
    lines = [
        f"texts read: {d['texts']} ({d['kaznerd_sentences']} KazNERD sentences in batches of 500)",
        f"unmutated texts: {d['unmutated_checks']} checks, {d['unmutated_flags']} flagged inconsistent"
        + (f" (besides {d['gold_wrong_claims_flagged']} claims their gold marks wrong)" if d["gold_wrong_claims_flagged"] else ""),
        "consistent claims mutated: " + (", ".join(f"{k} {v}" for k, v in sorted(d["consistent_claims"].items())) or "none"),
        f"mutants: {d['mutants']}, flagged inconsistent: {d['flagged']}"
        + (f" ({100 * d['flagged_share']:.1f}%)" if d["flagged_share"] is not None else ""),
    ]
    for role, r in sorted(d["by_role"].items()):
        lines.append(f"  {role:<8} {r['flagged']}/{r['mutants']}")
    if d["left_out"]:
        lines.append("edits not counted: " + ", ".join(f"{k} {v}" for k, v in sorted(d["left_out"].items())))
    lines.append(f"time: {d['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="folder holding gold/ and kaznerd/ (default: ../shared)")
    ap.add_argument("--kaznerd-limit", type=int, default=None,
                    help="read only the first N KazNERD sentences (0: none)")
    ap.add_argument("--fixture", type=int, default=0, metavar="N",
                    help="also mutate the claims of N generated fixture articles per site (synthetic; default 0)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--misses", action="store_true", help="also list every mutant not flagged and every flag on unmutated text")
    args = ap.parse_args(argv)
    if not (args.shared / "gold").is_dir():
        print(f"error: {args.shared / 'gold'} is not a folder: pass --shared DIR holding gold/ and kaznerd/",
              file=sys.stderr)
        return 2
    try:
        res = run(args.shared, args.kaznerd_limit, fixture=args.fixture)
    except BenchmarkInputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(res.as_dict(), ensure_ascii=False) if args.json else format_result(res))
    if args.misses:
        for line in res.unmutated_flags:
            print(f"flag on unmutated text\t{line}", file=sys.stderr if args.json else sys.stdout)
        for line in res.misses:
            print(f"not flagged\t{line}", file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
