"""Datasette hooks for the corpus: replay archived captures, and link to them.

Registered by :func:`corpus.serve.make_datasette`; the data folder comes from the
plugin configuration (``plugins.dalel.data_dir`` in the metadata).
"""
from __future__ import annotations

from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from corpus.serve import DB, read_capture

# Which column holds the article version id, per table showing warc_record_id.
_VERSION_KEY = {"article_versions": "id", "current_articles": "version_id", "fetches": "version_id"}

# Tables whose version_id links to the article version and its capture.
_LINKED_VERSIONS = ("records", "checks", "story_members", "timeline_claims", "timeline_appearances")

# The archived page is shown as it was fetched, but may not run scripts or load anything.
_SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'"


async def capture(request, datasette):
    version_id = int(request.url_vars["version_id"])
    data_dir = Path((datasette.plugin_config("dalel") or {}).get("data_dir", "."))
    rows = await datasette.get_database(DB).execute(
        "SELECT warc_file, warc_record_id FROM article_versions WHERE id = ?", [version_id])
    row = rows.first()
    if row is None or not row["warc_file"]:
        return Response.text(f"no archived capture for article version {version_id}", status=404)
    try:
        body, ctype = read_capture(data_dir, row["warc_file"], row["warc_record_id"])
    except (OSError, ValueError) as e:
        return Response.text(f"capture unavailable: {e}", status=404)
    return Response(body, content_type=ctype, headers={
        "Content-Security-Policy": _SANDBOX, "X-Dalel-Warc-Record-Id": row["warc_record_id"]})


@hookimpl
def register_routes():
    return [(r"^/-/capture/(?P<version_id>\d+)$", capture)]


@hookimpl
def render_cell(row, value, column, table, database):
    if column == "version_id" and table in _LINKED_VERSIONS and value is not None:
        # the record's article version, and straight to the page as it was archived
        if isinstance(value, dict):  # a foreign key Datasette has expanded to {"value", "label"}
            value = value.get("value")
        try:
            version_id = int(value)
        except (TypeError, ValueError):
            return None
        return Markup(f'<a href="/{escape(database)}/article_versions/{version_id}">{version_id}</a> '
                      f'(<a class="capture" href="/-/capture/{version_id}">capture</a>)')
    if column != "warc_record_id" or not value or table not in _VERSION_KEY:
        return None
    try:
        version_id = int(row[_VERSION_KEY[table]])
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return Markup(f'<a href="/-/capture/{version_id}">{escape(value)}</a>')
