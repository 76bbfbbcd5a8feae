"""Kazakh words that tie figures into a claim a check can recompute.

Stems match a word's beginning (Kazakh attaches endings: "өсті", "өсіп", "өскен").
"""

CHECK_WORDS = {
    # "61 іс-шара, яғни 62,2%": a figure restated as its share
    # "120 и 60 человек (60% и 30% соответственно)": two lists paired in order
    # a table column of the actual figures, beside the plan's: "Факт, млн тенге", "Нақты"
    "table_actual": ("нақты", "іс", "орындал", "түс", "игеріл"),
    # a table's percent column beside two years' columns: the later as a share of the earlier
    # ("Өсу қарқыны, %", "2024 ж. 2023 ж. қарағанда, %"), or the change ("Өсім, %", "Өзгеріс, %");
    # a physical volume index is in real terms, which the columns' nominal values cannot give
    "table_index": ("қарқын", "деңгейіне", "қарағанда", "салыстырғанда", "индекс"),
    "table_increment": ("өсім", "өзгеріс", "ауытқу", "+/-", "±"),
    "table_real": ("нкі", "нақты көлем", "физикалық", "салыстырмалы"),
    "table_share": ("үлес", "жалпы көлемдег"),
    # "орташа жасы – 34", "орта есеппен 5 млн": an average, no whole of the parts after it
    "average": ("орташа", "орта есеппен"),
    "respectively": ("тиісінше",),
    "restate": ("немесе", "яғни", "бұл"),
    # "… 45 қылмыс тіркелді. Бұл өткен жылғы 52 қылмыспен салыстырғанда …": a sentence that
    # opens so goes on with the figures of the one before (the opener, then the words it
    # may go on with)
    "continues": (("бұл", "яғни"), ("өткен", "былтырғы", "жоспардың", "жоспарлы", "көрсеткіш", "алдыңғы",
                                    "сәйкес", "жалпы", "барлық")),
    # "98 іс-шара жоспарланған, оның 61-і орындалды": the part of a whole just named
    # the rest of a whole, closing a list of its shares: "…, 25% – нет, остальные 15%"
    # "420 бала туылса, биыл бұл көрсеткіш 398-ге төмендеді": the figure before counted the same
    "this_indicator": ("бұл көрсеткіш", "осы көрсеткіш", "аталған көрсеткіш", "бұл сан"),
    "rest": ("қалған", "қалғаны", "қалғандары", "қалған бөлігі"),
    "of_them": ("оның", "олардың", "соның", "бұның", "мұның"),
    # "120 кәсіпорын бар: 80 шағын, 30 орта, 10 ірі": a total broken down into its parts
    # (after a colon, or after one of these); a part's own breakdown stops the list
    "breakdown": ("оның ішінде", "соның ішінде", "оның", "олардың ішінде", "атап айтқанда"),
    # a sum broken down after a colon is split among uses only when the text says it was
    # allocated ("900 млн теңге бөлінді: …"); "бюджет: кірісі …, шығысы …" is no split
    "allocate": ("бөлін", "бөлді", "жұмса", "қарастыр", "көздел", "бағыттал", "игеріл", "салын"),
    # a plan figure: "жоспары 39,1 млрд теңге" (not "жоспарланған", which is a count's verb)
    "plan": ("жоспар", "жоспары", "жоспарда", "жоспардағы", "жоспарға", "жоспардың", "жоспарын", "жоспарының",
             "қажеттілік", "қажеттілігі", "қажеттіліктің"),
    # verbs of a fulfilment next to its percent: "жоспар 105%-ға орындалды", "45 пайызды құрады"
    # ("немесе 105 пайыз" restating the actual figure, as Russian "или 105%")
    "fulfil": ("орында", "құра", "игеріл", "игерд", "жетт", "жетіп", "болып", "болды", "немесе"),
    # "Қаржы 92 пайызға игерілді, 2,5 млрд теңгенің 2,3 млрд теңгесі …": the verb after the percent
    # "Қамту – 95 пайыз, 1 200 баланың 1 080-і егілді": a rate named before its percent
    "rate_noun": ("қамту", "үлес", "деңгей"),
    # "…, тағы 150 бала егілді": a count added to the rate, no part of it
    "extra": ("тағы", "қосымша", "қосымша тағы"),
    # "Жоспар 95 пайызға орындалды: 10 000 адамның 9 500-і егілді": what doing the plan made
    "done": ("егілді", "жөнделді", "салынды", "тексерілді", "қосылды", "берілді", "орналастырылды", "қамтылды"),
    # "16,2 мыңы (90%) сумен, 12,6 мыңы (70%) газбен қамтылған": what each unit has, so that
    # the groups overlap
    # parts of a count told by what each received or did ("олардың 50-і субсидия, 45-і несие
    # алды", "800-і кеңес алды, 600-і жұмысқа орналасты"): such groups overlap. Whole forms
    # for short stems ("алты" is six), stems for long ones.
    "received": ("алды", "алады", "алған", "алып", "алса", "түсті", "түскен", "орналас", "тапсыр", "жүгін",
                 "пайдалан", "қатыс", "өтті", "өткен"),
    "coverage": ("қамтылған", "қамтылды", "газдандырыл", "қосылған", "қосылды", "қол жеткіз", "пайдаланады",
                 "жабдықтал", "сауалнама", "шағымдан", "деп атады", "деп санайды", "деп көрсетті"),
    "rate_of_use": ("игеріл", "игерд", "орындал", "пайдаланыл"),
    # "… 15 млрд теңгенің 75 млн теңгесі игерілмей қалды": what was left unused, not the part used
    "unused": ("игерілмей", "игерілмеген", "игерілмеді", "пайдаланылмай", "пайдаланылмаған", "жұмсалмай",
               "жұмсалмаған", "үнемдел", "қалды", "қалған"),
    "increment": ("өсім", "төмендеу"),
    # "2,3 млрд теңге бөлініп, 1,9 млрд теңгесі игерілді (82,6%)": what of an allocated or
    # planned total was used or done, its share of that total
    # (or of what is needed: "4 500 тонна көмір қажет, 3 600 тоннасы жеткізілді")
    "use": ("игеріл", "игерд", "жұмсал", "пайдаланыл", "орындал", "төлен", "жиналды", "жиналып", "жеткізіл",
            "дайындал"),
    # "орындалғаны 61": a participle standing for the things counted just before
    "participle": ("ғаны", "гені", "қаны", "кені", "ғандары", "гендері", "қандары", "кендері", "ғандар", "гендер"),
    # words that state a total: "98 іс-шара жоспарланған", "барлығы 120", "240 отбасы тіркелген"
    "total": ("жоспарлан", "белгілен", "көздел", "қарастырыл", "тіркел", "барлығы", "жалпы", "жиыны", "бар",
              "бөлін", "қаралған", "бекітіл", "қажет"),
    # words that name a figure as a total ("жалпы егістік 90 мың гектар"), so that a share in
    # brackets after a part of it is of it
    "total_name": ("жалпы", "барлығы", "барлық"),
    # generic nouns a total counts while its breakdown names kinds: "1 240 кәсіпкерлік
    # субъектісі, оның ішінде 980 жеке кәсіпкер, 210 ЖШС …"
    # "1 800 адам жұмысқа орналасты, оның 1 080-і жастар, 900-і әйелдер": groups of people cut
    # by different traits (age, sex, place) overlap, so their counts may add up past the whole
    "person_traits": {
        "age": ("жастар", "жас", "зейнеткер", "жасөспірім", "кәмелетке"),
        "sex": ("әйел", "ер", "қыз", "ұл", "бойжеткен", "жігіт"),
        "place": ("ауылдық", "ауыл", "қалалық", "қала"),
        "status": ("мүгедек", "көпбалалы", "аз қамтылған", "жұмыссыз", "түлек"),
        # a worker's schooling and rank: "3 570-і жоғары білімді, 2 520-сы санатты"
        "education": ("білімді", "жоғары", "арнаулы"),
        "rank": ("санат", "біліктілік", "өтілі", "магистр"),
    },
    "category": ("субъект", "нысан", "ұйым", "кәсіпорын", "мекеме"),
    # by how much a plan was beaten or missed: "жоспардан 5 пайызға аз", "жоспар 5 пайызға
    # асыра орындалды", "жоспардан 10 пайызға асып түсті"
    "against_plan": ("жоспардан", "жоспарға"),
    "over_plan": ("асыра", "асырып", "асып"),
    "under_plan": ("орындалмай",),
    # words that name an earlier time to compare with
    "earlier": ("былтыр", "өткен"),
    # "адам" counts people, as these do: "250 түлектің … 150 адам"
    "people": ("адам",),
    "person_nouns": ("түлек", "тұрғын", "студент", "оқушы", "зейнеткер", "жұмыссыз", "қызметкер", "маман",
                     "қатысушы", "алушы", "бала", "азамат", "ерікті", "науқас", "талапкер", "жұмысшы",
                     "дәрігер", "мейірбике", "фельдшер", "мұғалім", "педагог", "тәрбиеші", "жүргізуші", "фермер",
                     "кәсіпкер", "әйел", "ер", "спортшы", "ардагер", "медицина қызметкері",
                     "турист", "келуші", "көрермен", "оқырман", "жолаушы", "қонақ"),
    # animals, which a count in heads ("8 750 бас") counts too
    "animals": ("мал", "ірі қара", "қой", "ешкі", "жылқы", "түйе", "сиыр", "бұзау", "қозы", "шошқа", "құс"),
    # "тағы 2 мектеп": a figure that adds to an earlier one, not a new level of it
    "additive": ("тағы", "қосымша", "қосымша тағы", "сондай-ақ"),
    "rise": ("өс", "арт", "ұлғай", "көбей", "жоғарыла", "көтеріл", "қымбатта"),
    "fall": ("төменде", "азай", "қысқар", "кеми", "кеміп", "кеміді", "арзанда", "құлда"),
    # comparatives after the size of a change: "18 пайызға көп" (more), "10 пайызға аз" (less)
    "more": ("көп", "артық", "жоғары", "қымбат"),
    "less": ("аз", "кем", "төмен", "арзан"),
    # "50 млрд теңгеден 56 млрд теңгеге жетті": reached, a change either way
    "reach": ("жет",),
    # words after a percent that make it a comparison, not a share or a fulfilment
    "compare": ("салыстырғанда", "қарағанда", "артық", "кем", "жоғары", "төмен", "көп", "аз"),
    # case endings: genitive ("98-дің", "іс-шараның"), ablative ("98-ден"), dative ("120-ға")
    "genitive": ("ның", "нің", "дың", "дің", "тың", "тің"),
    "ablative": ("нан", "нен", "дан", "ден", "тан", "тен"),
    "dative": ("ға", "ге", "қа", "ке", "а", "е", "на", "не"),
    # "X-тен Y-ке дейін": up to
    "until": ("дейін",),
    # words that make an ablative figure a bound, not a starting point ("80-нен астам")
    "bound": ("астам", "артық", "көп", "аса", "кем", "аз"),
}
