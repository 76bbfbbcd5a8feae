"""Language data for Kazakh (``kk``, which spaCy does not ship) and Russian (``ru``)."""
