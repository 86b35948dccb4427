"""Entries on screen: one in full, and a table of many."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import clock_time, local_day, long_day, short_day
from resilience_journal.entries import Entry
from resilience_journal.render.common import MUTED, Framed, listing, user_text


def first_line(entry: Entry, width: int = 60) -> str:
    line = entry.headline
    return line if len(line) <= width else line[: width - 1] + "…"


def entry_panel(entry: Entry) -> Framed:
    """One entry in full. Its footer (id, day, time, mood, tags, values, prompt) is never
    cut: below the panel, on lines of its own, when the bottom edge is too short."""
    meta = [f"#{entry.id}", long_day(entry.day), clock_time(entry.created_at)]
    if entry.mood is not None:
        meta.append(f"mood {entry.mood}/10")
    if entry.tags:
        meta.append("tags: " + ", ".join(entry.tags))
    if entry.values:
        meta.append("values: " + ", ".join(entry.values))
    if entry.prompt_id:
        meta.append(f"prompt: {entry.prompt_id}")
    if entry.deleted_at:
        meta.append("in the trash")
    title = user_text(entry.title, "bold") if entry.title else Text(long_day(entry.day), "bold")
    return Framed(user_text(entry.body), title, meta)


def entries_table(entries: Sequence[Entry], *, deleted: bool = False) -> Table:
    """id, day and time always show in full; the entry's first line gives way (ellipsis)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("time", no_wrap=True, style=MUTED, min_width=5)
    table.add_column("entry", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    table.add_column("mood", justify="right", no_wrap=True, min_width=4)
    last = table.add_column
    last(
        "in the trash since" if deleted else "tags",
        overflow="ellipsis",
        no_wrap=True,
        max_width=24 if deleted else 18,
    )
    for entry in entries:
        if deleted and entry.deleted_at:
            extra = f"{short_day(local_day(entry.deleted_at))} {clock_time(entry.deleted_at)}"
        else:
            extra = ", ".join(entry.tags)
        table.add_row(
            str(entry.id),
            short_day(entry.day),
            clock_time(entry.created_at),
            user_text(entry.headline),
            "" if entry.mood is None else str(entry.mood),
            user_text(extra, MUTED),
        )
    return table


def entries_view(entries: Sequence[Entry], total: int, shown_hint: str) -> RenderableType:
    return listing(entries_table(entries), len(entries), total, shown_hint)
