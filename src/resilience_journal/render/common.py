"""What every screen shares: the console, printing, user text as Text (never markup),
days and times."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from resilience_journal.messages.output import showing
from resilience_journal.render.pager import can_page, paged
from resilience_journal.text import fit, safe

MUTED = "dim"


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


def print_to(renderable: RenderableType, *, stderr: bool = False, page: bool = False) -> None:
    """Print to the terminal; to a pipe or file, the same text without the padding spaces
    Rich adds at the ends of lines. With `page`, output longer than the terminal goes
    through the pager (render/pager.py), drawn at the terminal's width first."""
    out = console(stderr)
    if out.is_terminal:
        if page and not stderr and can_page():
            with out.capture() as captured:
                out.print(renderable)
            with paged(True) as stream:
                stream.write(captured.get())
            return
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    stream = sys.stderr if stderr else sys.stdout
    stream.write("\n".join(line.rstrip() for line in captured.get().split("\n")))


def user_text(value: str | None, style: str = "") -> Text:
    return Text(safe(value or ""), style=style)


class Prose:
    """Our own sentences, wrapped to the width they are given between words: never inside
    a word, nor inside a `command` in backticks (text.fit). Never parsed as markup."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = safe(text)
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(fit(self.text, options.max_width), style=self.style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, Text(self.text))


def message(text: str, style: str = "") -> Prose:
    """One of our own sentences; still never parsed as markup."""
    return Prose(text, style)


def listing(listed: RenderableType, shown: int, total: int, hint: str) -> RenderableType:
    """A listing, and below it how many of how many it shows."""
    parts: list[RenderableType] = [listed]
    if total > shown:
        parts.append(user_text("\n" + showing(shown, total, hint), MUTED))
    return Group(*parts)


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(points: Sequence[int], low: int = 1, high: int = 10) -> str:
    """Numbers from `low` to `high` as block characters (readable without colour)."""
    span = high - low
    return "".join(_BARS[round((p - low) * (len(_BARS) - 1) / span)] for p in points)


def fact_line(parts: Sequence[str]) -> Text:
    return user_text(" · ".join(part for part in parts if part), MUTED)


def answer_table(rows: Sequence[tuple[str, str | None]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for label, answer in rows:
        if answer:
            grid.add_row(label, user_text(answer))
    return grid
