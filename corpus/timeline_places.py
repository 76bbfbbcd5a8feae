"""The district a programme's figure is reported for, so districts are not compared with each other.

District sites report their own district's share of a national programme: 98 measures
of «Жол картасы» in one district and 45 in the next are no contradiction. A figure's
place is the district named in its paragraph (the nearest one before it, else the
first), else the first district the article names, else none. Kazakh and Russian
spellings of one district meet on a short transliterated key: «Толқын ауданында» and
«в Толкынском районе» are both ``толк``.
"""
from __future__ import annotations

import re

# "Толқын ауданында", "Көлтабан ауданының әкімдігі", "Арал ауданы"
KK_DISTRICT = re.compile(r"(?<![\w-])([А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]+)\s+аудан(?:ы|ында|ының|ына|ынан|ындағы)?(?!\w)")
# "в Толкынском районе", "Аральский район", "акимат Казалинского района"
RU_DISTRICT = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё-]+?)(?:инск|ск)(?:ий|ого|ому|им|ом|ая|ой)\s+район")
KEY_LETTERS = 4
_LATIN_OF_KAZAKH = str.maketrans("әғқңөұүһіё", "агкноуухие")


def place_key(stem: str) -> str:
    """``Толқын`` and ``Толкын`` (``Толкынском`` without its ending) give one key."""
    return stem.lower().translate(_LATIN_OF_KAZAKH)[:KEY_LETTERS]


def districts(text: str) -> list[tuple[int, str, str]]:
    """``(offset, stem as written, key)`` of every district named in ``text``, in order."""
    found = [(m.start(), m.group(1), place_key(m.group(1))) for m in KK_DISTRICT.finditer(text)]
    found += [(m.start(), m.group(1), place_key(m.group(1))) for m in RU_DISTRICT.finditer(text)]
    return sorted(found)


def place_of(text: str, offset: int, named: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """``(stem, key)`` of the district a figure at ``offset`` is reported for, or None."""
    if not named:
        return None
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    in_paragraph = [d for d in named if start <= d[0] < end]
    before = [d for d in in_paragraph if d[0] < offset]
    pick = before[-1] if before else (in_paragraph[0] if in_paragraph else named[0])
    return pick[1], pick[2]
