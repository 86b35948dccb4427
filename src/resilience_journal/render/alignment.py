"""How days and values line up, on screen."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from resilience_journal.alignment import Alignment
from resilience_journal.dates import short_day
from resilience_journal.messages import alignment as words
from resilience_journal.messages import values as values_words
from resilience_journal.render.common import MUTED, message, sparkline, user_text


def alignment_view(result: Alignment, notes: dict[str, str]) -> RenderableType:
    """The alignment table, in words: how much each value matters and how much room it has
    had lately; then one gentle next step, if any. The figure only when `notes` has one."""
    days = (result.until - result.since).days + 1
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        title=Text(words.actions_title(days, short_day(result.since)), style="bold"),
        title_justify="left",
        collapse_padding=True,
    )
    longest = max((len(row.name) for row in result.values), default=5)
    table.add_column("value", style="bold", min_width=min(longest, 14))
    table.add_column("matters", no_wrap=True)
    table.add_column("lately", no_wrap=True)
    table.add_column("actions", justify="right")
    table.add_column("last acted", no_wrap=True)
    table.add_column("over time", no_wrap=True)
    unrated = (values_words.NOT_RATED_YET, "")
    for row in result.values:
        table.add_row(
            user_text(row.name),
            *values_words.rating_cells(row.importance, row.consistency, unrated),
            str(row.actions),
            words.last_acted(row.days_since_action),
            sparkline(row.history) or "–",
        )
    parts: list[RenderableType] = [table]
    if not result.rated:
        parts += [Text(), message(notes["no_ratings"])]
    elif "figure" in notes:
        parts += [Text(), message(notes["figure"]), user_text(notes["caveat"], MUTED)]
    if result.suggestion:
        parts += [Text(), message(result.suggestion)]
    return Group(*parts)
