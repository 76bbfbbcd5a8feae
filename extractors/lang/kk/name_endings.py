"""Kazakh inflection of the last word of a name, for canonical forms.

``Жол картасында`` → ``Жол картасы``: a case ending after the third-person
possessive (``-сы/-сі/-ы/-і``) is removed and the possessive kept, because
the possessive belongs to the name (izafet: ``жол картасы``). Without a
possessive the case ending goes (``Ұлттық қордан`` → ``Ұлттық қор``).
"""

NAME_ENDINGS = {
    "plural": ("лар", "лер", "дар", "дер", "тар", "тер"),
    "possessive": ("сы", "сі", "ы", "і"),
    # After a possessive every case ending starts with н (or is мен).
    "after_possessive": (
        "ндағы", "ндегі", "ның", "нің", "нда", "нде", "нан", "нен", "на", "не",
        "мен", "н",
    ),
    # Without a possessive the ending follows vowel harmony and the last sound.
    "plain": (
        "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",
        "ның", "нің", "дың", "дің", "тың", "тің",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "ға", "ге", "қа", "ке", "на", "не",
        "да", "де", "та", "те",
        "ды", "ді", "ты", "ті", "ны", "ні",
        "мен", "бен", "пен",
    ),
    # A final voiceless consonant voices before a vowel: көмек → көмегі.
    "softening": {"к": "г", "қ": "ғ", "п": "б"},
}
