"""What the entry commands say: list, show, delete, restore and the trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


TRASH_EMPTY = "The trash is empty."
TRASH_HINT = "`rj restore ID` brings an entry back. `rj trash --empty` destroys them for good."
EMPTY_NEEDS_YES = "Emptying the trash destroys entries for good; add --yes to do it from a script."
NOTHING_DESTROYED = "Nothing was destroyed; the trash is as it was."
NO_ENTRIES_YET = "No entries yet. `rj write` starts one, whenever you are ready."
NO_ENTRIES_MATCH = "No entries match that. `rj list` with no filters shows them all."


def bad_entry_id(text: str) -> str:
    return f"An entry id is a number, like 12; got {text!r}."


def no_entry(entry_id: int) -> str:
    return f"There is no entry {entry_id}. `rj list` shows the ids."


def in_trash(entry_id: int) -> str:
    return f"Entry {entry_id} is in the trash. `rj restore {entry_id}` brings it back."


def moved_to_trash(entry_id: int) -> str:
    return f"Moved entry {entry_id} to the trash. `rj restore {entry_id}` brings it back."


def restored(entry_id: int) -> str:
    return f"Restored entry {entry_id}."


def _records(entries: int, wins: int) -> str:
    parts = []
    if entries:
        parts.append(f"{entries} {'entry' if entries == 1 else 'entries'}")
    if wins:
        parts.append(f"{wins} {'win' if wins == 1 else 'wins'}")
    return " and ".join(parts) or "nothing"


def confirm_empty(entries: int, wins: int = 0) -> str:
    return f"Destroy {_records(entries, wins)} in the trash for good? This cannot be undone."


def destroyed(entries: int, wins: int = 0) -> str:
    return f"Destroyed {_records(entries, wins)} from the trash."
