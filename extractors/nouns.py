"""Base form of a counted noun, for the ``unit`` of a plain count.

Kazakh: light suffix stripping, not a full morphology. Russian: the dictionary
form from pymorphy3's dictionary, suffix stripping where it knows no noun. What
matters to the checks that match part and whole by unit is that the same noun in
different forms gives the same string (``іс-шара``, ``іс-шараның``, ``іс-шаралар``
→ ``іс-шара``; ``района``, ``районов`` → ``район``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.lang.kk.counted_nouns import ADJECTIVES as _KK_ADJECTIVES
from extractors.lang.kk.counted_nouns import CAPACITY_ENDINGS as KK_CAPACITY_ENDINGS
from extractors.lang.kk.counted_nouns import CAPACITY_NOUNS as KK_CAPACITY_NOUNS
from extractors.lang.kk.counted_nouns import DROPPED_VOWEL as KK_DROPPED_VOWEL
from extractors.lang.kk.counted_nouns import LOAN_POSSESSIVE_VOWEL as KK_LOAN_POSSESSIVE_VOWEL
from extractors.lang.kk.counted_nouns import BASE_NOUNS as KK_BASE_NOUNS
from extractors.lang.kk.counted_nouns import COMPOUNDS as KK_COMPOUNDS
from extractors.lang.kk.counted_nouns import NOT_COUNTED as KK_NOT_COUNTED
from extractors.lang.ru.counted_nouns import ABBREVIATED as RU_ABBREVIATED
from extractors.lang.kk.counted_nouns import NOUNS_LIKE_ADJECTIVES as KK_NOUNS_LIKE_ADJECTIVES
from extractors.lang.kk.stop_words import STOP_WORDS as KK_STOP_WORDS
from extractors.lang.kk.suffixes import ending_agrees
from extractors.lang.ru.counted_nouns import CAPACITY_ADJECTIVES as RU_CAPACITY_ADJECTIVES
from extractors.lang.ru.counted_nouns import COMPOUNDS as RU_COMPOUNDS

# Kazakh endings in the order they stack on a noun: plural, possessive, case.
# We strip them in reverse: one case ending, one possessive, one plural.
# Case endings on a bare stem ("-нда"/"-нде" follow a possessive only: "нысан-да", "аудан-ы-нда").
_KK_CASE = tuple(
    sorted(
        """ның нің дың дің тың тің ға ге қа ке ны ні ды ді ты ті да де та те
        дан ден тан тен нан нен мен бен пен""".split(),
        key=len,
        reverse=True,
    )
)
_KK_POSSESSIVE = ("сы", "сі", "ы", "і")
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# Case endings after a possessive (жобасына, жобасын, ауданында).
_KK_AFTER_POSSESSIVE = ("нда", "нде", "нан", "нен", "ның", "нің", "на", "не", "н")
# Any stack of plural, possessive and case endings (to recognise отбасыларға, not балабақша).
_KK_ENDINGS = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі|ың|ің|ымыз|іміз)?"
    r"(?:н|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|а|е|ны|ні|ды|ді|ты|ті|да|де|та|те|нда|нде"
    r"|дағы|дегі|тағы|тегі|ндағы|ндегі|дан|ден|тан|тен|нан|нен|мен|бен|пен)?"
)
_KK_ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "дағы", "дегі", "тағы", "тегі",
                         "ған", "ген", "қан", "кен")  # participles: "жөнделген мектеп"
_DEVOICED = {"г": "к", "ғ": "қ", "б": "п"}
_VOWELS = set("аәеиоөуұүыіэюяё")
_KK_KEEP = KK_BASE_NOUNS  # base forms that end like an ending (lang/kk/counted_nouns.py)

_RU_ENDINGS = tuple(
    sorted(
        "ами ями ов ев ей ам ям ах ях ом ем ой ий а я у ю ы и е о ь".split(),
        key=len,
        reverse=True,
    )
)
_RU_STOP = frozenset(
    "и в во на из или с со по до за от к ко у о об при для а но же ли не ни как что это так "
    "уже еще ещё тыс млн млрд года году годом лет г человек".split()
) - {"человек"}
# Verb forms that follow a number whose noun was left out ("из них 1,8 млрд выделено",
# "12 построены", "3 открылись"): short participles and reflexive verbs are never the
# counted noun. Only long words: "2 стены", "3 колена" are nouns.
_RU_NOT_NOUN_ENDINGS = ("ено", "ано", "ято", "ыто", "ены", "аны", "яты", "ыты", "ся", "сь")


def _has_vowel(s: str) -> bool:
    return any(c in _VOWELS for c in s)


def _strip(word: str, endings: tuple[str, ...], min_stem: int) -> str:
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= min_stem and _has_vowel(word[: -len(e)]) \
                and ending_agrees(word[: -len(e)], e):
            return word[: -len(e)]
    return word


def kazakh_base(word: str) -> str:
    """``іс-шараның`` → ``іс-шара``, ``мектептерде`` → ``мектеп``, ``жобасына`` → ``жоба``."""
    w = word.lower()
    head, sep, tail = w.rpartition("-")
    if sep and head and len(tail) > 2:  # inflect only the last part of іс-шара
        return head + "-" + kazakh_base(tail)
    for keep in _KK_KEEP:
        if w.startswith(keep) and _KK_ENDINGS.fullmatch(w, len(keep)):
            return keep
    base = _strip_case(w)
    stripped = _strip(base, _KK_POSSESSIVE, 3)
    if not stripped.endswith("ш"):  # оқушы, жұмысшы: -шы/-ші makes the noun
        base = stripped
    base = _strip(base, _KK_PLURAL, 2)
    if base != w and w[len(base):len(base) + 1] in _VOWELS:
        base = KK_DROPPED_VOWEL.get(base) or _devoice(base)
    elif base != w and w[:len(base) + 1] in KK_DROPPED_VOWEL:
        base = KK_DROPPED_VOWEL[w[:len(base) + 1]]  # кәсіпорн-ы read as кәсіпор-ны
    if base.endswith(KK_LOAN_POSSESSIVE_VOWEL) and base[:-1] in _KK_KEEP:
        base = base[:-1]  # объекті-лері → объект
    return base


def _devoice(stem: str) -> str:
    """бөлігі → бөлік, кітабы → кітап: a final consonant voiced before a vowel ending."""
    if stem.endswith(("ог", "рг")):  # педагог, хирург keep their г
        return stem
    return stem[:-1] + _DEVOICED[stem[-1]] if stem[-1] in _DEVOICED else stem


def _strip_case(w: str) -> str:
    # After a possessive the case ending loses its consonant: жоба-сы-на, жоба-сы-н.
    for e in _KK_AFTER_POSSESSIVE:
        for p in _KK_POSSESSIVE:
            if e == "н" and p in ("ы", "і"):
                continue  # орын, кәсіпорын, ағын end so without an ending
            if w.endswith(p + e) and len(w) - len(p + e) >= 2:
                return w[: -len(e)]
    return _strip(w, _KK_CASE, 2)


@lru_cache(maxsize=1)
def russian_morphology():  # also read by the date grammar, for a sentence's tense
    # pymorphy3 (the lemmatizer spaCy's Russian uses) with its dictionary package:
    # loads from disk in about 0.1 s, nothing from the network.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def russian_parses(word: str) -> tuple:
    """The dictionary's readings of ``word``, likeliest first (guessed by analogy for a word
    it does not know). Remembered: the same few thousand words come back in every article,
    and a parse costs tens of microseconds."""
    return tuple(russian_morphology().parse(word))


@lru_cache(maxsize=65536)
def russian_noun_first(word: str) -> bool:
    """Whether the dictionary knows ``word`` and reads it first, and mostly, as a noun
    ("случая", "отделения"; not "рабочих", "новых", which it reads as adjectives first)."""
    if not russian_morphology().word_is_known(word):
        return False
    parses = russian_parses(word)
    return parses[0].tag.POS == "NOUN" and sum(p.score for p in parses if p.tag.POS == "NOUN") >= 0.5


@lru_cache(maxsize=65536)
def russian_tag(word: str):
    """The tag of the likeliest reading of a word the dictionary knows, else None."""
    if not russian_morphology().word_is_known(word):
        return None
    return russian_parses(word)[0].tag


def russian_base(word: str) -> str:
    """The noun's dictionary form, ё written е as the gold files write it: ``мест`` →
    ``место``, ``коек`` → ``койка``, ``семей`` → ``семья``, ``людей`` → ``человек``.

    Zero-ending genitive plurals (``мест``, ``коек``, ``семей``) defeat suffix
    stripping, and Russian counts put most nouns in that case. A word the dictionary
    knows no noun for keeps the old stable stem (``районов`` → ``район``), and each
    part of a hyphenated noun is read alone (``детей-сирот`` → ``ребенок-сирота``).
    """
    w = word.lower().replace("ё", "е")
    head, sep, tail = w.partition("-")
    if sep and head and tail:
        # "мини-центров", "пресс-конференций": the dictionary knows the whole word (pymorphy3
        # reads it from the dictionary, not part by part), so its own lemma is right
        parses = russian_parses(w)
        known = parses and type(parses[0].methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        whole = _russian_noun(w) if known else None
        return whole or f"{russian_base(head)}-{russian_base(tail)}"
    lemma = _russian_noun(w)
    if lemma:
        return lemma
    if w.endswith(("ий", "ия", "ие", "ии")) and len(w) > 5:
        return w[:-2] + "ие"  # мероприятий, мероприятия → мероприятие
    return _strip(w, _RU_ENDINGS, 3)


# The least share of the dictionary's readings a noun reading needs (``сел``: 0.19
# village; ``стали``: 0.02 steel), and when an adjective reading comes first
# (``рабочих``: 0.41 workers; ``малых``: 0.20, ``средних``: 0.17, ``новых``: 0.004).
_RU_NOUN_SHARE = 0.1
_RU_NOUN_SHARE_AFTER_ADJECTIVE = 0.3
# Parts of speech that are never a counted noun ("из них 12 получили", "8 000 заняты").
_RU_NOT_NOUN_POS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND", "ADVB", "PRED", "PREP", "CONJ", "PRCL", "INTJ", "COMP"})


@lru_cache(maxsize=65536)
def _russian_noun(word: str) -> str | None:
    """The dictionary form of ``word`` read as a noun, if the dictionary has it as one.

    A noun reading wins over a likelier verb or adjective one: after a number a noun
    is expected (``12 сел`` are villages, not "sat down"). Substantivised adjectives
    and participles count too (``учащихся`` → ``учащийся``, ``заболевших`` →
    ``заболевший``).
    """
    parses = russian_parses(word)
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    # Unless the noun reading is a rare one: "новых" is new, not "the new" (0.4%); an
    # adjective read first needs a strong noun reading ("рабочих" is workers, "малых" small).
    least = _RU_NOUN_SHARE_AFTER_ADJECTIVE if parses and parses[0].tag.POS in ("ADJF", "PRTF") else _RU_NOUN_SHARE
    if nouns and sum(p.score for p in nouns) >= least:
        return nouns[0].normal_form.replace("ё", "е")
    for parse in parses:
        if parse.tag.POS == "ADJF" and "Subx" in parse.tag:
            return parse.normal_form.replace("ё", "е")
    for parse in parses:  # "300 обучающихся", "12 заболевших": a participle as a noun
        if parse.tag.POS == "PRTF":
            form = parse.inflect({"masc", "sing", "nomn"})
            if form is not None:
                return form.word.replace("ё", "е")
    return None


@lru_cache(maxsize=8192)
def russian_plural_genitive_noun(word: str) -> str | None:
    """The dictionary form of ``word`` if it can be a noun in the genitive plural, the form
    a count's label takes ("обращений – 540", "Всего заявок: 96")."""
    w = word.lower().replace("ё", "е")
    if not any(p.tag.POS == "NOUN" and "gent" in p.tag and "plur" in p.tag for p in russian_parses(w)):
        return None
    return _russian_noun(w)


def russian_adjective_first(word: str) -> bool:
    """Whether the dictionary reads ``word`` (lower case) first as a full adjective."""
    return _russian_adjective(word)


def _russian_adjective(word: str) -> bool:
    """Whether the dictionary reads ``word`` first as an adjective (asked once no noun
    reading is strong enough: "новых", "тяжких")."""
    tag = russian_tag(word)
    return tag is not None and tag.POS == "ADJF"


def _russian_verb(word: str) -> bool:
    """Whether the dictionary reads ``word`` first as a verb form or function word."""
    tag = russian_tag(word)
    return tag is not None and tag.POS in _RU_NOT_NOUN_POS


# Counting words with a fixed code: KazNERD counts livestock heads as CARDINAL
# ("сегіз бас сиыр"), so they are counts, with a unit every language shares.
COUNT_UNITS = {"бас": "head", "голов": "head", "головы": "head", "голова": "head"}


def is_kazakh_adjective(word: str) -> bool:
    """``жаңа``, ``әлеуметтік``, ``бөлмелі``, ``аудандағы``: a word before the counted noun."""
    w = word.lower()
    if w in KK_NOUNS_LIKE_ADJECTIVES:
        return False
    return w in _KK_ADJECTIVES or (len(w) > 5 and w.endswith(_KK_ADJECTIVE_ENDINGS))


@lru_cache(maxsize=65536)
def counted_noun(word: str, lang: str) -> str | None:
    """The unit for a count followed by ``word``, or None for a function word."""
    w = word.lower().strip(".")
    if not w or not w[0].isalpha():
        return None
    if w in COUNT_UNITS:
        return COUNT_UNITS[w]
    if lang == "ru":
        if w in _RU_STOP:
            return None
        if w in RU_ABBREVIATED:
            return RU_ABBREVIATED[w]
        known = w.replace("ё", "е")
        if _russian_noun(known) is None and (
                _russian_verb(known) or _russian_adjective(known) or (len(w) > 6 and w.endswith(_RU_NOT_NOUN_ENDINGS))):
            # "выделено", "открылись", "получили"; "в том числе 12 тяжких" leaves the noun out
            # (no noun reading at all); but "учащихся", "заболевших" count
            return None
        return russian_base(w)
    if w in KK_STOP_WORDS:
        return None
    base = kazakh_base(w)
    if base in KK_NOT_COUNTED:
        return None
    return COUNT_UNITS.get(base, base)


_COMPOUNDS = {"kk": KK_COMPOUNDS, "ru": RU_COMPOUNDS}
# The compounds and capacity nouns by their first word's (noun's) first letter: a word is
# looked for among those that may start it, in their order, not among all (a count's next
# word was tried against every compound and capacity noun: ~0.8 us at each count)
_COMPOUNDS_BY_INITIAL = {lang: {c: tuple(e for e in entries if e[0][:1] == c) for c in {e[0][:1] for e in entries}}
                         for lang, entries in _COMPOUNDS.items()}
_KK_CAPACITY_BY_INITIAL = {c: tuple(n for n in KK_CAPACITY_NOUNS if n[:1] == c) for c in {n[:1] for n in KK_CAPACITY_NOUNS}}
assert all(e[0] for entries in _COMPOUNDS.values() for e in entries) and all(KK_CAPACITY_NOUNS)  # (no empty first word)


def compound_noun(first: str, second: str, lang: str) -> str | None:
    """The unit of a two-word counted noun (``жұмыс орны``, ``населенных пунктов``), or None."""
    first, second = first.lower(), second.lower()
    for head, stems, unit in _COMPOUNDS_BY_INITIAL.get(lang, {}).get(first[:1], ()):
        if (first == head if lang == "kk" else first.startswith(head)) and second.startswith(stems):
            return unit
    return None


def capacity_noun(word: str, lang: str, hyphen: bool = False) -> str | None:
    """The noun a capacity adjective counts: ``орындық`` → ``орын``, ``қабатты`` →
    ``қабат``; in Russian only joined to the number by a hyphen (``50-квартирный`` →
    ``квартира``, with ``hyphen`` true)."""
    w = word.lower()
    if lang == "ru":
        if hyphen:
            for stem, unit in RU_CAPACITY_ADJECTIVES:
                if w.startswith(stem):
                    return unit
        return None
    for noun in _KK_CAPACITY_BY_INITIAL.get(w[:1], ()):
        if w.startswith(noun) and w[len(noun):] in KK_CAPACITY_ENDINGS:
            if hyphen and noun == "орын" and w[len(noun):] in ("ды", "ты"):
                return None  # "1-орынды жеңіп алды": the first place, in the accusative
            return COUNT_UNITS.get(noun, noun)
    head, hyphen_, tail = w.rpartition("-")
    if hyphen_ and head and tail:  # "150 төсек-орындық аурухана": 150 beds
        noun = capacity_noun(tail, lang)
        if noun is not None and noun in KK_CAPACITY_NOUNS:
            return head + "-" + noun
    return None
