"""Reading one number at a position: digits or words, decimals, scale words, endings.

``NumberReader.read_number`` returns a :class:`Number` or, when what stands there is
no figure (an ordinal such as ``1-орын``, a code such as ``5G``, a numeral of more
than 30 digits), the position to resume scanning from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import numbers
from extractors.figure_patterns import (
    DIGITS,
    DIGIT_RUN,
    HYPHEN_ENDING,
    PERCENT,
    QUARTER_BEFORE,
    SCALE_ABBREVIATIONS,
    SIMPLE_FRACTION,
    SPACE1,
    SPACE2,
    SP_CHARS,
    WORD,
    rules_for,
)
from extractors.lang.kk import number_words as kk_number_words
from extractors.lang.kk.suffixes import NUMERAL_ENDINGS
from extractors.lang.ru import number_words as ru_number_words
from extractors.nouns import capacity_noun

_DIGIT_NEXT = re.compile(r"\s+\d")
_WORD_BEFORE = re.compile(r"([^\s]+)\s+\Z")
_ROMAN = re.compile(r"[IVX]{1,4}")
_HYPHEN_ORDINAL = re.compile(r"\d{1,2}-[^\W\d_]{1,3}")  # "2-й", "1-ой"
RU_CARDINAL_ENDINGS = frozenset("ти ми мя ух ех ёх ум ем".split())
# A collective numeral written with digits: "2-еуі" (two of them), "4-еуге аз" (fewer by four).
COLLECTIVE_HYPHEN_ENDINGS = frozenset(
    "еу ау еуі ауы еуін ауын еуіне ауына еуінен ауынан еуінде ауында еуіміз ауымыз еуміз аумыз "
    "еуге ауға еуден "
    # "22 клубтың 6-уы": алтауы written with the digit and its last letters
    "уы уын уына уынан уында".split()
)


@dataclass
class Number:
    """A number read at some position: its value, where it ends, and what ended it."""

    value: float
    end: int
    ending: str = ""  # case ending on the number itself (80-нен, алпыстан)
    words: bool = False  # spelled out
    scaled: bool = False
    spoken_decimal: bool = False
    scale: float = 1  # the scale word's value (1000 for "15 мың"), 1 when none
    collective: bool = False  # екеуі, төртеуінде
    vague: bool = False  # "тысячи", "мыңдаған", "бірнеше жүз": at least that many
    fraction: bool = False  # "1/3", "2/3-і": a share written with a slash


# What DIGITS may read after a run of digits: a decimal or grouping comma or point, or
# one of its grouping spaces before a digit (a group of thousands) or a comma (" , 5").
_AFTER_DIGITS = frozenset(",.")
_GROUPING_SPACES = frozenset(" \u00a0\u2009\u202f")


def _digits_go_on(text: str, end: int) -> bool:
    """Whether DIGITS, matched at a run of digits ending at ``end``, may read past it: else it
    reads just the run (its alternatives for grouped digits and its decimal part all need
    one of these characters next)."""
    nxt = text[end:end + 1]
    if nxt in _AFTER_DIGITS:
        return True
    if nxt in _GROUPING_SPACES:
        after = text[end + 1:end + 2]
        return after == "," or after.isdecimal()  # (isdecimal: what \d matches)
    return False


_NOT_READ = object()  # (NumberReader._next_word: a position whose word is not read yet)
_VAGUE_MULTIPLIERS = {"kk": kk_number_words.VAGUE_MULTIPLIERS, "ru": ru_number_words.VAGUE_MULTIPLIERS}
_VAGUE = {lang: (frozenset(w.VAGUE_SCALES), frozenset(w.SEVERAL)) for lang, w in (("kk", kk_number_words),
                                                                            ("ru", ru_number_words))}


class NumberReader:
    """Reads one number (digits or words, with its scale) at a position of one text."""

    def __init__(self, text: str, lang: str, runs: list[tuple[int, int]] | None = None):
        self.text = text
        # where the run of digits starting at each position ends (``digit_runs``, when the
        # caller has them): read_number takes a plain run as it stands, without DIGITS
        self._run_ends = dict(runs) if runs is not None else {}
        self.r = rules_for(lang)
        self.lang = self.r.lang
        # the word after each position asked for: the rules ask for the same one several times
        # (the qualifier after a figure, then the verb there); one text's, dropped with it
        self._words_after: dict[int, re.Match | None] = {}
        # ("тыс" is read apart in a Kazakh text: _scale_at)
        self._scale_initials = numbers.scale_word_initials(self.lang) | {"т"}

    def _skip_space(self, pos: int, most: int = 2) -> int:
        """Past at most ``most`` (1 or 2) spaces, as SPACE1 and SPACE2 match; looked at in
        Python, which costs less than a regex call for one or two characters."""
        text = self.text
        if not 0 <= pos <= len(text):
            return (SPACE1 if most == 1 else SPACE2).match(text, pos).end()
        if text[pos:pos + 1] in SP_CHARS:
            pos += 1
            if most != 1 and text[pos:pos + 1] in SP_CHARS:
                pos += 1
        return pos

    def _next_word(self, pos: int) -> re.Match | None:
        # (looked up with a default, not caught as a KeyError: more than half the positions
        # asked are new, and an exception costs three look-ups)
        m = self._words_after.get(pos, _NOT_READ)
        if m is _NOT_READ:
            m = self._words_after[pos] = WORD.match(self.text, self._skip_space(pos))
        return m

    def _words_from(self, pos: int, most: int = 14) -> list[re.Match]:
        out = []
        while len(out) < most:
            m = self._next_word(pos)
            if m is None or (out and m.start() == pos):
                break
            out.append(m)
            pos = m.end()
        return out

    def read_number(self, pos: int) -> Number | None | int:
        """The number at ``pos`` with its scale words; an int means "no figure, resume there"."""
        text = self.text
        if pos >= len(text):  # a range cut off by the end of the text: "5 мен" and nothing after
            return None
        # isdecimal, not isdigit: "²" and "①" are digits to str but not to \d, so DIGITS
        # cannot read them (a unit's superscript after a space, "14 ц ²", crashed here)
        if text[pos].isdecimal():
            end = self._run_ends.get(pos)
            if end is not None and end - pos <= numbers.MAX_DIGITS and not _digits_go_on(text, end):
                # (most numbers: a run of digits that DIGITS reads whole and no further, whose
                # value digit_value reads as int; ~0.7 us less than the regex and the call)
                num = Number(int(text[pos:end]), end)
            else:
                m = DIGITS.match(text, pos)
                value = numbers.digit_value(m.group())
                if value is None:  # more than MAX_DIGITS digits: not a figure, skip the whole run
                    return DIGIT_RUN.match(text, pos).end()
                num = Number(value, m.end())
            # (each pattern opens with its character after the digits: tested first, a regex call less)
            f = SIMPLE_FRACTION.match(text, pos) if text[pos + 1:pos + 2] == "/" else None
            if f is not None:  # "1/3 бөлігі", "2/3-і": a share, read as its value
                num = Number(numbers.tidy(int(f.group("n")) / int(f.group("d"))), f.end(), fraction=True)
            h = HYPHEN_ENDING.match(text, num.end) if text[num.end:num.end + 1] == "-" else None
            if h:
                ending = h.group(1).lower()
                if self.lang == "kk" and (ending in NUMERAL_ENDINGS or ending in COLLECTIVE_HYPHEN_ENDINGS):
                    num.ending, num.end = ending, h.end()
                    return num
                # Russian: 2-х, 5-ти, 3-мя are cardinals in a case; 5-е, 2-го, 1990-х ordinals,
                # and so is "-х" after a number not ending in 2, 3 or 4 ("11-х классов": of the
                # eleventh grades; двух, трёх, четырёх are the cardinals written so)
                if self.lang == "ru" and (ending in RU_CARDINAL_ENDINGS or ending == "х" and num.value < 1000
                                          and num.value % 10 in (2, 3, 4) and num.value % 100 not in (12, 13, 14)):
                    num.end = h.end()
                    return num
                if capacity_noun(ending, self.lang, hyphen=True) and not _DIGIT_NEXT.match(text, h.end()):
                    # "300-местная школа", "300-орындық": the adjective is the count's unit (but
                    # "11-сыныпты 84 түлек бітірді": the eleventh grade, another count after it)
                    return num
                return h.end()  # 1-орын, 3-сынып, 1-ші, 2-й: ordinals and compounds
            if num.end < len(text) and text[num.end].isalpha():
                if not (self.r.units.match(text, num.end) or self.r.money.match(text, num.end)
                        or PERCENT.match(text, num.end) or self._scale_at(num.end)):
                    return WORD.match(text, num.end).end()  # 5G, 3D, A320-style codes
            return self._add_scale(num)
        opening = self._next_word(pos)
        if opening is None:
            return None
        first = opening.group().lower()
        if "-" in first and not first.endswith("-ақ"):
            parts = first.split("-")
            a = numbers.analyse_word(parts[0], self.lang)
            b = numbers.analyse_word(parts[1], self.lang) if len(parts) == 2 else None
            if a is None or b is None or parts[0].startswith("бір") and parts[1].startswith("бір") or "нөл" in parts[1]:
                return opening.end()  # бір-бірі (each other) and other compounds
            return Number(a.value, opening.start() + len(parts[0]), "", words=True)
        if first in SCALE_ABBREVIATIONS:
            return opening.end()  # "млрд" needs a number before it
        if first.startswith("тоқсан") and QUARTER_BEFORE.search(self.text, max(0, pos - 16), pos):
            return opening.end()  # "бірінші тоқсанда", "III тоқсан": a quarter of the year, not 90
        if first not in _VAGUE_MULTIPLIERS[self.lang] and numbers.parse_words([first], self.lang) is None:
            # Most word candidates open no number ("бірақ", "жүзеге"): parse_words reads the
            # first word alone to tell (None for it is None for any words after it), and the
            # next thirteen words are not read (~8 us a candidate)
            return opening.end()
        words = self._words_from(pos)  # (opening first)
        vague_scale = self._vague_multiplier(words)
        if vague_scale is not None:
            return vague_scale
        parsed = numbers.parse_words([w.group().lower() for w in words], self.lang)
        if parsed is None:
            return words[0].end()
        if self.lang == "ru" and numbers.analyse_word(first, self.lang).cls == numbers.FRACTION and self._ordinal_before(pos):
            return words[0].end()  # "первая половина года", "во II четверти": a part of a period
        if parsed.used < len(words) and not parsed.ending and numbers.is_ordinal_word(words[parsed.used].group(), self.lang):
            return words[parsed.used].end()  # жиырма жетінші, екі мың он сегізінші
        scale = next((s for s in (1e12, 1e9, 1e6, 1e3) if parsed.value >= s), 1)
        vague_words = _VAGUE[self.lang]
        before = self.text[max(0, pos - 16):pos].split()[-1:]
        vague = first in vague_words[0] or before and before[0].lower() in vague_words[1]
        return Number(parsed.value, words[parsed.used - 1].end(), parsed.ending, words=True,
                       scaled=scale > 1, spoken_decimal=parsed.spoken_decimal, scale=scale,
                       collective=parsed.collective, vague=bool(vague))

    def _ordinal_before(self, pos: int) -> bool:
        """Whether an ordinal (a word, or Roman or hyphenated digits) stands right before ``pos``."""
        m = _WORD_BEFORE.search(self.text, max(0, pos - 24), pos)
        if m is None:
            return False
        w = m.group(1)
        return bool(_ROMAN.fullmatch(w) or _HYPHEN_ORDINAL.fullmatch(w)) or numbers.is_ordinal_word(w, self.lang)

    def _vague_multiplier(self, words: list[re.Match]) -> Number | None:
        """``жүздеген мың``, ``десятки тысяч``: a vague numeral times the larger scale word
        right after it, at least that many (one figure, not two)."""
        factor = _VAGUE_MULTIPLIERS[self.lang].get(words[0].group().lower())
        if factor is None or len(words) < 2 or not self.text[words[0].end():words[1].start()].isspace():
            return None
        rest = numbers.parse_words([w.group().lower() for w in words[1:]], self.lang)
        scale = numbers.analyse_word(words[1].group(), self.lang, first=False)
        if rest is None or scale is None or scale.cls != numbers.SCALE or scale.value <= factor:
            return None
        value = numbers.tidy(factor * rest.value)
        return Number(value, words[rest.used].end(), rest.ending, words=True, scaled=True,
                      scale=next(s for s in (1e12, 1e9, 1e6, 1e3) if value >= s), vague=True)

    def _scale_at(self, pos: int) -> tuple[float, int, str] | None:
        # The word after most numbers is no scale word ("2026 жылы", "45 адам", "%"): its
        # first letter tells, before the word is matched, split and looked up (~1.5 us, at
        # each number read). (A word's first letter in lower case is the lower-cased word's.)
        if self.text[pos:pos + 1].lower()[:1] not in self._scale_initials:
            return None
        m = WORD.match(self.text, pos)
        if not m:
            return None
        word, _, hyphen_ending = m.group().partition("-")
        if self.lang == "kk" and m.group().lower() == "тыс":
            # a Kazakh text quoting Russian: "45 тыс. тонн" (only right after a number: the
            # Kazakh "тыс" is "outside", "кезектен тыс")
            end = m.end() + (self.text[m.end():m.end() + 1] == ".")
            return 1_000, end, ""
        w = numbers.analyse_word(word, self.lang)
        if w is None or w.cls != numbers.SCALE:
            return None
        if hyphen_ending:  # "2 млн-ға", "1,5 млрд-тан"
            if hyphen_ending.lower() not in NUMERAL_ENDINGS or w.ending:
                return None
            return w.value, m.end(), hyphen_ending.lower()
        end = m.end()
        if end < len(self.text) and self.text[end] == "." and m.group().lower() in ("тыс", "млн", "млрд", "трлн"):
            end += 1
        return w.value, end, w.ending

    def _add_scale(self, num: Number) -> Number:
        """``1,5 млрд`` → 1.5e9; ``4 млн 273 тыс.`` → 4273000; ``8 мың 450`` → 8450."""
        text = self.text
        after = num.end + 1 if text[num.end:num.end + 1] in SP_CHARS else num.end  # (_skip_space(num.end, 1))
        # (_scale_at's first test made here: most numbers have no scale word, and the two calls cost ~0.4 us)
        if text[after:after + 1].lower()[:1] not in self._scale_initials:
            return num
        sc = self._scale_at(after)
        if not sc:
            return num
        scale, end, ending = sc
        num.value = numbers.tidy(num.value * scale)
        num.end, num.ending, num.scaled, num.scale = end, ending, True, scale
        # "2 млрд 350 млн 600 тыс. тенге": each further group takes a smaller scale word
        while not num.ending:
            nxt = self._skip_space(num.end, 1)
            m = DIGITS.match(self.text, nxt) if nxt < len(self.text) and self.text[nxt].isdigit() else None
            if not (m and m.group().isdigit() and len(m.group()) <= 3 and nxt == num.end + 1):
                break
            sc2 = self._scale_at(self._skip_space(m.end(), 1))
            if sc2 and sc2[0] < scale:
                scale = sc2[0]
                num.value = numbers.tidy(num.value + int(m.group()) * scale)
                num.end, num.ending = sc2[1], sc2[2]
                continue
            if not sc2 and scale == 1000 and not HYPHEN_ENDING.match(self.text, m.end()):
                num.value = numbers.tidy(num.value + int(m.group()))
                num.end = m.end()
            break
        return num
