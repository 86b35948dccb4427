"""The weekly review on screen, and as a picture (SVG, HTML)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import day_month, long_day, short_day, weekday_abbr
from resilience_journal.entries import Entry
from resilience_journal.messages import experiments as experiments_words
from resilience_journal.messages import values as values_words
from resilience_journal.paths import write_private_file
from resilience_journal.render.common import MUTED, listing, message, user_text
from resilience_journal.render.pictures import picture
from resilience_journal.render.stats import distress_line, heat_cell, mood_line
from resilience_journal.review import Period, Week


def review_view(week: Week, notes: dict[str, str]) -> RenderableType:
    """The weekly review summary: days, entries, wins by value, mood, values, prompts."""
    days = Table.grid(padding=(0, 1))
    for _ in week.days:
        days.add_column(justify="center")
    days.add_row(*(Text(weekday_abbr(day), style=MUTED) for day in week.days))
    days.add_row(
        *(
            heat_cell(week.activity.get(day.isoformat(), 0)) if day <= week.today else Text(" ")
            for day in week.days
        )
    )
    parts: list[RenderableType] = [
        Text.assemble(
            (f"Week {week.label}", "bold"),
            "  ",
            (f"{long_day(week.start)} to {long_day(week.end)}", MUTED),
        ),
        Padding(days, (1, 0, 1, 2)),
    ]
    parts += summary_parts(week, notes, "Values this week")
    if week.prompts:
        parts.append(Text("To reflect on, if it helps", style="bold"))
        listed = Table.grid(padding=(0, 1))
        listed.add_column(style=MUTED, no_wrap=True)
        listed.add_column(ratio=1)
        for number, prompt in enumerate(week.prompts, 1):
            listed.add_row(f"{number}.", user_text(prompt.text))
        parts.append(Padding(listed, (0, 0, 1, 2)))
    for review in week.reviews:
        title = "Your review" if len(week.reviews) == 1 else f"Your review, entry {review.id}"
        parts.append(
            Panel(
                user_text(review.body),
                title=Text(title, style="bold"),
                title_align="left",
                box=box.ROUNDED,
                padding=(1, 2),
            )
        )
    return Group(*parts)


def summary_parts(week: Period, notes: dict[str, str], values_title: str) -> list[RenderableType]:
    """Entries, wins by value, mood and distress, values, goals and experiments."""
    parts: list[RenderableType] = [Text("Entries", style="bold")]
    if week.entries:
        # Only the headline column may shrink (Rich narrows the columns that can wrap); its
        # text keeps to one line, cut with an ellipsis. The day and the mood keep their width.
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style=MUTED)
        table.add_column(ratio=1)
        table.add_column(no_wrap=True, justify="right")
        for entry in week.entries:
            mood = "" if entry.mood is None else f"mood {entry.mood}"
            headline = user_text(entry.headline)
            headline.no_wrap, headline.overflow = True, "ellipsis"
            table.add_row(day_month(entry.day), headline, mood)
        parts.append(Padding(table, (0, 0, 1, 2)))
    else:
        parts.append(Padding(message(notes["no_entries"], MUTED), (0, 0, 1, 2)))
    parts.append(Text("Small wins", style="bold"))
    if week.wins:
        grid = Table.grid(padding=(0, 1))
        grid.add_column()
        for name, wins in week.wins_by_value().items():
            grid.add_row(user_text(name or notes["other_wins"], "italic"))
            for noted in wins:
                grid.add_row(Text.assemble("  • ", user_text(noted.text)))
        parts.append(Padding(grid, (0, 0, 1, 2)))
    else:
        parts.append(Padding(message(notes["no_wins"], MUTED), (0, 0, 1, 2)))
    parts += [mood_line("Mood", week.mood), *distress_line("Distress", week.distress), Text()]
    parts.append(Text(values_title, style="bold"))
    if week.values:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("value")
        table.add_column("actions", justify="right")
        table.add_column("matters")
        table.add_column("lately")
        for value in week.values:
            rated = value.rating
            table.add_row(
                user_text(value.name),
                str(value.actions),
                *values_words.rating_cells(
                    rated.importance if rated else None, rated.consistency if rated else None
                ),
            )
        parts.append(Padding(table, (0, 0, 1, 2)))
    else:
        parts.append(Padding(message(notes["no_values"], MUTED), (0, 0, 1, 2)))
    parts += _week_plans(week)
    return parts


def _week_plans(week: Period) -> list[RenderableType]:
    """The steps checked toward goals in a week, and each experiment's days: only when
    there are some."""
    if not week.steps and not week.tries:
        return []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style=MUTED)
    grid.add_column(ratio=1)
    for goal, step in week.steps:
        if step.done_day is None:  # never: these are the steps checked this week
            continue
        grid.add_row(
            day_month(step.done_day),
            Text.assemble(
                user_text(step.text),
                f" (step {step.step} of ",
                user_text(goal.title, "italic"),
                ")",
            ),
        )
    for experiment, tried, not_tried in week.tries_by_experiment():
        grid.add_row(
            "",
            Text.assemble(
                user_text(experiment.title, "italic"),
                ": ",
                experiments_words.week_tries(tried, not_tried),
            ),
        )
    return [Text("Goals and experiments", style="bold"), Padding(grid, (0, 0, 1, 2))]


def save_picture(renderable: RenderableType, path: str, kind: str, title: str) -> None:
    """Render to an SVG or HTML file (Rich's console recording), private to the person.
    The file names only local fonts and fetches nothing when it is opened."""
    recorder = Console(
        record=True, width=100, file=io.StringIO(), highlight=False, emoji=False, markup=False
    )
    recorder.print(renderable)
    # An existing file is replaced by a private one.
    write_private_file(Path(path), picture(recorder, kind, title))


def reviews_view(reviews: Sequence[Entry], total: int, shown_hint: str) -> RenderableType:
    return listing(reviews_table(reviews), len(reviews), total, shown_hint)


def reviews_table(reviews: Sequence[Entry]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True)
    table.add_column("week", no_wrap=True)
    table.add_column("written", no_wrap=True, style=MUTED)
    table.add_column("review", ratio=1, overflow="ellipsis", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    for entry in reviews:
        table.add_row(
            str(entry.id),
            entry.review_week or "",
            short_day(entry.day),
            user_text(entry.headline),
            str(entry.words),
        )
    return table
