"""The safety plan on screen: its sections, a version of it, its history, and one section
while it is written."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import clock_time, local_day
from resilience_journal.messages import plan as words
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.safety.plan import SECTIONS, SafetyPlan, step_number, titles


def _heading(number: int | None, title: str) -> Text:
    """A step's title under its number; the one thing most worth living for, unnumbered."""
    return Text(f"{number}. {title}" if number else title, style="bold")


def plan_sections(plan: SafetyPlan, *, empty_too: bool = False) -> RenderableType:
    """The plan's sections in their order, each under its title (the steps numbered)."""
    parts: list[RenderableType] = []
    for key, (title, _) in SECTIONS.items():
        text = plan.sections.get(key, "")
        if not text and not empty_too:
            continue
        body = user_text(text) if text else message(words.PLAN_EMPTY_SECTION, MUTED)
        parts += [_heading(step_number(key), title), Padding(body, (0, 0, 1, 3))]
    if plan.plain_copy:
        parts.append(Padding(message(words.PLAIN_COPY_NOTE, MUTED), (0, 0, 1, 0)))
    return Group(*parts)


def safety_plan_view(plan: SafetyPlan) -> RenderableType:
    saved = words.plan_version(plan.version, local_day(plan.created_at))
    head = Text.assemble((words.PLAN_TITLE, "bold"), (saved, MUTED))
    return Group(Padding(head, (0, 0, 1, 0)), plan_sections(plan, empty_too=True))


def plan_history(plans: Sequence[SafetyPlan]) -> Table:
    """Every version, newest first, with what it changed."""
    version, saved, changed = words.PLAN_HISTORY_COLUMNS
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(version, justify="right", no_wrap=True)
    table.add_column(saved, no_wrap=True)
    table.add_column(changed)
    for plan, before in zip(plans, [*plans[1:], None], strict=True):
        names = "; ".join(titles(plan.changed(before)))
        when = f"{local_day(plan.created_at)} {clock_time(plan.created_at)}"
        table.add_row(str(plan.version), when, names or "-")
    return table


def plan_section_ask(key: str, current: str, offered: str = "") -> RenderableType:
    """One section while writing the plan: its title, what it is for, and what it holds now
    (or, when it is empty, the lines rj offers to start it with)."""
    title, hint = SECTIONS[key]
    parts: list[RenderableType] = [
        Text(),
        _heading(step_number(key), title),
        Padding(message(hint), (0, 0, 0, 3)),
    ]
    shown, label = (current, words.PLAN_NOW_HOLDS) if current else (offered, words.PLAN_OFFERED)
    if shown:
        parts += [
            Padding(Text(label, style=MUTED), (0, 0, 0, 3)),
            Padding(user_text(shown), (0, 0, 0, 5)),
        ]
    return Group(*parts)
