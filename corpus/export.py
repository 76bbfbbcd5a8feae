"""Exports of articles, records and checks as CSV, JSON Lines or Parquet.

Rows stream from a read-only connection in batches, so a corpus larger than
memory exports the same way a small one does. Each export holds exactly the
rows of its table: every article version, every record, every check (with its
review, when a fact-checker gave one).
"""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from corpus.query import open_readonly

FORMATS = ("csv", "jsonl", "parquet")
BATCH = 5000

# (SQL expression, column name, type) per export; types drive the Parquet schema. A "json"
# column is stored as JSON text: JSON Lines carry it as an object, CSV and Parquet as its text.
ARTICLE_COLUMNS = [
    ("v.id", "version_id", "int"), ("a.id", "article_id", "int"), ("a.url", "url", "str"),
    ("a.site", "site", "str"), ("v.version", "version", "int"),
    ("v.id = a.current_version_id", "is_current", "bool"), ("v.title", "title", "str"),
    ("v.published", "published", "str"), ("v.lang", "lang", "str"), ("v.author", "author", "str"),
    ("v.views", "views", "int"), ("v.category", "category", "str"), ("v.fetched_at", "fetched_at", "str"),
    ("v.warc_file", "warc_file", "str"), ("v.warc_record_id", "warc_record_id", "str"),
    ("v.content_hash", "content_hash", "str"), ("v.extractor_version", "extractor_version", "str"),
    ("v.text", "text", "str"),
]
RECORD_COLUMNS = [
    ("r.id", "record_id", "int"), ("r.article_id", "article_id", "int"), ("r.version_id", "version_id", "int"),
    ("a.url", "url", "str"), ("r.site", "site", "str"), ("r.kind", "kind", "str"), ("r.text", "text", "str"),
    ("r.start", "start", "int"), ('r."end"', "end", "int"), ("r.value", "value", "float"),
    ("r.value_max", "value_max", "float"), ("r.unit", "unit", "str"), ("r.qualifier", "qualifier", "str"),
    ("r.date_start", "date_start", "str"), ("r.date_end", "date_end", "str"), ("r.sentence", "sentence", "int"),
    ("r.name", "name", "str"), ("r.type", "type", "str"), ("r.about", "about", "str"),
    ("r.project", "project", "str"), ("r.extractor_version", "extractor_version", "str"),
]
CHECK_COLUMNS = [
    ("c.check_id", "check_id", "str"), ("c.article_id", "article_id", "int"), ("c.version_id", "version_id", "int"),
    ("a.url", "url", "str"), ("c.site", "site", "str"), ("c.check_type", "check", "str"),
    ("c.verdict", "verdict", "str"), ("c.explanation", "explanation", "str"), ("c.text", "text", "str"),
    ("c.start", "start", "int"), ('c."end"', "end", "int"), ("c.sentence", "sentence", "int"),
    ("c.about", "about", "str"), ("c.inputs", "inputs", "json"), ("c.extractor_version", "extractor_version", "str"),
    ("rv.verdict", "review", "str"), ("rv.note", "review_note", "str"), ("rv.reviewed_at", "reviewed_at", "str"),
]
EXPORTS = {
    "articles": (ARTICLE_COLUMNS, "FROM article_versions v JOIN articles a ON a.id = v.article_id ORDER BY v.id"),
    "records": (RECORD_COLUMNS, "FROM records r JOIN articles a ON a.id = r.article_id ORDER BY r.id"),
    "checks": (CHECK_COLUMNS, "FROM checks c JOIN articles a ON a.id = c.article_id "
                              "LEFT JOIN reviews rv ON rv.check_id = c.check_id ORDER BY c.id"),
}


class ExportError(ValueError):
    pass


def _rows(conn: sqlite3.Connection, what: str) -> Iterator[list[tuple]]:
    columns, tail = EXPORTS[what]
    sql = "SELECT " + ", ".join(f"{expr} AS \"{name}\"" for expr, name, _ in columns) + " " + tail
    cur = conn.execute(sql)
    while True:
        batch = cur.fetchmany(BATCH)
        if not batch:
            return
        yield [tuple(r) for r in batch]


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "float":
        return float(value)
    return value


def export(data_db: Path, what: str, fmt: str, out: Path) -> int:
    """Write the ``what`` export of the corpus at ``data_db`` to ``out``; return the row count."""
    if what not in EXPORTS:
        raise ExportError(f"unknown export {what!r}: expected one of {', '.join(EXPORTS)}")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    conn = open_readonly(data_db)
    columns = EXPORTS[what][0]
    names = [n for _, n, _ in columns]
    kinds = [k for _, _, k in columns]
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    try:
        if fmt == "csv":
            with out.open("w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(names)
                for batch in _rows(conn, what):
                    w.writerows(batch)
                    n += len(batch)
        elif fmt == "jsonl":
            with out.open("w", encoding="utf-8") as f:
                for batch in _rows(conn, what):
                    for row in batch:
                        d = {name: json.loads(v) if k == "json" and v else _typed(v, k)
                             for name, v, k in zip(names, row, kinds)}
                        f.write(json.dumps(d, ensure_ascii=False) + "\n")
                    n += len(batch)
        else:
            n = _write_parquet(conn, what, names, kinds, out)
    finally:
        conn.close()
    return n


def _write_parquet(conn, what, names, kinds, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "json": pa.string(), "bool": pa.bool_()}
    schema = pa.schema([(n, arrow[k]) for n, k in zip(names, kinds)])
    n = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        for batch in _rows(conn, what):
            cols = [[_typed(row[i], kinds[i]) for row in batch] for i in range(len(names))]
            writer.write_table(pa.Table.from_arrays([pa.array(c, type=schema.field(i).type)
                                                     for i, c in enumerate(cols)], schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
