"""Reading numbers: digit strings and spelled-out Kazakh and Russian number words.

Pure functions over already-cut surfaces; the figure rules decide where a number
starts and ends. Kazakh number words carry case endings on their last word
(``алпыстан``, ``мыңға``, ``бірі``); :func:`analyse_word` splits a word into its
value and ending from the data in ``extractors/lang/*/number_words.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.lang.kk import number_words as kk_words
from extractors.lang.kk.suffixes import NUMERAL_ENDINGS
from extractors.lang.ru import multipliers as ru_multipliers
from extractors.lang.ru import number_words as ru_words

# A numeral of more than this many digits is not a figure (record contract).
MAX_DIGITS = 30

UNIT, TEN, HUNDRED, SCALE, ZERO, HALF = "unit", "ten", "hundred", "scale", "zero", "half"
FRACTION = "fraction"  # "треть", "половина": a share on its own, never part of a longer number
# Russian writes 200–900 as one word ("пятьсот"): hundreds with their count inside,
# which may open a number or follow a scale word ("две тысячи пятьсот").
HUNDREDS = "hundreds"
# Russian "десяток" (a ten) counts tens: "полтора десятка" = 15, "два десятка" = 20.
TENS = "tens"


@dataclass(frozen=True)
class Word:
    """One number word: its value, its class in the grammar and any ending it carries."""

    value: float
    cls: str
    ending: str = ""
    collective: bool = False


def _cls(value: float) -> str:
    if value == 0:
        return ZERO
    if value < 10:
        return UNIT
    if value < 100:
        return TEN
    if value == 100:
        return HUNDRED
    return SCALE


_COLLECTIVE_ENDINGS = ("", "і", "ін", "іне", "інен", "інің", "інде", "міз", "іміз", "ы", "ын", "ына", "ынан", "ының", "ында",
                       "мыз", "ымыз", "ге", "ға", "ден", "дан")


@lru_cache(maxsize=None)
def _kk_forms() -> dict[str, Word]:
    """Every Kazakh numeral surface we accept, built once: base forms times endings."""
    forms: dict[str, Word] = {}
    endings = [""] + sorted(NUMERAL_ENDINGS)
    for stem, value in kk_words.NUMBER_WORDS.items():
        for e in endings:
            if e.startswith(("ау", "еу")):
                continue  # collective endings go with COLLECTIVE_WORDS below
            forms.setdefault(stem + e, Word(value, _cls(value), e))
    for stem, value in kk_words.COLLECTIVE_WORDS.items():
        for e in _COLLECTIVE_ENDINGS:
            if stem == "біреу" and e in ("", "ге", "ден"):
                continue  # біреу, біреуге, біреуден: "someone"; біреуі is "one of them"
            forms.setdefault(stem + e, Word(value, UNIT, e or "еу", collective=True))
    for word, value in kk_words.HALF_WORDS.items():
        for e in ("", "сы", "сын", "сына", "сынан", "сының", "сында"):
            forms[word + e] = Word(value, HALF, e)
    return forms


@lru_cache(maxsize=None)
def _kk_first_forms() -> dict[str, Word]:
    """The forms a number may start with: not онда, үшін, бірден, жүзі (жер жүзі)."""
    forms = dict(_kk_forms())
    for w in kk_words.NOT_NUMBERS:
        forms.pop(w, None)
    return forms


@lru_cache(maxsize=None)
def _ru_forms() -> dict[str, Word]:
    forms = {w: Word(v, HUNDREDS if 200 <= v <= 900 else _cls(v)) for w, v in ru_words.NUMBER_WORDS.items()}
    forms.update({w: Word(v, HALF) for w, v in ru_words.HALF_WORDS.items()})
    forms.update({w: Word(v, SCALE) for w, v in ru_words.HALF_SCALE_WORDS.items()})
    forms.update({w: Word(v, _cls(v)) for w, v in ru_multipliers.MULTIPLIER_WORDS.items()})
    forms.update({w: Word(v, UNIT) for w, v in ru_words.COLLECTIVE_WORDS.items()})
    forms.update({w: Word(10, TENS) for w in ru_words.TENS_WORDS})
    forms.update({w: Word(v, FRACTION) for w, v in ru_words.FRACTION_WORDS.items()})
    for w in ru_words.NOT_NUMBERS:
        forms.pop(w, None)
    return forms


def analyse_word(word: str, lang: str, first: bool = True) -> Word | None:
    """The number a single word stands for, or None. ``word`` is matched in lower case.

    ``first=False`` reads a word inside a number, where ``бірден`` (from one, not
    "at once") and ``жүзі`` (its hundred, not "face") are numerals.
    """
    forms = _ru_forms() if lang == "ru" else (_kk_first_forms() if first else _kk_forms())
    word = word.lower()
    if lang == "ru":
        return forms.get(word.replace("ё", "е"))
    if word.endswith("-ақ"):
        w = forms.get(word[:-3])
        return Word(w.value, w.cls, "-ақ", w.collective) if w else None
    return forms.get(word)


@lru_cache(maxsize=None)
def scale_word_initials(lang: str) -> frozenset[str]:
    """The first letters (lower case) of every word ``analyse_word(word, lang)`` reads as a
    scale word (мың, млн, тысяча, …): a word starting with none of them is none (Russian
    reads "ё" as "е", so "ё" stands for "е")."""
    forms = _ru_forms() if lang == "ru" else _kk_first_forms()
    initials = {w[0] for w, v in forms.items() if v.cls == SCALE}
    if lang == "ru" and "е" in initials:
        initials.add("ё")
    return frozenset(initials)


@lru_cache(maxsize=None)
def number_word_stems(lang: str) -> tuple[str, ...]:
    """Base forms a number word may start with, longest first (for a fast pre-filter)."""
    forms = _ru_forms() if lang == "ru" else _kk_first_forms()
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=None)
def _ordinal_re(lang: str) -> re.Pattern:
    if lang == "ru":
        return re.compile(ru_words.ORDINAL_PATTERN + r"$")
    stems = "|".join(sorted(kk_words.NUMBER_WORDS, key=len, reverse=True))
    return re.compile(kk_words.ORDINAL_PATTERN.format(stems=stems) + r"$")


def is_ordinal_word(word: str, lang: str) -> bool:
    """``жетінші``, ``оныншы``, ``двадцатого``: an ordinal number word."""
    return _ordinal_re(lang).match(word.lower()) is not None


# ---------------------------------------------------------------- digits

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
_NON_DIGITS = re.compile(r"\D+")
_GROUPING_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f")  # (deleted: digit_value)


def digit_value(surface: str) -> int | float | None:
    """Value of a digit surface: ``1 500`` → 1500, ``62,2`` → 62.2, ``1.500.000`` → 1500000.

    Decimal separators are a comma (Kazakh and Russian) or a point; spaces, NBSP and
    dots followed by exactly three digits group thousands. None for more than
    ``MAX_DIGITS`` digits.
    """
    if surface.isdecimal():  # most numbers: plain digits, what the steps below come to
        return int(surface) if len(surface) <= MAX_DIGITS else None
    # Most of the others: thousands grouped by spaces ("1 500") or one decimal comma ("62,2"),
    # read here as the steps below read them (~1.5 us less each: the regex and the replaces)
    grouped = surface.translate(_GROUPING_SPACES)
    if grouped.isdecimal():
        return int(grouped) if len(grouped) <= MAX_DIGITS else None
    whole, comma, frac = surface.partition(",")
    if comma and whole.isdecimal() and frac.isdecimal() and len(surface) <= MAX_DIGITS:
        return float(f"{whole}.{frac}")
    return _digit_value_in_full(surface)


def _digit_value_in_full(surface: str) -> int | float | None:
    """:func:`digit_value` step by step, for any surface DIGITS reads."""
    if surface.isdecimal():
        return int(surface) if len(surface) <= MAX_DIGITS else None
    s = _SPACES.sub(" ", surface.strip())
    s = s.replace(" , ", ",").replace(" ,", ",")
    if len(s) > MAX_DIGITS and len(_NON_DIGITS.sub("", s)) > MAX_DIGITS:
        return None
    s = s.replace(" ", "")
    if s.count(",") > 1:  # 1,500,000
        return int(s.replace(",", "").replace(".", ""))
    if "," in s:
        whole, _, frac = s.partition(",")
        whole = whole.replace(".", "")
        return float(f"{whole}.{frac}") if frac else int(whole)
    if "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts[1]) == 3 and parts[0] not in ("0", "")):
            return int("".join(parts))
        return float(s)
    return int(s)


def tidy(value: float) -> int | float:
    """An integral float as int (1500.0 → 1500; 512,7 × 10⁹ → 512700000000, not …00006),
    others rounded away from binary noise."""
    if isinstance(value, int):
        return value
    nearest = round(value)
    if abs(value - nearest) <= 1e-9 * max(1.0, abs(value)) and abs(value) < 1e18:
        return int(nearest)
    return round(value, 10)


# ---------------------------------------------------------------- word sequences


@dataclass
class Parsed:
    value: float
    used: int  # how many words were consumed
    ending: str  # the ending on the last word
    spoken_decimal: bool = False
    collective: bool = False


def parse_words(words: list[str], lang: str, spoken_decimals: bool = True) -> Parsed | None:
    """Read the longest number at the start of ``words`` (lower-case word strings).

    ``қырық сегіз миллион`` → 48000000, ``екі бүтін оннан бір миллиард`` →
    2100000000, ``мың жарым`` → 1500, ``двадцать пять`` → 25. A word with an
    ending ends the number (``алпыстан астам`` stops after ``алпыстан``).
    """
    total = 0.0
    current = 0.0
    last_cls: str | None = None
    last_scale = float("inf")
    used = 0
    ending = ""
    collective = False
    i = 0
    while i < len(words):
        w = analyse_word(words[i], lang, first=not used)
        if w is None and used and lang == "ru" and current and words[i] == "с" and words[i + 1:i + 2] == ["половиной"]:
            current += 0.5  # "две с половиной тысячи" = 2500, "три с половиной" = 3.5
            used = i = i + 2
            last_cls = UNIT  # only a scale may follow
            continue
        if w is None:
            half_ending = _half_ending(words[i]) if used and lang == "kk" else None
            if half_ending is not None:
                # "бір жарым" = 1.5; "мың жарым" = 1000 + 500
                if current:
                    current += 0.5
                elif last_scale != float("inf"):
                    total += last_scale * 0.5
                else:
                    break
                used = i + 1
                ending = half_ending
                last_cls = UNIT  # only a scale may follow
                i += 1
                if half_ending:
                    break
                continue
            if used and words[i] in kk_words.DECIMAL_POINT_WORDS and lang == "kk":
                frac = _fraction(words[i + 1 :], lang)
                if frac is None:
                    break
                value, n = frac
                current += value
                used = i + 1 + n
                i = used
                last_cls = UNIT  # only a scale may follow
                continue
            if spoken_decimals and used and lang == "kk" and words[i] in kk_words.SPOKEN_DECIMAL_WORDS and i + 1 < len(words):
                nxt = parse_words(words[i + 1 : i + 3], lang, spoken_decimals=False)
                if nxt is not None and not nxt.spoken_decimal and nxt.value >= 1 and last_cls in (UNIT, TEN, ZERO):
                    digits = len(str(int(nxt.value)))
                    current += nxt.value / 10**digits
                    return Parsed(tidy(total + current), i + 1 + nxt.used, nxt.ending, spoken_decimal=True)
            break
        if w.cls == FRACTION:
            if not used:  # "треть жителей"; after a numeral ("две трети") the denominator
                current, used = w.value, 1
            break
        if w.cls == HALF:
            if used:
                break
            current = w.value
            used = i = 1
            ending = w.ending
            last_cls = UNIT  # "жарты миллион", "полтора миллиона": only a scale may follow
            if w.ending:
                break
            continue
        if w.cls == SCALE:
            ok = not used or (current > 0 and w.value < last_scale)
        elif w.cls == TENS and not used:
            # "около десятка семей" is about ten; "десятки жителей", "несколько десятков" are
            # tens, and "в десятку лучших" the top ten: none a count of ten
            ok = words[i] in ru_words.TENS_FIRST
        else:
            ok = _follows(last_cls, w.cls)
        if not ok:
            break
        if w.cls in (UNIT, TEN, ZERO, HUNDREDS):
            current += w.value
        elif w.cls == HUNDRED:
            current = (current or 1) * 100
        elif w.cls == TENS:
            current = (current or 1) * 10
        else:
            total += (current or 1) * w.value
            current = 0
            last_scale = w.value
        last_cls = w.cls
        used = i + 1
        ending = w.ending
        collective = w.collective
        i += 1
        if w.ending and w.ending not in ("-ақ",):
            break
    if not used:
        return None
    return Parsed(tidy(total + current), used, ending, collective=collective)


def _half_ending(word: str) -> str | None:
    """The ending of ``жарым`` (half, after a number), or None for another word."""
    if not word.startswith(kk_words.HALF_AFTER):
        return None
    rest = word[len(kk_words.HALF_AFTER):]
    return rest if rest == "" or rest in NUMERAL_ENDINGS else None


def _follows(prev: str | None, cls: str) -> bool:
    if prev is None:
        return True
    if cls == ZERO:
        return False
    if cls == UNIT:
        return prev in (TEN, HUNDRED, HUNDREDS, SCALE)
    if cls == TEN:
        return prev in (HUNDRED, HUNDREDS, SCALE)
    if cls == HUNDRED:
        return prev in (UNIT, SCALE)
    if cls == HUNDREDS:
        return prev == SCALE
    if cls == TENS:
        return prev == UNIT
    return prev in (UNIT, TEN, HUNDRED, HUNDREDS, SCALE, ZERO)


def _fraction(words: list[str], lang: str) -> tuple[float, int] | None:
    """``оннан бір`` → (0.1, 2): the part after бүтін, denominator first.

    Speech often drops the denominator (``тоқсан үш бүтін төрт`` = 93.4): then the
    digits of the fraction decide it.
    """
    if not words:
        return None
    denom = kk_words.FRACTION_DENOMINATORS.get(words[0])
    skip = 1 if denom else 0
    rest = []
    for w in words[skip:skip + 3]:
        a = analyse_word(w, lang)
        if a is None or a.cls == SCALE:
            break
        rest.append(w)
    num = parse_words(rest, lang, spoken_decimals=False)
    if num is None:
        return None
    if denom is None:
        denom = 10 ** len(str(int(num.value)))
    return num.value / denom, skip + num.used
