"""rj encrypt and rj decrypt (with the optional encryption extra)."""

from __future__ import annotations

from pathlib import Path

import typer

from resilience_journal.cli.app import commands, say
from resilience_journal.cli.commands import COMMANDS
from resilience_journal.cli.progress import working
from resilience_journal.cli.state import ask_passphrase, state
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.messages import encryption as words
from resilience_journal.messages import locks as lock_words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.store import JournalStore, files, lock

app = commands()


@app.command()
def encrypt(ctx: typer.Context) -> None:
    """Encrypt the journal with a passphrase (needs the encryption extra).

    The passphrase is asked on the terminal (or read from RJ_PASSPHRASE) and never stored.
    A lost passphrase means a lost journal: nobody can open it without one.
    """
    path = _alone(ctx, "encrypt")
    if files.looks_encrypted(path):
        raise JournalError(words.already_encrypted(str(path)), outcome=NOTHING_CHANGED)
    files.sqlcipher()
    JournalStore(path).close()  # a journal, up to date, before anything is rewritten
    say(words.BEFORE_ENCRYPTING)
    passphrase = ask_passphrase(words.NEW_PASSPHRASE, confirm=True)
    with working(words.ENCRYPTING):
        files.convert(path, None, passphrase)
    say(words.ENCRYPTED)
    if plain := files.plain_backups(path):
        say(words.plain_backups_left(len(plain), str(files.backups_folder(path))))


@app.command()
def decrypt(ctx: typer.Context) -> None:
    """Turn an encrypted journal back into a plain one (asks for its passphrase)."""
    path = _alone(ctx, "decrypt")
    if not files.looks_encrypted(path):
        raise JournalError(words.not_encrypted(str(path)), outcome=NOTHING_CHANGED)
    files.sqlcipher()
    passphrase = ask_passphrase(words.passphrase_for(str(path)))
    with working(words.DECRYPTING):
        files.convert(path, passphrase, None)
    say(words.DECRYPTED)


def _alone(ctx: typer.Context, command: str) -> Path:
    """The journal, held exclusively for the rest of this command: no other rj window has
    it open (one waiting on the editor included), and none opens it until this is done."""
    path = state(ctx).existing_journal()
    if not lock.exclusive(path):
        raise SaidInFull(lock_words.other_window_open(command, _open_windows(path)))
    return path


def _open_windows(path: Path) -> list[tuple[str, int]]:
    """The other rj commands that hold the journal, by name and process id. Only a name from
    rj's own table of commands is shown, never the rest of a command line (which may hold
    a person's words: `rj write "…"`)."""
    found = []
    for pid, argv in lock.holders(path):
        name = next((arg for arg in argv[1:] if arg in COMMANDS), None)
        if name is not None:
            found.append((name, pid))
    return found
