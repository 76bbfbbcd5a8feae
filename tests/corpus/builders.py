"""A small real corpus for tests: articles of our own writing, a real WARC file, a real SQLite file.

Records are placed by hand (offsets found with str.index), so the corpus tests do
not depend on how good the extractors are today.
"""
from __future__ import annotations

import io
from pathlib import Path

from extractors.records import Check, Record
from scrapers.article import Article

EXTRACTOR_VERSION = "0.0.9-test"

# Our own sentences, in Kazakh and Russian, with the figures each one states.
KK_SCHOOLS = (
    "Аудан мектептерінде биыл 120 іс-шара өтті. Оның 75-і ауылдық мектептерде өтті, бұл 62,5%.\n"
    "Іс-шараларға 3 мыңнан астам оқушы қатысты."
)
KK_ROADS = (
    "«Жол картасы» бағдарламасы бойынша 40 шақырым жол жөнделді. Жоспар 50 шақырым еді, "
    "яғни жоспар 90%-ке орындалды.\nЖұмысқа 1,2 млрд теңге бөлінді."
)
RU_TEACHERS = (
    "В районе построили 3 школы на 2,4 млрд тенге. Из 200 учителей 90 получили жильё, то есть 55%.\n"
    "Программа «Жол картасы» продлится до 2025 года."
)
RU_COVERAGE = "Доля охвата интернетом в сёлах выросла до 70%. Точных данных о числе сёл акимат не привёл."
XSS_TITLE = "<script>document.title='pwned'</script> Ауыл жаңалықтары & <b>басқалар</b>"


def rec(text: str, surface: str, kind: str, nth: int = 0, **fields) -> Record:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Record(kind=kind, text=surface, start=start, end=start + len(surface), **fields)


def check(text: str, first: str, last: str, check_type: str, verdict: str, explanation: str, **inputs) -> Check:
    start = text.index(first)
    end = text.index(last) + len(last)
    return Check(check=check_type, verdict=verdict, explanation=explanation, start=start, end=end,
                 text=text[start:end], inputs=inputs)


def items_for(text: str) -> list:
    """The records and checks each sample text states."""
    if text == KK_SCHOOLS:
        return [
            rec(text, "биыл", "date", date={"start": "2024", "end": "2024"}),
            rec(text, "120", "number", value=120, unit="іс-шара"),
            rec(text, "75-і", "number", value=75, unit="іс-шара"),
            rec(text, "62,5%", "percent", value=62.5),
            rec(text, "3 мыңнан астам", "number", value=3000, unit="оқушы", qualifier="at_least"),
            check(text, "120", "62,5%", "percent_of_total", "consistent", "75 of 120 is 62.5%",
                  part=75, whole=120, claimed_percent=62.5, computed_percent=62.5),
        ]
    if text == KK_ROADS:
        return [
            rec(text, "Жол картасы", "project", name="Жол картасы", type="programme"),
            rec(text, "40 шақырым", "quantity", value=40, unit="km", about="Жол картасы"),
            rec(text, "50 шақырым", "quantity", value=50, unit="km", about="Жол картасы"),
            rec(text, "90%-ке", "percent", value=90, about="Жол картасы"),
            rec(text, "1,2 млрд теңге", "money", value=1.2e9, unit="KZT", about="Жол картасы"),
            check(text, "40 шақырым", "90%-ке", "plan_fulfilment", "inconsistent",
                  "40 of a 50 plan is 80%, not 90%", plan=50, actual=40, claimed_percent=90, computed_percent=80.0),
        ]
    if text == RU_TEACHERS:
        return [
            rec(text, "3", "number", value=3, unit="школа"),
            rec(text, "2,4 млрд тенге", "money", value=2.4e9, unit="KZT"),
            rec(text, "200", "number", value=200, unit="учитель"),
            rec(text, "90", "number", value=90, unit="учитель"),
            rec(text, "55%", "percent", value=55),
            rec(text, "Жол картасы", "project", name="Жол картасы", type="programme"),
            rec(text, "до 2025 года", "date", date={"start": None, "end": "2025"}),
            check(text, "200", "55%", "percent_of_total", "inconsistent", "90 of 200 is 45%, not 55%",
                  part=90, whole=200, claimed_percent=55, computed_percent=45.0),
        ]
    if text == RU_COVERAGE:
        return [
            rec(text, "70%", "percent", value=70),
            check(text, "70%", "70%", "percent_of_total", "unverifiable", "no whole stated for 70%",
                  part=None, whole=None, claimed_percent=70, computed_percent=None),
        ]
    return []


SAMPLES = [
    # (path, site, lang, published, title, text)
    ("/2024/03/01/mektep/", "tolqyn.kz", "kk", "2024-03-01T10:00:00+06:00", "Мектептердегі іс-шаралар", KK_SCHOOLS),
    ("/2024/05/12/zhol/", "tolqyn.kz", "kk", "2024-05-12T09:30:00+05:00", XSS_TITLE, KK_ROADS),
    ("/ru/2023/11/20/uchitelya/", "syrboyi.kz", "ru", "2023-11-20", "Учителя получили жильё", RU_TEACHERS),
    ("/ru/2022/06/01/internet/", "syrboyi.kz", "ru", "2022-06-01", "Интернет в сёлах", RU_COVERAGE),
]


def write_warc(data_dir: Path, pages: list[tuple[str, str]], name: str = "warc/test-0001.warc.gz") -> list[str]:
    """A real gzipped WARC with one response a page; returns the record ids."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = data_dir / name
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = []
    with path.open("ab") as f:
        writer = WARCWriter(f, gzip=True)
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                               http_headers=http)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


def sample_articles(data_dir: Path, base: str = "http://127.0.0.1:9") -> list[Article]:
    """The sample articles, each with its capture archived in a WARC file under ``data_dir``."""
    from html import escape

    pages = [(base + path, f"<html><body><h1>{escape(title)}</h1><div class='entry-content'>"
                           f"{''.join('<p>' + escape(p) + '</p>' for p in text.splitlines())}</div></body></html>")
             for path, _, _, _, title, text in SAMPLES]
    ids = write_warc(data_dir, pages)
    return [Article(url=base + path, site=site, title=title, text=text, lang=lang, published=published,
                    fetched_at="2024-06-01T00:00:00+00:00", warc_file="warc/test-0001.warc.gz", warc_record_id=rid)
            for (path, site, lang, published, title, text), rid in zip(SAMPLES, ids)]


def build_corpus(data_dir: Path):
    """Store the samples; returns (db path, articles)."""
    from corpus.store import Corpus, db_path

    articles = sample_articles(data_dir)
    with Corpus(db_path(data_dir)) as corpus:
        for a in articles:
            corpus.store_article(a, items_for(a.text), EXTRACTOR_VERSION)
    return db_path(data_dir), articles
