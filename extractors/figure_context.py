"""Figures read in the light of their neighbours, after the grammar has found them.

What a single figure cannot tell by itself:

- an elided currency: ``39,1 миллиард теңге болса, 8 айда 17,6 миллиард`` (the
  second sum is tenge too), a currency after a parenthesis
  (``17,6 миллиард (НКИ 91,7 %) теңге``), named later (``2,4 млрд жоспар болса, 2,48 млрд
  теңге``) or around a bare sum in a list (``2,1 млрд, неналоговые – 45 млн, … 7,6 млрд тенге``);
- a rate or a yield said in words (``секундына 574 текше метр``, ``гектарына 14,3 центнер``);
- list markers (``1. Ауыл…``) and page furniture: bare numbers on a line with no words besides dates (view
  counters such as ``390 0``, a lone ``2019`` under a headline);
- the noun of a bare count from around it: numbers listed before the one that carries the
  unit (``60 және 30 пайыз``, ``5 и 10 домов``), the noun named with ``саны`` /
  ``количество`` (``елді мекендер саны 42-ге жетті``), the whole's noun for a part after
  "of them" (``27 мектеп бар, оның 21-і``, ``356 обращений, из которых 298``).
"""
from __future__ import annotations

import re

from extractors import numbers
from extractors.figure_patterns import FROM_BEFORE, PERCENT as PERCENT_SIGN, RU_ADJECTIVE, Figure, rules_for
from extractors.lang.kk.check_words import CHECK_WORDS as _KK_WORDS
from extractors.lang.kk.counted_nouns import GENITIVE_PRONOUNS as KK_GENITIVE_PRONOUNS
from extractors.lang.kk import not_figure_words as _KK_NOT_FIGURE
from extractors.lang.kk.date_words import MONTHS as _KK_MONTHS
from extractors.lang.ru import not_figure_words as _RU_NOT_FIGURE
from extractors.lang.ru.check_words import CHECK_WORDS as _RU_WORDS
from extractors.kk_noun_phrase import possessive_numeral
from extractors.table_rows import TABLE_CELLS, is_header
from extractors.nouns import compound_noun, counted_noun, is_kazakh_adjective, russian_plural_genitive_noun

# Where a list item's number may stand inside a line: after a clause ("…; 2) …") or a
# sentence ("… . 2. …").
_ITEM_AFTER_CLAUSE = re.compile(r"[;:.!?]\s*\Z")
_ITEM_AFTER_SENTENCE = re.compile(r"[.!?]\s*\Z")
_PAREN = re.compile(r"\s*\([^()\n]{0,40}\)\s*")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_LETTER = re.compile(r"[^\W\d_]")
_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
_TO = re.compile(r"\s+до\s+(?:[^\W\d_]+\s+)?")
_NEXT_WORD = re.compile(r"\s{1,2}([^\W\d_]+)")
# Kazakh finite and participle verb endings; a count's noun does not end so.
_VERB = re.compile(r"(?:ылды|ілді|алды|елді|ады|еді|йды|йді|ған|ген|қан|кен|ып|іп|уда|уде|мақ|мек|ла|ле|ло|ли|ет|ит|ут|ют|ат|ят)$")
# A yield written with its area in words: "гектарына 14,3 центнер", "әр гектардан 18
# центнер", "с каждого гектара по 18 центнеров", "14 центнер гектарынан". The hectare word
# must stand alone: "12 мың гектарына 14 тонна" is an amount for a whole area.
_PER_HECTARE_UNITS = {"c": "c/ha", "t": "t/ha"}
_HECTARE_BEFORE = re.compile(
    r"(?:(?:әр|әрбір|бір)\s+гектар(?:ға|дан)|гектар(?:ына|ынан))(?:\s+[^\W\d_]+){0,4}\s+\Z"
    r"|(?:с|на)\s+(?:каждого\s+|одного\s+|1\s+)?(?:гектара|га)(?:\s+[^\W\d_]+){0,4}\s+\Z",
    re.IGNORECASE)
_AREA_COUNT = re.compile(r"(?:\d|мың|млн|миллион|тысяч\w*|тыс\.)\s*\Z", re.IGNORECASE)
_HECTARE_AFTER = re.compile(r"\s*(?:/\s*гектар\w*|\s(?:әр\s+)?гектар(?:ына|ынан|дан)\b|\s+с\s+(?:каждого\s+)?гектара\b)",
                            re.IGNORECASE)
# A rate written with its time in words: "секундына 15 метр", "сағатына 60 шақырым",
# "120 кубометров в секунду".
_RATE_UNITS = {"m": ("m/s", None), "m3": ("m3/s", "m3/h"), "km": (None, "km/h")}
_PER_SECOND = re.compile(r"секундына\s", re.IGNORECASE)
_PER_HOUR = re.compile(r"сағатына\s", re.IGNORECASE)
_RU_PER = re.compile(r"\s+в\s+(?P<unit>секунду|час)(?!\w)", re.IGNORECASE)
# A sum with a scale this large and no unit is money when its sentence says so.
_MONEY_SCALE = 1_000_000


def _of_them_re(words: tuple[str, ...]) -> re.Pattern:
    """"Of them" (the words given, then "ішінде" optionally) right before a figure."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?:\s+ішінде)?[\s,:–—-]*\Z", re.IGNORECASE)


# "оның 21-і", "из которых 298", "в том числе 12 тяжких": a part of a whole just counted
_OF_THEM = {"kk": _of_them_re(_KK_WORDS["of_them"]), "ru": _of_them_re(_RU_WORDS["of_them"])}
_OF_THEM_WORDS = {False: tuple(_KK_WORDS["of_them"]), True: tuple(_RU_WORDS["of_them"])}


def apply_context(text: str, figures: list[Figure], lang: str, taken: list[tuple[int, int]]) -> list[Figure]:
    rules = rules_for(lang)
    out = []
    last_money: Figure | None = None
    prose: tuple[int, int] | None = None  # the last line of prose found to be no furniture (_prose_line)
    for i, f in enumerate(figures):
        if f.kind == "number" and f.unit is None and i + 1 < len(figures):
            _from_to(text, f, figures[i + 1])
            if f.unit is None and f.qualifier is None and f.value_max is None and text[f.end - 1].isdigit():
                carrier = _listed_with_unit(text, figures, i)
                if carrier is not None:
                    _inherit(f, carrier)
        if f.kind == "number" and f.scale >= _MONEY_SCALE and (f.unit is None or _verb_after(text, f.end)):
            currency = (_currency_after_paren(text, f.end, rules) or _same_sentence_money(text, last_money, f)
                        or _later_money(text, figures, i) or _between_money(text, last_money, figures, i)
                        or _part_of_money(text, last_money, out, f))
            if currency:
                f.kind, f.unit = "money", currency
        elif f.kind == "number" and f.unit is None and f.scale >= 1000:
            # "выросла на 15 тыс. тенге – до 285 тыс.": thousands take the currency only from
            # a sum in thousands of it just before, in the same sentence
            # ("Средняя зарплата – 285 тыс., в сельском хозяйстве – 210 тыс. тенге": or from the
            # next sum in thousands)
            currency = _same_sentence_money(text, last_money, f) or _later_money(text, figures, i)
            if currency:
                f.kind, f.unit = "money", currency
        if f.kind == "money":
            last_money = f
        if f.unit in _PER_HECTARE_UNITS and (_per_hectare(text, f) or _after_yield(text, out, f)):
            f.unit = _PER_HECTARE_UNITS[f.unit]
        if f.unit in _RATE_UNITS:
            f.unit = _rate(text, f) or f.unit
        if f.kind == "number" and f.unit is None and f.qualifier is None and _furniture_line(text, f, taken):
            continue
        # (the segment of furniture is found once for both tests: it was looked for twice a figure;
        # and not at all for a figure on a line of prose already found to be no furniture)
        if not (prose is not None and prose[0] <= f.start and f.end <= prose[1]):
            segment = _segment(text, f, 300)
            prose = _prose_line(text, f, lang, segment)
            if prose is None and segment is not None and (_furniture_labelled(text, f, lang, segment)
                                                          or _furniture_counter(text, f, taken, segment)):
                continue
        if f.kind == "number" and _list_marker(text, f):
            continue
        out.append(f)
    if TABLE_CELLS in text:
        out = _table_columns(text, out, lang)
    for i, f in enumerate(out):
        if f.kind == "number" and f.unit is None and f.value >= 1:
            f.unit = _counted_by_name(text, f, lang)
            prev = out[i - 1] if i else None
            if (f.unit is None and prev is not None and prev.kind == "number" and prev.unit is not None
                    and FROM_BEFORE.search(text, max(0, prev.start - 4), prev.start)
                    and (text[prev.end:f.start].isspace() and text[f.start:f.start + 3].lower() == "до "
                         or _TO.fullmatch(text, prev.end, f.start))):
                f.unit = prev.unit  # "Число ДТП снизилось с 45 до 38": the end of a range counts as its start
            elif (f.unit is None and prev is not None and prev.kind == "number" and prev.unit is not None
                  and text[prev.end:f.start].isspace() and _KK_FROM.search(text, prev.start, prev.end) and _KK_TO.search(text, f.start, f.end)):
                f.unit = prev.unit  # "оқиғалар саны 32-ден 25-ке дейін төмендеді": likewise
            elif (f.unit is None and prev is not None and prev.kind == "number" and prev.unit is not None
                  and _AGAINST.fullmatch(text, prev.end, f.start) and not _ON_BASE.search(text, max(0, prev.start - 4), prev.start)):
                f.unit = prev.unit  # "47 порывов газопровода против 63 в 2023 году": set against the same count
            elif (f.unit is None and prev is not None and prev.kind == "number" and prev.unit is not None
                  and f.scale > 1 and (_BY_BEFORE.search(text, max(0, prev.start - 4), prev.start)
                                       and _REACHED.fullmatch(text, prev.end, f.start)
                                       or _REACHED_KK.fullmatch(text, prev.end, f.start)
                                       and _REACHED_KK_AFTER.match(text, f.end))):
                # "увеличилось на 2 100 голов и достигло 112,4 тыс.", "2 100 басқа көбейіп, 112,4
                # мыңға жетті": the level a change by an amount reached
                f.unit = prev.unit
    _parts_of_wholes(text, out, lang)
    _same_indicator(text, out, lang)
    return out


# "на 2 100 голов и достигло 112,4 тыс.": a change by an amount, then the level it reached
_BY_BEFORE = re.compile(r"(?<![^\W\d_])на\s+\Z", re.IGNORECASE)
_REACHED_KK = re.compile(
    rf"\s+[^\W\d_]*(?:ға|ге|қа|ке)\s+(?:{'|'.join(_KK_WORDS['rise'] + _KK_WORDS['fall'])})[^\W\d_]*,?\s+", re.IGNORECASE)
_ON_BASE = re.compile(r"(?<![^\W\d_])на\s+\Z", re.IGNORECASE)  # "6,1 на 10 тыс. жителей против 7,3": a rate's base
_AGAINST = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?против\s+", re.IGNORECASE)
_KK_FROM = re.compile(r"(?:дан|ден|тан|тен|нан|нен)\Z", re.IGNORECASE)
_KK_TO = re.compile(r"(?:ға|ге|қа|ке)(?:\s+дейін)?\Z", re.IGNORECASE)
_REACHED_KK_AFTER = re.compile(r"[^\W\d_]*\s*(?:жет|асты|асып|дейін)", re.IGNORECASE)
_REACHED = re.compile(r"\s+[^\W\d_]+(?:\s*,)?\s+(?:и\s+)?(?:составил[аои]?|достиг(?:ла|ло|ли)?)\s+", re.IGNORECASE)
# (furniture labels, "read also" openers) of each language, the other's too: sites mix them
_FURNITURE = {
    lang: (tuple(a.FURNITURE_LABELS + b.FURNITURE_LABELS), tuple(a.READ_ALSO + b.READ_ALSO))
    for lang, a, b in (("kk", _KK_NOT_FIGURE, _RU_NOT_FIGURE), ("ru", _RU_NOT_FIGURE, _KK_NOT_FIGURE))
}
# (both kinds of each language in one tuple, joined once: each figure's line is tested)
_FURNITURE_OPENERS = {lang: labels + read_also for lang, (labels, read_also) in _FURNITURE.items()}
# counters written number first ("1 245 рет оқылды", "356 просмотров"), both languages' words
_COUNTER_WORDS = frozenset(_KK_NOT_FIGURE.FURNITURE_COUNTERS + _RU_NOT_FIGURE.FURNITURE_COUNTERS)
_COUNTER_NUMBER = re.compile(r"[\d\s\u00a0\u202f.,]+")
_COUNTER_LINE = 60  # a counter line is short: a number and two or three words
# furniture glued to an article's last line starts after its last sentence
_SENTENCE_BREAK = re.compile(r"[.!?…»]\s+")
_COUNTER = re.compile(r"[\s•*–—-]*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:(]?\s*\d|.*[|•]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:(]?\s*\d",
                      re.IGNORECASE)
_TABLE_REACH = 60
_HEADER_WORD = re.compile(r"[^\W\d_]+\.?|%", re.IGNORECASE)
def _table_columns(text: str, figures: list[Figure], lang: str) -> list[Figure]:
    """"Показатель | План, млн тенге | Факт, млн тенге | %": a table's header gives the unit
    of the bare numbers in its columns ("2 450" under "млн тенге" is 2,45 billion tenge,
    "102,5" under "%" a percent). The header is the first row of the table, when it holds
    no digits; rows of another number of cells are left alone. A scale word of a header
    ("Алқап, мың га") is the columns' unit, no figure of its own."""
    headers: dict[int, list[tuple[str, str | None, float]] | None] = {}
    tops: dict[int, int] = {}  # a row's start → its header's: rows of one table share it
    dropped: set[int] = set()
    for f in figures:
        if _header_row(text, f.start) or _label_scale(text, f, lang):
            dropped.add(id(f))
            continue
        if f.kind != "number" or f.unit is not None or f.value_max is not None:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if TABLE_CELLS not in line:
            continue
        top = tops.get(line_start)
        if top is None:
            top = tops[line_start] = _table_top(text, line_start, tops)
        if top not in headers:
            headers[top] = _header_units(text, top, lang)
        columns = headers[top]
        if columns is None or line_start == top:
            continue
        cells = line.split(TABLE_CELLS)
        if len(cells) != len(columns):
            continue
        k = text[line_start:f.start].count(TABLE_CELLS)
        kind, unit, scale = columns[k]
        if kind is None and k > 0:
            kind, unit, scale = _label_unit(cells[0], lang)  # "Посевная площадь, га | 12 500 | 13 100"
        if kind is None or text[f.start:f.end].strip() != cells[k].strip():
            continue  # only a cell that is the bare number itself
        f.kind, f.unit = kind, unit
        if scale != 1 and f.scale == 1:
            f.value = numbers.tidy(f.value * scale)
            f.scale = scale
    return [f for f in figures if id(f) not in dropped] if dropped else figures


def _label_scale(text: str, f: Figure, lang: str) -> bool:
    """"Мал басы, мың бас | 12,4 | 13,0": the scale word of a row's label, no figure."""
    if re.search(r"\d", text[f.start:f.end]):
        return False
    first = _HEADER_WORD.match(text, f.start)
    if first is None or not _scale_word(first.group(), lang):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    return (TABLE_CELLS not in text[line_start:f.start]
            and TABLE_CELLS in text[f.end:len(text) if line_end < 0 else line_end])


def _header_row(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a table row with no digits that another table row follows."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        return False
    row = text[start:end]
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1:len(text) if nxt_end < 0 else nxt_end]
    return TABLE_CELLS in row and TABLE_CELLS in nxt and is_header(text, start)


def _table_top(text: str, line_start: int, tops: dict[int, int]) -> int:
    """Where the header of the table row at ``line_start`` begins: the nearest row above it
    with no digits (a table may follow another in one block), else the block's first row.
    ``tops`` holds the answers for rows already seen: the row above's is this row's."""
    top = line_start
    for _ in range(_TABLE_REACH):  # bounded: a table of thousands of rows stays linear
        if top == 0:
            break
        prev_start = text.rfind("\n", 0, top - 1) + 1
        prev = text[prev_start:top - 1]
        if TABLE_CELLS not in prev:
            break
        if is_header(text, prev_start):
            return prev_start
        if prev_start in tops:
            return tops[prev_start]
        top = prev_start
    return top


def _header_units(text: str, top: int, lang: str) -> list[tuple[str | None, str | None, float]] | None:
    """Per column of the header row at ``top``: (kind, unit, scale), or None for the row when
    it is no header (it holds digits)."""
    end = text.find("\n", top)
    row = text[top:len(text) if end < 0 else end]
    if not is_header(text, top):
        return None
    return [_cell_unit(cell, lang) for cell in row.split(TABLE_CELLS)]


def _cell_unit(cell: str, lang: str) -> tuple[str | None, str | None, float]:
    """(kind, unit, scale) a header cell ("Факт, млн тенге") or a row's label ("Посевная
    площадь, тыс. га") gives the bare numbers under or beside it."""
    rules = rules_for(lang)
    scale = 1.0
    for w in _HEADER_WORD.findall(cell):
        if _scale_word(w, lang):
            scale = numbers.analyse_word(w.rstrip(".").lower(), lang).value
    money = _at_word(rules.money, cell)
    unit = _at_word(rules.units, cell)
    if money:
        return "money", rules.money_codes[int(money.lastgroup[1:])], scale
    if PERCENT_SIGN.search(cell):
        return "percent", None, 1.0
    if unit:
        return "quantity", rules.unit_codes[int(unit.lastgroup[1:])], scale
    return None, None, 1.0


def _label_unit(label: str, lang: str) -> tuple[str | None, str | None, float]:
    """What a row's label says its figures measure, named after its last comma or in closing
    brackets ("Объем промышленности, млн тенге", "Егіс алқабы (мың га)"); a label holding
    digits names something else ("Кредиты до 5 млн тенге")."""
    label = label.strip()
    if re.search(r"\d", label):
        return None, None, 1.0
    m = re.search(r"(?:,([^,()]*)|\(([^()]*)\))\s*\Z", label)
    if m is None:
        return None, None, 1.0
    tail = m.group(1) or m.group(2) or ""
    found = _cell_unit(tail, lang)
    if found[0] is not None:
        return found
    # "Поголовье КРС, тыс. голов", "Жұмыс орындары, адам": the counted noun alone
    ws = [w for w in _HEADER_WORD.findall(tail) if not _scale_word(w, lang)]
    noun = counted_noun(ws[0], lang) if len(ws) == 1 else None
    scales = [numbers.analyse_word(w.rstrip(".").lower(), lang).value
              for w in _HEADER_WORD.findall(tail) if _scale_word(w, lang)]
    return ("number", noun, scales[-1] if scales else 1.0) if noun is not None else found


_WORD_START = re.compile(r"(?<![^\W\d_])[^\s\d]")


def _at_word(pattern: re.Pattern, cell: str) -> re.Match | None:
    """The first match of a unit or currency pattern (written to follow a number) that
    begins a word of ``cell``: "л" must not be found inside "жыл"."""
    for w in _WORD_START.finditer(cell):
        m = pattern.match(cell, w.start())
        if m is not None:
            return m
    return None


def _scale_word(w: str, lang: str) -> bool:
    word = numbers.analyse_word(w.rstrip(".").lower(), lang)
    return word is not None and word.cls == numbers.SCALE


# "елді мекендер саны 42-ге жетті", "жұмыссыздар саны биыл 312": the noun whose number a
# figure gives, named before "саны" (kk) or after "количество/число/численность" (ru), with
# at most three words (the verb, a date word) between it and the figure.
_NUMBER_OF_KK = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+саны(?:[\s,]+[^\W\d_]+){0,3}\s*[–—:-]?\s*\Z",
                           re.IGNORECASE)
_NUMBER_OF_RU = re.compile(r"(?<![^\W\d_])(?:количество|число|численность)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?"
                           r"(?:[\s,]+[^\W\d_]+){0,3}\s*[–—:-]?\s*\Z", re.IGNORECASE)
_NUMBER_OF_WORDS = ("саны", "количеств", "числ")
# A label that opens its line or clause, optionally after "всего/итого", then a dash or colon.
_LABEL_RU = re.compile(r"(?:\A|(?<=[\n.;:•—–])|(?<=\d[.)]))\s*(?:(?:всего|итого)\s+)?([^\W\d_]{3,})\s*[–—:-]\s*\Z",
                       re.IGNORECASE)
# "…, из них индивидуальных предпринимателей – 17 392, крестьянских хозяйств – 3 518": an item of a
# list labelled by its noun (maybe after adjectives); "Оның ішінде дәрігерлер – 186": in Kazakh the
# plural, maybe with its possessive
_LIST_LABEL = re.compile(r"(?:(?<=[,;:])|(?<=из них)|(?<=в том числе)|(?<=ішінде))\s*(?:[^\W\d_]+\s+){0,3}"
                         r"([^\W\d_]{3,})\s*[–—-]\s*\Z", re.IGNORECASE)
_KK_PLURAL_LABEL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$")
_TOTAL_WORDS = frozenset(("жалпы", "барлық", "орташа", "нақты"))


def _counted_by_name(text: str, f: Figure, lang: str) -> str | None:
    """The unit of a bare number that gives the number of a noun named just before it."""
    start = max(0, f.start - 80)
    if lang == "ru" and text[f.start - 2:f.start].rstrip()[-1:] in ("–", "—", "-", ":"):
        # "Всего обращений – 540", "Заявок: 96": a label in the genitive plural, then its count
        m = _LABEL_RU.search(text, start, f.start)
        if m is not None:
            noun = russian_plural_genitive_noun(m.group(1))
            if noun is not None:
                return noun
    if text[f.start - 2:f.start].rstrip()[-1:] in ("–", "—", "-"):
        m = _LIST_LABEL.search(text, start, f.start)
        if m is not None:
            word = m.group(1).lower()
            noun = (russian_plural_genitive_noun(word) if lang == "ru"
                    else counted_noun(word, lang) if _KK_PLURAL_LABEL.search(word) else None)
            if noun is not None:
                return noun
    window = text[start:f.start].lower()
    if not any(w in window for w in _NUMBER_OF_WORDS):
        return None  # cheap test first: this runs on every bare number
    # ("Мектептер саны: 45": a colon right before the number closes the label, not a clause)
    label_end = f.start - len(text[start:f.start]) + len(text[start:f.start].rstrip().rstrip(":").rstrip())
    clause = max(text.rfind(c, start, label_end) for c in ".;!?\n:")
    before = text[max(start, clause + 1):f.start]
    if lang == "ru":
        m = _NUMBER_OF_RU.search(before)
        if m is None:
            return None
        first, second = m.group(1), m.group(2)
        unit = compound_noun(first, second, lang) if second else None
        if unit is None and second and RU_ADJECTIVE.search(first.lower()):
            unit = counted_noun(second, lang)  # "количество зарегистрированных преступлений"
        return unit or counted_noun(first, lang)  # "численность безработных составила"
    m = _NUMBER_OF_KK.search(before)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    if second.lower() in _TOTAL_WORDS:  # "жұқтырғандардың жалпы саны": the total number of them
        return counted_noun(first, lang) if first else None
    return (compound_noun(first, second, lang) if first else None) or counted_noun(second, lang)


# How many figures back a part's whole is looked for: beyond any sentence, and it keeps
# time linear in the text.
_PART_REACH = 40
# Between two parts of a list after "of them": the first's adjective (two words at most) and
# a comma or "and" ("28 государственных и 18", "60-ы ауылда, 26-сы").
_NEXT_PART = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:,\s*|\s+(?:и|және|мен|пен|бен)\s+)", re.IGNORECASE)
# What may stand between a possessive numeral and its whole: the whole's noun in the
# genitive, or a short clause and a comma.
_POSSESSED_AFTER = re.compile(
    r"(?:-?(?:ның|нің|дың|дің|тың|тің)|(?:\s+[^\W\d_][\w-]*){0,2}[^\W\d_](?:ның|нің|дың|дің|тың|тің))\s+"
    r"|(?:\s+[^\W\d_][\w-]*){1,3},\s+", re.IGNORECASE)
# A count's noun (up to three words) and a comma, between it and "of them".
_JUST_BEFORE = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,3}\s*[,:]?\s*")


def _parts_of_wholes(text: str, figures: list[Figure], lang: str) -> None:
    """"Ауданда 27 мектеп бар, оның 21-і …", "356 обращений, из которых 298 рассмотрены":
    a part that names no noun after "of them" counts what its whole counts. The whole is
    the count before it in its sentence (or, when "of them" opens the sentence, in the one
    before); when those counts name different nouns ("35 сел и 12 000 жителей, из них
    …") the part stays without a unit rather than take a guess."""
    of_them = _OF_THEM["ru" if lang == "ru" else "kk"]
    given: set[int] = set()  # the parts given their whole's noun here
    for i, f in enumerate(figures):
        if f.kind != "number" or f.unit is not None or f.value < 1:
            continue  # "оның төрттен бірі": a fraction of a whole is no count of its noun
        prev = figures[i - 1] if i else None
        if prev is not None and id(prev) in given and _NEXT_PART.fullmatch(text, prev.end, f.start):
            f.unit = prev.unit  # "из них 28 государственных и 18 частных": the next part of the list
            given.add(id(f))
            continue
        if (lang != "ru" and prev is not None and prev.kind == "number" and prev.unit is not None
                and prev.qualifier is None and prev.value > f.value and possessive_numeral(text[f.start:f.end])
                and _POSSESSED_AFTER.fullmatch(text, prev.end, f.start)):
            # "98 іс-шараның 61-і", "214 қылмыс тіркеліп, 176-сы ашылды": a numeral with the
            # possessive ending is "61 of them", of the count right before it
            f.unit = prev.unit
            given.add(id(f))
            continue
        if lang != "ru" and possessive_numeral(text[f.start:f.end]):
            noun = _genitive_whole(text, f.start)
            if noun is not None:
                # "Ауылдардың 14-інде", "жұмыс орындарының 1 120-сы": of the noun in the genitive
                f.unit = noun
                given.add(id(f))
                continue
        window = text[max(0, f.start - 40):f.start].lower()
        if not any(w in window for w in _OF_THEM_WORDS[lang == "ru"]):
            continue  # cheap test first: this runs on every bare number
        m = of_them.search(text, max(0, f.start - 40), f.start)
        if not m:
            continue
        start = _sentence_start(text, m.start())
        if not text[start:m.start()].strip():
            start = _sentence_start(text, start - 1) if start else start
        counts = []
        for g in reversed(figures[max(0, i - _PART_REACH):i]):  # back to the sentence start only
            if g.start < start:
                break
            if g.kind == "number" and g.unit is not None and g.end <= m.start():
                counts.append(g)
        counts.reverse()
        units = {g.unit for g in counts}
        if len(units) == 1:
            f.unit = units.pop()
        elif counts and _JUST_BEFORE.fullmatch(text, counts[-1].end, m.start()) and figures[i - 1] is counts[-1]:
            # "9 проектов …, трудоустроено 356 человек, из них 214": "of them" right after a
            # count and its noun points at that count
            f.unit = counts[-1].unit
        if f.unit is not None:
            given.add(id(f))


def _indicator_re(words: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])(?:[\s,–—-]+[^\W\d_]+){{0,3}}[\s,:–—-]*\Z",
                      re.IGNORECASE)


# "420 бала туылса, биыл бұл көрсеткіш 398-ге төмендеді", "Родились 420 детей. В этом году
# этот показатель составил 398": the number counts what the figure before it counted.
_THIS_INDICATOR = {"kk": _indicator_re(_KK_WORDS["this_indicator"]), "ru": _indicator_re(_RU_WORDS["this_indicator"])}
_INDICATOR_CUE = {"kk": ("көрсеткіш", "сан"), "ru": ("показател", "числ", "цифр")}


def _same_indicator(text: str, figures: list[Figure], lang: str) -> None:
    lang = "ru" if lang == "ru" else "kk"
    for i, f in enumerate(figures):
        if f.kind != "number" or f.unit is not None or not i:
            continue
        window = text[max(0, f.start - 60):f.start].lower()
        if not any(c in window for c in _INDICATOR_CUE[lang]):
            continue  # cheap test first: this runs on every bare number
        m = _THIS_INDICATOR[lang].search(text, max(0, f.start - 60), f.start)
        if m is None:
            continue
        # the latest count before the phrase, in its sentence or the one before
        start = _sentence_start(text, m.start())
        start = _sentence_start(text, start - 1) if start else 0
        for g in reversed(figures[max(0, i - _PART_REACH):i]):
            if g.start < start:
                break
            if g.end <= m.start() and g.kind == "number" and g.unit is not None:
                f.unit = g.unit
                break


_GENITIVE_BEFORE = re.compile(
    r"(?:(?P<first>[^\W\d_]+)\s+)?(?P<noun>[^\W\d_][\w-]*(?:ның|нің|дың|дің|тың|тің))\s+\Z", re.IGNORECASE)
_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\Z", re.IGNORECASE)  # (the noun's ending above)


# Not a whole: pronouns ("оның 21-і" is read as "of them" above), time words ("айдың 15-і")
_KK_GENITIVE_PRONOUNS = frozenset(_KK_WORDS["of_them"]) | KK_GENITIVE_PRONOUNS
_MONTH_BASES = frozenset(_KK_MONTHS) | {"ай", "жыл", "апта", "күн", "тоқсан"}


def _last_two_tokens(text: str, lo: int, end: int) -> int:
    """Where the last two runs of non-spaces before the spaces that end ``text[lo:end]``
    start: a match of _GENITIVE_BEFORE (a word, spaces, the noun, the spaces up to ``end``)
    holds no other space, so none starts before. Searching from there, not from ``lo``,
    finds the same match: from each of the 60 positions the pattern backtracked through
    every split of the word into stem and ending (~40 us a call, 15 us/page)."""
    i = end
    while i > lo and text[i - 1].isspace():  # (what \s matches)
        i -= 1
    while i > lo and not text[i - 1].isspace():  # the noun's run
        i -= 1
    while i > lo and text[i - 1].isspace():
        i -= 1
    while i > lo and not text[i - 1].isspace():  # the word before it
        i -= 1
    return i


def _genitive_whole(text: str, start: int) -> str | None:
    """The noun in the genitive right before a possessive numeral ("оқушылардың 300-і"),
    as a counted noun; None for pronouns, months and anything not a counted noun."""
    lo = _last_two_tokens(text, max(0, start - 60), start)
    # (the noun of a match ends where the spaces before ``start`` do, in a genitive ending:
    # looked for there first, a search of three characters; most numbers have none before them)
    noun_end = start
    while noun_end > lo and text[noun_end - 1].isspace():  # (what \s matches)
        noun_end -= 1
    if noun_end == start or _GENITIVE_END.search(text, max(lo, noun_end - 3), noun_end) is None:
        return None
    m = _GENITIVE_BEFORE.search(text, lo, start)
    if m is None or m.group("noun").lower() in _KK_GENITIVE_PRONOUNS:
        return None
    if m.group("first"):
        both = compound_noun(m.group("first"), m.group("noun"), "kk")
        if both is not None:
            return both
    noun = counted_noun(m.group("noun"), "kk")
    if noun is None or noun in _MONTH_BASES or is_kazakh_adjective(noun):
        return None  # "ең үлкендерінің бірі", "алғашқылардың бірі": one of the largest, the first
    return noun


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: where the last match of _SENTENCE_END in
    the 400 characters before it ends, 0 when none.

    Found from the end, not by a finditer of the 400 characters (~5 us a call): the last
    line break, then after it the last of each sentence mark followed by white space (what
    str.isspace tells) before ``pos``. A match ending before the line break's cannot be the
    last; a mark whose space is the line break ends with it."""
    lo = max(0, pos - 400)
    best = text.rfind("\n", lo, pos) + 1
    for mark in ".!?…":
        i = text.rfind(mark, max(lo, best), pos - 1) if pos >= 2 else -1
        while i >= 0 and not text[i + 1].isspace():
            i = text.rfind(mark, max(lo, best), i)
        if i >= 0:
            best = max(best, i + 2)
    return best


# "60 және 30 пайыз", "12 и 15%", "5, 10 и 15 тонн", "5 и 10 домов": numbers listed before
# the one that carries their unit.
_LIST_REACH = 12
_LISTED_BEFORE = re.compile(r"\s*(?:,|и|және|мен|пен|бен)\s+|,\s*", re.IGNORECASE)


def _listed_with_unit(text: str, figures: list[Figure], i: int) -> Figure | None:
    """The figure that gives a bare number its unit, when the number is listed with it."""
    j = i
    while j + 1 < min(len(figures), i + _LIST_REACH):  # bounded: a list of thousands stays linear
        nxt = figures[j + 1]
        if not _LISTED_BEFORE.fullmatch(text, figures[j].end, nxt.start) or not text[nxt.start].isdigit():
            return None
        if nxt.kind != "number":
            return nxt if nxt.kind in ("percent", "money", "quantity") and nxt.value_max is None else None
        if not text[nxt.end - 1].isdigit() or nxt.value_max is not None:
            return None  # "120 және 60-ы": a number with its own ending
        if nxt.unit is not None:
            return nxt  # "5 и 10 домов", "3 және 4 бөлмелі пәтер": the noun written once
        j += 1
    return None


_COMPARATIVES = r"(?:көп|артық|жоғары|кем|аз|төмен)"
_COMPARED_AFTER = re.compile(rf"\s+{_COMPARATIVES}(?![^\W\d_])", re.IGNORECASE)
_COMPARED_END = re.compile(rf"\s{_COMPARATIVES}$", re.IGNORECASE)


def _from_to(text: str, f: Figure, nxt: Figure) -> None:
    """``с 4,9 до 4,7 процента``, ``150 мыңнан 200 мың теңгеге``, ``с 120 до 150 млрд
    тенге``: the first number has the unit of the second, and its scale word when it
    has none of its own and the two stay within a factor of ten of each other."""
    if text[f.start:f.end].lower().endswith(_ABLATIVE) and text[f.end:nxt.start].isspace():
        # (not "2022 жылғы 3 330-дан 6,3 пайызға көп": more than it by so much, a comparison)
        # ("… 4,8 пайызға артық": the word of difference may end the percent's own span)
        if nxt.kind != "number" and not _COMPARED_AFTER.match(text, nxt.end) and not _COMPARED_END.search(text, nxt.start, nxt.end):
            _inherit(f, nxt)
        return
    if not FROM_BEFORE.search(text, max(0, f.start - 4), f.start):
        return
    # "до" is in the second figure's span when it reads as its qualifier
    gap_to = _TO.fullmatch(text, f.end, nxt.start) or (
        text[f.end:nxt.start].isspace() and text[nxt.start:nxt.start + 3].lower() == "до "
    )
    # "с 5 200 до 4 100 человек"; "выросло с 400 до 460 тысяч": the scale word written once
    if gap_to and (nxt.kind != "number" or nxt.unit or nxt.scale > 1 and f.scale == 1):
        _inherit(f, nxt)


def _inherit(f: Figure, nxt: Figure) -> None:
    f.kind, f.unit = nxt.kind, nxt.unit
    if f.scale == 1 and nxt.scale > 1 and nxt.value and 0.1 <= f.value * nxt.scale / nxt.value <= 10:
        f.value = numbers.tidy(f.value * nxt.scale)
        f.value_max = numbers.tidy(f.value_max * nxt.scale) if f.value_max is not None else None
        f.scale = nxt.scale


def _verb_after(text: str, end: int) -> bool:
    """``17,6 миллиард жұмсалды``: the word after is a verb, not a counted noun."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and _VERB.search(m.group(1).lower()))


def _currency_after_paren(text: str, end: int, rules) -> str | None:
    m = _PAREN.match(text, end)
    if not m:
        return None
    c = rules.money.match(text, m.end())
    return rules.money_codes[int(c.lastgroup[1:])] if c else None


def _same_sentence_money(text: str, money: Figure | None, f: Figure) -> str | None:
    """The currency of a money figure earlier in the sentence with the same scale word."""
    if money is None or money.scale != f.scale or f.start - money.end > 200:
        return None
    if _SENTENCE_END.search(text, money.end, f.start):
        return None
    return money.unit


def _part_of_money(text: str, money: Figure | None, out: list[Figure], f: Figure) -> str | None:
    """"Из общей суммы 1,2 млрд тенге 800 млн направлено на дороги", "4 млрд теңгенің 600
    млны": a bare sum in millions right after a sum of money in its sentence, whatever its
    scale word, is a part of it (no other figure between them)."""
    if money is None or not out or out[-1] is not money or f.start - money.end > 60:
        return None
    if _SENTENCE_END.search(text, money.end, f.start) or ";" in text[money.end:f.start]:
        return None
    return money.unit


def _after_yield(text: str, out: list[Figure], f: Figure) -> bool:
    """"гектарына 12,5 центнерден 14,3 центнерге дейін": the end of a from-to pair whose start
    is a yield per hectare is one too."""
    prev = out[-1] if out else None
    return (prev is not None and prev.unit == _PER_HECTARE_UNITS[f.unit]
            and text[prev.start:prev.end].lower().endswith(_ABLATIVE) and text[prev.end:f.start].isspace())


def _rate(text: str, f: Figure) -> str | None:
    """The unit of a figure that is a rate per second or per hour, said in words."""
    per_second, per_hour = _RATE_UNITS[f.unit]
    if _PER_SECOND.match(text, f.start):
        return per_second
    if _PER_HOUR.match(text, f.start):
        return per_hour
    m = _RU_PER.match(text, f.end)
    if m:
        return per_second if m.group("unit").lower() == "секунду" else per_hour
    return None


def _per_hectare(text: str, f: Figure) -> bool:
    """A yield: the figure's centners or tonnes are per hectare, said in words."""
    if _HECTARE_AFTER.match(text, f.end):
        return True
    start = max(0, f.start - 60)
    clause = max(text.rfind(c, start, f.start) for c in ".;!?\n")
    m = _HECTARE_BEFORE.search(text, max(start, clause + 1), f.start)
    return bool(m) and not _AREA_COUNT.search(text, max(0, m.start() - 12), m.start())


def _later_money(text: str, figures: list[Figure], i: int) -> str | None:
    """The currency of the next money figure in the sentence with the same scale word:
    ``2,4 млрд жоспар болса, 2,48 млрд теңге түсті``, ``при плане 2,4 млрд поступило 2,48
    млрд тенге`` (the first sum is written without the currency the second names)."""
    f = figures[i]
    for nxt in figures[i + 1:i + 4]:
        if nxt.start - f.end > 200 or _SENTENCE_END.search(text, f.end, nxt.start):
            return None
        if nxt.kind == "money":
            return nxt.unit if nxt.scale == f.scale or _parallel(text, f, nxt) else None
        if nxt.unit is not None or nxt.kind != "number":
            return None  # another measure stands between them
    return None


_ITEM_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"([^\W\d_]{5,})[\s\u00a0]*[–—-]?[\s\u00a0]*\Z")


def _parallel(text: str, f: Figure, nxt: Figure) -> bool:
    """Two sums as items of one list, each after a word of the same ending ("республикалық
    бюджеттен 2,4 млрд, жергілікті бюджеттен 600 млн теңге", "из республиканского бюджета –
    2,4 млрд, из местного – 600 млн тенге"), so the scale words may differ."""
    between = text[f.end:nxt.start]
    if "," not in between or len(between) > 60:
        return False
    a = _LAST_WORD.search(text, max(0, f.start - 40), f.start)
    b = _LAST_WORD.search(text, max(f.end, nxt.start - 40), nxt.start)
    if a is not None and b is not None and a.group(1)[-3:].lower() == b.group(1)[-3:].lower():
        return True
    # or the second item opens with a word (a preposition) the first has shortly before
    # its sum: "из республиканского бюджета – 2,4 млрд, из местного – 600 млн"
    first_b = _ITEM_WORD.findall(between[between.rfind(",") + 1:].lower())[:1]
    return bool(first_b) and first_b[0] in _ITEM_WORD.findall(text[max(0, f.start - 60):f.start].lower())[-4:]


def _between_money(text: str, money: Figure | None, figures: list[Figure], i: int) -> str | None:
    """A bare sum in a list between two sums of one currency in its sentence, whatever their
    scale words: "налоговые – 2,1 млрд, неналоговые – 45 млн, трансферты – 7,6 млрд тенге"."""
    f = figures[i]
    nxt = figures[i + 1] if i + 1 < len(figures) else None
    if money is None or nxt is None or nxt.kind != "money" or nxt.unit != money.unit:
        return None
    if f.start - money.end > 120 or nxt.start - f.end > 120:
        return None
    if _SENTENCE_END.search(text, money.end, f.start) or _SENTENCE_END.search(text, f.end, nxt.start):
        return None
    return money.unit


def _list_marker(text: str, f: Figure) -> bool:
    """``  1. Ауыл шаруашылығы…``, ``…; 2) отремонтировано``, ``… салынды. 2. Саябақ``: the
    number of a list item, at a line's start, or after a clause ("2)") or a sentence ("2.")."""
    mark = text[f.end:f.end + 1]
    if mark not in (".", ")") or text[f.end + 1:f.end + 2] not in (" ", "\t", "\u00a0", "\n", ""):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    if not text[line_start:f.start].strip():
        return True
    # "Всего школ: 45. В них …" states a count: a "." item follows a sentence, not a colon
    before = _ITEM_AFTER_CLAUSE if mark == ")" else _ITEM_AFTER_SENTENCE
    return f.value < 100 and f.unit is None and bool(before.search(text, max(0, f.start - 4), f.start))


def _short_line(text: str, f: Figure, most: int) -> tuple[int, int] | None:
    """The bounds of the line holding ``f``, or None when it is longer than ``most``
    characters (looked for no farther, so a text of one long line stays linear)."""
    lo = max(0, f.start - most)
    nl = text.rfind("\n", lo, f.start)
    if nl < 0 and lo > 0:
        return None
    start = nl + 1
    end = text.find("\n", f.end, start + most + 1)
    if end < 0:
        if len(text) > start + most:
            return None
        end = len(text)
    return start, end


def _segment(text: str, f: Figure, most: int) -> tuple[int, int] | None:
    """The line holding ``f`` (see :func:`_short_line`) or, when a sentence ends on it before
    ``f``, the rest of the line after that sentence: page furniture that lost its line break
    ("… жиын өткізді. 2 315 рет оқылды") starts there."""
    bounds = _short_line(text, f, most)
    if bounds is None:
        return None
    start, end = bounds
    if text[start:end].rstrip()[-1:] in (".", "!", "?", "…"):
        return start, end  # a line of prose ends so; furniture does not
    for m in _SENTENCE_BREAK.finditer(text, start, f.start):
        start = m.end()
    return start, end


def _prose_line(text: str, f: Figure, lang: str, segment: tuple[int, int] | None) -> tuple[int, int] | None:
    """The bounds of ``f``'s line when that line is prose on which neither furniture test can
    pass for any figure, else None; ``segment`` is the figure's :func:`_segment`.

    A line of at most 300 characters, with no line break inside ``f``, is the
    :func:`_short_line` of every figure within it; one that ends as a sentence does is its
    own :func:`_segment` too, whichever figure asks. Then both tests are decided by the line
    alone: :func:`_furniture_labelled` by the opener at its head, :func:`_furniture_counter`
    by its length. Most figures stand on such lines, several to a line (~15 us a page less)."""
    if segment is None or "\n" in text[f.start:f.end]:
        return None
    start, end = segment
    if (end - start > 300 or end - start <= _COUNTER_LINE or start != text.rfind("\n", 0, f.start) + 1
            or text[start:end].rstrip()[-1:] not in (".", "!", "?", "…")):
        return None
    head = text[start:start + 40].lstrip(" \t•-–—*").lower()
    if head.startswith(_FURNITURE_OPENERS["ru" if lang == "ru" else "kk"]):
        return None
    return start, end


def _furniture_counter(text: str, f: Figure, taken: list[tuple[int, int]], bounds: tuple[int, int]) -> bool:
    """A view counter written number first: "1 245 рет оқылды", "356 просмотров", the whole
    of its line or of what follows the last sentence on it, with no full stop ("Іс 3 рет
    қаралды." is prose). Only dates and separators may stand before the number. ``bounds``:
    the figure's :func:`_segment`."""
    start, end = bounds
    if end - start > _COUNTER_LINE:
        return False
    number = _COUNTER_NUMBER.match(text, f.start, end)
    rest = " ".join(text[number.end() if number else f.start:end].lower().split())
    if rest not in _COUNTER_WORDS:
        return False
    before = list(text[start:f.start])
    for s, e in taken:
        for i in range(max(s, start), min(e, f.start)):
            before[i - start] = " "
    return not re.search(r"\w", "".join(before))


def _furniture_labelled(text: str, f: Figure, lang: str, bounds: tuple[int, int]) -> bool:
    """A figure on a line of page furniture: a view or comment counter ("Просмотров: 2 345 |
    Комментарии: 5", "Қаралым саны: 1 234"), or a "read also" line with another article's
    headline ("Читайте также: …", "Оқи отырыңыз: …"). The line may also be what follows the
    article's last sentence ("… совещание. Прочитано 1 245 раз"). ``bounds``: the figure's
    :func:`_segment`."""
    start, end = bounds
    head = text[start:start + 40].lstrip(" \t•-–—*").lower()
    labels, read_also = _FURNITURE["ru" if lang == "ru" else "kk"]
    if not head.startswith(_FURNITURE_OPENERS["ru" if lang == "ru" else "kk"]):
        return False  # most lines: one test
    opener = next((w for w in read_also if head.startswith(w)), None)
    if opener is not None:
        return head[len(opener):].lstrip()[:1] in (":", "—", "–", "»")  # "Читайте также: …"
    if end - start > 80:
        return False
    # the label, at most one more word ("Қаралым саны"), then the counter: "Просмотров: 2 345"
    return bool(_COUNTER.match(text, start, f.start + 1))


def _furniture_line(text: str, f: Figure, taken: list[tuple[int, int]]) -> bool:
    bounds = _short_line(text, f, 80)
    if bounds is None:
        return False
    start, end = bounds
    if TABLE_CELLS in text[start:end]:
        return False  # a table row ("2023 | 45") holds figures, whatever words it lacks
    line = list(text[start:end])
    for s, e in taken:
        if s < end and e > start:
            for i in range(max(s, start), min(e, end)):
                line[i - start] = " "
    return not _LETTER.search("".join(line))
