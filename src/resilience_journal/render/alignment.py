"""How days and values line up, on screen."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from resilience_journal.alignment import Alignment
from resilience_journal.dates import short_day
from resilience_journal.messages import alignment as words
from resilience_journal.render.common import MUTED, message, sparkline, user_text


def alignment_view(result: Alignment, notes: dict[str, str]) -> RenderableType:
    """The alignment table, the valued-living figure and a few gentle next steps."""
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
    table.add_column("importance", justify="right")
    table.add_column("consistency", justify="right")
    table.add_column("gap", justify="right")
    table.add_column("actions", justify="right")
    table.add_column("last acted", no_wrap=True)
    table.add_column("over time", no_wrap=True)
    for row in result.values:
        table.add_row(
            user_text(row.name),
            "–" if row.importance is None else str(row.importance),
            "–" if row.consistency is None else str(row.consistency),
            "–" if row.gap is None else str(row.gap),
            str(row.actions),
            words.last_acted(row.days_since_action),
            sparkline(row.history) or "–",
        )
    parts: list[RenderableType] = [table, Text()]
    if result.valued_living is None:
        parts.append(message(notes["no_ratings"]))
    else:
        parts += [message(notes["figure"]), user_text(notes["caveat"], MUTED)]
    for step in result.suggestions:
        parts += [Text(), message(step)]
    return Group(*parts)
