"""rj import: rj's own JSON export, jrnl's (JSON or its plain-text journal) or Day One's,
checked whole before anything is written."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.progress import PROGRESS_FROM, progress
from resilience_journal.cli.state import state
from resilience_journal.errors import JournalError
from resilience_journal.exchange import importing
from resilience_journal.exchange.importing.others import read_other
from resilience_journal.journal import Journal
from resilience_journal.messages import exchange as words
from resilience_journal.messages.common import NOTHING_IMPORTED

app = commands()


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
    as_json: JsonOpt = False,
) -> None:
    """Import a journal: rj's own JSON export, jrnl's, or Day One's.

    jrnl's is its JSON export (jrnl --format json) or the journal file itself; Day One's is
    Journal.json or the zip that holds it (photos and other media are counted, not kept).

    Records already in the journal are skipped, so importing twice adds nothing. The file is
    checked whole first: if any record is wrong, nothing is imported.
    """
    name = words.STANDARD_INPUT if file == "-" else file
    raw = _read(file)
    other = read_other(raw, source.value if source else None, name)
    if other is not None:  # Day One's or jrnl's plain text, shaped as jrnl's JSON
        found, data = other.source, other.data
    else:
        found, data = importing.load(
            importing.decode(raw, name), source.value if source else None, name
        )
    current = state(ctx)
    journal: Journal | None = None
    if current.paths().db.exists():
        journal = current.journal()
        planned = importing.plan(found, data, journal.store, now())
    else:  # checked against an empty journal first: a refused file or a dry run makes none
        planned = importing.plan_for_new_journal(found, data, now())
        if not dry_run:
            journal = current.journal()
    added, already = planned.added(), planned.already
    if dry_run:
        if not as_json and planned.records:
            _preview(planned)
    elif journal is not None:
        with progress(planned.records, words.IMPORTING, PROGRESS_FROM) as advance:
            importing.apply(journal.store, planned, advance)
    if as_json:
        said = {"source": found, "dry_run": dry_run, "added": added, "already_here": already}
        json_out(said | ({"not_brought_in": other.media.to_json()} if other else {}))
    say(words.imported(added, already, name, dry_run))
    for line in other.notes if other and any(added.values()) else ():
        say(line)


def _preview(planned: importing.Plan) -> None:
    # deferred: Rich costs ~40 ms; only a dry run shows what it would add
    from resilience_journal.render import exchange as view
    from resilience_journal.render.common import print_to  # deferred: Rich, as above

    print_to(view.import_preview(planned.entries, planned.wins))


def _read(file: str) -> bytes:
    """The file's bytes, or standard input's for -."""
    try:
        return sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except FileNotFoundError:
        raise JournalError(words.no_file(file), outcome=NOTHING_IMPORTED) from None
    except IsADirectoryError:
        raise JournalError(words.is_a_folder(file), outcome=NOTHING_IMPORTED) from None
