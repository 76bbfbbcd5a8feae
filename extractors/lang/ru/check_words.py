"""Russian words that tie figures into a claim a check can recompute.

Stems match a word's beginning ("вырос", "выросла", "выросло").
"""

CHECK_WORDS = {
    # "исполнено 61, или 62,2%": a figure restated as its share
    # "120 и 60 человек (60% и 30% соответственно)": two lists paired in order
    # a table column of the actual figures, beside the plan's: "Факт, млн тенге", "Нақты"
    "table_actual": ("факт", "исполн", "поступ", "освоен", "выполн"),
    # a table's percent column beside two years' columns: the later as a share of the earlier
    # ("Темп роста, %", "2024 г. к 2023 г., %"), or the change ("Прирост, %", "Изменение, %");
    # a physical volume index is in real terms, which the columns' nominal values cannot give
    "table_index": ("темп роста", "темпы роста", "к уровню", "в % к", "индекс"),
    "table_increment": ("прирост", "изменен", "+/-", "±", "отклонен"),
    "table_real": ("ифо", "физическ", "сопоставим", "реальн"),
    "table_share": ("доля", "удельн", "в общем"),
    "respectively": ("соответственно",),
    "restate": ("или", "т.е.", "то есть", "что составляет", "что составило", "это", "а это"),
    # "… 45 преступлений. Это на 13,5% меньше, чем …": a sentence that opens so goes on
    # with the figures of the one before (the opener, then the words it may go on with)
    "continues": (("это",), ("на", "составля", "составил", "больше", "меньше", "выше", "ниже", "в")),
    # "98 мероприятий, из них 61 исполнено": the part of a whole just named
    # the rest of a whole, closing a list of its shares: "…, 25% – нет, остальные 15%"
    "rest": ("остальные", "остальных", "оставшиеся", "оставшихся", "прочие"),
    # "родились 420 детей, в этом году этот показатель снизился до 398": the same count
    "this_indicator": ("этот показатель", "данный показатель", "этот же показатель", "это число",
                       "эта цифра", "данная цифра"),
    "of_them": ("из них", "из которых", "в том числе", "в т.ч.", "в т. ч.", "из этого числа"),
    "breakdown": ("из них", "из которых", "в том числе", "в т.ч.", "в т. ч.", "в частности"),
    "allocate": ("выдел", "направ", "предусмотр", "освоен", "израсходов", "потрач", "инвестир", "вложен",
                 "распредел"),
    # "61 из 98": the whole after "из"
    "out_of": ("из",),
    "plan": ("план", "плана", "плане", "планом", "плану", "планового", "плановых", "плановом"),
    # verbs of a fulfilment next to its percent: "план выполнен на 105%", "составило 85%"
    "fulfil": ("выполн", "исполн", "освоен", "освоено", "состав", "достиг", "или"),
    # "Бюджет исполнен на 92%, освоено 2,3 млрд из 2,5 млрд": a rate of use before its percent
    # "Охват – 95%, из 1 200 детей привиты 1 080": a rate named before its percent, so the
    # count out of a whole after it is what the percent measures ("Износ – 70%, из 48 км …" is not)
    "rate_noun": ("охват", "доля", "удельный вес", "уровень", "аемость", "яемость", "имость"),
    # "…, из 2 000 детей привито еще 150": a count added to the rate, no part of it
    "extra": ("еще", "ещё", "дополнительно"),
    "rate_of_use": ("исполн", "освоен", "выполн", "реализован", "использован"),
    # "исполнен на 99,5%, недоосвоено 75 млн из 15 млрд": what was left unused, not the part used
    "unused": ("недо", "неосвоен", "неисполн", "неиспользован", "остат", "сэконом"),
    # "прирост составил 30 единиц, или 25%": the noun of a change before its amount
    "increment": ("прирост", "рост", "снижение", "сокращение"),
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
    # generic nouns a total counts while its breakdown names kinds: "1 240 субъектов МСБ, в
    # т.ч. 980 ИП, 210 ТОО и 50 КХ"
    # "трудоустроено 1 800 человек, из них 1 080 молодых людей, 900 женщин": groups of people cut
    # by different traits (age, sex, place) overlap, so their counts may add up past the whole
    "person_traits": {
        "age": ("молодеж", "молод", "пенсионер", "подрост", "несовершеннолет", "старше", "моложе"),
        "sex": ("женщин", "мужчин", "девуш", "девоч", "юнош", "мальчик"),
        "place": ("сельск", "городск", "жител"),
        "status": ("инвалид", "многодет", "малообеспечен", "безработн", "выпускник"),
    },
    "category": ("субъект", "объект", "организация", "предприятие", "учреждение", "хозяйствующий субъект"),
    # by how much a plan was beaten or missed: "на 5% меньше плана", "план перевыполнен на
    # 5%", "превышение составило 5%", "план не выполнен на 5%"
    "against_plan": ("плана", "планового"),
    "over_plan": ("перевыполн", "превышен", "сверх"),
    "under_plan": ("недовыполн", "недобор", "не выполн", "не исполн"),
    # words that name an earlier time to compare with
    "earlier": ("прошл", "аналогичн"),
    # "человек" counts people, as these do: "из 250 выпускников … 150 человек"
    "people": ("человек",),
    "person_nouns": ("выпускник", "житель", "студент", "ученик", "учащийся", "школьник", "пенсионер",
                     "безработный", "работник", "сотрудник", "специалист", "участник", "получатель",
                     "ребенок", "волонтер", "гражданин", "пациент", "абитуриент", "первоклассник"),
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
