"""What the small wins say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
from resilience_journal.messages.common import and_list

NO_WINS_YET = (
    'No wins yet. When something small goes right, `rj win "drank water before coffee"` keeps it.'
)
NO_WINS_MATCH = "No wins match that. `rj wins` with no filters shows them all."
WINS_TRASH_HINT = "`rj wins restore ID` brings a win back."
WIN_STDIN_INTRO = "Type the win on one line, then press Ctrl-D on a new line to note it."


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
    count = "1 win" if in_week == 1 else f"{in_week} wins"
    return f"{said} {count} {'this' if this_week else 'that'} week."


def win_moved_to_trash(win_id: int) -> str:
    return f"Moved win {win_id} to the trash. `rj wins restore {win_id}` brings it back."


def win_restored(win_id: int) -> str:
    return f"Restored win {win_id}."
