"""Shared pieces of the date grammar: month lookup, number words, pattern fragments.

Built once at import from the language data in ``extractors/lang/*/date_words.py``;
``extractors.dates`` (article text) and ``extractors.pagedate`` (page furniture)
both read dates through these.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from extractors.lang.kk import date_words as KK
from extractors.lang.ru import date_words as RU
from extractors.regex_starts import ODD_LATIN_CASES

# A letter of any script: case endings are letters attached to the stem.
L = r"[^\W\d_]"
SUFFIX = rf"{L}*"
YEAR4 = r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"


@dataclass
class Candidate:
    """A date span found by a rule, before overlapping spans are resolved."""

    start: int
    end: int
    date: dict | None
    same_period: bool = False  # "2018 жылғы осы кезең": months of the last period named
    months: tuple[int, int] | None = None  # first and last month of a part of a year
    weekday: bool = False  # "в воскресенье", "сенбі күні": joined with a date written beside it

_KK_MONTHS = sorted(KK.MONTHS.items(), key=lambda kv: -len(kv[0]))
# The same stems by their first letter, longest first within each: a word can begin only with
# stems of its own first letter, so month_number reads a few instead of all fifty-six.
_KK_MONTHS_BY_FIRST: dict[str, list[tuple[str, int]]] = {}
for _stem, _number in _KK_MONTHS:
    _KK_MONTHS_BY_FIRST.setdefault(_stem[:1], []).append((_stem, _number))
_RU_MONTHS = dict(RU.MONTHS)


def alternation(words) -> str:
    """Regex alternation of ``words``, longest first, so a longer form wins.

    A lookahead for the words' first letters comes first: the regex engine tries an
    alternation's words one by one, so at a position no word can start (a digit, the
    "м" of "мектеп" against month names starting otherwise) this fails at once instead
    of after a hundred tries. It changes nothing a pattern matches.
    """
    words = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    if not words or not all(words):
        return body
    firsts = {f for w in words for f in {w[0], w[0].lower(), w[0].upper(), w[0].casefold()[:1]}}
    return rf"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])(?:{body})"


def group_of(m: re.Match, name: str) -> str | None:
    """``m.groupdict().get(name)`` without building the dict of every group (the year
    patterns have a dozen): the group's text, None when it took no part or the pattern has
    no such group."""
    return m.group(name) if name in m.re.groupindex else None


STEM = "~"


def stems(words) -> tuple[str, ...]:
    """Start words that take endings: matched on their first three letters."""
    return tuple(w + STEM for w in words)


# What stands right after a number's digits, by kind: these two, or the character itself.
SPACE = "<space>"  # what \s matches (str.isspace)
LETTER = "<letter>"  # what [^\W\d_] matches after a digit run (str.isalnum)
OTHER = "<other>"  # anything else, the end of the text included


# What follows the spaces after a number, by kind: a character whose case-insensitive matches
# are its case pair alone (Latin and Cyrillic letters, but ODD_LATIN_CASES), lower-cased;
# PLAIN for any other such character or the end of the text; UNKNOWN for any other character.
PLAIN = "<plain>"
UNKNOWN = "<unknown>"


def then_kind(c: str, then_chars: frozenset[str]) -> str:
    """The kind of ``c``, the first character after the spaces that follow a number."""
    if c in then_chars:
        return c
    if not c or (ord(c) < 0x180 or 0x400 <= ord(c) < 0x500) and c not in ODD_LATIN_CASES:
        low = c.lower()
        return low if low in then_chars else PLAIN
    return UNKNOWN


def then_letters(s: str, exact: frozenset[str]) -> str:
    """The kind of ``s``, the first two characters after the spaces that follow a number:
    each character of ``exact`` as it is and each other whose case-insensitive matches are its
    case pair alone in lower case, as far as such characters go: "МЛН" is "мл", "мı" "м"
    (its second letter may be read as another), "" the end of the text; UNKNOWN when the
    first character is none of these."""
    out = ""
    for c in s:
        if c in exact:
            out += c
        elif (ord(c) < 0x180 or 0x400 <= ord(c) < 0x500) and c not in ODD_LATIN_CASES:
            out += c.lower()
        else:
            break
    return out if out or not s else UNKNOWN


@dataclass(frozen=True)
class Digits:
    """A rule's start when it begins with a number in digits: the numbers of digits its
    pattern can take (the whole run: "2024" has four), and what may stand right after
    them, as characters or the kinds SPACE and LETTER; no ``after`` means anything. After
    SPACE, ``then`` holds what may come first after the spaces (letters in lower case, for
    either case), None for anything: characters, or their first two ("ме" of "месяцев" lets
    "млн", the commonest word after a number, pass by; see ``then_letters``). A rule that
    names "," takes decimals ("2,5 жыл"), and after them and their spaces ``then`` again.

    ``extractors.dates`` tries a rule at a number only when these fit: most numbers of an
    article begin no date, and trying each of the twenty-six rules that begin with digits at
    each of them was half the time dates took. So each must say no more than its pattern
    requires: "(?P<d>[0-3]?\\d)\\s?\\." is ``Digits((1, 2), ".", SPACE, then=".")``.
    """

    lengths: tuple[int, ...]
    after: frozenset[str] = frozenset()
    then: frozenset[str] | None = None
    # True: the rule's meaning drops a number of 1000 or more that its pattern reads ("2020
    # жылы" is a year, not a duration), so it is not tried at four digits that make one
    below_thousand: bool = False
    # True: the pattern reads a number whose last digit is "0" ("1990-жылдары", "в 90-х годах",
    # a decade), so it is not tried at a number that ends otherwise ("2027 жылға")
    tens: bool = False

    def __init__(self, lengths: tuple[int, ...], *after: str, then: str | tuple[str, ...] | None = None,
                 below_thousand: bool = False, tens: bool = False) -> None:
        object.__setattr__(self, "lengths", tuple(lengths))
        object.__setattr__(self, "below_thousand", below_thousand)
        object.__setattr__(self, "tens", tens)
        object.__setattr__(self, "after", frozenset(after))
        if then is not None:
            then = tuple(then)  # a string: its characters
            assert all(0 < len(t) <= 2 and t == t.lower() and not ODD_LATIN_CASES & set(t) for t in then), then
        object.__setattr__(self, "then", None if then is None else frozenset(then))

    def admits(self, length: int, after: str, then: str | None = None, thousands: bool = False,
               zero: bool = True) -> bool:
        """``then``: the kind of what follows the spaces (see ``then_letters``), when ``after``
        is SPACE; ``thousands``: whether the digits make 1000 or more; ``zero``: whether the
        last digit is "0"."""
        if length not in self.lengths or self.after and after not in self.after:
            return False
        if thousands and self.below_thousand or self.tens and not zero:
            return False
        if self.then is None or then is None or then == UNKNOWN:
            return True
        if after != SPACE and not (after == "," and "," in self.after):
            return True
        return fits(self.then, then)


def fits(starts: frozenset[str], then: str) -> bool:
    """Whether ``then`` (a kind of ``then_letters``, not UNKNOWN) may begin with one of
    ``starts``, characters or pairs of them; "м" of "мı" (its second letter unknown) may
    begin with every pair that begins so."""
    return bool(then) and any(then.startswith(t) if len(then) >= len(t) else t.startswith(then) for t in starts)


@dataclass(frozen=True)
class Word:
    """A rule's start word that the pattern follows by spaces and then only by one of
    ``then``: characters, or their first two, in lower case for either case ("за" and "в"
    of "за истекший квартал", "в прошлую пятницу" as ``Word("в", then="пмсбэ")``; "в" of
    "в марте" with the months' first two letters, "ма").

    ``extractors.dates`` tries such a rule at the word only when what follows fits: "в",
    "на", "по", "с" begin a dozen rules each and stand in every Russian sentence, before
    dates rarely. As with Digits, ``then`` must hold every start the pattern can read
    there. (A start written as a phrase, "в этом году", says the same by its next word.)
    ``right_after``: the characters, not letters, the pattern may read right after the word
    instead of spaces ("-" of "бір-екі", "/" of "екі мың жиырма/жиырма бір").
    """

    word: str
    then: frozenset[str]
    right_after: frozenset[str] = frozenset()

    def __init__(self, word: str, then: str | tuple[str, ...], right_after: str = "") -> None:
        then = tuple(then)  # a string: its characters
        # (no letter that matches others alike: "ı" is read as "I" too, which is lowered to "i")
        assert all(0 < len(t) <= 2 and t == t.lower() and not ODD_LATIN_CASES & set(t) for t in then), then
        # (no letter or space: a letter right after the word would make it another word)
        assert not any(c.isalnum() or c == "_" or c.isspace() for c in right_after), right_after
        object.__setattr__(self, "word", word)
        object.__setattr__(self, "then", frozenset(then))
        object.__setattr__(self, "right_after", frozenset(right_after))


def first_letters(words) -> str:
    """The first letters of ``words``, in lower case: a Digits ``then``."""
    return "".join(sorted({w[0].lower() for w in words}))


def first_two(words) -> tuple[str, ...]:
    """The first two letters of ``words``, in lower case: a Digits ``then``. A letter whose
    case-insensitive matches are more than its case pair ("şılde": "ı" matches "I" and "i")
    is left out, with what follows it."""
    out = set()
    for w in words:
        assert w[:1] not in ODD_LATIN_CASES, w
        out.add(w[:1].lower() if w[1:2] in ODD_LATIN_CASES else w[:2].lower())
    return tuple(sorted(out))


def words_pattern(words) -> str:
    """One or more of ``words`` separated by spaces, each a whole word."""
    one = rf"(?:{alternation(words)})(?!\w)"
    return rf"{one}(?:\s+{one})*"


# A month word with whatever ending it carries: "қаңтарда", "января", "Qańtar".
# ("июня", "июль", "март" are whole words: a dot after them ends the sentence)
_RU_ABBREVIATIONS = [m for m in RU.MONTHS
                     if len(m) <= 4 and not m.startswith("ма") and (m == "ноя" or not m.endswith(("я", "е", "ю", "ь"))) and m != "март"]
_RU_FULL = [m for m in RU.MONTHS if m not in _RU_ABBREVIATIONS]
RU_MONTH_WORD = rf"(?:(?:{alternation(_RU_FULL)})(?!\w)|(?:{alternation(_RU_ABBREVIATIONS)})(?!\w)\.?)"
# Kazakh month names in the Russian grammar (quotations, mixed texts) take only their case
# endings, as in the Kazakh one: "12 қазандық" is twelve boiler houses, not 12 October.
_KK_CYRILLIC = [m for m in KK.MONTHS if "\u0400" <= m[0] <= "\u04ff"]
_KK_ENDINGS = alternation(e for e in KK.MONTH_ENDINGS if e)
MONTH_WORD = (rf"(?:(?:{alternation(_KK_CYRILLIC)})(?:{_KK_ENDINGS})?(?!\w)"
              rf"|(?:{alternation([m for m in KK.MONTHS if m not in _KK_CYRILLIC])}){SUFFIX}|{RU_MONTH_WORD})")


def first_months(year: int, n: int) -> dict:
    """The first ``n`` months of ``year``: "2022 жылдың 11 айында", "за 9 месяцев"."""
    return {"start": iso(year, 1), "end": iso(year, n)}


def month_number(word: str) -> int | None:
    """1..12 for a month word in any case, either language or script; else None."""
    w = word.lower().rstrip(".")
    if w in _RU_MONTHS:
        return _RU_MONTHS[w]
    for stem, number in _KK_MONTHS_BY_FIRST.get(w[:1], ()):
        if w.startswith(stem):
            return number
    return None


def shift_month(day: dt.date, n: int) -> tuple[int, int]:
    """``(year, month)`` of the month ``n`` months after ``day``'s (before it when negative)."""
    months = day.year * 12 + day.month - 1 + n
    return months // 12, months % 12 + 1


def week_of(day: dt.date, n: int) -> dict:
    """Monday to Sunday of the week ``n`` weeks after ``day``'s ("на прошлой неделе": -1)."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=n)
    return {"start": monday.isoformat(), "end": (monday + dt.timedelta(days=6)).isoformat()}


def valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: Feb 29 allowed
    return day <= last


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text at exactly the precision given: YYYY, YYYY-MM or YYYY-MM-DD."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


_ENDINGS = frozenset(KK.NUMBER_ENDINGS)
_KK_NUMBER_WORDS = sorted({**KK.CARDINALS, **KK.ORDINAL_WORDS}.items(), key=lambda kv: -len(kv[0]))


def kk_number_value(words: list[str]) -> int | None:
    """Value of spelled-out Kazakh numerals, cardinal or ordinal ("екі мың жиырма бірінші");
    the last word may carry an ending ("жиырма бесі", "он жетіде")."""
    total = 0
    current = 0
    seen = False
    for i, raw in enumerate(words):
        w = raw.lower()
        value = KK.CARDINALS.get(w)
        if value is None:
            value = KK.ORDINAL_WORDS.get(w)
        if value is None and i == len(words) - 1:
            value = next((v for stem, v in _KK_NUMBER_WORDS if w.startswith(stem) and w[len(stem):] in _ENDINGS), None)
        if value is None:
            return None
        seen = True
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return total + current if seen else None


def decade(m: re.Match, published: dt.date | None = None) -> Candidate:
    """"1990-жылдары", "1990-е годы": the ten years when the century is written;
    "90-жылдары", "в 90-х годах" name no century and stay vague (date null)."""
    c = _decade(m)
    if c.date is not None and re.search(r"\sбері$", m.group(), re.IGNORECASE):
        c.date = {"start": c.date["start"], "end": None}  # "тоқсаныншы жылдардың басынан бері": since then
    return c


def _decade(m: re.Match) -> Candidate:
    head = m.group()[:4]
    if head.isdigit():
        year = int(head)
        return Candidate(m.start(), m.end(), {"start": f"{year:04d}", "end": f"{year + 9:04d}"})
    century = _CENTURY_INSIDE.match(m.group())
    tens = re.match(r"\d0(?!\d)", m.group()[century.end() if century else 0:])
    spelled = _SPELLED_DECADE.match(m.group(), century.end() if century else 0)
    if spelled:
        # "сексенінші жылдары": the tens spelled out name last century's decade, as people tell it
        year = 1900 + _DECADE_WORDS[spelled.group(1).lower()]
        return Candidate(m.start(), m.end(), {"start": f"{year:04d}", "end": f"{year + 9:04d}"})
    if tens and (century or _LAST_CENTURY_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
                 or _LAST_CENTURY_AFTER.match(m.string, m.end())):
        year = 1900 + int(tens.group())  # "өткен ғасырдың 90-жылдары", "в 90-х годах прошлого века"
        return Candidate(m.start(), m.end(), {"start": f"{year:04d}", "end": f"{year + 9:04d}"})
    return Candidate(m.start(), m.end(), None)


_CENTURY_INSIDE = re.compile(r"(?:өткен|[XХ]{2})\s+ғасырдың\s+", re.IGNORECASE)
_DECADE_WORDS = {"жиырмасыншы": 20, "отызыншы": 30, "қырқыншы": 40, "елуінші": 50, "алпысыншы": 60,
                 "жетпісінші": 70, "сексенінші": 80, "тоқсаныншы": 90}
_SPELLED_DECADE = re.compile(rf"({'|'.join(_DECADE_WORDS)})\s+жылдар", re.IGNORECASE)


_LAST_CENTURY_AFTER = re.compile(r"\s+(?:прошлого\s+века|[XХ]{2}\s+века)", re.IGNORECASE)
_LAST_CENTURY_BEFORE = re.compile(r"(?:өткен\s+ғасырдың|[XХ]{2}\s+ғасырдың|прошлого\s+века|[XХ]{2}\s+века)\s+(?:в\s+)?\Z",
                                  re.IGNORECASE)


# A month named without its year is the publication's year's, unless that month is still
# ahead of the article and the sentence tells of the past: "В декабре сдано 45 квартир"
# in a January article is last December.
# (a dot between digits is no sentence end: "12.03", "10.00", "2.5")
_SENTENCE_EDGE = re.compile(r"\.(?!\d)|[!?…\n]")
_LETTERS = re.compile(r"[^\W\d_]+")
# Kazakh puts the verb last: a past tense (-ды/-ді/-ты/-ті) or a perfect participle
# (-ған/-ген/-қан/-кен), but not the present-future -ады/-еді/-йды/-йді.
_KK_PAST = re.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен"
                      # the first person: "аяқтадық", "қамтамасыз еттік", "бардым"
                      r"|дық|дік|тық|тік|дым|дім|тым|тім)$")
_KK_PRESENT = re.compile(r"(?:ады|еді|йды|йді|иды|иді)$")
# Of the present-future, only what no past form ends in: "-ады" is also the past of a stem in
# "-а" ("құрады", "жоспарлады"), but a passive stem's "ашылады", "салынады", "беріледі",
# "басталады" and a vowel stem's "құрайды" are ahead; so is an intent, "салынбақ".
# ("оқиды", "тоқиды": a stem in "-ы" with "-йды" written "-иды", never a past)
_KK_FUTURE = re.compile(r"(?:ылады|іледі|ынады|інеді|сталады|қталады|ктеледі|ғасады|геседі|иды|иді|мақ|мек|бақ|бек|пақ|пек"
                        # a passive of a stem in -да/-ла ("қабылданады", "жоспарланады"): no past ends so
                        r"|данады|денеді|ланады|ленеді"
                        # a vowel stem's "-йды" ("жасайды", "істейді", "қабылдайды"; the past of a
                        # stem in "-ай/-ей", "азайды", is listed apart) and a stem in "-ай"'s own
                        # present ("азаяды", "көбейеді"); a negative present ("болмайды", "өтпейді")
                        r"|айды|ейді|әйді|яйды|яды|йеді|майды|мейді|байды|бейді|пайды|пейді"
                        # causatives and reciprocals of consonant stems: "арттырады", "жүргізеді",
                        # "қатысады" (no stem in "-а" ends so)
                        r"|тырады|тіреді|дырады|діреді|ызады|ізеді|ысады|іседі"
                        # the first person: "бастаймыз", "тартамыз", "береміз", "аламын"
                        r"|мыз|міз|мын|мін)$")
# The past of a stem made with "-ла/-да/-та" after a consonant ("жоспарла-ды", "орында-ды",
# "баста-ды", "тұрақта-ды"): a consonant stem's present in "-лады/-тады" follows a vowel
# ("алады", "сатады") or, for a causative "-т", "р" or "й" ("жаңартады", "азайтады").
_KK_PAST_OF_STEM = re.compile(r"(?:[бвгғджзйкқлмнңпрстфхһцчшщ]л|[бвгғджзкқлмнңпсфхһцчшщ]д|[бвгғджзкқлмнңпсфхһцчшщт]т)"
                              r"(?:ады|еді)$")
# what must be done is ahead: "тіркеуі тиіс", "беруі керек", "аяқтауға міндетті", "жоюды тапсырды"
_KK_OBLIGED = frozenset(("тиіс", "тиісті", "керек", "міндетті", "қажет", "тапсырды", "тапсырылды", "міндеттелді"))
# a process still going on: "басталып, әлі жалғасуда", "басталып, қазір жүріп жатыр"
_KK_ONGOING = re.compile(r"(?:уда|уде|йуда|йуде)$")
# a converb ("басталып, … жалғасады"): its own time is the last verb's, told of a span that
# may have begun already
_KK_CONVERB = re.compile(r"(?:ып|іп|[аеәоөұүыиуя]п)$")
_ON_BEFORE = re.compile(r"(?<![^\W\d_])на\s+\Z", re.IGNORECASE)
_AS_OF_BEFORE = re.compile(r"(?:по\s+состоянию|состоянием)\s+на\s+\Z", re.IGNORECASE)
_AS_OF_AFTER = re.compile(r"\s+(?:жағдай|мәлімет|дерек)(?:ы|тер|тері)?\s+бойынша", re.IGNORECASE)
_KK_SAID = frozenset(("деп", "деген", "дейді", "деді"))
_KK_VERBAL_NOUN = re.compile(r"[^\W\d_]{2,}(?:у|ю)$")
_KK_VERBAL_NOUN_CASE = re.compile(r"[^\W\d_]{2,}(?:уды|уді|уын|уін|уға|уге|юды|юді)$")
_KK_INSTRUCTED = frozenset(("тапсырды", "тапсырылды"))
_KK_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не)\s*\Z", re.IGNORECASE)
_KK_PLANNED = ("жоспарлан", "көздел")
_KK_FUTURE_PARTICIPLE = re.compile(r"(?:атын|етін|йтын|йтін)$")
# "ашылатынын", "берілетінін", "салынатыны": "that it will …", a future participle with a
# possessive (and accusative) ending
_KK_REPORTED_FUTURE = re.compile(r"(?:атын|етін|йтын|йтін)(?:ын|ін|ы|і|ына|іне)$")
# Where a Russian clause ends: a comma, semicolon, colon or dash, or a conjunction that
# opens a subordinate clause.
# Where a Russian predicate joined to another by a conjunction begins.
_RU_JOINED = re.compile(r"\s(?:и|а|но|однако)\s", re.IGNORECASE)
_RU_CLAUSE_EDGE = re.compile(r"[,;:()]|\s[–—]\s|\b(?:что|когда|если|чтобы)\b", re.IGNORECASE)


def year_of_month(published: dt.date, month: int, text: str, start: int, end: int, lang: str) -> int:
    """The year of ``month`` written without one at ``text[start:end]``."""
    return year_of_part(published, month, month, text, start, end, lang)


def year_of_part(published: dt.date, first: int, last: int, text: str, start: int, end: int, lang: str) -> int:
    """The year of the months ``first``-``last`` (a month, a quarter, a half-year) written
    without one: the publication's year, unless they are still ahead and the clause tells of
    the past ("В III квартале объём составил …" in May is last year's), or already over and
    it tells of the future ("В марте начнётся строительство" in May is next March)."""
    if first > published.month:
        return _year_of_ahead(published, text, start, end, lang)
    if last < published.month:
        tense = _tense(text, start, end, lang)
        # ("2 января ЦОН работает в обычном режиме" in late December: a schedule told in the
        # present, of the months just ahead over the new year)
        if tense == "futr" or tense == "pres" and (first - published.month) % 12 <= 2:
            return published.year + 1
    return published.year


def weekday_date(published: dt.date, weekday: int, offset: int | None, text: str, start: int, end: int,
                 lang: str) -> dict | None:
    """The day a weekday names (0 Monday … 6 Sunday): the one before the publication when the
    word ``offset`` says so ("өткен сенбіде", -1) or the clause tells of the past ("в
    воскресенье были закрыты"), the one after for the next ("келесі сенбіде", 1) or the future;
    this week's for "осы" (0); otherwise None."""
    if offset is None:
        tense = _tense(text, start, end, lang)
        offset = -1 if tense == "past" else 1 if tense == "futr" else None
    if offset is None:
        return None
    if offset == 0:
        day = published + dt.timedelta(days=weekday - published.weekday())
    elif offset < 0:
        day = published - dt.timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
    else:
        day = published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return {"start": day.isoformat(), "end": day.isoformat()}


def last_part(published: dt.date, length: int, text: str, start: int, end: int, lang: str) -> dict | None:
    """The quarter (``length`` 3) or half-year (6) that "за квартал", "тоқсан ішінде",
    "жарты жылда" name without a number: in a report, the one last over. Written in its
    part's last month the one still running may be meant, and long after it the phrase is a
    span of time rather than a period of the calendar ("жарты жылда салынады"): no date then,
    nor when the clause tells of the future."""
    months_over = (published.month - 1) % length  # months of the running part already over
    if months_over == length - 1 or length == 6 and months_over > 2:
        return None
    tense = _tense(text, start, end, lang)
    # (a Russian clause tells its tense plainly: "плата вносится за квартал вперёд", "сдаются раз в
    # квартал" are habits, not the quarter over; a Kazakh one may be a heading without a verb)
    if tense == "futr" or lang == "ru" and tense != "past":
        return None
    last = published.month - months_over - 1
    year = published.year if last > 0 else published.year - 1
    last = last if last > 0 else 12
    return {"start": iso(year, last - length + 1), "end": iso(year, last)}


def year_named_before(m: re.Match, published: dt.date | None, pattern: re.Pattern, offsets: dict[str, int],
                      reach: int) -> int | None:
    """The year the sentence names before a date written without one, at most ``reach``
    characters back: the last match of ``pattern``, its group ``y`` a year written out, its
    group ``rel`` a word of ``offsets`` ("былтыр", "в прошлом году") counted from the
    publication."""
    text = m.string
    lo = max(max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1, m.start() - reach)
    named = None
    for y in pattern.finditer(text, lo, m.start()):
        named = y
    if named is None:
        return None
    if named.group("y"):
        return int(named.group("y"))
    rel = " ".join(named.group("rel").lower().split())
    return published.year + offsets[rel] if published is not None else None


def deadline_year(published: dt.date, month: int, day: int | None, text: str, start: int, end: int, lang: str,
                  year: int) -> int:
    """The year of a deadline written without one: "Документы принимаются до 1 марта" in
    December is next March's, a deadline already past in the year not being told of but in the
    past tense."""
    ahead = (month - published.month) % 12  # months from the publication to it, over the new year
    # (soon after the new year only: in May "не позднее 15 марта" may be this year's, gone by)
    if (month, day or 1) < (published.month, published.day if day else 1) and year == published.year \
            and 0 < ahead <= 6 and _tense(text, start, end, lang) != "past":
        return year + 1
    return year


def _year_of_ahead(published: dt.date, text: str, start: int, end: int, lang: str) -> int:
    # "по состоянию на 1 ноября", "1 қарашадағы жағдай бойынша": a state as of a day already past
    as_of = _AS_OF_BEFORE.search(text, max(0, start - 24), start) or _AS_OF_AFTER.match(text, end)
    if as_of:
        return published.year - 1
    tense = _tense(text, start, end, lang)
    # "На 1 ноября в очереди состоят 2 841 человек": "на" a day and the present is a state
    # as of that day, so already past ("На 1 ноября назначено открытие" stays by its tense)
    if tense == "past" or tense == "pres" and _ON_BEFORE.search(text, max(0, start - 4), start):
        return published.year - 1
    return published.year


def _tense(text: str, start: int, end: int, lang: str) -> str | None:
    """"past", "pres" (Russian only), "futr" or None: the tense of the clause around ``text[start:end]``."""
    if lang == "ru":
        return _ru_verb_tag(text, start, end)
    return _kk_tense(text, start, end)


def _kk_tense(text: str, start: int, end: int) -> str | None:
    """"past", "futr" (the present-future "ашылады", the intent "салынбақ") or None: how the
    Kazakh clause around ``text[start:end]`` tells of its time.

    The sentence is read at most 200 characters each way. A reported plan is told in its
    own clause, not by the verb of saying: "3 желтоқсанда газ беріледі деп хабарлады" is ahead.
    """
    lo = max(0, start - 200)
    first = max((m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)), default=lo)
    after = _SENTENCE_EDGE.search(text, end, end + 200)
    last = after.start() if after else min(len(text), end + 200)
    words = _LETTERS.findall(text[end:last].lower())
    # the verb of a clause reported with "деп" stands just before it
    said = next((i for i, w in enumerate(words) if w in _KK_SAID), None)
    # "… 15 мамырға дейін ашылатынын айтты": a future participle made the object of a verb
    # of saying is the plan reported, ahead whatever the tense of the saying
    reported = next((i for i, w in enumerate(words) if _KK_REPORTED_FUTURE.search(w)), None)
    if reported is not None and (said is None or reported < said):
        return "futr"
    scope = words[:said] if said else words
    for i, w in enumerate(scope):
        # ("жөндеуді тапсырды": instructed to repair, but "кілттерді тапсырды" handed over)
        if w in _KK_OBLIGED and (w not in _KK_INSTRUCTED or i and _KK_VERBAL_NOUN_CASE.search(scope[i - 1])):
            # "басталуы тиіс еді": an obligation of the past
            return "past" if scope[i + 1:i + 2] and scope[i + 1] in KK.PAST_AUXILIARIES else "futr"
    # "Қаңтарға жоспарланған іс-шаралар": planned for the month (its dative), so ahead of the
    # planning ("Қаңтар-сәуір айларында жоспарланған 480 млн": the plan of a period, not ahead)
    if words[:1] and words[0].startswith(_KK_PLANNED) and _KK_DATIVE_END.search(text[start:end]):
        return "futr"
    # "орақты қазанның ортасына дейін аяқтау жоспарланған": a verbal noun planned or intended
    if any(_KK_VERBAL_NOUN.search(w) and n.startswith(_KK_PLANNED) for w, n in zip(words, words[1:])):
        return "futr"
    # "маусымда Шымкентте өтетін чемпионатқа жолдама алды": an event's participle just after
    # the date is the date's own verb, whatever the sentence's
    own = next((w for w in words[:4] if w in KK.EVENT_PARTICIPLES), None)
    if own is not None and own != words[-1]:
        return "futr" if _KK_FUTURE_PARTICIPLE.search(own) else "past"
    # "Науқан 15 наурызда басталып, мамырдың соңына дейін жалғасады": the date's own verb is
    # the converb right after it, which tells no time of its own; before a process still going
    # on ("басталып, әлі жалғасуда", "жүріп жатыр") it tells of the past
    if words[:2] and any(_KK_CONVERB.search(w) for w in words[:2]) and "," in text[end:last][:40]:
        tail = words[:said] if said else words
        return "past" if tail and (_KK_ONGOING.search(tail[-1]) or tail[-1] in ("жатыр", "отыр", "тұр")) else None
    words = words[:said] if said else _LETTERS.findall(text[first:last].lower())
    if not words:
        return None
    return kk_verb_tense(words[-1])


def kk_verb_tense(verb: str) -> str | None:
    """"past", "futr" or None: the tense the form of a Kazakh finite verb tells."""
    if verb in KK.PAST_LIKE_PRESENT or verb in KK.PAST_AUXILIARIES:
        return "past"
    if verb in KK.PRESENT_FORMS:
        return "futr"
    if _KK_PAST.search(verb) and not _KK_PRESENT.search(verb) or _KK_PAST_OF_STEM.search(verb):
        return "past"
    return "futr" if _KK_FUTURE.search(verb) else None


_RU_PREPOSITIONS = frozenset(("в", "во", "на", "к", "ко", "до", "с", "со", "по"))


def _participle(parses):
    """The participle reading of a word: its first, or that of an adjective that is one too
    ("открытый"); None for a noun that may also be read as one ("обмолот")."""
    if parses[0].tag.POS in ("PRTF", "PRTS"):
        return parses[0]
    if parses[0].tag.POS == "ADJF":
        return next((p for p in parses[1:3] if p.tag.POS == "PRTF"), None)
    return None


def _ru_participle_at(text: str, first: int, start: int, end: int, last: int, russian_parses) -> str | None:
    """The tense of a participle the date belongs to: "Начатый в декабре ремонт", "открытый в
    декабре спортзал" (past), "мероприятия, намеченные на январь" (planned, so ahead); None when
    no participle stands right before the date's preposition or right after it."""
    before = _LETTERS.findall(text[max(first, start - 50):start].lower())[-3:]
    if before[-1:] and before[-1] in _RU_PREPOSITIONS:
        before = before[:-1]
    # (the word after it in its own clause: not "…, который должны сдать в мае, выполнено на 60%")
    after_end = _RU_CLAUSE_EDGE.search(text, end, min(last, end + 30))
    after = _LETTERS.findall(text[end:after_end.start() if after_end else min(last, end + 30)].lower())[:1]
    near = ([(before[-1], before[-2:-1])] if before else []) + ([(after[0], [])] if after else [])
    for word, aux in near:
        parse = _participle(russian_parses(word))
        if parse is None:
            continue
        if word.startswith(RU.PLANNED + RU.OBLIGED) or aux[:1] in (["будет"], ["будут"], ["будем"], ["быть"]):
            return "futr"  # ("будут сданы в июне", "должны быть рассмотрены до 15 декабря": ahead)
        if "past" in parse.tag:
            return "past"
    return None


def _ru_verb_tag(text: str, start: int, end: int) -> str | None:
    """The tense ("past", "pres", "futr") of the first verb of the Russian clause around
    ``text[start:end]`` (else of its sentence), or None when it has none: in "сообщили, что
    подача газа возобновится 3 декабря" the plan's own clause, not the verb of saying."""
    from extractors.nouns import russian_parses

    lo = max(0, start - 200)
    first = max((m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)), default=lo)
    after = _SENTENCE_EDGE.search(text, end, end + 200)
    last = after.start() if after else min(len(text), end + 200)
    clause_start = max((m.end() for m in _RU_CLAUSE_EDGE.finditer(text, first, start)), default=first)
    edge = _RU_CLAUSE_EDGE.search(text, end, last)
    clause_end = edge.start() if edge else last
    # "Работы стартовали 15 апреля и должны завершиться к 1 сентября": two predicates joined
    # by a conjunction, each with its own time
    part_start = max((m.end() for m in _RU_JOINED.finditer(text, clause_start, start)), default=clause_start)
    joined = _RU_JOINED.search(text, end, clause_end)
    part = text[part_start:joined.start() if joined else clause_end]
    clause = text[clause_start:clause_end]
    own = _ru_participle_at(text, first, start, end, last, russian_parses)
    if own is not None:
        return own
    sentence = text[first:last]
    starts = {id(part): part_start == first, id(clause): clause_start == first, id(sentence): True}
    for chunk in (part, clause, sentence) if part != clause else (clause, sentence):
        written = _LETTERS.findall(chunk)[:25]
        words = [w.lower() for w in written]
        infinitive = False
        for i, word in enumerate(words):
            if written[i][:1].isupper() and (i or not starts[id(chunk)]):
                continue  # a name, whatever the dictionary says: "Подрядчик «Жамбыл» обязан …"
            if word.startswith(RU.OBLIGED):
                # "должны завершиться": an obligation, so ahead; "должны были": one past
                return "past" if words[i + 1:i + 2] in (["был"], ["была"], ["было"], ["были"]) else "futr"
            if word in ("сел", "сёл"):
                continue  # "жители сел должны …": the villages, not the verb "sat"
            parses = russian_parses(word)
            tag = parses[0].tag
            if tag.POS in ("ADVB", "ADJS") and any(p.tag.POS == "PRTS" for p in parses[1:3]):
                tag = next(p.tag for p in parses[1:3] if p.tag.POS == "PRTS")  # "открыто": opened, not openly
            if tag.POS == "VERB" and i and words[i - 1].endswith(("ых", "их")) and any(
                    p.tag.POS == "NOUN" for p in parses[1:3]):
                continue  # "жители подтапливаемых сел": a noun after its adjective, not the verb "сел"
            if tag.POS == "VERB" and word.startswith(RU.DIRECTIVE) and any(
                    russian_parses(w)[0].tag.POS == "INFN" for w in words[i + 1:i + 8]):
                return "futr"  # "рекомендовали до 1 марта представить план": what is directed is ahead
            if tag.POS in ("VERB", "PRTS"):
                if word.startswith(RU.PLANNED):
                    return "futr"  # "намечено", "запланирована": planned, so ahead
                return "past" if "past" in tag else "pres" if "pres" in tag else "futr" if "futr" in tag else None
            infinitive = infinitive or tag.POS == "INFN"
        if infinitive and chunk is not sentence:
            # "Акимам округов до 20 декабря представить отчёты, – подчеркнул аким": an infinitive
            # its clause's only verb is a directive, ahead whatever the verb of saying after it
            return "futr"
    return None
