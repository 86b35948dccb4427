"""What `rj doctor` says: each check, what it found and how to fix it."""

from __future__ import annotations

from collections.abc import Sequence


def doctor_heading(path: str, exists: bool) -> str:
    return f"Journal: {path}" if exists else f"Journal: {path} (not written yet)"


def doctor_backup(path: str) -> str:
    return f"A backup was made first: {path}"


_CHECK_NAMES = {
    "permissions": "Privacy",
    "file": "File",
    "version": "Version",
    "search": "Search index",
    "links": "Links",
    "backups": "Backups",
    "leftovers": "Temporary files",
}


def doctor_line(name: str, ok: bool, fixed: bool, detail: str) -> str:
    mark = "ok   " if ok else "fixed" if fixed else "look "
    return f"  {mark}  {_CHECK_NAMES.get(name, name)}: {detail}"


def doctor_fix(fix: str) -> str:
    """How to fix what a check found, under its line."""
    return f"    {fix}"


DOCTOR_WELL = "All is well."
DOCTOR_ATTENTION = "Something needs attention; each line above says how to fix it."

# Privacy: files 600, rj's own folders 700.
PRIVATE = "The journal and its files are private to you."


def readable_by_others(names: Sequence[str], more: int) -> str:
    """`names`: the first few files, each with its mode, like 'journal.db (644)'."""
    listed = ", ".join(names) + (f" and {more} more" if more else "")
    return f"Others on this machine could read: {listed}."


def with_mode(path: object, mode: int) -> str:
    return f"{path} ({mode:o})"


PRIVATE_FIX = "`rj doctor --fix` makes files 600 and rj's folders 700 (readable by you alone)."


def made_private(count: int) -> str:
    return f"Made {count} of rj's files and folders private to you."


def folder_is_yours(folder: object) -> str:
    return (
        "The folder you chose for the journal is yours, so rj leaves it as it is: "
        f"`chmod 700 {folder}` makes it private."
    )


# Backups of an encrypted journal.
BACKUPS_ENCRYPTED = "Every backup is encrypted, as the journal is."


def plain_backups(count: int) -> str:
    return f"{count} backup(s) from before the journal was encrypted are not encrypted."


def remove_plain_backups(names: Sequence[str]) -> str:
    return f"If they should not stay readable, remove them: rm {' '.join(names)}"


# The file itself.
FILE_WHOLE = "The journal file is whole (SQLite's integrity check passed)."


def file_damaged(problems: int) -> str:
    return f"The journal file is damaged; SQLite reports {problems} problem(s)."


FILE_FIX = (
    "Copy your latest backup (in the backups folder next to the journal) into its "
    "place, keeping the damaged file aside; `rj export` may still save what can be read."
)


# Its layout.
def newer_layout(applied: int, known: int) -> str:
    return f"The journal was made by a newer rj ({applied} changes, this rj knows {known})."


NEWER_FIX = "Update rj to open it."


def layout_current(applied: int) -> str:
    return f"The journal's layout is up to date ({applied})."


# The search index.
INDEX_IN_STEP = "The search index matches the entries."
INDEX_OUT_OF_STEP = (
    "The search index is out of step with the entries, so search can miss or misplace entries."
)
INDEX_FIX = "`rj doctor --fix` rebuilds it from the entries."

# Links between records.
LINKS_SOUND = "Every tag, value and rating points at a record."


def broken_links(counts: Sequence[tuple[str, int]]) -> str:
    """`counts`: (table, how many links in it point at nothing), by table."""
    where = ", ".join(f"{count} in {table}" for table, count in counts)
    return f"Some links point at records that are gone ({where})."


LINKS_FIX = "`rj doctor --fix` removes them; no entry or win is touched."
