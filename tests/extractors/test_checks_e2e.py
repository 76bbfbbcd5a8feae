"""Claim checks end to end: text through ``extractors.core.extract``, figures and all.

Sentences of our own writing in both languages, then the real texts of ../shared (gold
articles and KazNERD validation), read at test time.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from extractors.core import extract

# (lang, text, check type, (part or actual or to, whole or plan or from, claimed), verdict)
KK_TESTS = [
    # a share of a whole named but not counted is unverifiable, as in Russian
    ("kk", "Вакцинамен 24 500 адам қамтылды, бұл ересек тұрғындардың 68 пайызы.", "percent_of_total",
     (24500, None, 68), "unverifiable"),
    # the level closes the sentence before one opening with the comparison
    ("kk", "Бюджет кірісі 11,5 млрд теңгені құрады. Өткен жылмен салыстырғанда кіріс 1,5 млрд теңгеге немесе 15 пайызға өскен.",
     "change", (11.5e9, 10e9, 15), "consistent"),
    # the verb of use after the part's bracketed share; "of them" past a sum to the count
    ("kk", "Жол жөндеуге 800 млн теңге бөлініп, 720 млн теңгесі (85%) игерілді.", "percent_of_total",
     (720e6, 800e6, 85), "inconsistent"),
    ("kk", "Ауданда 150 фермер бар, оларға 1,5 млрд теңге несие берілді, оның 90-ы (60%) алғаш рет алды.",
     "percent_of_total", (90, 150, 60), "consistent"),
    ("kk", "Биыл 250 қылмыс тіркелді, оның 215-і ашылды, ашылу деңгейі 86 пайыз.",
     "percent_of_total", (215, 250, 86), "consistent"),
    # the possessive numeral after a clause is "so many of them": of the count just made
    ("kk", "Жыл басынан бері 180 өтініш түсіп, 153-і (85%) оң шешілді.", "percent_of_total",
     (153, 180, 85), "consistent"),
    ("kk", "Ауданда 60 ауыл бар, 45-і (80%) газға қосылған.", "percent_of_total",
     (45, 60, 80), "inconsistent"),
    # "бұл көрсеткіш" opening a sentence goes on with the count of the one before
    ("kk", "2023 жылы 80 неке тіркелді. 2024 жылы бұл көрсеткіш 92-ге жетіп, 15 пайызға өсті.", "change",
     (92, 80, 15), "consistent"),
    ("kk", "2023 жылы ауданда 300 бала туылса, 2024 жылы бұл көрсеткіш 270-ке төмендеп, 12 пайызға азайды.", "change",
     (270, 300, 12), "inconsistent"),
    # a plural genitive names the whole counted shortly before: it confirms, never flags (the
    # noun may name another scope's schools than the count before)
    ("kk", "Ауданда 32 мектеп бар. Мектептердің 24-і (75%) интернетке қосылған.", "percent_of_total",
     (24, 32, 75), "consistent"),
    ("kk", "Облыста 450 мектеп бар. Ауданда мектептердің 24-і (85,7%) интернетке қосылған.", "percent_of_total",
     (24, 450, 85.7), "unverifiable"),
    ("kk", "2024 жылы 3 мектеп салынды (2023 жылы – 2), бұл 50 пайызға көп.", "change", (3, 2, 50), "consistent"),
    # a part read above its whole was read the wrong way round: the other way, or no alarm
    ("kk", "Орташа жалақы 285 мың теңге, облыстық көрсеткіштің 91,9 пайызы (310 мың теңге).", "percent_of_total",
     (285_000, 310_000, 91.9), "consistent"),
    ("kk", "Орташа жалақы 285 мың теңге, облыстық көрсеткіштің 80 пайызы (310 мың теңге).", "percent_of_total",
     (285_000, 310_000, 80), "unverifiable"),
    # "бұл жалпы санның …": the share of the total just counted
    ("kk", "Ауданда 640 шаруа қожалығы бар, олардың 160-ын әйелдер басқарады, бұл жалпы санның 20 пайызы.",
     "percent_of_total", (160, 640, 20), "inconsistent"),
    # a rate named after a comma in a sentence opened by "Оның": of the count before it
    ("kk", "Жыл басынан бері 140 қылмыс тіркелді. Оның 119-ы ашылды, ашылу деңгейі 85 пайыз.", "percent_of_total",
     (119, 140, 85), "consistent"),
    # a rate named after a comma, after "яғни", and before a colon that opens its count
    ("kk", "50 ауылдың 46-сы интернетке қосылған, қамту деңгейі – 95 пайыз.", "percent_of_total",
     (46, 50, 95), "inconsistent"),
    ("kk", "Ауданда 50 ауыл бар, оның 46-сы интернетке қосылған, яғни қамту 92 пайыз.", "percent_of_total",
     (46, 50, 92), "consistent"),
    ("kk", "Интернетпен қамту 92 пайызды құрайды: 50 ауылдың 46-сы қосылған.", "percent_of_total",
     (46, 50, 92), "consistent"),
    ("kk", "2023 және 2024 жылдары тиісінше 16 және 20 шақырым жол жөнделді, яғни 25 пайызға артық.",
     "change", (20, 16, 25), "consistent"),
    ("kk", "250 түлектің 150 және 75-і (тиісінше 60 және 30 пайызы) ЖОО мен колледждерге түсті.",
     "percent_of_total", (75, 250, 30), "consistent"),
    ("kk", "Жоспар бойынша 3,2 млрд теңге, іс жүзінде 3,52 млрд теңге түсіп, жоспар 10 пайызға асыра орындалды.",
     "change", (3.52e9, 3.2e9, 10), "consistent"),
    ("kk", "Жоспар 800 тонна болса, 760 тонна дайындалды, бұл жоспардан 8 пайызға аз.",
     "change", (760, 800, 8), "inconsistent"),
    ("kk", "Биыл 84 құқықбұзушылық анықталды. Бұл өткен жылғы 96 құқықбұзушылықпен салыстырғанда 20 пайызға аз.",
     "change", (84, 96, 20), "inconsistent"),
    ("kk", "Кіріс жоспары – 5,2 млрд теңге. Іс жүзінде 5,0 млрд теңге немесе 96,2 пайыз түсті.",
     "plan_fulfilment", (5.0e9, 5.2e9, 96.2), "consistent"),
    # the earlier dated value in the instrumental before "салыстырғанда"; "артық" stays in the span
    ("kk", "Биыл 36 жол апаты болды, бұл өткен жылғы 40 апатпен салыстырғанда 10 пайызға аз.",
     "change", (36, 40, 10), "consistent"),
    ("kk", "Түсім 5,5 млрд теңгені құрады, бұл 2023 жылғы 5,0 млрд теңгемен салыстырғанда 25 пайызға артық.",
     "change", (5.5e9, 5e9, 25), "inconsistent"),
    ("kk", "Ауданда 30 ауылдық округ бар, олардың 24-інде (80%) интернет бар.",
     "percent_of_total", (24, 30, 80), "consistent"),
    # a level, then by how much it moved as an amount and a percent
    ("kk", "Шағын бизнес өнімі 36 млрд теңгені құрады, бұл былтырғы деңгейден 4,5 млрд теңгеге немесе 14,3 пайызға көп.",
     "change", (36e9, 31.5e9, 14.3), "consistent"),
    # the percent of the later level, a slip the check names
    ("kk", "Тіркелген жұмыссыздар 540 адам, бұл өткен жылмен салыстырғанда 60 адамға немесе 11,1 пайызға аз.",
     "change", (540, 600, 11.1), "inconsistent"),
    ("kk", "Ауданда 240 отбасы тіркелген. Оның 180-і (75%) баспанамен қамтылды.",
     "percent_of_total", (180, 240, 75), "consistent"),
    ("kk", "Ауданда 240 отбасы тіркелген. Оның 180-і (70%) баспанамен қамтылды.",
     "percent_of_total", (180, 240, 70), "inconsistent"),
    ("kk", "Биыл 36 мектептің 12-сі (33,3%) жөндеуден өтті.", "percent_of_total", (12, 36, 33.3), "consistent"),
    # a percent closed in brackets is no comparison with the words after them ("аз қамтылған": low-income)
    ("kk", "Ауданда 15 мың отбасы тұрады, оның 450-і (4%) аз қамтылған.", "percent_of_total",
     (450, 15000, 4), "inconsistent"),
    # "немесе 105 пайыз" restating the actual figure against a plan
    ("kk", "Түсім жоспары 6 млрд теңге болса, нақты түсім 6,6 млрд теңге немесе 110 пайыз.", "plan_fulfilment",
     (6.6e9, 6e9, 110), "consistent"),
    # "пайызына": its share, in the dative ("to 78.4% of it"), not the size of a change
    ("kk", "Алқап 250 мың гектар болса, оның 200 мың гектарына немесе 82 пайызына бидай егілді.",
     "percent_of_total", (200_000, 250_000, 82), "inconsistent"),
    # "пайызы жоғары оқу орнына": a share before "higher education", no comparison.
    ("kk", "Биыл 150 түлектің 120-сы, яғни 80 пайызы жоғары оқу орнына түсті.", "percent_of_total",
     (120, 150, 80), "consistent"),
    ("kk", "Облысқа 4,2 млрд теңге бөлінді, оның 1,4 млрд теңгесі (33,3%) жолға жұмсалды.",
     "percent_of_total", (1.4e9, 4.2e9, 33.3), "consistent"),
    ("kk", "Ауданда 1 200 оқушы бар, олардың 300-і (20%) бірінші сынып.",
     "percent_of_total", (300, 1200, 20), "inconsistent"),
    ("kk", "Жоспарланған 98 іс-шараның 62,2 пайызы, яғни 61-і орындалды.", "percent_of_total", (61, 98, 62.2),
     "consistent"),
    ("kk", "Оның ішінде 61-і орындалды, бұл 72,2 пайызды құрайды.", "percent_of_total", (61, None, 72.2),
     "unverifiable"),
    ("kk", "Аудандағы 45 елді мекеннің 43-і (95,6%) таза ауыз сумен қамтылған.", "percent_of_total",
     (43, 45, 95.6), "consistent"),
    ("kk", "Жұмыссыздар саны 5 мыңнан 4,2 мыңға дейін, яғни 26%-ға азайды.", "change", (4200, 5000, 26),
     "inconsistent"),
    ("kk", "Ауылда 18 көше жарықтандырылды, бұл ауылдағы 24 көшенің 75 пайызы.", "percent_of_total",
     (18, 24, 75), "consistent"),
    ("kk", "Ауылда 18 көше жарықтандырылды, бұл ауылдағы 24 көшенің 80 пайызы.", "percent_of_total",
     (18, 24, 80), "inconsistent"),
    ("kk", "Мәдениет саласына 2,4 млрд теңге бөлінген. Жарты жылда 1,8 млрд теңге игеріліп, жоспар 75 пайызға "
     "орындалды.", "plan_fulfilment", (1.8e9, 2.4e9, 75), "consistent"),
    ("kk", "Бюджетке 60 млрд теңге жоспарланып, 66 млрд теңге түсті, жоспар 110 пайызға орындалды.",
     "plan_fulfilment", (66e9, 60e9, 110), "consistent"),
    # "X-тен Y-ке жетіп" (reached) and "X-пен салыстырғанда Y-ке дейін" (compared with) are changes
    ("kk", "Түсім 40 млрд теңгеден 46 млрд теңгеге жетіп, 15 пайызға өсті.", "change", (46e9, 40e9, 15),
     "consistent"),
    ("kk", "Жұмыссыздар саны былтырғы 5 000 адаммен салыстырғанда 4 000 адамға дейін, яғни 20 пайызға азайды.",
     "change", (4000, 5000, 20), "consistent"),
    ("kk", "Түсім 40 млрд теңгеден 46 млрд теңгеге жетіп, 10 пайызға өсті.", "change", (46e9, 40e9, 10),
     "inconsistent"),
    ("kk", "Салық түсімдері 120 млрд теңгені құрап, жоспар 104%-ға орындалды.", "plan_fulfilment",
     (120e9, None, 104), "unverifiable"),
    ("kk", "Жылға 30 іс-шара жоспарланған еді. Әкімдіктің мәліметінше, 9 айда оның 24-і орындалды (70%).",
     "percent_of_total", (24, 30, 70), "inconsistent"),
    ("kk", "Газбен қамтылған ауылдар үлесі 66,1 пайыз (310 ауылдың 205-і).", "percent_of_total",
     (205, 310, 66.1), "consistent"),
    ("kk", "98 іс-шараның 61-і орындалды (62,2%).", "percent_of_total", (61, 98, 62.2), "consistent"),
    ("kk", "Жылдық жоспар 200 млн теңге болса, 210 млн теңге игеріліп, жоспар 105%-ға орындалды.",
     "plan_fulfilment", (210e6, 200e6, 105), "consistent"),
    ("kk", "Өнім өндіру жоспары 52 мың тонна, 9 айда 39 мың тонна өндіріліп, 70 пайызды құрады.",
     "plan_fulfilment", (39000, 52000, 70), "inconsistent"),
    ("kk", "Өнім көлемі 250-ден 300-ге дейін өсті, яғни 20%-ға артты.", "change", (300, 250, 20), "consistent"),
    ("kk", "Мал басы 12 мыңнан 15 мыңға дейін, яғни 45 пайызға көбейді.", "change", (15000, 12000, 45),
     "inconsistent"),
    ("kk", "Бағасы 500 теңгеден 450 теңгеге дейін 10%-ға төмендеді.", "change", (450, 500, 10), "consistent"),
    # a plan named after its amount: "N жоспар болса", "N жоспарға қарсы"
    ("kk", "Жоспар 104 пайызға орындалды: 3,6 млрд жоспар болса, 3,7 млрд теңге түсті.", "plan_fulfilment",
     (3.7e9, 3.6e9, 104), "consistent"),
    ("kk", "500 млн теңге жоспарға қарсы 450 млн теңге игерілді, жоспар 95 пайызға орындалды.",
     "plan_fulfilment", (450e6, 500e6, 95), "inconsistent"),
    ("kk", "2024 жылы 5,5 млрд теңге бөлінді, бұл 2023 жылғымен (5 млрд теңге) салыстырғанда 10 пайызға көп.",
     "change", (5.5e9, 5e9, 10), "consistent"),
    ("kk", "Ұрлық саны 2023 жылы 150-ден 2024 жылы 120-ға дейін, яғни 25 пайызға азайды.", "change",
     (120, 150, 25), "inconsistent"),
    # the end of a from-to pair of yields per hectare is one too
    ("kk", "Өнімділік гектарына 12 центнерден 15 центнерге дейін, яғни 25 пайызға артты.", "change", (15, 12, 25),
     "consistent"),
    # a count, the whole in the genitive, and the percent it makes up, with no "бұл"
    ("kk", "Балалар бөлімінде 45 төсек 180 төсектің 25 пайызын құрайды.", "percent_of_total", (45, 180, 25),
     "consistent"),
    ("kk", "Суармалы 36 мың гектар 120 мың гектар егістіктің 35 пайызын құрайды.", "percent_of_total",
     (36_000, 120_000, 35), "inconsistent"),
    # a possessive part of a genitive whole, its share after a dash closing the clause
    ("kk", "2 400 кітаптың 960-ы цифрландырылды – 45 пайыз.", "percent_of_total", (960, 2400, 45), "inconsistent"),
]
RU_TESTS = [
    # the percent first, then after a colon, dash or bracket the part and its noun out of the whole
    ("ru", "Доля нарушений по вине пешеходов составила 12,5%: 45 случаев из 360.", "percent_of_total",
     (45, 360, 12.5), "consistent"),
    ("ru", "Доля нарушений составила 14,5% – 45 случаев из 360.", "percent_of_total", (45, 360, 14.5), "inconsistent"),
    ("ru", "Скорая приехала вовремя в 95% случаев (11,4 тыс. из 12 тыс. вызовов).", "percent_of_total",
     (11_400, 12_000, 95), "consistent"),
    # "из" says which is the whole: a part above it is an error the text makes
    ("ru", "Из 40 сел газифицированы 45 (90%).", "percent_of_total", (45, 40, 90), "inconsistent"),
    # the earlier value in brackets after its own date and a dash
    ("ru", "Построено 15 домов (в 2023 году – 12), что на 25% больше.", "change", (15, 12, 25), "consistent"),
    ("ru", "Построено 15 домов (в 2023 году – 12), что на 30% больше.", "change", (15, 12, 30), "inconsistent"),
    # an abbreviation's dot between the part and its bracketed share
    ("ru", "Трудоустроено 1,5 тыс. чел., из них 900 чел. – на постоянную работу (60%).", "percent_of_total",
     (900, 1500, 60), "consistent"),
    # a rate of use, then the part and the whole after a comma
    ("ru", "Бюджет программы исполнен на 85%, освоено 1,7 млрд тенге из 2 млрд.", "percent_of_total",
     (1.7e9, 2e9, 85), "consistent"),
    ("kk", "Қаржы 85 пайызға игерілді, 2,4 млрд теңгенің 1,8 млрд теңгесі жұмсалды.", "percent_of_total",
     (1.8e9, 2.4e9, 85), "inconsistent"),
    # a date inside the clause that restates the share
    ("ru", "Освоено 1,8 млрд тенге из 2,4 млрд тенге, предусмотренных на 2025 год, что составляет 75%.",
     "percent_of_total", (1.8e9, 2.4e9, 75), "consistent"),
    ("ru", "Освоено 1,8 млрд тенге из 2,4 млрд тенге, предусмотренных на 2025 год, что составляет 80%.",
     "percent_of_total", (1.8e9, 2.4e9, 80), "inconsistent"),
    # "против" after the count's noun, the earlier value dated "годом ранее"
    ("ru", "Зарегистрировано 180 ИП против 150 годом ранее (+20%).", "change", (180, 150, 20), "consistent"),
    ("ru", "Зарегистрировано 180 ИП против 150 годом ранее, рост – 25%.", "change", (180, 150, 25), "inconsistent"),
    # a rate named after the part counted out of its whole with "из"
    ("ru", "Подключены к интернету 42 села из 56, охват – 75%.", "percent_of_total", (42, 56, 75), "consistent"),
    # the percent in words ("процента" is a genitive, not a Kazakh dative of difference)
    ("ru", "Из 800 обратившихся трудоустроено 520 человек, или 65 процентов.", "percent_of_total",
     (520, 800, 65), "consistent"),
    ("ru", "Из 800 обратившихся трудоустроено 520 человек, или 62,5 процента.", "percent_of_total",
     (520, 800, 62.5), "inconsistent"),
    # a numbered list is one paragraph; its first item's label names what the count counts
    ("ru", "Итоги приема:\n1. Всего заявлений – 250.\n2. Одобрено – 210 (84%).\n3. Отказано – 40.",
     "percent_of_total", (210, 250, 84), "consistent"),
    # "этот показатель" opening a sentence goes on with the count of the one before
    ("ru", "В 2023 году зарегистрировано 80 браков. В 2024 году этот показатель вырос до 92, или на 15%.", "change",
     (92, 80, 15), "consistent"),
    ("ru", "В 2023 году зарегистрировано 80 браков. В 2024 году этот показатель вырос до 92, или на 20%.", "change",
     (92, 80, 20), "inconsistent"),
    ("ru", "В 2024 году построено 12 км дорог, в 2023 году – 10 км, рост – 25%.", "change", (12, 10, 25),
     "inconsistent"),
    ("ru", "Доходы составили 11,5 млрд тенге. По сравнению с прошлым годом они выросли на 1,5 млрд тенге, или на 13%.",
     "change", (11.5e9, 10e9, 13), "inconsistent"),
    ("ru", "В районе 150 фермеров, им выдано 1,5 млрд тенге кредитов, из них 90 фермеров (65%) – впервые.",
     "percent_of_total", (90, 150, 65), "inconsistent"),
    ("ru", "Зарегистрировано 250 преступлений, раскрыто 215, раскрываемость составила 88%.",
     "percent_of_total", (215, 250, 88), "inconsistent"),
    # a share named as a rate after a comma, before a colon that opens its count, restated
    # after its own noun, and set against its whole by "от"
    ("ru", "Из 50 сел подключены к интернету 46, охват – 95%.", "percent_of_total", (46, 50, 95), "inconsistent"),
    ("ru", "Из 50 сел 46 обеспечены качественной питьевой водой, охват – 92%.", "percent_of_total", (46, 50, 92),
     "consistent"),
    ("ru", "Охват интернетом составляет 92%: из 50 сел подключены 46.", "percent_of_total", (46, 50, 92),
     "consistent"),
    ("ru", "Охват вакцинацией – 95%, из 1 200 детей привиты 1 080.", "percent_of_total", (1080, 1200, 95),
     "inconsistent"),
    ("ru", "На образование направлено 7,2 млрд тенге – 40% от бюджета в 18 млрд тенге.",
     "percent_of_total", (7.2e9, 18e9, 40), "consistent"),
    ("ru", "40% бюджета, или 7,2 млрд тенге, направлено на образование.", "percent_of_total", (7.2e9, None, 40),
     "unverifiable"),
    # two values paired in order with two listed years
    ("ru", "В 2023 и 2024 годах отремонтировано 16 и 20 км дорог соответственно, рост – 30%.",
     "change", (20, 16, 30), "inconsistent"),
    # two lists paired by "соответственно": each part its percent, all of one whole
    ("ru", "Из 250 выпускников в вузы и колледжи поступили 150 и 75 человек (60% и 30% соответственно).",
     "percent_of_total", (75, 250, 30), "consistent"),
    ("ru", "В районе 50 школ, из них 35 и 15 – городские и сельские (70% и 20% соответственно).",
     "percent_of_total", (15, 50, 20), "inconsistent"),
    # by how much the actual figure missed or beat its plan: a change from the plan (the
    # overfulfilment's "на 5%" was read as the share done and flagged)
    ("ru", "План заготовки – 800 тонн, заготовлено 760 тонн, что на 5% меньше плана.",
     "change", (760, 800, 5), "consistent"),
    ("ru", "При плане 3,2 млрд тенге поступило 3,52 млрд тенге, план перевыполнен на 10%.",
     "change", (3.52e9, 3.2e9, 10), "consistent"),
    ("ru", "При плане 3,2 млрд тенге поступило 3,52 млрд тенге, или на 15% больше.",
     "change", (3.52e9, 3.2e9, 15), "inconsistent"),
    ("ru", "При плане 3,2 млрд тенге поступило 3,52 млрд тенге, превышение составило 10%.",
     "change", (3.52e9, 3.2e9, 10), "consistent"),
    ("ru", "При плане 50 км отремонтировано 45 км, то есть план не выполнен на 10%.",
     "change", (45, 50, 10), "consistent"),
    # a sentence opening "Это на …" goes on with the figures of the one before; so does one
    # that opens with the part "из них"; a plan alone in its sentence, the actual in the next
    ("ru", "С начала года выявлено 84 нарушения. Это на 12,5% меньше, чем в 2023 году (96).",
     "change", (84, 96, 12.5), "consistent"),
    ("ru", "В районе 40 сельских округов. В 30 из них (70%) открыты ЦОНы.",
     "percent_of_total", (30, 40, 70), "inconsistent"),
    ("ru", "План по доходам – 5,2 млрд тенге. Фактически поступило 5,0 млрд тенге, или 96,2%.",
     "plan_fulfilment", (5.0e9, 5.2e9, 96.2), "consistent"),
    # a level, then by how much it moved as an amount and a percent, either order
    ("ru", "Доходы бюджета составили 7,8 млрд тенге, что на 0,9 млрд тенге, или на 13% больше, чем годом ранее.",
     "change", (7.8e9, 6.9e9, 13), "consistent"),
    ("ru", "Доходы бюджета составили 7,8 млрд тенге, что на 11,5%, или на 0,9 млрд тенге больше, чем годом ранее.",
     "change", (7.8e9, 6.9e9, 11.5), "inconsistent"),
    ("ru", "Безработных стало 868 человек, что на 92 человека, или на 9,6% меньше прошлогоднего.",
     "change", (868, 960, 9.6), "consistent"),
    # the bracketed share a few words after its part, and "из них" a few words before it;
    # "of them" right after a count ties to it past an earlier count of another noun
    ("ru", "Реализовано 7 проектов, трудоустроено 412 человек, из них 296 – на постоянные рабочие места (71,8%).",
     "percent_of_total", (296, 412, 71.8), "consistent"),
    ("ru", "Трудоустроено 412 человек, из них на постоянные рабочие места – 296 (75%).",
     "percent_of_total", (296, 412, 75), "inconsistent"),
    # what was used of a total allocated or planned just before it, in the same sentence
    ("ru", "На капремонт школ выделено 640 млн тенге, освоено 512 млн тенге (80%).",
     "percent_of_total", (512e6, 640e6, 80), "consistent"),
    ("ru", "На капремонт школ выделено 640 млн тенге, освоено 512 млн тенге, или 85%.",
     "percent_of_total", (512e6, 640e6, 85), "inconsistent"),
    ("ru", "Запланировано заготовить 3 500 тонн кормов, на сегодня собрано 2 800 тонн (80%).",
     "percent_of_total", (2800, 3500, 80), "consistent"),
    ("ru", "За полугодие поступило 840 заявлений, рассмотрено 798 (95%).",
     "percent_of_total", (798, 840, 95), "consistent"),
    ("kk", "Ауыл жолдарына 640 млн теңге бөлініп, 512 млн теңгесі игерілді (80%).",
     "percent_of_total", (512e6, 640e6, 80), "consistent"),
    # the rate the part makes, named after the restating word
    ("kk", "Ауданда 18 мың жұмыс күші тіркелген, оның 720-сы жұмыссыз, яғни жұмыссыздық деңгейі 4 пайыз.",
     "percent_of_total", (720, 18000, 4), "consistent"),
    ("ru", "Из 18 тысяч человек рабочей силы без работы 720, то есть уровень безработицы составил 5%.",
     "percent_of_total", (720, 18000, 5), "inconsistent"),
    # a short participle before a bare count: the larger count just made in the sentence is its whole
    ("ru", "В районе 40 сел, газифицировано 30 (75%).", "percent_of_total", (30, 40, 75), "consistent"),
    # a share in brackets after a part of a total named as one ("общая", "жалпы")
    ("ru", "Общая площадь пашни – 90 тыс. га, под пшеницу отведено 54 тыс. га (60%).",
     "percent_of_total", (54_000, 90_000, 60), "consistent"),
    ("kk", "Жалпы егістік 90 мың гектар, бидайға 50 мың гектар (60%) берілді.",
     "percent_of_total", (50_000, 90_000, 60), "inconsistent"),
    # what is needed is a total; what was delivered or prepared of it, a part
    ("kk", "Мектептерге 2 400 тонна көмір қажет, 1 800 тонна көмір жеткізілді, бұл қажеттіліктің 75 пайызы.",
     "percent_of_total", (1800, 2400, 75), "consistent"),
    ("ru", "Для школ требуется 2 400 тонн угля, завезено 1 800 тонн (70%).",
     "percent_of_total", (1800, 2400, 70), "inconsistent"),
    # a part counted by an adjective alone leaves out the whole's noun
    ("ru", "Зарегистрировано 1 600 крестьянских хозяйств, из них 1 200 действующих, или 75%.",
     "percent_of_total", (1200, 1600, 75), "consistent"),
    # the part told with the verb of the action the total was planned for
    ("ru", "Предусмотрено заасфальтировать 24 км улиц, заасфальтировано 18 км (75%).",
     "percent_of_total", (18, 24, 75), "consistent"),
    ("kk", "Биыл 250 үйді газбен қамту көзделген, 200 үйге газ келді (85%).",
     "percent_of_total", (200, 250, 85), "inconsistent"),
    # a count planned and done against that plan, the percent in brackets after the actual
    ("ru", "Планировалось открыть 40 новых мест, фактически открыто 44 (110%).",
     "plan_fulfilment", (44, 40, 110), "consistent"),
    ("kk", "Жоспар бойынша 60 жас маманды ауылға тарту көзделген, 57 маман келді (95%).",
     "plan_fulfilment", (57, 60, 95), "consistent"),
    ("kk", "600 оқушыны жазғы демалыспен қамту жоспарланған, 630 оқушы қамтылды (103%).",
     "plan_fulfilment", (630, 600, 103), "inconsistent"),
    ("kk", "Жылдың басында 640 млн теңге көзделген, бүгінге дейін 512 млн теңге жұмсалды, бұл 75 пайыз.",
     "percent_of_total", (512e6, 640e6, 75), "inconsistent"),
    ("ru", "Из 45 объектов сдано 30, или 66,7%.", "percent_of_total", (30, 45, 66.7), "consistent"),
    ("ru", "Из 45 объектов сдано 30, или 76,7%.", "percent_of_total", (30, 45, 76.7), "inconsistent"),
    ("ru", "Выделено 250 млн тенге, из них 100 млн тенге (40%) направлено на ремонт.",
     "percent_of_total", (100e6, 250e6, 40), "consistent"),
    ("ru", "Доступ к интернету имеют 75% или 6 млн человек из 8 млн человек.",
     "percent_of_total", (6e6, 8e6, 75), "consistent"),
    ("ru", "В районе 1200 учащихся, из них 300 (25%) – первоклассники.",
     "percent_of_total", (300, 1200, 25), "consistent"),
    # "тыс." followed by a bracket must not cut the claim in two
    ("ru", "Население 1,2 млн человек, из них 650 тыс. (54%) – городские жители.",
     "percent_of_total", (650000, 1.2e6, 54), "consistent"),
    ("ru", "Запланировано 98 мероприятий. Исполнено 61 (62,2%), в работе 15 (25,3%).",
     "percent_of_total", (61, 98, 62.2), "consistent"),
    ("ru", "Запланировано 98 мероприятий. Исполнено 61 (62,2%), в работе 15 (25,3%).",
     "percent_of_total", (15, 98, 25.3), "inconsistent"),
    ("ru", "Исполнено 61 мероприятие из 98 запланированных (72,2%).", "percent_of_total", (61, 98, 72.2),
     "inconsistent"),
    ("ru", "Объем увеличился на 25% (с 120 до 150 тыс. тонн).", "change", (150000, 120000, 25), "consistent"),
    ("ru", "Из 40 мероприятий исполнено 26, или 65%, ещё 8 (30%) завершат до конца года.",
     "percent_of_total", (8, 40, 30), "inconsistent"),
    ("ru", "План по доходам выполнен на 102,5%: при плане 40 млрд тенге поступило 41 млрд тенге.",
     "plan_fulfilment", (41e9, 40e9, 102.5), "consistent"),
    ("kk", "Жоспар 110 пайызға орындалды: 200 млн теңге жоспардың орнына 210 млн теңге игерілді.",
     "plan_fulfilment", (210e6, 200e6, 110), "inconsistent"),
    ("ru", "В области 320 школ, в 280 из них (87,5%) есть интернет.", "percent_of_total", (280, 320, 87.5),
     "consistent"),
    ("ru", "Привлечено 500 млрд тенге инвестиций, из них 70% или 300 млрд – частные.", "percent_of_total",
     (300e9, 500e9, 70), "inconsistent"),
    ("ru", "Освоено 45,2 млрд тенге, или 98,5% от выделенных 45,9 млрд тенге.", "percent_of_total",
     (45.2e9, 45.9e9, 98.5), "consistent"),
    # the plan word after the first figure belongs to the second: "45,2 млрд при плане 45,9 млрд"
    ("ru", "Исполнение бюджета составило 98,5% (45,2 млрд тенге при плане 45,9 млрд тенге).", "plan_fulfilment",
     (45.2e9, 45.9e9, 98.5), "consistent"),
    ("kk", "Жыл басынан бері 5 200 адам жұмысқа орналастырылды, бұл жоспардың 96,7 пайызы (жоспар – 6 000 адам).",
     "plan_fulfilment", (5200, 6000, 96.7), "inconsistent"),
    # a growth word in the next clause does not make the fulfilment a change
    ("ru", "Поступления составили 52 млрд тенге при плане 50 млрд, план выполнен на 104%, рост к 2023 году – 8%.",
     "plan_fulfilment", (52e9, 50e9, 104), "consistent"),
    ("ru", "На дороги выделено 7,5 млрд тенге. За полгода освоено 6 млрд тенге, план исполнен на 70%.",
     "plan_fulfilment", (6e9, 7.5e9, 70), "inconsistent"),
    ("ru", "Доля газифицированных сел составила 76,1% (205 из 310).", "percent_of_total", (205, 310, 76.1),
     "inconsistent"),
    ("ru", "При плане 80 тыс. тонн заготовлено 68 тыс. тонн, план выполнен на 85%.",
     "plan_fulfilment", (68000, 80000, 85), "consistent"),
    # an amount named as planned, before or after it
    ("ru", "Поступило 63 млрд тенге при запланированных 60 млрд, план выполнен на 105%.",
     "plan_fulfilment", (63e9, 60e9, 105), "consistent"),
    ("ru", "Число туристов выросло с 40 до 52 тыс., или на 30%.", "change", (52000, 40000, 30), "consistent"),
    # a bare count after a plural verb counts what the sentence just counted
    ("ru", "Сейчас в районе 150 субъектов МСБ, активно работают 120 (80%).", "percent_of_total", (120, 150, 80),
     "consistent"),
    ("ru", "В районе 45 школ, работают 40 (80,9%).", "percent_of_total", (40, 45, 80.9), "inconsistent"),
    # "Y против X годом ранее": the later value, then the earlier one
    ("ru", "Доходы выросли на 12% и составили 56 млрд тенге против 50 млрд тенге годом ранее.", "change",
     (56e9, 50e9, 12), "consistent"),
    ("ru", "Число ДТП снизилось на 25% – 40 против 50 в прошлом году.", "change", (40, 50, 25), "inconsistent"),
    ("ru", "Смертность снизилась с 80 до 60 случаев, или на 20%.", "change", (60, 80, 20), "inconsistent"),
    ("ru", "Производство выросло со 120 до 150 тыс. тонн, или на 25%.", "change", (150000, 120000, 25),
     "consistent"),
    # a restating "то есть" lets the size of the change stand a few words further
    ("ru", "Тариф на воду вырос с 85 до 102 тенге за кубометр, то есть на 25%.", "change", (102, 85, 25),
     "inconsistent"),
    # a share later in a sentence that opens "Из 45 сел": of the 45
    ("ru", "Из 45 сел газифицированы 30, еще в 12 (25%) работы начнутся в 2025 году.", "percent_of_total",
     (12, 45, 25), "inconsistent"),
    # "или 60% годового плана" after a plan and its actual figure is the fulfilment
    ("ru", "План на год – 1 000 тонн, за полгода собрано 600 тонн, или 60% годового плана.", "plan_fulfilment",
     (600, 1000, 60), "consistent"),
    # "из" past a participle, and a dash before "X из Y"
    ("ru", "Из выделенных 3,2 млрд тенге освоено 3 млрд, или 93,8%.", "percent_of_total", (3e9, 3.2e9, 93.8),
     "consistent"),
    ("ru", "Освоение составило 92% – 440 млн из 500 млн тенге.", "percent_of_total", (440e6, 500e6, 92),
     "inconsistent"),
    # a count after "из" opening the sentence is the whole of a later share of the same noun
    ("ru", "Из 300 семей 120 получили жилье, еще 60 семей (25%) – сертификаты.", "percent_of_total",
     (60, 300, 25), "inconsistent"),
    # the same measure at an earlier date, then at a later one, and the change between
    # (relative dates such as "былтыр"/"биыл" tie too once the publication date is known)
    ("ru", "В 2022 году сдали 80 квартир, в 2023 году — 100 квартир, рост на 25%.", "change", (100, 80, 25),
     "consistent"),
    ("ru", "В 2022 году поступило 200 жалоб, в 2023 году — 150, на 20% меньше.", "change", (150, 200, 20),
     "inconsistent"),
    ("kk", "2022 жылы 80 пәтер берілсе, 2023 жылы 100 пәтер, яғни 25 пайызға өсті.", "change", (100, 80, 25),
     "consistent"),
    ("kk", "2022 жылы 200 тонна, 2023 жылы 260 тонна жиналды, өсім 25 пайыз.", "change", (260, 200, 25),
     "inconsistent"),
    # a percent in brackets after the plan figure is the plan's fulfilment, not a share of the plan
    ("ru", "За полгода поступило 2,6 млрд тенге при годовом плане 5 млрд (52%).", "plan_fulfilment",
     (2.6e9, 5e9, 52), "consistent"),
    # the earlier value in brackets after its date, the comparison being the change
    ("ru", "В 2024 году выделено 5,5 млрд тенге, что на 10% больше, чем в 2023 году (5 млрд тенге).", "change",
     (5.5e9, 5e9, 10), "consistent"),
    ("ru", "В 2024 году выделено 5,5 млрд тенге, что на 10% меньше, чем в 2023 году (5 млрд тенге).", "change",
     (5.5e9, 5e9, 10), "inconsistent"),
    # the earlier value in brackets after the size and its comparative, the date before the size
    ("kk", "Биыл 5,5 млрд теңге бөлінді, бұл 2023 жылмен салыстырғанда 10 пайызға көп (5 млрд теңге).", "change",
     (5.5e9, 5e9, 10), "consistent"),
    ("kk", "Биыл 5,5 млрд теңге бөлінді, бұл 2023 жылмен салыстырғанда 30 пайызға көп (5 млрд теңге).", "change",
     (5.5e9, 5e9, 30), "inconsistent"),
    # "из них" points at the set just counted, even when that is a share of a larger whole
    ("ru", "Из 40 проверенных объектов нарушения выявлены на 16 (40%), из них на 4 (25%) – грубые.",
     "percent_of_total", (4, 16, 25), "consistent"),
    # a year without its word before a dash, and each value's signed change in brackets
    ("ru", "В 2023 году было 200 жалоб, в 2024 – 240 (+20%), в 2025 – 300 (+20%).", "change", (300, 240, 20),
     "inconsistent"),
    # the change named in the brackets: "(рост 25%)", "(25 пайызға өсті)"
    ("ru", "В 2023 году было 200 жалоб, в 2024 – 240 (рост 20%), в 2025 – 300 (рост 20%).", "change",
     (300, 240, 20), "inconsistent"),
    ("kk", "2023 жылы 160 өтініш түссе, 2024 жылы 200 (25 пайызға өсті).", "change", (200, 160, 25), "consistent"),
    # a scale word is shared only when that brings the two values nearer: 980 people, not 980 000
    ("ru", "Безработных стало меньше: с 1,2 тыс. до 980 человек, или на 18,3%.", "change", (980, 1200, 18.3),
     "consistent"),
    ("ru", "Охват вырос с 900 до 1,2 тыс. человек, или на 33,3%.", "change", (1200, 900, 33.3), "consistent"),
    # each value with its date after it
    ("ru", "Число краж снизилось со 150 в 2023 году до 120 в 2024 году, или на 20%.", "change", (120, 150, 20),
     "consistent"),
    # a percent before a comma and a count out of a whole may measure something else: it confirms,
    # never flags; after a colon the count explains it, and a wrong one is flagged
    ("ru", "Износ водопровода составляет 65%, из 32 км сетей в этом году заменено 4 км.", "percent_of_total",
     (4, 32, 65), "unverifiable"),
    ("ru", "Ставка по микрокредитам – 6% годовых, из 250 заявок одобрено 190.", "percent_of_total",
     (190, 250, 6), "unverifiable"),
    ("ru", "Охват вакцинацией достиг 95%, из 1 800 детей привито еще 120 детей.", "percent_of_total",
     (120, 1800, 95), "unverifiable"),
    ("ru", "Доля сельских жителей – 70%, из 30 000 жителей района в селах живут 21 000.", "percent_of_total",
     (21000, 30000, 70), "consistent"),
    ("ru", "Охват составил 90%: из 12 400 жителей осмотр прошли 9 920.", "percent_of_total",
     (9920, 12400, 90), "inconsistent"),
    ("kk", "Вакцинациямен қамту 95 пайыз: 1 600 баланың 1 440-ы егілді.", "percent_of_total",
     (1440, 1600, 95), "inconsistent"),
    # round sums with a scale word are read to two significant digits, so a wrong percent shows
    ("ru", "Поступления выросли с 3 млрд до 3,5 млрд тенге, или на 25%.", "change", (3.5e9, 3e9, 25), "inconsistent"),
    ("ru", "Поступления выросли с 3 млрд до 3,5 млрд тенге, или на 17%.", "change", (3.5e9, 3e9, 17), "consistent"),
    ("kk", "Жоспар 6 млрд теңге болса, іс жүзінде 5 млрд теңге түсіп, жоспар 90 пайызға орындалды.", "plan_fulfilment",
     (5e9, 6e9, 90), "inconsistent"),
    # a fraction in words restates the share, it is no count of the part
    ("kk", "Ауданның 36 ауылының 27-сі, яғни төрттен үші (75%), таза сумен қамтылған.", "percent_of_total",
     (27, 36, 75), "consistent"),
    ("kk", "Биыл 80 отбасы үй алды, оның 40-ы, яғни жартысы (50%), көпбалалы отбасылар.", "percent_of_total",
     (40, 80, 50), "consistent"),
    # a figure in brackets beside the count (last year's, the plan's) is not what "оның" is of
    ("kk", "Биыл 120 отбасы баспана алды (былтыр – 90 отбасы), оның 30-ы (25%) жас отбасылар.", "percent_of_total",
     (30, 120, 25), "consistent"),
    ("kk", "Курстан 160 адам өтті (жоспар – 200 адам), олардың 40-ы (25%) әйелдер.", "percent_of_total",
     (40, 160, 25), "consistent"),
    ("ru", "В этом году жилье получили 120 семей (в прошлом году – 90), из них 30 (25%) – молодые семьи.",
     "percent_of_total", (30, 120, 25), "consistent"),
    # a larger count of the same noun in the sentence before, not stated as a total, confirms
    # a share but never flags it (it may count another set)
    ("ru", "За год трудоустроено 1 800 человек. На постоянную работу направлены 1 260 человек, или 70%.",
     "percent_of_total", (1260, 1800, 70), "consistent"),
    ("ru", "За год трудоустроено 1 800 человек. На постоянную работу направлены 1 260 человек, или 60%.",
     "percent_of_total", (1260, 1800, 60), "unverifiable"),
    # a sentence opened by the restating word and the percent goes on with the one before
    ("kk", "Биыл 80 іс-шара өтті, оның 52-сі жастарға арналған. Бұл 65 пайызды құрайды.", "percent_of_total",
     (52, 80, 65), "consistent"),
    ("ru", "В районе 48 сельских проектов. Из них 36 уже реализованы. Это 70%.", "percent_of_total",
     (36, 48, 70), "inconsistent"),
    # more shapes of a change: the earlier value named after the comparative, "т.е.", the change
    # named in brackets past a unit, an amount then its percent after "или на" then the level
    ("ru", "Урожайность составила 15,6 ц/га, что на 20% больше прошлогодних 13 ц/га.", "change",
     (15.6, 13, 20), "consistent"),
    ("ru", "Надой составил 3 300 кг, что на 10% выше прошлогоднего показателя в 3 000 кг.", "change",
     (3300, 3000, 10), "consistent"),
    ("ru", "Число получателей выросло с 6 000 до 6 900, т.е. на 15 процентов.", "change", (6900, 6000, 15),
     "consistent"),
    ("ru", "Тариф вырос с 20 тенге до 23 тенге за кВт·ч (рост на 10%).", "change", (23, 20, 10), "inconsistent"),
    ("ru", "Сбор вырос на 150 тыс. тонн, или на 25%, и составил 750 тыс. тонн.", "change", (750e3, 600e3, 25),
     "consistent"),
    # shares: a rate named with "достиг", a part out of a participle's count, a dash after "из них"
    ("ru", "Газифицировано 30 сел из 40, охват газом достиг 75%.", "percent_of_total", (30, 40, 75), "consistent"),
    ("ru", "Осмотр прошли 9 000 человек из 12 000 подлежащих, охват – 75%.", "percent_of_total",
     (9000, 12000, 75), "consistent"),
    ("ru", "Родилось 1 200 детей, из них 630 мальчиков – 55%.", "percent_of_total", (630, 1200, 55), "inconsistent"),
    ("ru", "Из 3,2 тыс. заявок одобрено 2,4 тыс. – 75%.", "percent_of_total", (2400, 3200, 75), "consistent"),
    # Kazakh: the earlier value in the ablative after "бұл" and its date, the size after it;
    # a comparison stated just before the pair is the pair's
    ("kk", "Биыл салыққа 540 млн теңге түсті, бұл былтырғы 450 млн теңгеден 20 пайызға көп.", "change",
     (540e6, 450e6, 20), "consistent"),
    ("kk", "2023 жылы 36 мың тонна астық жиналды, бұл 2022 жылғы 40 мың тоннадан 15 пайызға кем.", "change",
     (36e3, 40e3, 15), "inconsistent"),
    ("kk", "Өткен жылмен салыстырғанда ұрлық 20 пайызға азайып, 60-тан 48-ге түсті.", "change", (48, 60, 20),
     "consistent"),
    # a date word between the pair's values; the change as a bare comparison in brackets
    ("kk", "Ауданда ұрлық былтырғы 50-ден биыл 40-қа азайды (20 пайызға кем).", "change", (40, 50, 20),
     "consistent"),
    ("ru", "Краж стало меньше: со 150 до 120 (на 25% меньше).", "change", (120, 150, 25), "inconsistent"),
    # a second comparison with an older year is of the level, not of the first one's value
    ("ru", "Туристов стало 42 000: это на 20% больше, чем в 2023 году (35 000), и на 40% больше, чем в 2022-м "
     "(30 000).", "change", (42000, 30000, 40), "consistent"),
    ("ru", "Туристов стало 42 000: это на 20% больше, чем в 2023 году (35 000), и на 50% больше, чем в 2022-м "
     "(30 000).", "change", (42000, 30000, 50), "inconsistent"),
    # the actual figure of a plan is not a value dated in the past beside it
    ("ru", "Собрано 124 тыс. тонн при плане 120 тыс. тонн, то есть план выполнен на 103,3%, а к уровню прошлого "
     "года (100 тыс. тонн) рост составил 24%.", "plan_fulfilment", (124e3, 120e3, 103.3), "consistent"),
    ("kk", "Биыл 63 мың тонна астық жиналды, былтыр 55 мың тонна жиналған, жоспар 60 мың тонна болатын; жоспар "
     "105 пайызға орындалды.", "plan_fulfilment", (63e3, 60e3, 105), "consistent"),
    # "Оның" after a comparison is of the level, not of the past value compared with
    ("kk", "Биыл 1,2 млрд теңге бөлінді, бұл өткен жылғы 1 млрд теңгеден 20 пайызға көп. Оның 720 млн теңгесі "
     "(60%) жолға жұмсалды.", "percent_of_total", (720e6, 1.2e9, 60), "consistent"),
    # a list restated "respectively" without brackets
    ("ru", "В лагере отдохнули 400 детей, из них 100 — из многодетных семей, 60 — дети с инвалидностью, то есть "
     "25% и 15% соответственно.", "percent_of_total", (60, 400, 15), "consistent"),
    # a group the text names, not counted where the share is, confirms but never flags
    ("kk", "Бюджет 10 млрд теңге, оның ішінде 6 млрд теңгесі (60%) әлеуметтік салаға, ал әлеуметтік шығыстардың "
     "3 млрд теңгесі (50%) білім беруге бағытталды.", "percent_of_total", (3e9, 10e9, 50), "unverifiable"),
    ("ru", "Из 200 заявок одобрено 160 (80%), из одобренных профинансировано 120 (75%).", "percent_of_total",
     (120, 200, 75), "unverifiable"),
    ("kk", "Биыл 2 000 бас мал сатылды, оның 1 200 басы (60%) ірі қара, ал ірі қараның 600 басы (50%) асыл тұқымды.",
     "percent_of_total", (600, 2000, 50), "unverifiable"),
    # the second comparison's size is not the first pair's, nor is a value after "при плане" ahead
    ("ru", "Надой составил 3 300 кг, что на 10% выше уровня 2023 года (3 000 кг) и на 20% выше уровня 2022 года "
     "(2 750 кг).", "change", (3300, 3000, 10), "consistent"),
    ("ru", "Собрано 99 тыс. тонн при плане 90 тыс. тонн (110%), что больше прошлогоднего (75 тыс. тонн) на 32%.",
     "plan_fulfilment", (99e3, 90e3, 110), "consistent"),
    # a rate, a colon, and the part out of its whole
    ("ru", "Уровень газификации достиг 90%: газ проведён в 36 из 45 сёл.", "percent_of_total", (36, 45, 90),
     "inconsistent"),
    # a pair, a comma, the size and then the verb of the change
    ("kk", "Ауыз су тарифі 80 теңгеден 100 теңгеге, 20 пайызға көтерілді.", "change", (100, 80, 20), "inconsistent"),
    # a plan named before the size is not what was compared with the year before, nor is the
    # value compared with the actual figure of the plan
    ("ru", "Освоено 1,8 млрд тенге, что составляет 90% от плана в 2 млрд тенге и на 20% больше, чем за тот же "
     "период прошлого года (1,5 млрд тенге).", "plan_fulfilment", (1.8e9, 2e9, 90), "consistent"),
]
KEYS = {"percent_of_total": ("part", "whole"), "plan_fulfilment": ("actual", "plan"), "change": ("to", "from")}


@pytest.mark.parametrize("lang,text,kind,key,verdict", KK_TESTS + RU_TESTS)
def test_claims_in_text(lang, text, kind, key, verdict):
    a, b = KEYS[kind]
    checks = [r for r in extract(text, lang) if r.kind == "check" and r.check == kind]
    found = [c for c in checks if (c.inputs[a], c.inputs[b], c.inputs["claimed_percent"]) == pytest.approx(key)]
    assert len(found) == 1, [c.to_dict() for c in checks]
    c = found[0]
    assert c.verdict == verdict, c.explanation
    assert text[c.start:c.end] == c.text


def test_fixture_articles_checks():
    """The fixture site generator's articles carry gold checks, some wrong on purpose."""
    import datetime as dt

    from pipeline.evaluate import Scores, _score_checks
    from scrapers.fixture.generator import generate_site
    from scrapers.fixture.sites import SITES

    scores, wrong = Scores(), 0
    for spec in SITES:
        for a in generate_site(spec, 25, 7, dt.datetime(2024, 5, 1), faults=False):
            if a.text:
                preds = [r.to_dict() for r in extract(a.text, a.lang, a.published.date()) if r.kind == "check"]
                _score_checks(scores, f"{spec.key}-{a.id}", a.checks, preds)
                wrong += sum(not g["consistent"] for g in a.checks)
    d = scores.as_dict()["checks"]
    assert d["gold"] > 50 and wrong > 0
    assert d["found"] >= 0.9 * d["gold"], [m for m in scores.misses][:5]
    assert d["verdict_agree"] == d["found"] and d["false_alarms"] == 0, scores.misses[:5]


def test_seed_gives_two_shares_and_their_sum(shared_dir):
    text = (shared_dir / "seeds" / "tolqyn-2023-01-31-amanat.txt").read_text(encoding="utf-8")
    checks = [r for r in extract(text, "kk") if r.kind == "check"]
    shares = sorted((c.inputs["part"], c.inputs["whole"], c.inputs["claimed_percent"], c.verdict)
                    for c in checks if c.check == "percent_of_total")
    assert shares == [(15, 98, 15.3, "consistent"), (61, 98, 62.2, "consistent")]
    (total,) = [c for c in checks if c.check == "parts_sum"]
    assert total.verdict == "consistent" and total.inputs["computed_sum"] == 76
    assert all("—" in c.explanation and "," in c.explanation for c in checks)


def test_gold_checks_found_with_their_verdict(shared_dir):
    from pipeline.evaluate import Scores, score_article
    from pipeline.gold import load_gold_dir

    scores = Scores()
    for a in load_gold_dir(shared_dir / "gold"):
        preds = [r.to_dict() for r in extract(a.text, a.lang, a.published)]
        score_article(scores, a.name, a.text, a.annotated, a.items, preds, a.checks)
    d = scores.as_dict()["checks"]
    assert d["gold"] > 0
    assert d["found"] == d["gold"] and d["verdict_agree"] == d["gold"], scores.misses
    assert d["false_alarms"] == 0, scores.misses


def test_no_false_alarm_on_kaznerd(shared_dir):
    from pipeline.kaznerd import batches, read_sentences

    alarms = []
    for text, _ in batches(read_sentences(shared_dir / "kaznerd" / "IOB2_valid.txt")):
        alarms += [c.explanation for c in extract(text, "kk") if c.kind == "check" and c.verdict == "inconsistent"]
    assert alarms == []


# Fragments the tying rules react to, shuffled into arbitrary "sentences".
FRAGMENTS = ["98", "61-і", "(62,2%)", "62,2%", "оның", "ішінде", "из", "из них", "с", "до", "или", "немесе",
             "100-ден", "120-ға", "дейін", "өсті", "снизился", "на", "жоспары", "план", "млрд", "тыс.", "теңге",
             "іс-шара", "шара", "(", ")", ",", ".", "\n", "жоспарланған", "всего", "орындалғаны", "15", "0",
             "0%", "%-ға", "пайыз", "1 250,5", "—", "т.е.", "мың"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_any_arrangement_gives_well_formed_checks(parts):
    text = " ".join(parts)
    for c in extract(text, "kk"):
        if c.kind != "check":
            continue
        assert text[c.start:c.end] == c.text
        assert c.verdict in ("consistent", "inconsistent", "unverifiable")
        assert c.explanation and "\n" not in c.explanation


def test_extract_text_prints_checks_after_records(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import cli

    path = tmp_path / "article.txt"
    path.write_text("Из 45 объектов сдано 30, или 76,7%.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract-text", str(path), "--lang", "ru"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines() if x.strip()]
    kinds = [x["kind"] for x in lines]
    assert "check" in kinds and kinds == sorted(kinds, key=lambda k: k == "check")  # checks after the records
    (check,) = [x for x in lines if x["kind"] == "check"]
    assert check["check"] == "percent_of_total" and check["verdict"] == "inconsistent"
    assert (check["part"], check["whole"], check["claimed_percent"], check["computed_percent"]) == (30, 45, 76.7, 66.67)
    assert check["explanation"] == "30 of 45 is 66,67%; the text says 76,7% — inconsistent"


@pytest.mark.parametrize("lang,text,part,unit", [
    ("kk", "Жол картасында 40 іс-шара бар. Орындалғаны 30 (75%), қалғаны келесі жылға қалды.", "30", "іс-шара"),
    ("ru", "В районе 120 предприятий, из них 90 (75%) работают постоянно.", "90", "предприятие"),
    ("kk", "Ауданда 240 отбасы тіркелген. Оның 180-і (75%) баспанамен қамтылды.", "180-і", "отбасы"),
    # the noun written after the share, when it names the whole's, stays as written
    ("kk", "Жоспарда 40 іс-шара бар, орындалғаны 30 (75%), мерзімі бар 4 (10%) шара.", "4", "шара"),
])
def test_a_part_without_its_noun_counts_what_its_whole_counts(lang, text, part, unit):
    records = extract(text, lang)
    assert [r.unit for r in records if r.kind == "number" and r.text == part] == [unit]


# A total broken down into parts, with no percents: the parts may not add up to more.
BREAKDOWN_TESTS = [
    # the kinds of a whole counted by a generic noun ("субъект", "кәсіпорын")
    ("ru", "Зарегистрировано 1 300 субъектов МСБ, в т.ч. 1 000 ИП, 250 ТОО и 100 крестьянских хозяйств.",
     [1000, 250, 100], 1300, "inconsistent"),
    ("kk", "Ауданда 1 300 кәсіпкерлік субъектісі бар, оның ішінде 1 000 жеке кәсіпкер, 250 ЖШС және 50 шаруа қожалығы.",
     [1000, 250, 50], 1300, "consistent"),
    # a bare part beside a scaled one keeps its own value (450, not 450 000)
    ("kk", "Ауданда 15 мың отбасы тұрады, оның 2,3 мыңы көпбалалы, 450-і аз қамтылған.", [2300, 450], 15000,
     "consistent"),
    ("kk", "Ауданға 900 млн теңге бөлінді: 500 млн теңге жол жөндеуге, 600 млн теңге мектептерге.",
     [500e6, 600e6], 900e6, "inconsistent"),
    ("kk", "Облыста 86 мектеп бар, оның ішінде 60-ы ауылда, 26-сы қалада.", [60, 26], 86, "consistent"),
    ("ru", "В районе 120 предприятий: 80 малых, 30 средних и 10 крупных.", [80, 30, 10], 120, "consistent"),
    ("ru", "Всего 40 проектов: 25 в городе, 20 в селах.", [25, 20], 40, "inconsistent"),
    # "оның ішінде" after a verb, and a word like "уақытша" (temporary) after a part
    ("kk", "Биыл 900 адам жұмысқа орналасты, оның ішінде 520-сы тұрақты, 380-і уақытша жұмысқа.", [520, 380],
     900, "consistent"),
    # the whole opens the list itself: "Из 24 сел 20 …, 4 – …", "24 ауылдың 20-сы …, 4-еуі …";
    # nothing says such parts exclude each other, so a sum above the whole is unverifiable
    ("ru", "Из 24 сел 20 газифицированы, 4 – нет.", [20, 4], 24, "consistent"),
    ("kk", "Аудандағы 24 ауылдың 20-сы газдандырылған, 4-еуі әлі жоқ.", [20, 4], 24, "consistent"),
    ("ru", "Из 24 сел в 20 есть школа, в 15 – медпункт.", [20, 15], 24, "unverifiable"),
    ("ru", "Выделено 600 млн тенге, из которых 350 млн – на дороги, 300 млн – на школы.", [350e6, 300e6], 600e6,
     "inconsistent"),
    # a sentence opening with the breakdown word lists the parts of the last figure before it
    ("kk", "Жайылым 64 мың гектарды құрайды. Оның 40 мың гектары суармалы, 30 мың гектары тәлімі.",
     [40_000, 30_000], 64_000, "inconsistent"),
    ("kk", "Биыл 1 640 адам жұмысқа орналасты. Оның ішінде 910-ы тұрақты, 730-ы уақытша жұмысқа.", [910, 730],
     1640, "consistent"),
    ("ru", "Трудоустроены 1 640 человек. Из них 910 – на постоянную работу, 830 – на временную.", [910, 830],
     1640, "inconsistent"),
    # parts counted as the things that have something may overlap
    ("ru", "В районе 38 школ, из них в 30 есть спортзал, в 25 – столовая.", [30, 25], 38, "unverifiable"),
    ("ru", "В районе 38 школ. В том числе 30 со спортзалом, 25 со столовой.", [30, 25], 38, "unverifiable"),
]


@pytest.mark.parametrize("lang,text,parts,whole,verdict", BREAKDOWN_TESTS)
def test_breakdowns(lang, text, parts, whole, verdict):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert [c.check for c in checks] == ["parts_sum"], [c.to_dict() for c in checks]
    c = checks[0]
    assert (c.inputs["parts"], c.inputs["whole"], c.verdict) == (pytest.approx(parts), pytest.approx(whole), verdict)
    assert c.inputs["computed_sum"] == pytest.approx(sum(parts))


@pytest.mark.parametrize("lang,text", [
    # a part's own breakdown inside the list: no plain breakdown to sum
    ("ru", "Выделено 9 млрд тенге: 6 млрд на дороги, в том числе 4 млрд на ремонт, и 3 млрд на школы."),
    ("ru", "Выделено 9 млрд тенге: 6 млрд на дороги (из них 4 млрд на ремонт) и 3 млрд на школы."),
    # a sum with a colon is split among uses only when the text says it was allocated
    ("ru", "Бюджет района — 12 млрд тенге: доходы 7 млрд, расходы 8 млрд."),
    # one item after the colon is no breakdown
    ("ru", "В районе 30 школ: в 2023 году построены 2 школы."),
    # something else counted in the list
    ("kk", "Ауданда 12 мектеп бар: 8 мектепте 3 200 оқушы, 4 мектепте 900 оқушы оқиды."),
    # parts that count other nouns than their whole's, unless that noun is a generic one
    ("ru", "Зарегистрировано 300 ДТП, в т.ч. 200 наездов и 150 столкновений."),
    # "оның" of "according to him" opens no breakdown of the sentence before
    ("kk", "Ауданға 900 млн теңге бөлінді. Оның айтуынша, 500 млн теңге жолға, 600 млн теңге мектепке жұмсалды."),
    # a figure dated apart from the first part is another period's
    ("ru", "Открыто 420 рабочих мест, из них 300 – постоянных, а в прошлом году – 380."),
    ("ru", "Выделено 700 млн тенге, из них освоено 640 млн тенге, еще 200 млн тенге заложено на следующий год."),
    ("kk", "Биыл 420 жұмыс орны ашылды, оның 300-і тұрақты, ал 2023 жылы 380 жұмыс орны ашылған."),
])
def test_no_breakdown_where_the_list_is_not_plain(lang, text):
    assert [r for r in extract(text, lang) if r.kind == "check" and r.check == "parts_sum"] == []


@pytest.mark.parametrize("lang,text,kind,verdict", [
    # people counted by different traits overlap: more than the whole may be right
    ("kk", "Биыл 1 500 адам жұмысқа орналасты, оның 900-і жастар, 700-і әйелдер.", "parts_sum", "unverifiable"),
    ("ru", "Трудоустроено 1 500 человек, из них 900 (60%) – молодежь, 700 (46,7%) – женщины.", "parts_sum",
     "unverifiable"),
    # one trait: the groups exclude each other, and more than the whole is wrong
    ("ru", "На учете 1 500 безработных, из них 900 женщин и 700 мужчин.", "parts_sum", "inconsistent"),
    # counts told by what each received, did or has: a family may get both kinds of help
    ("ru", "В селе 90 многодетных семей, из них 60 получают пособие, 45 – жилищную помощь.", "parts_sum",
     "unverifiable"),
    ("ru", "За месяц в центр обратились 700 человек: 450 получили консультации, 300 трудоустроены.", "parts_sum",
     "unverifiable"),
    ("ru", "В районе 26 сел, из них 22 газифицированы, 15 подключены к интернету.", "parts_sum", "unverifiable"),
    ("ru", "В районе 90 фермеров, из них 72 (80%) получили субсидии, 54 (60%) – кредиты.", "parts_sum",
     "unverifiable"),
    ("kk", "Ауданда 90 шаруа қожалығы бар, олардың 60-ы субсидия, 45-і несие алды.", "parts_sum", "unverifiable"),
    ("kk", "Орталыққа 700 адам жүгінді: 450-і кеңес алды, 300-і жұмысқа орналасты.", "parts_sum", "unverifiable"),
    # states of one thing and money spent on each use exclude each other
    ("ru", "План включает 120 мероприятий, из них 90 выполнены, 40 не начаты.", "parts_sum", "inconsistent"),
    ("ru", "Выделено 500 млн тенге. Из них 300 млн пошли на дороги, 250 млн – на освещение.", "parts_sum",
     "inconsistent"),
    ("kk", "Биыл 900 адам жұмысқа орналасты. Оның ішінде 520-сы тұрақты, 430-ы уақытша жұмысқа.", "parts_sum",
     "inconsistent"),
    # a total of a wider line of its own confirms a product, never flags it
    ("kk", "Биыл 50 кәсіпкерге 3 млн теңгеден грант берілді, ал шағын бизнесті қолдауға жалпы 400 млн теңге бөлінді.",
     "product", "unverifiable"),
    ("ru", "Гранты по 3 млн тенге получили 50 предпринимателей, а на поддержку бизнеса всего выделено 400 млн тенге.",
     "product", "unverifiable"),
    ("kk", "Биыл 50 кәсіпкерге 3 млн теңгеден, барлығы 180 млн теңге грант берілді.", "product", "inconsistent"),
])
def test_sums_and_products_that_may_cover_more(lang, text, kind, verdict):
    checks = [c for c in extract(text, lang) if c.kind == "check" and c.check == kind]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


def test_the_base_of_a_rate_per_head_is_no_figure_of_a_change():
    # "на 10 тыс. жителей" lends no scale to "7,3" and is no value compared with
    text = "Смертность в ДТП – 6,1 на 10 тыс. жителей против 7,3 годом ранее, снижение на 16,4%."
    checks = [c for c in extract(text, "ru", "2024-05-20") if c.kind == "check"]
    assert all(c.verdict != "inconsistent" for c in checks), [c.explanation for c in checks]
    assert [r.text for r in extract(text, "ru") if r.kind == "number"][:1] == ["6,1"]


@pytest.mark.parametrize("lang,text,verdict", [
    # each share right and the parts told as what each home has: they overlap
    ("ru", "В селе 500 дворов; 450 из них, или 90%, имеют доступ к водопроводу, а 350 (70%) подключены к газу.",
     "unverifiable"),
    ("kk", "Ауданда 20 мың үй бар, оның 18 мыңы (90%) сумен, 14 мыңы (70%) газбен қамтылған.", "unverifiable"),
    # states that exclude each other stay flagged, each share right or not
    ("ru", "Запланировано 120 мероприятий. Выполнено 90 (75%), не начато 40 (33,3%).", "inconsistent"),
    # shares of one total each told in a sentence of its own: a release's cross-cutting shares
    ("ru", "Из 640 автобусов 448 ездят на газе (70%). Старше 10 лет – 256 автобусов, или 40%.", "unverifiable"),
])
def test_shares_of_what_each_unit_has_may_overlap(lang, text, verdict):
    checks = [c for c in extract(text, lang) if c.kind == "check" and c.check == "parts_sum"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


def test_a_semicolon_ends_a_breakdown():
    text = ("Жалпы 1 200 адам жұмысқа орналасты, оның ішінде тұрақты жұмысқа 700 адам, уақытша жұмысқа 500 адам; "
            "тұрақты жұмысқа орналасқандардың 280-і (40%) әйелдер.")
    sums = [c for c in extract(text, "kk") if c.kind == "check" and c.check == "parts_sum"]
    assert [(c.inputs["parts"], c.verdict) for c in sums] == [([700, 500], "consistent")]


def test_an_open_ended_date_beside_a_plan_reads_without_error():
    # "до конца года" has no start: the plan's dates are compared without it (found by fuzzing)
    text = "Биыл жоспар бойынша 300 тонна балық, до конца года 280 тонна, 2023 жылы 250 тонна."
    assert [r.kind for r in extract(text, "kk", "2024-05-20") if r.kind == "quantity"] == ["quantity"] * 3


def test_a_rate_of_progress_is_no_share_of_an_unrelated_count():
    text = "Строительство школы выполнено на 70%, на объекте работают 45 человек из 60 запланированных."
    assert [c.explanation for c in extract(text, "ru") if c.kind == "check" and c.verdict == "inconsistent"] == []


def test_a_fraction_in_words_is_no_part_of_a_sum():
    text = "Ауданның 28 ауылының жетеуінде, яғни төрттен бірінде, мектеп жоқ."
    assert [c.explanation for c in extract(text, "kk") if c.kind == "check" and c.check == "parts_sum"] == []


@pytest.mark.parametrize("lang,text", [
    # a comparison after a part's clause is of the total the sentence is about
    ("ru", "Поступления составили 23 млрд тенге, в том числе НДС – 9 млрд; по сравнению с 2023 годом (20 млрд) "
           "рост – 15%."),
    ("kk", "Бюджетке 23 млрд теңге түсті, оның 9 млрд теңгесі ҚҚС; былтырмен (20 млрд) салыстырғанда 15%-ке көп."),
])
def test_a_comparison_after_a_part_is_of_the_total(lang, text):
    changes = [c for c in extract(text, lang, "2024-06-12") if c.kind == "check" and c.check == "change"]
    assert [(c.inputs["from"], c.inputs["to"], c.verdict) for c in changes] == [(20e9, 23e9, "consistent")]


def test_a_change_compared_with_a_year_is_not_a_change_against_the_plan():
    text = ("Биыл 4,2 млрд теңге салық түсті, бұл жоспардың (4 млрд теңге) 105 пайызы, ал 2022 жылмен "
            "(3 млрд теңге) салыстырғанда 40 пайызға көп.")
    assert [c.explanation for c in extract(text, "kk") if c.kind == "check" and c.verdict == "inconsistent"] == []


def test_a_plan_before_a_comparison_is_not_its_earlier_value():
    text = ("Освоено 1,8 млрд тенге, что составляет 90% от плана в 2 млрд тенге и на 20% больше, чем за тот же "
            "период прошлого года (1,5 млрд тенге).")
    assert [c.explanation for c in extract(text, "ru", "2024-05-20") if c.kind == "check" and c.check == "change"] == []


@pytest.mark.parametrize("lang,text,key", [
    # "Износ – 75%, из 8 котлов 6 требуют замены (75%)": the part its own bracket restates is
    # no part of the percent stated first, nor counted twice in a sum
    ("ru", "Износ котельной достигает 80%, из 8 котлов 6 требуют замены (75%).", (6, 8, 75)),
])
def test_a_part_restated_in_its_bracket_is_no_part_of_an_earlier_percent(lang, text, key):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert [(c.check, c.inputs["part"], c.inputs["whole"], c.inputs["claimed_percent"], c.verdict) for c in checks] == [
        ("percent_of_total", *key, "consistent")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Бюджет исполнен на 99,6%, недоосвоено 40 млн тенге из 10 млрд тенге."),
    ("ru", "План выполнен на 98%, не освоено 60 млн тенге из 3 млрд тенге."),
    ("kk", "Бюджет 99,6 пайызға игерілді, 10 млрд теңгенің 40 млн теңгесі игерілмей қалды."),
])
def test_what_was_left_unused_is_no_part_of_the_rate_of_use(lang, text):
    checks = [r for r in extract(text, lang) if r.kind == "check" and r.verdict == "inconsistent"]
    assert checks == [], [c.explanation for c in checks]


def test_a_share_in_a_breakdown_is_a_share_of_its_total():
    text = "Ауданда 98 іс-шара жоспарланды: 61-і (62,2%) орындалды, 15-і (15,3%) орындалу үстінде."
    checks = [r for r in extract(text, "kk") if r.kind == "check"]
    shares = [(c.inputs["part"], c.inputs["whole"], c.verdict) for c in checks if c.check == "percent_of_total"]
    assert shares == [(61, 98, "consistent"), (15, 98, "consistent")]
    assert [c.verdict for c in checks if c.check == "parts_sum"] == ["consistent"]


@pytest.mark.parametrize("lang,text", [
    # different things at the two dates
    ("ru", "В 2022 году построено 12 школ, в 2023 году — 15 больниц, рост на 25%."),
    # the percent after them measures something else
    ("ru", "В 2022 году собрали 120 тонн, в 2023 году — 150 тонн, доля экспорта 25%."),
    # the later date first: no earlier value to start from
    ("kk", "2023 жылы 150 тонна, 2022 жылы 120 тонна болған, айырма 25 пайыз."),
    # one date, two figures
    ("ru", "В 2023 году собрали 120 тонн и 150 тонн, рост на 25%."),
    # the later figure adds to the earlier one ("ещё", "тағы"): no new level to compare
    ("ru", "В 2022 году в районе было 5 школ, в 2023 году построено еще 2 школы, рост на 40%."),
    ("kk", "2022 жылы ауданда 5 мектеп болса, 2023 жылы тағы 2 мектеп салынды, өсім 40 пайыз."),
    # after a comma, a percent of another subject ("на молоко", "сүт бағасы") is not this pair's change
    ("ru", "Цена на хлеб выросла со 120 до 150 тенге, на молоко – на 15%."),
    ("ru", "Зарплата выросла с 250 до 280 тыс. тенге, пенсии – на 8%."),
    ("kk", "Нан бағасы 120 теңгеден 150 теңгеге дейін өсті, сүт бағасы 15 пайызға қымбаттады."),
    # a bare percent in brackets that is the later level's index, not the size of the change
    ("kk", "2022 жылы 420 бала туылса, 2023 жылы 398-ге төмендеді (94,8%)."),
])
def test_no_change_across_dates_where_the_pair_is_not_plain(lang, text):
    assert [r for r in extract(text, lang) if r.kind == "check" and r.check == "change"] == []


@pytest.mark.parametrize("lang,text", [
    ("kk", "Өткен жылы 80 пәтер берілсе, биыл 100 пәтер, яғни 25 пайызға өсті."),
    ("ru", "В прошлом году сдали 80 квартир, в этом году — 100 квартир, рост на 25%."),
    # the level first, then the earlier one after its date and a dash
    ("ru", "В этом году сдали 100 квартир, в прошлом году – 80 квартир, или на 25% больше."),
    ("kk", "Биыл 100 пәтер берілді, былтыр – 80 пәтер, яғни 25 пайызға артық."),
])
def test_relative_dates_tie_a_change_once_the_publication_date_is_known(lang, text):
    def changes(published):
        return [(c.inputs["from"], c.inputs["to"], c.verdict) for c in extract(text, lang, published)
                if c.kind == "check" and c.check == "change"]

    assert changes(None) == []
    assert changes("2024-05-01") == [(80, 100, "consistent")]


def test_a_change_against_its_direction_says_both_ways():
    (c,) = [r for r in extract("Число ДТП выросло с 50 до 40, или на 20%.", "ru") if r.kind == "check"]
    assert c.verdict == "inconsistent"
    assert "is a fall of 20%" in c.explanation and "the text says a rise of 20%" in c.explanation


@pytest.mark.parametrize("lang,text,verdict", [
    ("ru", "Тариф вырос на 12%: с 25 до 28 тенге.", "consistent"),
    ("kk", "Тариф 20 пайызға өсті: 25 теңгеден 28 теңгеге дейін.", "inconsistent"),
])
def test_the_size_of_a_change_before_a_colon(lang, text, verdict):
    (c,) = [r for r in extract(text, lang) if r.kind == "check"]
    assert (c.check, c.inputs["from"], c.inputs["to"], c.verdict) == ("change", 25, 28, verdict)


def test_a_plan_in_brackets_is_no_share_of_itself():
    text = "Жарты жылда 2,6 млрд теңге түсті, жылдық жоспар 5 млрд теңге (70%)."
    checks = [r for r in extract(text, "kk") if r.kind == "check"]
    assert [(c.check, c.verdict) for c in checks] == [("plan_fulfilment", "inconsistent")]


@pytest.mark.parametrize("lang,text,old,new,factor,verdict", [
    ("ru", "Число обращений выросло в 2 раза – со 140 до 280.", 140, 280, 2, "consistent"),
    ("ru", "Количество краж сократилось вдвое – с 80 до 40.", 80, 40, 2, "consistent"),
    # a whole factor holds within a tenth of itself, not to its half unit: 1,5 is no "в 2 раза"
    ("ru", "Количество краж сократилось в 2 раза: с 90 до 60.", 90, 60, 2, "inconsistent"),
    ("ru", "Выпуск вырос в 1,5 раза – со 120 до 200 тонн.", 120, 200, 1.5, "inconsistent"),
    ("kk", "Өнім 1,5 мың тоннадан 4,5 мың тоннаға дейін, яғни 3 есе артты.", 1500, 4500, 3, "consistent"),
    ("kk", "Өтініштер 200-ден 700-ге дейін, яғни 2 есеге өсті.", 200, 700, 2, "inconsistent"),
    # against an earlier value in brackets after its date
    ("ru", "Отремонтировано 18 км дорог, что в 3 раза больше, чем в 2023 году (6 км).", 6, 18, 3, "consistent"),
    ("ru", "Выдано 90 кредитов, что в 2 раза больше, чем в 2023 году (60).", 60, 90, 2, "inconsistent"),
])
def test_a_change_stated_as_a_factor(lang, text, old, new, factor, verdict):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert len(checks) == 1, [c.to_dict() for c in checks]
    c = checks[0]
    assert (c.check, c.inputs["from"], c.inputs["to"], c.inputs["claimed_factor"]) == ("change", old, new, factor)
    assert c.verdict == verdict, c.explanation


@pytest.mark.parametrize("lang,text,points,verdict", [
    ("ru", "Доля выросла с 40% до 46%, или на 6 п.п.", 6, "consistent"),
    ("ru", "Доля выросла с 40% до 46%, или на 8 п.п.", 6, "inconsistent"),
    ("kk", "Үлес 40 пайыздан 46 пайызға дейін, яғни 6 пайыздық тармаққа өсті.", 6, "consistent"),
    # "%" after a pair of percentages may be relative (6 of 40 is 15%) or points
    ("ru", "Охват вырос с 40% до 46%, то есть на 15%.", 6, "consistent"),
    ("ru", "Охват вырос с 40% до 46%, то есть на 6%.", 6, "consistent"),
    ("ru", "Охват вырос с 40% до 46%, то есть на 10%.", 6, "inconsistent"),
])
def test_a_percentage_that_moved(lang, text, points, verdict):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert len(checks) == 1, [c.to_dict() for c in checks]
    c = checks[0]
    assert (c.check, c.inputs["from"], c.inputs["to"], c.inputs["computed_points"]) == ("change", 40, 46, points)
    assert c.verdict == verdict, c.explanation


@pytest.mark.parametrize("text,claimed,verdict", [
    # the size first, after an abbreviation's dot, then the pair after a dash
    ("Доля снизилась на 0,5 п.п. – с 12% до 11,5%.", 0.5, "consistent"),
    ("Доля снизилась на 1,5 п.п. – с 12% до 11,5%.", 1.5, "inconsistent"),
])
def test_points_stated_before_the_pair(text, claimed, verdict):
    checks = [r for r in extract(text, "ru") if r.kind == "check"]
    assert [(c.inputs["from"], c.inputs["to"], c.inputs["claimed_points"]) for c in checks] == [(12, 11.5, claimed)]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("lang,text,parts,verdict", [
    ("ru", "Из 800 опрошенных 55% за, 30% против, остальные 15% не определились.", [55, 30, 15], "consistent"),
    ("ru", "Из 800 опрошенных 55% за, 30% против, остальные 20% не определились.", [55, 30, 20], "inconsistent"),
    ("kk", "Тұрғындардың 55 пайызы қолдады, 30 пайызы қарсы, қалған 15 пайызы бейтарап.", [55, 30, 15], "consistent"),
    ("ru", "Мужчин 33,3%, остальные 66,7% – женщины.", [33.3, 66.7], "consistent"),
])
def test_shares_closed_by_the_rest_make_a_whole(lang, text, parts, verdict):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert [(c.check, c.inputs["parts"], c.inputs["whole"]) for c in checks] == [("parts_sum", parts, 100)]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("lang,text", [
    # "65% use the internet, 45% watch TV": nothing says the shares divide one whole
    ("ru", "Интернетом пользуются 65% жителей, телевизор смотрят 45%."),
    # changes, not shares: "the rest" of the industries grew by 2%
    ("ru", "Промышленность выросла на 5%, остальные отрасли – на 2%."),
    ("kk", "Өнеркәсіп 5 пайызға өсті, қалған салалар 2 пайызға өсті."),
])
def test_shares_that_divide_no_whole_are_not_summed(lang, text):
    assert [r for r in extract(text, lang) if r.kind == "check"] == []


@pytest.mark.parametrize("lang,text,old,new,verdict", [
    ("ru", "Пенсия выросла на 12 тыс. тенге и составила 132 тыс. тенге, рост – 10%.", 120_000, 132_000, "consistent"),
    ("ru", "Пенсия выросла на 12 тыс. тенге и составила 132 тыс. тенге, рост – 12%.", 120_000, 132_000,
     "inconsistent"),
    ("kk", "Зейнетақы 12 мың теңгеге өсіп, 132 мың теңгеге жетті, өсім – 10 пайыз.", 120_000, 132_000, "consistent"),
    ("ru", "Поголовье сократилось на 2 тыс. голов и составило 18 тыс. голов, или на 10%.", 20_000, 18_000,
     "consistent"),
    # the percent between the amount and the level
    ("ru", "Поголовье овец увеличилось на 3 тыс. голов (на 7,5%) и составило 43 тыс. голов.", 40_000, 43_000,
     "consistent"),
    ("ru", "Число безработных сократилось на 90 человек (на 9%) и составило 810 человек.", 900, 810, "inconsistent"),
    ("ru", "Прирост составил 40 единиц, или 20%, и достиг 240.", 200, 240, "consistent"),
    ("kk", "Қой басы 3 мың басқа (7,5 пайызға) өсіп, 43 мың басқа жетті.", 40_000, 43_000, "consistent"),
])
def test_a_change_given_by_its_amount_and_the_level_reached(lang, text, old, new, verdict):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert [(c.check, c.inputs["from"], c.inputs["to"]) for c in checks] == [("change", old, new)]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("lang,text,old,new,amount,verdict", [
    # a from-to pair with the change stated as an amount of the same measure
    ("kk", "Кезектегілер саны 940 адамнан 815 адамға дейін, яғни 125 адамға қысқарды.", 940, 815, 125, "consistent"),
    ("kk", "Кезектегілер саны 940 адамнан 815 адамға дейін, яғни 135 адамға қысқарды.", 940, 815, 135, "inconsistent"),
    ("ru", "Очередь сократилась с 940 до 815 человек, то есть на 125 человек.", 940, 815, 125, "consistent"),
    ("ru", "Оклад вырос с 180 до 210 тыс. тенге, то есть на 30 тыс. тенге.", 180_000, 210_000, 30_000, "consistent"),
    # a value and the earlier one in brackets after its date, the amount between them
    ("ru", "На дороги направлено 6,4 млрд тенге, что на 1,1 млрд тенге больше, чем в 2023 году (5,3 млрд).",
     5.3e9, 6.4e9, 1.1e9, "consistent"),
    ("ru", "В 2024 году зарегистрировано 214 браков, что на 30 меньше, чем в 2023 году (236).", 236, 214, 30,
     "inconsistent"),
    # the same measure at two dates, the amount with a comparative
    ("kk", "2023 жылы 36 шақырым су құбыры тартылса, 2024 жылы 52 шақырым, яғни 16 шақырымға көп.", 36, 52, 16,
     "consistent"),
    # the level reached, then the earlier dated value in the ablative with the size after it
    ("kk", "Салық түсімі 8,2 млрд теңгені құрап, өткен жылғы 7,1 млрд теңгеден 1,1 млрд теңгеге өсті.", 7.1e9, 8.2e9,
     1.1e9, "consistent"),
])
def test_a_change_stated_as_an_amount(lang, text, old, new, amount, verdict):
    checks = [r for r in extract(text, lang, "2024-05-20") if r.kind == "check"]
    assert len(checks) == 1, [c.to_dict() for c in checks]
    c = checks[0]
    assert (c.check, c.inputs["from"], c.inputs["to"], c.inputs["claimed_amount"]) == \
        ("change", pytest.approx(old), pytest.approx(new), pytest.approx(amount))
    assert c.verdict == verdict, c.explanation


@pytest.mark.parametrize("lang,text,old,new,verdict", [
    ("kk", "Мал басы 12 400 бастан 13 640 басқа дейін, яғни 10 пайызға өсті.", 12_400, 13_640, "consistent"),
    # the level reached, then the earlier dated value in the ablative, its size in percent after it
    ("kk", "Өнім көлемі 4,6 млрд теңгені құрап, өткен жылғы 4 млрд теңгеден 15 пайызға өсті.", 4e9, 4.6e9, "consistent"),
    ("kk", "Өнім көлемі 4,6 млрд теңгені құрап, 2023 жылғы 4 млрд теңгеден 40 пайызға өсті.", 4e9, 4.6e9,
     "inconsistent"),
])
def test_a_change_told_from_the_earlier_value(lang, text, old, new, verdict):
    checks = [r for r in extract(text, lang, "2024-05-20") if r.kind == "check"]
    assert [(c.check, c.inputs["from"], c.inputs["to"]) for c in checks] == [("change", old, new)], \
        [c.to_dict() for c in checks]
    assert checks[0].verdict == verdict, checks[0].explanation


@pytest.mark.parametrize("text", [
    "Построено 5 школ, отремонтировано 12 (80%).",  # a smaller count is no whole
    "Выдано 300 кредитов, профинансировано 45 (15%) проектов.",  # the part names another noun
])
def test_no_whole_for_a_participle_count_that_cannot_be_a_part(text):
    checks = [r for r in extract(text, "ru") if r.kind == "check"]
    assert [(c.check, c.verdict) for c in checks] == [("percent_of_total", "unverifiable")]


def test_a_part_of_either_count_before_is_unverifiable():
    # "Оның 38-і" names no noun, and the sentence before counts schools and pupils: 38 of 45
    # schools (84,4%) or of 12 500 pupils, the text does not say; no false alarm
    text = "Ауданда 45 мектеп бар, онда 12 500 оқушы оқиды. Оның 38-і (84,4%) жаңа ғимаратта."
    checks = [r for r in extract(text, "kk") if r.kind == "check"]
    assert [(c.check, c.verdict) for c in checks] == [("percent_of_total", "unverifiable")]


@pytest.mark.parametrize("lang,text", [
    # the percent compares with last year, or with a plan not the total allocated
    ("ru", "Выделено 640 млн тенге, освоено 512 млн тенге (на 15% больше, чем годом ранее)."),
    ("ru", "Предусмотрено 640 млн тенге, освоено 512 млн тенге (72% от годового плана)."),
    # the earlier figure is not stated as allocated or planned
    ("ru", "Доходы составили 640 млн тенге, освоено 512 млн тенге (75%)."),
    # the later figure is not told as used of it
    ("ru", "Выделено 640 млн тенге, на дороги пришлось 512 млн тенге (75%)."),
    # a smaller earlier figure cannot be the whole
    ("kk", "Биыл 400 млн теңге бөлініп, 512 млн теңге игерілді (75%)."),
    # a different action from the one planned: no share of it
    ("ru", "Предусмотрено отремонтировать 24 км дорог, освещено 18 км (75%)."),
    # the rate of the whole budget, then a part of one item of it
    ("ru", "Бюджет исполнен на 98%, освоено 2,3 млрд тенге из 2,5 млрд, выделенных на дороги."),
])
def test_no_share_of_an_allocation_where_the_tie_is_not_plain(lang, text):
    checks = [r for r in extract(text, lang) if r.kind == "check" and r.check == "percent_of_total"]
    assert all(c.verdict != "inconsistent" for c in checks), [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text", [
    # a comparison with last year next to a plan is not one with the plan
    ("ru", "При плане 6 млрд тенге поступило 6,1 млрд тенге, что на 20% больше, чем в прошлом году."),
    ("ru", "При плане 6 млрд тенге поступило 6,1 млрд тенге, что на 20% больше прошлогоднего."),
    ("kk", "6 млрд теңге жоспар болса, 6,1 млрд теңге түсті, бұл өткен жылдан 20 пайызға көп."),
])
def test_no_plan_change_where_another_value_is_compared_with(lang, text):
    checks = [r for r in extract(text, lang) if r.kind == "check"]
    assert not any(c.verdict == "inconsistent" for c in checks), [c.explanation for c in checks]
    assert not any(c.inputs.get("from") == 6e9 for c in checks)


def test_a_level_in_the_sentence_before_needs_the_comparison_to_open_the_next():
    """"Доходы … 14,2 млрд. Расходы выросли на 1,8 млрд, или на 14,5%": another measure's change."""
    text = "Доходы бюджета составили 14,2 млрд тенге. Расходы выросли на 1,8 млрд тенге, или на 14,5%."
    assert [r for r in extract(text, "ru") if r.kind == "check" and r.check == "change"] == []


# Correct claims whose shapes once raised false alarms: (text, the check type expected
# consistent, or None where no verdict but "not inconsistent" can be asked)
CORRECT_CLAIMS = [
    # a place between the year and the first value
    ("ru", "В 2023 году в селе Жанаарык открыли 15 кружков, в 2024 году – 18, что на 20% больше.", "change"),
    ("ru", "В 2022 году в районной поликлинике приняли 50 тыс. пациентов, в 2023 году – 45 тыс., то есть на 10% меньше.",
     "change"),
    # the amount of a change is no later level
    ("ru", "В 2023 году стадо насчитывало 40 тыс. голов, в 2024 году оно выросло на 2 тыс. голов, или на 5%, до 42 тыс.",
     None),
    ("kk", "2023 жылы түсім 4 млрд теңге болса, 2024 жылы ол 0,6 млрд теңгеге, яғни 15%-ға артты.", None),
    # a rate "на 1 000 человек" is no claimed figure
    ("ru", "Заболеваемость снизилась с 12,5 до 10 на 1 000 человек, то есть на 20%.", None),
    # an average between a whole and "из них" / "олардың"
    ("ru", "Из 60 участников 50 дошли до финала, средний возраст – 31, а 20 из них (40%) – студенты.", "percent_of_total"),
    ("kk", "Жарысқа қатысқан 80 спортшының орташа жасы – 22, олардың 20-сы (25%) ауылдан.", "percent_of_total"),
    # traits that overlap; services each home has
    ("ru", "В районе 2 000 врачей, из них с высшей категорией – 1 200 (60%), со стажем более 10 лет – 1 500 (75%).",
     None),
    ("kk", "800 үй тексерілді, оның 700-і электрмен, 500-і газбен, 300-і кәрізбен қамтылған.", None),
    # "X жоспарға Y": X is the plan
    ("kk", "4 млрд теңге жоспарға 4,2 млрд теңге түсті, жоспар 105%-ға орындалды.", "plan_fulfilment"),
    # an amount per month over a span
    ("ru", "Выплаты по 30 тыс. тенге получали 200 семей ежемесячно в течение 4 месяцев, на общую сумму 24 млн тенге.",
     "product"),
    # by how much a plan was missed is no share done
    ("ru", "План по сборам недовыполнен на 4%: собрано 480 млн из 500 млн тенге.", None),
    # a comparison after a list of parts is of their whole
    ("ru", "Выдано 90 кредитов: 60 – фермерам и 30 – предпринимателям. Это на 50% больше, чем в прошлом году (60 кредитов).",
     None),
    # a "Бұл" sentence after a list adds no part to it
    ("kk", "Биыл 40 келісім жасалды: көктемде 15, жазда 25. Бұл былтырғы 32 келісімнен 25%-ға көп.", None),
    # "из них" after a comparison is of the level, not of last year's value
    ("ru", "Зарегистрировано 250 браков против 200 годом ранее. Из них 100, или 40%, – в селах.", "percent_of_total"),
    ("ru", "Открыто 120 ИП, что на 20% больше, чем год назад (100). Из них 30, или 25%, – в селах.", "percent_of_total"),
    ("kk", "Биыл 500 бала туды, бұл 400 бала болған өткен жылдан 25%-ға көп. Олардың 250-і (50%) ұл.", "percent_of_total"),
    # "из них" opening a sentence is of the figure just counted, even one that is a share itself
    ("ru", "Из 2 млн тонн урожая области на район пришлось 200 тыс. тонн, или 10%. Из них 150 тыс. тонн (75%) – пшеница.",
     "percent_of_total"),
    # the whole found is of another area than the share names
    ("ru", "В районе 40 000 жителей, это 4% населения области, где живёт 1 млн человек. Сельских жителей района – "
           "30 000 человек, или 75% от общей численности жителей района.", None),
    # "олардың" after a part is a part of it; a list of parts in the dative is no whole
    ("kk", "Ауданда 300 фермер бар, оның 200-і мал өсіреді, олардың 120-сы жылқы өсіреді.", None),
    ("kk", "Түскен 800 өтінімнің 600-і мақұлданды, 200-іне, яғни 25%-ына бас тартылды.", "percent_of_total"),
    # lists paired "respectively" are not paired by nearness
    ("ru", "Выпуск вырос с 200 до 240 тонн и с 1 000 до 1 100 тонн, или на 20% и 10% соответственно.", None),
    # the amount of a change restated as a percent, the earlier level in brackets after it
    ("ru", "Помощь получили 900 семей, что на 100 семей, или на 10%, меньше, чем годом ранее (1 000).", "change"),
    ("ru", "Доходы составили 1,1 млрд тенге, что на 0,1 млрд тенге, или на 10%, больше, чем в 2023 году (1 млрд тенге).",
     "change"),
    # a percent that names what it is a share of is no plan's fulfilment
    ("ru", "Засеяно 900 га (план – 1 000 га), или 3% площади района.", None),
    # a table's deviation column is the change from the plan
    ("ru", "Статья | План, млн тенге | Факт, млн тенге | Отклонение, %\nНалоги | 2 000 | 2 100 | +5\n"
           "Прочие | 500 | 450 | -10", "change"),
]


@pytest.mark.parametrize("lang,text,kind", CORRECT_CLAIMS)
def test_correct_claims_raise_no_false_alarm(lang, text, kind):
    checks = [r for r in extract(text, lang, "2024-05-20") if r.kind == "check"]
    assert not [c.explanation for c in checks if c.verdict == "inconsistent"]
    if kind is not None:
        assert any(c.check == kind and c.verdict == "consistent" for c in checks), [c.explanation for c in checks]


# Claims newly checked: a list closed by a total, a table's total row and share column, a
# whole in brackets beside the noun it is the whole of. (text, check type, verdict)
NEW_SHAPES = [
    ("ru", "Построено 4 школы, 3 клуба и 2 стадиона – всего 9 объектов.", "parts_sum", "consistent"),
    # a summing word a couple of words into the next sentence ("тоқсан бойынша" is the quarter)
    ("kk", "Қазанда 100 млн теңге, қарашада 120 млн теңге түсті. Тоқсан бойынша жиыны – 230 млн теңге.", "parts_sum",
     "inconsistent"),
    ("ru", "Построено 4 школы, 3 клуба и 2 стадиона – всего 11 объектов.", "parts_sum", "inconsistent"),
    ("kk", "4 мектеп, 3 клуб және 2 стадион салынды – барлығы 11 нысан.", "parts_sum", "inconsistent"),
    ("ru", "В январе поступило 120 млн тенге, в феврале – 140 млн, в марте – 160 млн. Итого за квартал – 460 млн тенге.",
     "parts_sum", "inconsistent"),
    # a total stated apart may count more than the list names: only a list beyond it flags
    ("ru", "Открыты 2 школы и 3 детских сада. Всего сдано 40 объектов.", "parts_sum", "unverifiable"),
    ("ru", "Село | Жители\nАқжар | 1 200\nБереке | 900\nИтого | 2 300", "parts_sum", "inconsistent"),
    ("kk", "Ауыл | Тұрғындар\nАқжар | 1 200\nБереке | 900\nБарлығы | 2 100", "parts_sum", "consistent"),
    ("ru", "Культура | Площадь, тыс. га | Доля, %\nПшеница | 60 | 60\nЯчмень | 40 | 30\nИтого | 100 | 100",
     "percent_of_total", "inconsistent"),
    ("kk", "Ауданда 18 мың тонна көкөніс жиналды, бұл облыс өнімінің (90 мың тонна) 25%-ы.", "percent_of_total",
     "inconsistent"),
    ("ru", "Район собрал 18 тыс. тонн овощей – 20% урожая области (90 тыс. тонн).", "percent_of_total", "consistent"),
]


NEW_SHAPES += [
    # a plan counted with its verb's object between, a plan in the genitive participle, a
    # plan as a sentence's subject with the actual and its fulfilment in the next
    ("ru", "Планировалось трудоустроить на сезонные работы 400 человек, фактически трудоустроено 380, план выполнен "
           "на 95%.", "plan_fulfilment", "consistent"),
    ("kk", "Жоспарланған 200 түлектің 170-і жұмысқа орналасты, жоспар 90 пайызға орындалды.", "plan_fulfilment",
     "inconsistent"),
    ("ru", "План сборов на полугодие был утвержден в сумме 2,5 млрд тенге. Фактически поступило 2,7 млрд тенге, "
           "исполнение составило 108%.", "plan_fulfilment", "consistent"),
    # "бұл жалпы санның …", "это … от общего числа": the share of the count "of them"
    ("kk", "Ауданда 800 дәрігер бар. Олардың 200-і жоғары санатты маман, бұл жалпы санның 30%-і.", "percent_of_total",
     "inconsistent"),
    ("ru", "В школах района 1 500 учителей. 600 из них – молодые специалисты, это 40% от общего числа.",
     "percent_of_total", "consistent"),
    # a change past the base of a rate
    ("ru", "Заболеваемость снизилась с 50 до 40 случаев на 100 тысяч населения, то есть на 25%.", "change",
     "inconsistent"),
]


@pytest.mark.parametrize("lang,text,kind,verdict", NEW_SHAPES)
def test_totals_tables_and_bracketed_wholes(lang, text, kind, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == kind]
    assert [c.verdict for c in checks if c.verdict == verdict], [c.explanation for c in checks]
    if verdict != "inconsistent":
        assert not [c for c in checks if c.verdict == "inconsistent"]


@pytest.mark.parametrize("lang,text", [
    # rates, averages, indices and densities are not summed; nor a total of more than the rows
    ("ru", "Хозяйство | Урожайность, ц/га\nБереке | 14,2\nАқсу | 15,1\nИтого | 14,6"),
    ("ru", "Статья | Сумма, млн тенге\nДоходы | 100\nв т.ч. налоги | 60\nненалоговые | 40\nИтого | 100"),
    ("ru", "Район | Индекс цен\nАральский | 106,1\nКазалинский | 105,7\nВсего по области | 105,9"),
    ("ru", "Район | Плотность, чел. на кв. км\nА | 12,0\nБ | 8,0\nИтого | 9,6"),
    ("kk", "Шаруашылық | Бір сиырдан сауылған сүт, кг\nА | 3 900\nБ | 3 500\nБарлығы | 3 700"),
    ("ru", "Район | Посевы, тыс. га\nА | 100\nБ | 80\nВсего по области (включая остальные районы) | 700"),
    # a share column of another whole than the total row
    ("ru", "Отрасль | Объем, млрд тенге | Доля в ВРП, %\nА | 800 | 20,0\nБ | 200 | 5,0\nИтого | 1 000 | 25,0"),
])
def test_tables_whose_total_row_is_no_sum_raise_no_alarm(lang, text):
    assert not [r.explanation for r in extract(text, lang) if r.kind == "check" and r.verdict == "inconsistent"]


def test_whole_counts_in_a_table_add_up_exactly():
    text = "Село | Школы\nА | 12\nБ | 10\nИтого | 23"
    assert [r.verdict for r in extract(text, "ru") if r.kind == "check"] == ["inconsistent"]


@pytest.mark.parametrize("lang,text,part,whole,verdict", [
    # the part out of its whole counted in the sentence after the percent, of the same noun
    ("ru", "Прививкой охвачено 96% детей. Всего привито 1 440 детей из 1 500 запланированных.", 1440, 1500, "consistent"),
    ("kk", "Балалардың 96 пайызы егілді. 1 500 баланың 1 440-ы вакцина алды.", 1440, 1500, "consistent"),
    # stated first, the percent may measure something else: a mismatch confirms nothing, flags nothing
    ("ru", "Прививкой охвачено 90% детей. Всего привито 1 440 детей из 1 500 запланированных.", 1440, 1500,
     "unverifiable"),
    # a share named by the label of one part of the list before it
    ("ru", "В поликлинике наблюдаются 2 000 пациентов, в том числе 700 – с астмой, 300 – с диабетом. "
     "Доля пациентов с астмой – 35%.", 700, 2000, "consistent"),
    ("kk", "Емханада 400 қызметкер жұмыс істейді. Оның ішінде дәрігерлер – 90, мейірбикелер – 210. "
     "Дәрігерлердің үлесі 22,5 пайызды құрайды.", 90, 400, "consistent"),
    ("ru", "В поликлинике наблюдаются 2 000 пациентов, в том числе 700 – с астмой, 300 – с диабетом. "
     "Доля пациентов с астмой – 45%.", 700, 2000, "unverifiable"),
    # "что составляет" after a long clause restates the count that opens it
    ("ru", "Из 80 новых квартир 20 получат многодетные семьи из числа очередников района, что составляет 25%.",
     20, 80, "consistent"),
])
def test_shares_stated_apart_from_their_part(lang, text, part, whole, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "percent_of_total"]
    found = [c for c in checks if (c.inputs["part"], c.inputs["whole"]) == (part, whole)]
    assert [c.verdict for c in found] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text", [
    # the next sentence counts another noun, or the label names no single part
    ("ru", "Прививкой охвачено 96% детей. Из 50 сел газифицировано 48."),
    ("ru", "В поликлинике наблюдаются 2 000 пациентов, в том числе 700 взрослых пациентов, 300 детей-пациентов. "
     "Доля пациентов – 35%."),
])
def test_no_share_tied_across_sentences_without_its_noun(lang, text):
    assert not [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "percent_of_total"]


@pytest.mark.parametrize("lang,text,kind,verdict", [
    # a need is met as a plan is, and the percent restating the pair after it is the fulfilment
    ("ru", "На маршрутах работают 180 автобусов при потребности 200, то есть 90%.", "plan_fulfilment", "consistent"),
    ("ru", "На маршрутах работают 180 автобусов при плане 200, то есть 80%.", "plan_fulfilment", "inconsistent"),
    # the actual figure in the sentence before a plan that states none: confirms, never flags
    ("kk", "Ақылы қызметтерден 33 млн теңге түсті. Жоспар 30 млн теңге болған, яғни жоспар 110 пайызға орындалды.",
     "plan_fulfilment", "consistent"),
    ("kk", "Ақылы қызметтерден 33 млн теңге түсті. Жоспар 30 млн теңге болған, яғни жоспар 120 пайызға орындалды.",
     "plan_fulfilment", "unverifiable"),
    # "от общего числа", "от плана": the count of the sentence before is the whole the percent names
    ("ru", "В очереди на жилье состоят 2 000 семей. В этом году квартиры получили 300 семей, или 25% от общего "
     "числа очередников.", "percent_of_total", "inconsistent"),
    ("ru", "План вакцинации – 50 000 голов. На 1 мая привито 30 000 голов, или 70% от плана.", "percent_of_total",
     "inconsistent"),
    # a percent naming a group the count found does not share a word with: confirms, never flags
    ("ru", "Из 300 домов 120 требуют ремонта. В этом году отремонтированы 30 домов, что составляет 25% от "
     "нуждающихся.", "percent_of_total", "unverifiable"),
    # "бұл" and a group in the genitive goes on with the count of the sentence before
    ("kk", "Биыл 400 өтініш түсті, олардың 250-і жол жөндеуге қатысты. Бұл түскен өтініштердің 62,5 пайызы.",
     "percent_of_total", "consistent"),
    # the counting word between the genitive whole and its possessive part
    ("kk", "Ауданда 120 мың бас ұсақ малдың 90 мың басы егілді, бұл 75 пайыз.", "percent_of_total", "consistent"),
    # a percent given roughly or as a bound: confirmed when it holds, never flagged
    ("ru", "Записаны 5 000 читателей, из них 2 300 – школьники. Это около 46% всех читателей.", "percent_of_total",
     "consistent"),
    ("ru", "Записаны 5 000 читателей, из них 2 300 – школьники. Это около 36% всех читателей.", "percent_of_total",
     "unverifiable"),
    ("kk", "Қалада 150 автобус бар, оның 93-і 10 жылдан астам пайдаланылған, яғни 60 пайыздан астамы.",
     "percent_of_total", "consistent"),
    ("kk", "Қалада 150 автобус бар, оның 80-і 10 жылдан астам пайдаланылған, яғни 60 пайыздан астамы.",
     "percent_of_total", "unverifiable"),
    # a share named by the label of a part counted "of them", or of a list closed by its words
    ("ru", "Спортсмены завоевали 120 наград, из них 30 золотых медалей. Доля золотых наград, таким образом, "
     "составила 25%.", "percent_of_total", "consistent"),
    ("kk", "Спортшылар 200 медаль алды: оның 50-і алтын, 70-і күміс, 80-і қола. Алтын медальдар жалпы "
     "жүлделердің 25%-ін құрайды.", "percent_of_total", "consistent"),
])
def test_more_shapes_of_shares_and_plans(lang, text, kind, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == kind]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("text,verdict", [
    ("Пострадали 1 500 человек. Из них 1 200 человек получили выплату в размере 100 МРП (369 200 тенге), что "
     "составляет 80% от числа пострадавших.", "consistent"),
    ("Пострадали 1 500 человек. Из них 1 200 человек получили выплату в размере 100 МРП (369 200 тенге), что "
     "составляет 70% от числа пострадавших.", "inconsistent"),
])
def test_a_share_of_a_number_of_people_is_of_the_count_past_the_sums(text, verdict):
    checks = [r for r in extract(text, "ru", "2024-10-20") if r.kind == "check"]
    assert [(c.inputs["part"], c.inputs["whole"], c.verdict) for c in checks] == [(1200, 1500, verdict)]


@pytest.mark.parametrize("lang,text,key,verdict", [
    # "бұл барлық өтінімнің", "от всех выявленных нарушений": all of a noun, the total counted, not a part of it
    ("kk", "Конкурсқа 2.000 өтінім түсті. Оның 600-і сараптамадан өтіп, 500 жоба грант алды, бұл барлық өтінімнің "
     "25 пайызы.", (500, 2000, 25), "consistent"),
    ("kk", "Конкурсқа 2.000 өтінім түсті. Оның 600-і сараптамадан өтіп, 500 жоба грант алды, бұл барлық өтінімнің "
     "30 пайызы.", (500, 2000, 30), "inconsistent"),
    ("ru", "Выявлено 1 000 нарушений. Составлено 400 протоколов, это 40% от всех выявленных нарушений.",
     (400, 1000, 40), "consistent"),
    # "Бұл – N пайыз" goes on with the count of the sentence before
    ("kk", "200 ұсыныс түсті, оның 150-і орындалды. Бұл – 75 пайыз.", (150, 200, 75), "consistent"),
])
def test_wholes_named_as_all_of_a_noun(lang, text, key, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "percent_of_total"]
    assert [((c.inputs["part"], c.inputs["whole"], c.inputs["claimed_percent"]), c.verdict) for c in checks] == [(key, verdict)]


@pytest.mark.parametrize("lang,text,verdict", [
    ("kk", "Биыл 1 500 жаңа жұмыс орны ашылды, бұл жылдық жоспардың (2 000) 75 пайызы.", "consistent"),
    ("kk", "Биыл 1 500 жаңа жұмыс орны ашылды, бұл жылдық жоспардың (2 000) 85 пайызы.", "inconsistent"),
])
def test_a_plan_in_brackets_before_its_fulfilment(lang, text, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check"]
    assert [(c.check, c.verdict) for c in checks] == [("plan_fulfilment", verdict)]


def test_animals_counted_in_heads_are_one_measure():
    text = "Ауданда жоспарланған 50 000 бас ірі қараның 45 000-ы, яғни 90 пайызы егілді."
    checks = [r for r in extract(text, "kk", "2024-10-20") if r.kind == "check"]
    assert [(c.inputs["part"], c.inputs["whole"], c.verdict) for c in checks] == [(45000, 50000, "consistent")]


@pytest.mark.parametrize("lang,text", [
    # "all of them" with more than one count that may be all: an addition, another group, last year's
    ("ru", "Поступило 1 500 заявок. Рассмотрено 1 200 заявок. Одобрено 300 заявок, это 20% от всех заявок."),
    ("ru", "В первом квартале выявлено 400 нарушений, во втором – еще 100 нарушений. Устранено 150 нарушений, это 30% "
     "от всех выявленных нарушений."),
    ("kk", "Биыл 1 500 өтінім түсті. Былтыр 1 200 өтінім түскен еді. 300 өтінім мақұлданды, бұл барлық өтінімнің 20 пайызы."),
    ("ru", "На учете состоят 1 500 семей, из них 400 семей – многодетные. Жилье получили 300 семей, или 20% от общего "
     "числа очередников."),
    # the actual of a need past a part, an aside in brackets or an addition
    ("ru", "В автопарке 180 автобусов, из них 50 – новые, при потребности 200, то есть 90%."),
    ("ru", "В районе работают 180 врачей (на 10 000 жителей – 25) при потребности 200, то есть 90%."),
    ("kk", "Биыл 1 800 пәтер берілді (оның 400-і – жалдамалы), бұл жылдық жоспардың (2 000) 90 пайызы."),
    # groups labelled by sex or age among others, or by what a home has, may overlap
    ("kk", "Ауданда 1 000 дәрігер бар. Оның ішінде әйелдер – 700, хирургтер – 200, терапевттер – 300."),
    ("kk", "Ауылда 500 үй бар. Оның ішінде газдандырылғаны – 450, интернетке қосылғаны – 400."),
    # two percents after "Бұл", or after a list of parts; a share of "them" counted out of a whole
    ("kk", "Биыл 1 000 өтініш түсті. Оның 600-і қанағаттандырылды, ал қалған 400-і бойынша түсіндірме берілді. "
     "Бұл түскен өтініштердің 60 пайызы мен 40 пайызы."),
    ("ru", "Первую дозу получили 2 000 детей из 2 500. Из них 1 200 (60%) привиты в поликлиниках."),
    # a share stated first, and one named as all, feed no sum
    ("kk", "Балалардың 96 пайызы егілді. 2 500 баланың 2 400-і бірінші екпені алды. 1 500 бала емханада егілді, "
     "бұл барлық баланың 60 пайызы."),
])
def test_no_false_alarm_where_the_whole_or_the_group_is_open_to_doubt(lang, text):
    assert [r.explanation for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.verdict == "inconsistent"] == []


@pytest.mark.parametrize("lang,text,key", [
    # "оның" after a date opening the sentence, or inside a quote, is of the count before
    ("kk", "Жер көлемі 1 500 гектарға жетті. Биыл оның 600 гектарына, яғни 40 пайызына мақта егілді.", (600, 1500, 40)),
    ("kk", "Мердігер 40 шақырым құбырды ауыстыруы тиіс. Маусымның соңына дейін оның 30 шақырымы, яғни 75 пайызы "
     "ауыстырылды.", (30, 40, 75)),
    ("kk", "Сыныпта 25 оқушы болған. «Олардың 20-сы жоғары оқу орнын бітірді, яғни 80 пайызы», – дейді ұстаз.",
     (20, 25, 80)),
    # "өсіру" is to grow a crop, no change
    ("kk", "Жылыжайдың жалпы ауданы 4 гектар, оның 3 гектары, яғни 75 пайызы қияр өсіруге арналған.", (3, 4, 75)),
])
def test_shares_of_them_after_dates_quotes_and_crops(lang, text, key):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check"]
    assert [((c.inputs["part"], c.inputs["whole"], c.inputs["claimed_percent"]), c.verdict) for c in checks] == [
        (key, "consistent")]


@pytest.mark.parametrize("lang,text", [
    # the level of a change is the amount received, not its plan in brackets, nor a level of another year
    ("kk", "Бюджетке 2,5 млрд теңге түсті, бұл кезең жоспарының 104,2 пайызы (2,4 млрд теңге). Өткен жылдың осы "
     "кезеңімен салыстырғанда түсім 0,5 млрд теңгеге, немесе 25 пайызға артты."),
    ("kk", "Биыл 150 мың гектарға егін егілді.\nАуданда 2023 жылы 120 мың гектарға егін егілген болатын, яғни алқап "
     "бір жылда 30 мың гектарға, немесе 25 пайызға ұлғайды."),
    # a factor after a list is said of the list's total
    ("ru", "Проведено 30 семинаров: 10 – по налогам, 10 – по маркетингу, 10 – по учёту. Это в 1,5 раза больше, чем "
     "годом ранее (20)."),
    # a need after the percent is no actual of the need before it; the rest done is no actual of the plan
    ("ru", "Работают 200 врачей и 600 медсестер. Укомплектованность врачами составляет 80% при штатной потребности "
     "250 врачей, медсестрами – 96% (требуется 625)."),
    ("ru", "Отремонтировано 50 км. Оставшиеся 10 км будут отремонтированы до конца ноября, что позволит выполнить план "
     "на 100% (60 км). В 2025 году планируется отремонтировать 70 км."),
    # a share of a group the percent names may be of a part of the count found
    ("kk", "Биыл 100 түлек бітірді. Олардың 80-і ҰБТ-ға қатысты, шекті балдан өткендер – 72 түлек, бұл тапсырғандардың "
     "90 пайызы."),
])
def test_no_false_alarm_on_long_reports(lang, text):
    assert [r.explanation for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.verdict == "inconsistent"] == []


@pytest.mark.parametrize("lang,text,verdict", [
    ("kk", "Бюджетке 2,5 млрд теңге түсті, бұл кезең жоспарының 104,2 пайызы (2,4 млрд теңге).", "consistent"),
    ("kk", "Бюджетке 2,5 млрд теңге түсті, бұл кезең жоспарының 114,2 пайызы (2,4 млрд теңге).", "inconsistent"),
])
def test_a_plan_in_brackets_after_the_percent_of_it(lang, text, verdict):
    assert [(r.check, r.verdict) for r in extract(text, lang, "2024-10-20") if r.kind == "check"] == [
        ("plan_fulfilment", verdict)]


@pytest.mark.parametrize("lang,text,key", [
    # the plan a plan word opens the brackets with is of the figure before the brackets
    ("ru", "Поступило 620,4 млн тенге (план – 600,0 млн тенге, исполнение – 103,4%), земельный налог – "
     "95,1 млн тенге (план – 100,0 млн тенге, исполнение – 95,1%).", [(6.204e8, 6e8, "consistent"),
                                                                      (9.51e7, 1e8, "consistent")]),
    ("ru", "Поступило 620,4 млн тенге (план – 600,0 млн тенге, исполнение – 113,4%).", [(6.204e8, 6e8, "inconsistent")]),
])
def test_a_plan_opening_its_brackets(lang, text, key):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "plan_fulfilment"]
    assert [(c.inputs["actual"], c.inputs["plan"], c.verdict) for c in checks] == key


@pytest.mark.parametrize("lang,text,key", [
    # "из них" after places and their capacity: of the places, unless the percent is of the capacity
    ("ru", "В районе 50 детских садов на 4 200 мест, из них 35 (70%) – государственные.", (35, 50, "consistent")),
    ("ru", "В районе 50 детских садов на 4 200 мест, из них 35 (40%) – государственные.", (35, 50, "inconsistent")),
    ("ru", "В районе 50 детских садов на 4 200 мест, из них 1 050 мест (25%) – в частных садах.",
     (1050, 4200, "consistent")),
    # a part "of them", a dash and what it counts, its share in brackets
    ("ru", "Поступило 250 обращений, из них 60 – по вопросам ЖКХ (30%).", (60, 250, "inconsistent")),
    ("kk", "250 өтініш түсті, оның 60-ы – тұрғын үй мәселесі бойынша (24%).", (60, 250, "consistent")),
    # "из" opening a clause of its own after "а" is no whole of the part before it
    ("ru", "Из 40 дорог отремонтированы 10 (25%), а из 3 млрд тенге освоено 2,4 млрд (80%).", (10, 40, "consistent")),
    # "Из них" opening a sentence after a year-earlier figure in brackets: of the count before it
    ("ru", "В этом году в колледж поступили 400 студентов (годом ранее – 380). Из них 120 студентов (30%) "
     "выбрали аграрные специальности.", (120, 400, "consistent")),
])
def test_wholes_of_parts_of_them(lang, text, key):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "percent_of_total"]
    assert (checks[0].inputs["part"], checks[0].inputs["whole"], checks[0].verdict) == key, [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text,verdict", [
    # shares that each hold, of what each has or of answers to a survey, overlap: no alarm on their sum
    ("ru", "В районе 30 школ. В 24 из них (80%) есть спортзалы, в 18 (60%) — бассейны.", "unverifiable"),
    ("ru", "Из 200 опрошенных жителей 150 (75%) отметили качество дорог, 90 (45%) — работу транспорта.", "unverifiable"),
    ("kk", "Сауалнамаға қатысқан 200 тұрғынның 150-і (75%) жолды, 90-ы (45%) көлікті басты мәселе деп атады.",
     "unverifiable"),
    # exclusive states still add up to no more than the whole
    ("ru", "Из 30 объектов завершено 24 (80%), не начато 12 (40%).", "inconsistent"),
])
def test_overlapping_groups_are_no_sum(lang, text, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "parts_sum"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text", [
    # a percent by which the actual misses the plan in brackets is no share of it
    ("kk", "Шаруашылықта 285 тонна қызылша жиналды, бұл жоспардан 5 пайызға аз (300 тонна)."),
    # "превышение скоростного режима" is a violation, not a plan beaten
    ("ru", "Выявлено 500 нарушений, из них 200 – превышение скоростного режима (40%)."),
])
def test_no_false_alarm_on_shortfalls_and_violations(lang, text):
    assert [r.explanation for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.verdict == "inconsistent"] == []


@pytest.mark.parametrize("lang,text,verdict", [
    # staff counted by profession are kinds of the people counted
    ("ru", "В поликлинике работают 180 человек, из них 40 врачей, 95 медсестёр и 30 человек младшего персонала.",
     "consistent"),
    ("ru", "В поликлинике работают 180 человек, из них 40 врачей, 115 медсестёр и 30 человек младшего персонала.",
     "inconsistent"),
    # a quantity broken down after a colon or a dash
    ("ru", "Зерновые в этом году заняли 52 тыс. га: пшеница – 35 тыс. га, ячмень – 12 тыс. га, овёс – 3 тыс. га.",
     "consistent"),
    ("ru", "Зерновые в этом году заняли 52 тыс. га: пшеница – 39 тыс. га, ячмень – 12 тыс. га, овёс – 3 тыс. га.",
     "inconsistent"),
    ("kk", "Шаруашылықтар 5 200 тонна жем-шөп дайындады – 3 900 тонна пішен және 1 800 тонна сүрлем.", "inconsistent"),
])
def test_breakdowns_of_people_and_quantities(lang, text, verdict):
    checks = [r for r in extract(text, lang, "2024-10-20") if r.kind == "check" and r.check == "parts_sum"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text,key", [
    # a rate named by the verbal noun of its clause's verb: the share of the count "of them"
    ("kk", "Жыл басынан бері 40 өрт тіркелді. Тіркелген өрттердің 34-і сөндірілді, сөндіру көрсеткіші – 85 пайыз.",
     ("percent_of_total", "consistent")),
    # a change from an earlier count whose noun carries the ablative
    ("kk", "Биыл 75 мың келуші келді, бұл өткен жылғы 60 мың келушіден 35 пайызға көп.", ("change", "inconsistent")),
    # the percent by which a figure misses the plan, the plan after it
    ("ru", "Заготовлено 450 тонн кормов, что на 10% меньше плана в 500 тонн.", ("change", "consistent")),
    ("ru", "Заготовлено 450 тонн кормов, что на 15% меньше плана в 500 тонн.", ("change", "inconsistent")),
    # a plan "в сумме", and one whose actual counts the last word of its noun
    ("ru", "Доходы запланированы в сумме 2 400 млн тенге, фактически поступило 2 460 млн тенге, план исполнен на "
     "102,5%.", ("plan_fulfilment", "consistent")),
    ("kk", "Ауданда 200 жұмыс орнын ашу жоспарланса, 180 орын ашылды, яғни жоспар 95 пайызға орындалды.",
     ("plan_fulfilment", "inconsistent")),
    # a plan alone in its sentence, the actual and its Kazakh verb in the next
    ("kk", "Жер салығы бойынша жоспар – 400 млн теңге. Іс жүзінде 420 млн теңге түсті, бұл 105 пайыз.",
     ("plan_fulfilment", "consistent")),
])
def test_rates_changes_and_plans_in_more_words(lang, text, key):
    assert [(c.check, c.verdict) for c in extract(text, lang, "2025-10-15") if c.kind == "check"] == [key]


@pytest.mark.parametrize("lang,text", [
    # a planned figure given with its share of the budget is no plan of the rest in the next sentence
    ("ru", "Собственные доходы запланированы в размере 3 млрд тенге, или 20% бюджета. Остальные 12 млрд тенге (80%) – "
     "трансферты."),
])
def test_no_plan_read_from_a_share_of_the_budget(lang, text):
    assert [c.explanation for c in extract(text, lang, "2025-10-15") if c.kind == "check" and c.verdict == "inconsistent"] == []


@pytest.mark.parametrize("lang,text,key", [
    # the whole of a part is the count of its own period, not of the year before it
    ("kk", "Биыл 120 отбасы пәтер алды. Былтыр 90 отбасы баспаналы болған. Биыл пәтер алған отбасылардың 30-ы, яғни "
     "25 пайызы, жас отбасылар.", (30, 120, "consistent")),
    ("kk", "Өткен жылы 150 жол апаты тіркелді, алдыңғы жылы 170 апат болған. Тіркелген апаттардың 120-сы, яғни 80 "
     "пайызы, жылдамдықты асырудан болды.", (120, 150, "consistent")),
])
def test_the_whole_of_the_part_s_own_period(lang, text, key):
    checks = [c for c in extract(text, lang, "2025-10-15") if c.kind == "check" and c.check == "percent_of_total"]
    assert [(c.inputs["part"], c.inputs["whole"], c.verdict) for c in checks] == [key], [c.explanation for c in checks]


@pytest.mark.parametrize("text,key", [
    # a sentence opened by "из" and its whole, however long the clause before the part
    ("Из 180 км дорог районного значения в хорошем и удовлетворительном состоянии находятся 117 км, или 65%.",
     (117, 180, "consistent")),
    ("Из 90 выпускников колледжа, получивших дипломы в этом году, трудоустроены 63, то есть 80%.",
     (63, 90, "inconsistent")),
])
def test_a_whole_opening_its_sentence_with_iz(text, key):
    checks = [c for c in extract(text, "ru", "2025-10-15") if c.kind == "check" and c.check == "percent_of_total"]
    assert [(c.inputs["part"], c.inputs["whole"], c.verdict) for c in checks] == [key], [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text,verdict", [
    # a comparison word opening the next sentence is no comparison of the percent before it
    ("ru", "Из 150 вакансий закрыто 120, или 80%. Больше всего не хватает врачей.", "consistent"),
    ("ru", "Из 150 вакансий закрыто 120, или 70%. Больше всего не хватает врачей.", "inconsistent"),
    # a need opening its clause, however long the subject
    ("ru", "Потребность школ района в угле на отопительный сезон составляет 8 000 тонн, завезено 6 000 тонн, или 85%.",
     "inconsistent"),
    # an approximate part confirms, never flags
    ("ru", "Из 4 000 домов газифицировано около 3 000, или 75%.", "consistent"),
    ("ru", "Из 4 000 домов газифицировано около 3 000, или 65%.", "unverifiable"),
])
def test_shares_past_sentence_ends_long_subjects_and_rough_parts(lang, text, verdict):
    checks = [c for c in extract(text, lang, "2025-10-15") if c.kind == "check" and c.check == "percent_of_total"]
    assert [c.verdict for c in checks] == [verdict], [c.explanation for c in checks]


@pytest.mark.parametrize("lang,text", [
    # a comparison opening the next sentence is of the total, not of its part or its plan
    ("ru", "Заготовлено 520 тонн сена, в том числе 140 тонн люцерны. Это на 30% больше, чем в прошлом году (400 тонн)."),
    ("kk", "Жыл басынан бері 5,5 млрд теңге түсті, оның ішінде қазанда – 0,6 млрд теңге. Бұл былтырғы осы кезеңдегі "
     "5 млрд теңгеден 10 пайызға көп."),
    ("kk", "Биыл 3,3 млрд теңге түсті, жоспар – 3 млрд теңге. Бұл былтырғы 3 млрд теңгеден 10 пайызға көп."),
    # nor of another noun's count; nor of a part inside brackets
    ("ru", "Зарегистрировано 90 ДТП, погибших – 8, раненых – 110. Это на 10% меньше, чем годом ранее (100 ДТП)."),
    ("ru", "Поступило 220 млн тенге (в том числе за октябрь – 30 млн тенге), что на 10% больше, чем годом ранее "
     "(200 млн тенге)."),
    # a plan revised is the one it went to; a plan "жоспарға қарсы" pairs with its own actual
    ("ru", "План по сборам увеличен с 4 до 5 млрд тенге, фактически поступило 4,6 млрд тенге, или 92% уточнённого плана."),
    ("kk", "200 тонна жоспарға қарсы 210 тонна жиналды (105 пайыз), былтыр 190 тонна жоспарға қарсы 180 тонна жиналған "
     "(94,7 пайыз)."),
    # an amount "by" a dated value is no level of the next comparison
    ("kk", "Биыл түсім 3 млрд теңгені құрады, бұл 2024 жылғыдан 500 млн теңгеге, ал 2023 жылғыдан (2 млрд теңге) 1,5 есе "
     "көп."),
])
def test_no_false_alarm_on_levels_plans_and_amounts(lang, text):
    assert [c.explanation for c in extract(text, lang, "2025-10-15") if c.kind == "check" and c.verdict == "inconsistent"] == []


@pytest.mark.parametrize("lang,text,key", [
    # the earlier value named as such in brackets after the size: "(было 441)", "(бұрын 441)"
    ("ru", "В 2025 году в области произошло 418 ДТП. По сравнению с прошлым годом их число снизилось на 5,2% (было 441).",
     (441, 418, "consistent")),
    ("ru", "В 2025 году в области произошло 418 ДТП. По сравнению с прошлым годом их число снизилось на 7,2% (было 441).",
     (441, 418, "inconsistent")),
    ("ru", "В этом году зарегистрировано 1 200 субъектов МСБ, это на 30% больше (было 1 000).", (1000, 1200, "inconsistent")),
    ("kk", "Биыл облыста 418 жол-көлік оқиғасы тіркелді, бұл 5,2 пайызға аз (бұрын 441).", (441, 418, "consistent")),
    ("kk", "Биыл облыста 418 жол-көлік оқиғасы тіркелді, бұл 9 пайызға аз (бұрын 441).", (441, 418, "inconsistent")),
])
def test_a_change_with_the_earlier_value_named_in_brackets(lang, text, key):
    checks = [c for c in extract(text, lang, "2025-10-15") if c.kind == "check" and c.check == "change"]
    assert [(c.inputs["from"], c.inputs["to"], c.verdict) for c in checks] == [key], [c.explanation for c in checks]


def test_a_bare_earlier_value_after_several_counts_is_of_none_of_them():
    # 418 accidents, 64 dead and 571 injured: "(было 441)" may be of any of them
    text = ("За год на дорогах района случилось 418 аварий, в них погибли 64 и ранены 571 человек. "
            "По сравнению с прошлым годом их число снизилось на 5,2% (было 441).")
    assert [c.explanation for c in extract(text, "ru", "2025-10-15") if c.kind == "check" and c.verdict == "inconsistent"] == []
