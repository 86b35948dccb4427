"""What `rj encrypt` and `rj decrypt` say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def already_encrypted(path: str) -> str:
    return f"The journal at {path} is already encrypted. Nothing was changed."


def not_encrypted(path: str) -> str:
    return f"The journal at {path} is not encrypted. Nothing was changed."


ENCRYPTED = (
    "The journal is encrypted. rj asks for the passphrase each time it opens it (or reads "
    "RJ_PASSPHRASE). Keep the passphrase somewhere safe: without it the journal cannot be "
    "opened by anyone, you included."
)
BEFORE_ENCRYPTING = (
    "Choose a passphrase you will remember: nobody can open the journal without it, you "
    "included. A few unrelated words are strong and easy to keep."
)
DECRYPTED = "The journal is no longer encrypted: anyone who can read the file can read it."


def plain_backups_left(count: int, folder: str) -> str:
    them = "them" if count != 1 else "it"
    return (
        f"{count} earlier backup{'s' if count != 1 else ''} in {folder} "
        f"{'are' if count != 1 else 'is'} not encrypted: anyone who can read {them} can read "
        f"the journal as it was then. Remove {them} if that matters to you (`rj doctor` "
        "lists them)."
    )


NO_PASSPHRASE = "No passphrase given. Nothing was changed."
PASSPHRASES_DIFFER = "The two passphrases differ. Nothing was changed."


def needs_passphrase(variable: str, damaged_hint: bool) -> str:
    what = "The journal is encrypted (or its file is damaged), so this" if damaged_hint else "This"
    return (
        f"{what} needs a passphrase: run it in a terminal, or set {variable}. Nothing was changed."
    )
