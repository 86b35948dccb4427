"""rj backup: a consistent copy of the journal, even while it is in use."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
    from resilience_journal import care

    state(ctx).existing_journal()
    current = state(ctx)
    journal = current.journal(create=False)
    made = care.backup(
        journal.store,
        now(),
        current.settings().keep_backups,
        Path(target).expanduser() if target else None,
        as_folder=bool(target) and target.endswith(("/", "\\")),
    )
    size = made.path.stat().st_size
    if as_json:
        json_out({"path": str(made.path), "bytes": size, "removed": [str(p) for p in made.removed]})
        return
    say(words.backed_up(str(made.path), size, len(made.removed)))
