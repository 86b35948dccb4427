"""The words of export's safety: a folder of days that another journal (or none) wrote,
what `--prune` removes, and a file written through a link."""

from __future__ import annotations

from resilience_journal.messages.common import plural

PRUNE_NEEDS_SPLIT = "--prune goes with --split DIR: it removes day files from that folder."


def another_journals_folder(folder: str) -> str:
    return (
        f"{folder} holds days that another journal exported. Nothing was exported or removed. "
        "To export this journal there and remove the days it does not hold, add --prune."
    )


def nothing_to_export_over(count: int, folder: str) -> str:
    return (
        f"This export holds no days, and {folder} holds {plural(count, 'day')} rj wrote "
        "earlier. Nothing was removed. To remove them, add --prune."
    )


def removed(name: str) -> str:
    """One line a file `--split` removed."""
    return f"Removed {name}: nothing is left on that day."
