"""``dalel serve``: Datasette over the corpus, described for people who did not build it.

Metadata names and explains every table and column, sets facets (site, kind,
project, verdict) and full-text search; foreign keys give the links from records
and checks to their article; a small plugin adds ``/-/capture/<version_id>``,
which replays the archived page from the WARC file, and links to it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus.store import DB_NAME
from corpus.serve_timeline import TIMELINE_QUERIES, TIMELINE_TABLES

DB = Path(DB_NAME).stem

_COLUMNS_COMMON = {
    "site": "Site id from the site config (`name`).",
    "article_id": "The article (one per URL).",
    "version_id": "The article version the item was extracted from.",
    "extractor_version": "Version of dalel's extractors that produced this row.",
    "start": "Offset of the first character in the article text (Python string offsets).",
    "end": "Offset just after the last character: text == article_text[start:end].",
    "sentence": "Index of the sentence in the article text.",
}

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "description": "One row per article URL; its text and metadata are in article_versions.",
        "facets": ["site"],
        "columns": {"url": "The article's URL as fetched.", "current_version_id": "The latest version.",
                    "versions": "How many different contents this URL has had.",
                    "first_seen": "First capture time (UTC).", "last_seen": "Latest capture time (UTC)."},
    },
    "article_versions": {
        "description": "Each content an article has had; an edit is a new version. Search titles and texts here.",
        "facets": ["lang", "category"],
        "fts_table": "article_versions_fts",
        "fts_pk": "id",
        "columns": {"title": "Headline.", "text": "Article text the records' offsets refer to.",
                    "published": "Publication time (ISO 8601, with offset when known).",
                    "warc_file": "WARC file of the capture, relative to the data folder.",
                    "warc_record_id": "WARC-Record-ID of the capture; links to the archived page.",
                    "content_hash": "SHA-256 of title and whitespace-normalised text."},
    },
    "current_articles": {
        "description": "The latest version of every article: start here.",
        "facets": ["site", "lang"],
        "fts_table": "article_versions_fts",
        "fts_pk": "version_id",
    },
    "records": {
        "description": "Figures, dates, projects and organisations found in articles, with exact offsets.",
        "facets": ["site", "kind", "project"],
        "columns": {"kind": "percent, number, money, quantity, date, project or organization.",
                    "text": "The exact surface in the article text.",
                    "value": "The number, normalised (62,2% → 62.2; 1,5 млрд → 1500000000).",
                    "value_max": "Upper end of a range.",
                    "unit": "Currency code, unit code or counted noun.",
                    "qualifier": "approx, at_least or at_most.",
                    "date_start": "Start of a date (YYYY[-MM[-DD]]).", "date_end": "End of a date span.",
                    "name": "Canonical name of a project or organisation.", "type": "Its type noun.",
                    "about": "The project or organisation a figure belongs to.",
                    "project": "Facet column: the name of a project record, or a figure's `about`."},
    },
    "checks": {
        "description": "Claims recomputed from an article's figures, with dalel's verdict.",
        "facets": ["site", "check_type", "verdict"],
        "columns": {"check_id": "Stable id (article URL, type, inputs); reviews refer to it.",
                    "check_type": "percent_of_total, parts_sum, plan_fulfilment, change, product or timeline.",
                    "verdict": "consistent, inconsistent or unverifiable.",
                    "inputs": "The values used, and the value dalel computed (JSON)."},
    },
    "reviews": {
        "description": "Fact-checkers' verdicts on checks (`dalel review`); they survive re-extraction.",
        "facets": ["verdict"],
        "columns": {"verdict": "confirmed or dismissed.", "note": "The fact-checker's note."},
    },
    "runs": {"description": "Nightly runs with their counts, degraded sites and timings.",
             "facets": ["status"]},
    "run_sites": {"description": "Per-site counts of each run.", "facets": ["site"]},
    "fetches": {"description": "Captures that produced or confirmed an article version.",
                "facets": ["outcome"]},
    "sites": {"description": "Configured sites seen by the nightly job."},
    **TIMELINE_TABLES,
}


def metadata() -> dict[str, Any]:
    tables = {}
    for name, meta in TABLES.items():
        m = dict(meta)
        # the shared descriptions only where those columns are (records and checks)
        cols = dict(_COLUMNS_COMMON) if name in ("records", "checks", "timeline_claims") else {}
        cols.update(meta.get("columns", {}))
        m["columns"] = cols
        tables[name] = m
    return {
        "title": "dalel corpus",
        "description": "Figures from Kazakh and Russian local news, with their place in the text and the "
                       "archived page they came from.",
        "databases": {DB: {"tables": tables, "queries": dict(TIMELINE_QUERIES)}},
    }


def read_capture(data_dir: Path, warc_file: str, record_id: str) -> tuple[bytes, str]:
    """Payload and content type of the archived response ``record_id`` in ``warc_file``."""
    from warcio.archiveiterator import ArchiveIterator

    path = (data_dir / warc_file).resolve()
    if data_dir.resolve() not in path.parents:
        raise FileNotFoundError(f"{warc_file}: outside the data folder")
    with path.open("rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_headers.get_header("WARC-Record-ID") == record_id:
                ctype = rec.http_headers.get_header("Content-Type") if rec.http_headers else None
                return rec.content_stream().read(), ctype or "text/html; charset=utf-8"
    raise FileNotFoundError(f"{warc_file}: no record {record_id}")


def make_datasette(db_file: Path, data_dir: Path):
    from datasette.app import Datasette
    from datasette.plugins import pm

    import corpus.datasette_plugin as plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="dalel")
    meta = metadata()
    meta["plugins"] = {"dalel": {"data_dir": str(Path(data_dir).resolve())}}
    return Datasette([str(db_file)], metadata=meta, settings={"sql_time_limit_ms": 5000})


def serve(db_file: Path, data_dir: Path, host: str, port: int) -> None:
    import uvicorn

    ds = make_datasette(db_file, data_dir)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
