"""rj backup: a consistent copy of the journal, even while it is in use."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.backup import backup as make_backup
from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.state import state
from resilience_journal.messages import backup as words

app = commands()


@app.command()
def backup(
    ctx: typer.Context,
    target: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            help="A folder, or a new file name. Default: the backups folder next to the journal.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Make a consistent copy of the journal, even while it is in use.

    With no PATH the copy goes into the `backups` folder next to the journal, and only the
    newest few are kept (the backups_keep setting, 10 by default). A backup of an encrypted
    journal is encrypted with the same passphrase.
    """
    current = state(ctx)
    current.existing_journal()
    journal = current.journal(create=False)
    made = make_backup(journal.store, now(), current.settings().keep_backups, target)
    if as_json:
        json_out(made.to_json())
        return
    say(words.backed_up(str(made.path), made.size, len(made.removed)))
