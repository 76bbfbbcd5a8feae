"""Russian words that qualify a figure and belong to its span (see ``kk/qualifiers.py``)."""

QUALIFIERS = {
    "before": {
        "около": "approx",
        "порядка": "approx",
        "примерно": "approx",
        "приблизительно": "approx",
        "почти": "approx",
        "более": "at_least",
        "более чем": "at_least",
        "свыше": "at_least",
        "больше": "at_least",
        "не менее": "at_least",
        "минимум": "at_least",
        "до": "at_most",
        "не более": "at_most",
        "не больше": "at_most",
        "менее": "at_most",
        "меньше": "at_most",
        "максимум": "at_most",
    },
    "after": {},
    "approx_endings": (),
    "ablative": (),
    "dative": (),
}
