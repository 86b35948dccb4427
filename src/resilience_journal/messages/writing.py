"""What `rj write` and `rj edit` say: the editor's help lines, drafts, saving.

The words only: every function takes plain values (numbers, days, names), never a record of
the journal, so this module imports nothing of the domain."""

from __future__ import annotations

from resilience_journal.messages.common import and_list, plural

EDITOR_HELP = [
    "Write above. Lines starting with # are left out (indent one with a space to keep it).",
    "Save and close to keep it. Leave it empty to save nothing.",
    "If you stop part way, what you typed is kept as a draft.",
    "If this is a very hard moment, `rj help-now` has people to reach.",
]
TERMINAL_INTRO = (
    "Write your entry. Press Ctrl-D on a new line to save it; "
    "Ctrl-C stops and keeps what you typed as a draft."
)
TERMINAL_ADD_INTRO = (
    "That is your draft so far. Add more below, then Ctrl-D on a new line to save it."
)
EMPTY_NOT_SAVED = "Nothing was saved: the entry was empty."
NO_DRAFT = "There is no draft to resume. `rj write` starts a new entry."
STDIN_INTRO = "Reading the entry from standard input: Ctrl-D on a new line ends it."
DRAFT_DISCARDED = "The draft was emptied, so it is discarded. Nothing was saved."
EDIT_NEEDS_EDITOR = (
    "`rj edit` opens an editor, and none is set. Set one with `rj config set editor nano` "
    "(or $EDITOR). Nothing was changed."
)
EDIT_NEEDS_TERMINAL = (
    "`rj edit` opens your editor, so it needs a terminal. From a script, pass --title, "
    "--mood, --tag or --date to change those. Nothing was changed."
)
RESUME_TAKES_NO_TEXT = "--resume brings back your draft; leave out the text. Nothing was saved."
STOPPED_WRITING = "You stopped writing."
STDIN_NOT_UTF8 = "The text on standard input is not UTF-8; nothing was saved."


def entry_saved(entry_id: int, day: str, words: int) -> str:
    return f"Saved entry {entry_id} for {day} ({plural(words, 'word')})."


def nothing_typed(reason: str) -> str:
    return f"{reason} Nothing had been typed, so nothing was kept."


# After a deep or narrative prompt, before anything else (the save is said after it).
LANDING = (
    "Writing like this can stir things up. Before anything else, a moment to land:",
    "  Let one breath out slowly, a little longer than the breath in.",
    "  Look around the room you are in, and name one thing you can see.",
    "  Notice whatever is holding you up: a chair, the floor, a bed.",
)
MOOD_QUESTION = "Your mood right now, from 0 (lowest) to 10 (best)? Enter skips."
MOOD_AGAIN = "A whole number from 0 (lowest) to 10 (best), or Enter to skip:"


def mood_noted(entry_id: int, mood: int) -> str:
    return f"Noted mood {mood} with entry {entry_id}."


def drafts_waiting(count: int) -> str:
    if count == 1:
        return "You have an earlier draft waiting; `rj write --resume` brings it back."
    return f"You have {count} earlier drafts waiting; `rj write --resume` brings back the newest."


def left_out(count: int, char: str = "#") -> str:
    were = "was" if count == 1 else "were"
    return (
        f"{plural(count, 'line')} starting with {char} {were} left out, as comments. "
        "Indent a line with a space to keep it."
    )


def rescued(path: str) -> str:
    return (
        f"The journal could not save this right now. Your text is safe in {path}; "
        f"once the journal works again, `rj write - < {path}` saves it."
    )


def rescued_elsewhere(path: str) -> str:
    """A rescue the journal's own folder could not take (a full disk, say), kept in the
    runtime or temporary folder."""
    return (
        "The journal could not save this, and its folder could not hold the text either (a "
        f"full disk, say). Your text is safe in {path}, "
        "a private file in a temporary folder that may be cleared when the computer restarts; "
        f"once there is room again, `rj write - < {path}` saves it."
    )


#: When no place could hold the whole text: it is printed back, between these two lines.
PRINTED_BACK_START = "----- your text, not saved: copy it from the next line -----"
PRINTED_BACK_END = "----- end of your text -----"
PRINTED_BACK = (
    "The journal could not save this, and no folder could hold the whole text (a full disk or "
    "a file-size limit), so it is printed above, between the two dashed lines. Copy it "
    "somewhere safe; nothing else kept it."
)


def win_rescued(path: str) -> str:
    return (
        f"The journal could not note this win right now. Your words are safe in {path}; "
        f"once the journal works again, `rj win - < {path}` notes it."
    )


def read_only_rescued(why: str, path: str) -> str:
    """Text a read-only journal could not take (nor keep as a draft), kept in a private file
    at `path`; `why` it was not saved, when there is more to say (a stop)."""
    start = f"{why} " if why else ""
    return (
        f"{start}This journal is read-only for you, so your text is kept in {path}; "
        f"once the journal can be written, `rj write - < {path}` saves it."
    )


def too_long(length: int, limit: int) -> str:
    return (
        f"An entry can hold up to {limit:,} characters, and this one has {length:,}; "
        "split it into a few entries."
    )


def stdin_too_long(limit: int) -> str:
    return (
        f"An entry can hold up to {limit:,} characters, and standard input has more; split it "
        "into a few entries. Nothing was saved."
    )


def kept_as_draft(why: str, entry_id: int | None) -> str:
    """Text the journal did not take, kept as a draft: of a change to entry `entry_id`, or of
    a new entry (None)."""
    hint = f"rj edit {entry_id}" if entry_id is not None else "rj write --resume"
    return f"{why} What you typed is kept as a draft; `{hint}` brings it back."


def picking_up_draft(entry_id: int) -> str:
    return f"Picking up the unsaved changes to entry {entry_id}."


def cannot_empty(entry_id: int) -> str:
    return f"An entry cannot be emptied; it is as it was. To remove it, `rj delete {entry_id}`."


def unchanged(entry_id: int) -> str:
    return f"No changes; entry {entry_id} is as it was."


def updated(entry_id: int) -> str:
    return f"Updated entry {entry_id}."


def values_picker(names: list[str]) -> str:
    listed = "  ".join(f"{number} {name}" for number, name in enumerate(names, 1))
    return f"Did this touch any of your values? {listed}  (numbers or names; Enter skips)"


def linked_values(entry_id: int, names: list[str]) -> str:
    return f"Linked entry {entry_id} to {and_list(names)}."


def editor_unreadable(command: str) -> str:
    return f"The editor setting could not be read: {command!r}."


def editor_not_started(program: str) -> str:
    return (
        f"The editor {program!r} could not be started; nothing was saved. Set another "
        "with `rj config set editor COMMAND` (or $EDITOR), or type here with `rj write -`."
    )


def editor_exited(code: int) -> str:
    return f"The editor exited with an error (code {code})."
