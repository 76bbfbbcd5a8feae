"""Kazakh counted nouns of two words, as a count's ``unit``.

``14 мың жұмыс орны`` counts jobs, not "work": the unit is the pair, the same string
in every form (``жұмыс орнына``, ``жұмыс орындары``). Each entry is
``(first word, stems the second word may start with, unit)``.
"""

COMPOUNDS = (
    ("жұмыс", ("орн", "орын"), "жұмыс орны"),
    ("оқушы", ("орн", "орын"), "оқушы орны"),
    ("төсек", ("орн", "орын"), "төсек орны"),
    ("тұрғын", ("үй",), "тұрғын үй"),
    ("елді", ("мекен",), "елді мекен"),
    ("шаруа", ("қожалы",), "шаруа қожалығы"),
    ("жер", ("теліміне", "телімі", "телім"), "жер телімі"),
)
