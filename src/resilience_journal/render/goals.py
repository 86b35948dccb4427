"""Goals and their steps on screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import brief_day, compact_day, short_day
from resilience_journal.goals import Goal
from resilience_journal.messages.goals import ANSWER_LABELS, STATE_WORDS
from resilience_journal.render.common import (
    MUTED,
    AtWidth,
    answer_table,
    fact_line,
    message,
    title_fits,
    user_text,
)


def goals_table(goals: Sequence[Goal], today: date) -> AtWidth:
    """Goals, one a row. A title is never cut: it wraps in its column; and where the value
    and the weekdays would leave it too little room, the value goes under it and the day is
    shorter."""

    def build(width: int) -> Table:
        columns = [
            ["id", *(str(goal.id) for goal in goals)],
            ["state", *(STATE_WORDS[goal.state] for goal in goals)],
            ["value", *(goal.value or "" for goal in goals)],
            ["by", *(brief_day(goal.by, today) if goal.by else "" for goal in goals)],
            ["steps", *(f"{goal.checked} of {len(goal.milestones)}" for goal in goals)],
        ]
        wide = title_fits(width, [goal.title for goal in goals], columns)
        return _goals_table(goals, today, wide=wide)

    return AtWidth(build)


def _goals_table(goals: Sequence[Goal], today: date, *, wide: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("goal", ratio=1, overflow="fold", min_width=20)
    table.add_column("state", no_wrap=True)
    if wide:
        table.add_column("value", style=MUTED, no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("by", no_wrap=True)
    table.add_column("steps", justify="right", no_wrap=True)
    for goal in goals:
        steps = f"{goal.checked} of {len(goal.milestones)}" if goal.milestones else "–"
        title = user_text(goal.title)
        if not wide and goal.value:
            title.append_text(user_text(f"\nfor {goal.value}", MUTED))
        value = [user_text(goal.value or "")] if wide else []
        day = brief_day if wide else compact_day
        by = day(goal.by, today) if goal.by else ""
        table.add_row(str(goal.id), title, STATE_WORDS[goal.state], *value, by, steps)
    return table


def goal_view(goal: Goal, hint: str) -> RenderableType:
    """A goal: its title, facts, answers, what was learned, and its numbered steps."""
    facts = [
        STATE_WORDS[goal.state],
        f"for {goal.value}" if goal.value else "",
        f"by {short_day(goal.by)}" if goal.by else "",
        f"added {short_day(goal.day)}",
    ]
    if goal.state != "active" and goal.state_since:
        facts[0] += f" since {short_day(goal.state_since)}"
    parts: list[RenderableType] = [
        Text.assemble((f"Goal {goal.id} · ", "bold"), user_text(goal.title, "bold")),
        fact_line(facts),
    ]
    answers = answer_table(
        [
            (ANSWER_LABELS["specific"], goal.specific),
            (ANSWER_LABELS["measure"], goal.measure),
            (ANSWER_LABELS["achievable"], goal.achievable),
            (ANSWER_LABELS["why"], goal.why),
            (ANSWER_LABELS["learned"], goal.learned),
        ]
    )
    if answers.row_count:
        parts.append(Padding(answers, (1, 0, 0, 2)))
    parts += [Text(), Text("Steps", style="bold")]
    if goal.milestones:
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right", style=MUTED, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_column(style=MUTED, no_wrap=True)
        for step in goal.milestones:
            when = (
                f"checked {short_day(step.done_day)}"
                if step.done_day is not None
                else f"by {short_day(step.by)}"
                if step.by
                else ""
            )
            grid.add_row("[x]" if step.done else "[ ]", str(step.step), user_text(step.text), when)
        parts.append(Padding(grid, (0, 0, 0, 2)))
    else:
        parts.append(Padding(user_text("none yet", MUTED), (0, 0, 0, 2)))
    parts += [Text(), message(hint, MUTED)]
    return Group(*parts)
