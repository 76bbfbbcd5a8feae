"""Kazakh words that qualify a figure and belong to its span.

``BEFORE``: words right before the number (a None qualifier joins the span only:
``тең жартысы``, ``минус 30 градус``). ``AFTER``: words after the figure,
with the case the figure must carry for the word to qualify it (``80-нен астам``
needs the ablative, ``мыңға жуық`` the dative); ``APPROX_ENDINGS`` attach to the
figure itself (``300-дей``, ``тоннадай``).
"""

QUALIFIERS = {
    "before": {
        "шамамен": "approx",
        "шамасы": "approx",
        "шамалы": "approx",
        "кемі": "at_least",
        "кемінде": "at_least",
        "ең кемі": "at_least",
        "кем дегенде": "at_least",
        "ең көп дегенде": "at_most",
        "ең көбі": "at_most",
        # "бірнеше мың адам": several thousand, so at least a thousand (бірнеше joins the span)
        "бірнеше": "at_least",
        "тең": None,
        "сағатына": None,
        "секундына": None,
        "плюс": None,
        "минус": None,
        # "плюс-минус 1 п.п.": give or take one, an estimate, not a sign (the longer phrase
        # is found first, so its "минус" negates nothing)
        "плюс-минус": "approx",
        "плюс минус": "approx",
    },
    "after": {
        "астам": ("ablative", "at_least"),
        "аса": ("ablative", "at_least"),
        "артық": ("ablative", "at_least"),
        "астамға": ("ablative", "at_least"),
        "көп": ("ablative", "at_least"),
        "кем": ("ablative", "at_most"),
        "аз": ("ablative", "at_most"),
        "жуық": ("dative", "approx"),
        "дейін": ("dative", "at_most"),
        "шейін": ("dative", "at_most"),
        "дейінгі": ("dative", "at_most"),  # "250 мың теңгеге дейінгі айыппұл": a fine of up to
        "шейінгі": ("dative", "at_most"),
        "шамасында": (None, "approx"),
        "шегінде": (None, "at_most"),
        "шақты": (None, "approx"),
        "қаралы": (None, "approx"),
        "тарта": ("dative", "approx"),
        "жуығы": ("dative", "approx"),
        "жуығын": ("dative", "approx"),
        "астамы": ("ablative", "at_least"),
        "астамын": ("ablative", "at_least"),
        "астамды": ("ablative", "at_least"),
        "көбі": ("ablative", "at_least"),
        "көбін": ("ablative", "at_least"),
        "жоғары": ("ablative", "at_least"),
        "төмен": ("ablative", "at_most"),
        "шақтысы": (None, "approx"),
        "кем дегенде": (None, "at_least"),
        "ыстық": (None, None),
        "суық": (None, None),
    },
    # Verbs of exceeding after a figure in the ablative qualify it but stay outside its
    # span, as KazNERD labels them ("8 мыңнан асатын" : "8 мыңнан"): more than 8 thousand.
    "verbs_after": {"асатын": ("ablative", "at_least"), "асқан": ("ablative", "at_least"),
                    "асады": ("ablative", "at_least"), "асты": ("ablative", "at_least"),
                    "асып": ("ablative", "at_least"), "аспайтын": ("ablative", "at_most"),
                    "аспайды": ("ablative", "at_most"), "аспауы": ("ablative", "at_most"),
                    "аспады": ("ablative", "at_most"), "аспаған": ("ablative", "at_most"),
                    "аспауға": ("ablative", "at_most"), "аспасын": ("ablative", "at_most"),
                    # "800 мыңға жуықтады", "100 мыңға жақындады": nearly so many
                    "жуықтады": ("dative", "approx"), "жуықтап": ("dative", "approx"),
                    "жуықтаған": ("dative", "approx"), "жақындады": ("dative", "approx"),
                    "жақындап": ("dative", "approx"), "жақындаған": ("dative", "approx")},
    # After a figure in the dative these say by how much, not a bound: "114 пайызға
    # артық" is 114% more, not more than 114%. KazNERD keeps the word in the span.
    "difference": ("артық",),
    # "30 градус ыстық" (30 degrees of heat): these join a temperature's span only;
    # "оқушылардың 85 пайызы ыстық тамақпен" is hot meals
    "degrees_only": ("ыстық", "суық"),
    # With a possessive the qualifier stands for "of them" ("200-ге жуығы келді", "жартысынан
    # көбі"): no counted noun follows it.
    "of_them": ("көбі", "жуығы", "астамы", "шақтысы", "тартасы", "кемі"),
    "approx_endings": ("дай", "дей", "тай", "тей", "дайы", "дейі", "тайы", "тейі"),
    "ablative": ("дан", "ден", "тан", "тен", "нан", "нен"),
    "dative": ("ға", "ге", "қа", "ке", "а", "е", "на", "не"),
    # "дейін" with a verb of change after it is the value reached, not a bound:
    # "35 пайызға дейін өседі" (will grow to 35%), "6,2 трлн теңгеге дейін өскен".
    # The word stays in the span (KazNERD keeps it there); the qualifier is dropped.
    # Not "жет" (reach): "биіктігі 8 метрге дейін жетеді" is a bound, up to 8 m.
    "reached": {
        "words": ("дейін", "шейін"),
        "from_words": (),
        "verbs_after": ("өс", "арт", "ұлғай", "ұлғая", "кеңей", "жеткіз", "көбей", "жоғарыла", "көтер", "қымбатта",
                        "төменде", "азай",
                        "қысқар", "кеми", "кеміт", "арзанда", "құлда", "түс", "баяула", "жеделде"),
        "verbs_before": (),
        # "2,3 есе өсіп, 92 млрд теңгеге дейін жетті": after a change told by its converb
        # ("өсіп", "азайып") in the same sentence, "дейін жет-" is the level reached, no bound
        "verbs_after_change": ("жет",),
    },
}
