"""``dalel timeline``: each programme's claims over time, republications collapsed, contradictions flagged."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from corpus.paths import data_option, existing_corpus, iso_date

CSV_COLUMNS = ("programme", "place", "metric", "published", "value", "unit", "deadline", "text", "appearances",
               "story_id", "site", "url", "warc_file", "warc_record_id", "flags")


def canonical_programme(name: str) -> str:
    """The registry's canonical name for any kk or ru form (``Дорожная карта`` → ``Жол картасы``)."""
    from extractors.registry import get_registry

    registry = get_registry()
    entry = registry.lookup(name, "kk") or registry.lookup(name, "ru")
    return entry.name if entry else name.strip()


@click.command("timeline")
@data_option()
@click.option("--project", default=None, help="Only this programme (any Kazakh or Russian form of its name).")
@click.option("--since", default=None, callback=iso_date, help="Only claims published on or after this date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def timeline(data_dir: Path, project: str | None, since: str | None, fmt: str) -> None:
    """Programme timelines across articles and sites, with contradictions flagged.

    Recomputes stories (a press release republished on several sites counts once) and
    every programme's target, completed count, share, money and deadline claims, stores
    them (for `dalel report` and `dalel serve`; not where the corpus is read-only) and prints them in date order with their
    article links, WARC captures and `timeline` checks.

    Example: dalel timeline --project "Дорожная карта" --since 2024-01-01 --format json
    """
    import sqlite3

    from corpus.schema import SchemaError
    from corpus.query import connect_read_only, corpus_writable
    from corpus.store import Corpus, CorpusError
    from corpus.timeline import compute_timeline, refresh_timeline

    db = existing_corpus(data_dir)
    try:
        if corpus_writable(db):
            with Corpus(db) as corpus:
                result = refresh_timeline(corpus.conn)
        else:
            # A corpus shared read-only (a mount, a copy): computed as the nightly job would,
            # shown, and left unstored; the report and web view keep the last stored one.
            click.echo(f"{db}: the corpus cannot be written here, so the timeline is computed without "
                       "being stored", err=True)
            conn = connect_read_only(db)
            conn.row_factory = sqlite3.Row
            try:
                result = compute_timeline(conn)
            finally:
                conn.close()
    except (CorpusError, SchemaError) as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.Error as e:
        raise click.ClickException(f"{db}: cannot compute the timeline: {e}") from None
    wanted = canonical_programme(project) if project else None
    claims = [c for c in result.claims
              if (wanted is None or c.programme.casefold() == wanted.casefold()) and (not since or c.day >= since)]
    shown = {id(c) for c in claims}
    found = [x for x in result.contradictions if id(x.later) in shown]
    if fmt == "json":
        click.echo(json.dumps(_as_json(claims, found, result.stories), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        click.echo(_as_csv(claims, found), nl=False)
    else:
        click.echo(_as_table(claims, found, wanted))


def _flags(found) -> dict[int, list[str]]:
    flags: dict[int, list[str]] = {}
    for x in found:
        flags.setdefault(id(x.later), []).append(x.kind)
    return flags


def _as_json(claims, found, stories: int) -> dict:
    programmes: dict[str, dict] = {}
    for c in claims:
        p = programmes.setdefault(c.programme, {"programme": c.programme, "metrics": {}, "checks": []})
        p["metrics"].setdefault(c.metric, []).append(c.as_dict())
    for x in found:
        programmes[x.programme]["checks"].append({**x.to_check().to_dict(), "check_id": x.check_id})
    return {"stories": stories, "claims": len(claims), "contradictions": len(found),
            "programmes": list(programmes.values())}


def _as_csv(claims, found) -> str:
    flags = _flags(found)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for c in claims:
        for a in c.appearances:
            w.writerow([c.programme, c.place or "", c.metric, a.published or "", "" if c.value is None else c.value, c.unit or "",
                        c.deadline or "", a.text, len(c.appearances), "" if a.story_id is None else a.story_id,
                        a.site, a.url, a.warc_file or "", a.warc_record_id or "", " ".join(flags.get(id(c), []))])
    return out.getvalue()


def _as_table(claims, found, wanted: str | None) -> str:
    if not claims:
        return f"no timeline claims for {wanted}" if wanted else "no timeline claims in this corpus"
    flags = _flags(found)
    lines: list[str] = []
    programme = metric = None
    for c in claims:
        if c.subject != programme:
            programme, metric = c.subject, None
            lines.append(("\n" if lines else "") + programme)
        if c.metric != metric:
            metric = c.metric
            lines.append(f"  {metric}")
        sites = ", ".join(sorted({a.site for a in c.appearances}))
        mark = "  ! " + ", ".join(flags[id(c)]) if id(c) in flags else ""
        lines.append(f"    {c.day or 'undated':<10}  {c.shown():<22}  {sites} ({len(c.appearances)})  "
                     f"{c.first.url}{mark}")
    if found:
        lines.append("\ncontradictions (checks of type timeline)")
        lines.extend(f"  ! {x.kind}: {x.explanation}" for x in found)
    lines.append(f"\n{len(claims)} claims, {len(found)} contradictions")
    return "\n".join(lines)


COMMANDS = [timeline]
