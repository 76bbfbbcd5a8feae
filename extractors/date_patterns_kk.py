"""Regex fragments of the Kazakh date grammar, built from ``lang/kk/date_words``.

Endings are closed lists where a stem is also the start of other words: "жыл" of
"жылыту" (heating), "ай" of "айыппұл" (fine), "қазан" of "қазандық" (boiler).
"""
from __future__ import annotations

from extractors.date_grammar import L, RU_MONTH_WORD, SUFFIX, YEAR4, alternation, words_pattern
from extractors.lang.kk import date_words as W


def _ending(endings) -> str:
    return rf"(?:{alternation(e for e in endings if e)})?(?!\w)"


_CYRILLIC_MONTHS = [m for m in W.MONTHS if "\u0400" <= m[0] <= "\u04ff"]
_LATIN_MONTHS = [m for m in W.MONTHS if m not in _CYRILLIC_MONTHS]

HSUF = rf"(?:-{L}+)?"  # "2023-ші", "25-інші", "21-і"
DASH = r"\s*[-–—]\s*"
SPELLED = words_pattern(list(W.CARDINALS) + list(W.ORDINAL_WORDS))
# Alone, only Kazakh month names: "май" is Kazakh for "oil", not May.
KK_MONTH = (
    rf"(?:(?:{alternation(_CYRILLIC_MONTHS)}){_ending(W.MONTH_ENDINGS)}"
    rf"|(?:{alternation(_LATIN_MONTHS)}){SUFFIX})"
)
MONTH = rf"(?:{KK_MONTH}|{RU_MONTH_WORD})"
YEAR_ENDING = _ending(W.YEAR_ENDINGS)
YEARWORD = rf"(?:жыл{YEAR_ENDING}|(?:jyl|zhyl){L}*|ж\s?\.|жж\.|г\.|года|году|год)"
_NUMBER_WORD = alternation(list(W.CARDINALS) + list(W.ORDINAL_WORDS))
# A spelled day may carry the possessive and a case: "тамыздың он тоғызы", "жиырма бесінде".
SPELLED_DAY = (
    rf"(?:(?:{_NUMBER_WORD})\s+)*(?:{_NUMBER_WORD})"
    rf"(?:сы|сі|ы|і|сына|сіне|сынан|сінен|сында|сінде|ында|інде|нда|нде|ынан|інен|ына|іне)?(?!\w)"
)
DAY = rf"(?:(?<!\d)(?:[0-3]?\d){HSUF}(?!\d)|{SPELLED_DAY})"
YEAR_NUM = rf"(?:{YEAR4}{HSUF}|{SPELLED})"
# "1-тоқсанда", "2-жартыжылдықта": a digit joined to the part by a hyphen is its ordinal too
ORD = words_pattern(W.ORDINALS) + r"|\d-(?:інші|ші|нші)|[1-4](?=-(?:жартыжылд|тоқсан))"
ORD_GAP = r"(?:\s+|(?<=\d)-)"
AY = rf"ай{_ending(W.MONTH_UNIT_ENDINGS)}"
REL_YEAR = (
    rf"(?:{alternation(W.RELATIVE_YEARS)}){L}*(?:(?<=ғы)\s+жыл{YEAR_ENDING})?"
    rf"|(?:{alternation(tuple(W.RELATIVE_YEAR_MODIFIERS) + W.PREVIOUS_YEAR_MODIFIERS)})\s+жыл{YEAR_ENDING}"
)
TAIL = rf"(?:\s+(?P<tail>{alternation(W.UNTIL_WORDS + ('бері', 'жуық', 'астам'))})(?!\w))?"
DURATION_UNIT = (
    # "10 айлық курс": months long (KazNERD's DATE); not "айлық есептік көрсеткіш" (the MCI)
    rf"(?:жыл(?!дығ){YEAR_ENDING}|{AY}|айлық(?!\s+(?:есептік|көрсеткіш))(?!{L})|күн(?:[індгқ]{L}*)?|апта{L}*|тәулік{L}*"
    rf"|ғасыр{L}*|жұма(?:{L}*)|онкүндік{L}*)"
)
COUNT = (
    rf"(?:(?:{alternation(W.DURATION_QUALIFIERS)})\s+)?"
    rf"(?:\d{{1,4}}(?:,\d{{1,2}})?(?:{DASH}\d{{1,4}})?{HSUF}|{SPELLED}(?:{DASH}{SPELLED})?|{alternation(W.VAGUE_COUNTS)}|жарты)"
    rf"(?:\s+{W.HALF})?"
)
# Only a year in the genitive or attributive form ("2022 жылдың", "биылғы",
# "2023 жылғы", "2023 ж.") governs what follows; after "биыл" or "өткен жылы" KazNERD
# starts a new date ("биыл | алғашқы тоқсанда"). An absolute "1965 жылы 4 мамырда" is one.
# "үшінші тоқсанның соңына дейін", "екінші жартыжылдықтың басында": an edge of a quarter or a half
PART_EDGE = r"(?:\s+(?P<pedge>соң|аяғ|бас)(?:ына|ынан|ында|ы)(?!\w))?"
LINKED = r"(?:(?<=ғы)|(?<=гі)|(?<=ың)|(?<=ің)|(?<=ж\.)|(?<=ǵy)|(?<=gy)|(?<=yń))"
# (group "cont": whether anything follows the year's word, one look for the year alone, "2024
# жылы", most year phrases, where its meaning asked each group below in turn)
CONTINUATION = (
    rf"(?P<cont>(?(y)|{LINKED})\s+(?P<pd>{DAY})(?:{DASH}(?P<pd2>{DAY}))?\s+(?P<pm>{MONTH})"
    rf"|{LINKED}(?:\s+(?P<m1>{MONTH})(?:{DASH}(?P<m2>{MONTH}))?(?:\s+ай{L}*)?"
    rf"|\s+(?:(?:алғашқы|бірінші)\s+)?(?P<n>\d{{1,2}}|{SPELLED})\s+{AY}"
    rf"|\s+(?P<ord>{ORD}){ORD_GAP}(?P<part>жарты\s?жылд{L}*|жарты{L}*|тоқсан{L}*){PART_EDGE}"
    rf"|\s+(?P<edge>соң|аяғ)(?:ы|ындағы|ында|ына)(?!\w)"  # "2023 жылдың соңындағы жағдай бойынша"
    rf"|\s+(?P<begin>бас)(?:ы|ындағы|ында|ынан|ына)(?!\w)"
    rf"|\s+(?:осы|сәйкес|ұқсас)\s+(?P<same>кезең){L}*"
    rf"|\s+(?P<season>көктем|жаз|күз|қыс){L}*))?"
)
YEAR_HEAD = (
    rf"(?P<y>{YEAR4}(?:інші|ыншы|нші|ншы|ші|шы)?|{SPELLED})(?:{HSUF}\s*|-){YEARWORD}|(?P<rel>{REL_YEAR})"
)
PART_OF_YEAR = (
    rf"(?:жыл(?:дың)?\s+)?(?:(?:(?:алғашқы|бірінші)\s+)?(?P<n>\d{{1,2}}|{SPELLED})\s+ай(?:да|дың|ында|ына|ға|ы|дағы|ындағы)"
    rf"(?!\s+(?:ішінде|бойы|бұрын|кейін|соң|бері))"
    rf"|(?P<ord>{ORD}){ORD_GAP}(?P<part>жарты\s?жылд{L}*|жартысы{L}*|тоқсан(?:ы|да|ында|ның|дағы|ындағы|ға|ына){L}*)"
    rf"{PART_EDGE}(?(pedge)(?:\s+(?P<tail>дейін|шейін|бері)(?!\w))?)"
    rf"|жыл(?:дың)?\s+(?P<begin>бас)(?:ынан|ындағы|ында|ы)(?!\w)(?:\s+бері)?"
    rf"|жыл(?:дың)?\s+(?P<edge>соң|аяғ)(?:ына|ы)\s+дейін"
    rf"|жыл(?:дың)?\s+(?P<close>соң|аяғ)(?:ындағы|ында|ына|ы))"
)
# A day or an age in the locative, with no noun: "24-інде", "он жетіде", "57-де".
# Digits are left out: "7-де" is as often seven o'clock.
_LOCATIVE = r"(?:де|да|те|та|нде|нда|інде|ында)"
BARE_LOCATIVE = rf"(?P<num>(?:(?:{alternation(W.CARDINALS)})\s+)+(?:{alternation(W.CARDINALS)})){_LOCATIVE}"
# "90-ыншы жылдардың басынан бері": a decade of an unnamed century.
# "90-шы жылдардың басы", and as news writes it without the ordinal: "90-жылдары", "1990-жылдары"
# and with a space: "1990 жылдары" (a year's plural is its decade; "1995 жылы" is one year)
# ("өткен ғасырдың 60-жылдары" is one span in KazNERD; "сексенінші жылдары" spells the tens)
DECADE_WORDS = {"жиырмасыншы": 20, "отызыншы": 30, "қырқыншы": 40, "елуінші": 50, "алпысыншы": 60,
                "жетпісінші": 70, "сексенінші": 80, "тоқсаныншы": 90}
DECADE = (rf"(?:(?:өткен|[XХ]{{2}})\s+ғасырдың\s+)?"
          rf"(?:(?:1[89]|20)?\d0-(?:{L}+\s+)?|(?:1[89]|20)\d0\s+|(?:{alternation(DECADE_WORDS)})\s+)жылдар{L}*"
          rf"(?:\s+(?:бас|соң|орта){L}*(?:\s+бері)?)?")
SEASON_WITH_REFERENCE = rf"(?:{alternation(W.PERIOD_REFERENCES)})\s+(?:{alternation(W.SEASONS)})(?!\w)"
PERIOD_REFERENCE = (
    rf"(?:{alternation(W.PERIOD_REFERENCES)})\s+(?:жыл{YEAR_ENDING}|{AY}|"
    rf"(?:{alternation(u for u in W.PERIOD_REFERENCE_UNITS if u not in ('жыл', 'ай'))}){L}*)"
    rf"(?:\s+(?:{alternation(W.PERIOD_EDGES)})(?!\w)"
    rf"|(?<=ың)\s+(?:\d{{1,2}}-{L}+|{SPELLED})\s+жылдар{L}*)?"  # "өткен ғасырдың 50-інші жылдары"
)
# "жаздың алғашқы айы", "көктемнің алғашқы күні", "жаздың екі айында".
SEASON_PART = (
    rf"(?:көктем|жаз|күз|қыс)(?:ның|нің|дың|дің|тың|тің)\s+(?:алғашқы|соңғы|бірінші|{COUNT})"
    rf"\s+(?:{AY}|күн{L}*|апта{L}*)"
)
# "сенбілік" (a Saturday clean-up, "сенбілікке шықты") is an event, not the weekday.
WEEKDAY = (
    rf"(?:(?P<mod>{alternation(W.PERIOD_REFERENCES)})\s+)?(?P<wd>{alternation(W.WEEKDAYS)})(?!лі[кг]){L}*"
    rf"(?:\s+(?P<kuni>күн{L}*))?"
)
AGE = (
    rf"(?:\d{{1,3}}(?:,\d)?|{SPELLED})(?:\s*(?:бен|мен|пен|[-–])\s*(?:\d{{1,3}}|{SPELLED}))?\s+жас"
    # ("32 жасымда келдім", "18 жасыңда": with a person's possessive)
    rf"(?:(?:тағы|ар|ында|та|қа|тан|ына|ының|ынан|ымда|ымнан|ыма|ымызда|ыңда|ыңнан)(?!\w)(?:\s+аралығ{L}*)?|\s+аралығ{L}*"
    # "Ардагерге 95 жас толды": the bare age before "толу" (without it "30 жас" are 30 young people)
    rf"|(?=\s+тол(?:ды|ған|ады|са|ғанда|маған|ып)(?!\w)))(?:\s+дейін{L}*)?"
)
YEAR_LOCATIVE = rf"(?P<y>{YEAR4})-(?:де|да|те|та)"
ANIMAL_YEAR = rf"(?:{alternation(W.ANIMAL_YEARS)})\s+жыл{YEAR_ENDING}"
