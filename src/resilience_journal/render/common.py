"""What every screen shares: the console, printing, user text as Text (never markup),
days and times."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
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


class Framed:
    """A rounded panel with a title, and a footer that is never cut: on its bottom edge when
    it fits there, otherwise on lines below the panel, broken between its parts (and inside a
    part only between words, never inside a `command`)."""

    def __init__(self, body: RenderableType, title: Text, footer: Sequence[str]) -> None:
        self.body = body
        self.title = title
        self.footer = [safe(part) for part in footer if part]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        joined = " · ".join(self.footer)
        on_edge = bool(joined) and cell_len(joined) + 6 <= width  # corners, dashes, spaces
        yield Panel(
            self.body,
            title=self.title,
            title_align="left",
            subtitle=Text(joined, style=MUTED) if on_edge else None,
            subtitle_align="left",
            box=box.ROUNDED,
            padding=(1, 2),
        )
        if joined and not on_edge:
            below = "\n".join(footer_lines(self.footer, max(width - 2, 20)))
            yield Padding(Text(below, style=MUTED), (0, 0, 0, 2))


def footer_lines(parts: Sequence[str], width: int) -> list[str]:
    """Parts joined by " · " in lines of at most `width` columns, broken between parts; a
    part longer than a line is wrapped between its words (text.fit)."""
    lines: list[str] = []
    for part in parts:
        if lines and cell_len(lines[-1]) + 3 + cell_len(part) <= width:
            lines[-1] += " · " + part
        else:
            lines += fit(part, width).split("\n")
    return lines


class AtWidth:
    """A screen laid out for the width it is drawn at: a narrow terminal gets a layout of
    its own (shorter dates, fewer columns) rather than every column cut."""

    def __init__(self, build: Callable[[int], RenderableType]) -> None:
        self.build = build

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.build(options.max_width)


TITLE_ROOM = 24  # a title column narrower than this (or its longest title) is too narrow


def title_fits(width: int, titles: Sequence[str], columns: Sequence[Sequence[str]]) -> bool:
    """Whether a table's title column keeps its room (its longest title, or TITLE_ROOM) at
    `width`, beside `columns` (each its heading and cells, never cut), three columns apart."""
    others = sum(max(cell_len(cell) for cell in column) for column in columns)
    room = width - others - 3 * len(columns)
    return room >= min(max((cell_len(title) for title in titles), default=0), TITLE_ROOM)


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
