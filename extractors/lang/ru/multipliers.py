"""Russian multiplier words that belong to a count's span (``в 2 раза``: ``2 раза``)."""

MULTIPLIERS = ((r"раз(?:а)?B", "раз"),)
