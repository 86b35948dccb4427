"""What the small wins say."""

from __future__ import annotations

from resilience_journal.messages.common import and_list, plural

NO_WINS_YET = (
    'No wins yet. When something small goes right, `rj win "drank water before coffee"` keeps it.'
)
NO_WINS_MATCH = "No wins match that. `rj wins` with no filters shows them all."
WINS_TRASH_HINT = "`rj wins restore ID` brings a win back."
WIN_STDIN_INTRO = "Type the win on one line, then press Ctrl-D on a new line to note it."
WIN_NEEDS_WORDS = 'A win needs a few words, like `rj win "drank water before coffee"`.'
WIN_ONE_LINE = "A win is one line; for more, `rj write` keeps a whole entry."
YESTERDAY = "yesterday"  # the day of a win noted for yesterday, as `rj win` names it


def win_too_long(limit: int, length: int) -> str:
    return (
        f"A win can be up to {limit} characters, not {length}; for more, `rj write` keeps a "
        "whole entry."
    )


def win_noted(
    text: str, values: list[str], day_label: str | None, in_week: int, this_week: bool = True
) -> str:
    """'Noted: set a boundary with my manager. 3 wins this week.' Plain and specific. A win
    back-filled into an earlier week counts that week's wins."""
    end = "" if text[-1] in ".!?…" else "."
    when = f" for {day_label}" if day_label else ""
    said = f"Noted{when}: {text}{end}"
    if values:
        said += f" For {and_list(values)}."
    return f"{said} {plural(in_week, 'win')} {'this' if this_week else 'that'} week."


def win_moved_to_trash(win_id: int) -> str:
    return f"Moved win {win_id} to the trash. `rj wins restore {win_id}` brings it back."


def win_restored(win_id: int) -> str:
    return f"Restored win {win_id}."


def no_win(win_id: int) -> str:
    return f"There is no win {win_id}. `rj wins` shows the ids."


def win_in_trash(win_id: int) -> str:
    return f"Win {win_id} is in the trash. `rj wins restore {win_id}` brings it back."


def win_not_in_trash(win_id: int) -> str:
    return f"Win {win_id} is not in the trash."


def bad_win_id(text: str) -> str:
    return f"A win id is a number, like 12; got {text!r}."
