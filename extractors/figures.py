"""Figure records: percent, number, money, quantity.

``find_figures(text, lang, taken)`` returns one :class:`~extractors.records.Record`
per figure, in text order. What the fields mean (stable: the checks build on them):

- ``kind``: ``percent`` (``62,2%``, ``30%-ке``, ``жетпіс пайызы``, ``на 105%``),
  ``money`` (a currency word or sign), ``quantity`` (a unit of measure), or
  ``number`` (a plain count or any other number).
- ``text``/``start``/``end``: the span, KazNERD style: qualifier, number, scale
  word, unit or currency or percent sign, and attached case endings
  (``шамамен 1,7 млрд теңге``, ``80-нен астам``). A count's noun is not in the span.
- ``value``: the number normalised: 62.2 for ``62,2%``; money in base units of its
  currency (``1,5 млрд теңге`` → 1500000000; ``тиын`` → hundredths of KZT);
  quantities in the unit written (``5,1 млн га`` → 5100000 with unit ``ha``); a
  fraction as its value (``төрттен бірі`` → 0.25). Negative only for temperatures and
  percentages written with a sign or ``минус`` (``-15 градус``, ``-5%``).
- ``value_max``: the high end of a range (``10-15``, ``45 – 50 мың``, ``60-70%``), else None.
- ``unit``: ISO code for money (``KZT``, ``USD``, ``EUR``, ``RUB``, ``CNY``); a unit
  code for quantities (``ha``, ``t``, ``c``, ``c/ha``, ``km``, ``m``, ``m2``, ``m3``,
  ``l``, ``kg``, ``head``, ``MCI``, ``degC``, …); for a count the counted noun's base
  form (``іс-шара``, ``мектеп``, ``район``); None for percentages and bare numbers.
- ``qualifier``: ``approx`` (шамамен, жуық, -дай/-дей, около, порядка),
  ``at_least`` (астам, аса, артық, кемі, более, свыше), ``at_most`` (дейін, до,
  не более), or None.

No record for ordinals (``1-орын``, ``3-сынып``), times of day, phone numbers,
numbers inside dates (a year before жыл/года, a day before a month name; spans in
``taken``), durations (``3 ай``), or numerals of more than 30 digits.
"""
from __future__ import annotations

from extractors.figure_context import apply_context
from extractors.figure_rules import Scanner
from extractors.records import Record


def find_figures(text: str, lang: str, taken: list[tuple[int, int]] | None = None) -> list[Record]:
    """Figures of ``text``; spans in ``taken`` (dates already found) yield none."""
    if not text:
        return []
    taken = list(taken or [])
    records = []
    for f in apply_context(text, Scanner(text, lang, taken).scan(), lang, taken):
        records.append(
            Record(
                kind=f.kind,
                text=text[f.start:f.end],
                start=f.start,
                end=f.end,
                value=f.value,
                value_max=f.value_max,
                unit=f.unit,
                qualifier=f.qualifier,
            )
        )
    return records
