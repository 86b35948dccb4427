"""Values on screen."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.table import Table

from resilience_journal.messages import values as words
from resilience_journal.render.common import MUTED, user_text
from resilience_journal.values import Rating, Value


def values_table(values: Sequence[Value], latest: dict[int, Rating]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("value", no_wrap=True, style="bold")
    table.add_column("what it means to you", ratio=1)
    table.add_column(words.LATEST_CHECK_IN, ratio=1, style=MUTED)
    for value in values:
        rating = latest.get(value.id)
        rated = (
            words.rating_words(rating.importance, rating.consistency)
            if rating
            else words.NOT_RATED_YET
        )
        name = user_text(value.name)
        if value.archived_at:
            name.append(" (archived)", style=MUTED)
        table.add_row(name, user_text(value.description or ""), rated)
    return table


def starter_values(names: dict[str, str]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", style=MUTED, no_wrap=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(style=MUTED)
    for number, (name, meaning) in enumerate(names.items(), 1):
        grid.add_row(str(number), name, meaning)
    return grid
