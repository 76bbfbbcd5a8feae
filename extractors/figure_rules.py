"""The figure grammar: where a figure starts and ends, and what it measures.

One pass of precompiled regular expressions over the raw text finds candidate
starts (digits or number words); from each, a small hand-written parser reads

    [qualifier] number [range] [scale] [-ending] [percent | currency | unit] [qualifier]

and either yields a figure or says why not (a year before жыл, a day before a
month, an ordinal, a time of day). Spans follow KazNERD (``../shared/design.md``).
Language data comes from ``extractors/lang/<lang>/``; nothing here is
language-specific except the order of the parts.
"""
from __future__ import annotations

import bisect
import re

from extractors import numbers
from extractors.count_context import CountContext
from extractors.figure_patterns import (
    UP_TO,
    WORD,
    AND_WORDS,
    blocked_spans,
    DASH,
    ELLIPSIS_RANGE,
    FROM_BEFORE,
    FROM_WORD,
    Figure,
    JOINS,
    NUMBER_SIGN,
    NUMBERS_SIGN_LIST,
    OPEN_ENDINGS,
    PER,
    PER_HOUR,
    SPEECH_AFTER,
    SP_CHARS,
    SP_STRING,
    SUBUNITS,
    code_spans,
    digit_runs,
    TABLE_CELLS,
    merge_spans,
    quoted_name_spans,
    rules_for,
)
from extractors.lang.ru.number_words import DENOMINATORS as RU_DENOMINATORS
from extractors.number_reader import Number, NumberReader


_ENERGY = {"kW": "kWh", "MW": "MWh", "GW": "GWh"}


_KK_SMALL = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5}
_DATIVE_NUMERATOR = re.compile(r"(бір|екі|үш|төрт|бес)(ге|ке|ға|қа)(?![^\W\d_])", re.IGNORECASE)
_RU_DENOMINATOR = re.compile(r"\s+(" + "|".join(sorted(RU_DENOMINATORS, key=len, reverse=True)) + r")(?![^\W\d_])",
                             re.IGNORECASE)


class Scanner(CountContext, NumberReader):
    """Reads the figures of one text in one language."""

    def __init__(self, text: str, lang: str, taken: list[tuple[int, int]]):
        runs = digit_runs(text)  # shared by the scans for blocked spans and codes, and the number reader
        super().__init__(text, lang, runs)
        self._word_before_at, self._word_before_text = -1, ""  # (CountContext._word_before)
        blocked = list(taken) + blocked_spans(text, runs) + code_spans(text, runs)
        self.blocked = merge_spans(blocked)
        self.blocked_starts = [s for s, _ in self.blocked]
        self.names = [(s, e) for s, e in quoted_name_spans(text) if not SPEECH_AFTER.match(text, e)]
        self.name_starts = [s for s, _ in self.names]
        # NUMBER_SIGN ("№ 5", "No. 5") needs one of these: tested once, not a search at each figure
        # (a search for one character first: the text holds it rarely, and a search for two
        # characters costs ~2 us a page more)
        self.number_sign = "№" in text or "N" in text and "No" in text
        self.numbers_sign = self.number_sign and "№№" in text  # tested once: most texts hold none
        self.floor = 0
        self.high_sign = 0  # the written sign of the range's high end, 0 when none (_range_end)

    def _overlaps_blocked(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.blocked_starts, end) - 1
        return i >= 0 and self.blocked[i][1] > start

    def read_figure(self, pos: int) -> Figure | int:
        """The figure starting at ``pos``, or the position to resume scanning from."""
        text = self.text
        low = self.read_number(pos)
        if low is None:
            return pos + 1
        if isinstance(low, int):
            return max(low, pos + 1)
        high = self._range_end(low, pos)
        if isinstance(high, int):
            return high
        if isinstance(high, Number) and high.value >= 1 and low.value < 1 and (low.words or low.fraction):
            # "половина – 100 человек", "Треть – 30": a share and then its count, not a range
            # from a half to a hundred ("от трети до половины" is one)
            high = None
            self.high_sign = 0
        last = high or low
        end = last.end
        i = bisect.bisect_left(self.blocked_starts, end) - 1  # (_overlaps_blocked(pos, end), inline: at each number)
        if (i >= 0 and self.blocked[i][1] > pos or self.number_sign and NUMBER_SIGN.search(text, max(0, pos - 4), pos)
                or self.numbers_sign and NUMBERS_SIGN_LIST.search(text, max(0, pos - 60), pos)):
            return end
        after = self._skip_space(end, 1)
        kind, unit, end = self._measure(after, last)
        unit_range = False
        if kind in ("money", "quantity") and high is None and self.lang == "kk":
            span = self._unit_range(low, end, kind, unit)
            if span is not None:
                high, end, unit_range = span[0], span[1], True
                last = high
        if kind is None and high is None and text.startswith("(", after):
            kind, unit, end = self._spelled_in_brackets(after, last)
        if kind is None and pos > self.floor and not _MONEY_BEFORE_CHARS.isdisjoint(text[max(self.floor, pos - 4):pos]):
            prefix = _MONEY_BEFORE.search(text, max(self.floor, pos - 4), pos)
            if prefix is not None and (prefix.group(1) in self.r.money_prefix or prefix.group(2)):
                # "$3 млн", "$ 3 млн", "USD 3 млн": a currency written before its number
                code = self.r.money_prefix.get(prefix.group(1)) or prefix.group(2).upper()
                kind, unit, pos = "money", code, prefix.start()
        if kind is None:
            if last.spoken_decimal and not last.scaled:
                return last.end  # "бір де бір" is no decimal
            fraction = self._fraction(low, last.end)
            if fraction:
                low = last = fraction
            end = last.end
            if self._not_a_count(pos, last) or _year_range(low, high):
                return self._past_range(end)
            kind = "number"
        multiplier = None
        if kind == "multiplier":
            kind, multiplier = "number", unit
        elif kind == "number" and low.words and text[pos:last.end].lower() in self.r.multiplier_words:
            multiplier = self.r.multiplier_unit  # "вдвое": 2 раза
        value, value_max = low.value, high.value if high else None
        if value_max is not None and value_max < value:  # "сексеннен алпысқа дейін"
            value, value_max = value_max, value
        if kind == "quantity" and high is None:
            end, value = self._smaller_unit(unit, end, value)
        if kind == "money" and high is None and unit in ("KZT", "RUB"):
            cents = _CENTS_AFTER.match(text, end)
            if cents is not None and int(cents.group(1)) < 100:
                # "445 теңге 50 тиын", "12 рублей 40 копеек": one sum
                value, end = numbers.tidy(value + int(cents.group(1)) / 100), cents.end()
        sign = 0
        if pos > self.floor and text[pos - 1] in "-−+–" and kind == "number" and high is None and _whole_cell(text, pos - 1, end):
            sign = 1 if text[pos - 1] == "+" else -1  # "Число ДТП | 45 | 38 | -15,6": a table's change column
        elif pos > self.floor and text[pos - 1] in "-−+":
            if kind == "number" and (high is None and _DEGREES_NEXT.match(text, end) or high is not None
                                     and self.high_sign and _DEGREES_BEFORE.search(text, max(0, pos - 200), pos)):
                # "күндіз +35, түнде +20 градус", "ночью -25…-30 градусов, днем -15…-20": the
                # unit written once, next or (for a signed range) before
                kind, unit = "quantity", "degC"
            elif unit != "degC" and kind != "percent" and not self._minus(pos, kind):
                return end  # "-5" is a sign only on temperatures, changes and balances; elsewhere a dash
            sign = -1 if text[pos - 1] != "+" else 1
        elif (unit == "degC" and pos > self.floor and text[pos - 1] == "–"
              and (pos - 1 == self.floor or text[pos - 2].isspace())):
            sign = -1  # "–35 градус": typeset pages write the minus as an en dash
        if sign:
            pos = pos - 1
        if high is None:
            value = (sign or 1) * value
        elif sign or self.high_sign:
            # "-18-20 градус" is -20 to -18: a written sign holds for both ends unless
            # the high end has its own ("-2…+3").
            ends = sorted(((sign or 1) * low.value, (self.high_sign or sign or 1) * high.value))
            value, value_max = ends[0], ends[1]
        if unit == "KZT-tiyn":
            unit, value = "KZT", numbers.tidy(value / 100)
            value_max = numbers.tidy(value_max / 100) if value_max is not None else None
        qualifier = None
        surface_end = text[max(pos, end - 12):end].lower()
        if self.r.approx_endings and surface_end.endswith(self.r.approx_endings):
            qualifier = "approx"
        for _ in range(2):  # "80 %-тен астамға жуығы"
            q_end, q = self._qualifier_after(end, surface_end)
            if not q:
                break
            surface_end = text[max(pos, q_end - 12):q_end].lower()
            end, qualifier = q_end, (qualifier if q is JOINS else q)
        noun_at = end  # where the counted noun is looked for
        if qualifier in _FLIPPED and self.lang == "kk":
            nxt = self._next_word(end)
            if nxt is not None and nxt.start() > end and nxt.group().lower() == "емес":
                qualifier = _FLIPPED[qualifier]  # "100 мыңнан кем емес": not less than, so at least
                noun_at = nxt.end()  # "1 000-нан кем емес көшет": the noun after "емес"
        if qualifier is None and self.r.verbs_after:
            qualifier = self._verb_qualifier(end, surface_end)
        if kind == "number" and qualifier is not None and multiplier is None:
            # "1,5 млрд-тан астам теңге": the currency or unit after the qualifier
            after_q = self._skip_space(end, 1)
            if after_q > end:
                k2, u2, e2 = self._measure(after_q, Number(value, after_q))
                if k2 in ("money", "quantity"):
                    kind, unit, end = k2, u2, e2
        if kind == "number" and self.r.not_figure.match(text, self._skip_space(end, 1)):
            return end  # "он шақты күн": a duration
        if high is not None:
            f = FROM_WORD.search(text, max(0, pos - 4), pos)
            if f and f.start() >= self.floor and self._next_word(low.end) is not None and self._next_word(low.end).group().lower() == "до":
                pos = f.start()
        q_start, q = self._qualifier_before(pos)
        if self.floor <= q_start < pos:
            if text[q_start:pos].lower().startswith("минус"):
                value, value_max = (-value_max, -value) if value_max is not None else (-value, None)
            pos, qualifier = q_start, q or qualifier
        plus_minus = pos - 1 if pos - 1 >= self.floor and text[pos - 1:pos] == "±" else (
            pos - 2 if pos - 2 >= self.floor and text[pos - 2:pos] in ("± ", "±\u00a0") else -1)
        if plus_minus >= 0:
            # "±3 процента", "± 2 пайыз": give or take, as "плюс-минус" is (a margin, not a
            # sign); a bound said around it stays ("±5 мм-ден аспайды": at most)
            pos, qualifier = plus_minus, qualifier or "approx"
        if low.vague and qualifier is None:
            qualifier = "at_least"  # "тысячи жителей", "жүздеген адам": not an exact count
        if qualifier == "at_most" and self._reached(pos, end):
            qualifier = None
        if qualifier == "at_most" and high is not None and (low.ending in self.r.ablative or unit_range):
            qualifier = None  # "5-тен 10 АЕК-ке дейін": "дейін" closes the range, the range is the bound
        if qualifier == "at_most" and self._after_from_figure(pos):
            qualifier = None  # "120 млрд теңгеден 150 млрд теңгеге дейін": from … to …, no bound
        if kind == "number":
            # "төрттен бірі келді", "екеуі жеңді": a numeral with its own case or
            # possessive ending is a pronoun; the next word is no counted noun. A
            # collective numeral is one whatever follows ("төртеуге жуығы келді").
            closed = last.ending and last.ending not in OPEN_ENDINGS and end == last.end or last.collective
            # "жартысынан көбі", "200-ге жуығы": a qualifier with a possessive is "of them", no noun follows
            closed = closed or end > last.end and bool(self.r.of_them) and text[last.end:end].lower().rstrip().endswith(
                self.r.of_them)
            # "250-ден 200-ге дейін кеміді": after "дейін" comes the verb, the noun stood before
            closed = closed or self.lang == "kk" and text[pos:end].lower().rstrip().endswith(tuple(UP_TO))
            # "три четверти выпускников": a fraction of a whole counts no noun of its own
            closed = closed or self.lang == "ru" and 0 < value < 1 and bool(low.words)
            closed = closed or low.fraction  # "1/3 бөлігі", "1/3 объема": a share of a whole
            unit = multiplier or (None if closed else self._counted_noun(noun_at))
        if unit == "degC" and value > 0 and self._frost(pos, end):
            # "мороз до 35 градусов" is down to -35: a bound from below once negative.
            value, value_max = (-value_max, -value) if value_max is not None else (-value, None)
            qualifier = _FLIPPED.get(qualifier, qualifier)
        elif unit == "degC" and value < 0 and qualifier == "at_most" and _up_to(text[pos:end]):
            qualifier = "at_least"  # "до –35 градусов", "–35 градусқа дейін": as cold as -35, not colder
        return Figure(kind, pos, end, value, value_max, unit, qualifier, last.scale)

    def _minus(self, pos: int, kind: str) -> bool:
        """Whether the "-" or "−" right before ``pos`` is a minus sign: a balance ("Сальдо
        составило -1,2 млрд тенге", "(−1,2 млрд долларов)"), or a value after its label
        ("Изменение: -3 человека"). The sign stands apart from what precedes it, after a word,
        a colon or a bracket, never after a number ("5 -7" is a range, "– 45" a list dash)."""
        text = self.text
        if pos >= 2 and not (text[pos - 2].isspace() or text[pos - 2] == "("):
            return False
        prev = text[max(0, pos - 40):pos - 1].rstrip()[-1:]
        if prev and not (prev.isalpha() or prev in ":(="):
            return False
        if text[pos - 1] == "−" or kind == "money":
            return True  # U+2212 is a minus wherever it stands; a sum of money may be negative
        return prev == ":"  # "Изменение: -3 человека"

    def _frost(self, start: int, end: int) -> bool:
        """``25 градус аяз``, ``мороз до 35 градусов``: degrees of frost, below zero,
        unless a sign is written (``аяз, минус 25``)."""
        if SIGNED.match(self.text, start):
            return False
        if FROST_AFTER.match(self.text, end) or FROST_BEFORE.search(self.text, max(0, start - 30), start):
            return True
        # "15-20 градус суық" is 15-20 degrees of frost; "5 градусқа суық" is 5 degrees colder
        # ("суық" ends the span as a word of degrees, or follows it)
        return bool(COLD_SPAN_END.search(self.text, max(start, end - 16), end)
                    or COLD_AFTER.match(self.text, end) and self.text[max(0, end - 6):end].lower() == "градус")

    def _unit_range(self, low: Number, end: int, kind: str, unit: str | None) -> tuple[Number, int] | None:
        """``2 000 теңгеден 5 000 теңгеге дейін``: a range whose ends both carry the unit, the
        first in the ablative, the second in the dative before "дейін" (with a verb of change
        after it, "… дейін өсті", it is a change: two figures)."""
        text = self.text
        if not text[max(0, end - 4):end].lower().endswith(self.r.ablative):
            return None
        start = self._skip_space(end, 1)
        if start == end or start >= len(text) or not text[start].isdigit():
            return None
        cand = self.read_number(start)
        if not isinstance(cand, Number) or cand.value <= low.value or cand.ending:
            return None
        k2, u2, e2 = self._measure(self._skip_space(cand.end, 1), cand)
        if k2 != kind or u2 != unit or not text[max(0, e2 - 4):e2].lower().endswith(self.r.dative):
            return None
        until = self._next_word(e2)
        if until is None or until.group().lower() not in UP_TO or self._change_after(until.end()):
            return None
        return cand, e2

    def _change_after(self, pos: int) -> bool:
        """Whether "X-тен Y-ке дейін" goes on as a change: a verb of change in the next few
        words of its clause ("… дейін өсті", "… дейін 25 пайызға өсті"), or its size restated
        ("… дейін, яғни 20 пайызға", "… дейін 2 есе")."""
        clause = re.split(r"[.;!?]\s|[.;!?]$|\n", self.text[pos:pos + 60], maxsplit=1)[0].lower()
        ws = re.findall(r"[^\W\d_]+|\d", clause)[:5]
        stems = self.r.reached_verbs_after or ("\0",)
        return any(w.startswith(stems) or w in ("яғни", "есе", "пайызға", "пайыз") for w in ws) or "%" in clause[:20]

    def _range_end(self, low: Number, start: int) -> Number | int | None:
        """The high end of ``10-15``, ``45 – 50 мың``, ``80-нен 60``, ``3 пен 5 доллар``, ``от 10 до 15``."""
        text = self.text
        self.high_sign = 0
        joint = _range_joint(text, low.end)  # (two regex calls less after most numbers)
        e = ELLIPSIS_RANGE.match(text, low.end) if not low.ending and joint in (".", "…") else None
        if e:
            cand = self.read_number(e.end())
            if isinstance(cand, Number) and cand.value != low.value:
                self.high_sign = -1 if e.group(1) in ("-", "−", "–") else 1 if e.group(1) == "+" else 0
                _share_scale(low, cand)
                return cand
            return None
        d = DASH.match(text, low.end) if joint in ("-", "–", "—") else None
        # "вдвое – с 60 до 30": a multiplier word starts no range
        if d and low.words and text[start:low.end].lower() in self.r.multiplier_words:
            d = None
        if d and not low.ending and d.end() < len(text) and (text[d.end()].isdigit() or low.words):
            cand = self.read_number(d.end())
            if isinstance(cand, int) and cand > d.end():
                return cand  # 2005 – 2018-інші: a range of ordinals or years
            if isinstance(cand, Number) and self._year_then_count(start, low, d.end(), cand):
                return None
            if isinstance(cand, Number) and cand.value > low.value:
                _share_scale(low, cand)
                return cand
            return None
        # (the next word, past at most two spaces, is read only when its first letter may make
        # it "до" or one of AND_WORDS; most numbers are followed by another word)
        initial = text[low.end:low.end + 3].lstrip(SP_STRING)[:1].lower()
        nxt = self._next_word(low.end) if not low.ending and initial in _RANGE_WORD_INITIALS else None
        if nxt is not None and nxt.group().lower() == "до" and FROM_WORD.search(text, max(0, start - 4), start):
            cand = self.read_number(self._skip_space(nxt.end(), 1))
            if isinstance(cand, Number) and cand.value > low.value:
                _share_scale(low, cand)
                return cand  # "от 10 до 15 млн тенге"
            return None
        if nxt is not None and nxt.group().lower() in AND_WORDS:
            if self.lang == "ru" and not _BETWEEN_RU.search(text, max(0, start - 8), start):
                return None  # "ставки 12 и 15%" are two rates; "между 12 и 15%" is a range
            cand = self.read_number(self._skip_space(nxt.end(), 1))
            if isinstance(cand, Number) and cand.value > low.value and self._measure(self._skip_space(cand.end, 1), cand)[0]:
                return cand  # "үш пен бес доллар": only with a unit, else two counts
            return None
        if low.ending in self.r.ablative:
            start = self._skip_space(low.end, 1)
            if start > low.end and start < len(text):
                cand = self.read_number(start)
                if isinstance(cand, Number) and not (cand.ending and cand.ending[0] in "ісы"):
                    kind, _, unit_end = self._measure(self._skip_space(cand.end, 1), cand)
                    after = self._next_word(unit_end)
                    # "700-ден 2000 АЕК-ке дейін" is a range; "53530-дан 66913 теңгеге
                    # жетті" (rose from … to …) is two figures.
                    if (kind or cand.ending in self.r.dative) and after and after.group().lower() in UP_TO:
                        if self._change_after(after.end()):
                            return None  # "32-ден 25-ке дейін төмендеді": a change from one level to another
                        _share_scale(low, cand)
                        return cand
        return None

    def _year_then_count(self, start: int, low: Number, high_start: int, high: Number) -> bool:
        """``2022 – 2 100, 2023 – 2 450``: a year as a label and its count after a dash, not
        a range. A year is never written with a thousands space, a count of thousands often
        is, so a plain four-digit year before a grouped number is read as two figures; a
        real range groups both ends alike ("1 900 – 2 450", "2023–2025"). A round hundred may
        be a sum written ungrouped ("Выплачено 2000 – 2 500 тенге"): a range unless the dates
        found it a year labelling a list."""
        if low.words or low.scaled or not (1900 <= low.value <= 2099) or not isinstance(low.value, int):
            return False
        if low.value % 100 == 0:
            return False
        if not re.fullmatch(r"\d{4}", self.text[start:low.end]):
            return False
        return bool(re.match(r"\d{1,3}[ \u00a0\u2009\u202f]\d{3}(?!\d)", self.text[high_start:high.end]))

    def _measure(self, pos: int, num: Number) -> tuple[str | None, str | None, int]:
        """What the number measures and where the figure ends: (kind, unit, end)."""
        text = self.text
        if num.ending and num.ending not in OPEN_ENDINGS:
            return None, None, num.end  # "алпыстан астам адам": the ending closes the figure
        # (money, units, percent and multipliers tried in turn: only those that may open with
        # the character at ``pos``, found in one look-up; rules_for builds them)
        for kind, table in self.r.measures.get(text[pos:pos + 1].lower(), self.r.measures_elsewhere):
            m = table.match(text, pos)
            if m is None:
                continue
            if kind == "money":
                return "money", self.r.money_codes[int(m.lastgroup[1:])], m.end()
            if kind == "quantity":
                code, end = self._compound_unit(self.r.unit_codes[int(m.lastgroup[1:])], m.end())
                return "quantity", code, end
            if kind == "percent":
                return "percent", None, m.end()
            return "multiplier", self.r.multiplier_codes[int(m.lastgroup[1:])], m.end()
        return None, None, num.end

    def _smaller_unit(self, code: str, end: int, value: float) -> tuple[int, float]:
        """``1 метр 20 сантиметр`` → 1.2 m; ``6 тонна 600 килограмм`` → 6.6 t."""
        start = self._skip_space(end, 1)
        if start == end or start >= len(self.text):
            return end, value
        nxt = self.read_number(start)
        if not isinstance(nxt, Number) or nxt.ending:
            return end, value
        m = self.r.units.match(self.text, self._skip_space(nxt.end, 1))
        factor = m and SUBUNITS.get((code, self.r.unit_codes[int(m.lastgroup[1:])]))
        if not factor:
            return end, value
        return m.end(), numbers.tidy(value + nxt.value * factor)

    def _compound_unit(self, code: str, end: int) -> tuple[str, int]:
        """``миллиграмм / литр`` → ``mg/l``; ``километр / сағат`` → ``km/h``."""
        m = PER.match(self.text, end)
        if not m:
            return code, end
        u = self.r.units.match(self.text, m.end())
        if u:
            return f"{code}/{self.r.unit_codes[int(u.lastgroup[1:])]}", u.end()
        t = PER_HOUR.match(self.text, m.end())
        if t:
            # "25,6 теңге за 1 кВт/сағ", "тариф за кВт/ч": power "per hour" is how tariffs
            # write energy (kWh), never a rate of change of power
            return _ENERGY.get(code, f"{code}/h"), t.end()
        return code, end

    def _qualifier_after(self, end: int, surface_end: str) -> tuple[int, str | None]:
        m = self._next_word(end)
        if m is None or m.start() == end:
            return end, None
        word = m.group().lower()
        # (the word after it read only when the two may make a phrase: "кем дегенде", "с лишним")
        m2 = self._next_word(m.end()) if word in self.r.after_first_words else None
        if m2 is not None and m2.start() > m.end() and f"{word} {m2.group().lower()}" in self.r.after:
            word, m = f"{word} {m2.group().lower()}", m2
        rule = self.r.after.get(word)
        if rule is None:
            return end, None
        case, qualifier = rule
        if word in self.r.degrees_only and not re.search(r"(?:градус\w*|°[CС]?)\Z", surface_end, re.I):
            return end, None
        if word in self.r.difference and surface_end.endswith(self.r.dative):
            return m.end(), JOINS  # "18 пайызға артық": 18% more, no bound
        if case == "ablative" and not surface_end.endswith(self.r.ablative):
            return end, None
        if case == "dative" and not surface_end.endswith(self.r.dative):
            return end, None
        return m.end(), qualifier or JOINS

    def _spelled_in_brackets(self, start: int, num: Number) -> tuple[str | None, str | None, int]:
        """"150 000 000 (сто пятьдесят миллионов) тенге": the amount restated in words in
        brackets, then its currency or unit; one figure, up to the unit."""
        close = self.text.find(")", start, start + 120)
        inside = self.text[start + 1:close].lower().split() if close > 0 else []
        if not inside or not all(w.isalpha() for w in inside):
            return None, None, num.end
        spelled = numbers.parse_words(inside, self.lang)
        if spelled is None or spelled.used != len(inside) or spelled.value != num.value:
            return None, None, num.end
        kind, unit, end = self._measure(self._skip_space(close + 1, 1), num)
        return (kind, unit, end) if kind in ("money", "quantity", "percent") else (None, None, num.end)

    def _verb_qualifier(self, end: int, surface_end: str) -> str | None:
        """"8 мыңнан асатын": a verb after the figure that bounds it, outside the span."""
        m = self._next_word(end)
        rule = self.r.verbs_after.get(m.group().lower()) if m is not None and m.start() > end else None
        if rule is None or rule[0] == "ablative" and not surface_end.endswith(self.r.ablative):
            return None
        return rule[1]

    def _qualifier_before(self, start: int) -> tuple[int, str | None]:
        window = self.text[max(0, start - 24):start]
        spaces = len(window.rstrip(SP_STRING))
        if spaces == len(window):
            return start, None
        # (no phrase of before_re ends where the spaces before the number start: its last one
        # or two characters are none of the phrases' tails, looked up, else searched for)
        keys = self.r.before_tail_keys
        if keys is not None:
            tail = window[max(0, spaces - 2):spaces].lower()
            if tail not in keys and tail[-1:] not in keys:
                return start, None
        elif self.r.before_tails.search(window, max(0, spaces - 2), spaces) is None:
            return start, None
        m = self.r.before_re.search(window)
        if not m:
            return start, None
        phrase = _SPACES.sub(" ", m.group(1).lower())
        return start - len(window) + m.start(1), self.r.before.get(phrase)

    def _after_from_figure(self, pos: int) -> bool:
        """Whether the figure just before ``pos`` is where a change started: in the
        ablative ("120 млрд теңгеден") or after "с"/"со"/"от" ("с 5 200 до 4 100")."""
        if not (0 < self.floor <= pos and self.text[self.floor:pos].isspace()):
            return False
        if self.lang == "ru":
            return bool(FROM_BEFORE.search(self.text, max(0, self.last_start - 4), self.last_start))
        return self.text[max(0, self.floor - 4):self.floor].lower().endswith(self.r.ablative)

    def _reached(self, start: int, end: int) -> bool:
        """Whether the span's "up to" word is the value a change reached ("выросла до
        320 тысяч", "35 пайызға дейін өседі"), which is no bound."""
        words = WORD.findall(self.text, start, end)
        if not words:
            return False
        r = self.r
        if r.reached_verbs_before and words[0].lower() in r.reached_words:
            m = r.reached_before_re.search(self.text, max(0, start - 60), start)
            if m is not None and m.group(1).lower().startswith(r.reached_verbs_before):
                return True
            # "расширили посевы до 12 тыс. га", "довела выпуск продукции до 3 тыс. тонн": the
            # verb's object stands between, in the same clause and with no figure of its own
            clause = _CLAUSE_BREAK.split(self.text[max(0, start - 50):start])[-1]
            return not any(c.isdigit() for c in clause) and any(
                w.lower().startswith(r.reached_verbs_before) for w in WORD.findall(clause)[-4:])
        if r.reached_verbs_after and words[-1].lower() in r.reached_words:
            after = self._next_word(end)
            if after is None:
                return False
            verb = after.group().lower()
            if verb.startswith(r.reached_verbs_after):
                return True
            return bool(r.reached_verbs_after_change) and verb.startswith(r.reached_verbs_after_change) and (
                self._change_converb_before(start))
        return False

    def _change_converb_before(self, start: int) -> bool:
        """Whether the sentence before ``start`` tells a change by a converb ("2,3 есе өсіп,
        …", "30 пайызға азайып, …"): then the level after it is where the change ended."""
        sentence = re.split(r"[.!?]\s|\n", self.text[max(0, start - 80):start])[-1]
        return any(w.startswith(self.r.reached_verbs_after) and w.endswith("п")
                   for w in WORD.findall(sentence.lower()))

    def _fraction(self, low: Number, end: int) -> Number | None:  # noqa: C901
        """``төрттен бірі``, ``4-тен 1-і``, ``үштен бір``, ``три четверти``: a share, read as 0.25 or 0.333…"""
        if self.r.lang == "ru":
            # a numerator in words and its denominator: "две трети", "более трёх четвертей"
            # (a number in digits has none: the denominator is not looked for after it)
            d = _RU_DENOMINATOR.match(self.text, end) if low.words else None
            if d is None or not 0 < low.value < RU_DENOMINATORS[d.group(1).lower()]:
                return None
            return Number(numbers.tidy(low.value / RU_DENOMINATORS[d.group(1).lower()]), d.end(), "", words=low.words)
        if low.ending not in self.r.ablative or not low.value:
            return None
        start = self._skip_space(end, 1)
        if start == end or start >= len(self.text):
            return None
        nxt = self.read_number(start)
        if not isinstance(nxt, Number):
            # ("төрттен бірге азаяды", "үштен екіге дейін": the dative of a numerator, which the
            # reader leaves to "бірге", together)
            d = _DATIVE_NUMERATOR.match(self.text, start)
            if d is None or not low.words or _KK_SMALL[d.group(1).lower()] >= low.value or low.value > 10:
                return None
            return Number(numbers.tidy(_KK_SMALL[d.group(1).lower()] / low.value), d.end(), d.group(2), words=low.words)
        # ("төрттен бірге азаяды", "үштен екіге дейін": by a quarter, up to two thirds)
        # (in words only: "250-ден 200-ге дейін" is a change from one count to another)
        dative = (nxt.ending in ("ге", "ке", "ға", "қа") and low.words and nxt.words and nxt.value < low.value <= 10)
        if nxt.ending[:1] not in ("і", "с", "ы") and not (not nxt.ending and nxt.value == 1) and not dative:
            return None
        return Number(numbers.tidy(nxt.value / low.value), nxt.end, nxt.ending, words=low.words)

    def scan(self) -> list[Figure]:
        out: list[Figure] = []
        self.floor = 0  # where the last figure ended: no span reaches back before it
        self.last_start = 0
        resume = 0
        text = self.text
        # where a figure may start: digits or a number word at the start of a word (the
        # starts of r.candidates, in order, found as the ends of r.candidates_after)
        starts = [m.end() for m in self.r.candidates_after.finditer(text)]
        if self.r.candidates.match(text) is not None:
            starts.insert(0, 0)
        for start in starts:
            if start < resume:
                continue
            got = self.read_figure(start)
            if isinstance(got, Figure):
                out.append(got)
                self.floor = resume = got.end
                self.last_start = got.start
            else:
                resume = got
        return out


# Frost words: "аяз" (kk), "мороз" (ru), right after the degrees or a word before them.
_CENTS_AFTER = re.compile(r"\s+(\d{1,2})\s+(?:тиын|копе(?:ек|йки|йка|йку))[^\W\d_]*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"–—]")
_SPACES = re.compile(r"\s+")


def _up_to(span: str) -> bool:
    """"до –15°С", "–35 градусқа дейін": a bound written as "up to"."""
    span = span.lower()
    return span.startswith("до ") or span.endswith(("дейін", "шейін"))


FROST_AFTER = re.compile(r"\s+(?:аяз|мороз)", re.IGNORECASE)
COLD_AFTER = re.compile(r"\s+суық(?!\w)", re.IGNORECASE)
COLD_SPAN_END = re.compile(r"(?<!\w)градус\s+суық\Z", re.IGNORECASE)
FROST_BEFORE = re.compile(r"(?<!\w)(?:аяз|мороз)\w*(?:\s+\w+)?\s+\Z", re.IGNORECASE)
# A signed temperature next in the list: "+35, түнде +20 градус", "-5, ночью -12°C".
_MONEY_BEFORE = re.compile(r"(?:(\S)|(?<![^\W\d_])(USD|EUR|KZT|RUB|CNY))[ \u00a0]?\Z")
# What a match of _MONEY_BEFORE that is read holds: a currency sign (CURRENCY_PREFIXES of
# both languages) or a letter of a code. A window before a number with none of them is not
# searched (~0.8 us at each bare number).
_MONEY_BEFORE_CHARS = frozenset(set("USDEURKZTRUBCNY") | set(rules_for("kk").money_prefix) | set(rules_for("ru").money_prefix))


def _whole_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a cell of a table row ("… | 38 | -15,6")."""
    return text.endswith(TABLE_CELLS, 0, start) and (text.startswith(TABLE_CELLS, end) or text[end:end + 1] in ("", "\n"))


_DEGREES_NEXT = re.compile(r"\s*[,;]\s*(?:[^\W\d_]+\s+){0,2}[-−+–]\d{1,2}(?:[.,]\d)?\s*(?:°|градус)", re.I)
SIGNED = re.compile(r"[-−+]|(?:до\s+)?(?:минус|плюс)", re.IGNORECASE)
_BETWEEN_RU = re.compile(r"(?<!\w)между\s+\Z", re.IGNORECASE)
_DEGREES_BEFORE = re.compile(r"°|градус|температур", re.IGNORECASE)


# The first letters of "до" and of AND_WORDS, the words _range_end reads after a number.
_RANGE_WORD_INITIALS = frozenset(w[0] for w in AND_WORDS | {"до"})


def _range_joint(text: str, pos: int) -> str:
    """The character that may join a range at ``pos``, past one space: ELLIPSIS_RANGE and
    DASH open with an optional space, then "." or "…", or a dash, so neither matches
    unless this is one of those."""
    joint = text[pos:pos + 1]
    return text[pos + 1:pos + 2] if joint in SP_CHARS else joint


def _share_scale(low: Number, high: Number) -> None:
    """"45–50 мың", "от 10 до 15 млн", "120-дан 150 млрд": the low end takes the high end's
    scale word when it has none and stays below it."""
    if high.scaled and not low.scaled and low.value * high.scale < high.value:
        low.value = numbers.tidy(low.value * high.scale)
    elif low.words and high.words and low.value < 10 and high.value in _HUNDREDS and low.value * 100 < high.value:
        low.value = low.value * 100  # "екі-үш жүз адам": two to three hundred


_HUNDREDS = frozenset(range(200, 1000, 100))
_FLIPPED = {"at_most": "at_least", "at_least": "at_most"}


def _year_range(low: Number, high: Number | None) -> bool:
    """``2023-2024 оқу жылы``: two years, whatever word follows."""
    return (
        high is not None
        and not low.words
        and all(isinstance(n.value, int) and 1900 <= n.value <= 2100 for n in (low, high))
    )
