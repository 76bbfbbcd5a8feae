"""Russian currency words after (or symbols before) a number: pattern → ISO code."""

CURRENCIES = (
    (r"тенгеB|теңгеW|тгB\.?|₸|KZTB", "KZT"),
    # "долларов США", "долл. США": the country belongs to the currency
    (r"(?:долларW|долл\.)(?:\s+СШАB)?|\$|USDB", "USD"),
    (r"евроB|€|EURB", "EUR"),
    (r"рубл[ьяейюм]W|рубB\.?|₽|RU\x42B", "RUB"),
    (r"юанW|CNYB", "CNY"),
    # the Kyrgyz som; not in Kazakh, where "сом" is also a fish and "pure"
    (r"сом(?:а|ов|ам|ами|ах)?B|KGSB", "KGS"),
    (r"тиынW|тиынB", "KZT-tiyn"),
)

CURRENCY_PREFIXES = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB"}
