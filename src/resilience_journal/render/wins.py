"""Small wins on screen."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import clock_time, local_day, long_day, short_day
from resilience_journal.render.common import MUTED, listing, user_text
from resilience_journal.wins import Win


def wins_by_day(wins: Sequence[Win]) -> RenderableType:
    """Wins under a heading per day (newest day first), each with its id and values."""
    parts: list[RenderableType] = []
    day = None
    grid: Table | None = None
    for noted in wins:
        if noted.day != day:
            if grid is not None:
                parts += [Padding(grid, (0, 0, 1, 2))]
            day = noted.day
            parts.append(Text(long_day(day), style="bold"))
            grid = Table.grid(padding=(0, 2), expand=True)
            grid.add_column(justify="right", style=MUTED, no_wrap=True, min_width=3)
            grid.add_column(ratio=1)
            grid.add_column(style=MUTED, max_width=30)
        assert grid is not None
        grid.add_row(str(noted.id), user_text(noted.text), user_text(", ".join(noted.values)))
    if grid is not None:
        parts.append(Padding(grid, (0, 0, 0, 2)))
    return Group(*parts)


def wins_view(wins: Sequence[Win], total: int, shown_hint: str) -> RenderableType:
    return listing(wins_by_day(wins), len(wins), total, shown_hint)


def wins_table(wins: Sequence[Win], *, deleted: bool = False) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("win", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column(
        "in the trash since" if deleted else "values",
        style=MUTED,
        no_wrap=True,
        overflow="ellipsis",
        max_width=24,
    )
    for noted in wins:
        if deleted and noted.deleted_at:
            extra = f"{short_day(local_day(noted.deleted_at))} {clock_time(noted.deleted_at)}"
        else:
            extra = ", ".join(noted.values)
        table.add_row(str(noted.id), short_day(noted.day), user_text(noted.text), user_text(extra))
    return table
