"""Prompts on screen: today's, and the library."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from resilience_journal.messages import prompts as words
from resilience_journal.prompting.packs import Category, Prompt
from resilience_journal.render.common import MUTED, Framed, message, user_text
from resilience_journal.text import safe


def prompt_block(prompt: Prompt) -> Group:
    """Today's prompt above the terminal writing space, with one follow-up; each wrapped
    between words."""
    parts = [message(words.PROMPT_ABOVE_WRITING, MUTED)]
    if words.is_deep(prompt):
        parts.append(message(words.DEEP_PROMPT_NOTE, MUTED))
    parts.append(message(prompt.text))
    if prompt.follow_ups:
        parts.append(message(words.then_if_you_like(prompt.follow_ups[0]), MUTED))
    return Group(*parts, Text())


def prompt_panel(prompt: Prompt, category_title: str, footer: str) -> Framed:
    """A prompt in full (a deep one says first that it comes closer to the hardest things); its
    footer is never cut (below the panel when the edge is short)."""
    body = Text()
    if words.is_deep(prompt):
        body.append(words.DEEP_PROMPT_NOTE + "\n\n", style=MUTED)
    body.append(safe(prompt.text))
    for follow_up in prompt.follow_ups:
        body.append("\n\n")
        body.append(safe(follow_up), style=MUTED)
    return Framed(body, user_text(category_title, "bold"), [footer])


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
