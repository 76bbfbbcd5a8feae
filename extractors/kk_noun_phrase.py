"""Kazakh noun phrases after a count: which word is the counted noun.

Two readings the counted-noun search needs that suffixes alone leave open:

- an adjective of having in -ты/-ті/-ды/-ді (``18 интерактивті тақта``) is skipped to its
  noun, but the same endings make accusatives (``12 нысанды аралады``), past tenses and
  possessives of t-stems (``азаматы``, ``қызметі``);
- a bare noun then a possessed one (``90 ауыл тұрғыны``, ``35 жарық шамы``) is one phrase
  counting the second, but not after a genitive (``5 баланың анасы``: the children).

The word lists are Kazakh grammar, kept here beside the two functions that read them.
"""
from __future__ import annotations

import re

from extractors.figure_patterns import UP_TO
from extractors.lang.kk.stop_words import STOP_WORDS as KK_STOP_WORDS
from extractors.nouns import is_kazakh_adjective

# "-ты/-ті/-ды/-ді" make adjectives of having ("интерактивті тақта", "көпқабатты үй"), but
# end accusative nouns and past-tense verbs too ("нысанды аралады", "қатысты"): taken for an
# adjective only before a bare noun, one with no case ending and no verb's (nor a verbal
# noun's: "вагонды жөндеу" repairs wagons).
_HAVING = ("ты", "ті", "ды", "ді")
_NOT_BARE = re.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|ны|ні|ын|ін|п|у|ю|дық|дік|тық|тік|"
                       r"мыз|міз)$")
# Nouns that end in -п as converbs do ("төлеп", "айқындап"): bare all the same.
_P_NOUNS = frozenset(("мектеп", "кітап", "топ", "клуб", "әріп", "сынып"))
_VOWELS = frozenset("аәеиоөуұүыіэюяё")
# Instrumental and ablative endings: "көгілдір отынмен" is "with blue fuel".
_WITH_OR_FROM = re.compile(r"\w{3}(?:мен|пен|бен|нан|нен|дан|ден|тан|тен)$")
# Instrumental, ablative, dative and locative endings (not the genitive: "көпқабатты үйдің").
# ("-на/-не", "-нда/-нде" follow a possessive only: "жобасына", "ауданында"; "медицина",
# "машина", "вакцина" are nouns)
_OBLIQUE = re.compile(r"(?:мен|пен|бен|нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|[ыі]на|[ыі]не|да|де|та|те|[ыі]нда|[ыі]нде)$")


# The possessive ending on a numeral, in digits or words: "61-і", "176-сы", "38-інде",
# "2-еуі", "сегізі", "екеуі" ("so many of them"); not the numerals алты, жеті, екі themselves.
_POSSESSIVE_NUMERAL = re.compile(
    r"(?:\d-?|(?<!\bалт)(?<!\bжет)(?<!\bек)[^\W\d_])(?:с[ыі]|[ыі])(?:н|нда|нде|на|не)?$", re.IGNORECASE)


def possessive_numeral(surface: str) -> bool:
    """Whether a figure's text ends in the possessive ending of a numeral."""
    return bool(_POSSESSIVE_NUMERAL.search(surface))


def oblique(word: str) -> bool:
    """A noun in the instrumental, ablative, dative or locative ("жөндеуден", "қолға")."""
    w = word.lower()
    # "қолға" is a dative; "тақта", "сауда" are nouns that end as a locative would
    return len(w) >= 6 and bool(_OBLIQUE.search(w)) or len(w) >= 5 and w.endswith(("ға", "ге", "қа", "ке"))


def having_adjective(word: str, nxt: str) -> bool:
    """``word`` ends as an adjective of having and ``nxt`` is a bare noun it may qualify."""
    w, n = word.lower(), nxt.lower()
    if len(w) < 7 or not w.endswith(_HAVING) or len(n) < 2 or not n.isalpha():
        return False
    if _NOT_BARE.search(n) and n not in _P_NOUNS:
        return False
    if n in KK_STOP_WORDS:
        return False  # "4 қызметі бар": a possessive, then the predicate
    # "азаматы", "қызметі": a stem's own т and the possessive; the adjective's т follows a
    # consonant ("көпқабатты", "интерактивті") or the ending is -ды/-ді ("ауысымды")
    return w[-2] == "д" or w[-3] not in _VOWELS


# "ауыл тұрғыны", "жарық шамы", "мектеп оқушысы": a bare noun, then a noun with the
# third-person possessive (and a dative, locative or genitive after it: "ауыл тұрғынына"),
# is one noun phrase whose head is the second.
_POSSESSIVE_3 = re.compile(r"(?:[^\W\dыіаеәоөұүуияэю_][ыі]|с[ыі])(?:на|не|нда|нде|ның|нің)?$")
# Possessed nouns that make postpositions or time phrases, not the head of a count's noun
# phrase: "3 жоба аясында" (within 3 projects), "1 үстел басында" (at one table), "3 маман
# аптасына" (3 specialists, weekly).
_POSTPOSITION_NOUNS = ("аясы", "шеңбер", "кезі", "басында", "басына", "ішін", "арасы", "алды", "соңы", "маңы",
                       "үсті", "астын", "жаны", "апта", "айы", "жылы", "күні", "сағат", "есебі", "негізі", "тарапы")
# An agent noun in -шы/-ші with a case ending ("сурдоаудармашының"): no possessive there
# (its possessive is "-шысы"), so no noun phrase headed by it.
_AGENT_CASE = re.compile(r"(?:шы|ші)(?:на|не|нда|нде|ның|нің)$")

# Endings the possessive pattern would take for one but are not: having -лы ("атаулы"), an
# ordinal's -ншы, a participle's possessive ("шыққаны"), attributive -дағы ("арасындағы").
_NOT_POSSESSIVE = ("лы", "лі", "ншы", "нші", "ғаны", "гені", "қаны", "кені", "дағы", "дегі", "тағы", "тегі") + _HAVING
# "жол апаты", "білім қызметі": a t-stem's possessive after a vowel, where a past tense
# puts a consonant ("ашты", "өтті", "қатысты") and having an -лы
_T_STEM_POSSESSIVE = re.compile(r"[аәеоөұүыі]т[ыі]$")
_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
# Possessed nouns that say something of the counted one ("саны", "мүмкіндігі шектеулі").
_PREDICATE_NOUNS = ("мүмкіндіг", "жағдай", "саны", "көлем", "деңгей", "үлес", "құны", "бағасы", "жасы")


def izafet(first: str, second: str, third: re.Match | None) -> bool:
    """``first second`` is a bare noun and a possessed one heading the phrase; ``third`` is
    the word after them, if any."""
    f, s = first.lower(), second.lower()
    if len(s) < 4 or not f.isalpha() or not s.isalpha():
        return False
    if s.endswith(_NOT_POSSESSIVE) and not _T_STEM_POSSESSIVE.search(s):
        return False
    if (s in KK_STOP_WORDS or s.startswith(_PREDICATE_NOUNS + _POSTPOSITION_NOUNS) or f in ("рет", "есе")
            or _AGENT_CASE.search(s)):
        return False  # "41 бала мүмкіндігі шектеулі": the children's abilities are limited
    # "баланың анасы" is a child's mother: the genitive names the possessor, who is counted
    if (is_kazakh_adjective(f) or f in KK_STOP_WORDS or f.endswith(_GENITIVE) or oblique(f)
            or _NOT_BARE.search(f) and f not in _P_NOUNS):
        return False
    if s.endswith(("ғы", "гі", "қы", "кі")) and s[-3] not in _VOWELS:
        return False  # "бүгінгі", "биылғы": attributive; "ошағы", "көлігі" are possessive
    if third is not None and third.group().lower() in ("мен", "пен", "бен"):
        return False  # "549 адам әлеуеті мен құзыреттілігі": qualities of the people counted
    if s.endswith(("ны", "ні")) and third is not None and (oblique(third.group()) or third.group().lower() in UP_TO):
        return False  # "баланы бауырына": an accusative object; "тұрғыны қатысты" a subject
    return bool(_POSSESSIVE_3.search(s))


def with_or_from(word: str) -> bool:
    """An instrumental or ablative noun ("отынмен", "жөндеуден")."""
    return bool(_WITH_OR_FROM.search(word.lower()))
