"""`rj recall` on screen: a framing line, what the person did, and a few passages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import brief_day
from resilience_journal.messages import recall as words
from resilience_journal.recall import Recall, Recalled
from resilience_journal.render.common import MUTED, message, user_text


def _grid(items: Sequence[Recalled], today: date) -> Table:
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(style=MUTED, no_wrap=True)
    grid.add_column(ratio=1)
    for index, item in enumerate(items):
        if index and item.kind == "entry":
            grid.add_row("", "")  # a blank line between passages
        text = user_text(item.text)
        if item.kind == "step" and item.goal:
            text.append_text(user_text(f" ({words.STEP_OF} {item.goal})", MUTED))
        if item.kind == "entry" and item.title:
            text = Text.assemble(user_text(item.title, "bold"), "\n", text)
        grid.add_row(brief_day(item.day, today), text)
    return grid


def recall_view(found: Recall, today: date, *, include_hard: bool) -> RenderableType:
    if found.empty:
        return message(words.NOTHING_YET)
    parts: list[RenderableType] = [message(words.FRAMING)]
    if found.words:
        parts.append(message(words.framing_words(found.words, found.from_today), MUTED))
    if found.done:
        parts += [Text(), Text(words.DONE_HEADING, style="bold")]
        parts.append(Padding(_grid(found.done, today), (0, 0, 0, 2)))
    if found.passages:
        parts += [Text(), Text(words.PASSAGES_HEADING, style="bold")]
        parts.append(Padding(_grid(found.passages, today), (0, 0, 0, 2)))
    if not include_hard:
        parts += [Text(), message(words.HELD_BACK, MUTED)]
    return Group(*parts)
