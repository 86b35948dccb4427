"""rj backup, rj doctor, rj encrypt and rj decrypt: looking after the journal file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from resilience_journal import messages
from resilience_journal.cli.app import JsonOpt, app, ask_passphrase, json_out, now, say, state
from resilience_journal.errors import JournalError
from resilience_journal.textsafe import safe


def _existing_journal(ctx: typer.Context) -> Path:
    path = state(ctx).paths().db
    if not path.is_file():
        raise JournalError(messages.no_journal_yet(str(path)))
    return path


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

    _existing_journal(ctx)
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
    say(messages.backed_up(str(made.path), size, len(made.removed)))


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
        json_out({
            "journal": str(paths.db),
            "exists": conn is not None,
            "ok": healthy,
            "backup": str(backup_path) if backup_path else None,
            "checks": [check.to_json() for check in checks],
        })  # fmt: skip
    else:
        lines = [messages.doctor_heading(str(paths.db), conn is not None)]
        if backup_path:
            lines.append(messages.doctor_backup(str(backup_path)))
        for check in checks:
            lines.append(messages.doctor_line(check.name, check.ok, check.fixed, check.detail))
            if not (check.ok or check.fixed) and check.fix:
                lines.append(f"    {check.fix}")
        lines.append(messages.DOCTOR_WELL if healthy else messages.DOCTOR_ATTENTION)
        typer.echo(safe("\n".join(lines)))
    if not healthy:
        raise typer.Exit(1)


@app.command()
def encrypt(ctx: typer.Context) -> None:
    """Encrypt the journal with a passphrase (needs the encryption extra).

    The passphrase is asked on the terminal (or read from RJ_PASSPHRASE) and never stored.
    A lost passphrase means a lost journal: nobody can open it without one.
    """
    from resilience_journal.store import JournalStore, files

    path = _existing_journal(ctx)
    if files.looks_encrypted(path):
        raise JournalError(messages.already_encrypted(str(path)))
    files.sqlcipher()
    JournalStore(path).close()  # a journal, up to date, before anything is rewritten
    say(messages.BEFORE_ENCRYPTING)
    passphrase = ask_passphrase("New passphrase", confirm=True)
    files.convert(path, None, passphrase)
    say(messages.ENCRYPTED)
    made = files.backups(path) + files.upgrade_backups(path)
    plain = [p for p in made if not files.looks_encrypted(p)]
    if plain:
        say(messages.plain_backups_left(len(plain), str(files.backups_folder(path))))


@app.command()
def decrypt(ctx: typer.Context) -> None:
    """Turn an encrypted journal back into a plain one (asks for its passphrase)."""
    from resilience_journal.store import files

    path = _existing_journal(ctx)
    if not files.looks_encrypted(path):
        raise JournalError(messages.not_encrypted(str(path)))
    files.sqlcipher()
    passphrase = ask_passphrase(f"Passphrase for {path}")
    files.convert(path, passphrase, None)
    say(messages.DECRYPTED)
