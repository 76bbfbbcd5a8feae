"""Russian multiplier words that belong to a count's span (``в 2 раза``: ``2 раза``)."""

MULTIPLIERS = ((r"раз(?:а)?B", "раз"),)

# "вырос вдвое", "втрое больше": the multiplier spelled as one word, read as a count of
# "раз" ("в 2 раза").
MULTIPLIER_WORDS = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7,
                    "ввосьмеро": 8, "вдевятеро": 9, "вдесятеро": 10}
MULTIPLIER_UNIT = "раз"
