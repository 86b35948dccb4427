"""Taking the journal anywhere and bringing one in: export and import."""

from __future__ import annotations

import gc
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.options import SinceOpt, UntilOpt, day_range
from resilience_journal.cli.state import state
from resilience_journal.messages import exchange as words

app = commands()

# A progress bar appears on a terminal from this many records written.
PROGRESS_FROM = 300


class Format(StrEnum):
    markdown = "markdown"
    json = "json"


class Kind(StrEnum):
    entry = "entry"
    review = "review"
    all = "all"


class Source(StrEnum):
    json = "json"
    jrnl = "jrnl"


@app.command("export")
def export(
    ctx: typer.Context,
    to_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="markdown to read and share; json keeps everything, for rj import.",
        ),
    ] = Format.markdown,
    since: SinceOpt = None,
    until: UntilOpt = None,
    kind: Annotated[
        Kind,
        typer.Option(
            help="entry: entries and wins; review: weekly reviews; all: both.",
        ),
    ] = Kind.all,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (readable only by you).",
            show_default=False,
            dir_okay=False,
        ),
    ] = None,
    split: Annotated[
        Path | None,
        typer.Option(
            "--split",
            metavar="DIR",
            show_default=False,
            file_okay=False,
            help="One markdown file per day in DIR, with YAML front matter (a notes vault). "
            "Running it again updates them; files rj did not write are left alone.",
        ),
    ] = None,
) -> None:
    """Export the journal as markdown or JSON, to standard output unless -o or --split.

    JSON is the complete copy (the trash, archived values, every uuid and time) that `rj import`
    reads back; markdown holds what is not in the trash, a heading per day.
    """
    from resilience_journal import export as exporting

    if output is not None and split is not None:
        raise typer.BadParameter(words.OUT_AND_SPLIT, param_hint="'--split'")
    if split is not None and to_format is Format.json:
        raise typer.BadParameter(words.SPLIT_NEEDS_MARKDOWN, param_hint="'--split'")
    if output is not None and not output.parent.is_dir():
        fail(words.no_folder(str(output.parent)))
    journal = state(ctx).journal(create=False)
    if journal.store.passphrase is not None:
        say(words.EXPORT_NOT_ENCRYPTED)
    if output is not None and _is_journal_file(output, journal.store.path):
        fail(words.EXPORT_OVER_JOURNAL)
    today = journal.today(now())
    first, last = day_range(since, until, today)
    selection = exporting.Selection(
        since=first and first.isoformat(), until=last and last.isoformat(), kind=kind.value
    )
    # An export makes a few hundred thousand short-lived strings and dicts, and no cycles:
    # the cycle collector would only slow it down (by about a tenth at 100k entries).
    gc.disable()
    try:
        _export(ctx, journal, selection, to_format, output, split)
    finally:
        gc.enable()


def _is_journal_file(output: Path, journal: Path) -> bool:
    names = {
        journal.resolve(),
        *(journal.resolve().with_name(journal.name + end) for end in ("-wal", "-shm")),
    }
    return output.resolve() in names


def _export(
    ctx: Any,
    journal: Any,
    selection: Any,
    to_format: Format,
    output: Path | None,
    split: Path | None,
) -> None:
    from resilience_journal import export as exporting

    total = exporting.count(journal.store, selection, deleted=to_format is Format.json)
    from resilience_journal.render import exchange as view

    # To a terminal, the export itself shows how far it has got: no bar over it.
    on_screen = output is None and split is None and sys.stdout.isatty()
    least = total + 1 if on_screen else PROGRESS_FROM
    with view.progress(total, "Exporting", least=least) as advance:
        if to_format is Format.json:
            chunks = exporting.json_chunks(journal.store, selection, advance)
        else:
            markdown = _markdown(ctx, journal)
            if split is not None:
                result = exporting.split(journal.store, selection, split, markdown, advance)
                for line in words.split_done(result, str(split)):
                    say(line)
                return
            chunks = markdown.document(journal.store, selection, advance)
        if output is None:
            _to_stdout(chunks)
            return
        from resilience_journal.paths import private_writer

        # A 1 MiB buffer: a 150 MB export is written in half the time of the default 8 KiB.
        with private_writer(output, buffering=1 << 20) as handle:
            handle.writelines(chunks)
    say(words.exported(total, str(output)))


def _markdown(ctx: typer.Context, journal: Any) -> Any:
    """The markdown renderer, with prompts' words from the library when it has them."""
    from resilience_journal.cli.prompting import library
    from resilience_journal.export import Markdown

    prompts = library(state(ctx))

    def prompt_text(prompt_id: str) -> str | None:
        found = prompts.prompts.get(prompt_id)  # a pack no longer here: its id is shown
        return found.text if found else None

    settings = journal.settings
    return Markdown(prompt_text, settings.week_starts_on, settings.day_start)


def _to_stdout(chunks: Any) -> None:
    """Write to standard output; a reader that stops early (`| head`) ends it quietly."""
    try:
        batch: list[str] = []
        size = 0
        for chunk in chunks:  # a megabyte at a time: far fewer writes to the pipe
            batch.append(chunk)
            size += len(chunk)
            if size > 1 << 20:
                sys.stdout.write("".join(batch))
                batch, size = [], 0
        sys.stdout.write("".join(batch))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="A JSON export from rj export or from jrnl; - reads stdin."
        ),
    ],
    source: Annotated[
        Source | None,
        typer.Option(
            "--from",
            help="What made the file: json (rj export) or jrnl. Found by itself if left out.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be added; write nothing.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import a journal: rj's own JSON export, or jrnl's (jrnl --format json).

    Records already in the journal are skipped, so importing twice adds nothing. The file is
    checked whole first: if any record is wrong, nothing is imported.
    """
    from resilience_journal import importing

    name = "standard input" if file == "-" else file
    text = _read(file, name)
    found, data = importing.load(text, source.value if source else None, name)
    current = state(ctx)
    if current.paths().db.exists():
        journal = current.journal()
        planned = importing.plan(found, data, journal.store, now())
    else:  # checked against an empty journal first: a refused file or a dry run makes none
        planned = _plan_for_new_journal(found, data)
        journal = None if dry_run else current.journal()
    added, already = planned.added(), planned.already
    from resilience_journal.render import exchange as view
    from resilience_journal.render.common import print_to

    if dry_run:
        if not as_json and planned.records:
            print_to(view.import_preview(planned.entries, planned.wins))
    else:
        with view.progress(planned.records, "Importing", least=PROGRESS_FROM) as advance:
            importing.apply(journal.store, planned, advance)
    if as_json:
        json_out({"source": found, "dry_run": dry_run, "added": added, "already_here": already})
    say(words.imported(added, already, name, dry_run))


def _plan_for_new_journal(found: str, data: Any) -> Any:
    import tempfile

    from resilience_journal import importing
    from resilience_journal.store import JournalStore

    with tempfile.TemporaryDirectory() as folder:
        store = JournalStore(Path(folder) / "empty.db")
        try:
            return importing.plan(found, data, store, now())
        finally:
            store.close()


def _read(file: str, name: str) -> str:
    """The file's text; a file that is not UTF-8 is refused whole."""
    from resilience_journal.errors import JournalError

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except FileNotFoundError:
        raise JournalError(f"There is no file at {file}. Nothing was imported.") from None
    except IsADirectoryError:
        raise JournalError(
            f"{file} is a folder; import needs a file. Nothing was imported."
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JournalError(f"{name} is not UTF-8 text. Nothing was imported.") from None
