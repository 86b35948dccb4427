"""rj import: rj's own JSON export or jrnl's, read as it streams, or jrnl's plain-text journal
or Day One's, read whole; written in one transaction: a file found wrong anywhere leaves
nothing written, and no new journal: a new one is built aside and put in place only when
the import is whole (exchange.importing.new_journal)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.progress import PROGRESS_BYTES, progress
from resilience_journal.cli.signals import stopped_as_by_ctrl_c
from resilience_journal.cli.state import state
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.exchange import importing
from resilience_journal.exchange.importing.others import other_stream
from resilience_journal.messages import common as common_words
from resilience_journal.messages import exchange as words
from resilience_journal.messages.common import NOTHING_IMPORTED
from resilience_journal.store import JournalStore

app = commands()
# From this size a file is written the bulk way (store/importing.py): about 500 entries.
BULK_BYTES = 256 * 1024


class Source(StrEnum):
    json = "json"
    jrnl = "jrnl"
    jrnl_txt = "jrnl-txt"
    dayone = "dayone"


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A JSON export from rj export or jrnl, a jrnl journal file, or Day One's "
            "export (Journal.json or its zip); - reads stdin.",
        ),
    ],
    source: Annotated[
        Source | None,
        typer.Option(
            "--from",
            help="What made the file: json (rj export), jrnl (its JSON export), jrnl-txt (a "
            "jrnl journal file) or dayone. Found by itself if left out.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be added; write nothing.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Refuse the whole file for an empty entry or one dated in the future,"
            " instead of leaving it out and naming its day.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import a journal: rj's own JSON export, jrnl's, or Day One's.

    jrnl's is its JSON export (jrnl --format json) or the journal file itself; Day One's is
    Journal.json or the zip that holds it (photos and other media are counted, not kept).

    Records already in the journal are skipped, so importing twice adds nothing. The file is
    read as it streams and written in one transaction: if any record is wrong, nothing is
    imported. An empty entry, or one dated in the future, is left out and its day named
    (--strict refuses the file instead).
    """
    name = words.STANDARD_INPUT if file == "-" else file
    current = state(ctx)
    path = current.paths().db
    existed = path.exists()
    if not existed and current.db_option and not path.parent.is_dir():
        raise SaidInFull(common_words.no_folder_for_journal(path.parent))
    with _open(file) as opened:
        given = source.value if source else None
        stream, other = other_stream(opened, given, name)
        if other is not None:  # Day One's or jrnl's plain text, given back as jrnl's JSON
            given = "jrnl"
        seekable = stream.seekable()
        size = stream.seek(0, os.SEEK_END) if seekable else 0
        if seekable:
            stream.seek(0)
        day_start = current.settings().day_start  # a journaling day, as `rj write` counts it

        def into(store: JournalStore, write: bool) -> tuple[str, importing.Plan]:
            return importing.run(
                stream,
                name,
                given,
                store,
                now(),
                write=write,
                strict=strict,
                seekable=seekable,
                bulk=size >= BULK_BYTES or not seekable,
                advance=advance,
                day_start=day_start,
            )

        with progress(size, words.READING, PROGRESS_BYTES, then=words.INDEXING) as advance:
            if existed:
                found, planned = into(current.journal().store, write=not dry_run)
            elif dry_run:  # checked against an empty journal: none is made
                found, planned = importing.dry_run_new(
                    stream, name, given, now(), strict, advance, day_start
                )
            else:  # a new journal, put in place only when this import added something
                with stopped_as_by_ctrl_c(), importing.new_journal(path) as new:
                    found, planned = into(new.store, write=True)
                    new.keep = any(planned.added().values())
    added, already = planned.added(), planned.already
    if dry_run and not as_json and planned.records:
        _preview(planned)
    if as_json:
        json_out(
            {
                "source": other.source if other else found,
                "dry_run": dry_run,
                "added": added,
                "already_here": already,
                "left_out": planned.skipped,
                "copies_merged": planned.merged,
                "tags_joined": [
                    {"written": spellings, "kept_as": tag}
                    for spellings, tag in planned.tags_joined()
                ],
            }
            | ({"not_brought_in": other.media.to_json()} if other else {})
        )
    say(words.imported(added, already, name, dry_run))
    for line in other.notes if other and any(added.values()) else ():
        say(line)
    for line in words.import_notes(planned.skipped, planned.merged, planned.tags_joined()):
        say(line)


def _preview(planned: importing.Plan) -> None:
    # deferred: Rich costs ~40 ms; only a dry run shows what it would add
    from resilience_journal.render import exchange as view
    from resilience_journal.render.common import print_to  # deferred: Rich, as above

    entries, wins, total = planned.first()
    print_to(view.import_preview(entries, wins, total))


@contextmanager
def _open(file: str) -> Iterator[IO[bytes]]:
    """The file, or standard input for -, to read as bytes."""
    if file == "-":
        yield sys.stdin.buffer
        return
    try:
        stream = Path(file).open("rb")
    except FileNotFoundError:
        raise JournalError(words.no_file(file), outcome=NOTHING_IMPORTED) from None
    except IsADirectoryError:
        raise JournalError(words.is_a_folder(file), outcome=NOTHING_IMPORTED) from None
    with stream:
        yield stream
