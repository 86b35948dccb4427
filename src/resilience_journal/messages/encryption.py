"""What `rj encrypt` and `rj decrypt` say."""

from __future__ import annotations

from resilience_journal.messages.common import plural


def already_encrypted(path: str) -> str:
    return f"The journal at {path} is already encrypted."


def not_encrypted(path: str) -> str:
    return f"The journal at {path} is not encrypted."


def needs_extra(install: str) -> str:
    return (
        "This journal is encrypted, or is not a journal. Opening an encrypted journal "
        f"needs the encryption extra: {install}."
    )


def wrong_passphrase(path: str) -> str:
    return (
        f"That passphrase does not open the journal at {path} (or the file is damaged, "
        "or not a journal)."
    )


ENCRYPTED = (
    "The journal is encrypted. rj asks for the passphrase each time it opens it (or reads "
    "RJ_PASSPHRASE). Keep the passphrase somewhere safe: without it the journal cannot be "
    "opened by anyone, you included."
)
BEFORE_ENCRYPTING = (
    "Choose a passphrase you will remember: nobody can open the journal without it, you "
    "included. A few unrelated words are strong and easy to keep."
)
ENCRYPTING = "Encrypting the journal"  # shown while it is rewritten, on a terminal
DECRYPTING = "Decrypting the journal"
DECRYPTED = "The journal is no longer encrypted: anyone who can read the file can read it."


def plain_backups_left(count: int, folder: str) -> str:
    them = "them" if count != 1 else "it"
    return (
        f"{plural(count, 'earlier backup')} in {folder} "
        f"{'are' if count != 1 else 'is'} not encrypted: anyone who can read {them} can read "
        f"the journal as it was then. Remove {them} if that matters to you (`rj doctor` "
        "lists them)."
    )


NEW_PASSPHRASE = "New passphrase"  # asked on the terminal, followed by a colon
PASSPHRASE_AGAIN = "The same passphrase again: "


def passphrase_for(path: str) -> str:
    return f"Passphrase for {path}"


NO_PASSPHRASE = "No passphrase given. Nothing was changed."
PASSPHRASES_DIFFER = "The two passphrases differ. Nothing was changed."


def needs_passphrase(variable: str, damaged_hint: bool) -> str:
    what = "The journal is encrypted (or its file is damaged), so this" if damaged_hint else "This"
    return (
        f"{what} needs a passphrase: run it in a terminal, or set {variable}. Nothing was changed."
    )
