"""Russian language data for dalel's rules (spaCy's own ``ru`` does the tokenising)."""
