"""Kazakh date words: months, relative words, periods, durations, seasons.

Data only; ``extractors.date_grammar`` builds the patterns. Stems take Kazakh case
endings attached directly (``қаңтарда``, ``жылдың``), which the grammar allows for.
Latin-script spellings cover the 2017, 2018 and 2021 alphabets and the plain
transliterations sites use in URLs and captions.
"""

MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Latin script (2021 alphabet, 2018 acute alphabet, 2017 apostrophes, plain ASCII)
    "qañtar": 1, "qańtar": 1, "qan'tar": 1, "qantar": 1,
    "aqpan": 2,
    "nauryz": 3, "naýryz": 3, "nauryz'": 3, "nauriz": 3,
    "säuır": 4, "sáýir": 4, "sa'u'i'r": 4, "sauir": 4, "sәuir": 4,
    "mamyr": 5,
    "mausym": 6, "maýsym": 6,
    "şılde": 7, "shilde": 7, "s'ilde": 7,
    "tamyz": 8,
    "qyrküiek": 9, "qyrkúiek": 9, "qyrku'ii'ek": 9, "qyrkuiek": 9, "qyrkuyek": 9,
    "qazan": 10,
    "qaraşa": 11, "qarasha": 11, "qaras'a": 11,
    "jeltoqsan": 12, "zheltoqsan": 12,
}

# Russian month names written on Kazakh pages ("24 наурыз 2018 г." beside "г.").
MONTH_WORD = "ай"          # "қаңтар айының 21-і", "2022 жылдың 11 айында"
YEAR_WORDS = ("жыл", "jyl")  # stems: жылы, жылғы, жылдың, жылдары; "2019 jyly"
YEAR_ABBREVIATIONS = ("ж.", "жж.")

# Ordinal suffixes written after a hyphen: "25-інші", "21-і", "2023-ші".
ORDINAL_SUFFIXES = ("інші", "ыншы", "нші", "ншы", "ші", "шы", "і", "ы")

# Relative words: offset from the reference date, and the unit it counts.
RELATIVE_YEARS = {
    "биыл": 0, "биылғы": 0, "биылдың": 0, "биылы": 0,
    "былтыр": -1, "былтырғы": -1, "былтырдың": -1, "былтырдан": -1,
    "bıyl": 0, "biyl": 0, "byltyr": -1,
}
# Two-word relative years: modifier + "жыл…" ("өткен жылы", "келесі жылдан").
RELATIVE_YEAR_MODIFIERS = {
    "өткен": -1, "былтырғы": -1, "осы": 0, "ағымдағы": 0, "биылғы": 0,
    "келесі": 1, "келер": 1, "алдағы": 1, "ендігі": 1,
}
RELATIVE_DAYS = {
    "бүгін": 0, "бүгінгі": 0, "бүгінде": 0, "бүгінге": 0, "бүгіннен": 0,
    "кеше": -1, "кешегі": -1,
    "ертең": 1, "ертеңгі": 1, "ертеңге": 1,
    "bugin": 0, "búgin": 0, "keshe": -1,
}
# Relative words without a resolvable calendar point: date null.
VAGUE_RELATIVE = (
    "бүгінгі таңда", "бүгінгі күні", "бүгінгі күнге дейін", "бүгінгі күнде",
    "осы күнге дейін", "соңғы жылдары", "соңғы кезде", "жыл басынан бері",
    "жылдың басынан", "жылдан-жылға", "күні бойы", "бүгін-ертең",
    "өткен аптада", "осы аптада", "келесі аптада", "өткен айда", "осы айда",
    "келесі айда", "алдағы айда",
)

# Parts of a year.
HALF_WORDS = ("жартысы", "жартыжылдық", "жартыжылдығ")
FIRST_WORDS = ("бірінші", "алғашқы", "1-інші", "1-ші", "i")
SECOND_WORDS = ("екінші", "соңғы", "2-інші", "2-ші", "ii")
QUARTER_WORD = "тоқсан"
ORDINALS = {
    "бірінші": 1, "алғашқы": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
}
YEAR_END_WORDS = ("соңы", "аяғы")   # "жыл соңына дейін", "жылдың аяғына дейін"
YEAR_START_WORDS = ("басы",)

# Deadline and starting-point markers written after the date.
UNTIL_WORDS = ("дейін", "шейін", "дейінгі")
SINCE_WORDS = ("бастап", "бері", "басталып")

# Duration units (stems), the words that make a span a duration, and frequencies.
DURATION_UNITS = ("жыл", "ай", "күн", "апта", "тәулік", "ғасыр", "жұма", "онкүндік", "сағат", "минут")
DURATION_MARKERS = ("ішінде", "бойы", "бұрын", "бұрынғы", "кейін", "соң", "бері", "ғана", "жуық", "астам", "аралығында")
PERIOD_MODIFIERS = ("соңғы", "алдағы", "өткен", "келесі", "бірнеше", "әр", "бір")
FREQUENCIES = (
    "жыл сайын", "жыл сайынғы", "ай сайын", "ай сайынғы", "күн сайын", "күн сайынғы",
    "апта сайын", "апта сайынғы", "күнделікті", "жыл бойы", "жыл бойғы", "тәулік бойы",
)
# Seasons as whole words: "жаз" alone is also the verb "write", so only listed forms.
SEASONS = (
    "қыс", "қыста", "қысқы", "қыстың", "қысы", "қыстан",
    "көктем", "көктемде", "көктемгі", "көктемнің", "көктемінде", "көктемге", "көктемнен",
    "жазда", "жазғы", "жаздың", "жазы", "жазында", "жазға",
    "күз", "күзде", "күзгі", "күздің", "күзінде", "күзге", "күздік",
)
SEASON_MONTH_PHRASES = ("жаз айларында", "қыс айларында", "күз айларында", "көктем айларында")

# Age: "25 жастағы", "25 жасар" (KazNERD labels ages DATE).
AGE_STEMS = ("жас",)

# Spelled-out numbers for years, days and durations ("екі мың жиырма бірінші жылы").
CARDINALS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
    "жетпіс": 70, "сексен": 80, "тоқсан": 90, "жүз": 100, "мың": 1000,
}
ORDINAL_WORDS = {
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6,
    "жетінші": 7, "сегізінші": 8, "тоғызыншы": 9, "оныншы": 10, "жиырмасыншы": 20,
    "отызыншы": 30, "қырқыншы": 40, "елуінші": 50, "алпысыншы": 60, "жетпісінші": 70,
    "сексенінші": 80, "тоқсаныншы": 90, "жүзінші": 100, "мыңыншы": 1000,
}
VAGUE_COUNTS = ("бірнеше", "көп", "талай", "әлденеше")
