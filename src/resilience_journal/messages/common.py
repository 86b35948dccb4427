"""What every command may say: stopping, paths, and the small helpers the words share."""

from __future__ import annotations

STOPPED = "Stopped."
SEE_MORE = "Use -n to see more."  # under a listing cut short
# What became of the person's work, said at the end of an error (errors.JournalError).
NOTHING_SAVED = "Nothing was saved."
NOTHING_CHANGED = "Nothing was changed."
NOTHING_IMPORTED = "Nothing was imported."
NOTHING_EXPORTED = "Nothing was exported."
USING_DEFAULTS = "Using the default settings for now."
NOT_SAVED_NOW = "The journal could not save this right now."
DB_NEEDS_PATH = "--db needs the path of a journal file. Nothing was changed."
BUSY = "The journal is busy in another rj window. Nothing was changed; try again."
DEBUG_TRACEBACK = (
    "The traceback for a bug report follows: where in rj's code it stopped, never your "
    "entries' words."
)


def bug(kind: str) -> str:
    """A bug in rj (an error no check of ours expected): its kind only, as its message may
    quote the person's words."""
    return (
        f"rj stopped on a bug of its own ({kind}), not on anything you did; the journal keeps "
        "each change whole or not at all. For the details to put in a bug report, run it "
        "again as `rj --debug ...`."
    )


def bad_clock(given: str) -> str:
    return f"RJ_NOW should be a time like 2026-11-23T21:30:00; got {given!r}."


def database_trouble(reason: str, path: str, known: bool) -> str:
    """What to tell a person when SQLite refuses (`known`: about what was asked, not about
    the file). Never the entry text: SQLite's own messages name tables and constraints,
    not values."""
    if "locked" in reason or "busy" in reason:
        return BUSY
    if "full" in reason:
        return disk_full(path)
    if known:
        return f"The journal could not do that ({reason}). Nothing was changed."
    return (
        f"{path or 'The journal file'} could not be read as a journal ({reason}). It may be "
        "another kind of file, or damaged. Nothing was changed; check the path."
    )


def no_journal_at(path: object) -> str:
    return (
        f"There is no journal at {path}. Check the path; `rj --db PATH write` starts a new "
        "journal there."
    )


def no_folder_for_journal(folder: object) -> str:
    return (
        f"The folder {folder} does not exist. Check the path, or create the folder first. "
        "Nothing was changed."
    )


def no_journal_yet(path: str) -> str:
    return f"There is no journal at {path} yet. `rj write` starts one."


def no_journal_in_home(path: str, variable: str) -> str:
    return (
        f"There is no journal at {path} yet. If {variable} names the right folder, "
        "`rj write` starts one there."
    )


def plural(count: int, one: str, many: str | None = None, *, grouped: bool = False) -> str:
    """'1 word', '3 words'; `many` for a word that does not just add an s ('2 entries');
    `grouped` writes large counts with a thousands separator ('12,345 words')."""
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {one if count == 1 else many or one + 's'}"


def disk_full(path: str | None = None) -> str:
    """The disk (or a file-size limit) cannot take more; what is in the journal can still
    be read and exported."""
    where = f" ({path})" if path else ""
    return (
        f"The disk holding the journal{where} is full. Nothing was changed; reading and "
        "exporting what is in it still work. Free some space, then try again."
    )


def path_trouble(reason: str, path: str | None) -> str:
    where = f": {path}" if path else ""
    return f"{reason}{where}. Nothing was changed; check the path."


def since_after_until(first: str, last: str) -> str:
    return f"--since ({first}) is after --until ({last}); nothing to show."


def and_list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# The root options' help, as `rj --help` shows it.
DEBUG_HELP = (
    "If rj stops on a bug, show its traceback for a bug report (never your entries' words). "
    "RJ_DEBUG=1 does the same."
)


def json_after(group: str, command: str) -> str:
    return f"--json goes after the command: `{group} {command} --json`."


# Said after destroying (the trash emptied, a belief or a telling deleted) while another rj
# window still reads the journal (store/core.py Core.destroy).
STILL_IN_FILE = (
    "Another rj window is reading the journal, so the words stay in its file until that "
    "window closes; the next rj command after that overwrites them."
)
GONE_FROM_FILE = "Its words are gone from the journal file too."
