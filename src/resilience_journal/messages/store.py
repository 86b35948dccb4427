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
