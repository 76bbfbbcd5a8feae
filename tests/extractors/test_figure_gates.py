"""Cheap tests the figure rules make before a regex call or a look-up: each may only say
"no match" where the call itself would find none. These pin them to the calls."""
import random

import pytest

from extractors import numbers
from extractors import figure_patterns as fp
from extractors.figure_rules import Scanner, _range_joint



class _Everything:
    def __contains__(self, item):
        return True


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_scale_word_initials_pass_every_scale_word(lang):
    forms = ["мың", "МЫҢ", "Мыңнан", "млн", "млрд", "трлн", "тыс", "Тыс.", "миллион", "миллиона", "миллиардтан", "тысяч",
             "Тысячи", "полтысячи", "полмиллиона", "mıń", "MLN", "mln", "жүз", "сто", "адам", "жыл", "млн-ға",
             "млрд-тан", "ёлка", "İ", "ᲀ", "тонна", "метр", "%", "5", " ", "-", "тыс-"]
    rng = random.Random(6)
    scanner = Scanner("", lang, [])
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(forms) for _ in range(rng.randint(1, 3)))
        scanner.text = text
        for pos in range(len(text) + 1):
            scanner._scale_initials = numbers.scale_word_initials(lang) | {"т"}
            gated = scanner._scale_at(pos)
            scanner._scale_initials = _Everything()
            plain = scanner._scale_at(pos)
            assert gated == plain, (text, pos)
            found += plain is not None
    assert found > 300


def test_range_joint_tells_where_a_dash_or_an_ellipsis_may_join():
    pieces = ["5", " ", "\u00a0", "\u2009", "\u202f", "\t", "\n", "-", "–", "—", "−", "+", ".", "..", "...", "…", ",",
              "а"]
    rng = random.Random(7)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            joint = _range_joint(text, pos)
            if fp.DASH.match(text, pos):
                assert joint in ("-", "–", "—"), (text, pos)
                found += 1
            if fp.ELLIPSIS_RANGE.match(text, pos):
                assert joint in (".", "…"), (text, pos)
                found += 1
    assert found > 1000
