"""Claim checks on sentences of our own writing, with the figure records built by hand.

Each case names the figures of its sentence as ``(surface, kind, value, unit[, qualifier])``
so these tests pin the tying and the arithmetic whatever the figures extractor does;
``test_checks_e2e.py`` runs the same kind of sentences through the whole extractor.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from extractors.checks import find_checks, find_claims
from extractors.records import Record
from extractors.sentences import sentence_index, split_sentences


def build(text: str, specs: list[tuple]) -> list[Record]:
    """Records for ``specs``, each surface found after the previous one."""
    out, pos = [], 0
    for surface, kind, value, unit, *rest in specs:
        i = text.index(surface, pos)
        pos = i + len(surface)
        out.append(Record(kind, surface, i, pos, value=value, unit=unit, qualifier=rest[0] if rest else None))
    return out


def checks_of(text: str, specs: list[tuple]):
    sentences = split_sentences(text)
    records = build(text, specs)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    return find_checks(text, records, sentences)


def only(checks, kind):
    found = [c for c in checks if c.check == kind]
    assert len(found) == 1, [c.to_dict() for c in checks]
    return found[0]


N, P, M = "number", "percent", "money"

# (text, figures, part, whole, claimed, verdict)
SHARE_TESTS = [
    ("Ауданда 240 отбасы тіркелген. Оның 180-і (75%) баспанамен қамтылды.",
     [("240", N, 240, "отбасы"), ("180-і", N, 180, None), ("75%", P, 75, None)], 180, 240, 75, "consistent"),
    ("Ауданда 240 отбасы тіркелген. Оның 180-і (57%) баспанамен қамтылды.",
     [("240", N, 240, "отбасы"), ("180-і", N, 180, None), ("57%", P, 57, None)], 180, 240, 57, "inconsistent"),
    ("Биыл 36 мектептің 12-сі (33,3%) жөндеуден өтті.",
     [("36", N, 36, "мектеп"), ("12-сі", N, 12, None), ("33,3%", P, 33.3, None)], 12, 36, 33.3, "consistent"),
    ("Биыл 36 мектептің 12-сі (33,4%) жөндеуден өтті.",
     [("36", N, 36, "мектеп"), ("12-сі", N, 12, None), ("33,4%", P, 33.4, None)], 12, 36, 33.4, "inconsistent"),
    ("Из 45 объектов сдано 30, или 66,6% от плана года.",
     [("45", N, 45, "объект"), ("30", N, 30, None), ("66,6%", P, 66.6, None)], 30, 45, 66.6, "consistent"),
    ("В районе 9 тысяч семей получили помощь, или 30% из 30 тысяч обратившихся.",
     [("9 тысяч", N, 9000, "семья"), ("30%", P, 30, None), ("30 тысяч", N, 30000, None)], None, None, None, None),
    ("Жоспарланған 150 жобаның 120-сы (80%) аяқталды.",
     [("150", N, 150, "жоба"), ("120-сы", N, 120, None), ("80%", P, 80, None)], 120, 150, 80, "consistent"),
    ("Выделено 250 млн тенге, из них 100 млн тенге (40%) направлено на ремонт.",
     [("250 млн тенге", M, 250e6, "KZT"), ("100 млн тенге", M, 100e6, "KZT"), ("40%", P, 40, None)],
     100e6, 250e6, 40, "consistent"),
    ("Облысқа 4,2 млрд теңге бөлінді, оның 1,4 млрд теңгесі (30%) жолға жұмсалды.",
     [("4,2 млрд теңге", M, 4.2e9, "KZT"), ("1,4 млрд теңгесі", M, 1.4e9, "KZT"), ("30%", P, 30, None)],
     1.4e9, 4.2e9, 30, "inconsistent"),
    ("Проголосовали 3 тыс. жителей из 12 тыс. жителей, или 25%.",
     [("3 тыс.", N, 3000, "житель"), ("12 тыс.", N, 12000, "житель"), ("25%", P, 25, None)],
     3000, 12000, 25, "consistent"),
    ("Доступ к интернету имеют 75% или 6 млн человек из 8 млн человек.",
     [("75%", P, 75, None), ("6 млн", N, 6e6, "человек"), ("8 млн", N, 8e6, "человек")], 6e6, 8e6, 75, "consistent"),
    # a single digit before the scale word is read to two significant digits: 6 and 8 млн stand
    # for 5,95–6,05 and 7,95–8,05 млн, so 74% is within reach, 70% is not
    ("Доступ к интернету имеют 74% или 6 млн человек из 8 млн человек.",
     [("74%", P, 74, None), ("6 млн", N, 6e6, "человек"), ("8 млн", N, 8e6, "человек")], 6e6, 8e6, 74, "consistent"),
    ("Доступ к интернету имеют 70% или 6 млн человек из 8 млн человек.",
     [("70%", P, 70, None), ("6 млн", N, 6e6, "человек"), ("8 млн", N, 8e6, "человек")], 6e6, 8e6, 70, "inconsistent"),
    # a whole given with a scale word is itself rounded: 1,3 млн may be 1,25–1,35 млн
    ("Егіс 1,3 млн гектарға жетті, оның 0,4 млн гектары (30%) бидай.",
     [("1,3 млн гектарға", "quantity", 1.3e6, "ha"), ("0,4 млн гектары", "quantity", 0.4e6, "ha"),
      ("30%", P, 30, None)], 0.4e6, 1.3e6, 30, "consistent"),
]


@pytest.mark.parametrize("text,specs,part,whole,claimed,verdict", SHARE_TESTS)
def test_percent_of_total(text, specs, part, whole, claimed, verdict):
    checks = checks_of(text, specs)
    if verdict is None:
        assert not [c for c in checks if c.check == "percent_of_total" and c.verdict != "unverifiable"], \
            [c.to_dict() for c in checks]
        return
    c = only(checks, "percent_of_total")
    assert (c.inputs["part"], c.inputs["whole"], c.inputs["claimed_percent"]) == (part, whole, claimed)
    assert c.verdict == verdict, c.explanation
    assert c.inputs["computed_percent"] == round(part / whole * 100, 2)
    assert text[c.start:c.end] == c.text
    assert verdict in c.explanation and "," in c.explanation or float(claimed).is_integer()


def test_explanation_reads_like_the_article():
    c = only(checks_of("Ауданда 98 іс-шара жоспарланды. Орындалғаны 61 (62,2%).",
                       [("98", N, 98, "іс-шара"), ("61", N, 61, None), ("62,2%", P, 62.2, None)]),
             "percent_of_total")
    assert c.explanation == "61 of 98 is 62,24%; the text says 62,2% — consistent"


# (text, figures, expected parts_sum verdict)
SUM_TESTS = [
    ("Жылға 120 шара белгіленген. Атқарылғаны 70 (58,3%), мерзімі келмегені 30 (25%) шара.",
     [("120", N, 120, "шара"), ("70", N, 70, None), ("58,3%", P, 58.3, None), ("30", N, 30, "шара"),
      ("25%", P, 25, None)], "consistent"),
    ("Жылға 120 шара белгіленген. Атқарылғаны 90 (75%), мерзімі келмегені 40 (33,3%) шара.",
     [("120", N, 120, "шара"), ("90", N, 90, None), ("75%", P, 75, None), ("40", N, 40, "шара"),
      ("33,3%", P, 33.3, None)], "inconsistent"),
]


@pytest.mark.parametrize("text,specs,verdict", SUM_TESTS)
def test_parts_sum(text, specs, verdict):
    checks = checks_of(text, specs)
    c = only(checks, "parts_sum")
    assert c.verdict == verdict, c.explanation
    assert c.inputs["whole"] == 120 and len(c.inputs["parts"]) == 2
    assert c.inputs["computed_sum"] == sum(c.inputs["parts"])
    assert all(s.verdict == "consistent" for s in checks if s.check == "percent_of_total")


# (text, figures, plan, actual, claimed, verdict)
PLAN_TESTS = [
    ("Жылдық жоспар 200 млн теңге болса, 210 млн теңге игеріліп, жоспар 105%-ға орындалды.",
     [("200 млн теңге", M, 200e6, "KZT"), ("210 млн теңге", M, 210e6, "KZT"), ("105%-ға", P, 105, None)],
     200e6, 210e6, 105, "consistent"),
    ("При плане 80 тыс. тонн заготовлено 60 тыс. тонн, план выполнен на 85%.",
     [("80 тыс. тонн", "quantity", 80000, "t"), ("60 тыс. тонн", "quantity", 60000, "t"), ("на 85%", P, 85, None)],
     80000, 60000, 85, "inconsistent"),
    ("План по налогам 50 млрд тенге, поступило 52 млрд тенге, или 104% к плану.",
     [("50 млрд тенге", M, 50e9, "KZT"), ("52 млрд тенге", M, 52e9, "KZT"), ("104%", P, 104, None)],
     50e9, 52e9, 104, "consistent"),
    ("Өнім өндіру жоспары 52 мың тонна, 9 айда 39 мың тонна өндіріліп, 75 пайызды құрады.",
     [("52 мың тонна", "quantity", 52000, "t"), ("39 мың тонна", "quantity", 39000, "t"),
      ("75 пайызды", P, 75, None)], 52000, 39000, 75, "consistent"),
]


@pytest.mark.parametrize("text,specs,plan,actual,claimed,verdict", PLAN_TESTS)
def test_plan_fulfilment(text, specs, plan, actual, claimed, verdict):
    c = only(checks_of(text, specs), "plan_fulfilment")
    assert (c.inputs["plan"], c.inputs["actual"], c.inputs["claimed_percent"]) == (plan, actual, claimed)
    assert c.verdict == verdict, c.explanation


def test_plan_without_actual_is_unverifiable():
    c = only(checks_of("Жылдық жоспар 200 млн теңге, ол 105%-ға орындалды.",
                       [("200 млн теңге", M, 200e6, "KZT"), ("105%-ға", P, 105, None)]), "plan_fulfilment")
    assert c.verdict == "unverifiable" and c.inputs["actual"] is None


# (text, figures, from, to, claimed, verdict)
CHANGE_TESTS = [
    ("Өнім көлемі 250-ден 300-ге дейін өсті, яғни 20%-ға артты.",
     [("250-ден", N, 250, None), ("300-ге дейін", N, 300, None, "at_most"), ("20%-ға", P, 20, None)],
     250, 300, 20, "consistent"),
    ("Число туристов выросло с 40 до 52 тыс., или на 30%.",
     [("40", N, 40, None), ("до 52 тыс.", N, 52000, None, "at_most"), ("на 30%", P, 30, None)],
     40000, 52000, 30, "consistent"),
    ("Число туристов выросло с 40 до 52 тыс., или на 13%.",
     [("40", N, 40, None), ("до 52 тыс.", N, 52000, None, "at_most"), ("на 13%", P, 13, None)],
     40000, 52000, 13, "inconsistent"),
    ("Смертность снизилась с 80 до 60 случаев, или на 25%.",
     [("80", N, 80, None), ("до 60", N, 60, "случай", "at_most"), ("на 25%", P, 25, None)], 80, 60, 25, "consistent"),
    # a figure with its own unit keeps its value next to a scaled one
    ("Тариф вырос с 800 тенге до 1,2 тыс. тенге, или на 50%.",
     [("800 тенге", M, 800, "KZT"), ("до 1,2 тыс. тенге", M, 1200, "KZT", "at_most"), ("на 50%", P, 50, None)],
     800, 1200, 50, "consistent"),
    # a bare numeral borrows the scale even when the unit was filled in for it
    ("Сбор вырос со 120 до 150 тыс. тонн, или на 25%.",
     [("120", "quantity", 120, "t"), ("до 150 тыс. тонн", "quantity", 150000, "t", "at_most"), ("на 25%", P, 25, None)],
     120000, 150000, 25, "consistent"),
    ("Бағасы 500 теңгеден 450 теңгеге дейін 10%-ға төмендеді.",
     [("500 теңгеден", M, 500, "KZT"), ("450 теңгеге дейін", M, 450, "KZT", "at_most"), ("10%-ға", P, 10, None)],
     500, 450, 10, "consistent"),
]


def test_a_falling_range_reads_its_ends_in_text_order():
    """A range record holds its low end in ``value``; "5 мыңнан 4,2 мыңға дейін" starts high."""
    text = "Жұмыссыздар саны 5 мыңнан 4,2 мыңға дейін, яғни 16%-ға азайды."
    records = build(text, [("5 мыңнан 4,2 мыңға дейін", N, 4200, None, "at_most"), ("16%-ға", P, 16, None)])
    records[0].value_max = 5000
    sentences = split_sentences(text)
    c = only(find_checks(text, records, sentences), "change")
    assert (c.inputs["from"], c.inputs["to"], c.verdict) == (5000, 4200, "consistent"), c.explanation


def test_a_russian_range_record_is_split_at_do():
    text = "Число туристов выросло с 40 до 52 тыс., или на 30%."
    records = build(text, [("с 40 до 52 тыс.", N, 40000, None), ("на 30%", P, 30, None)])
    records[0].value_max = 52000
    c = only(find_checks(text, records, split_sentences(text)), "change")
    assert (c.inputs["from"], c.inputs["to"], c.verdict) == (40000, 52000, "consistent"), c.explanation


@pytest.mark.parametrize("text,specs,old,new,claimed,verdict", CHANGE_TESTS)
def test_change(text, specs, old, new, claimed, verdict):
    c = only(checks_of(text, specs), "change")
    assert (c.inputs["from"], c.inputs["to"], c.inputs["claimed_percent"]) == (old, new, claimed)
    assert c.verdict == verdict, c.explanation


# Sentences whose percents must give no checked verdict: no confident tie.
NO_CHECK_TESTS = [
    ("Жамбыл (11,1%), Абай (9,4%) облыстарында өсім байқалды.", [("11,1%", P, 11.1, None), ("9,4%", P, 9.4, None)]),
    # a labelled index in brackets is not the share of the figure it follows
    ("Өнім 17,6 млрд (НКИ 91,7%) теңге болды.", [("17,6 млрд", N, 17.6e9, None), ("91,7%", P, 91.7, None)]),
    # a comparison with last year, not a share
    ("Выпуск составил 294 млрд тенге, или 96% к уровню прошлого года, из 300 млн тенге плана.",
     [("294 млрд тенге", M, 294e9, "KZT"), ("96%", P, 96, None), ("300 млн тенге", M, 300e6, "KZT")]),
    # "grew by 15%, to 2,1 trillion": a restated change, not a share
    ("Несие көлемі 15 процент немесе 2,1 трлн теңгеге дейін өсті.",
     [("15 процент", P, 15, None), ("2,1 трлн теңгеге дейін", M, 2.1e12, "KZT", "at_most")]),
    ("Несие көлемі 15 процент немесе 2,1 трлн теңгеге өсті.",
     [("15 процент", P, 15, None), ("2,1 трлн теңгеге", M, 2.1e12, "KZT")]),
    # a plan and its actual figure, but the percent is a growth on last year
    ("План по налогам 50 млрд тенге, поступило 52 млрд тенге, рост к прошлому году 8%.",
     [("50 млрд тенге", M, 50e9, "KZT"), ("52 млрд тенге", M, 52e9, "KZT"), ("8%", P, 8, None)]),
    # an earlier count of the same noun that is not stated as a total
    ("Ауданда 5 мектеп салынды. Облыс бойынша 45 мектеп (12%) жөндеуден өтті.",
     [("5", N, 5, "мектеп"), ("45", N, 45, "мектеп"), ("12%", P, 12, None)]),
    # "оның" mid-sentence points back to a noun, not to a figure of the sentence before
    ("Биыл 5 мектеп салынды. Ауданда мектептер көп, оның 12-сі (40%) жаңа.",
     [("5", N, 5, "мектеп"), ("12-сі", N, 12, None), ("40%", P, 40, None)]),
    # a count two sentences back is no whole for a part whose noun is not written
    ("Ауданда 98 іс-шара жоспарланды. Биыл 12 ауыл газдандырылды. Жаңа 61 (62,2%) туралы.",
     [("98", N, 98, "іс-шара"), ("12", N, 12, "ауыл"), ("61", N, 61, None), ("62,2%", P, 62.2, None)]),
    # a change stated without the starting value
    ("Инвестиции выросли на 5,9% и составили 484,9 млрд тенге.",
     [("на 5,9%", P, 5.9, None), ("484,9 млрд тенге", M, 484.9e9, "KZT")]),
    # a total of another counted noun is not the whole
    ("Ауданда 40 мектеп бар. Оқушылардың 300-і (12%) олимпиадаға қатысты.",
     [("40", N, 40, "мектеп"), ("300-і", N, 300, "оқушы"), ("12%", P, 12, None)]),
    # the whole is in another paragraph
    ("Ауданда 98 іс-шара жоспарланған.\nОрындалғаны 61 (70%) іс-шара.",
     [("98", N, 98, "іс-шара"), ("61", N, 61, "іс-шара"), ("70%", P, 70, None)]),
    # an approximate share and a range are not exact claims
    ("Тұрғындардың 1200-і, яғни шамамен 40%-ы, 3000 тұрғынның ішінде.",
     [("1200-і", N, 1200, None), ("шамамен 40%-ы", P, 40, None, "approx"), ("3000", N, 3000, "тұрғын")]),
    ("С 10 до 12 тысяч, или на 20-25%.", [("10", N, 10, None), ("до 12 тысяч", N, 12000, None, "at_most"),
                                         ("на 20-25%", P, 20, None)]),
]


@pytest.mark.parametrize("text,specs", NO_CHECK_TESTS)
def test_no_confident_tie_gives_no_verdict(text, specs):
    records = build(text, specs)
    if "20-25" in text:
        records[-1].value_max = 25
    sentences = split_sentences(text)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    checks = find_checks(text, records, sentences)
    assert not [c for c in checks if c.verdict != "unverifiable"], [c.to_dict() for c in checks]


# (text, figures, verdict): a whole written as approximate confirms a share, never flags it
APPROX_TESTS = [
    ("Выделено около 1,2 млрд тенге, из них 840 млн тенге (70%) – на водопровод.",
     [("около 1,2 млрд тенге", M, 1.2e9, "KZT", "approx"), ("840 млн тенге", M, 840e6, "KZT"), ("70%", P, 70, None)],
     "consistent"),
    ("Выделено около 1,2 млрд тенге, из них 840 млн тенге (50%) – на водопровод.",
     [("около 1,2 млрд тенге", M, 1.2e9, "KZT", "approx"), ("840 млн тенге", M, 840e6, "KZT"), ("50%", P, 50, None)],
     "unverifiable"),
]


@pytest.mark.parametrize("text,specs,verdict", APPROX_TESTS)
def test_approximate_whole(text, specs, verdict):
    c = only(checks_of(text, specs), "percent_of_total")
    assert c.inputs["whole"] == 1.2e9 and c.verdict == verdict, c.explanation


def test_a_total_given_as_100_percent_is_no_claim():
    text = "Жоспарда 98 іс-шара (100%) бар."
    assert checks_of(text, [("98", N, 98, "іс-шара"), ("100%", P, 100, None)]) == []


def test_share_without_whole_is_unverifiable():
    c = only(checks_of("Орындалғаны 61 (62,2%).", [("61", N, 61, None), ("62,2%", P, 62.2, None)]),
             "percent_of_total")
    assert c.verdict == "unverifiable"
    assert c.inputs["whole"] is None and c.inputs["part"] == 61


def test_claims_name_the_records_they_read():
    text = "Ауданда 98 іс-шара жоспарланған. Орындалғаны 61 (62,2%)."
    records = build(text, [("98", N, 98, "іс-шара"), ("61", N, 61, None), ("62,2%", P, 62.2, None)])
    sentences = split_sentences(text)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    (claim,) = [c for c in find_claims(text, records, sentences) if c.check.check == "percent_of_total"]
    assert claim.roles["whole"] is records[0] and claim.roles["part"] is records[1]
    assert claim.roles["claimed"] is records[2]


def test_no_figures_no_checks():
    assert find_checks("Мәтінде сан жоқ.", [], [(0, 16)]) == []


def test_figures_without_value_are_no_inputs():
    text = "Ауданда 98 іс-шара жоспарланған. Орындалғаны 61 (62,2%)."
    records = build(text, [("98", N, None, "іс-шара"), ("61", N, 61, None), ("62,2%", P, 62.2, None)])
    sentences = split_sentences(text)
    for r in records:
        r.sentence = sentence_index(sentences, r.start)
    assert [c.verdict for c in find_checks(text, records, sentences)] == ["unverifiable"]


def test_each_total_serves_the_parts_after_it():
    unit = "Барлығы 98 іс-шара жоспарланған, орындалғаны 61 (62,2%), мерзімі бар 15 (15,3%) шара; "
    text = unit + unit.replace("98", "80").replace("62,2%", "76,3%").replace("15,3%", "18,8%")
    specs = []
    for whole, pa, pb in ((98, "62,2%", "15,3%"), (80, "76,3%", "18,8%")):
        specs += [(str(whole), N, whole, "іс-шара"), ("61", N, 61, None), (pa, P, float(pa[:-1].replace(",", ".")), None),
                  ("15", N, 15, "шара"), (pb, P, float(pb[:-1].replace(",", ".")), None)]
    checks = checks_of(text, specs)
    shares = [(c.inputs["whole"], c.inputs["part"], c.verdict) for c in checks if c.check == "percent_of_total"]
    assert shares == [(98, 61, "consistent"), (98, 15, "consistent"), (80, 61, "consistent"), (80, 15, "consistent")]


def _share_run(n):
    unit = "орындалғаны 61 (62,2%), "
    text = unit * n
    records = []
    for i in range(n):
        b = i * len(unit) + len("орындалғаны ")
        records += [Record(N, "61", b, b + 2, value=61), Record(P, "62,2%", b + 4, b + 9, value=62.2)]
    return text, records


def test_time_grows_linearly_with_the_text():
    """Three times the shares take about three times as long, not nine (quadratic ties
    once took minutes; reading each share's sentence from its start made 3,000 shares in
    one sentence take 5.4 s). A ratio, not a time: CI machines differ in speed and load,
    and speed itself is measured in benchmarks/."""
    import time

    def seconds(n):
        text, records = _share_run(n)
        t = time.process_time()
        checks = find_checks(text, records, split_sentences(text))
        assert len(checks) == n
        return time.process_time() - t

    seconds(50)  # warm the compiled rules
    t_small, t_big = seconds(1000), seconds(3000)
    assert t_big < 6 * t_small + 0.5


@pytest.mark.parametrize("lang,unit", [
    ("ru", "итого 10 и 20 и 30, "),  # each total read the sentence before it for its opening words
    ("ru", "(61; 62,2%) "),  # each bracketed figure followed the chain of brackets back
    ("ru", "10 000 (5%), 9 999 (5%), "),  # no word opens the sentence: each share read back to its start
])
def test_one_sentence_of_many_figures_grows_linearly(lang, unit):
    """As test_time_grows_linearly_with_the_text, for other shapes a sentence of thousands of
    figures once made quadratic (a ratio, not a time)."""
    import time

    from extractors.core import extract

    def seconds(n):
        text = unit * n
        records = extract(text, lang, with_checks=False)
        t = time.process_time()
        find_checks(text, records, split_sentences(text), lang)
        return time.process_time() - t

    seconds(50)
    t_small, t_big = seconds(600), seconds(1800)
    assert t_big < 6 * t_small + 0.05


def test_a_long_chain_of_bracketed_levels_runs_out_of_no_recursion():
    from extractors.core import extract
    text = "(61; 62,2%) " * 1500  # each bracket the earlier value of the comparison before it
    assert len(extract(text, "ru")) == 3000


@pytest.mark.parametrize("lang,unit", [
    # changes across dates (each figure looks back for its date) and shares of a sentence's
    # opening "из" (each share looks for the sentence's first figure), in one long sentence
    ("kk", "2022 жылы 80 пәтер берілсе, 2023 жылы 100 пәтер, яғни 25 пайызға өсті, "),
    ("ru", "Из 45 сел газифицированы 30, еще в 12 (26,7%) работы, "),
])
def test_long_sentences_stay_linear(lang, unit):
    import time

    from extractors.core import extract

    t = time.perf_counter()
    checks = [r for r in extract(unit * 2000, lang) if r.kind == "check"]
    assert len(checks) >= 2000
    assert time.perf_counter() - t < 30  # about 1 s; a look back over the whole sentence took minutes


def test_without_sentence_spans_the_text_is_one_sentence():
    text = "Из 45 объектов сдано 30, или 66,7%."
    records = build(text, [("45", N, 45, "объект"), ("30", N, 30, None), ("66,7%", P, 66.7, None)])
    (c,) = find_checks(text, records, [])
    assert c.verdict == "consistent" and c.sentence == 0


WORDS = ["оның", "из", "них", "(", ")", ",", "или", "немесе", "бұл", "с", "до", "дейін", "жоспары", "план",
         "өсті", "снизился", "на", "іс-шара", "шара", "млрд", "ден", "ға", "\n", ".", "жоспарланған", "всего"]


@st.composite
def arranged(draw):
    """A text of tying words and figure records at arbitrary places, with arbitrary values."""
    parts, specs = [], []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.booleans()):
            kind = draw(st.sampled_from([N, P, M, "quantity"]))
            value = draw(st.one_of(st.none(), st.floats(-5, 1e6, allow_nan=False), st.integers(0, 500)))
            surface = f"{abs(value or 0):g}" + ("%" if kind == P else "")
            unit = draw(st.sampled_from([None, "шара", "іс-шара", "KZT", "t"]))
            specs.append((surface, kind, value, unit, draw(st.sampled_from([None, "approx", "at_most"]))))
            parts.append(surface)
        else:
            parts.append(draw(st.sampled_from(WORDS)))
    return " ".join(parts), specs


@settings(max_examples=300, deadline=None)
@given(arranged())
def test_any_records_give_well_formed_checks(case):
    text, specs = case
    records = build(text, specs)
    for c in find_checks(text, records, split_sentences(text)):
        assert text[c.start:c.end] == c.text
        assert c.verdict in ("consistent", "inconsistent", "unverifiable") and c.explanation


@pytest.mark.parametrize("head,joined", [
    ("Это на 12,5% меньше, чем годом ранее", True),
    ("Это в 2 раза больше", True),
    ("Это 15% всех школ", True),
    ("Это важный проект для района", False),
    ("Бұл өткен жылғы көрсеткіштен 5 пайызға көп", True),
    ("Бұл жоспардың 96 пайызы", True),
    ("Бұл жобаға 30 мектеп қатысты", False),
    ("Оның 12-сі жаңа", False),
])
def test_sentence_going_on_with_the_figures_before(head, joined):
    """A sentence opening "Это на …" / "Бұл өткен жылғы …" is one clause with the one before."""
    from extractors.check_rules import _continues
    assert _continues(head) is joined
