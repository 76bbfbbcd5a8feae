"""Russian words that tie figures into a claim a check can recompute.

Stems match a word's beginning ("вырос", "выросла", "выросло").
"""

CHECK_WORDS = {
    # "исполнено 61, или 62,2%": a figure restated as its share
    "restate": ("или", "т.е.", "то есть", "что составляет", "что составило", "это", "а это"),
    # "… 45 преступлений. Это на 13,5% меньше, чем …": a sentence that opens so goes on
    # with the figures of the one before (the opener, then the words it may go on with)
    "continues": (("это",), ("на", "составля", "составил", "больше", "меньше", "выше", "ниже", "в")),
    # "98 мероприятий, из них 61 исполнено": the part of a whole just named
    # the rest of a whole, closing a list of its shares: "…, 25% – нет, остальные 15%"
    "rest": ("остальные", "остальных", "оставшиеся", "оставшихся", "прочие"),
    "of_them": ("из них", "из которых", "в том числе", "в т.ч.", "в т. ч.", "из этого числа"),
    "breakdown": ("из них", "из которых", "в том числе", "в т.ч.", "в т. ч.", "в частности"),
    "allocate": ("выдел", "направ", "предусмотр", "освоен", "израсходов", "потрач", "инвестир", "вложен",
                 "распредел"),
    # "61 из 98": the whole after "из"
    "out_of": ("из",),
    "plan": ("план", "плана", "плане", "планом", "плану", "планового", "плановых", "плановом"),
    # verbs of a fulfilment next to its percent: "план выполнен на 105%", "составило 85%"
    "fulfil": ("выполн", "исполн", "освоен", "освоено", "состав", "достиг", "или"),
    # "выделено 2,3 млрд тенге, освоено 1,9 млрд (82,6%)": what of an allocated or planned
    # total was used or done, its share of that total
    "use": ("освоен", "использ", "израсход", "профинансир", "потрач", "рассмотрен", "исполнен", "выполнен",
            "собран", "выплачен", "доставлен", "завезен", "заготовлен"),
    # "исполнено 61": a short participle standing for the things counted just before
    "participle": ("ено", "ано", "ято", "ыто", "ены", "аны", "яты"),
    # words that state a total: "запланировано 98", "всего 120", "насчитывается 240",
    # "поступило 3 456 обращений"
    "total": ("всего", "поступ", "запланир", "предусмотр", "насчитыва", "имеет", "зарегистрир", "общ", "итого", "план",
              "выделен", "утвержд", "заплан", "требуется", "необходимо", "потребност"),
    # words that name a figure as a total ("общая площадь 120 тыс. га"), so that a share in
    # brackets after a part of it is of it
    "total_name": ("общ", "всего", "итого"),
    "rise": ("вырос", "возрос", "увелич", "повыс", "прирос", "подорож", "рост", "прирост"),
    "fall": ("снизи", "снизил", "сократ", "уменьш", "упал", "упало", "опусти", "подешев", "сниж", "сокращ"),
    # comparatives after the size of a change: "на 18% больше" (more), "на 10% меньше" (less)
    "more": ("больше", "выше", "дороже"),
    "less": ("меньше", "ниже", "дешевле"),
    # words after a percent that make it a comparison, not a share or a fulfilment
    "compare": ("к", "по сравнению", "против", "больше", "меньше", "выше", "ниже", "относительно", "п.п"),
    # "ещё 30 кредитов": a figure that adds to an earlier one, not a new level of it
    "additive": ("еще", "ещё", "дополнительно", "также"),
    # "с X до Y"
    "from": ("с", "со"),
    "to": ("до",),
}
