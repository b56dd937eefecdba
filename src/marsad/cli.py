"""The ``marsad`` command: a thin layer over the library."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from marsad._version import __version__

#: Exit code when some input could not be read (the contract).
EXIT_INPUT_ERRORS = 3


def failure_message(e: BaseException) -> str:
    """One line for an expected failure: the path or input it concerns and the reason."""
    if isinstance(e, OSError) and e.filename:
        return f"{e.filename}: {e.strerror or e}"
    return str(e)


class Commands(click.Group):
    """marsad's commands: an expected failure (bad file, database, folder) is one line on stderr
    and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        import sqlite3

        from marsad.errors import MarsadError

        try:
            return super().invoke(ctx)
        except (MarsadError, OSError, sqlite3.Error, UnicodeDecodeError) as e:
            raise click.ClickException(failure_message(e)) from None


WORKERS = click.IntRange(min=1)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) on stderr.")
def cli(verbose: int) -> None:
    """marsad: an Arabic news observatory.

    \b
    Example:
      marsad analyze articles/ --out out/
    """
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not verbose:  # what trafilatura says of a page marsad reports itself, in one line
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--out", "out", type=click.Path(file_okay=False),
              help="Folder for articles.jsonl and corpus.json (optional with --db).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--workers", type=WORKERS, default=1, show_default=True, help="Processes for the per-article stages.")
@click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
              help="Also store the result in this SQLite database (incremental, resumable).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def analyze(inputs: tuple[str, ...], out: str, engine: str, workers: int, db: str | None, quiet: bool) -> None:
    """Analyze articles (files and folders of .txt .html .json .jsonl .jsonl.gz).

    \b
    Example:
      marsad analyze ../shared/seeds --out /tmp/o
      marsad analyze news.jsonl.gz --out out/ --workers 2
      marsad analyze today/ --db marsad.db       # add to a database (no --out: only the new articles' work)
    """
    import marsad

    if out is None and db is None:
        raise click.UsageError("give --out (a folder for the output), --db (a database), or both")
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr)

    def say(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def on_item(item):
        if isinstance(item, marsad.Document):
            if bar is not None:
                bar.update(1)
            for w in item.warnings:
                say(f"marsad: warning: {item.meta.get('source', item.id)}: {w}")
        else:
            say(f"marsad: {'skipped: ' if item.skipped else ''}{item}")

    if db:
        if engine != "local":
            raise click.UsageError("--db works with the local engine; write --out with --engine spark, "
                                   "then load it with `marsad build`")
        from marsad.store import analyze_into_db

        result = analyze_into_db(list(inputs), db, workers=workers, on_item=on_item, load=out is not None)
    else:
        result = marsad.analyze(list(inputs), workers=workers, engine=engine, on_item=on_item, lean=True)
    if bar is not None:
        bar.close()
    if out is not None:
        result.write(out)
    if engine == "spark":
        from marsad.engines.spark import write_parquet

        write_parquet(result.documents, Path(out))
    if not quiet:
        skipped = len(result.errors) - len(result.failed)
        stories = "stories" if out is not None else "stories touched"
        click.echo(f"marsad: {len(result.documents)} {'articles' if out is not None else 'new articles'}, "
                   f"{len(result.corpus.stories)} {stories}, {len(result.failed)} input errors"
                   f"{f', {skipped} skipped' if skipped else ''} -> {out or db}", err=True)
    if result.failed:
        sys.exit(EXIT_INPUT_ERRORS)


@cli.command()
@click.option("--conll", "conll", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Token-per-line file, blank line between sentences.")
def tag(conll: str) -> None:
    """Tag a CoNLL token file with PER/LOC/ORG/MISC (IOB2), for benchmarks.

    \b
    Example:
      marsad tag --conll ../shared/data/anercorp/test.txt > pred.tsv
    """
    import io

    from marsad.extract.entities import propagate_names, tag_tokens
    from marsad.ingest.files import decode_bytes

    sents: list[list[str]] = [[]]
    layout: list[int | None] = []  # sentence index per line, None for blank lines
    with open(conll, "rb") as f:
        text = decode_bytes(f.read(), conll)
    for line in io.StringIO(text, newline=None):  # lines as a text file reads them
        tok = line.strip().split()
        if not tok:
            layout.append(None)
            if sents[-1]:
                sents.append([])
            continue
        sents[-1].append(tok[0])
        layout.append(len(sents) - 1)
    if not sents[-1]:
        sents.pop()
    tags = propagate_names(sents, tag_tokens(sents))  # the file has no article bounds: nearby sentences
    pos = [0] * len(tags)
    w = sys.stdout.write
    for s in layout:
        if s is None:
            w("\n")
        else:
            w(f"{sents[s][pos[s]]}\t{tags[s][pos[s]]}\n")
            pos[s] += 1


@cli.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.option("--top", default=8, show_default=True, help="How many entities, stories and quotes to show.")
def report(outdir: str, top: int) -> None:
    """Print a short readable report of an analyze output folder.

    \b
    Example:
      marsad report out/
    """
    from marsad.report import render_report

    if not (Path(outdir) / "articles.jsonl").exists():
        raise click.ClickException(f"{outdir}: no articles.jsonl here; give a folder written by "
                                   "`marsad analyze INPUT --out DIR`")
    click.echo(render_report(Path(outdir), top=top))


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="SQLite database to add to.")
def fetch(urls: tuple[str, ...], db: str) -> None:
    """Fetch feeds or article pages by URL and analyze what is new into the database.

    \b
    Example:
      marsad fetch https://example.org/rss.xml https://example.org/news/1.html --db marsad.db
    """
    from marsad.live import fetch_urls

    report = fetch_urls(list(urls), db)
    for e in report.errors:
        click.echo(f"marsad: {e}", err=True)
    click.echo(f"marsad fetch: {report.summary()}", err=True)
    if report.errors:
        sys.exit(EXIT_INPUT_ERRORS)


@cli.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="SQLite database to keep current.")
@click.option("--every", default="10m", show_default=True, help="Time between cycles (90s, 10m, 1h).")
@click.option("--cycles", type=click.IntRange(min=1), default=None, help="Stop after this many cycles (default: run until stopped).")
@click.option("--workers", type=WORKERS, default=1, show_default=True)
def watch(feeds_file: str, db: str, every: str, cycles: int | None, workers: int) -> None:
    """Follow feeds: every cycle, fetch new items politely and analyze them into the database.

    FEEDS_FILE lists feed URLs, one a line (# starts a comment). Killing the
    watcher and starting it again loses nothing and duplicates nothing. A feed or
    page that fails is reported and the watcher goes on; when it stops (--cycles,
    Ctrl-C) it exits 3 if anything failed, as `marsad fetch` does.

    \b
    Example:
      marsad watch feeds.txt --db marsad.db --every 10m
    """
    from marsad.live import Watcher, parse_interval, read_feeds_file

    try:
        interval = parse_interval(every)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--every") from None
    watcher = Watcher(db, read_feeds_file(feeds_file), workers=workers)

    def on_cycle(report):
        for e in report.errors:
            click.echo(f"marsad: {e}", err=True)
        click.echo(f"marsad watch: {report.summary()}", err=True)
        for sid in report.new_stories:
            click.echo(f"  new story {sid}", err=True)
        for sid, n in report.grown_stories.items():
            click.echo(f"  story {sid} grew by {n}", err=True)

    failed = 0

    def count(report):
        nonlocal failed
        failed += len(report.errors)
        on_cycle(report)

    try:
        watcher.run(interval, cycles=cycles, on_cycle=count)
    except KeyboardInterrupt:
        click.echo("marsad watch: stopped", err=True)
    if failed:  # as fetch: exit 3 when any feed or page failed during the run
        sys.exit(EXIT_INPUT_ERRORS)


def _register_commands() -> None:
    from marsad.commands import COMMANDS as store_commands

    for command in store_commands:
        cli.add_command(command)


_register_commands()


def main() -> None:
    cli(prog_name="marsad")


if __name__ == "__main__":
    main()
