"""What `rj backup` says."""

from __future__ import annotations

from resilience_journal.messages.common import plural


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KiB"


def backed_up(path: str, size: int, removed: int) -> str:
    older = ""
    if removed:
        older = f" Removed {plural(removed, 'older backup')}, as backups_keep asks."
    return f"Backed up the journal to {path} ({_size(size)}).{older}"


def no_folder(folder: object) -> str:
    return f"The folder {folder} does not exist."


def would_write_over(target: object) -> str:
    return f"{target} already exists; rj never writes over a file."


OVER_THE_JOURNAL = "A backup cannot be written over the journal itself."


def damaged_journal(journal: str) -> str:
    return (
        f"{journal} is damaged, so no backup was made and your earlier backups are kept as "
        "they are. `rj doctor` says what can be done."
    )
