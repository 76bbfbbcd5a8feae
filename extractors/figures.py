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
  percentages written with a sign or ``минус`` (``-15 градус``, ``-5%``), sums of money
  with a minus standing apart (``составило -1,2 млрд тенге``), a value after its label
  (``Изменение: -3 человека``) and anything after the sign U+2212 (``−1,2 млрд долларов``).
- ``value_max``: the high end of a range (``10-15``, ``45 – 50 мың``, ``60-70%``), else None.
- ``unit``: ISO code for money (``KZT``, ``USD``, ``EUR``, ``RUB``, ``CNY``); a unit
  code for quantities (``ha``, ``t``, ``c`` (centner), ``c/ha``, ``km``, ``km2``, ``m``,
  ``m2``, ``m3``, ``l``, ``kg``, ``mg``, ``MCI`` (АЕК/МРП), ``degC``, ``pp``
  (percentage points), ``sotka``, compounds such as ``mg/l``, ``km/h``, ``m/s`` and
  ``m3/s``, also when the time is in words: ``секундына 120 текше метр``, ``50 кубометров
  в час``); for a count
  the counted noun's base form (``іс-шара``, ``мектеп``, ``район``; the same string
  for every form of one noun), ``head`` for livestock (``500 бас``: KazNERD counts
  heads as CARDINAL, so these are ``number`` records), ``есе``/``раз`` for multipliers
  (``екі есе``); None for percentages and numbers with no noun after them.
- ``qualifier``: ``approx`` (шамамен, жуық, -дай/-дей, около, порядка),
  ``at_least`` (астам, аса, артық, кемі, более, свыше), ``at_most`` (дейін, до,
  не более), or None.

No record for ordinals (``1-орын``, ``3-сынып``, ``жиырма жетінші``, ``5-е место``),
times of day, phone numbers, web and mail addresses, numbers inside dates (a year
before жыл/года, a day before or after a month name, year ranges; spans in
``taken``), durations and ages (``3 ай``, ``жасы отызда``), list markers, numbers
inside short quoted names (``«Бес әлеуметтік бастама»``), the article ``бір``
(``белгілі бір``), or numerals of more than 30 digits.

Accuracy and speed: ``python benchmarks/figures.py`` prints them beside the targets.
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
