"""Kazakh endings that attach to numerals, units and counted nouns.

``NUMERAL_ENDINGS`` may follow a number word or, after a hyphen, digits
(``80-нен``, ``1-і``, ``30%-ке``); ``ORDINAL_ENDINGS`` make an ordinal, which is
not a figure (``1-ші``, ``3-інші``).
"""

_CASE = """ға ге қа ке на не а е ның нің дың дің тың тің ны ні ды ді ты ті н да де та те нда нде
дан ден тан тен нан нен мен бен пен менен"""
_POSSESSIVE = """ы і сы сі ы ін ын ына іне ынан інен ының інің ында інде ымен імен ыға іге
сын сін сына сіне сынан сінен сының сінің сында сінде ымыз іміз ыңыз іңіз"""
_OTHER = """дай дей тай тей деген даған теген таған ақ ау еу еуі ауы еуін ауын еуіне ауына
еуінен ауынан еуінің ауының еуінде ауында еуміз аумыз еуіміз ауымыз лап леп дап деп тап теп
ға-ақ ке-ақ ақ-ақ ыншы дағы дегі тағы тегі ндағы ндегі дайы дейі тайы тейі дағаны дегені тағаны тегені еуің ауың еу-ақ ау-ақ"""

NUMERAL_ENDINGS = frozenset((_CASE + " " + _POSSESSIVE + " " + _OTHER).split()) - {"ыншы"}

ORDINAL_ENDINGS = frozenset("ші шы інші ыншы нші ншы ші-ші ншісі ншысы".split())

# Endings stripped from a counted noun to give its base form, longest first.
NOUN_ENDINGS = tuple(
    sorted(
        set(
            """лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті
            да де та те нда нде дан ден тан тен нан нен мен бен пен сы сі ы і ын ін ына іне сын сін
            сына сіне сының сінің сында сінде сынан сінен ының інің ында інде ынан інен ымен імен
            лық лік дық дік тық тік ға ге"""
            .split()
        ),
        key=len,
        reverse=True,
    )
)


# Endings change their first consonant with the stem's last sound: -та/-қа/-тың/-тар
# after a voiceless consonant, -да/-ға/-дың/-дар after a vowel or a voiced one
# (мектеп-те, ауыл-да, мектеп-ке, ауыл-ға). An ending that disagrees with what is left
# is no ending: "бота" is not "бо" + -та, "мәслихаты" not "мәслиха" + -ты.
_VOICELESS = frozenset("кқпстфхцчшщ")
_VOICED_FINAL = frozenset("бвгдғ")  # devoiced at the end of a stem: клуб-қа, педагог-қа
_AFTER_VOICELESS = ("т", "қ", "к", "п")
_AFTER_VOICED = ("д", "ғ", "г", "б")


def ending_agrees(stem: str, ending: str) -> bool:
    """Whether ``ending`` may follow ``stem`` by the consonant agreement of Kazakh endings."""
    last = stem[-1:].lower()
    if ending.startswith(_AFTER_VOICELESS):
        return last in _VOICELESS or last in _VOICED_FINAL
    if ending.startswith(_AFTER_VOICED):
        return last not in _VOICELESS
    return True
