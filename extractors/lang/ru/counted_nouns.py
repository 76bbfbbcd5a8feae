"""Russian counted nouns of two words, as a count's ``unit`` (see ``kk/counted_nouns.py``).

``140 населенных пунктов`` counts settlements: the unit is ``населенный пункт`` in every
case. Each entry is ``(stem of the first word, stems of the second, unit)``.
"""

COMPOUNDS = (
    ("населенн", ("пункт",), "населенный пункт"),
    ("населённ", ("пункт",), "населенный пункт"),
    ("рабоч", ("мест",), "рабочее место"),
    ("ученическ", ("мест",), "ученическое место"),
    ("земельн", ("участ",), "земельный участок"),
    ("детск", ("сад",), "детский сад"),
    ("дом", ("отдыха",), "дом отдыха"),
    ("дом", ("культуры",), "дом культуры"),
)

# Adjectives joined to a number by a hyphen that give a capacity: ``50-квартирный дом``
# has 50 flats, ``300-местная школа`` 300 places. The number counts the noun inside the
# adjective. Each entry is ``(stem of the adjective, unit)``.
CAPACITY_ADJECTIVES = (
    ("квартирн", "квартира"),
    ("местн", "место"),
    ("коечн", "койка"),
    ("этажн", "этаж"),
    ("комнатн", "комната"),
    ("ученическ", "ученическое место"),
)

# Counting words between a number and its noun: "200 штук саженцев" counts saplings.
CLASSIFIERS = frozenset({"штук", "штуки", "штука", "шт", "единиц", "единицы", "ед"})
# Abbreviated counted nouns: "800 чел." are people.
ABBREVIATED = {"чел": "человек", "ед": "единица"}
