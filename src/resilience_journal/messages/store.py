"""What the journal file says when it cannot be opened or written as asked."""

from __future__ import annotations

from pathlib import Path

BAD_SEARCH = "That search could not be read. Try plain words."


def is_a_folder(path: Path) -> str:
    return f"{path} is a folder; --db needs the path of a journal file."


def permission_denied(path: Path) -> str:
    return f"Permission denied: {path}. Nothing was changed; check the path."


def newer_journal(path: Path) -> str:
    return (
        f"This journal was made by a newer version of Resilience Journal: {path}. "
        "Please update rj to open it; nothing was changed."
    )


def upgrade_read_only(path: Path) -> str:
    return (
        f"This journal needs an upgrade, and it is read-only for you: {path}. "
        "Nothing was changed; open it once where it can be written."
    )


def read_only(path: Path) -> str:
    return (
        f"This journal is read-only for you: {path}. Reading works; to save, make the file "
        "and its folder writable (`rj doctor` checks them). Nothing was changed."
    )


def path_refused(reason: str, path: Path) -> str:
    return f"{reason}: {path}. Nothing was changed; check the path."


def _copies_in(backups: Path | None) -> str:
    if backups is None:
        return "put back a copy you keep elsewhere"
    return f"put back a copy from {backups}"


def empty_journal_file(path: Path, backups: Path | None) -> str:
    """A journal file of 0 bytes, met by a command that only reads or changes what is
    there (`backups`: the folder of rj's backups, when there is one)."""
    return (
        f"The journal file is empty (0 bytes): {path}. Nothing was changed. If it held your "
        f"entries, a sync or backup tool may have emptied it: {_copies_in(backups)}."
    )


def empty_journal_started(path: Path, backups: Path | None) -> str:
    """A journal file of 0 bytes that a writing command has just made a new journal."""
    return (
        f"The journal file was empty (0 bytes), so it is now a new journal: {path}. If it held "
        f"your entries, a sync or backup tool may have emptied it: {_copies_in(backups)}."
    )
