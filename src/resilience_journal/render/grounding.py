"""Grounding exercises on screen: headings and the breathing bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Group, RenderableType
from rich.live import Live
from rich.text import Text

from resilience_journal.messages import grounding as words
from resilience_journal.render.common import MUTED, console, message
from resilience_journal.text import safe

BREATH_WIDTH = 30
_EIGHTHS = "▏▎▍▌▋▊▉"


def exercise_heading(title: str, intro: str) -> RenderableType:
    """The title of a grounding exercise in bold, and its intro under it (wrapped between
    words)."""
    return Group(Text(safe(title), style="bold"), message(intro))


def breath_bar(fullness: float, width: int = BREATH_WIDTH) -> Text:
    """A bar `fullness` (0 to 1) full, in eighths of a cell; the rest is dots, so the bar
    reads the same without colour."""
    eighths = round(max(0.0, min(1.0, fullness)) * width * 8)
    full, part = divmod(eighths, 8)
    filled = "█" * full + (_EIGHTHS[part - 1] if part else "")
    bar = Text(filled, style="cyan")
    bar.append("·" * (width - len(filled)), style=MUTED)
    return bar


def breath_frame(word: str, count: int, fullness: float, note: str) -> Text:
    frame = Text(safe(word).ljust(12))
    frame.append_text(breath_bar(fullness))
    frame.append(f"  {count}\n")
    frame.append(safe(note), style=MUTED)
    return frame


@contextmanager
def breathing() -> Iterator[Callable[[str, int, float, str], None]]:
    """Show paced breathing on standard error. Yields show(word, count, fullness, note),
    to call a few times a second. On a terminal that can redraw: a bar that fills and
    empties, cleared at the end. Otherwise (TERM=dumb, a screen reader's console): a line
    as each breath and each part of it begins ("Breathe in for 4")."""
    out = console(stderr=True)
    if not out.is_terminal or out.is_dumb_terminal:
        last = ["", ""]

        def say_changes(word: str, count: int, fullness: float, note: str) -> None:
            if note != last[0]:
                out.print(Text(safe(note)))
            if (note, word) != tuple(last):
                out.print(Text(safe(words.breath_now(word, count))))
            last[:] = [note, word]

        yield say_changes
        return
    with Live(
        console=out,
        transient=True,
        auto_refresh=False,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as live:
        yield lambda word, count, fullness, note: live.update(
            breath_frame(word, count, fullness, note), refresh=True
        )
