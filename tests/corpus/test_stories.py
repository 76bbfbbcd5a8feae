"""Stories: a press release republished on several sites (or slightly edited) is one story."""
from __future__ import annotations

import pytest

from corpus.stories import Document, find_stories, refresh_stories, shingles
from corpus.store import Corpus, db_path
from scrapers.article import Article

# Our own press releases, in Kazakh and Russian.
KK_RELEASE = (
    "Аудандық тұрғын үй-коммуналдық шаруашылық бөлімінің хабарлауынша, Жол картасы аясында "
    "биыл ауылдық округтерде 98 іс-шара жоспарланған. Оның 61-і орындалды, бұл 62,2 пайызды құрайды. "
    "Бағдарламаны іске асыруға жергілікті бюджеттен 1,5 млрд теңге бөлінді. Жұмыстар мердігер "
    "мекемелердің күшімен жүргізіліп жатыр, сапасы тұрақты бақылауда. Қалған нысандар күзге дейін "
    "пайдалануға берілмек."
)
RU_RELEASE = (
    "Как сообщили в отделе жилищно-коммунального хозяйства района, в рамках Дорожной карты в сельских "
    "округах в этом году запланировано 95 мероприятий. Из них выполнено 58, или 61 процент. "
    "На реализацию программы из местного бюджета выделено 1,2 млрд тенге. Работы ведут подрядные "
    "организации, качество находится на постоянном контроле. Оставшиеся объекты сдадут до осени."
)

# (name, original, republication): each variant must stay in the original's story.
REPUBLICATION_TESTS = [
    ("kk_verbatim", KK_RELEASE, KK_RELEASE),
    ("ru_verbatim", RU_RELEASE, RU_RELEASE),
    ("kk_local_opening", KK_RELEASE, "Ауданымызда абаттандыру жұмыстары жалғасуда. " + KK_RELEASE),
    ("ru_dropped_closing", RU_RELEASE, RU_RELEASE.rsplit(" Оставшиеся", 1)[0]),
    ("kk_one_word_edited", KK_RELEASE, KK_RELEASE.replace("тұрақты бақылауда", "үнемі назарда")),
    ("ru_spacing_and_case", RU_RELEASE, RU_RELEASE.replace("Как сообщили", "КАК СООБЩИЛИ").replace(" ", "  ")),
]

# (name, first, second): texts that must be two stories.
DISTINCT_TESTS = [
    ("kk_other_news_same_programme", KK_RELEASE,
     "Жол картасы бойынша жөнделген көпірдің ашылу салтанатына ауыл тұрғындары жиналды. Көпір арқылы "
     "күн сайын жүздеген көлік өтеді, енді балалар мектепке қауіпсіз барады деп атап өтті ардагерлер."),
    ("ru_other_news_same_programme", RU_RELEASE,
     "В селе открыли отремонтированный по Дорожной карте мост. Жители поблагодарили строителей, "
     "а ветераны отметили, что теперь дети смогут безопасно добираться до школы круглый год."),
    ("translation_is_not_a_copy", KK_RELEASE, RU_RELEASE),
]


def doc(n: int, text: str, published: str | None = "2024-03-01", site: str = "a.kz") -> Document:
    return Document(n, n, f"http://{site}/{n}", site, published, f"title {n}", text)


def test_shingles_are_lower_cased_word_triples():
    assert shingles("Жол картасы БОЙЫНША 98 іс-шара") == {"жол картасы бойынша", "картасы бойынша 98",
                                                          "бойынша 98 іс", "98 іс шара"}
    assert shingles("62,2 пайыз") == {"62,2 пайыз"}  # a decimal number stays one word
    assert shingles("") == set()


@pytest.mark.parametrize("name, original, republished", REPUBLICATION_TESTS, ids=[t[0] for t in REPUBLICATION_TESTS])
def test_a_republication_joins_the_story(name, original, republished):
    stories = find_stories([doc(1, original, site="a.kz"), doc(2, republished, "2024-03-02", site="b.kz")])
    assert len(stories) == 1
    (story,) = stories
    assert story.key == "http://a.kz/1"  # the first appearance names the story
    assert [a.site for a in story.appearances] == ["a.kz", "b.kz"]
    assert story.appearances[0].similarity == 1.0
    assert 0.6 <= story.appearances[1].similarity <= 1.0


@pytest.mark.parametrize("name, first, second", DISTINCT_TESTS, ids=[t[0] for t in DISTINCT_TESTS])
def test_different_articles_are_different_stories(name, first, second):
    stories = find_stories([doc(1, first), doc(2, second)])
    assert len(stories) == 2
    assert all(len(s.appearances) == 1 for s in stories)


def test_a_near_copy_months_later_is_a_new_report():
    # Monthly reports written from one template share their wording but are new claims.
    later = KK_RELEASE.replace("61-і", "75-і").replace("62,2", "76,5")
    assert len(find_stories([doc(1, KK_RELEASE, "2024-03-01"), doc(2, later, "2024-06-01")])) == 2
    assert len(find_stories([doc(1, KK_RELEASE, "2024-03-01"), doc(2, later, "2024-03-04")])) == 1


def test_three_sites_and_an_undated_copy_make_one_story_and_empty_bodies_stay_apart():
    docs = [doc(1, KK_RELEASE, "2024-03-01", "a.kz"), doc(2, KK_RELEASE, "2024-03-02", "b.kz"),
            doc(3, "Ауданымызда жұмыстар жалғасуда. " + KK_RELEASE, "2024-03-05", "c.kz"),
            doc(4, KK_RELEASE, None, "d.kz"), doc(5, "", "2024-03-01", "e.kz"), doc(6, "", "2024-03-01", "f.kz")]
    stories = find_stories(docs)
    sizes = sorted(len(s.appearances) for s in stories)
    assert sizes == [1, 1, 4]
    big = max(stories, key=lambda s: len(s.appearances))
    assert sorted(big.article_ids) == [1, 2, 3, 4]


def _store(data_dir, rows):
    with Corpus(db_path(data_dir)) as corpus:
        for url, site, published, text in rows:
            corpus.store_article(Article(url=url, site=site, title=url, text=text, lang="kk", published=published),
                                 [], "test")


def test_refresh_stores_stories_and_members_and_is_repeatable(tmp_path):
    _store(tmp_path, [
        ("http://a.kz/1", "a.kz", "2024-03-01", KK_RELEASE),
        ("http://b.kz/7", "b.kz", "2024-03-02", "Ауданымызда жұмыстар жалғасуда. " + KK_RELEASE),
        ("http://c.kz/ru/3", "c.kz", "2024-03-01", RU_RELEASE),
    ])
    with Corpus(db_path(tmp_path)) as corpus:
        for _ in range(2):  # a second refresh replaces, never doubles
            refresh_stories(corpus.conn)
            rows = corpus.conn.execute(
                "SELECT s.story_key, s.appearances, group_concat(a.url, ' ') AS urls FROM stories s "
                "JOIN story_members m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id "
                "GROUP BY s.id ORDER BY s.story_key").fetchall()
            assert [(r[0], r[1], sorted(r[2].split())) for r in rows] == [
                ("http://a.kz/1", 2, ["http://a.kz/1", "http://b.kz/7"]),
                ("http://c.kz/ru/3", 1, ["http://c.kz/ru/3"]),
            ]
