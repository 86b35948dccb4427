"""The home screen (`rj today`) and `rj where`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import local_day, long_day, short_day
from resilience_journal.drafts import Draft
from resilience_journal.entries import Entry
from resilience_journal.prompts import Prompt
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
        Text.assemble((greeting, "bold"), " ", (f"It is {long_day(day)}.", "")),
        Text(),
    ]
    if prompt is not None:
        footer = "Today's prompt, only if it helps. `rj write` shows it."
        parts += [prompt_panel(prompt, category_title, footer), Text()]
    if entries:
        count = "one entry" if len(entries) == 1 else f"{len(entries)} entries"
        parts.append(Text(f"Today you wrote {count}."))
        parts.append(Padding(entries_table(entries), (1, 0, 0, 0)))
    else:
        parts.append(message("Nothing written yet today. Whenever you are ready, or not at all."))
    if wins:
        parts += [Text(), Text("Small wins today", style="bold")]
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
        parts += [
            Text(),
            message(
                f"A draft from {short_day(local_day(draft.updated_at))} is waiting: "
                "`rj write --resume` brings it back."
            ),
        ]
    how = Table.grid(padding=(0, 3))
    how.add_column(style="bold", no_wrap=True)
    how.add_column(style=MUTED)
    how.add_row("rj write", "opens your editor (or type here, Ctrl-D to save)")
    how.add_row('rj write "a few words"', "saves one line")
    how.add_row('rj win "a small win"', "notes something that went right, however small")
    how.add_row("rj list  ·  rj search WORDS", "look back at what you wrote")
    parts += [Text(), Text("Ways to write", style="bold"), Padding(how, (0, 0, 0, 2))]
    return Group(*parts)


def where_view(rows: dict[str, str]) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")  # a long path is folded, never cut short
    for label, value in rows.items():
        grid.add_row(label, user_text(value))
    note = message(
        "Everything stays on this machine: rj never uses the network. "
        "The files are readable only by you."
    )
    return Group(grid, Text(), note)


def plans_today(
    goals: Sequence[tuple[str, str, str]], experiments: Sequence[tuple[str, str]]
) -> RenderableType:
    """The home screen's goals (title, what is next, the next step's text) and experiments
    (title, where it is at)."""
    parts: list[RenderableType] = []
    for heading, rows in (
        (
            "Goals",
            [(t, Text.assemble(message(n), " " if s else "", user_text(s))) for t, n, s in goals],
        ),
        ("Experiments", [(t, message(line)) for t, line in experiments]),
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
