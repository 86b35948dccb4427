"""The settings on screen."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table

from resilience_journal.render.common import MUTED, user_text


def settings_view(values: dict[str, str], helps: dict[str, str], file: str) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # Every setting's name in full; a long value (an editor command) is folded, not cut.
    table.add_column("setting", no_wrap=True, style="bold", min_width=max(map(len, values)))
    table.add_column("value", overflow="fold", max_width=30)
    table.add_column("meaning", style=MUTED, ratio=1, min_width=20)
    for key, value in values.items():
        table.add_row(key, user_text(value or "(not set)"), user_text(helps[key]))
    return Group(table, user_text(f"\nFile: {file}", MUTED))
