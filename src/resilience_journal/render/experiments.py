"""Small experiments on screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import brief_day, compact_day, short_day
from resilience_journal.experiments import Experiment
from resilience_journal.messages.common import plural
from resilience_journal.render.common import (
    MUTED,
    AtWidth,
    answer_table,
    fact_line,
    message,
    title_fits,
    user_text,
)

OUTCOMES = {"helped": "helped", "partly": "partly", "not-this-time": "not this time"}


def _experiment_state(experiment: Experiment, today: date) -> str:
    if experiment.closed:
        outcome = OUTCOMES.get(experiment.outcome or "", "")
        return f"closed{': ' + outcome if outcome else ''}"
    if today > experiment.end:
        return "ended, open"
    if today < experiment.start:
        return f"starts {brief_day(experiment.start, today)}"
    return f"day {experiment.day_number(today)} of {experiment.days}"


def experiments_table(experiments: Sequence[Experiment], today: date) -> AtWidth:
    """Experiments, one a row. A title is never cut: it wraps in its column; and where the
    weekdays would leave it too little room, the days are shorter (25 Nov / to 8 Dec) and
    what was tried goes under where the experiment is now."""

    def build(width: int) -> Table:
        columns = [
            ["id", *(str(found.id) for found in experiments)],
            ["days", *(_span(found, today) for found in experiments)],
            ["tried", *(f"{found.tried} of {found.days}" for found in experiments)],
            ["now", *(_experiment_state(found, today) for found in experiments)],
        ]
        wide = title_fits(width, [found.title for found in experiments], columns)
        return _experiments_table(experiments, today, wide=wide)

    return AtWidth(build)


def _span(found: Experiment, today: date) -> str:
    return f"{brief_day(found.start, today)} to {brief_day(found.end, today)}"


def _experiments_table(experiments: Sequence[Experiment], today: date, *, wide: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("experiment", ratio=1, overflow="fold", min_width=20)
    table.add_column("days", no_wrap=True)
    if wide:
        table.add_column("tried", justify="right", no_wrap=True)
    table.add_column("now", style=MUTED, max_width=None if wide else 14)
    for found in experiments:
        tried = f"{found.tried} of {found.days}"
        state = _experiment_state(found, today)
        if wide:
            cells = [_span(found, today), tried, state]
        else:
            span = f"{compact_day(found.start, today)}\nto {compact_day(found.end, today)}"
            cells = [span, f"{state}\ntried {tried}"]
        table.add_row(str(found.id), user_text(found.title), *cells)
    return table


def _experiment_head(experiment: Experiment, today: date) -> list[RenderableType]:
    days = plural(experiment.days, "day")
    span = f"{days}, {short_day(experiment.start_day)} to {short_day(experiment.end)}"
    value = f"for {experiment.value}" if experiment.value else ""
    facts = [span, value, _experiment_state(experiment, today)]
    if experiment.closed_day is not None:
        facts[-1] = f"closed {short_day(experiment.closed_day)}"
    return [
        Text.assemble(
            (f"Experiment {experiment.id} · ", "bold"), user_text(experiment.title, "bold")
        ),
        fact_line(facts),
    ]


def experiment_view(experiment: Experiment, today: date, summary: str) -> RenderableType:
    """An experiment: its facts and answers, then each of its days up to today."""
    parts = _experiment_head(experiment, today)
    answers = answer_table(
        [
            ("Helped if", experiment.helped_if),
            ("If it gets hard", experiment.if_hard),
            ("How it went", OUTCOMES.get(experiment.outcome or "")),
            ("Adjust", experiment.adjust),
        ]
    )
    if answers.row_count:
        parts.append(Padding(answers, (1, 0, 0, 2)))
    parts += [Text(), Text("Days", style="bold")]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style=MUTED)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    last = min(experiment.end, today)
    day = experiment.start
    while day <= last:
        tick = experiment.tick_on(day)
        said = "–" if tick is None else "tried it" if tick.did else "not this day"
        grid.add_row(brief_day(day, today), said, user_text(tick.note if tick else ""))
        day += timedelta(days=1)
    shown = grid if grid.row_count else user_text("none yet", MUTED)
    parts += [Padding(shown, (0, 0, 0, 2)), Text(), message(summary)]
    return Group(*parts)


def experiment_look_back(experiment: Experiment, summary: str) -> RenderableType:
    """Before the questions that close an experiment: what it was, and its days."""
    parts: list[RenderableType] = [
        Text.assemble(("Looking back on ", "bold"), user_text(experiment.title, "bold"))
    ]
    if experiment.helped_if:
        parts.append(
            Text.assemble(
                ("You said you would know it helped if: ", MUTED), user_text(experiment.helped_if)
            )
        )
    parts += [message(summary), Text()]
    return Group(*parts)
