"""The registry is data users extend without code: shipped TOML, $DALEL_REGISTRY, an argument."""
from __future__ import annotations

import pytest

from extractors.canonical import alias_key, canonical_phrase, kk_base
from extractors.names import find_names
from extractors.registry import ENV_VAR, RegistryError, get_registry

USER_REGISTRY = """
[[entry]]
name = "Сарқырама"
kind = "project"
type = "programme"
ru = ["Водопад"]

[[entry]]
name = "Жол картасы"
kind = "project"
type = "district roadmap"
ru = ["Дорожная карта"]
"""

# (surface, canonical) for Kazakh names written with a case ending.
KK_CANONICAL_TESTS = [
    ("Жол картасында", "Жол картасы"),
    ("Ұлттық қордан", "Ұлттық қор"),
    ("атаулы әлеуметтік көмекті", "атаулы әлеуметтік көмек"),
    ("Денсаулық сақтау министрлігінің", "Денсаулық сақтау министрлігі"),
    ("Түркістан облысы әкімдігімен", "Түркістан облысы әкімдігі"),
    ("Жастар жылында", "Жастар жылы"),
    ("Ауыл шаруашылығы басқармасына", "Ауыл шаруашылығы басқармасы"),
]


@pytest.mark.parametrize("surface,canonical", KK_CANONICAL_TESTS)
def test_kazakh_inflection_removed(surface, canonical):
    assert canonical_phrase(surface, "kk") == canonical


def test_quoted_names_keep_short_endings():
    # Inside quotes most names are nominative: "Қазына" must not lose "-на".
    assert kk_base("Қазына", cautious=True) == "Қазына"
    assert kk_base("практикасымен", cautious=True) == "практикасы"


def test_alias_key_ignores_quotes_case_and_dashes():
    assert alias_key("«Ауыл — ел бесігі»") == alias_key("Ауыл – Ел бесігі")


def test_kk_and_ru_forms_are_one_programme():
    reg = get_registry()
    assert reg.lookup("Дорожная карта") is reg.lookup("Жол картасы")
    assert reg.lookup("Жол картасында").name == "Жол картасы"


def test_user_file_through_argument(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER_REGISTRY, encoding="utf-8")
    text = "Сарқырамасына 5 млн теңге бөлінді."
    assert find_names(text, "kk") == []
    recs = find_names(text, "kk", registry=path)
    assert [(r.kind, r.text, r.name, r.type) for r in recs] == [
        ("project", "Сарқырамасына", "Сарқырама", "programme")]
    # A user entry with a shipped name replaces the shipped one.
    recs = find_names("Жол картасы бекітілді.", "kk", registry=path)
    assert [r.type for r in recs] == ["district roadmap"]


def test_user_file_through_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.toml"
    path.write_text(USER_REGISTRY, encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(path))
    recs = find_names("Программа «Водопад» продлена.", "ru")
    assert [(r.kind, r.text, r.name) for r in recs] == [("project", "Водопад", "Сарқырама")]


BAD_REGISTRY_TESTS = [
    ("[[entry]]\nname = 'X'\nkind = 'project'\n", "'type' is required"),
    ("[[entry]]\nname = 'X'\nkind = 'person'\ntype = 'a'\n", "'kind' must be"),
    ("[[entry]]\nkind = 'project'\ntype = 'a'\n", "'name' is required"),
    ("[[entry]]\nname = 'X'\nkind = 'project'\ntype = 'a'\nkk = 'Y'\nspelling = 1\n", "unknown key 'spelling'"),
    ("[[entry]]\nname = 'X'\nkind = 'project'\ntype = 'a'\nru = [1]\n", "'ru' must be a list"),
    ("[[entry]\nname = 'X'\n", "not valid TOML"),
]


@pytest.mark.parametrize("content,message", BAD_REGISTRY_TESTS)
def test_bad_registry_names_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError) as e:
        get_registry(path)
    assert str(path) in str(e.value) and message in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_registry_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read registry"):
        get_registry(tmp_path / "absent.toml")


def test_every_shipped_entry_finds_itself():
    reg = get_registry()
    for entry in reg.entries:
        for lang, form in entry.forms():
            text = f"Бүгін «{form}» туралы айтылды." if entry.quoted_only else f"Бүгін {form} туралы айтылды."
            found = find_names(text, "ru" if lang == "ru" else "kk")
            assert any(r.name == entry.name for r in found), (entry.name, form)


def test_bad_registry_reaches_callers_as_extraction_error(tmp_path, monkeypatch):
    from extractors.core import ExtractionError, extract

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "absent.toml"))
    with pytest.raises(ExtractionError, match="absent.toml: cannot read registry"):
        extract("«Таза су» жобасы", "kk")


def _finditer_every_word(reg, text):
    """Registry.finditer as it read every word before the pre-filter: the reference."""
    import re

    pos = 0
    for w in re.finditer(r"(?<![\w-])\w[\w-]*", text):
        start, word = w.start(), w.group()
        if start < pos:
            continue
        groups = (reg._index.get(word[:3].lower()), reg._index.get(word[:2].lower()) if len(word) > 2 else None)
        best = None
        for group in groups:
            for compiled, entry in group or ():
                m = compiled.match(text, start)
                if m and (best is None or m.end() > best[1]):
                    best = (start, m.end(), entry)
        if best:
            yield best
            pos = best[1]


@pytest.mark.parametrize("text", [
    "Үкімет Жол картасы бойынша шешім қабылдады.",  # a key at the text's start
    "ЖОЛ КАРТАСЫНДА және үкіметтің, «Жол картасы»-на сай",  # upper case, quotes, a hyphen after
    "Правительством и -Үкімет, жол-картасы, x.Үкімет Үкімет",  # a hyphen before a word hides it
    "İstanbul мен Үкімет; Σ ΑΣ Үкімет",  # letters whose lower case depends on more than themselves
    "ес, с, ЕС, С-да, ұб ұба 5 50 100 1000 un UN",  # short keys, digits, Latin
    "",
    # the first letter in the case its forms are not written in: "году" before "Год …"
    "В году рабочих профессий и в Году рабочих профессий; ГОД РАБОЧИХ ПРОФЕССИЙ",
    "үкімет, ҮКІМЕТ, Үкімет; жол картасы, Жол картасы, жОЛ КАРТАСЫ",
    # letters that match others alike in any case: the long s, the Kelvin sign, a dotless i
    "ſенат Kазпошта ıнфо Kазпошта kaspi Kaspi",
])
def test_word_prefilter_finds_what_reading_every_word_finds(text):
    reg = get_registry()
    assert list(reg.finditer(text)) == list(_finditer_every_word(reg, text))


def test_word_prefilter_on_every_shipped_form_in_context():
    reg = get_registry()
    for entry in reg.entries:
        for _, form in entry.forms():
            for text in (form, f"({form.upper()})", f"Бүгін {form}ның, {form[:2]} {form[:1]}"):
                assert list(reg.finditer(text)) == list(_finditer_every_word(reg, text)), text


def test_word_prefilter_on_every_shipped_form_in_either_case():
    """A form is looked for only at words that begin as it is written: each shipped form
    with its first letter in the other case, and the whole in lower and in title case."""
    reg = get_registry()
    for entry in reg.entries:
        for _, form in entry.forms():
            for variant in (form[:1].swapcase() + form[1:], form.lower(), form.title(), form[:1] + form[1:].upper()):
                text = f"{variant}, ({variant}) {variant}ның"
                assert list(reg.finditer(text)) == list(_finditer_every_word(reg, text)), text


@pytest.mark.parametrize("pattern, firsts", [
    ("Г(?i:од)", {"Г"}),
    ("[Жж](?i:ол)", {"Ж", "ж"}),
    ("(?:(?:Үкімет(?:лар)?))(?![\\w])", {"Ү"}),
    ("(?:a|B)c", {"a", "B"}),
    ("(?i:1)00", {"1"}),
    ("(?i:a)b", None),  # a case-insensitive letter: any case begins it
    ("(?i)Год", None),
    ("a?b", None),  # the first may be left out
    ("(?:)a", {"a"}),  # an empty group reads nothing
    ("[а-я]", None),  # a range, not letters written out
    ("(?=a)a", None),
    ("", None),
])
def test_first_letters_read_from_the_pattern(pattern, firsts):
    import re

    from extractors.regex_starts import written_openers

    got = written_openers(re.compile(pattern))
    assert got == (None if firsts is None else frozenset(firsts))


def test_word_prefilter_on_random_texts():
    """Random runs of key beginnings, the letters around them in both cases, hyphens, digits
    and stops: the expression that finds where a key begins a word (it reads the key's
    first letter first, the character before as a lookbehind) misses no word reading
    every word finds a form at, at the text's start or after any character."""
    import random

    reg = get_registry()
    rnd = random.Random(20240611)
    pieces = list("АаЖжҮүЕеСсОоГгБбKk15 -—.,«»\n_") + ["Үкімет", "ЕС", "Жол картасы", "Год", "ол", "ес", "Нұр", "Самұрық"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 24)))
        assert list(reg.finditer(text)) == list(_finditer_every_word(reg, text)), text
