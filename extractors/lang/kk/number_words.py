"""Kazakh number words: base form → value. Scales multiply what precedes them."""

NUMBER_WORDS = {
    "нөл": 0,
    "бір": 1,
    "екі": 2,
    "үш": 3,
    "төрт": 4,
    "бес": 5,
    "алты": 6,
    "жеті": 7,
    "сегіз": 8,
    "тоғыз": 9,
    "он": 10,
    "жиырма": 20,
    "отыз": 30,
    "қырық": 40,
    "елу": 50,
    "алпыс": 60,
    "жетпіс": 70,
    "сексен": 80,
    "тоқсан": 90,
    "жүз": 100,
    "мың": 1_000,
    "миллион": 1_000_000,
    "млн": 1_000_000,
    "миллиард": 1_000_000_000,
    "млрд": 1_000_000_000,
    "триллион": 1_000_000_000_000,
    "трлн": 1_000_000_000_000,
    # scale words of Latin-script Kazakh (the 2018 and 2021 alphabets): "350 mln teńge"
    "myń": 1_000,
    "myñ": 1_000,
    "mln": 1_000_000,
    "million": 1_000_000,
    "mlrd": 1_000_000_000,
    "milliard": 1_000_000_000,
    "trln": 1_000_000_000_000,
}

# Collective numerals (екеуі "the two of them") count like their base number.
COLLECTIVE_WORDS = {
    "біреу": 1,
    "екеу": 2,
    "үшеу": 3,
    "төртеу": 4,
    "бесеу": 5,
    "алтау": 6,
    "жетеу": 7,
    "сегізеу": 8,
    "тоғызеу": 9,
    "оныу": 10,
}

# "екі бүтін оннан бір" = 2.1: the word after бүтін names the denominator.
# "екі бүтін оннан бір" = 2,1; a mixed fraction reads the same way: "үш бүтін бестен бір" = 3 1/5
FRACTION_DENOMINATORS = {"оннан": 10, "жүзден": 100, "мыңнан": 1_000, "екіден": 2, "үштен": 3, "төрттен": 4,
                         "бестен": 5, "алтыдан": 6, "жетіден": 7, "сегізден": 8, "тоғыздан": 9}
DECIMAL_POINT_WORDS = ("бүтін",)
# Spoken decimals in broadcast transcripts: "төрт те сегіз процент" = 4.8.
SPOKEN_DECIMAL_WORDS = ("те", "де", "та", "да")
HALF_AFTER = "жарым"  # "мың жарым" = 1500, "бір жарым" = 1.5
HALF_WORDS = {"жарты": 0.5}

# A number word followed by an ordinal ending (жиырма жетінші, екі мың оныншы): the
# whole number is an ordinal and no figure.
ORDINAL_PATTERN = r"(?:{stems})(?:ы|і|сы|сі)?н(?:ші|шы)\w*"

# Words that begin like a number word plus an ending but are something else:
# "онда" (there), "үшін" (for), "бірге" (together), "алтын" (gold), "жер жүзі" (world).
NOT_NUMBERS = frozenset(
    """онда ондай ондағы оны оның онын онан онсыз онша оған бірге бірақ бірде бірдей бірі-бірі
    бірден бірдене тоқсанда тоқсанында тоқсанның тоқсанына онымен оныменен үшін алтын жүзеге жүзі жүзін жүзіне жүзінде жүзінен жүзінің жер-жүзі"""
    .split()
)

# "мыңдаған тұрғын", "жүздеген адам", "бірнеше жүз адам": tens, hundreds or thousands with no
# number before them count no exact number, but at least that many.
VAGUE_SCALES = ("ондаған", "жүздеген", "мыңдаған", "миллиондаған", "миллиардтаған")
SEVERAL = ("бірнеше",)

# A vague numeral before a larger scale word multiplies it: "жүздеген мың теңге" is hundreds
# of thousands (at least 100 000), "ондаған мың гектар" tens of thousands; read as one figure,
# never as "жүздеген" (100) beside "мың теңге" (1 000).
VAGUE_MULTIPLIERS = {"ондаған": 10, "жүздеген": 100}
