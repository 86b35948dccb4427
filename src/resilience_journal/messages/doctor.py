"""What `rj doctor` says: each check, what it found and how to fix it."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.messages.common import plural


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


def damaged_fix(journal: str, backup: str | None, readable: bool) -> str:
    """What to do with a damaged journal: `backup` is the newest backup that passed SQLite's
    check a moment ago (None: no backup is whole); `readable`: rj export can still read it."""
    if backup:
        restore = (
            f"Your newest whole backup is {backup} (it passed SQLite's check a moment ago). Move "
            f"the damaged {journal} aside (keep it), then copy that backup into its place."
        )
    else:
        restore = "None of your backups is whole, so there is none to restore."
    if readable:
        rescue = " `rj export` can still read the journal, to save your writing first."
    else:
        either = " either" if not backup else ""
        rescue = (
            f" `rj export` cannot read it{either}; `rj doctor --salvage` copies what is "
            "still readable into a new journal beside it, leaving this one as it is."
        )
    return restore + rescue


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


# Salvage.
def no_journal_to_salvage(journal: str) -> str:
    return f"There is no journal at {journal} to salvage."


def salvaged(path: str, entries: int, wins: int) -> str:
    return (
        f"Saved {plural(entries, 'entry', 'entries')} and {plural(wins, 'win')} that could "
        f"still be read into a new journal: {path}. The damaged journal is left as it is. "
        f"`rj --db {path} list` shows what was saved; to use it, move the damaged journal "
        "aside and put this file in its place."
    )
