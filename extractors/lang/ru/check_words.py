"""Russian words that tie figures into a claim a check can recompute.

Stems match a word's beginning ("вырос", "выросла", "выросло").
"""

CHECK_WORDS = {
    # "исполнено 61, или 62,2%": a figure restated as its share
    "restate": ("или", "т.е.", "то есть", "что составляет", "что составило", "это", "а это"),
    # "98 мероприятий, из них 61 исполнено": the part of a whole just named
    "of_them": ("из них", "из которых", "в том числе", "в т.ч.", "в т. ч.", "из этого числа"),
    # "61 из 98": the whole after "из"
    "out_of": ("из",),
    "plan": ("план", "плана", "плане", "планом", "плану", "планового", "плановых", "плановом"),
    # verbs of a fulfilment next to its percent: "план выполнен на 105%", "составило 85%"
    "fulfil": ("выполн", "исполн", "освоен", "освоено", "состав", "достиг", "или"),
    # "исполнено 61": a short participle standing for the things counted just before
    "participle": ("ено", "ано", "ято", "ыто", "ены", "аны", "яты"),
    "rise": ("вырос", "возрос", "увелич", "повыс", "прирос", "подорож", "рост", "прирост"),
    "fall": ("снизи", "снизил", "сократ", "уменьш", "упал", "упало", "опусти", "подешев", "сниж", "сокращ"),
    # words after a percent that make it a comparison, not a share or a fulfilment
    "compare": ("к", "по сравнению", "против", "больше", "меньше", "выше", "ниже", "относительно", "п.п"),
    # "с X до Y"
    "from": ("с", "со"),
    "to": ("до",),
}
