"""The monthly reflection on screen (and as a picture), and `rj growth`: the person's own
words per domain, month by month. Never a number about the person."""

from __future__ import annotations

from datetime import timedelta

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import long_day, week_start, weekday_abbr
from resilience_journal.messages import monthly as words
from resilience_journal.monthly import Growth, Month, Reflection
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.render.review import summary_parts
from resilience_journal.render.stats import heat_cell

#: Room a month's column needs in `rj growth` before months go one after another.
MONTH_WIDTH = 24
DOMAIN_WIDTH = 18


def month_view(month: Month, week_starts_on: str) -> RenderableType:
    """The month: its days as a calendar, then what the weekly review shows, then the
    questions with any answers given."""
    parts: list[RenderableType] = [
        Text.assemble(
            (f"Month {month.label}", "bold"),
            "  ",
            (f"{long_day(month.start)} to {long_day(month.end)}", MUTED),
        ),
        Padding(_calendar(month, week_starts_on), (1, 0, 1, 2)),
    ]
    parts += summary_parts(month, words.MONTH_NOTES, words.VALUES_TITLE)
    parts.append(Text(words.QUESTIONS_TITLE, style="bold"))
    answers = month.answers()
    listed = Table.grid(padding=(0, 1))
    listed.add_column(ratio=1)
    for key, (title, question) in words.DOMAINS.items():
        listed.add_row(Text(title, style="italic"))
        listed.add_row(Padding(message(question), (0, 0, 0, 2)))
        if key in answers:
            listed.add_row(Padding(Text.assemble("→ ", user_text(answers[key].said)), (0, 0, 0, 2)))
        listed.add_row("")
    parts.append(Padding(listed, (0, 0, 0, 2)))
    return Group(*parts)


def _calendar(month: Month, week_starts_on: str) -> Table:
    first = week_start(month.start, week_starts_on)
    grid = Table.grid(padding=(0, 1))
    for _ in range(7):
        grid.add_column(justify="center")
    days = [first + timedelta(days=n) for n in range(7)]
    grid.add_row(*(Text(weekday_abbr(day), style=MUTED) for day in days))
    day = first
    while day <= month.end:
        row: list[RenderableType] = []
        for _ in range(7):
            inside = month.start <= day <= month.end and day <= month.today
            row.append(heat_cell(month.activity.get(day.isoformat(), 0)) if inside else Text(" "))
            day += timedelta(days=1)
        grid.add_row(*row)
    return grid


def _said(found: Reflection | None) -> Text:
    if found is None:
        return Text("")
    return user_text(found.said)


class GrowthView:
    """Domains down and months across, their words in the cells; on a terminal too narrow
    for that, one month after another."""

    def __init__(self, growth: Growth) -> None:
        self.growth = growth

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        months = self.growth.months
        found = self.growth.by_domain()
        yield Text(words.GROWTH_TITLE, style="bold")
        yield Text()
        if options.max_width >= DOMAIN_WIDTH + MONTH_WIDTH * len(months):
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
            table.add_column("", style="italic", ratio=2, min_width=12)
            for label in months:
                table.add_column(label, ratio=3)
            for key, (title, _question) in words.DOMAINS.items():
                table.add_row(title, *(_said(found[key].get(label)) for label in months))
            yield table
            return
        for label in months:
            yield Text(label, style="bold")
            grid = Table.grid(padding=(0, 1))
            grid.add_column()
            for key, (title, _question) in words.DOMAINS.items():
                answer = found[key].get(label)
                if answer is None:
                    continue
                grid.add_row(Text(title, style="italic"))
                grid.add_row(Padding(user_text(answer.said), (0, 0, 0, 2)))
            yield Padding(grid, (0, 0, 1, 2))


def growth_view(growth: Growth) -> RenderableType:
    return GrowthView(growth)
