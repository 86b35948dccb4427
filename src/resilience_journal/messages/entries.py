"""What the entry commands say: list, show, delete, restore and the trash, and the checks
an entry's options go through."""

from __future__ import annotations

from resilience_journal.messages.common import STILL_IN_FILE, plural

TRASH_EMPTY = "The trash is empty."
TRASH_HINT = "`rj restore ID` brings an entry back. `rj trash --empty` destroys them for good."
EMPTY_NEEDS_YES = "Emptying the trash destroys entries for good; add --yes to do it from a script."
NOTHING_DESTROYED = "Nothing was destroyed; the trash is as it was."
NO_ENTRIES_YET = "No entries yet. `rj write` starts one, whenever you are ready."
NO_ENTRIES_MATCH = "No entries match that. `rj list` with no filters shows them all."
TITLE_ONE_LINE = "A title is a single line."


def bad_entry_id(text: str) -> str:
    return f"An entry id is a number, like 12; got {text!r}."


def bad_mood(text: str) -> str:
    return f"Mood is a whole number from 0 (lowest) to 10 (best); got {text!r}."


def bad_tag(text: str) -> str:
    return (
        "A tag is one word of up to 40 letters, digits, '-', '_', '.' or '/', "
        f"starting with a letter or digit; got {text!r}."
    )


def title_too_long(limit: int, length: int) -> str:
    return f"A title can be up to {limit} characters, not {length}."


def bad_prompt_id(text: str) -> str:
    return (
        f"A prompt id is a short name of letters, digits, '.', '_', '-', ':' or '/'; got {text!r}."
    )


def bad_count(option: str, text: str) -> str:
    return f"{option} takes a whole number of 1 or more; got {text!r}."


def no_entry(entry_id: int) -> str:
    return f"There is no entry {entry_id}. `rj list` shows the ids."


def in_trash(entry_id: int) -> str:
    return f"Entry {entry_id} is in the trash. `rj restore {entry_id}` brings it back."


def not_in_trash(entry_id: int) -> str:
    return f"Entry {entry_id} is not in the trash."


def moved_to_trash(entry_id: int) -> str:
    return f"Moved entry {entry_id} to the trash. `rj restore {entry_id}` brings it back."


def restored(entry_id: int) -> str:
    return f"Restored entry {entry_id}."


def _records(entries: int, wins: int) -> str:
    parts = []
    if entries:
        parts.append(plural(entries, "entry", "entries"))
    if wins:
        parts.append(plural(wins, "win"))
    return " and ".join(parts) or "nothing"


def confirm_empty(entries: int, wins: int = 0) -> str:
    return f"Destroy {_records(entries, wins)} in the trash for good? This cannot be undone."


def destroyed(entries: int, wins: int = 0) -> str:
    return f"Destroyed {_records(entries, wins)} from the trash."


def removed_not_yet_overwritten(entries: int, wins: int = 0) -> str:
    """The trash emptied while another rj reads the journal: the words are out of the
    journal, but still in its file's old pages until that reader lets go."""
    return (
        f"Removed {_records(entries, wins)} from the trash, out of the journal for good. "
        + STILL_IN_FILE
    )
