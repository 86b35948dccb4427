"""rj doctor: check the journal file, and mend what can be mended."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.state import state
from resilience_journal.doctor import examine, salvage
from resilience_journal.messages import doctor as words
from resilience_journal.messages import locks as lock_words
from resilience_journal.store import lock
from resilience_journal.text import safe

app = commands()


@app.command()
def doctor(
    ctx: typer.Context,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="Repair what can be repaired safely, after a backup."),
    ] = False,
    rescue: Annotated[
        bool,
        typer.Option(
            "--salvage",
            help="Copy what can still be read of a damaged journal into a new one beside it.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check the journal: the file is whole, private to you, up to date, its search index in
    step and its links sound. Each problem comes with how to fix it.

    Exit code 0 when all is well (or was fixed), 1 when something still needs attention.
    With --salvage, the damaged journal is only read: every entry, win and record that can
    still be read goes into a new journal file beside it.
    """
    current = state(ctx)
    paths = current.paths()
    if paths.db.is_file():  # an encrypt or decrypt under way is waited for, as elsewhere
        lock.shared(paths.db, waiting=lambda: say(lock_words.WAITING_FOR_CONVERT))
    passphrase = current.passphrase(paths.db) if paths.db.is_file() else None
    if rescue:
        saved = salvage(paths, passphrase, now())
        if as_json:
            json_out(saved.to_json())
        else:
            say(words.salvaged(str(saved.path), saved.entries, saved.wins))
        return
    report = examine(paths, passphrase, fix, now())
    if as_json:
        json_out(report.to_json())
    else:
        lines = [words.doctor_heading(str(report.journal), report.exists)]
        if report.backup:
            lines.append(words.doctor_backup(str(report.backup)))
        for check in report.checks:
            lines.append(words.doctor_line(check.name, check.ok, check.fixed, check.detail))
            if not (check.ok or check.fixed) and check.fix:
                lines.append(words.doctor_fix(check.fix))
        lines.append(words.DOCTOR_WELL if report.healthy else words.DOCTOR_ATTENTION)
        typer.echo(safe("\n".join(lines)))
    if not report.healthy:
        raise typer.Exit(1)
