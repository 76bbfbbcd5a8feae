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
    (r"текше метрW", "m3"),
    (r"кубометрW", "m3"),
    (r"млн текше метрW", "m3"),
    (r"м²B|м2B|кв\.\s?метрW|кв\.\s?мB\.?", "m2"),
    (r"пайыздық (?:тармақ|пункт)W|п\.\s?т\.|п\.\s?п\.", "pp"),
    (r"м³B|м3B|куб\.\s?мB\.?|кубW", "m3"),
    (r"ц/гаB", "c/ha"),
    (r"т/гаB", "t/ha"),
    (r"км/сағB|км/чB", "km/h"),
    (r"гектарW|гаB", "ha"),
    (r"тоннW|тB(?!\.\s?[бс]\.)", "t"),
    (r"центнерW|цB", "c"),
    (r"километрW|шақырымW|кмB", "km"),
    (r"сантиметрW|смB", "cm"),
    (r"миллиметрW|ммB", "mm"),
    (r"метрW|мB(?!\.)", "m"),
    (r"литрW|лB(?!\.)", "l"),
    (r"килограммW|кило(?:грамм)?W|келі(?:ге|ден|сі|ні|нің)?B|кгB", "kg"),
    (r"миллиграммW|мгB", "mg"),
    (r"дециметр кубW", "dm3"),
    (r"сотықW|соткаW", "sotka"),
    (r"граммW|грB", "g"),
    (r"градусW|°", "degC"),
    (r"баррельW", "bbl"),
    (r"мегаваттW|МВтB", "MW"),
    (r"киловатт-сағатW|кВт·сB|кВт\.сB|кВтсB", "kWh"),
    (r"киловаттW|кВтB", "kW"),
    (r"гигакалорияW|ГкалB", "Gcal"),
    (r"баллW|бал(?:ды|ға|дан)B|ұпайW", "point"),
    (r"мегабайтW|МБB", "MB"),
    (r"гигабайтW|ГБB", "GB"),
)
