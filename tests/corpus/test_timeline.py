"""Programme timelines: claims across articles and sites, republications collapsed, contradictions flagged.

Articles of our own writing are extracted by the real extractors, archived in a real WARC
file and stored in a real SQLite corpus, as the nightly job does.
"""
from __future__ import annotations

import json

import pytest

from corpus.store import Corpus, db_path
from corpus.timeline import compute_timeline, refresh_timeline
from corpus.timeline_read import read_mentions
from extractors.core import extract
from extractors.records import Check
from scrapers.article import Article

KK_JANUARY = (
    "Аудандық тұрғын үй-коммуналдық шаруашылық бөлімінің хабарлауынша, Жол картасы аясында 2025 жылға "
    "дейін ауылдық округтерде 98 іс-шара жоспарланған. Оның 61-і орындалды, бұл 62,2%-ды құрайды. "
    "Бағдарламаны іске асыруға жергілікті бюджеттен 1,5 млрд теңге бөлінді. Жұмыстар мердігер "
    "мекемелердің күшімен жүргізіліп жатыр, сапасы тұрақты бақылауда."
)

# (name, [(site, published, lang, text)], the metric of the figure whose text is given)
METRIC_TESTS = [
    ("kk_target", "kk", "Жол картасы бойынша 2025 жылға дейін 98 іс-шара жоспарланған.", "98", "target"),
    ("kk_deadline_until", "kk", "Жол картасы бойынша 2025 жылға дейін 98 іс-шара жоспарланған.",
     "2025 жылға дейін", "deadline"),
    ("ru_target", "ru", "По Дорожной карте до 2025 года запланировано 95 мероприятий.", "95", "target"),
    ("kk_completed", "kk", "Жол картасы бойынша биыл 61 іс-шара орындалды.", "61", "completed"),
    ("ru_completed", "ru", "По Дорожной карте выполнено 58 мероприятий.", "58", "completed"),
    ("kk_whole_in_genitive", "kk", "Жол картасы бойынша 98 іс-шараның 61-і орындалды.", "98", "target"),
    ("kk_part_of_genitive", "kk", "Жол картасы бойынша 98 іс-шараның 61-і орындалды.", "61-і", "completed"),
    ("ru_whole_after_iz", "ru", "Из запланированных по Дорожной карте 95 мероприятий выполнено 58.", "95", "target"),
    ("kk_share", "kk", "Жол картасындағы іс-шаралардың 70%-ы орындалды.", "70%-ы", "share"),
    ("ru_share", "ru", "Дорожная карта выполнена на 70%.", "70%", "share"),
    ("kk_allocated", "kk", "Нұрлы жер бағдарламасына 2 млрд теңге бөлінді.", "2 млрд теңге", "money_allocated"),
    ("ru_allocated", "ru", "На программу «Нурлы жер» выделено 1,8 млрд тенге.", "1,8 млрд тенге", "money_allocated"),
    ("kk_spent", "kk", "Нұрлы жер бағдарламасы бойынша 900 млн теңге игерілді.", "900 млн теңге", "money_spent"),
    ("ru_spent", "ru", "По программе «Нурлы жер» освоено 750 млн тенге.", "750 млн тенге", "money_spent"),
    ("kk_allocated_qaralgan", "kk", "Жол картасына жергілікті бюджеттен 2,5 млрд теңге қаралған.", "2,5 млрд теңге",
     "money_allocated"),
    ("ru_allocated_napravleno", "ru", "На Дорожную карту из бюджета направлено 2,5 млрд тенге.", "2,5 млрд тенге",
     "money_allocated"),
    ("kk_deadline_moved", "kk", "Жол картасын іске асыру мерзімі 2027 жылға ауыстырылды.", "2027 жылға", "deadline"),
    ("ru_deadline_moved", "ru", "Срок реализации Дорожной карты перенесён на 2027 год.", "2027 год", "deadline"),
]

# Figures that are no programme metric: no programme named, or no word saying what they measure.
NOT_METRIC_TESTS = [
    ("kk_no_programme", "kk", "Ауданда биыл 61 іс-шара орындалды."),
    ("ru_no_measure_word", "ru", "Дорожная карта обсуждалась на сессии, в зале было 58 депутатов."),
    ("kk_plain_year", "kk", "Жол картасы бойынша 2024 жылы жиын өтті."),
    ("kk_pending_after_done", "kk", "Жол картасы бойынша 12 іс-шараның мерзімі әлі келген жоқ."),
    ("ru_pending", "ru", "По Дорожной карте не выполнено 7 мероприятий."),
    ("kk_budget_paragraph_after_programme", "kk",
     "Жол картасы аясында жұмыстар жалғасуда.\nАудан бюджетіне биыл 12 млрд теңге бөлінді."),
]

# (name, lang, text, surface): a figure of its own clause, not of the word nearest to it
CLAUSE_TESTS = [
    ("kk_pending_in_second_clause", "kk",
     "Жол картасы бойынша 80 іс-шара толық орындалып, 9 шараның мерзімі әлі келген жоқ.", "9"),
    ("kk_pending_with_share", "kk", "Жол картасының орындалғаны 72 (53,3%), мерзімі бар 27 (28,7%) шара.", "27"),
    ("ru_pending_in_second_clause", "ru", "По Дорожной карте выполнено 40 мероприятий, в работе остаются 12.", "12"),
]

# (name, articles, expected contradiction kinds, a fragment of the first explanation)
CONTRADICTION_TESTS = [
    ("target_kk_then_ru", [
        ("a.kz", "2024-01-15", "kk", "Жол картасы бойынша 98 іс-шара жоспарланған."),
        ("b.kz", "2024-06-10", "ru", "По Дорожной карте запланировано 95 мероприятий."),
    ], ["target_changed"], "the target was 98"),
    ("completed_falls", [
        ("a.kz", "2024-03-01", "kk", "Жол картасы бойынша 61 іс-шара орындалды."),
        ("b.kz", "2024-06-10", "ru", "По Дорожной карте выполнено 58 мероприятий."),
    ], ["count_fell"], "fell from 61 (2024-03-01, a.kz) to 58 (2024-06-10, b.kz)"),
    ("allocated_falls", [
        ("a.kz", "2024-02-01", "kk", "Нұрлы жер бағдарламасына 2 млрд теңге бөлінді."),
        ("b.kz", "2024-05-01", "ru", "На программу «Нурлы жер» выделено 1,8 млрд тенге."),
    ], ["money_fell"], "money allocated fell from 2 млрд теңге"),
    ("spent_falls", [
        ("a.kz", "2024-02-01", "kk", "Нұрлы жер бағдарламасы бойынша 900 млн теңге игерілді."),
        ("b.kz", "2024-05-01", "ru", "По программе «Нурлы жер» освоено 750 млн тенге."),
    ], ["money_fell"], "money spent fell"),
    ("share_against_counts_of_the_same_day", [
        ("a.kz", "2024-06-10", "kk", "Жол картасы бойынша 98 іс-шараның 61-і орындалды."),
        ("b.kz", "2024-06-10", "ru", "Дорожная карта выполнена на 70%."),
    ], ["share_mismatch"], "61-і of 98 is 62.24%"),
    ("deadline_moves", [
        ("a.kz", "2024-01-15", "kk", "Жол картасы 2025 жылға дейін жүзеге асырылады."),
        ("b.kz", "2024-09-01", "ru", "Срок реализации Дорожной карты перенесён на 2027 год."),
    ], ["deadline_moved"], "the deadline moved from 2025"),
    ("one_district_in_kk_and_ru_spellings", [
        ("a.kz", "2024-01-15", "kk", "Толқын ауданында Жол картасы бойынша 98 іс-шара жоспарланған."),
        ("b.kz", "2024-06-10", "ru", "В Толкынском районе по Дорожной карте запланировано 95 мероприятий."),
    ], ["target_changed"], "Жол картасы (Толкын): the target was 98"),
    ("republication_edits_the_target", [
        ("a.kz", "2024-01-15", "kk", KK_JANUARY),
        ("b.kz", "2024-01-16", "kk", KK_JANUARY.replace("98 іс-шара", "99 іс-шара").replace("62,2%", "61,6%")),
    ], ["target_changed"], "the target was 98"),
]

CONSISTENT_TESTS = [
    ("completed_rises", [
        ("a.kz", "2024-03-01", "kk", "Жол картасы бойынша 40 іс-шара орындалды."),
        ("b.kz", "2024-06-10", "ru", "По Дорожной карте выполнено 58 мероприятий."),
    ]),
    ("target_restated_in_russian", [
        ("a.kz", "2024-01-15", "kk", "Жол картасы бойынша 98 іс-шара жоспарланған."),
        ("b.kz", "2024-06-10", "ru", "По Дорожной карте запланировано 98 мероприятий."),
    ]),
    ("share_matches_counts_of_the_same_day", [
        ("a.kz", "2024-06-10", "kk", "Жол картасы бойынша 98 іс-шараның 61-і орындалды."),
        ("b.kz", "2024-06-10", "ru", "Дорожная карта выполнена на 62%."),
    ]),
    ("share_of_another_day_is_not_compared", [
        ("a.kz", "2024-06-10", "kk", "Жол картасы бойынша 98 іс-шараның 61-і орындалды."),
        ("b.kz", "2024-09-10", "ru", "Дорожная карта выполнена на 80%."),
    ]),
    ("deadline_restated", [
        ("a.kz", "2024-01-15", "kk", "Жол картасы 2025 жылға дейін жүзеге асырылады."),
        ("b.kz", "2024-09-01", "ru", "Дорожная карта будет реализована до 2025 года."),
    ]),
    ("different_programmes_are_not_compared", [
        ("a.kz", "2024-02-01", "kk", "Нұрлы жер бағдарламасына 2 млрд теңге бөлінді."),
        ("b.kz", "2024-05-01", "ru", "На Дорожную карту выделено 1,8 млрд тенге."),
    ]),
    ("two_districts_have_their_own_targets", [
        ("a.kz", "2024-01-15", "kk", "Толқын ауданында Жол картасы бойынша 98 іс-шара жоспарланған."),
        ("b.kz", "2024-01-20", "ru", "В Аксуском районе по Дорожной карте запланировано 45 мероприятий."),
    ]),
    ("one_release_on_three_sites", [
        ("a.kz", "2024-01-15", "kk", KK_JANUARY),
        ("b.kz", "2024-01-16", "kk", "Ауданымызда абаттандыру жұмыстары жалғасуда. " + KK_JANUARY),
        ("c.kz", "2024-01-18", "kk", KK_JANUARY.rsplit(" Жұмыстар", 1)[0]),
    ]),
]


def store(data_dir, builders, articles) -> None:
    """Extract, archive (one real WARC record each) and store ``articles``."""
    pages = [(f"http://{site}/{n}", f"<html><body><p>{text}</p></body></html>")
             for n, (site, _, _, text) in enumerate(articles)]
    ids = builders.write_warc(data_dir, pages)
    with Corpus(db_path(data_dir)) as corpus:
        for n, ((site, published, lang, text), rid) in enumerate(zip(articles, ids)):
            article = Article(url=f"http://{site}/{n}", site=site, title=f"{site} {n}", text=text, lang=lang,
                              published=published, warc_file="warc/test-0001.warc.gz", warc_record_id=rid)
            corpus.store_article(article, extract(text, lang, published), "test")


@pytest.mark.parametrize("name, lang, text, surface, metric", METRIC_TESTS, ids=[t[0] for t in METRIC_TESTS])
def test_a_figure_reads_as_its_metric(data_dir, builders, name, lang, text, surface, metric):
    store(data_dir, builders, [("a.kz", "2024-01-01", lang, text)])
    with Corpus(db_path(data_dir)) as corpus:
        found = {m.text: m for m in read_mentions(corpus.conn)}
    assert surface in found, f"{surface!r} not read as a metric; got {sorted(found)}"
    assert found[surface].metric == metric
    assert found[surface].programme in ("Жол картасы", "Нұрлы жер")  # kk and ru forms: one canonical name


@pytest.mark.parametrize("name, lang, text", NOT_METRIC_TESTS, ids=[t[0] for t in NOT_METRIC_TESTS])
def test_other_figures_are_no_metric(data_dir, builders, name, lang, text):
    store(data_dir, builders, [("a.kz", "2024-01-01", lang, text)])
    with Corpus(db_path(data_dir)) as corpus:
        assert read_mentions(corpus.conn) == []


@pytest.mark.parametrize("name, lang, text, surface", CLAUSE_TESTS, ids=[t[0] for t in CLAUSE_TESTS])
def test_a_count_not_done_yet_is_no_completed_count(data_dir, builders, name, lang, text, surface):
    store(data_dir, builders, [("a.kz", "2024-01-01", lang, text)])
    with Corpus(db_path(data_dir)) as corpus:
        found = {m.text: m.metric for m in read_mentions(corpus.conn)}
    assert surface not in found, found
    assert "completed" in found.values()  # the done count of the same sentence still is one


# (name, lang, text, the one deadline in it): a year word beside a deadline is no deadline
ONE_DEADLINE_TESTS = [
    ("kk_this_year_then_until", "kk",
     "Биыл Жол картасы бойынша 98 іс-шара белгіленген, оларды 2026 жылға дейін аяқтау көзделген.", "2026"),
    ("ru_this_year_then_until", "ru",
     "В этом году по Дорожной карте предусмотрено 95 мероприятий, их планируется завершить до 2026 года.", "2026"),
    ("ru_extended", "ru", "В 2024 году сроки реализации Дорожной карты продлены до 2027 года.", "2027"),
]


@pytest.mark.parametrize("name, lang, text, deadline", ONE_DEADLINE_TESTS, ids=[t[0] for t in ONE_DEADLINE_TESTS])
def test_only_the_deadline_is_a_deadline(data_dir, builders, name, lang, text, deadline):
    store(data_dir, builders, [("a.kz", "2024-03-01", lang, text)])
    with Corpus(db_path(data_dir)) as corpus:
        deadlines = [m.deadline for m in read_mentions(corpus.conn) if m.metric == "deadline"]
    assert deadlines == [deadline]


@pytest.mark.parametrize("name, articles, kinds, fragment", CONTRADICTION_TESTS,
                         ids=[t[0] for t in CONTRADICTION_TESTS])
def test_each_kind_of_contradiction_is_flagged(data_dir, builders, name, articles, kinds, fragment):
    store(data_dir, builders, articles)
    with Corpus(db_path(data_dir)) as corpus:
        timeline = refresh_timeline(corpus.conn)
        stored = corpus.conn.execute("SELECT kind, verdict, explanation FROM timeline_checks").fetchall()
    assert [x.kind for x in timeline.contradictions] == kinds
    assert fragment in timeline.contradictions[0].explanation
    assert [(r[0], r[1]) for r in stored] == [(k, "inconsistent") for k in kinds]
    check = timeline.contradictions[0].to_check()
    assert isinstance(check, Check) and check.check == "timeline"
    d = check.to_dict()
    assert Check.from_dict(json.loads(json.dumps(d, ensure_ascii=False))).inputs["timeline_kind"] == kinds[0]
    assert d["earlier"]["url"] != d["later"]["url"]  # both articles are linked


@pytest.mark.parametrize("name, articles", CONSISTENT_TESTS, ids=[t[0] for t in CONSISTENT_TESTS])
def test_consistent_timelines_are_not_flagged(data_dir, builders, name, articles):
    store(data_dir, builders, articles)
    with Corpus(db_path(data_dir)) as corpus:
        timeline = compute_timeline(corpus.conn)
    assert timeline.claims, "the articles state programme figures"
    assert timeline.contradictions == [], [x.explanation for x in timeline.contradictions]


def test_a_republished_release_is_one_claim_with_every_appearance_and_its_capture(data_dir, builders):
    articles = CONSISTENT_TESTS[-1][1] + [("d.kz", "2024-06-10", "ru", "По Дорожной карте выполнено 58 мероприятий.")]
    store(data_dir, builders, articles)
    with Corpus(db_path(data_dir)) as corpus:
        timeline = refresh_timeline(corpus.conn)
        rows = corpus.conn.execute(
            "SELECT c.metric, c.value, c.appearances, count(a.claim_id) FROM timeline_claims c "
            "JOIN timeline_appearances a ON a.claim_id = c.id WHERE c.metric = 'completed' GROUP BY c.id "
            "ORDER BY c.published").fetchall()
    assert timeline.stories == 2
    target = next(c for c in timeline.claims if c.metric == "target")
    assert target.value == 98 and [a.site for a in target.appearances] == ["a.kz", "b.kz", "c.kz"]
    assert all(a.warc_record_id and a.warc_record_id.startswith("<urn:uuid:") for a in target.appearances)
    assert all(a.warc_file == "warc/test-0001.warc.gz" for a in target.appearances)
    # 61 done in January (three sites, counted once), 58 in June: one fall, not three
    assert [tuple(r) for r in rows] == [("completed", 61, 3, 3), ("completed", 58, 1, 1)]
    assert [x.kind for x in timeline.contradictions] == ["count_fell"]
    assert "(2024-01-15, a.kz, b.kz, c.kz)" in timeline.contradictions[0].explanation


def test_refresh_replaces_the_stored_timeline(data_dir, builders):
    store(data_dir, builders, CONTRADICTION_TESTS[0][1])
    with Corpus(db_path(data_dir)) as corpus:
        first = refresh_timeline(corpus.conn)
        again = refresh_timeline(corpus.conn)
        counts = [corpus.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("stories", "timeline_claims", "timeline_checks")]
    assert counts == [2, len(again.claims), 1]
    assert [x.check_id for x in first.contradictions] == [x.check_id for x in again.contradictions]


def test_the_report_shows_each_contradiction_with_both_claims_and_their_captures(data_dir, builders, tmp_path):
    from corpus.report import build_report

    articles = CONSISTENT_TESTS[-1][1] + [
        ("d.kz", "2024-06-10", "ru", "По Дорожной карте выполнено 58 мероприятий. <b>Итоги</b> подведут осенью.")]
    store(data_dir, builders, articles)
    with Corpus(db_path(data_dir)) as corpus:
        refresh_timeline(corpus.conn)
    out = tmp_path / "report.html"
    counts = build_report(db_path(data_dir), data_dir, out)
    html = out.read_text(encoding="utf-8")
    assert counts["timeline"] == 1
    assert '<span id="count-timeline">1</span>' in html
    section = html.split('id="timeline"', 1)[1]
    assert "count fell" in section and "Жол картасы" in section
    assert "Earlier claim</strong>, 3 appearance(s)" in section and "Later claim</strong>, 1 appearance(s)" in section
    for site in ("a.kz", "b.kz", "c.kz", "d.kz"):
        assert f'href="http://{site}/' in section
    assert section.count('class="capture" href="data/warc/test-0001.warc.gz"') == 4
    assert "<mark>58</mark>" in section
    assert "&lt;b&gt;Итоги&lt;/b&gt;" in section and "<b>Итоги" not in section  # article text is escaped


def test_the_report_of_a_corpus_without_a_timeline_says_how_to_make_one(data_dir, builders, tmp_path):
    from corpus.report import build_report

    store(data_dir, builders, CONSISTENT_TESTS[0][1])
    out = tmp_path / "report.html"
    assert build_report(db_path(data_dir), data_dir, out)["timeline"] == 0
    assert "Programme timelines: contradictions across articles" in out.read_text(encoding="utf-8")


def test_fixture_timelines_plant_every_kind_and_every_republication_and_all_are_found(data_dir, builders):
    """The generated timeline corpus (fixture sites, both languages) through extraction, WARC and SQLite."""
    from scrapers.fixture.timelines import CONTRADICTIONS, REPUBLICATIONS, generate_timelines

    releases, planted = generate_timelines(seed=1)
    assert {p.kind for p in planted} == set(CONTRADICTIONS)
    assert {r.variant for r in releases} == {"original", "neighbour", *REPUBLICATIONS}
    store(data_dir, builders, [(r.site, r.published.isoformat(), r.lang, r.text) for r in releases])
    with Corpus(db_path(data_dir)) as corpus:
        timeline = refresh_timeline(corpus.conn)
        story_of = dict(corpus.conn.execute(
            "SELECT a.url, m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id"))
    story = {f"http://{r.site}/{n}": r.story for n, r in enumerate(releases)}
    found = {(x.kind, x.programme, story[x.later.first.url]) for x in timeline.contradictions}
    assert found == {(p.kind, p.programme, p.story) for p in planted}
    # a republication shares its original's story; a translation is a story of its own
    urls = {r.key: f"http://{r.site}/{n}" for n, r in enumerate(releases)}
    for r in releases:
        same = story_of[urls[r.key]] == story_of[urls[r.story]]
        assert same, f"{r.key} ({r.variant}) is not in the story of {r.story}"
        if r.variant == "translated":
            original = urls[r.key.rsplit("-", 1)[0]]
            assert story_of[urls[r.key]] != story_of[original]


# (text, district keys named): Kazakh and Russian spellings of one district meet on one key
PLACE_TESTS = [
    ("Толқын ауданында биыл жол жөнделді.", ["толк"]),
    ("В Толкынском районе отремонтировали дорогу.", ["толк"]),
    ("Қазалы ауданының әкімдігі хабарлады.", ["каза"]),
    ("Акимат Казалинского района сообщил.", ["каза"]),
    ("Аральский район и Арал ауданы.", ["арал", "арал"]),
    ("Аудандық мәслихат сессиясы өтті.", []),
]


@pytest.mark.parametrize("text, keys", PLACE_TESTS, ids=[t[0][:20] for t in PLACE_TESTS])
def test_districts_are_read_in_both_languages(text, keys):
    from corpus.timeline_places import districts

    assert [k for _, _, k in districts(text)] == keys


def test_real_articles_give_claims_whose_offsets_hold(data_dir, builders):
    """The gold articles of ../shared (read at test time, never stored here) through the whole path."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2].parent / "shared" / "gold"
    files = sorted(gold.glob("*.json"))
    if not files:
        pytest.skip(f"no real articles in {gold} (the shared gold set is not mounted)")
    articles = []
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        articles.append((f"{f.stem}.kz", g.get("published") or "2024-01-01", g["lang"], g["text"]))
    store(data_dir, builders, articles)
    with Corpus(db_path(data_dir)) as corpus:
        timeline = refresh_timeline(corpus.conn)
        texts = dict(corpus.conn.execute("SELECT id, text FROM article_versions"))
        kinds = dict(corpus.conn.execute("SELECT name, kind FROM records WHERE name IS NOT NULL"))
    for c in timeline.claims:
        for a in c.appearances:
            assert texts[a.version_id][a.start:a.end] == a.text
        assert kinds.get(c.programme, "project") == "project", f"{c.programme} is no programme"
    assert all(x.explanation.startswith(x.later.subject) for x in timeline.contradictions)


def test_the_benchmark_prints_precision_and_recall_as_json():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "timeline.py"
    r = subprocess.run([sys.executable, str(script), "--seeds", "1", "--background", "8", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    c = out["contradictions"]
    assert c["planted"] > 0 and 0 <= c["precision"] <= 1 and 0 <= c["recall"] <= 1
    assert c["right"] <= min(c["found"], c["planted"])
    assert set(out["by_kind"]) == {"target_changed", "count_fell", "money_fell", "share_mismatch", "deadline_moved"}
    assert out["stories_pairs"]["true"] > 0


def test_a_timeline_check_can_be_reviewed_and_keeps_its_review(data_dir, builders):
    from click.testing import CliRunner

    from pipeline.cli import cli

    store(data_dir, builders, [
        ("a.kz", "2024-01-15", "kk", "Жол картасы бойынша 98 іс-шара жоспарланған."),
        ("b.kz", "2024-06-10", "ru", "По Дорожной карте запланировано 95 мероприятий."),
    ])
    with Corpus(db_path(data_dir)) as corpus:
        refresh_timeline(corpus.conn)
        (cid,) = corpus.conn.execute("SELECT check_id FROM timeline_checks").fetchone()
    r = CliRunner().invoke(cli, ["review", cid[:8], "confirmed", "--note", "both figures read", "--data", str(data_dir)])
    assert r.exit_code == 0, r.output
    assert r.output.startswith(cid) and "timeline" in r.output and "http://b.kz/1" in r.output
    with Corpus(db_path(data_dir)) as corpus:
        refresh_timeline(corpus.conn)  # the nightly job recomputes timelines; the review stays
        assert [tuple(r) for r in corpus.conn.execute("SELECT check_id, verdict FROM reviews")] == [(cid, "confirmed")]
