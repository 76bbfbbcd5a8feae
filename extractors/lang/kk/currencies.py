"""Kazakh currency words after (or symbols before) a number: pattern → ISO code.

Patterns follow the conventions of ``units.py`` (``W`` an inflected word's rest,
``B`` the end of an abbreviation).
"""

CURRENCIES = (
    (r"теңгеW|тенгеW|тгB\.?|₸|KZTB|te[ńñn]geW", "KZT"),
    (r"АҚШ долларW|долларW|долл\.|\$|USDB", "USD"),
    (r"еуроW|евроW|€|EURB", "EUR"),
    (r"рубльW|рублW|рубB\.?|RU\x42B|₽", "RUB"),
    (r"юаньW|CNYB", "CNY"),
    (r"тиынW", "KZT-tiyn"),
)

# Symbols written before the number: "$5 млн".
CURRENCY_PREFIXES = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB"}
