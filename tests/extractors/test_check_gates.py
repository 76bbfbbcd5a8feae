"""The shortcuts that let the claim checks rule candidates out early (a clause with no
possible size of a change, a text with no word of "the rest", a stretch with no word of a
total…) must never change what the checks find: each test here reads texts with the
shortcuts and without them and compares.

The texts are sentences of our own, built from pieces to hit each rule the shortcuts stand
in front of, and the Cyrillic sentences the other check tests use.
"""
from __future__ import annotations

import ast
import contextlib
import random
import re
from pathlib import Path

import pytest

from extractors import check_changes, check_rules, check_shares
from extractors.check_changes import _may_be_size, _SizeClauses
from extractors.check_rules import RISE_OR_FALL, Layout, any_piece_pattern
from extractors.claims import SCALE_WORD
from extractors.core import extract
from extractors.dates import find_dates
from extractors.figures import find_figures
from extractors.records import Record
from extractors.sentences import split_sentences


def _plain_alternation(pieces) -> re.Pattern:
    return re.compile("|".join(re.escape(p) for p in pieces))


def _may_say_within_read_afresh(self, start, end, pieces):
    if self._odd_cases:
        return True
    chunk = self.lower_in(start, end)
    return any(piece in chunk for piece in pieces)


@contextlib.contextmanager
def _without_shortcuts():
    """The checks as they read before the shortcuts: every pair, every figure, every text."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_SizeClauses, "may_end_a_pair", lambda self, x: True)
        mp.setattr(check_changes, "_by_amount", check_changes._read_by_amount)
        mp.setattr(check_changes, "_difference_after", lambda lay, y, used: True)
        mp.setattr(check_changes, "_CHANGE_OR_COMPARISON",
                   _plain_alternation(RISE_OR_FALL + tuple(sorted(check_changes._MORE_OR_LESS))))
        mp.setattr(check_rules, "_RISE_OR_FALL_STEM", _plain_alternation(RISE_OR_FALL))
        mp.setattr(Layout, "may_say_within", _may_say_within_read_afresh)
        mp.setattr(Layout, "may_say", lambda self, *pieces: True)
        mp.setattr(check_rules, "_RESTATE_LAST_WORDS", ("",))  # ("" is in every gap)
        mp.setattr(check_shares, "_opens_out_of", _opens_out_of_read_afresh)
        mp.setattr(check_shares, "_out_of_gap", _out_of_gap_read_afresh)
        mp.setattr(check_shares, "_of_them_after", _of_them_after_read_afresh)
        mp.setattr(Layout, "out_of", _out_of_read_afresh)
        mp.setattr(Layout, "_plan_subject", _plan_subject_read_afresh)
        yield


def _of_them_after_read_afresh(lay, a):
    return lay.words_after(a, 20)[:2] in (["из", "них"], ["из", "которых"])


def _out_of_read_afresh(self, r):
    before = self.words_before(r, 30)[-2:]
    return before[-1:] == ["из"] or before[:1] == ["из"] and before[-1].endswith(("ых", "их"))


def _plan_subject_read_afresh(self, r):
    first, _ = self.sentences[self.sentence_index(r)]
    if r.start - first > 120:
        return False
    head = self.words_in(first, r.start)
    if not head or head[0] not in ("план", "жоспар"):
        return False
    i = self.index.get(id(r))
    prev = self.figures[i - 1] if i else None
    return prev is None or prev.end <= first


def _out_of_gap_read_afresh(lay, part, whole, p):
    ws = lay.gap_words(check_shares._gap_without(lay, part, whole, p).replace(",", " "))
    return (ws is not None and 1 <= len(ws) <= 3 and ws[-1] == "из" and whole.qualifier is None
            and not any(w in check_shares._CLAUSE_CONJUNCTIONS for w in ws[:-1]))


def _opens_out_of_read_afresh(lay, w):
    start = lay.sentences[lay.sentence_index(w)][0]
    return lay.leading_words(start, w.start, 2, durations=True) == ["из"]


# -- sentences built to reach the rules behind each shortcut ---------------------------
_RU = [
    # changes: from/to with a percent, a factor, an amount; "против"; dated pairs
    "Число обращений выросло с {a} до {b}, или на {p}%.",
    "Тариф повысился со {a} до {b} тенге за кубометр, то есть на {p}%.",
    "Производство снизилось на {p}%: с {a} до {b} тонн.",
    "Выпуск вырос в {k} раза – со {a} до {b} тонн.",
    "Число ДТП сократилось с {a} до {b}, то есть на {d}.",
    "Поступления составили {a} млрд тенге против {b} млрд тенге годом ранее, рост – {p}%.",
    "В {y1} году построено {a} км дорог, в {y2} году – {b} км, или на {p}% больше.",
    "Собрано {a} тыс. тонн, в прошлом году – {b} тыс. тонн.",
    "Произошло {a} ДТП. По сравнению с прошлым годом их число снизилось на {p}% (было {b}).",
    "Доходы составили {a} млрд тенге, что на {p}% больше, чем в {y1} году ({b} млрд тенге).",
    "В {y1} и {y2} годах построено {a} и {b} км дорог соответственно, рост на {p}%.",
    # amounts of change and the level reached
    "Зарплата выросла на {d} тыс. тенге и составила {a} тыс. тенге, рост – {p}%.",
    "Поголовье увеличилось на {d} тыс. голов (на {p}%) и составило {a} тыс. голов.",
    "Налоги составили {a} млрд тенге, что на {d} млрд тенге, или на {p}% больше, чем годом ранее.",
    "Прирост составил {d} единиц, или {p}%, и достиг {a}.",
    "Доля выросла с {p}% до {q}%, или на {r} п.п.",
    # totals, products, the rest
    "Отремонтированы {a} школы, {b} больницы и {c} детских садов – всего {t} объектов.",
    "В первом квартале {a} млн тенге, во втором {b} млн тенге. Итого за полугодие – {t} млн тенге.",
    "{a} семей получили по {b} тыс. тенге, всего {t} млн тенге.",
    "По {b} тыс. тенге получили {a} семей, на общую сумму {t} млн тенге.",
    "{a} фермерам выдано кредитов на {t} млн тенге, то есть в среднем по {b} млн тенге на каждого.",
    "За проголосовали {p}%, против – {q}%, остальные {r}%.",
    "Из {a} опрошенных {p}% довольны, {q}% – нет, оставшиеся {r}% не ответили.",
    # figures with nothing to tie, and shares
    "В районе {a} школ и {b} больниц, работают {c} человек.",
    "Из {a} выпускников {b} поступили в вузы ({p}%).",
    "План – {a} тонн, собрано {b} тонн, или {p}% годового плана.",
]
_KK = [
    "Өтініштер саны {a}-ден {b}-ге дейін, яғни {p} пайызға өсті.",
    "Баға {a} теңгеден {b} теңгеге дейін {p} пайызға көтерілді.",
    "Өндіріс {k} есе артып, {a} тоннадан {b} тоннаға жетті.",
    "Жол апаты {a} адамнан {b} адамға дейін, яғни {d} адамға азайды.",
    "Табыс {a} млрд теңгені құрап, өткен жылғы {b} млрд теңгеден {p} пайызға өсті.",
    "Биыл {a} қылмыс тіркелді, бұл өткен жылғы {b} қылмыспен салыстырғанда {p} пайызға аз.",
    "Былтыр {a} тонна болса, биыл {b} тонна жиналды.",
    "Бюджет кірісі {a} млрд теңгені құрады. Өткен жылмен салыстырғанда кіріс {d} млрд теңгеге немесе {p} пайызға өскен.",
    "Жалақы {d} мың теңгеге өсіп, {a} мың теңгеге жетті, өсім – {p} пайыз.",
    "Мал басы {d} мың басқа ({p} пайызға) өсіп, {a} мың басқа жетті.",
    "Жұмыссыздық деңгейі {p} пайыздан {q} пайызға дейін төмендеді, яғни {r} пайызға.",
    "Ауданда {a} мектеп, {b} аурухана және {c} балабақша жөнделді, барлығы {t} нысан.",
    "Бірінші тоқсанда {a} млн теңге, екінші тоқсанда {b} млн теңге түсті. Жарты жылда жиыны {t} млн теңге.",
    "Биыл {a} отбасыға {b} мың теңгеден, барлығы {t} млн теңге көмек берілді.",
    "{a} шаруаға {t} млн теңге несие берілді, яғни әрқайсысына орта есеппен {b} млн теңгеден.",
    "Тұрғындардың {p} пайызы қолдады, {q} пайызы қарсы, қалған {r} пайызы жауап бермеді.",
    "Ауданда {a} ауыл бар, {b}-і ({p}%) газға қосылған.",
    "Жоспар бойынша {a} маман келуі тиіс еді, {b} маман келді ({p}%).",
    "Ауданда {a} мектеп және {b} аурухана бар.",
]


def _fill(template: str, rng: random.Random) -> str:
    a = rng.choice([12, 80, 150, 300, 418, 1200, 2450])
    b = rng.choice([10, 60, 95, 120, 441, 1500, 2380])
    values = {
        "a": a, "b": b, "c": rng.choice([3, 5, 40]), "d": rng.choice([2, 20, 45, 125, 312]),
        "t": rng.choice([10, 45, 130, a + b, a * b]), "k": rng.choice([2, 3, "1,5"]),
        "p": rng.choice([5, 12, "12,5", 20, 25, 60, 95]), "q": rng.choice([15, 25, 52, "37,6"]),
        "r": rng.choice([7, 15, 25, 40]), "y1": rng.choice([2022, 2023]), "y2": 2024,
    }
    return template.format(**values)


def _built_texts(n: int = 240) -> list[tuple[str, str]]:
    rng = random.Random(20261129)
    out = []
    for _ in range(n):
        lang = rng.choice(("ru", "kk"))
        pool = _RU if lang == "ru" else _KK
        out.append((lang, " ".join(_fill(t, rng) for t in rng.sample(pool, rng.choice((1, 1, 2, 3))))))
    # every template alone too, so that each rule is reached at least once
    out += [("ru", _fill(t, rng)) for t in _RU] + [("kk", _fill(t, rng)) for t in _KK]
    return out


def _test_sentences() -> list[str]:
    """The Cyrillic sentences the other check tests use."""
    cyrillic = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
    found: dict[str, None] = {}
    here = Path(__file__).parent
    for path in sorted(here.glob("test_check*.py")):
        if path.name == Path(__file__).name:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 12 \
                    and cyrillic.search(node.value):
                found[node.value] = None
    return list(found)


def _checks(text: str, lang: str) -> list[dict]:
    return [r.to_dict() for r in extract(text, lang, "2024-05-10") if r.kind == "check"]


def test_the_corpus_reaches_the_rules_behind_the_shortcuts():
    kinds = {}
    for lang, text in _built_texts():
        for c in _checks(text, lang):
            kinds[c["check"]] = kinds.get(c["check"], 0) + 1
    assert {"change", "parts_sum", "product", "percent_of_total"} <= set(kinds), kinds


def test_claims_are_the_same_with_and_without_the_shortcuts():
    texts = _built_texts() + [(lang, t) for t in _test_sentences() for lang in ("ru", "kk")]
    fast = [_checks(text, lang) for lang, text in texts]
    with _without_shortcuts():
        slow = [_checks(text, lang) for lang, text in texts]
    for (lang, text), f, s in zip(texts, fast, slow):
        assert f == s, (lang, text)
    assert sum(map(len, fast)) > 200  # (the corpus makes claims to compare)


def test_a_clause_holds_a_size_as_its_figures_one_by_one_say():
    """_SizeClauses reads a clause at once; figure by figure, _may_be_size says the same."""
    compared = 0
    for lang, text in _built_texts() + [(lang, t) for t in _test_sentences()[:200] for lang in ("ru", "kk")]:
        dates = find_dates(text, lang, None)
        records = dates + find_figures(text, lang, taken=[(r.start, r.end) for r in dates])
        lay = Layout(text, sorted(records, key=lambda r: (r.start, -r.end, r.kind)), split_sentences(text), lang)
        for used in (set(), {id(f) for f in lay.figures[::2]}):
            sizes = _SizeClauses(lay, used)
            for clause in sorted({lay.sentence_of(f) for f in lay.figures}):
                figures = lay.clause_figures(clause)
                one_by_one = len(figures) >= 2 and any(_may_be_size(lay, f, used) for f in figures)
                assert sizes.hold_size(clause) == one_by_one, (text, clause)
                compared += 1
    assert compared > 300


@pytest.mark.parametrize("text", [
    "Собрано 120 тыс. тонн (54%). Это на 5% больше, чем 100. Итого 3 школы, 2 больницы.",
    "В 2023 году 120 браков. В 2024 году этот показатель вырос до 150, или на 25%. Без цифр. 7",
    "Без цифр.",
])
def test_clause_figures_are_the_figures_of_the_clause(text):
    records = [Record("number", m.group(), m.start(), m.end(), value=float(m.group()), unit=None)
               for m in re.finditer(r"\d+", text)]
    lay = Layout(text, records, split_sentences(text))
    clauses = {lay.sentence_of(f) for f in lay.figures} | {-1, len(lay.sentences) + 1}
    for clause in clauses:
        assert lay.clause_figures(clause) == [f for f in lay.figures if lay.sentence_of(f) == clause]


@pytest.mark.parametrize("pieces", [
    RISE_OR_FALL,
    RISE_OR_FALL + tuple(sorted(check_changes._MORE_OR_LESS)),
    ("ab", "abc", "b", "bca", "ca"),
    ("сниз", "сниж", "снизил", "рост", "прирост"),
])
def test_a_pattern_of_pieces_finds_what_their_alternation_finds(pieces):
    fast, plain = any_piece_pattern(pieces), _plain_alternation(pieces)
    rng = random.Random(7)
    letters = sorted(set("".join(pieces)) | set(" .,аеоз1"))
    _same_finds(fast, plain, pieces, letters, rng)


def test_the_scale_words_are_found_as_their_alternation_finds_them():
    pieces = ("мың", "млн", "млрд", "трлн", "миллион", "миллиард", "триллион", "тыс", "mln", "mlrd", "bn", "million",
              "billion")
    plain = re.compile("|".join(pieces), re.IGNORECASE)
    letters = sorted(set("".join(pieces)) | set("".join(pieces).upper()) | set(" .,5ᲀ"))
    _same_finds(SCALE_WORD, plain, pieces, letters, random.Random(11))


def _same_finds(fast, plain, pieces, letters, rng):
    """Strings of random letters, and of pieces, their beginnings and ends, in either case."""
    def bit():
        piece = rng.choice(pieces)
        cut = rng.randrange(len(piece) + 1)
        return rng.choice((piece, piece[:cut], piece[cut:], piece.upper(), piece.title(), rng.choice(letters)))

    samples = ["".join(rng.choice(letters) for _ in range(rng.randrange(0, 30))) for _ in range(2000)]
    samples += ["".join(bit() for _ in range(rng.randrange(1, 5))) for _ in range(3000)]
    for s in samples:
        assert (fast.search(s) is not None) == (plain.search(s) is not None), s


def test_a_gap_restates_as_read_without_looking_for_its_words_first():
    """Layout.restated looks for the last word of a restating phrase before reading the gap."""
    text = "Собрано 120 тыс. тонн. Это 54% плана."
    lay = Layout(text, [], split_sentences(text))
    rng = random.Random(5)
    bits = ["или", "ИЛИ", "т.е.", "т. е.", "то есть", "то ёсть", "что составляет", "что составило", "это", "а это", "Это",
            "немесе", "яғни", "Яғни", "бұл", "деңгейі", "үлесі", "уровень", "доля", ",", ", ", ".", ". ", "!", "–", "(",
            ")", "-", " ", "  ", "тонн", "теңге", "человек", "жұмыссыздық", "бұл жалпы санның", "составил", "на"]
    gaps = ["".join(rng.choice(bits) + rng.choice(("", " ")) for _ in range(rng.randrange(0, 6))) for _ in range(4000)]
    answers = [(lay.restated(g), lay.restated(g, max_lead=0), lay.restated(g, max_lead=1)) for g in gaps]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(check_rules, "_RESTATE_LAST_WORDS", ("",))
        slow = [(lay.restated(g), lay.restated(g, max_lead=0), lay.restated(g, max_lead=1)) for g in gaps]
    assert answers == slow
    assert sum(any(a) for a in answers) > 300  # (the gaps reach the phrases)


@pytest.mark.parametrize("text", [
    "Былтыр 120 тонна жоспарға 130 тонна жиналды.",
    "Былтыр 120 тонна ЖОСПАРҒА қарсы 130 тонна жиналды.",
    "Былтыр 120 тонна ж\u1c82спарға 130 тонна жиналды.",  # "ᲂ": an "о" only re.IGNORECASE reads so
    "Былтыр 120 тонна өнім жоспарға 130 тонна жиналды, 80 тонна.",
    "Былтыр 120 тонна жиналды. Жоспар 130 тонна.",
])
def test_is_plan_tries_the_plan_after_a_figure_as_without_the_index(text):
    records = [Record("quantity", m.group(), m.start(), m.end(), value=float(m.group()), unit="т")
               for m in re.finditer(r"\d+", text)]
    lay = Layout(text, records, split_sentences(text))
    every = Layout(text, records, split_sentences(text))
    every._plan_hints = None
    for f in lay.figures:
        assert Layout.is_plan.__wrapped__(lay, f) == Layout.is_plan.__wrapped__(every, f), (text, f.start)


def test_a_gap_out_of_a_whole_is_told_as_when_its_words_are_read():
    """_out_of_gap looks for "из" in the gap (the percent and its brackets left out) before
    reading its words: it answers as reading them, "из" split by the percent too."""
    rng = random.Random(29)
    pieces = ["из", "ИЗ", "Из", "и", "з", "изъято", "из них", "а из", "человек", ",", " ", "(", ")", "тыс.", "сел", "–"]
    for _ in range(1500):
        left = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randrange(0, 4)))
        right = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randrange(0, 4)))
        text = f"Собрано 12{left}40%{right}30 тонн."
        a = text.index("12")
        p = text.index("40%")
        b = text.index("30 тонн")
        records = [Record("number", "12", a, a + 2, value=12.0, unit=None),
                   Record("percent", "40%", p, p + 3, value=40.0, unit=None),
                   Record("number", "30", b, b + 2, value=30.0, unit=None)]
        lay = Layout(text, records, split_sentences(text))
        part, percent, whole = lay.figures
        assert check_shares._out_of_gap(lay, part, whole, percent) == _out_of_gap_read_afresh(lay, part, whole, percent), text
        assert check_shares._out_of_gap(lay, part, percent, whole) == _out_of_gap_read_afresh(lay, part, percent, whole), text


def test_words_looked_for_before_they_are_read_answer_as_reading_them():
    """"из" before or after a figure, and a sentence's first word, found without reading every
    word of the stretch: out_of, _of_them_after and _plan_subject answer as reading them."""
    rng = random.Random(31)
    pieces = ["Из", "из", "ИЗ", "них", "НИХ", "которых", "выделенных", "изъято", "План", "ПЛАН", "жоспар", "Жоспары",
              "планы", "İ", "Σ", "«", "–", ",", " ", "  ", "сел", "тыс.", "2,5"]
    for _ in range(1500):
        words_ = [rng.choice(pieces) for _ in range(rng.randrange(0, 6))]
        tail = [rng.choice(pieces) for _ in range(rng.randrange(0, 4))]
        text = " ".join(words_) + " 40 " + " ".join(tail) + " 30 сел. План 12."
        records = [Record("number", m.group(), m.start(), m.end(), value=float(m.group()), unit=None)
                   for m in re.finditer(r"(?<![\d,])\d+(?![\d,])", text)]
        lay = Layout(text, records, split_sentences(text))
        for f in lay.figures:
            assert lay.out_of(f) == _out_of_read_afresh(lay, f), text
            assert check_shares._of_them_after(lay, f) == _of_them_after_read_afresh(lay, f), text
            assert lay._plan_subject(f) == _plan_subject_read_afresh(lay, f), text


def test_the_word_of_all_is_found_in_the_lower_cased_text_as_the_pattern_finds_it():
    """_anchor looks for "жалпы" in the lower-cased stretch before trying _OF_ALL_BEFORE: every
    character re.IGNORECASE reads as one of its letters lower-cases to it (asked of the engine
    for every character of the Basic Multilingual Plane)."""
    for letter in set("жалпы"):
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        for code in range(0x10000):
            if pattern.fullmatch(chr(code)):
                assert chr(code).lower() == letter, (letter, chr(code))


def _bracketed_after_read_afresh(lay, a, p):
    from extractors.check_rules import _CHANGE_IN_BRACKETS, _CLOSING_BRACKET, starts_with_stem, words
    gap = lay.between(a, p)
    m = _CHANGE_IN_BRACKETS.search(gap)
    if m and all(w == "на" or starts_with_stem(w, RISE_OR_FALL) for w in words(m.group(1))):
        gap = gap[:m.start(1)]
    ws = lay.gap_words(gap.replace("(", " "))
    if ws is None or len(ws) > 5 or not gap.rstrip().endswith("("):
        return False
    return bool(_CLOSING_BRACKET.match(lay.text[p.end:p.end + 5]))


def test_a_percent_bracketed_after_a_figure_is_told_as_when_the_gap_is_read():
    rng = random.Random(37)
    pieces = ["(", ")", " ", "рост", "рост на", "өсті", "выросло", "тонн", "адам", ",", "–", ":", "; ", "из них", "ИЗ"]
    for _ in range(1500):
        gap = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randrange(0, 5)))
        close = rng.choice((")", " )", "", " тонн)"))
        text = f"Собрано 120{gap}40%{close} всего."
        p = text.index("40%")
        records = [Record("number", "120", 8, 11, value=120.0, unit=None),
                   Record("percent", "40%", p, p + 3, value=40.0, unit=None)]
        lay = Layout(text, records, split_sentences(text))
        a, pct = lay.figures
        assert lay.bracketed_after(a, pct) == _bracketed_after_read_afresh(lay, a, pct), text
