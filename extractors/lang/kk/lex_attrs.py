"""``like_num`` for Kazakh: digits (``62,2``, ``1.500``, ``80-нен``) and number words
with their endings (``қырық``, ``мыңға``, ``бірі``, ``жетінші``)."""
import re

from spacy.attrs import LIKE_NUM

_DIGITS = re.compile(r"^[+-]?\d+(?:[.,]\d+)*(?:-[^\W\d_]+)?$")


def like_num(text: str) -> bool:
    from extractors.numbers import analyse_word, is_ordinal_word

    if _DIGITS.match(text.replace("/", "")):
        return True
    word = text.rstrip(".")
    return analyse_word(word, "kk") is not None or is_ordinal_word(word, "kk")


LEX_ATTRS = {LIKE_NUM: like_num}
