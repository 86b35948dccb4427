"""Prompts on screen: today's, and the library."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from resilience_journal.messages import prompts as words
from resilience_journal.prompting.packs import Category, Prompt
from resilience_journal.render.common import MUTED, user_text
from resilience_journal.text import safe


def prompt_block(prompt: Prompt) -> Text:
    """Today's prompt above the terminal writing space, with one follow-up."""
    text = Text(f"{words.PROMPT_ABOVE_WRITING}\n", style=MUTED)
    text.append(safe(prompt.text))
    if prompt.follow_ups:
        text.append("\n" + safe(words.then_if_you_like(prompt.follow_ups[0])), style=MUTED)
    text.append("\n")
    return text


def prompt_panel(prompt: Prompt, category_title: str, footer: str) -> Panel:
    body = Text(safe(prompt.text))
    for follow_up in prompt.follow_ups:
        body.append("\n\n")
        body.append(safe(follow_up), style=MUTED)
    return Panel(
        body,
        title=user_text(category_title, "bold"),
        title_align="left",
        subtitle=user_text(footer, MUTED),
        subtitle_align="left",
        box=box.ROUNDED,
        padding=(1, 2),
    )


def prompts_table(prompts: Sequence[Prompt]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", no_wrap=True, overflow="fold")
    table.add_column("depth", no_wrap=True, style=MUTED)
    table.add_column("prompt", ratio=1, overflow="ellipsis", no_wrap=True)
    for prompt in prompts:
        table.add_row(user_text(prompt.id), prompt.depth, user_text(prompt.text))
    return table


def categories_table(categories: Sequence[Category], counts: dict[str, int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    # A pack's own title can be long: it wraps (a name too long for the column is folded,
    # never cut), so the other columns always keep their room.
    table.add_column("category", max_width=30, overflow="fold")
    table.add_column("prompts", justify="right", no_wrap=True, min_width=7)
    table.add_column("what it invites", ratio=1, style=MUTED, min_width=20)
    for category in sorted(categories, key=lambda c: c.name):
        name = Text.assemble(
            user_text(category.title, "bold"), "\n", user_text(category.name, MUTED)
        )
        table.add_row(name, str(counts[category.name]), user_text(category.description))
    return table
