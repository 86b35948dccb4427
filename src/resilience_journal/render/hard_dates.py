"""`rj dates` on screen: each marked date on a line of its own, the person's own words for
it (as plain text, never markup) under it, so a narrow terminal loses nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from resilience_journal.hard_dates import HardDate
from resilience_journal.messages import hard_dates as words
from resilience_journal.render.common import MUTED, message, user_text


def dates_view(found: Sequence[HardDate], today: date) -> RenderableType:
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(justify="right", style=MUTED, no_wrap=True, min_width=2)
    grid.add_column(ratio=1)
    for marked in found:
        coming = marked.next_on_or_after(today)
        line = words.date_line(
            words.date_words(marked.month, marked.day, marked.year, marked.once),
            marked.window,
            coming.isoformat() if coming else None,
        )
        parts: list[RenderableType] = [Text(line)]
        if marked.what:
            parts.append(user_text(marked.what, MUTED))
        grid.add_row(str(marked.id), Group(*parts))
    return Group(grid, "", message(words.HOW_IT_WORKS, MUTED))
