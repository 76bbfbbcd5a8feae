"""Unquoted organisation names found by their head noun.

Kazakh puts the head noun last and the name before it: ``Денсаулық сақтау
министрлігінің``, ``Түркістан облысының әкімдігі``, ``Гарвард университеті``.
Rule: a head noun (``extractors/lang/kk/type_nouns.py: ORG_HEADS``) preceded,
within four lower-case words, by a capitalised word; the name runs from that
word (and at most one capitalised word before it) to the head noun. Local news
names its own bodies by level and field, in lower case mid-sentence: a level word
(``аудандық білім бөлімі``) opens the name as a capital does. Russian
puts the head first: ``Министерство здравоохранения``, ``акимат Аральского
района``; the name runs from the head over the genitive words that follow.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.canonical import kk_base
from extractors.lang.kk.counted_nouns import BASE_NOUNS as KK_BASE_NOUNS
from extractors.lang.kk.type_nouns import ORG_CONTEXT
from extractors.lang.kk.type_nouns import ORG_HEADS as KK_ORG_HEADS
from extractors.lang.kk.type_nouns import TYPE_NOUNS as KK_TYPES
from extractors.lang.ru.type_nouns import ACRONYM_HEADS as RU_ACRONYM_HEADS
from extractors.type_nouns import RU_ADJECTIVE_ENDING, kk_org_head_regex, ru_org_head, type_noun_at

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d+|[^\w\s]")
_NOT_START = ORG_CONTEXT["not_name_start"]
_GENERIC = ORG_CONTEXT["generic"]
_COUNTRIES = ORG_CONTEXT["countries"]
_NOT_INSIDE = ORG_CONTEXT["not_name_inside"]
_LEVEL = ORG_CONTEXT["level"]
_PLACE_NOUNS = ORG_CONTEXT["place_nouns"]
# Verb forms end a name to the left ("ұсынған", "барып"); object cases do not
# ("халықты әлеуметтік қорғау министрлігі").
_VERBISH = re.compile(r"(?:ған|ген|қан|кен|ып|іп|йды|йді|ады|еді|уда|уде|атын|етін|мақ|мек|уға|уге)$")
# A capitalised word in a local or directional case is where something happens,
# not the start of a name: "Алматыда ... университеті".
_PLACE_CASE = re.compile(r"(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|ына|іне)$")
_MAX_GAP = 4
_WINDOW = 200  # characters before a head noun that can hold its name
# A named organisation is one: "компаниялардың" (companies) is never a name.
_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")
# A sentence's first word is capitalised whatever it is, so it opens a name only
# in a name-like form: not plural, not "-ты/-ді" (time words such as "Биылғы"
# are listed in extractors/lang/kk/type_nouns.py: ORG_CONTEXT).
_NOT_FIRST = re.compile(r"(?:лар|лер|дар|дер|тар|тер|ты|ті|ды|ді|ны|ні|еуі|ауы)$")
# Heads that name an organisation only in the possessive of a compound
# ("Павлодар экономикалық соты"); bare "сотқа", "музейде" are the common nouns.
_POSSESSED_ONLY = frozenset({"сот", "музей", "театр", "зауыт", "фабрика", "банк", "кәсіпорн", "мектеп", "бөлім",
                            "орталық", "аурухана", "кітапхана", "мектеп-гимназия", "мектеп-лицей"})
# Places and instruments inside the gap end the name: "мақсатында", "күдікпен".
_GAP_BREAK = re.compile(r"(?:нда|нде|мен|пен|бен)$")
_ACCUSATIVE_OF_POSSESSED = re.compile(r"(?:ін|ын|сін|сын)$")
_ACCUSATIVE = re.compile(r"(?:ды|ді|ты|ті|ны|ні)$")
# Names that end like a case ending but are nominative: Қазақстан, Сарыарқа, Қызылорда.
_LOOKS_LIKE_CASE = re.compile(r"(?:стан|арқа|орда)$")

# A capitalised word after a Russian head belongs to the name in the genitive:
# "Министерство ... Республики Казахстан".
_RU_GENITIVE = re.compile(r"(?:ого|его|ой|ей|ии|и|ы|а)$")
# Finite verbs end a name: "Комитет ... выделил", "Управление ... сообщило".
_RU_VERB = re.compile(
    r"(?:ила|ала|ела|яла|ило|ало|ело|яло|или|али|ели|яли|ил|ыл|ел|ал|ял|ют|ят|ется|ится|ался|ось|ись"
    r"|ает|яет|ует|еет|ит"  # present and future: "сообщает", "проводит", "выделит"
    r"|ено|ены|ена|ано|аны|ан|ен)$"  # short participles: "поручено", "создан"
)
_RU_STOP = frozenset(
    "в во на с со к ко о об от до за из у для что как не и а но или это который которая "
    "которые был была были будет при под над через после перед также уже еще".split()
)


# Heads that are everyday nouns too ("қор" stock, "кеңес" advice, "палата" ward):
# one sentence-initial word before them names nothing unless it looks like a name.
_COMMON_HEADS = frozenset({"қор", "кеңес", "палата", "одақ", "ұйым", "ұжым", "команда", "орталық"})
_ADJECTIVE_END = re.compile(r"(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті)$")


def _proper_looking(word: str) -> bool:
    """"Ұлттық", "Самұрық-Қазына", "KEGOC": a word that reads as (part of) a name; not a
    common noun that only ends like an adjective ("Жалақы қоры", the payroll fund)."""
    if word.lower() in KK_BASE_NOUNS:
        return False
    return word.isupper() or any(c.isupper() for c in word[1:]) or "-" in word or bool(_ADJECTIVE_END.search(word.lower()))


def _country(word: str) -> bool:
    """A country's name, bare or in the genitive ("Американың")."""
    return word in _COUNTRIES or any(word.startswith(c) and word[len(c):] in ("ның", "нің", "дың", "дің", "тың", "тің")
                                     for c in _COUNTRIES)


def _in_place_case(w: str) -> bool:
    low = w.lower()
    # "Аудан әкімдігінің … бөлімі": "аудан" (district) only ends like the ablative "-дан"
    return not w.isupper() and bool(_PLACE_CASE.search(low)) and not _LOOKS_LIKE_CASE.search(low) \
        and low not in _PLACE_NOUNS


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


class _TextTokens:
    """``_tokens(text)`` read near given positions, without tokenising the whole text.

    Tokens never span whitespace, so a scan that starts right after a space (or at the
    text's start) finds the same tokens there as a scan of the whole text. Only where no
    space is within reach (a text without spaces) is the whole text tokenised, once, so
    the work stays linear in the text however many heads it holds.
    """

    REACH = 64  # characters a scan may start before the position it is for

    def __init__(self, text: str) -> None:
        self.text = text
        self._whole: list[tuple[int, int, str]] | None = None
        self._index: dict[int, int] = {}

    def whole(self) -> tuple[list[tuple[int, int, str]], dict[int, int]]:
        """The whole text's tokens and the index of each by its start."""
        if self._whole is None:
            self._whole = _tokens(self.text)
            self._index = {t[0]: k for k, t in enumerate(self._whole)}
        return self._whole, self._index

    def clean_start(self, pos: int, reach: int) -> int | None:
        """A position at most ``reach`` before ``pos`` where a scan sees the whole text's tokens."""
        if pos <= reach:
            return 0
        space = _SPACE.search(self.text, pos - reach, pos)
        return space.end() if space is not None else None

    def starting_at(self, pos: int) -> tuple[int, int, str] | None:
        """The token that starts at ``pos`` (a letter), or None when ``pos`` is inside one."""
        text = self.text
        if pos == 0 or text[pos - 1].isspace():
            m = _WORD.match(text, pos)
            return m.start(), m.end(), m.group()
        start = self.clean_start(pos, self.REACH)  # "(министрлігі", "5-бөлім"
        if start is None:
            whole, index = self.whole()
            k = index.get(pos)
            return whole[k] if k is not None else None
        for t in _WORD.finditer(text, start):
            if t.end() > pos or t.start() >= pos:
                return (t.start(), t.end(), t.group()) if t.start() == pos else None
        return None


_SPACE = re.compile(r"\s")


def _starts_of(prefixes, acronyms=()) -> re.Pattern[str]:
    """Where a word may start with one of ``prefixes`` (lower-case letters) in any case
    ("Министрлігі", "министрлігі", "МИНИСТРЛІГІ"), or with one of ``acronyms`` as written.

    A word never starts right after a letter, so the pattern looks only there, and its
    matches hide no word start: every word whose lower-cased beginning is a
    prefix starts at a match (more matches than words: they are checked). ``re`` tries every
    alternative at every position it gets to, so a position is first screened by the
    alternatives' first letters, and the alternatives are grouped by their first letter; one
    flat alternation of every prefix cost more than the word-by-word test it replaces."""
    by_first: dict[str, list[str]] = {}
    for prefix in sorted(prefixes, key=len, reverse=True):
        by_first.setdefault(prefix[0], []).append(prefix[1:])
    alternatives = []
    for first, rests in sorted(by_first.items()):
        # (the first letter written out in each case, one alternative each: re passes over an
        # alternative that begins with a letter other than the text's in one comparison, one
        # that begins with a class only after entering it; kk_orgs's scan ~32 -> ~25 us a page)
        body = "(?:" + "|".join("".join(f"[{c}{c.upper()}]" for c in r) for r in rests) + ")"
        alternatives += [f"{case}{body}" for case in dict.fromkeys((first, first.upper()))]
    alternatives += [re.escape(a) for a in sorted(acronyms, key=len, reverse=True)]
    firsts = sorted({c for p in prefixes for c in (p[0], p[0].upper())} | {a[0] for a in acronyms})
    # The first letters in one class opening the expression, which the regex engine takes as
    # its prefix and skips to in C (a lookahead first made it try the expression at every
    # character); the letter is read, so a match starts where its word does, and the
    # character before it (none at the text's start) and the prefix from the letter on are
    # read by lookbehinds: kk_orgs's and ru_orgs's scans ~24 -> ~20 us a page. A match is
    # one letter now, where the whole prefix was read before: no word starts inside a prefix
    # (letters only), so the matches start where they did.
    return re.compile("[" + "".join(firsts) + r"](?<![^\W\d_].)(?<=(?=(?:" + "|".join(alternatives) + ")).)")


# Places, not fields: "управление образования области, района и города" lists where.
_RU_PLACE_GENITIVES = frozenset(("района", "области", "города", "республики", "села", "аула", "поселка"))


def _adjacent(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    gap = text[a[1]:b[0]]
    return gap.isspace() and "\n" not in gap


def kk_orgs(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, canonical name, type)`` of unquoted Kazakh organisation names."""
    head_re, groups = kk_org_head_regex()
    out = []
    # Only the words that start like a head noun: a regular expression finds them, where a
    # test of every word of the text was most of the time this took.
    tokens = _TextTokens(text)
    for candidate in _kk_head_starts().finditer(text):
        head = tokens.starting_at(candidate.start())
        if head is None:
            continue
        head_start, head_end, hw = head
        found = _kk_head(hw)
        if found is None:
            continue
        noun, typ, bare_centre = found
        # The name is at most a few words long: tokenise only the stretch before it.
        line_start = text.rfind("\n", 0, head_start) + 1
        window = max(line_start, head_start - _WINDOW)
        toks = [(t.start(), t.end(), t.group()) for t in _WORD.finditer(text, window, head_end)]
        i = len(toks) - 1
        if noun == "орталық" and _centre_of_place(text, toks, i, head_end):
            continue
        start = _name_start(text, toks, i, window == line_start, level_ok=noun not in _COMMON_HEADS - _LEVEL_HEADS)
        if start is None:
            continue
        before = [t[2].lower() for t in toks[start:i]]
        if bare_centre and not (len(before) > 1 and _ADJECTIVE_BEFORE_BARE.search(before[-1])
                                and _is_cap(toks[start][2]) and _proper_looking(toks[start][2])):
            # "орталықта" bare is a place ("облыс орталықта"); after an adjective, in a name
            # that opens like one, it is the centre itself: "Ұлттық ғылыми орталықта"
            continue
        if noun in _PLACE_LEVEL_ONLY and not (len(before) > 1 and _is_cap(toks[start][2])
                                              and before[0] not in _LEVEL and before[1] in _LEVEL):
            # "Жұқпалы аурулар ауруханасы", "облыстық балалар ауруханасы": a hospital or a
            # library as a place; "Ақсу аудандық орталық ауруханасы" names the body
            continue
        if noun in _COMMON_HEADS and _sentence_initial(text, toks, start, window == line_start) \
                and not _proper_looking(toks[start][2]) and not any(_is_cap(t[2]) for t in toks[start + 1:i]) \
                and not (len(before) > 1 and before[1] in _LEVEL):  # a place before its level word names it
            # "Тұқым қоры 28 мың тонна", "Сирек кітаптар қоры": the seed stock, the stock of
            # rare books, a capital only because it opens the sentence
            continue
        if all(b in _GENERIC for b in before):
            continue  # "Аудандық мәслихат": which district's, the text does not say
        if noun == "бөлім" and _part_of_something(text, toks, start, i, window == line_start, head_re, groups):
            continue  # "Фильмнің екінші бөлімі", "аурухананың жансақтау бөлімі": a part or a ward
        if typ == "company" and len(before) == 1 and _country(before[0]):
            continue  # "Германия компаниясы": a German company, no name
        # the words as written, so that "№7" stays one word of the name
        lead = _SPACES.sub(" ", text[toks[start][0]:toks[i][0]])
        out.append((toks[start][0], head_end, lead + kk_base(hw), typ))
    return out


@lru_cache(maxsize=16384)
def _kk_head(word: str) -> tuple[str, str, bool] | None:
    """The head noun ``word`` is a form of, its type, and whether it is "орталық" in its bare
    form (a centre only after an adjective); None for a word that ends no name. Remembered
    by word: three words in four that start like a head are none ("басқа", "орташа",
    "әкімі"), the same ones on every page, and the head expression tries every head."""
    low = word[:4].lower()
    prefixes = _head_prefixes()
    if low not in prefixes and low[:3] not in prefixes:
        return None  # the cheap test: most words are not head nouns
    head_re, groups = kk_org_head_regex()
    m = head_re.fullmatch(word)
    if not m:
        return None
    noun, (_, typ) = groups[m.lastgroup]
    if _PLURAL.match(word.lower(), len(noun)):
        return None
    bare_centre = False
    if noun in _POSSESSED_ONLY and not _possessed(word.lower(), noun):
        if noun != "орталық":
            return None
        bare_centre = True  # "Ұлттық ядролық орталықта": kept if an adjective stands before it
    if noun == "бөлім" and _ACCUSATIVE_OF_POSSESSED.search(word.lower()):
        return None  # "шоудың барлық бөлімін": every part of the show
    return noun, typ, bare_centre


@lru_cache(maxsize=1)
def _kk_head_starts() -> re.Pattern[str]:
    return _starts_of(_head_prefixes())


@lru_cache(maxsize=1)
def _head_prefixes() -> frozenset[str]:
    """First letters of every head noun: a cheap test before the full regex.

    A head of four letters ending in a voiceless consonant voices it before a vowel
    ending (``одақ`` → ``одағы``), so its voiced prefix is listed too."""
    voiced = {"қ": "ғ", "к": "г", "п": "б"}
    prefixes = {n[:4] for n in KK_ORG_HEADS}
    prefixes |= {n[:3] + voiced[n[3]] for n in KK_ORG_HEADS if len(n) == 4 and n[3] in voiced}
    return frozenset(prefixes)


# Everyday heads ("қор" a stock, "ұжым" a staff) after a level word name nothing:
# "облыстық тұрғын үй қоры" is the region's housing stock; a council or a centre is a body.
_LEVEL_HEADS = frozenset({"кеңес", "орталық"})
# Hospitals and libraries are mostly places (KazNERD: FAC) or common nouns; they name a
# body as the place's one at its level: "Ақсу аудандық ауруханасы", "Жаңатас ауылдық кітапханасы".
_PLACE_LEVEL_ONLY = frozenset({"аурухана", "кітапхана"})


def _name_start(text: str, toks, i: int, at_line_start: bool = True, level_ok: bool = True) -> int | None:
    """Index of the first word of the name ending before head ``toks[i]``, or None.

    The name opens at a capitalised word, or, with ``level_ok``, at a lower-case level
    word ("аудандық", "облыстық") with no capitalised place name before it."""
    gap = 0
    j = i - 1
    level = None  # a level word already passed: the name opens there if no capital does
    while j >= 0:
        w = toks[j][2]
        if w.isdigit() and j > 0 and toks[j - 1][2] == "№" and text[toks[j - 1][1]:toks[j][0]] in ("", " ") \
                and _adjacent(text, toks[j], toks[j + 1]):
            # "№ 5 мектеп-гимназиясы", "аудандық №1 спорт мектебі": the number is one word of the name
            gap += 1
            if gap > _MAX_GAP:
                return level
            j -= 2
            continue
        if not _adjacent(text, toks[j], toks[j + 1]) or not w[:1].isalpha():
            return level
        low = w.lower()
        if level is not None and not _is_cap(w):
            return level  # only a place's name may stand before the level word
        if _is_cap(w):
            if low in _NOT_START or _in_place_case(w):
                return level
            # before a level word a capital is a place's name ("Талдықорған қалалық …"), however
            # it ends; elsewhere a sentence's first word may be a participle ("Өткен")
            if _sentence_initial(text, toks, j, at_line_start) and (
                    _NOT_FIRST.search(low) or _VERBISH.search(low) and level != j + 1):
                return level
            start = j
            k = j - 1
            if k >= 0 and _adjacent(text, toks[k], toks[k + 1]):
                pw = toks[k][2]
                if _is_cap(pw) and pw[:1].isalpha() and pw.lower() not in _NOT_START and not _in_place_case(pw) \
                        and not (_sentence_initial(text, toks, k, at_line_start)
                                 and (_NOT_FIRST.search(pw.lower()) or _VERBISH.search(pw.lower()))):
                    # ("Оқушылар Шәкәрім атындағы …": a plural opening the sentence is no name's word)
                    start = k
            # "Қазақстан Республикасы Еңбек … министрлігі": the state is a place of its own
            # (KazNERD labels it GPE), not the start of the ministry's name
            if toks[start][2] == "Республикасы" and start < j:
                start = j
            return start
        if level_ok and low in _LEVEL:
            level = j
            j -= 1
            continue
        # "жұмыспен қамту басқармасы": an instrumental before a verbal noun in -у is its
        # complement, inside the name (elsewhere "мен" joins two names)
        governed = low.endswith(("мен", "пен", "бен")) and len(low) > 4 and toks[j + 1][2].lower().endswith("у")
        if low in _NOT_INSIDE or _VERBISH.search(low) or low in KK_TYPES or (_GAP_BREAK.search(low) and not governed):
            return None
        # An object inside a name is the object of a verbal noun in -у:
        # "халықты әлеуметтік қорғау министрлігі"; otherwise it ends the name. Right
        # before the head no object can stand: "көпбейінді ауруханасы" is an adjective in -ді.
        adjective = j == i - 1 and _POSSESSIVE_HEAD.search(toks[i][2].lower()) is not None
        if _ACCUSATIVE.search(low) and not adjective and not any(t[2].endswith("у") for t in toks[j + 1:i]):
            return None
        gap += 1
        if gap > _MAX_GAP:
            return None
        j -= 1
    return level


# A head in the compound form ("ауруханасы", "орталығының"), which an adjective such as
# "көпбейінді" may stand right before; "жауапты министрлікке" has none.
_POSSESSIVE_HEAD = re.compile(r"(?:сы|сі|ы|і)(?:н|ның|нің|на|не|нда|нде|нан|нен|ндағы|ндегі|мен)?$")
# Adjectives that leave the noun after them bare: "-лық/-лік" ("ядролық"), "-и" ("ғылыми").
_ADJECTIVE_BEFORE_BARE = re.compile(r"(?:лық|лік|дық|дік|тық|тік|и)$")
_GENITIVE_ANY = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
# "орталығына айналды": the town became a centre of something, no body is named
_BECOME_AFTER = re.compile(r"\s+айнал")


def _centre_of_place(text: str, toks, i: int, end: int) -> bool:
    """"орталық" as a town or a hub: "аудан орталығы", "Отырар ауданының орталығында",
    "қаржы орталығына айналды"."""
    if _BECOME_AFTER.match(text, end):
        return True
    if i == 0 or not _adjacent(text, toks[i - 1], toks[i]):
        return False
    prev = toks[i - 1][2].lower()
    return prev in _PLACE_NOUNS or bool(_GENITIVE_ANY.search(prev))


def _possessed(word: str, noun: str) -> bool:
    rest = word[len(noun):]
    if word.startswith(noun):
        return rest[:1] in ("ы", "і") or rest[:2] in ("сы", "сі")
    return True  # the voiced stem (банкі is not voiced, but "кәсіпорны" and softened forms are)


_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_ORDINAL = re.compile(r"(?:\d|ыншы$|інші$|нші$|ншы$)")


# Bodies whose departments are named after them: "аудан әкімдігінің туризм бөлімі".
_PARENT_BODIES = frozenset({"әкімдік", "әкімшілік", "министрлік", "басқарма", "департамент", "комитет"})


def _part_of_something(text: str, toks, start: int, head: int, at_line_start: bool, head_re=None,
                       groups=None) -> bool:
    """"бөлім" as a part (of a film, a law) or a hospital's ward rather than a department:
    an ordinal in the name, or a common noun in the genitive ("аурухананың"); a governing
    body in the genitive ("әкімдігінің") has departments, not parts."""
    for j in range(start, head):
        word = toks[j][2]
        if _ORDINAL.search(word.lower()):
            return True
        if head_re is not None and (m := head_re.fullmatch(word)) and groups[m.lastgroup][0] in _PARENT_BODIES:
            continue
        if _GENITIVE_END.search(word.lower()) and (
                not _is_cap(word) or j == start and _sentence_initial(text, toks, j, at_line_start)):
            return True
    return False


def _sentence_initial(text: str, toks, j: int, at_line_start: bool = True) -> bool:
    if j == 0:
        return at_line_start
    prev = toks[j - 1][2]
    return prev in ".!?…:—–-«\"" or "\n" in text[toks[j - 1][1]:toks[j][0]]


_LOCAL_BODIES = frozenset({"акимат", "маслихат"})
_RU_PLACE_NOUNS = frozenset(("города", "села", "поселка", "посёлка", "аула"))


def ru_orgs(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, type)`` of unquoted Russian names such as ``Министерство здравоохранения``.

    The head opens the name and the genitive words after it complete it
    (``Управление образования Кызылординской области``). A lower-case head
    (``акимат Аральского района``) needs a capitalised word right after it.
    """
    out = []
    # Only the words that start like a head noun, found by a regular expression, and only
    # the words around each head tokenised: a test and a token of every word of the text
    # were most of the time this took.
    tokens = _TextTokens(text)
    for candidate in _ru_head_starts().finditer(text):
        head = tokens.starting_at(candidate.start())
        if head is None:
            continue
        hw = head[2]
        nominative = ru_org_head(hw) or (hw if hw in RU_ACRONYM_HEADS else None)
        if not nominative:
            continue
        if _ru_plural(hw):
            continue  # "Музеи области приняли …": the museums, no one body
        toks, i = _tokens_around(tokens, head[0])
        found = _ru_org(text, toks, i, nominative)
        if found is not None:
            out.append(found)
    return out


# Tokens a Russian name reads around its head: two before ("Карагандинский областной
# университет"), and after it at most 13 (12 words of a name and the one after).
_BEFORE_HEAD = 2
_AFTER_HEAD = 14


def _tokens_around(tokens: _TextTokens, hs: int) -> tuple[list[tuple[int, int, str]], int]:
    """The text's tokens near the head token starting at ``hs``, and the head's index in
    them: the same tokens as the whole text's at the indices :func:`_ru_org` reads (at least
    ``_BEFORE_HEAD`` before the head unless the text starts sooner, ``_AFTER_HEAD`` after it
    unless it ends sooner)."""
    text = tokens.text
    for reach in (40, 200):
        start = tokens.clean_start(hs, reach)
        if start is None:
            continue
        toks: list[tuple[int, int, str]] = []
        i = None
        for t in _WORD.finditer(text, start):
            if i is None and t.start() == hs:
                i = len(toks)
            toks.append((t.start(), t.end(), t.group()))
            if i is not None and len(toks) > i + _AFTER_HEAD:
                break
        if i is not None and (start == 0 or i >= _BEFORE_HEAD):
            return toks, i
    whole, index = tokens.whole()
    return whole, index[hs]


@lru_cache(maxsize=1)
def _ru_head_starts() -> re.Pattern[str]:
    from extractors.type_nouns import _ru_heads_by_prefix

    # ru_org_head takes a word that begins with a whole stem; acronyms are matched as written.
    # (the whole stems, not their first three letters: "проекту", "полугода", "более" began
    # like "прокуратур…", "полици…", "больниц…", nine in ten words found, each then asked)
    stems = frozenset(stem for heads in _ru_heads_by_prefix().values() for stem, _ in heads)
    return _starts_of(stems, RU_ACRONYM_HEADS)


def _ru_org(text: str, toks, i: int, nominative: str) -> tuple[int, int, str, str] | None:
    """The name a Russian head ``toks[i]`` opens (see :func:`ru_orgs`), or None."""
    hs, he, hw = toks[i]
    end = i
    j = i + 1
    after_po = False
    named_after = False  # past "имени": the person the body is named after
    comma_at = None  # the name's end before a comma it went on past
    while j < len(toks) and j - i <= (6 if comma_at is None else 12):
        if (toks[j][2] == "," and comma_at is None and end == j - 1 and j + 1 < len(toks)
                and toks[j - 1][1] == toks[j][0] and _adjacent(text, toks[j], toks[j + 1])
                and toks[j + 1][2][:1].islower() and _ru_case_fits(toks[j + 1][2].lower(), "gent")
                and toks[j + 1][2].lower() not in _RU_PLACE_GENITIVES):
            # "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных
            # дорог …": a list of the body's fields, in the genitive, goes on past a comma
            comma_at = end
            j += 1
            continue
        if not _adjacent(text, toks[j - 1], toks[j]) and not (comma_at is not None and toks[j - 1][2] == ","):
            break
        w = toks[j][2]
        low = w.lower()
        if not w[:1].isalpha() or (w[:1].islower() and _RU_VERB.search(low)):
            break
        # "Агентство Республики Казахстан по делам государственной службы": the state inside
        # a national body's name, and its field after it
        state = w == "Казахстан" and toks[j - 1][2] == "Республики"
        if low in _RU_STOP and not (low == "по" and (j == i + 1 or toks[j - 1][2] == "Казахстан")) and low != "и":
            break
        # "акимат города Кокшетау", "маслихат села Аксу": a place's name after its noun in the
        # genitive, however it ends (Kazakh names do not decline)
        named_place = toks[j - 1][2].lower() in _RU_PLACE_NOUNS and j - 1 > i
        if _is_cap(w) and not _RU_GENITIVE.search(low) and not state and not named_place:
            break
        named_after = named_after or toks[j - 1][2].lower() in ("имени", "им.")
        if _is_cap(w) and not named_after and (_ru_person(low) or _surname_after(text, toks, j)):
            # "руководитель отдела сельского хозяйства Асета Нурлыбаева", "отдела статистики
            # труда Динара Есенова" (a Kazakh first name the dictionary does not know, before
            # a surname): a person, not the body
            break
        if low == "по":
            after_po = True
        elif w[:1].islower() and low != "и" and not (
                _ru_case_fits(low, "datv") if toks[j - 1][2].lower() == "по"
                else _ru_case_fits(low, "gent") or after_po and _ru_case_fits(low, "datv")):
            break  # "акимате … района прошло совещание": the name ends before the verb and its subject
        end = j
        j += 1
    if comma_at is not None and not any(toks[k][2] == "и" for k in range(comma_at + 1, end)):
        end = comma_at  # past a comma only a list closed by "и" belongs to the name
    while end > i and toks[end][2].lower() in ("по", "и"):
        end -= 1
    # "… населения Республики Казахстан": the state is a place of its own (as KazNERD
    # labels "Қазақстан Республикасы"), and half of it is no part of the name
    if toks[end][2] == "Республики" and end > i + 1:
        end -= 1
    elif toks[end][2] == "Казахстан" and end > i + 2 and toks[end - 1][2] == "Республики":
        end -= 2  # "… населения Республики Казахстан" (nothing after it)
    # "Павлодарский областной акимат": a place's adjective names the body without a chain
    first = _place_adjectives(text, toks, i)
    if end == i and first == i:
        return None
    if not _is_cap(hw) and first == i and not any(_is_cap(toks[k][2]) for k in range(i + 1, end + 1)):
        return None  # a lower-case head names one body only with a proper name after it
    if first == i and nominative.lower() in _LOCAL_BODIES and not any(
            _is_cap(toks[j][2]) for j in range(i + 1, end + 1)):
        return None  # "акимат района", "маслихата области": which one, the text does not say (KazNERD: not a name)
    typ = RU_ACRONYM_HEADS.get(hw) or _ru_type(hw)
    if first < i:  # "Карагандинского университета …": the place's adjective opens the name
        lead = " ".join(_ru_nominative(toks[k][2], nominative.lower()) for k in range(first, i))
        return toks[first][0], toks[end][1], f"{lead} {nominative.lower()}{text[he:toks[end][1]]}", typ
    return hs, toks[end][1], nominative + text[he:toks[end][1]], typ


_SURNAME_END = re.compile(r"(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ская|ский|ұлы|қызы|улы|кызы)$")


def _surname_after(text: str, toks, j: int) -> bool:
    """A capitalised word followed by one shaped as a surname ("Динара Есенова", "Ерлан
    Сапаров", "Нұрлан Әбдіұлы"): a person's first name, not the next word of a name."""
    if j + 1 >= len(toks) or not _adjacent(text, toks[j], toks[j + 1]):
        return False
    nxt = toks[j + 1][2]
    return _is_cap(nxt) and _SURNAME_END.search(nxt.lower()) is not None


@lru_cache(maxsize=8192)
def _ru_plural(word: str) -> bool:
    """Whether every dictionary reading of a head noun is plural ("Музеи", "Больницы" is not:
    it may be one hospital's genitive)."""
    from extractors.nouns import russian_parses

    parses = russian_parses(word.lower())
    return bool(parses) and all("plur" in p.tag for p in parses if p.tag.POS == "NOUN") and \
        any(p.tag.POS == "NOUN" for p in parses)


@lru_cache(maxsize=8192)
def _ru_person(word: str) -> bool:
    """Whether the dictionary reads a capitalised Russian word first as a first name, surname
    or patronymic ("Асета", "Нурлыбаева"); "Абая" after "имени" is left to the caller."""
    from extractors.nouns import russian_parses

    tag = russian_parses(word)[0].tag
    return "Name" in tag or "Surn" in tag or "Patr" in tag


@lru_cache(maxsize=8192)
def _ru_case_fits(word: str, case: str) -> bool:
    """Whether a lower-case Russian word can stand in ``case`` (a name goes on in the genitive:
    "управление здравоохранения области"; after "по" in the dative: "комитет по делам молодежи")."""
    from extractors.nouns import russian_parses

    return any(case in p.tag or (case == "gent" and "gen2" in p.tag) for p in russian_parses(word))


_PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ого|ой|ому|им|ом|ую)$")


@lru_cache(maxsize=4096)
def _ru_nominative(word: str, head: str) -> str:
    """"Карагандинского" → "Карагандинский": an adjective in the nominative singular, in
    the gender of its head noun (given in the nominative)."""
    from extractors.nouns import russian_morphology, russian_parses

    morph = russian_morphology()
    # "акимат", "маслихат" are not in the dictionary (its guess is feminine): masculine then,
    # as most heads are
    gender = "masc" if not morph.word_is_known(head) else next(
        (p.tag.gender for p in russian_parses(head) if p.tag.POS == "NOUN" and p.tag.gender), "masc")
    for p in russian_parses(word):
        if p.tag.POS == "ADJF":
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return form.word.capitalize() if word[:1].isupper() else form.word
    return word


def _place_adjectives(text: str, toks, i: int) -> int:
    """Index of the first word of "Карагандинский (областной) университет": a capitalised
    adjective of a place, and at most one lower-case adjective between it and the head."""
    j = i
    for k in (i - 1, i - 2):
        if k < 0 or not _adjacent(text, toks[k], toks[k + 1]):
            break
        w = toks[k][2]
        if _is_cap(w) and _PLACE_ADJECTIVE.search(w.lower()) and not w.isupper():
            return k
        if k == i - 1 and w[:1].islower() and RU_ADJECTIVE_ENDING.search(w):
            continue
        break
    return j


def _ru_type(head: str) -> str:
    low = head.lower()
    for stem, typ in (("министерств", "ministry"), ("акимат", "akimat"), ("комитет", "committee"),
                      ("управлени", "department"), ("департамент", "department"), ("агентств", "agency"),
                      ("маслихат", "council"), ("правительств", "government"), ("университет", "university"),
                      ("академи", "university"), ("институт", "university"), ("отдел", "department")):
        if low.startswith(stem):
            return typ
    return "organization"


_SPACES = re.compile(r"\s+")
# Russian puts the noun before a Latin-script name: "компания Kazakhmys", "банк Freedom".
_RU_LATIN_AFTER = re.compile(
    r"(?<![\w-])(?:(?P<company>[Кк]омпани[яиюей]|[Кк]орпораци[яиюей]|[Хх]олдинг[аеуом]*|[Кк]онцерн[аеуом]*"
    r"|[Гг]рупп[аыуе]\s+компаний|ТОО|АО)|(?P<bank>[Бб]анк[аеуом]*))\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,4})(?![\w-])")
# (the capital first, the character before it read after it: the regex engine skips to the
# next capital in C, where a lookbehind first had it try every character; same matches)
_LATIN_NAME = re.compile(r"[A-Z](?<![\w-].)[\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,4}(?=\s+[^\W\d_])")
_LATIN_CAPITAL = re.compile(r"[A-Z]")


def latin_orgs(text: str, lang: str = "kk") -> list[tuple[int, int, str, str]]:
    """Latin-script names followed by a Kazakh organisation noun (``Kazakh TV арнасы``), or in
    Russian after one (``компания Kazakhmys``).

    The span is the Latin name without the noun, as for quoted names.
    """
    if _LATIN_CAPITAL.search(text) is None:
        return []  # both patterns open the name with one; most texts have none, and a scan for it is cheap
    if lang == "ru":
        return [(m.start("name"), m.end("name"), m.group("name"), "bank" if m.group("bank") else "company")
                for m in _RU_LATIN_AFTER.finditer(text)]
    out = []
    for m in _LATIN_NAME.finditer(text):
        nxt = _SPACES.match(text, m.end())
        found = type_noun_at(text, nxt.end(), "kk") if nxt else None
        if found and found[1][0] == "organization":
            out.append((m.start(), m.end(), m.group(), found[1][1]))
    return out

