"""apply_context decides the furniture tests of a figure on a line of prose already found to
be no furniture without asking them again (figure_context._prose_line). This pins its
figures to those found with both tests asked at every figure."""
import random

import pytest

from extractors import figure_context
from extractors.figure_rules import Scanner

# (no literal longer than 12 characters: the snapshot of outputs reads those of the tests)
_PIECES = ["5 ", "12 ", "1 245", "300 ", "45,6", "2023 ", "7 млн ", "теңге", "тенге", "адам", "человек", "мектеп",
           "домов", "рет ", "оқылды", "просмотров", "Просмотров", "Қаралым ", "саны: ", "Читайте ", "также: ",
           "по теме ", "views ", "раз ", "прочитано", " ", "  ", ", ", ". ", "! ", "? ", "…", "» ", "«", ": ", "\n",
           "\n\n", " \n", ".\n", "•", " – ", "-", "*", "ауданда ", "в районе ", "салынды", "построено ", "жыл ",
           "года ", "пайыз", "%", "из них ", "оның ", "| ", "жоқ", "бар. "]
_LONG = ["ауыл " * 14, "село " * 30, "жол " * 80]  # lines around 60, 150 and 300 characters


class _NoMemo:
    pass


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_figures_are_those_with_every_furniture_test_asked(lang, monkeypatch):
    rng = random.Random(f"prose lines {lang}")
    pieces = _PIECES + _LONG
    texts = []
    for _ in range(1500):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))))
    taken = [[] for _ in texts]
    scanned = [Scanner(text, lang, []).scan() for text in texts]
    segment, asks = figure_context._segment, []
    monkeypatch.setattr(figure_context, "_segment", lambda *a: asks.append(a) or segment(*a))
    memo = [figure_context.apply_context(t, [_copy(f) for f in figs], lang, tk)
            for t, figs, tk in zip(texts, scanned, taken)]
    asked_with_memo = len(asks)
    monkeypatch.setattr(figure_context, "_prose_line", lambda text, f, lang, segment: None)
    asked = [figure_context.apply_context(t, [_copy(f) for f in figs], lang, tk)
             for t, figs, tk in zip(texts, scanned, taken)]
    assert memo == asked
    assert sum(map(len, asked)) > 1500
    # (some figures are furniture, and many stood on lines found to be prose)
    assert sum(map(len, scanned)) > sum(map(len, asked))
    assert len(asks) - 2 * asked_with_memo > 40  # (figures on lines found to be prose, not asked)


def test_prose_line_is_the_whole_line_of_a_sentence():
    text = "Ауданда 12 " + "мектеп бар, " + "ауыл " * 12 + "оның 5-і " + "жаңа.\n" + "Просмотров: " + "245"
    figs = Scanner(text, "kk", []).scan()
    segment = figure_context._segment(text, figs[0], 300)
    assert figure_context._prose_line(text, figs[0], "kk", segment) == (0, text.index("\n"))
    last = figs[-1]
    assert figure_context._prose_line(text, last, "kk", figure_context._segment(text, last, 300)) is None
    assert [f.value for f in figure_context.apply_context(text, figs, "kk", [])] == [12, 5]


def _copy(f):
    import copy
    return copy.copy(f)
