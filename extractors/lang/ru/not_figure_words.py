"""Russian words after a number that make it a date, duration, time or age (see kk)."""

NOT_FIGURE_WORDS = (
    # ("150 против 120 годом ранее": "годом ранее" dates the figure, it counts no years)
    r"год(?!ом\s+(?:ранее|раньше))W", r"летB", r"гг?\.", r"жж?\.", r"месяцW", r"день", r"дн[яейюм]W", r"неделW", r"час(?:а|ов|ам|ами)?B",
    # "в 11 ч.", "за 12 ч.", "30 мин.": hours and minutes abbreviated, a time or a duration
    r"ч\.", r"мин\.?B",
    r"минутW", r"секундW", r"суткW", r"сутокB", r"век(?:а|ов|е)?B", r"квартал(?:а|е)?B",
    r"январW", r"февралW", r"мартW", r"апрелW", r"ма[йяе]B", r"июнW", r"июлW", r"августW",
    r"сентябрW", r"октябрW", r"ноябрW", r"декабрW",
    # "3 этаж", "на 3 этаже": which floor, not how many ("в 3 этажа" counts them)
    r"этаж(?:е)?B",
    r"қаңтарW", r"ақпанW", r"наурызW", r"сәуірW", r"мамырW", r"маусымW", r"шілдеW",
    r"тамызW", r"қыркүйекW", r"қазанW", r"қарашаW", r"желтоқсанW",
)

# Words before a number that make it a reference, not a count: "статья 12 закона",
# "пункту 3", "таблица 2", "вопрос 4 повестки", an address's "дом 15", "мкр 5" (only the
# nominative: "в доме 15 квартир" counts); the abbreviations of law references ("ст. 434
# КоАП", "п. 3 ст. 12"), and a hotline's "телефону 1414", "горячую линию 109".
REFERENCE_BEFORE = frozenset("""
    статья статьи статье статью статьей пункт пункта пункте пункту пунктом подпункт подпункта
    подпункте подпунктом глава главы главе главу главой часть части частью раздел раздела разделе
    таблица таблицы таблице рисунок рисунка рисунке рис приложение приложения приложении вопрос
    вопроса вопросу лот лота лоту маршрут маршрута маршруте кабинет кабинете каб кв квартира
    дом д корпус корп микрорайон мкр номер номера номеру номером версия версии версию индекс
    ст п пп подп ч гл тел телефон телефона телефону телефоны линия линии линию офис оф
""".split())

# Page furniture left in an article's text (see kk): view and comment counters, and
# "read also" lines that carry another article's headline.
# ("Рейтинг: 4.5 (12 голосов)": a reader rating and its votes)
FURNITURE_LABELS = ("просмотров", "просмотры", "просмотр", "комментарии", "комментариев", "прочитано",
                    "поделиться", "рейтинг", "views")
# A counter written number first, alone on its line or after the article's last sentence
# ("1 245 просмотров", "356 прочтений"); see kk.
FURNITURE_COUNTERS = ("просмотров", "просмотра", "просмотр", "прочтений", "прочтения", "раз прочитано", "views")
READ_ALSO = ("читайте также", "читайте по теме", "по теме", "см. также", "похожие новости")

# Acronyms after which a number counts (see kk): "ЕНТ 450 выпускников", "вузы (ВУЗ) 300
# студентов", "СМИ 25 публикаций"; legal forms (ТОО, АО) are known apart.
ACRONYMS_BEFORE_COUNTS = frozenset("""
    ЕНТ ВУЗ ВУЗы СМИ ДТП ЖКХ ЧС МСБ РК НПП ЦОН МИО ОВП ФАП СВА ЦРБ КГД ОСМС ГОБМП
""".split())

# Labels of 12-digit identifiers and of contact lines (see kk).
ID_LABELS = ("ИИН", "БИН", "ЖСН", "БСН")
# (with the cases a phone is named in: "звоните по телефону", "справки по телефонам",
# "номер телефона", "телефон доверия")
CONTACT_LABELS = ("телефон", "телефоны", "тел", "контакты", "справки по телефону", "факс", "телефону", "телефонам",
                  "номер телефона", "номеру телефона", "телефон доверия", "телефону доверия", "контактный телефон",
                  "контактные телефоны")
# A service's own number follows these ("контакт-центр 1414", "колл-центра 109"): no count.
SERVICE_BEFORE = ("служба", "службы", "службе", "службу", "службой", "линия", "линии",
                  "контакт-центр", "контакт-центра", "контакт-центре", "контакт-центру",
                  "колл-центр", "колл-центра", "колл-центре", "call-центр", "call-центра")

# A numbered microdistrict is a place, not a count: "12 мкр", "в 12 микрорайоне", "жители 14
# микрорайона". Only the plural counts them ("12 микрорайонов"), and the genitive singular
# after 2, 3 or 4 ("2 микрорайона": the group "paucal" tells the scanner to check the number).
PLACE_NAME_AFTER = r"(?:микрорайон(?:е|у|ом)?|мкр\.?|(?P<paucal>микрорайона))(?![^\W\d_])"
# A number right after a school's compound name names the school ("в школе-лицее 8", "школы-
# гимназии 12"), unless a counted noun follows ("в школе-лицее 8 классов").
PLACE_NAME_BEFORE = r"(?:школ|лице|гимнази)[а-яё]*-(?:лице|гимнази|интернат|сад)[а-яё]*"

# A share written with a slash before these is a round of a tournament, not a share:
# "1/8 финала", "1/4 финалда" (the last sixteen, the quarter-finals).
ROUND_WORDS = ("финал",)
