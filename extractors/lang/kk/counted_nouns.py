"""Kazakh counted nouns of two words, as a count's ``unit``.

``14 мың жұмыс орны`` counts jobs, not "work": the unit is the pair, the same string
in every form (``жұмыс орнына``, ``жұмыс орындары``). Each entry is
``(first word, stems the second word may start with, unit)``.
"""

COMPOUNDS = (
    ("жұмыс", ("орн", "орын"), "жұмыс орны"),
    ("бос", ("орн", "орын"), "бос орын"),
    ("оқушы", ("орн", "орын"), "оқушы орны"),
    ("төсек", ("орн", "орын"), "төсек орны"),
    ("тұрғын", ("үй",), "тұрғын үй"),
    ("елді", ("мекен",), "елді мекен"),
    ("шаруа", ("қожалы",), "шаруа қожалығы"),
    ("жер", ("теліміне", "телімі", "телім"), "жер телімі"),
    ("құқық", ("бұзушылы", "бұзушылық"), "құқық бұзушылық"),
    ("ірі", ("қара",), "ірі қара"),
    ("көп", ("қабатты",), "көп қабатты үй"),
    ("ауылдық", ("округ",), "ауылдық округ"),
    ("жер", ("учаске",), "жер учаскесі"),
    ("қонақ", ("үй",), "қонақ үй"),
    ("демалыс", ("үй",), "демалыс үйі"),
    ("мәдениет", ("үй",), "мәдениет үйі"),
    ("талап", ("арыз",), "талап арыз"),
)

# Nouns whose adjective after a number gives a capacity: ``550 орындық мәдениет үйі``
# is a hall of 550 seats, ``300 төсектік аурухана`` a hospital of 300 beds, ``9 қабатты
# үй`` a nine-storey house, ``4 балалы отбасы`` a family of four children. The number
# counts the noun inside the adjective (KazNERD leaves the adjective outside the
# CARDINAL span), not the noun after it.
CAPACITY_NOUNS = ("орын", "төсек", "пәтер", "бөлме", "қабат", "сынып", "адам", "бас", "отбасы", "кереует", "бала")
# The adjective endings: -лық/-лік after vowels and sonorants, -дық/-дік after з, н, -тық/-тік
# after voiceless consonants, and the -лы/-ды/-ты "having" forms (``3 бөлмелі``).
CAPACITY_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "ды", "ді", "ты", "ті")

# Base forms that end the way an ending does, so that suffix stripping would cut them
# (нәресте is not нәрес + locative -те, жылқы not жылқ + possessive -ы, гектар not
# гек + plural -тар). Common nouns of district news, and agentive -шы/-ші words.
BASE_NOUNS = frozenset("""
    отбасы оқушы жұмысшы тұрғын дәрігер мұғалім азамат адам бала қала аудан аурухана емхана үй
    кітапхана асхана мекен пәтер дәптер компьютер
    нәресте сәби көрермен медбике волонтер актер гектар жүлде оқиға бригада команда олимпиада
    палата пошта тақта парта мереке жәрмеңке бөшке диірмен омарта мақта жұмыртқа баға
    жылқы ешкі қозы серке бота тері дәрі желі туынды жалақы зейнетақы жәрдемақы стипендия
    вагон трактор комбайн автобус ферма техника машина компания фирма сома квота лицензия
    субсидия грант несие кредит инвестиция дотация смета тонна литр
    кеден есірткі бекет шекара ерікті субъект объект пункт учаске қаржы округ турист журналист
    нысан балуан ие айдын
""".split())

# Words that name what an amount is, not what it counts: ``2,4 млрд жоспар болса`` is a
# plan of 2.4 billion (of the currency named later), not 2.4 billion plans.
NOT_COUNTED = frozenset(("жоспар",))

# Nouns that end as adjectives do (-лық/-дық/-тық: "12 қазандық" boiler houses, "45
# шаруашылық" farms, "30 құқықбұзушылық" offences): a count's noun, not an adjective to skip.
NOUNS_LIKE_ADJECTIVES = frozenset("""
    қазандық шаруашылық серіктестік бірлестік құқықбұзушылық жеңілдік жетістік мамандық
""".split())

# Adjectives that stand between a count and its noun and end as no adjective suffix does
# (the suffixed ones, -лық/-лы/-дағы/-ған, are told by their ending): "64 мың ұсақ мал",
# "4 ресми делегация", "3 негізгі бағыт", "150 бірінші сынып оқушысы", "45 аз қамтылған
# отбасы" ("аз" with its participle). Agent nouns in -шы/-ші ("12 ойыншы" players, "5
# тігінші" tailors) end like ordinals, so the ordinals are listed rather than matched.
ADJECTIVES = frozenset("""
    жаңа ірі шағын үлкен кіші орта ескі жеке жас кәрі түрлі заманауи арнайы қосымша тірі бос
    тегін үздік жедел ұсақ ресми бірыңғай аз алғашқы қосалқы уақытша
    мәдени рухани тарихи табиғи ғылыми әскери саяси діни иесіз панасыз көпқабатты бірқабатты екіқабатты
    негізгі жоғарғы төменгі алдыңғы кейінгі соңғы қазіргі ішкі сыртқы жазғы қысқы күзгі көктемгі
    бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы
""".split())

# Nouns that lose their last vowel before a vowel ending ("халық" → "халқы", "орын" →
# "орны"): the stem left by stripping the ending, and the noun.
DROPPED_VOWEL = {"халқ": "халық", "орн": "орын", "ауз": "ауыз", "ерн": "ерін", "мұрн": "мұрын", "қарн": "қарын",
                 "кәсіпорн": "кәсіпорын"}

# Loanwords ending in "кт"/"нт" (listed in BASE_NOUNS) may add a vowel before their
# endings: "субъект" → "субъектісі", "объект" → "объектілері", "пункт" → "пункті".
LOAN_POSSESSIVE_VOWEL = ("кті", "нті", "кты", "нты")

# Counting words between a number and its noun: "5 мың түп көшет" counts saplings, "200
# дана компьютер" computers. ("бас" for livestock stays a unit of its own: KazNERD and the
# gold files count heads.)
CLASSIFIERS = frozenset({"түп", "тал", "дана", "түйір", "бірлік"})  # "3 бірлік техника"

# Genitive pronouns before a possessive numeral ("солардың бірі", "біздің екеуміз"): no noun
# a count could take ("оның", "олардың" are read as "of them", with the whole counted before).
GENITIVE_PRONOUNS = frozenset({
    "біздің", "сіздің", "менің", "кімнің", "бәрінің", "барлығының", "әрқайсының", "солардың", "бұлардың",
    "осылардың", "мыналардың", "сондайлардың", "оларының"})
