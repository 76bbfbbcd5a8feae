"""Russian words that qualify a figure and belong to its span (see ``kk/qualifiers.py``)."""

QUALIFIERS = {
    "before": {
        "около": "approx",
        "порядка": "approx",
        "примерно": "approx",
        "приблизительно": "approx",
        "почти": "approx",
        "более": "at_least",
        # "несколько тысяч человек": several thousand, so at least a thousand (in the span)
        "несколько": "at_least",
        "более чем": "at_least",
        "свыше": "at_least",
        "больше": "at_least",
        "не менее": "at_least",
        "не ниже": "at_least",
        "минимум": "at_least",
        "до": "at_most",
        "не более": "at_most",
        "не больше": "at_most",
        "не выше": "at_most",
        "менее": "at_most",
        "меньше": "at_most",
        "максимум": "at_most",
        "в пределах": "at_most",
        # "более чем в 2 раза", "почти в 3 раза": the multiplier's "в" stands between
        "более чем в": "at_least",
        "больше чем в": "at_least",
        "свыше чем в": "at_least",
        "менее чем в": "at_most",
        "почти в": "approx",
        "примерно в": "approx",
        # "снизился более чем на 5%": the size of a change, bounded
        "более чем на": "at_least",
        "менее чем на": "at_most",
        "почти на": "approx",
        "примерно на": "approx",
        # a sign, in the span without qualifying: "минус 35 градусов", "до минус 35"
        "минус": None,
        "плюс": None,
        # "плюс-минус 1 п.п.": give or take one, an estimate, not a sign (the longer phrase
        # is found first, so its "минус" negates nothing)
        "плюс-минус": "approx",
        "плюс минус": "approx",
    },
    # "1 000 000 с лишним тенге", "сто с небольшим человек": a little more than, so at least;
    # the currency or noun after still belongs to the figure
    "after": {"с лишним": (None, "at_least"), "с небольшим": (None, "at_least")},
    "approx_endings": (),
    "ablative": (),
    "dative": (),
    # "до" after a verb of change is the value reached, not a bound: "зарплата выросла
    # до 320 тысяч тенге", "сократили до 15%". It stays in the span, as KazNERD keeps
    # "дейін"; the qualifier is dropped. Not "достигает" (reach): "достигает до 8 м"
    # is a bound.
    "reached": {
        "words": ("до",),
        # "снизилась с 4,9 до 4,7 процента", "рост на 3,5% до 120 млрд": the starting
        # value or the change may stand between
        "from_words": ("с", "со", "на"),
        # "выросли в 2,3 раза, до 92,1 млрд", "сократилось вдвое – до 40": the change's
        # factor may stand between too, maybe hedged ("более чем в 2 раза, до …")
        "factor": r"(?:в|во)\s+(?:\d[\d.,]*|полтора|два|три|четыре|пять|десять)\s*раза?|вдвое|втрое|вчетверо|впятеро",
        "hedges": ("более чем", "менее чем", "почти", "примерно", "свыше чем", "больше чем"),
        "verbs_after": (),
        "verbs_before": ("вырос", "возрос", "увелич", "повыс", "повыш", "прирос", "подорож", "подня", "подним",
                         "сниз", "довест",
                         "сократ", "уменьш", "упал", "упад", "опусти", "подешев", "понизи", "довед", "довел",
                         "расшир", "сузи", "рост", "сниж", "сокращ", "паден",
                         "замедл", "ускор", "потепл", "похолод", "прогре"),
    },
}
