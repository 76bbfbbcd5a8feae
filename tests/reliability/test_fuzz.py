"""Fuzzing, the short version of ``benchmarks/fuzz.py``: a few thousand generated inputs over the
extractors, page-date parsing and HTML parsing, then hypothesis driving the same generators (so a
failure shrinks to a small example), and the inputs fuzzing once broke, named."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability.bench import load

fuzz = load("fuzz")


def test_a_few_thousand_generated_inputs_pass():
    # the benchmark bounds a call at 2 s; a shared CI machine gets more room
    # depths and numerals up to 400 here; the largest texts are timed on their own below
    figures = fuzz.fuzz(2000, seed=7, limit=5.0, max_size=400)
    assert figures["inputs"] == 2000 and all(figures["per_target"].values())
    assert figures["failures"] == 0, figures["examples"]
    assert max(figures["slowest_s"].values()) < 5.0


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False), shape=st.sampled_from(["unicode", "mutated", "nested", "numerals"]),
       target=st.sampled_from(["extract", "pagedate"]))
def test_generated_text_keeps_the_properties(rng, shape, target):
    fuzz.LIMITS["size"] = 1000
    text = fuzz.GENERATORS[shape](rng)
    assert fuzz.CHECKS[target](text, rng) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_generated_pages_parse_or_fail_clearly(rng):
    assert fuzz.check_html(fuzz.html_page(rng), rng) is None


def _page(head: str = "", body: str = "<p>Биыл ауданда 12 мектеп жөнделді.</p>" * 3) -> str:
    return f"<html><head>{head}</head><body><h1>Мектеп</h1><div class='entry-content'>{body}</div></body></html>"


# Pages that once raised out of parse_html or stored a date that is not one.
PARSE_REGRESSIONS = [
    ("json-ld nested 1000 deep", _page('<script type="application/ld+json">' + "[" * 1000 + "</script>")),
    ("json-ld nested 5000 deep, closed", _page('<script type="application/ld+json">' + "[" * 5000 + "]" * 5000
                                               + "</script>")),
    ("month 13 in a machine date", _page('<meta property="article:published_time" content="2024-13-45T99:00">')),
    ("29 February of a common year", _page('<meta property="article:published_time" content="2023-02-29">')),
]


@pytest.mark.parametrize("name, page", PARSE_REGRESSIONS, ids=[n for n, _ in PARSE_REGRESSIONS])
def test_hostile_pages_parse(name, page):
    import datetime as dt

    from scrapers.config import load_sites
    from scrapers.parse import parse_html

    for config in load_sites(None):
        article, _missed = parse_html(page, config.base_url + "news/1", config)
        assert "мектеп" in article.text
        if article.published:
            dt.date.fromisoformat(article.published[:10])


# Texts whose cost once grew with the square of their figures (seconds for a few thousand).
SLOW_TEXTS = {
    "thousands of bracketed numbers": "".join(f"({k} " for k in range(5000))
    + "По данным акимата, из 22 сёл района 16, или 72,7%, обеспечены питьевой водой.",
    "thousands of shares in brackets": "".join(f"(12,5% {k} " for k in range(5000))
    + "Өткен жылы облыста 18 мектеп, 4 аурухана салынды.",
    "thousands of restatements": "".join(f"яғни {k} " for k in range(5000)) + "Биыл 1 245 адам жұмысқа орналасты.",
    "counted nouns repeated": "Ауданда 40 мектеп бар. " + " ".join(f"{k} мектеп" for k in range(3000)),
}


@pytest.mark.parametrize("name", sorted(SLOW_TEXTS))
def test_thousands_of_figures_stay_linear(name):
    from extractors.core import extract

    text = SLOW_TEXTS[name]
    extract("Биыл 12 мектеп.", "kk", None)
    started = time.perf_counter()
    out = extract(text, "auto", None)
    assert time.perf_counter() - started < 3.0
    assert all(text[r.start:r.end] == r.text for r in out if r.kind != "check")
