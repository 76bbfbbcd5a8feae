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
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from extractors import numbers
from extractors.lang.kk import currencies as kk_currencies
from extractors.lang.kk import multipliers as kk_multipliers
from extractors.lang.kk.indefinite_article import INDEFINITE_ARTICLE
from extractors.lang.kk import not_figure_words as kk_not_figure
from extractors.lang.kk import qualifiers as kk_qualifiers
from extractors.lang.kk import units as kk_units
from extractors.lang.kk.suffixes import NUMERAL_ENDINGS
from extractors.lang.ru import currencies as ru_currencies
from extractors.lang.ru import multipliers as ru_multipliers
from extractors.lang.ru import not_figure_words as ru_not_figure
from extractors.lang.ru import qualifiers as ru_qualifiers
from extractors.lang.ru import units as ru_units
from extractors.nouns import counted_noun

L = r"[^\W\d_]"  # a letter
_W = rf"{L}*(?:-{L}+)?"  # the rest of an inflected word, maybe with a hyphenated ending
_B = rf"(?!{L})(?:-{L}{{1,6}}(?!{L}))?"  # end of an abbreviation, maybe with a hyphenated ending
_SP = r"[ \t\u00a0\u202f]"

DIGITS = re.compile(
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d{1,3}(?:\.\d{3})+(?![\d.]\d)|\d+)"
    r"(?:[,.]\d+| , \d{1,2}(?!\d))?"  # "5 , 3" is how KazNERD tokens spell 5,3
)
_SPACE1 = re.compile(rf"{_SP}?")
_SPACE2 = re.compile(rf"{_SP}{{0,2}}")
DIGIT_RUN = re.compile(r"[\d \u00a0\u202f.,]*\d")
WORD = re.compile(rf"{L}+(?:-{L}+)*")
DASH = re.compile(rf"{_SP}?[-–—]{_SP}?")
HYPHEN_ENDING = re.compile(rf"-({L}{{1,8}})(?!{L})")
# A larger unit followed by a smaller one in one quantity, and the smaller one's share.
SUBUNITS = {("m", "cm"): 0.01, ("m", "mm"): 0.001, ("km", "m"): 0.001, ("t", "kg"): 0.001, ("kg", "g"): 0.001}
PER = re.compile(rf"{_SP}?/{_SP}?")
PER_HOUR = re.compile(rf"(?:сағат|сағ|час|ч)(?!{L})", re.I)
PERCENT = re.compile(rf"%{_B}|(?:пайыз|процент){_W}|проц\.", re.I)
# Spans no figure may come from: times of day, numeric dates, phone numbers. (Codes
# such as COVID-19 never start a candidate: a digit after a hyphen is not one.)
BLOCKED = re.compile(
    r"(?=[\d+])(?:"
    r"\b\d{1,2} ?: ?\d{2}(?::\d{2})?\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|(?:\+7|\b8)[\s(-]{0,2}\d{3,5}[\s)-]{1,2}\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b"
    r"|\b\d{2,3}-\d{2}-\d{2}\b)"
)
# A short quotation is a name («Бес әлеуметтік бастама», «1 белдеу, 1 жол»): a bare
# number in it counts nothing. Quoted speech is longer or holds a sentence end.
QUOTED_NAME = re.compile(r"«[^«»\n.!?]{1,60}»|“[^“”\n.!?]{1,60}”")
# "«…», — деді": a quotation that is speech, whatever its length.
SPEECH_AFTER = re.compile(r"\s*(?:,\s*)?(?:[—–-]|деп|деді|дейді|депті|дейт|деген екен)")
NUMBER_SIGN = re.compile(r"(?:№|No\.?)\s?\Z")


@dataclass
class Figure:
    kind: str
    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    scale: float = 1  # the scale word's value (1e9 for "17,6 миллиард"), 1 when none


def _compile_table(table, flags=re.I) -> tuple[re.Pattern, list[str]]:
    parts, codes = [], []
    for i, (pattern, code) in enumerate(table):
        parts.append(f"(?P<g{i}>{pattern.replace('W', _W).replace('B', _B)})")
        codes.append(code)
    return re.compile("|".join(parts), flags), codes


class Rules:
    """Compiled rules for one language."""

    def __init__(self, lang: str, units: ModuleType, currencies: ModuleType, quals: ModuleType, not_fig: ModuleType,
                 multipliers: ModuleType):
        self.lang = lang
        self.units, self.unit_codes = _compile_table(units.UNITS)
        self.multipliers, self.multiplier_codes = _compile_table(multipliers.MULTIPLIERS)
        self.money, self.money_codes = _compile_table(currencies.CURRENCIES)
        self.money_prefix = currencies.CURRENCY_PREFIXES
        self.not_figure = re.compile(
            "(?:" + "|".join(p.replace("W", _W).replace("B", _B) for p in not_fig.NOT_FIGURE_WORDS) + rf")(?!{L})",
            re.I,
        )
        q = quals.QUALIFIERS
        before = sorted(q["before"], key=len, reverse=True)
        self.before = q["before"]
        self.before_re = re.compile(
            rf"(?<!{L})(" + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in before) + rf"){_SP}+\Z", re.I
        )
        self.after = q["after"]
        self.approx_endings = tuple(q["approx_endings"])
        self.ablative = tuple(q["ablative"])
        self.dative = tuple(q["dative"])
        stems = sorted({w[:3] for w in numbers.number_word_stems(lang)}, key=len, reverse=True)
        first = "".join(sorted({c for s in stems for c in (s[0].lower(), s[0].upper())}))
        # The character class first lets the regex engine skip most positions fast.
        self.candidates = re.compile(
            rf"(?<![\w\-])(?:\d|(?=[{first}])(?:{'|'.join(map(re.escape, stems))}))", re.I
        )


@lru_cache(maxsize=None)
def rules_for(lang: str) -> Rules:
    if lang == "ru":
        return Rules("ru", ru_units, ru_currencies, ru_qualifiers, ru_not_figure, ru_multipliers)
    return Rules("kk", kk_units, kk_currencies, kk_qualifiers, kk_not_figure, kk_multipliers)


@dataclass
class _Number:
    """A number read at some position: its value, where it ends, and what ended it."""

    value: float
    end: int
    ending: str = ""  # case ending on the number itself (80-нен, алпыстан)
    words: bool = False  # spelled out
    scaled: bool = False
    spoken_decimal: bool = False
    scale: float = 1  # the scale word's value (1000 for "15 мың"), 1 when none
    collective: bool = False  # екеуі, төртеуінде


class Scanner:
    """Reads the figures of one text in one language."""

    def __init__(self, text: str, lang: str, taken: list[tuple[int, int]]):
        self.text = text
        self.r = rules_for(lang)
        self.lang = self.r.lang
        self.blocked = _merge(list(taken) + [m.span() for m in BLOCKED.finditer(text)])
        self.blocked_starts = [s for s, _ in self.blocked]
        self.names = [m.span() for m in QUOTED_NAME.finditer(text) if not SPEECH_AFTER.match(text, m.end())]
        self.name_starts = [s for s, _ in self.names]

    # ------------------------------------------------------------ helpers

    def _skip_space(self, pos: int, most: int = 2) -> int:
        return (_SPACE1 if most == 1 else _SPACE2).match(self.text, pos).end()

    def _next_word(self, pos: int) -> re.Match | None:
        return WORD.match(self.text, _SPACE2.match(self.text, pos).end())

    def _words_from(self, pos: int, most: int = 14) -> list[re.Match]:
        out = []
        while len(out) < most:
            m = self._next_word(pos)
            if m is None or (out and m.start() == pos):
                break
            out.append(m)
            pos = m.end()
        return out

    def _overlaps_blocked(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.blocked_starts, end) - 1
        return i >= 0 and self.blocked[i][1] > start

    # ------------------------------------------------------------ numbers

    def read_number(self, pos: int) -> _Number | None | int:
        """The number at ``pos`` with its scale words; an int means "no figure, resume there"."""
        text = self.text
        if text[pos].isdigit():
            m = DIGITS.match(text, pos)
            value = numbers.digit_value(m.group())
            if value is None:  # more than MAX_DIGITS digits: not a figure, skip the whole run
                return DIGIT_RUN.match(text, pos).end()
            num = _Number(value, m.end())
            h = HYPHEN_ENDING.match(text, num.end)
            if h:
                ending = h.group(1).lower()
                # Russian digits take hyphenated endings only as ordinals: 5-е, 2-го, 1990-х.
                if self.lang == "kk" and (ending in NUMERAL_ENDINGS or ending in ("еуі", "еуіміз", "еуміз", "ауы")):
                    num.ending, num.end = ending, h.end()
                    return num
                return h.end()  # 1-орын, 3-сынып, 1-ші, 2-й: ordinals and compounds
            if num.end < len(text) and text[num.end].isalpha():
                if not (self.r.units.match(text, num.end) or self.r.money.match(text, num.end)
                        or PERCENT.match(text, num.end) or self._scale_at(num.end)):
                    return WORD.match(text, num.end).end()  # 5G, 3D, A320-style codes
            return self._add_scale(num)
        words = self._words_from(pos)
        if not words:
            return None
        first = words[0].group().lower()
        if "-" in first and not first.endswith("-ақ"):
            parts = first.split("-")
            a = numbers.analyse_word(parts[0], self.lang)
            b = numbers.analyse_word(parts[1], self.lang) if len(parts) == 2 else None
            if a is None or b is None or parts[0].startswith("бір") and parts[1].startswith("бір") or "нөл" in parts[1]:
                return words[0].end()  # бір-бірі (each other) and other compounds
            return _Number(a.value, words[0].start() + len(parts[0]), "", words=True)
        if first in _SCALE_ABBREVIATIONS:
            return words[0].end()  # "млрд" needs a number before it
        parsed = numbers.parse_words([w.group().lower() for w in words], self.lang)
        if parsed is None:
            return words[0].end()
        if parsed.used < len(words) and not parsed.ending and numbers.is_ordinal_word(words[parsed.used].group(), self.lang):
            return words[parsed.used].end()  # жиырма жетінші, екі мың он сегізінші
        scale = next((s for s in (1e12, 1e9, 1e6, 1e3) if parsed.value >= s), 1)
        return _Number(parsed.value, words[parsed.used - 1].end(), parsed.ending, words=True,
                       scaled=scale > 1, spoken_decimal=parsed.spoken_decimal, scale=scale,
                       collective=parsed.collective)

    def _scale_at(self, pos: int) -> tuple[float, int, str] | None:
        m = WORD.match(self.text, pos)
        if not m:
            return None
        w = numbers.analyse_word(m.group(), self.lang)
        if w is None or w.cls != numbers.SCALE:
            return None
        end = m.end()
        if end < len(self.text) and self.text[end] == "." and m.group().lower() in ("тыс", "млн", "млрд", "трлн"):
            end += 1
        return w.value, end, w.ending

    def _add_scale(self, num: _Number) -> _Number:
        """``1,5 млрд`` → 1.5e9; ``4 млн 273 тыс.`` → 4273000."""
        sc = self._scale_at(self._skip_space(num.end, 1))
        if not sc:
            return num
        scale, end, ending = sc
        num.value = numbers.tidy(num.value * scale)
        num.end, num.ending, num.scaled, num.scale = end, ending, True, scale
        if not ending:
            nxt = self._skip_space(end, 1)
            m = DIGITS.match(self.text, nxt) if nxt < len(self.text) and self.text[nxt].isdigit() else None
            if m and len(m.group()) <= 3:
                sc2 = self._scale_at(self._skip_space(m.end(), 1))
                if sc2 and sc2[0] < scale:
                    num.value = numbers.tidy(num.value + int(m.group()) * sc2[0])
                    num.end, num.ending = sc2[1], sc2[2]
        return num

    # ------------------------------------------------------------ figures

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
        last = high or low
        end = last.end
        if self._overlaps_blocked(pos, end) or NUMBER_SIGN.search(text, max(0, pos - 4), pos):
            return end
        after = self._skip_space(end, 1)
        kind, unit, end = self._measure(after, last)
        if kind is None and pos > 0 and text[pos - 1] in self.r.money_prefix:
            kind, unit, pos = "money", self.r.money_prefix[text[pos - 1]], pos - 1
        if kind is None:
            if last.spoken_decimal and not last.scaled:
                return last.end  # "бір де бір" is no decimal
            fraction = self._fraction(low, last.end)
            if fraction:
                low = last = fraction
            end = last.end
            if self._not_a_count(pos, last):
                return self._past_range(end)
            kind = "number"
        multiplier = None
        if kind == "multiplier":
            kind, multiplier = "number", unit
        value, value_max = low.value, high.value if high else None
        if value_max is not None and value_max < value:  # "сексеннен алпысқа дейін"
            value, value_max = value_max, value
        if kind == "quantity" and high is None:
            end, value = self._smaller_unit(unit, end, value)
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
            end, qualifier = q_end, (qualifier if q is _JOINS else q)
        if kind == "number" and self.r.not_figure.match(text, self._skip_space(end, 1)):
            return end  # "он шақты күн": a duration
        if high is not None:
            f = _FROM.search(text, max(0, pos - 4), pos)
            if f and self._next_word(low.end) is not None and self._next_word(low.end).group().lower() == "до":
                pos = f.start()
        q_start, q = self._qualifier_before(pos)
        if q_start < pos:
            if text[q_start:pos].lower().startswith("минус"):
                value, value_max = -value, (-value_max if value_max is not None else None)
            pos, qualifier = q_start, q or qualifier
        if kind == "number":
            # "төрттен бірі келді", "екеуі жеңді": a numeral with its own case or
            # possessive ending is a pronoun; the next word is no counted noun.
            closed = last.ending and last.ending not in _OPEN_ENDINGS and end == last.end
            unit = multiplier or (None if closed else self._counted_noun(end))
        return Figure(kind, pos, end, value, value_max, unit, qualifier, last.scale)

    def _range_end(self, low: _Number, start: int) -> _Number | int | None:
        """The high end of ``10-15``, ``45 – 50 мың``, ``80-нен 60``, ``3 пен 5 доллар``, ``от 10 до 15``."""
        text = self.text
        d = DASH.match(text, low.end)
        if d and not low.ending and d.end() < len(text) and (text[d.end()].isdigit() or low.words):
            cand = self.read_number(d.end())
            if isinstance(cand, int) and cand > d.end():
                return cand  # 2005 – 2018-інші: a range of ordinals or years
            if isinstance(cand, _Number) and cand.value > low.value:
                if cand.scaled and not low.scaled and low.value * cand.scale < cand.value:
                    low.value = numbers.tidy(low.value * cand.scale)
                return cand
            return None
        nxt = self._next_word(low.end) if not low.ending else None
        if nxt is not None and nxt.group().lower() == "до" and _FROM.search(text, max(0, start - 4), start):
            cand = self.read_number(self._skip_space(nxt.end(), 1))
            if isinstance(cand, _Number) and cand.value > low.value:
                if cand.scaled and not low.scaled and low.value * cand.scale < cand.value:
                    low.value = numbers.tidy(low.value * cand.scale)
                return cand  # "от 10 до 15 млн тенге"
            return None
        if nxt is not None and nxt.group().lower() in _AND_WORDS:
            cand = self.read_number(self._skip_space(nxt.end(), 1))
            if isinstance(cand, _Number) and cand.value > low.value and self._measure(self._skip_space(cand.end, 1), cand)[0]:
                return cand  # "үш пен бес доллар": only with a unit, else two counts
            return None
        if low.ending in self.r.ablative:
            start = self._skip_space(low.end, 1)
            if start > low.end and start < len(text):
                cand = self.read_number(start)
                if isinstance(cand, _Number) and not (cand.ending and cand.ending[0] in "ісы"):
                    kind = self._measure(self._skip_space(cand.end, 1), cand)[0]
                    if kind or cand.ending in self.r.dative:
                        return cand  # "700-ден 2000 АЕК-ке дейін", "сексеннен алпысқа"
        return None

    def _past_range(self, end: int) -> int:
        """Where to resume after a rejected number: past "– 26-сы" of "25-і – 26-сы" too."""
        d = DASH.match(self.text, end)
        if d and d.end() < len(self.text):
            nxt = self.read_number(d.end())
            if isinstance(nxt, _Number):
                return nxt.end
        return end

    def _not_a_count(self, pos: int, last: _Number) -> bool:
        """A number with no unit that is a date, a time, an age, a name or the article бір."""
        after = self._skip_space(last.end, 1)
        if self.r.not_figure.match(self.text, after) or self._time_before(pos) or self._date_before(pos):
            return True
        if self._in_name(pos, last.end) or self._in_quoted_name(pos):
            return True
        if last.ending in _LOCATIVE:
            return True  # "жасы отызда", "2017-де": an age or a year, not a count
        if last.ending in _POSSESSIVE_LOCATIVE and not last.collective and 2 <= last.value <= 31:
            return True  # "жиырма төртінде": on the 24th (but "бірінде", "екеуінде" count)
        return self.lang == "kk" and last.words and last.value == 1 and self._article(pos, last.end)

    def _measure(self, pos: int, num: _Number) -> tuple[str | None, str | None, int]:
        """What the number measures and where the figure ends: (kind, unit, end)."""
        text = self.text
        if num.ending and num.ending not in _OPEN_ENDINGS:
            return None, None, num.end  # "алпыстан астам адам": the ending closes the figure
        m = self.r.money.match(text, pos)
        if m:
            return "money", self.r.money_codes[int(m.lastgroup[1:])], m.end()
        m = self.r.units.match(text, pos)
        if m:
            code, end = self._compound_unit(self.r.unit_codes[int(m.lastgroup[1:])], m.end())
            return "quantity", code, end
        m = PERCENT.match(text, pos)
        if m:
            return "percent", None, m.end()
        m = self.r.multipliers.match(text, pos)
        if m:
            return "multiplier", self.r.multiplier_codes[int(m.lastgroup[1:])], m.end()
        return None, None, num.end

    def _smaller_unit(self, code: str, end: int, value: float) -> tuple[int, float]:
        """``1 метр 20 сантиметр`` → 1.2 m; ``6 тонна 600 килограмм`` → 6.6 t."""
        start = self._skip_space(end, 1)
        if start == end or start >= len(self.text):
            return end, value
        nxt = self.read_number(start)
        if not isinstance(nxt, _Number) or nxt.ending:
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
            return f"{code}/h", t.end()
        return code, end

    def _qualifier_after(self, end: int, surface_end: str) -> tuple[int, str | None]:
        m = self._next_word(end)
        if m is None or m.start() == end:
            return end, None
        word = m.group().lower()
        m2 = self._next_word(m.end())
        if m2 is not None and m2.start() > m.end() and f"{word} {m2.group().lower()}" in self.r.after:
            word, m = f"{word} {m2.group().lower()}", m2
        rule = self.r.after.get(word)
        if rule is None:
            return end, None
        case, qualifier = rule
        if case == "ablative" and not surface_end.endswith(self.r.ablative):
            return end, None
        if case == "dative" and not surface_end.endswith(self.r.dative):
            return end, None
        return m.end(), qualifier or _JOINS

    def _qualifier_before(self, start: int) -> tuple[int, str | None]:
        window = self.text[max(0, start - 24):start]
        m = self.r.before_re.search(window)
        if not m:
            return start, None
        phrase = re.sub(r"\s+", " ", m.group(1).lower())
        return start - len(window) + m.start(1), self.r.before.get(phrase)

    def _fraction(self, low: _Number, end: int) -> _Number | None:
        """``төрттен бірі``, ``4-тен 1-і``: one quarter, read as 0.25."""
        if low.ending not in self.r.ablative or not low.value:
            return None
        start = self._skip_space(end, 1)
        if start == end or start >= len(self.text):
            return None
        nxt = self.read_number(start)
        if not isinstance(nxt, _Number) or not nxt.ending or nxt.ending[0] not in "ісы":
            return None
        return _Number(numbers.tidy(nxt.value / low.value), nxt.end, nxt.ending, words=low.words)

    def _article(self, start: int, end: int) -> bool:
        """``белгілі бір``, ``бір кездері``: the indefinite article, not one."""
        before = re.search(rf"({L}+){_SP}+\Z", self.text[max(0, start - 20):start])
        if before and before.group(1).lower() in INDEFINITE_ARTICLE["before"]:
            return True
        after = self._next_word(end)
        return bool(after and after.group().lower() in INDEFINITE_ARTICLE["after"])

    def _date_before(self, start: int) -> bool:
        """``мамырдың 25-і``: a day after a month in the genitive."""
        before = re.search(rf"({L}+){_SP}+\Z", self.text[max(0, start - 20):start])
        if not before:
            return False
        word = before.group(1)
        return word.lower().endswith(("дың", "дің", "ның", "нің", "тың", "тің")) and bool(
            self.r.not_figure.fullmatch(word)
        )

    def _time_before(self, start: int) -> bool:
        """``сағат 10-да``, ``таңғы жетіден``: a time of day."""
        return self.text[max(0, start - 8):start].lower().rstrip().endswith(_TIME_BEFORE)

    def _in_quoted_name(self, pos: int) -> bool:
        i = bisect.bisect_right(self.name_starts, pos) - 1
        return i >= 0 and self.names[i][1] > pos

    def _in_name(self, start: int, end: int) -> bool:
        """``« 111 »``, ``Superjet 100``, ``КОВИД – он тоғыз``: part of a name, not a count."""
        before = self.text[max(0, start - 12):start]
        after = self.text[end:end + 12]
        if before.rstrip().endswith(("«", '"', "“")) and after.lstrip().startswith(("»", '"', "”")):
            return True
        m = _NAME_BEFORE.search(before)
        return bool(m) or bool(_LATIN_AFTER.match(after))

    def _counted_noun(self, end: int) -> str | None:
        m = self._next_word(end)
        if m is None or (m.start() == end and self.text[end - 1] != "."):
            return None
        if self.lang == "ru" and _RU_ADJECTIVE.search(m.group().lower()):
            noun = self._next_word(m.end())  # "140 населенных пунктов": the noun is пункт
            if noun is not None and noun.start() > m.end():
                m = noun
        if numbers.analyse_word(m.group(), self.lang) is not None:
            return None
        return counted_noun(m.group(), self.lang)

    def scan(self) -> list[Figure]:
        out: list[Figure] = []
        floor = 0
        for m in self.r.candidates.finditer(self.text):
            if m.start() < floor:
                continue
            got = self.read_figure(m.start())
            if isinstance(got, Figure):
                out.append(got)
                floor = got.end
            else:
                floor = got
        return out


# Endings after which a unit may still follow: 4-ақ метр, мыңдаған шақырым, 300-дей тонна.
_OPEN_ENDINGS = frozenset("-ақ ақ даған деген таған теген дай дей тай тей".split())
_FROM = re.compile(r"(?<![^\W\d_])[Оо]т[ \u00a0]\Z")
_SCALE_ABBREVIATIONS = frozenset("тыс млн млрд трлн".split())
_TIME_BEFORE = ("сағат", "сағ.", "таңғы", "кешкі", "түнгі", "түскі", "в")[:-1]
# A Latin word or a capitalised abbreviation (with a dash) right before: a model name.
_NAME_BEFORE = re.compile(r"(?:\b[A-Za-z]{2,}|\b[A-Z]|\b[А-ЯЁӘҒҚҢӨҰҮҺІ]{1,6})[ \u00a0]?(?:[-–—][ \u00a0]?)?\Z")
_LATIN_AFTER = re.compile(r"[ \u00a0]?[A-Za-z]{2,}")
_RU_ADJECTIVE = re.compile(r"(?:ых|их|ые|ый|ая|яя|ое|ого|ому|ыми|ими)$")
_AND_WORDS = frozenset("мен пен бен и".split())
_JOINS = "joins"  # a word that belongs to the span without qualifying the figure
_LOCATIVE = frozenset("да де та те нда нде дағы дегі тағы тегі".split())
_POSSESSIVE_LOCATIVE = frozenset("інде ында сында сінде індегі ындағы".split())


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
