"""Kazakh unit words after a number: regular expression → unit code.

A pattern matches at the start of the word after the number; ``W`` stands for the
rest of an inflected word (``гектарға``, ``тоннадан``), ``B`` for the end of an
abbreviation (``га``, ``т``), which may still take a hyphenated ending (``га-ға``).
Longer patterns come first.
"""

UNITS = (
    (r"км²B|км2B|кв\.\s?кмB\.?", "km2"),
    (r"айлық есептік көрсеткішW|айлық көрсеткішW", "MCI"),
    (r"АЕКW", "MCI"),
    (r"МРПB", "MCI"),
    (r"шаршы метрW", "m2"),
    (r"шаршы шақырымW", "km2"),
    (r"шаршы километрW", "km2"),
    (r"шаршы кмB", "km2"),
    (r"шаршы мB", "m2"),
    (r"текше метрW", "m3"),
    (r"кубометрW", "m3"),
    (r"млн текше метрW", "m3"),
    (r"м²B|м2B|кв\.\s?метрW|кв\.\s?мB\.?", "m2"),
    # percentage points: "5 пайыздық тармаққа", and before a vowel ending қ voices to ғ
    # ("6 пайыздық тармағын", "тармағы"); "проценттік" is the loanword's adjective
    (r"(?:пайыздық|проценттік|процентік) (?:тармақ|тармағ|пункт)W|п\.\s?т\.|п\.\s?п\.", "pp"),
    (r"м³B|м3B|куб\.\s?мB\.?|кубW", "m3"),
    (r"ц/гаB", "c/ha"),
    (r"т/гаB", "t/ha"),
    (r"км/сағB|км/чB", "km/h"),
    (r"м/сB|м/секB", "m/s"),
    (r"гектарW|гаB", "ha"),
    (r"тоннW|тB(?!\.\s?[бс]\.)", "t"),
    (r"центнерW|цB", "c"),
    (r"километрW|шақырымW|кмB", "km"),
    (r"сантиметрW|смB", "cm"),
    (r"миллиметрW|ммB", "mm"),
    # "м." and "л." are abbreviations of other words inside a sentence; a sentence's own dot
    # after them ends "Длина – 250 м. Высота – 2 м."
    (r"метрW|мB(?!\.)|мB(?=\.(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]|\s*\n|\s*\Z))", "m"),
    (r"литрW|лB(?!\.)|лB(?=\.(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]|\s*\n|\s*\Z))", "l"),
    (r"килограммW|килограмW|кило(?!ватт|метр)W|келі(?:ге|ден|сі|ні|нің)?B|кгB", "kg"),
    (r"миллиграммW|мгB", "mg"),
    (r"дециметр кубW", "dm3"),
    (r"сотықW|соткаW", "sotka"),
    (r"граммW|грамW|грB", "g"),  # ("400 грамдық сүзбе": written with one м)
    (r"градусW|°\s?[CС]B|°", "degC"),
    (r"баррельW", "bbl"),
    (r"мегаватт-сағатW|МВт[·.*]?сағB", "MWh"),
    (r"мегаваттW|МВтB", "MW"),
    (r"киловатт-сағатW|киловатт сағатW|кВт[·.*/ ]?сағB|кВт·сB|кВт\.сB|кВтсB", "kWh"),
    (r"киловаттW|кВтB", "kW"),
    (r"гигакалорияW|ГкалB", "Gcal"),
    (r"баллW|бал(?:ды|ға|дан)B|ұпайW", "point"),
    (r"мегабайтW|МБB", "MB"),
    (r"[МM]бит/сB|мегабит\w*", "Mbit/s"),
    (r"[ГG]бит/сB|гигабит\w*", "Gbit/s"),
    (r"гигабайтW|ГБB", "GB"),
)
