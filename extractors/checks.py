"""Claim checks recomputed from one article's records (issue 6).

Four kinds of claim from the record contract (``../shared/design.md``), and a fifth:

- ``percent_of_total``: a part and its share of a stated whole ("орындалғаны 61 (62,2%)"
  after "98 іс-шара жоспарланған"; "12 млн человек из 20 млн, или 60%");
- ``parts_sum``: shares of one whole, or the parts a total is broken down into after a
  colon or "в том числе" / "оның ішінде" ("120 предприятий: 80 малых, 30 средних и 10
  крупных"), that must not add up to more than it; shares closed by "the rest"
  ("60% за, 25% против, остальные 15%", "қалған 15 пайызы") must make 100%;
- ``plan_fulfilment``: an actual figure against a plan figure ("жоспары 39,1 млрд теңге
  болса, 17,6 млрд теңге болып, 45,0 пайызды құрады"), also each row of a table whose
  header names the plan, actual and percent columns (:mod:`extractors.check_tables`);
- ``change``: "с 100 до 120, или на 20%", "100-ден 120-ға дейін 20%-ға өсті"; a change
  stated as a factor ("выросло в 2 раза – со 150 до 300", "вдвое", "3 есе артты") adds
  ``claimed_factor`` and ``computed_factor`` to the inputs, its ``claimed_percent`` being
  the factor as a percent (2 times up is 100%, down is 50%); a percentage that moved
  ("с 45% до 52%, или на 7 п.п.") adds ``claimed_points`` and ``computed_points``, and a
  size written with "%" there holds as a relative change or as points, since articles
  write both so; a change given by its amount and the level reached ("выросла на 45 тыс.
  тенге и составила 395 тыс.") computes the earlier level and adds ``by``; a change
  whose size is an amount of the pair's measure ("с 940 до 815, то есть на 125", "на 2,1
  млрд тенге больше, чем в 2023 году (23,5 млрд)") adds ``claimed_amount`` and
  ``computed_amount``, its percents being the amounts over the earlier value;
- ``product``: a count, an amount each and their total ("420 отбасыға 25 мың теңгеден,
  барлығы 10,5 млн теңге", "420 семей получили по 25 тыс. тенге, всего 10,5 млн"), with
  inputs ``count``, ``each``, ``total``, ``computed_total`` (:mod:`extractors.check_products`).

Figures are tied only by the words between them (:mod:`extractors.check_rules`, the
word lists in ``extractors/lang/*/check_words.py``); a pair no rule ties gives no check.
A claim whose inputs are found but incomplete (a share with no whole in reach, a
fulfilment with no actual figure) is ``unverifiable``. Shares are tied in
:mod:`extractors.check_shares`, plans in :mod:`extractors.check_plans`, changes in
:mod:`extractors.check_changes`,
the arithmetic is :mod:`extractors.claims`.

Note on the design notes' rule: a claim is consistent when the computed percentage
rounded or truncated to the precision written equals it; in addition, an input written
with a scale word ("17,6 млрд", "6 млн") is taken as rounded by the article itself, so
the claim is also consistent when some value within that rounding gives it (the
explanation then says so). Plain numerals ("98") are exact. A whole written as
approximate ("около 1,2 млрд") can confirm a share but never flag it. A factor written
as a whole number holds within a tenth of itself ("в 2 раза" for 1,8–2,2), one with
decimals to its precision (:func:`extractors.claims.factor_tolerance`).
"""
from __future__ import annotations

import re

from extractors.check_build import Claim
from extractors.check_changes import amount_claims, change_claims, point_claims
from extractors.check_plans import plan_claims
from extractors.check_products import product_claims
from extractors.check_tables import table_claims
from extractors.check_totals import total_claims
from extractors.check_rules import Layout
from extractors.check_shares import (
    breakdown_claims, find_breakdowns, named_share_claims, find_shares, rest_claims, share_claim, sum_claims, tie_to_breakdowns,
)
from extractors.langid import detect_language
from extractors.nouns import counted_noun
from extractors.records import Check, Record

__all__ = ["Claim", "find_checks", "find_claims"]


def find_checks(text: str, records: list[Record], sentences: list[tuple[int, int]],
                lang: str | None = None) -> list[Check]:
    """Checks of the claims ``records`` make about each other, in text order.

    ``lang`` (``kk``/``ru``, detected when None) reads the nouns written after shares."""
    return [c.check for c in find_claims(text, records, sentences, lang)]


def find_claims(text: str, records: list[Record], sentences: list[tuple[int, int]],
                lang: str | None = None) -> list[Claim]:
    """Like :func:`find_checks`, with the records each check read.

    Shares are tied first, as their ties are the tightest ("61 (62,2%)"); a percent read
    as one claim is not read again as another.
    """
    lay = Layout(text, records, sentences, lang)
    shares = find_shares(lay)
    breakdowns = find_breakdowns(lay)
    tie_to_breakdowns(shares, breakdowns)
    # "320 компьютеров: 200 – …, 120 – …. Это на 60% больше, чем в прошлом году (200)": what
    # follows a list of parts is said of their whole, never of the last part alone
    lay.last_parts = {id(parts[-1]) for _, parts in breakdowns if len(parts) >= 2}
    # A share with no whole found yields its percent to a plan the text states ("жоспар
    # бойынша 60 маман …, 57 маман келді (95%)"): there it can be checked.
    used = {id(s.percent) for s in shares if s.whole is not None}
    plans = table_claims(lay, used) + plan_claims(lay, used)
    shares = [s for s in shares if s.whole is not None or id(s.percent) not in used]
    used |= {id(s.percent) for s in shares}
    claims = [share_claim(lay, s) for s in shares]
    claims += sum_claims(lay, shares)
    claims += breakdown_claims(lay, shares, breakdowns)
    claims += named_share_claims(lay, breakdowns, used)
    claims += plans
    claims += change_claims(lay, used)
    claims += point_claims(lay, used)
    claims += amount_claims(lay, used)
    claims += product_claims(lay, used)
    claims += total_claims(lay, used)
    claims += rest_claims(lay, used)
    _inherit_units(claims, text, lang or detect_language(text[:2000]))
    return sorted(claims, key=lambda c: (c.check.start, c.check.end))


_NOUN_AFTER_BRACKET = re.compile(r"\s*\)\s*([^\W\d_][\w-]*)")


def _noun_after_share(text: str, percent: Record | None, lang: str) -> str | None:
    """"15 (15,3%) шара": the counted noun written after a bracketed share, if any."""
    if percent is None:
        return None
    m = _NOUN_AFTER_BRACKET.match(text, percent.end)
    return counted_noun(m.group(1), lang) if m else None


def _inherit_units(claims: list[Claim], text: str, lang: str) -> None:
    """A part written without its noun counts what its whole counts: "98 іс-шара ...
    орындалғаны 61 (62,2%)" makes 61 a count of іс-шара. Done after every claim is
    read, so a unit filled here cannot change which figures the claims tied."""
    for c in claims:
        if c.check.check not in ("percent_of_total", "plan_fulfilment"):
            continue
        # ("запланировано 8 проектов, реализовано 6 (75%)": the actual counts what the plan does)
        part, whole = c.roles.get("part") or c.roles.get("actual"), c.roles.get("whole") or c.roles.get("plan")
        if part is not None and whole is not None and part.kind == whole.kind == "number" \
                and part.unit is None and whole.unit is not None:
            # "15 (15,3%) шара": the noun written after the share, when it names the
            # whole's ("іс-шара"), is kept as written; otherwise the whole's
            written = _noun_after_share(text, c.roles.get("claimed"), lang)
            part.unit = written if written and Layout.same_unit(written, whole.unit) else whole.unit
