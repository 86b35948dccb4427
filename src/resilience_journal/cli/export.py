"""rj export: the journal as markdown or JSON (or jrnl's plain text, or CSV), to standard
output, a file, or a folder of days. On a terminal, jrnl's text and CSV show a person's
control characters as visible symbols (text.safe), as markdown does; a file or a pipe gets
them byte for byte."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from resilience_journal.cli.app import commands, now, say
from resilience_journal.cli.options import NoPagerOpt, SinceOpt, UntilOpt
from resilience_journal.cli.output import paging
from resilience_journal.cli.progress import PROGRESS_FROM, progress
from resilience_journal.cli.state import state
from resilience_journal.entries import day_range
from resilience_journal.errors import JournalError
from resilience_journal.exchange.document import Markdown
from resilience_journal.exchange.export import (
    Advance,
    Selection,
    count,
    is_journal_file,
    json_chunks,
)
from resilience_journal.exchange.others import EXPORTS, other_chunks, other_count
from resilience_journal.exchange.split import split as split_days
from resilience_journal.journal import Journal
from resilience_journal.messages import exchange as words
from resilience_journal.messages import export_safety as safety_words
from resilience_journal.messages import formats as format_words
from resilience_journal.messages.common import NOTHING_EXPORTED
from resilience_journal.paths import dangling_link, is_link_loop, made_private, private_writer
from resilience_journal.render.pager import paged
from resilience_journal.text import safe

app = commands()


class Format(StrEnum):
    markdown = "markdown"
    json = "json"
    jrnl_txt = "jrnl-txt"
    csv = "csv"
    csv_wins = "csv-wins"


class Kind(StrEnum):
    entry = "entry"
    review = "review"
    all = "all"


@app.command("export")
def export(
    ctx: typer.Context,
    to_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="markdown to read and share; json keeps everything, for rj import; jrnl-txt, "
            "a jrnl journal file; csv, entries for a spreadsheet; csv-wins, small wins.",
        ),
    ] = Format.markdown,
    since: SinceOpt = None,
    until: UntilOpt = None,
    kind: Annotated[
        Kind,
        typer.Option(
            help="entry: entries, small wins, check-ins, goals and experiments; review: weekly "
            "reviews; all: everything.",
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
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="With --split: remove the days this journal does not hold, even in a folder "
            "another journal wrote, or when the export holds no days. Each is listed.",
        ),
    ] = False,
    adopt: Annotated[
        bool,
        typer.Option(
            "--adopt",
            help="With --split: make a folder another journal wrote this journal's (after "
            "moving machines, say), removing nothing.",
        ),
    ] = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """Export the journal as markdown, JSON, a jrnl journal file or CSV, to standard output
    unless -o or --split.

    JSON is the complete copy (the trash, archived values, every uuid and time) that `rj import`
    reads back; markdown holds what is not in the trash, a heading per day. jrnl-txt is
    jrnl's own journal file; csv and csv-wins are for spreadsheets (a cell that starts with
    = + - or @ gets a ' before it, so it is not run as a formula).
    """
    if output is not None and split is not None:
        raise typer.BadParameter(words.OUT_AND_SPLIT, param_hint="'--split'")
    if prune and split is None:
        raise typer.BadParameter(safety_words.PRUNE_NEEDS_SPLIT, param_hint="'--prune'")
    if adopt and split is None:
        raise typer.BadParameter(safety_words.ADOPT_NEEDS_SPLIT, param_hint="'--adopt'")
    if split is not None and to_format is Format.json:
        raise typer.BadParameter(words.SPLIT_NEEDS_MARKDOWN, param_hint="'--split'")
    if split is not None and to_format.value in EXPORTS:
        hint = format_words.split_needs_markdown(to_format.value)
        raise typer.BadParameter(hint, param_hint="'--split'")
    if output is not None and not output.parent.is_dir():
        raise JournalError(words.no_folder(str(output.parent)), outcome=NOTHING_EXPORTED)
    if output is not None:
        _check_link(output)
    journal = state(ctx).journal(create=False)
    if journal.store.passphrase is not None:
        say(words.EXPORT_NOT_ENCRYPTED)
    if output is not None and is_journal_file(output, journal.store.path):
        raise JournalError(words.EXPORT_OVER_JOURNAL, outcome=NOTHING_EXPORTED)
    first, last = day_range(since, until, journal.today(now()))
    selection = Selection.between(first, last, kind.value)
    # An export makes a few hundred thousand short-lived strings and dicts, and no cycles:
    # the cycle collector would only slow it down (by about a tenth at 100k entries).
    gc.disable()
    try:
        _export(ctx, journal, selection, to_format, output, split, no_pager, (prune, adopt))
    finally:
        gc.enable()


def _export(
    ctx: typer.Context,
    journal: Journal,
    selection: Selection,
    to_format: Format,
    output: Path | None,
    split: Path | None,
    no_pager: bool,
    prune_adopt: tuple[bool, bool] = (False, False),
) -> None:
    if to_format.value in EXPORTS:
        total = other_count(journal.store, selection, to_format.value)
    else:
        total = count(journal.store, selection, deleted=to_format is Format.json)
    # To a terminal, the export itself shows how far it has got: no bar over it.
    on_screen = output is None and split is None and sys.stdout.isatty()
    least = total + 1 if on_screen else PROGRESS_FROM
    with progress(total, words.EXPORTING, least) as advance:
        chunks: Iterable[str]
        if to_format.value in EXPORTS:
            chunks = other_chunks(
                journal.store, selection, to_format.value, advance, journal.settings.day_start
            )
            if on_screen:  # a terminal escape in someone's text is shown, not run
                chunks = map(_for_screen, chunks)
        elif to_format is Format.json:
            chunks = json_chunks(journal.store, selection, advance)
        else:
            markdown = _markdown(ctx, journal)
            if split is not None:
                _split(journal, selection, split, markdown, advance, prune_adopt)
                return
            chunks = markdown.document(journal.store, selection, advance)
        if output is None:
            _to_stdout(chunks, on_screen and paging(ctx, no_pager))
            return
        private = made_private(output)  # a descriptor, a pipe or a device is not
        # A 1 MiB buffer: a 150 MB export is written in half the time of the default 8 KiB.
        with private_writer(output, buffering=1 << 20) as handle:
            handle.writelines(chunks)
    say(words.exported(total, str(output), private=private))


def _split(
    journal: Journal,
    selection: Selection,
    folder: Path,
    markdown: Markdown,
    advance: Advance,
    prune_adopt: tuple[bool, bool],
) -> None:
    """rj export --split: the folder of days, then a line a day removed and what was done."""
    prune, adopt = prune_adopt
    done = split_days(journal.store, selection, folder, markdown, advance, prune=prune, adopt=adopt)
    for name in done.removed_names:
        say(safety_words.removed(name, pruned=done.pruned))
    if done.adopted:
        for line in safety_words.adopted(str(folder), done.kept, named=adopt):
            say(line)
    lines = words.split_done(
        done.written, done.unchanged, done.removed, done.left_alone, str(folder), pruned=done.pruned
    )
    for line in lines:
        say(line)


def _check_link(output: Path) -> None:
    """A link for -o that leads round to itself, or into a folder that is not there: one
    line naming it, as the person typed it."""
    if is_link_loop(output):
        raise JournalError(safety_words.link_loop(str(output)), outcome=NOTHING_EXPORTED)
    target = dangling_link(output)
    if target is not None:
        message = safety_words.link_to_no_folder(str(output), str(target.parent))
        raise JournalError(message, outcome=NOTHING_EXPORTED)


def _markdown(ctx: typer.Context, journal: Journal) -> Markdown:
    """The markdown renderer, with prompts' words from the library when it has them."""
    # deferred: the prompt library (YAML), read only for a markdown export
    from resilience_journal.cli.prompting import library

    prompts = library(state(ctx))

    def prompt_text(prompt_id: str) -> str | None:
        found = prompts.prompts.get(prompt_id)  # a pack no longer here: its id is shown
        return found.text if found else None

    settings = journal.settings
    return Markdown(prompt_text, settings.week_starts_on, settings.day_start)


def _for_screen(chunk: str) -> str:
    """A piece of jrnl's text or CSV for the terminal: control characters made visible (a
    CSV row's ending, \\r\\n, is a line break there)."""
    return safe(chunk.replace("\r\n", "\n"))


def _to_stdout(chunks: Iterable[str], page: bool) -> None:
    """Write to standard output (on a terminal, through the pager when the export is longer
    than the screen). A reader that stops early (`| head`, a pager closed part way) ends the
    command quietly: cli/app.py's reader_may_leave, for every command."""
    with paged(page) as out:
        batch: list[str] = []
        size = 0
        for chunk in chunks:  # a megabyte at a time: far fewer writes to the pipe
            batch.append(chunk)
            size += len(chunk)
            if size > 1 << 20:
                out.write("".join(batch))
                batch, size = [], 0
        out.write("".join(batch))
