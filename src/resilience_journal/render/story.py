"""`rj story` on screen: the chapters, a chapter's newest telling, and earlier tellings
beside it (side by side on a wide terminal, one after another on a narrow one)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import brief_day
from resilience_journal.messages import story as words
from resilience_journal.render.common import MUTED, AtWidth, message, user_text
from resilience_journal.story import Chapter, ChapterState, Telling

SIDE_BY_SIDE = 100  # columns from which --compare puts tellings beside each other


def overview(states: Sequence[ChapterState], suggested: Chapter | None, today: date) -> Group:
    """The chapters, each on a line with its short name, and under it how much it holds;
    then a quiet suggestion."""
    parts: list[RenderableType] = [message(words.OVERVIEW_INTRO), Text("")]
    for state in states:
        c = state.chapter
        if state.tellings and state.last_day:
            last = brief_day(state.last_day, today)
            so_far = words.tellings_line(len(state.tellings), state.sittings, last)
        else:
            so_far = words.UNTOLD
        if c.hard:
            so_far += f" · {words.HARD_NOTE}"
        name = Text(words.chapter_name(c.number, c.title), style="bold")
        name.append(f"  ({c.key})", style=MUTED)
        parts.append(name)
        parts.append(Padding(message(so_far, MUTED), (0, 0, 0, 3)))
    parts.append(Text(""))
    if suggested is not None:
        parts.append(message(words.suggest(suggested.number, suggested.title, suggested.key)))
    elif any(state.tellings for state in states):
        parts.append(message(words.ALL_TOLD))
    return Group(*parts)


def _telling(telling: Telling, of: int, today: date) -> Group:
    parts: list[RenderableType] = [Text(words.telling_heading(telling.number, of), style="bold")]
    for sitting in telling.sittings:
        parts.append(Text(words.sitting_heading(brief_day(sitting.day, today)), style=MUTED))
        parts.append(Padding(user_text(sitting.text), (0, 0, 1, 0)))
    return Group(*parts)


def chapter_view(
    chapter: Chapter, tellings: Sequence[Telling], today: date, *, compare: bool
) -> RenderableType:
    """A chapter's newest telling; with `compare`, the earlier ones beside it (or, below
    SIDE_BY_SIDE columns, one after another, oldest first, then the newest)."""
    heading = Text(words.chapter_name(chapter.number, chapter.title), style="bold underline")
    if not tellings:
        return Group(heading, message(words.no_telling(chapter.number, chapter.title)), Text(""))
    of = len(tellings)
    newest = _telling(tellings[-1], of, today)
    earlier = [_telling(t, of, today) for t in tellings[:-1]]
    if not compare or not earlier:
        return Group(heading, Text(""), newest)

    def build(width: int) -> RenderableType:
        if width < SIDE_BY_SIDE:
            return Group(heading, Text(""), *earlier, newest)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
        table.add_column(words.EARLIER, ratio=1, overflow="fold", vertical="top")
        table.add_column(words.NEWEST, ratio=1, overflow="fold", vertical="top")
        table.add_row(Group(*earlier), newest)
        return Group(heading, table)

    return AtWidth(build)


def story_view(
    chapters: Sequence[tuple[Chapter, list[Telling]]], today: date, *, compare: bool
) -> Group:
    return Group(*(chapter_view(c, t, today, compare=compare) for c, t in chapters))
