"""``dalel eval``: the yardsticks (gold folders and KazNERD)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from extractors.records import KINDS


@click.group("eval")
def eval_group() -> None:
    """Score the extractors against hand-annotated text."""


def _emit(scores, as_json: bool, show_misses: bool) -> None:
    from pipeline.evaluate import format_table

    if as_json:
        click.echo(json.dumps(scores.as_dict(), ensure_ascii=False))
    else:
        click.echo(format_table(scores))
    if show_misses:
        for m in scores.misses:
            click.echo(f"{m.article}\t{m.kind}\t{m.what}\tgold={m.gold}\tpredicted={m.predicted}", err=as_json)


def _read_predictions(path: Path, articles) -> dict[str, list[dict]]:
    by_name: dict[str, list[dict]] = {a.name: [] for a in articles}
    aliases = {}
    for a in articles:
        aliases[a.name] = a.name
        aliases[Path(a.name).stem] = a.name
        if a.url:
            aliases.setdefault(a.url, a.name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise click.ClickException(f"{path}: cannot read predictions: {e}") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise click.ClickException(f"{path}:{lineno}: not JSON: {e.msg}") from None
        art = rec.get("article") if isinstance(rec, dict) else None
        if art is None:
            raise click.ClickException(f"{path}:{lineno}: a prediction needs an 'article' field naming its gold file")
        name = aliases.get(art) or aliases.get(Path(str(art)).name) or aliases.get(Path(str(art)).stem)
        if name is None:
            raise click.ClickException(f"{path}:{lineno}: article {art!r} is not a file of the gold folder")
        for field in ("kind", "start", "end"):
            if field not in rec:
                raise click.ClickException(f"{path}:{lineno}: a prediction needs '{field}'")
        for field in ("start", "end"):
            if not isinstance(rec[field], int) or isinstance(rec[field], bool) or rec[field] < 0:
                raise click.ClickException(f"{path}:{lineno}: '{field}' must be a whole number >= 0, "
                                           f"not {rec[field]!r}")
        if rec["start"] > rec["end"]:
            raise click.ClickException(f"{path}:{lineno}: 'start' ({rec['start']}) is after 'end' ({rec['end']})")
        if rec["kind"] not in KINDS and rec["kind"] != "check":
            raise click.ClickException(f"{path}:{lineno}: kind {rec['kind']!r} is none of {', '.join(KINDS)}, check")
        value = rec.get("value")
        if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            raise click.ClickException(f"{path}:{lineno}: 'value' must be a number or null, not {value!r}")
        by_name[name].append(rec)
    return by_name


@eval_group.command("gold")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this JSON Lines file of records (each with an 'article' field naming the gold file) "
                   "instead of running the extractors.")
@click.option("--lang", type=click.Choice(["kk", "ru"]), default=None, help="Score only articles in this language.")
@click.option("--misses", is_flag=True, help="Also list every miss (to standard error with --json).")
def eval_gold(directory: Path, as_json: bool, predictions: Path | None, lang: str | None, misses: bool) -> None:
    """Score against a folder of gold articles (the format of shared/gold/README.md)."""
    from pipeline.evaluate import Scores, score_article
    from pipeline.gold import GoldFormatError, load_gold_dir

    try:
        articles = load_gold_dir(directory)
    except GoldFormatError as e:
        raise click.ClickException(str(e)) from None
    if lang:
        articles = [a for a in articles if a.lang == lang]
    preds = _read_predictions(predictions, articles) if predictions else None
    scores = Scores()
    for a in articles:
        if preds is not None:
            records = preds[a.name]
        else:
            from extractors.core import extract

            records = [r.to_dict() for r in extract(a.text, a.lang or "auto", a.published)]
        score_article(scores, a.name, a.text, a.annotated, a.items, records, a.checks)
    _emit(scores, as_json, misses)


@eval_group.command("kaznerd")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N sentences.")
@click.option("--misses", is_flag=True, help="Also list every miss (to standard error with --json).")
def eval_kaznerd(file: Path, as_json: bool, limit: int | None, misses: bool) -> None:
    """Score on a KazNERD IOB2 file, per kind, by overlap and by exact span."""
    import itertools

    from extractors.core import extract
    from pipeline.evaluate import Scores, score_article
    from pipeline.kaznerd import ANNOTATED, KazNERDFormatError, batches, read_sentences

    scores = Scores()
    sentences = read_sentences(file)
    if limit is not None:
        sentences = itertools.islice(sentences, limit)
    n = 0
    try:
        for i, (text, items) in enumerate(batches(sentences)):
            records = [r.to_dict() for r in extract(text, "kk", None)]
            score_article(scores, f"batch-{i}", text, ANNOTATED, items, records, [])
            n += 1
    except KazNERDFormatError as e:
        raise click.ClickException(str(e)) from None
    except UnicodeDecodeError as e:
        raise click.ClickException(f"{file}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    if n == 0:
        raise click.ClickException(f"{file}: no sentences to score (an IOB2 file holds 'token label' lines)")
    _emit(scores, as_json, misses)


COMMANDS = [eval_group]
