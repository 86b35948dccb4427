"""What the values commands say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
from resilience_journal.messages.common import and_list

VALUES_INTRO = (
    "Values are what matter to you: the directions you want your days to face, not goals "
    "to finish. Pick a few to start with; you can change them any time."
)
VALUES_PICK = (
    "Type numbers or your own words, separated by commas (like 1, 4, being present). Enter skips."
)
VALUES_NONE_CHOSEN = "No values added. `rj values` offers these again whenever you like."
VALUES_ADD_HINT = "`rj values add NAME` adds one of these, or one of your own."
NO_VALUES_YET = "You have no values yet. `rj values` helps you choose some."
RATE_INTRO = (
    "A short check-in, in the spirit of the Valued Living Questionnaire. For each value: how "
    "important it is to you, and how fully you lived by it in the past week, from 1 (not at "
    "all) to 10 (very much). Enter skips a value. There are no right answers."
)
RATE_NEEDS_ALL = (
    "To rate from a script, give --value, --importance and --consistency together. "
    "Nothing was saved."
)
RATE_NEEDS_TERMINAL = (
    "`rj values rate` asks its questions on a terminal. From a script, pass --value, "
    "--importance and --consistency. Nothing was saved."
)
RATE_ASK_AGAIN = "A whole number from 1 to 10, or Enter to skip this value."
PICK_ASK_AGAIN = "Numbers from the list or names of your values, or Enter to skip."


def values_added(names: list[str]) -> str:
    return (
        f"Added {and_list(names)}. `rj values rate` is a short check-in on how they are going, "
        "whenever you like."
    )


def value_added(name: str, revived: bool) -> str:
    if revived:
        return f"{name!r} is one of your values again; its history was kept."
    return f"Added {name!r} to your values."


def value_renamed(old: str, new: str) -> str:
    return f"Renamed {old!r} to {new!r}; entries and wins linked to it follow."


def value_archived(name: str) -> str:
    from resilience_journal.values import quoted_name

    return (
        f"Archived {name!r}: it rests, and its history is kept. "
        f"`rj values add {quoted_name(name)}` brings it back."
    )


def ratings_kept(count: int) -> str:
    if count == 0:
        return "No ratings were kept."
    noun = "rating" if count == 1 else "ratings"
    return f"Kept {count} {noun}. `rj alignment` shows them beside what you did."


def rating_kept(name: str, importance: int, consistency: int) -> str:
    return f"Kept for {name}: importance {importance}, consistency {consistency}."
