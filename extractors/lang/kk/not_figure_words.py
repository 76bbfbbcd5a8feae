"""Words after a number that make it a date, a duration, a time of day or an age.

Each entry is a regular expression for the whole word after the number: ``W``
stands for the rest of an inflected word, ``B`` for the end of a word (a Latin
``B`` or ``W`` meant literally is written ``\x42`` or ``\x57``). A number followed by one of these
yields no figure (the dates extractor owns it). Month names are repeated here as
patterns so this module does not depend on the dates engineer's data.
"""

NOT_FIGURE_WORDS = (
    # Every form of жыл (year), spelled out: жылу (heat), жылқы (horse), жылыжай
    # (greenhouse) start the same way.
    r"жыл(?:ы|ын|ына|ынан|ының|ында|ындағы|ға|ғы|дан|дың|да|дағы|ды|дай|мен|дық\w*|дығ\w*|дар\w*)?B",
    r"жұма(?:дай|дан|да|ға|ның|сы|лық)?B", r"уақыт(?!ша)W", r"уағW", r"жж?\.", r"гг?\.", r"ғ\.", r"айB", r"ай(?:да|ы|ға|дан|дың|ында|ына|ынан|ын|лар|лары|дай|дық|лық)",
    r"күнW", r"тәулікW", r"аптаW", r"сағатW", r"минутW", r"секундW", r"ғасырW",
    r"жас(?:та|ар|арлар|қа|ында|тағы|ынан|ына|тан|ын|ы)", r"жастағыW", r"жас аралығW", r"жұмыс күнW",
    # "1409 нөмірі", "102 нөміріне": a telephone or service number, "5 нөмірлі мектеп" a name
    r"нөмір(?:і|ін|іне|інің|лі|ге|лері|лерін|леріне|лерінің)?B",
    # "қазандық" (a boiler house), "маусымдық" (seasonal) are no months
    r"қаңтарW", r"ақпанW", r"наурызW", r"сәуірW", r"мамырW", r"маусым(?!дық|дығ)W", r"шілдеW",
    r"тамызW", r"қыркүйекW", r"қазан(?!дық|дығ)W", r"қарашаW", r"желтоқсанW",
    r"январW", r"февралW", r"мартW", r"апрелW", r"ма[йяе]B", r"июнW", r"июлW", r"августW",
    r"сентябрW", r"октябрW", r"ноябрW", r"декабрW",
)

# Words before a number that make it a reference, not a count (Kazakh mostly writes
# these as ordinals, "12-бап", which are no figures anyway). Not "қосымша": before a
# number it is "additional" ("қосымша бес тұрғын үй"), not "appendix".
REFERENCE_BEFORE = frozenset("""
    бап бабы бабына бабының тармақ тармағы тармағына тармақша кесте кестеде лот маршрут кабинет
    нөмірі нөміріне нөмір нөмірге нұсқасы индексі тел телефон телефоны телефонына желі желісі
    желісіне
""".split())

# Page furniture left in an article's text: a line that opens with one of these counts
# views or comments ("Қаралым саны: 1 234"), and one that opens "read also" is another
# article's headline ("Оқи отырыңыз: Ауданда 5 балабақша ашылды"): no figure of this one.
FURNITURE_LABELS = ("қаралым", "қаралды", "көрілім", "көрілді", "оқылды", "пікір", "пікірлер", "бөлісу", "views")
# A counter written number first, alone on its line or after the article's last sentence:
# "1 245 рет оқылды", "356 рет қаралды", "1 245 рет көрсетілді" (egemen.kz), "2 315 қаралым".
# Only the whole line (no final full stop) is furniture: "Іс сотта 3 рет қаралды." is prose.
FURNITURE_COUNTERS = ("рет оқылды", "рет қаралды", "рет көрсетілді", "рет көрілді", "қаралым", "көрілім", "оқылым")
READ_ALSO = ("оқи отырыңыз", "оқыңыз", "тақырыпқа қатысты", "толығырақ оқыңыз", "ұқсас жаңалықтар")

# Acronyms after which a number counts (a body, an exam, a kind of thing), though a number
# after capitals is mostly part of a name ("ТЭЦ 2", "МТЗ 82"): "Кеше ҰБТ 450 түлек
# тапсырды", "ЖОО 300 студент қабылдады". Legal forms (ЖШС, АҚ) are known apart.
ACRONYMS_BEFORE_COUNTS = frozenset("""
    ҰБТ ЖОО ҰКП БАҚ ЖКО ТЖ ЖКШ ШОБ ШОК ЖЖОКБ ОЖСБ ҚР ХҚКО ЖЭО МСАК ЖШҚ ТКШ ЖҚТБ ЕНТ ВУЗ СМИ
""".split())

# Labels of the 12-digit personal and business numbers (ЖСН/ИИН of a person, БСН/БИН of a
# body): the number after one, even grouped ("БСН: 990 740 000 123"), is an identifier.
# Both languages' labels are read in either text (sites mix them).
ID_LABELS = ("ЖСН", "БСН", "ИИН", "БИН")
# Words that open a contact line: the digits after one are a telephone number, also a
# local one written in groups ("Байланыс: 23 45 67").
# (and their plurals and the phone's "number": "байланыс телефондары", "телефон нөмірі")
CONTACT_LABELS = ("байланыс", "байланыс телефоны", "анықтама телефоны", "телефон", "телефоны", "тел",
                  "телефондары", "байланыс телефондары", "анықтама телефондары", "телефон нөмірі",
                  "телефон нөмірлері", "байланыс үшін")

# A numbered microdistrict is a place, not a count: "14 шағын аудан, 5-үй" (an address: a comma
# and the house follow), "12 шағын аудандағы", "3 мөлтек ауданында" (with a case ending). The
# plural counts them ("14 шағын аудандарда"), and so does the bare "Қалада 14 шағын аудан бар".
PLACE_NAME_AFTER = r"(?:шағын|мөлтек)\s+аудан(?:(?!дар|тар)[^\W\d_]+|(?=,\s*(?:\d|үй)))"

# A numeral that is another word after these: "Ұлы жүз", "Орта жүздің", "Кіші жүз" are the
# three historic hordes, not a hundred ("орта есеппен жүз адам" has a word between).
NUMERAL_SENSES = {"жүз": frozenset({"ұлы", "орта", "кіші"})}

# A share written with a slash before these is a round of a tournament, not a share:
# "1/8 финала", "1/4 финалда" (the last sixteen, the quarter-finals).
ROUND_WORDS = ("финал",)
