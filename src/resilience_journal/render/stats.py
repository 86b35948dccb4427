"""The practice at a glance: the calendar heatmap, totals, mood."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import month_abbr, weekday_abbr
from resilience_journal.messages import stats as words
from resilience_journal.render.common import MUTED, message, sparkline, user_text
from resilience_journal.stats import Mood, Stats

LINE = 80  # the terminal width the screens are made for

_LEVELS = (("·", "dim"), ("░", "green"), ("▒", "green"), ("▓", "bold green"), ("█", "bold green"))


def _level(count: int) -> int:
    return 0 if count <= 0 else 1 if count == 1 else 2 if count == 2 else 3 if count <= 4 else 4


def heat_cell(count: int) -> Text:
    char, style = _LEVELS[_level(count)]
    return Text(char, style=style)


HEAT_LEGEND = ("0", "1", "2", "3-4", "5+")


class Heatmap:
    """The heatmap, as many of its latest weeks as the terminal's width holds."""

    def __init__(self, start: date, end: date, activity: dict[str, int]) -> None:
        self.start, self.end, self.activity = start, end, activity

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        weeks = (self.end - self.start).days // 7 + 1
        fits = max(1, (options.max_width - 4) // 2)
        shown = min(weeks, fits)
        yield Text(words.heatmap_title(shown), style="bold")
        yield heatmap(self.start + timedelta(weeks=weeks - shown), self.end, self.activity)


def heatmap(start: date, end: date, activity: dict[str, int]) -> Text:
    """Weeks as columns and weekdays as rows, from `start` (a week's first day) to `end`.
    Each day is a character whose shape carries the count, so it reads without colour."""
    weeks = (end - start).days // 7 + 1
    header = Text(" " * 4)
    month = None
    column = 0
    while column < weeks:  # month names over the first week that starts in them
        first = start + timedelta(weeks=column)
        turns = column == 0 and (first + timedelta(weeks=1)).month != first.month
        if first.month != month and column <= weeks - 2 and not turns:
            month = first.month
            header.append(f"{month_abbr(first)} ", style=MUTED)
            column += 2
        else:
            header.append("  ")
            column += 1
    lines = [header]
    for row in range(7):
        label = weekday_abbr(start + timedelta(days=row))
        line = Text(f"{label} " if row % 2 == 0 else "    ", style=MUTED)
        for column in range(weeks):
            day = start + timedelta(weeks=column, days=row)
            if day > end:
                break
            line.append_text(heat_cell(activity.get(day.isoformat(), 0)))
            line.append(" ")
        lines.append(line)
    legend = Text("    ")
    for (char, style), count in zip(_LEVELS, HEAT_LEGEND, strict=True):
        legend.append(char, style=style)
        legend.append(f" {count}  ", style=MUTED)
    legend.append(words.HEAT_LEGEND, style=MUTED)
    lines.append(legend)
    for line in lines:
        line.rstrip()
    return Text("\n").join(lines)


def distress_line(label: str, distress: Mood) -> list[RenderableType]:
    """Beside mood, only when there are check-in ratings to show; then, under both, what
    the ends of each scale mean (0 is the best of one and the worst of the other)."""
    if not distress.days:
        return []
    return [
        mood_line(label, distress, "rating"),
        Padding(message(words.SCALES, MUTED), (0, 0, 0, 2)),
    ]


def mood_line(label: str, mood: Mood, noun: str = "mood") -> Text:
    """A sparkline of 0-10 ratings (a day's average each) with how many were noted, their
    average and range, or a quiet note. The words go on a line of their own when the
    sparkline leaves them too little of 80 columns."""
    if not mood.ratings:
        return Text.assemble((label, "bold"), f"  {words.no_ratings(noun)}")
    if mood.count == 1:
        return Text.assemble((label, "bold"), f"  {words.one_rating(noun, mood.ratings[0][1])}")
    spark = sparkline([round(v) for v in mood.values], 0, 10)
    said = words.ratings(noun, mood.count, mood.average or 0, mood.low or 0, mood.high or 0)
    apart = "\n  " if len(label) + len(spark) + len(said) + 4 > LINE else "  "
    return Text.assemble((label, "bold"), "  ", spark, apart, said)


def stats_view(
    stats: Stats,
    *,
    totals: str,
    values_title: str,
    prompts_title: str,
    prompts: list[tuple[str, int]],
    streak: str,
) -> RenderableType:
    """The calendar, totals, mood, the values lived most and the prompts answered (category
    title, entries), and the streak: the sentences come from messages."""
    parts: list[RenderableType] = [
        Padding(Heatmap(stats.heatmap_start, stats.today, stats.activity), (0, 0, 1, 0)),
        Text(words.TOTALS, style="bold"),
        Padding(message(totals), (0, 0, 1, 2)),
        mood_line(words.MOOD_LAST_30, stats.mood),
        *distress_line(words.DISTRESS_AT_CHECKINS, stats.distress),
        Text(),
    ]
    for title, rows in ((values_title, stats.values), (prompts_title, prompts)):
        parts.append(Text(title, style="bold"))
        if not rows:
            parts.append(Padding(user_text(words.NONE_YET, MUTED), (0, 0, 1, 2)))
            continue
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(justify="right")
        for name, count in rows:
            grid.add_row(user_text(name), str(count))
        parts.append(Padding(grid, (0, 0, 1, 2)))
    parts.append(message(streak))
    return Group(*parts)
