"""rj doctor: check the journal file, and mend what can be mended."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.state import state
from resilience_journal.messages import doctor as words
from resilience_journal.text import safe

app = commands()


@app.command()
def doctor(
    ctx: typer.Context,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="Repair what can be repaired safely, after a backup."),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check the journal: the file is whole, private to you, up to date, its search index in
    step and its links sound. Each problem comes with how to fix it.

    Exit code 0 when all is well (or was fixed), 1 when something still needs attention.
    """
    from resilience_journal import care
    from resilience_journal.store import files

    current = state(ctx)
    paths = current.paths()
    conn = None
    backup_path = None
    passphrase = None
    if paths.db.is_file():
        passphrase = current.passphrase(paths.db)
        # Read-write when it can be (the search index check is a statement that writes, then
        # rolled back), but nothing is changed unless --fix.
        conn = files.connect(paths.db, not files.writable(paths.db), passphrase)
        if fix:
            backup_path = files.backup_path(paths.db, now())
            backup_path.parent.mkdir(mode=0o700, exist_ok=True)
            files.copy_to(conn, backup_path, passphrase)
    try:
        checks = care.diagnose(paths, conn, fix=fix, encrypted=passphrase is not None)
    finally:
        if conn is not None:
            conn.close()
    healthy = all(check.ok or check.fixed for check in checks)
    if as_json:
        json_out(
            {
                "journal": str(paths.db),
                "exists": conn is not None,
                "ok": healthy,
                "backup": str(backup_path) if backup_path else None,
                "checks": [check.to_json() for check in checks],
            }
        )
    else:
        lines = [words.doctor_heading(str(paths.db), conn is not None)]
        if backup_path:
            lines.append(words.doctor_backup(str(backup_path)))
        for check in checks:
            lines.append(words.doctor_line(check.name, check.ok, check.fixed, check.detail))
            if not (check.ok or check.fixed) and check.fix:
                lines.append(f"    {check.fix}")
        lines.append(words.DOCTOR_WELL if healthy else words.DOCTOR_ATTENTION)
        typer.echo(safe("\n".join(lines)))
    if not healthy:
        raise typer.Exit(1)
