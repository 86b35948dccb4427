"""What `rj write` and `rj edit` say: the editor's help lines, drafts, saving."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_journal.entries import Entry
from resilience_journal.messages.common import and_list, plural
from resilience_journal.messages.review import review_saved

EDITOR_HELP = [
    "Write above. Lines starting with # are left out (indent one with a space to keep it).",
    "Save and close to keep it. Leave it empty to save nothing.",
    "If you stop part way, what you typed is kept as a draft.",
    "If this is a very hard moment, `rj help-now` has grounding steps and people to reach.",
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


def saved(entry: Entry) -> str:
    if entry.kind == "review":
        return review_saved(entry, added=False)
    return f"Saved entry {entry.id} for {entry.day} ({plural(entry.words, 'word')})."


def nothing_typed(reason: str) -> str:
    return f"{reason} Nothing had been typed, so nothing was kept."


def before_you_go(text: str) -> str:
    return f"Before you go: {text}"


def drafts_waiting(count: int) -> str:
    if count == 1:
        return "You have an earlier draft waiting; `rj write --resume` brings it back."
    return f"You have {count} earlier drafts waiting; `rj write --resume` brings back the newest."


def left_out(count: int, char: str = "#") -> str:
    lines = "line" if count == 1 else "lines"
    were = "was" if count == 1 else "were"
    return (
        f"{count} {lines} starting with {char} {were} left out, as comments. "
        "Indent a line with a space to keep it."
    )


def rescued(path: str) -> str:
    return (
        f"The journal could not save this right now. Your text is safe in {path}; "
        f"once the journal works again, `rj write - < {path}` saves it."
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


def kept_as_draft(hint: str) -> str:
    return f"What you typed is kept as a draft; `{hint}` brings it back."


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
