"""The home screen (`rj today`) and `rj where`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import local_day
from resilience_journal.drafts import Draft
from resilience_journal.entries import Entry
from resilience_journal.messages import home as words
from resilience_journal.prompting.packs import Prompt
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.render.entries import entries_table
from resilience_journal.render.prompts import prompt_panel
from resilience_journal.wins import Win


def today_view(
    day: date,
    greeting: str,
    entries: Sequence[Entry],
    draft: Draft | None,
    prompt: Prompt | None = None,
    category_title: str = "",
    practice: str = "",
    wins: Sequence[Win] = (),
    memories: Sequence[str] = (),
    review_ready: str = "",
    plans: RenderableType | None = None,
) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble((greeting, "bold"), " ", (words.it_is(day), "")),
        Text(),
    ]
    if prompt is not None:
        parts += [prompt_panel(prompt, category_title, words.PROMPT_FOOTER), Text()]
    if entries:
        parts.append(Text(words.wrote_today(len(entries))))
        parts.append(Padding(entries_table(entries), (1, 0, 0, 0)))
    else:
        parts.append(message(words.NOTHING_TODAY))
    if wins:
        parts += [Text(), Text(words.WINS_TODAY, style="bold")]
        listed = Table.grid(padding=(0, 2))
        listed.add_column(style=MUTED, no_wrap=True)
        listed.add_column()
        listed.add_column(style=MUTED)
        for noted in reversed(wins):
            listed.add_row("•", user_text(noted.text), user_text(", ".join(noted.values)))
        parts.append(Padding(listed, (0, 0, 0, 2)))
    if plans is not None:
        parts.append(plans)
    if practice:
        parts += [Text(), message(practice)]
    for memory in memories:
        parts += [Text(), user_text(memory)]
    if review_ready:
        parts += [Text(), message(review_ready)]
    if draft is not None:
        parts += [Text(), message(words.draft_waiting(local_day(draft.updated_at)))]
    how = Table.grid(padding=(0, 3))
    how.add_column(style="bold", no_wrap=True)
    how.add_column(style=MUTED)
    for command, what in words.HOW_TO_WRITE:
        how.add_row(command, what)
    parts += [Text(), Text(words.WAYS_TO_WRITE, style="bold"), Padding(how, (0, 0, 0, 2))]
    return Group(*parts)


def where_view(rows: dict[str, str]) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")  # a long path is folded, never cut short
    for label, value in rows.items():
        grid.add_row(label, user_text(value))
    return Group(grid, Text(), message(words.STAYS_HERE))


def plans_today(
    goals: Sequence[tuple[str, str, str]], experiments: Sequence[tuple[str, str]]
) -> RenderableType:
    """The home screen's goals (title, what is next, the next step's text) and experiments
    (title, where it is at)."""
    parts: list[RenderableType] = []
    for heading, rows in (
        (
            "Goals",
            [(t, Text.assemble(user_text(n), " " if s else "", user_text(s))) for t, n, s in goals],
        ),
        ("Experiments", [(t, user_text(line)) for t, line in experiments]),
    ):
        if not rows:
            continue
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style=MUTED, no_wrap=True)
        grid.add_column(ratio=1)
        for title, line in rows:
            grid.add_row("•", Text.assemble(user_text(title, "bold"), "  ", line))
        parts += [Text(), Text(heading, style="bold"), Padding(grid, (0, 0, 0, 2))]
    return Group(*parts)
