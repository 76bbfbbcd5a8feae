"""The scans for blocked spans and codes try their patterns only at runs of digits that may
start a match; these tests pin them to the plain scans of the whole text."""
import random

from extractors import figure_patterns as fp

_PIECES = list("0123456789 ,.-:/()+бвдсСДоч\u00a0\n\t") + [
    "Тел.: ", " ул. Абая ", "в ", "до ", "с ", "С ", " мин", " ч. ", "8 (7162) ", "г. ", "мкр. ",
    "0", "1", "8", "٣", "_", "a", " до ", "Мекенжайы: ", "Павлодар, ", ", г. ",
    "23 45 67", "23-45-67", "140000", "1400001", " или ", "Тел.:", "Байланыс: ", "ч. 30 мин", " ч.5 мин.",
]


def _texts(n, seed):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))


def _phones_and_postal_codes(text):
    """The phone and postal-code part of ``code_spans``, by a scan of the whole text."""
    spans = []
    for m in fp.LOCAL_PHONE.finditer(text):
        if fp.CONTACT_BEFORE.search(text, max(0, m.start() - fp.CONTACT_REACH), m.start()):
            spans.append(m.span())
    for m in fp.POSTAL_CODE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if (fp.POSTAL_TOWN_AFTER.match(text, m.end()) or fp.POSTAL_LABEL_BEFORE.search(before)
                or fp.POSTAL_TOWN_BEFORE.search(before) and text.startswith(", ", m.end())):
            spans.append(m.span())
    return spans


def test_blocked_spans_are_those_of_the_whole_pattern():
    found = 0
    for text in _texts(30000, 1):
        text = text.replace("+", "") if len(text) % 3 else text  # most texts hold no "+"
        expected = [m.span() for m in fp.BLOCKED.finditer(text)]
        assert fp.blocked_spans(text) == expected, text
        found += bool(expected)
    assert found > 100


def test_blocked_spans_of_typical_times_dates_and_phones():
    text = ("Приём с 9 до 18 ч., обед 13:00-14:00, 12.03.2024 в 14.30; тел. 8 (7162) 23-45-67, "
            "8 701 123 45 67, карта 4400 4301 2345 6789, дом 55/12, в 11 ч. 30 мин., 2026 жылғы 16 800 гектар")
    assert fp.blocked_spans(text) == [m.span() for m in fp.BLOCKED.finditer(text)]
    assert len(fp.blocked_spans(text)) >= 8


def test_phones_and_postal_codes_are_those_of_the_whole_scans():
    found = 0
    for text in _texts(30000, 2):
        expected = _phones_and_postal_codes(text)
        # (with no runs of digits given, code_spans finds only its other kinds)
        assert fp.code_spans(text) == fp.code_spans(text, []) + expected, text
        found += bool(expected)
    assert found > 500


def test_second_phone_is_the_search_before_the_number():
    from extractors.count_context import _PHONE_THEN_OR
    from extractors.figure_rules import Scanner

    pieces = ["55-66-77", " или ", " ИЛИ ", " немесе ", "номеру ", "нөмірі ", "102", "1414", " ", "\u00a0", "\n",
              "а", "и", "ли", "-", "12"]
    rng = random.Random(3)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) + "112"
        scanner = Scanner(text, "ru", [])
        for pos in range(len(text)):
            expected = _PHONE_THEN_OR.search(text, max(0, pos - 60), pos) is not None
            assert scanner._second_phone(pos) == expected, (text, pos)
            found += expected
    assert found > 100


def _reference_by_search(scanner, start):
    """``CountContext._reference`` as a search alone."""
    from extractors.count_context import _REFERENCE_WORD

    before = _REFERENCE_WORD.search(scanner.text, max(0, start - 20), start)
    if before is None or before.group(1).lower() not in scanner.r.reference_before:
        return False
    return not (len(before.group(1)) == 1 and scanner.text[before.start(1) - 1:before.start(1)] == ".")


def _date_before_by_search(scanner, start):
    """``CountContext._date_before`` as a search alone."""
    from extractors.count_context import _LAST_WORD

    before = _LAST_WORD.search(scanner.text[max(0, start - 20):start])
    if not before:
        return False
    word = before.group(1).lower()
    if word.startswith("жыл"):
        return False
    return word.endswith(("дың", "дің", "ның", "нің", "тың", "тің")) and bool(scanner.r.not_figure.fullmatch(word))


def _time_before_by_slice(scanner, start):
    """``CountContext._time_before`` as the look at its 8 characters alone."""
    from extractors.figure_patterns import TIME_BEFORE

    return scanner.text[max(0, start - 8):start].lower().rstrip().endswith(TIME_BEFORE)


def _age_label_by_search(scanner, start):
    """The age label before a number (in ``CountContext._not_a_count``) as a search alone."""
    from extractors.count_context import _AGE_LABEL

    return _AGE_LABEL.search(scanner.text, max(0, start - 16), start) is not None


def test_words_before_a_number_are_those_the_searches_take():
    from extractors.count_context import _AGE_WORD
    from extractors.figure_rules import Scanner

    # (the time words and age labels, in other cases and with the letters the regex engine
    # folds with theirs: "ᲀ" with "в", "ᲂ" with "о")
    times_and_ages = ["сағат", "САҒАТ", "Сағ.", "сағ", "таңғы", "Кешкі", "түнгі", "түскі", "ағат", "жасы", "ЖАСЫ",
                      "жастары", "Жастары", "возраст", "ВОЗРАСТ", "ᲀозраст", "воᲄраст", "жас", "\n", "—", "–"]
    pieces = {
        "kk": ["мамырдың", "МАМЫРДЫҢ", "жылдың", "айдың", "тармақ", "бап", "бабы", "ж", " ", "\u00a0", " – ", ". ",
               ": ", "-", "12", "½", "_", "«", "қаңтардың", "ның"] + times_and_ages,
        "ru": ["статья", "Статьи", "пункт", "п.", "ч.", "т.ч.", "таблица", "дом", "д.", " ", "\u00a0", " – ", ": ",
               ".", "-", "5", "²", "_", "а", "ст"] + times_and_ages,
    }
    ages = times = 0
    rng = random.Random(4)
    found = 0
    for _ in range(3000):
        for lang, words in pieces.items():
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 12))) + "12"
            scanner = Scanner(text, lang, [])
            for pos in range(len(text) + 1):
                ref, date = _reference_by_search(scanner, pos), _date_before_by_search(scanner, pos)
                assert scanner._reference(pos) == ref, (text, pos)
                assert scanner._date_before(pos) == date, (text, pos)
                found += ref + date
                time, age = _time_before_by_slice(scanner, pos), _age_label_by_search(scanner, pos)
                assert scanner._time_before(pos) == time, (text, pos)
                # (_not_a_count asks for the age label only after _AGE_WORD takes the word before)
                assert (_AGE_WORD.fullmatch(scanner._word_before(pos)) is not None and age) == age, (text, pos)
                times, ages = times + time, ages + age
    assert found > 100 and times > 100 and ages > 100


def test_qualifier_before_is_the_search_of_its_phrases():
    from extractors.figure_patterns import rules_for
    from extractors.figure_rules import _SPACES, Scanner

    rng = random.Random(5)
    found = 0
    for lang in ("kk", "ru"):
        rules = rules_for(lang)
        phrases = sorted(rules.before)
        pieces = phrases + [p.upper() for p in phrases] + [p.replace(" ", "\u00a0 ") for p in phrases] + [" ", "  ", "\u00a0", "\n", "\t", "а", "ы", "-", "5", ","]
        for _ in range(4000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + rng.choice(["", " ", "\u00a0"]) + "12"
            scanner = Scanner(text, lang, [])
            for pos in range(len(text) + 1):
                window = text[max(0, pos - 24):pos]
                m = rules.before_re.search(window)
                expected = (pos, None) if not m else (
                    pos - len(window) + m.start(1), rules.before.get(_SPACES.sub(" ", m.group(1).lower())))
                assert scanner._qualifier_before(pos) == expected, (text, pos)
                found += m is not None
    assert found > 1000


def test_genitive_before_a_numeral_is_found_from_its_last_two_words():
    # _genitive_whole searches for the genitive from where the last two runs of non-spaces
    # start, not across the 60 characters before the numeral: the same match
    from extractors.figure_context import _GENITIVE_BEFORE, _last_two_tokens

    pieces = ["оқушылар", "дың", "нің", "ның", "ТЫҢ", "тің", "мектеп", "-", "_", "1", " ", "  ", "\n",
              "\u00a0", "\u2009", "ел", "ӘКІМ", "(", ",", "a", "ДЫҢ"]
    rng = random.Random(11)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        end = max(0, len(text) - rng.randint(0, 3))
        lo = max(0, end - rng.choice((60, 8, 15)))
        a = _GENITIVE_BEFORE.search(text, lo, end)
        b = _GENITIVE_BEFORE.search(text, _last_two_tokens(text, lo, end), end)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, lo, end)
        found += a is not None
    assert found > 500
    assert _last_two_tokens("бұл мектеп оқушылардың  ", 0, 24) == 4
