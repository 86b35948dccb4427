"""What `rj streak` says: what happened, never what did not."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from resilience_journal.dates import short_day
from resilience_journal.messages.common import plural


class Run(Protocol):
    """A streak as these words read it (streaks.Streak is one)."""

    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def practised(self) -> int: ...
    @property
    def days(self) -> int: ...


class Practised(Protocol):
    """The practice as these words read it (streaks.Practice is one)."""

    @property
    def rest_days_per_week(self) -> int: ...
    @property
    def current(self) -> Run | None: ...
    @property
    def longest(self) -> Run | None: ...
    @property
    def last_7(self) -> int: ...
    @property
    def last_30(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def last_day(self) -> date | None: ...
    @property
    def returning(self) -> bool: ...
    @property
    def previous_day(self) -> date | None: ...


def streak_lines(result: Practised) -> list[str]:
    """What happened, never what did not: a streak and the days written. The longest
    streak only beside a current one that is shown: next to no streak, or to a first day
    back, it would be a comparison. The rule is in `rj streak --help` (STREAK_HELP)."""
    lines = []
    current, longest = result.current, result.longest
    shown = current is not None and not (result.returning and current.days == 1)
    if result.total == 0:
        lines.append("Nothing written yet. The journal is here whenever you want it.")
    elif result.returning and current is not None and result.previous_day is not None:
        lines.append(
            f"Welcome back. Before this, you last wrote on {short_day(result.previous_day)}."
        )
    if current is not None and shown:
        rest = current.days - current.practised
        rested = ""
        if rest:
            rested = f", {rest} of them {'a rest day' if rest == 1 else 'rest days'}"
        lines.append(
            f"Your current streak: {plural(current.days, 'day')}, since {short_day(current.start)}"
            f"{rested}."
        )
    elif current is None and result.last_day is not None:
        lines.append(
            f"You last wrote on {short_day(result.last_day)}. The journal is here "
            "whenever you want it."
        )
    if shown and longest is not None and longest.days > 1 and longest != current:
        lines.append(
            f"Your longest streak: {plural(longest.days, 'day')}, {short_day(longest.start)} to "
            f"{short_day(longest.end)}."
        )
    if result.last_7:
        lines.append(
            f"You wrote on {result.last_7} of the last 7 days and {result.last_30} of "
            f"the last 30; {plural(result.total, 'day')} in all."
        )
    elif result.last_30:
        lines.append(
            f"You wrote on {result.last_30} of the last 30 days; "
            f"{plural(result.total, 'day')} in all."
        )
    elif result.total:
        lines.append(f"You have written on {plural(result.total, 'day')} in all.")
    return lines


STREAK_HELP = (
    "A day counts when it has an entry, a win or a review. A streak rests through up to "
    "rest_days_per_week days without writing in any 7 days (1 unless you change it with "
    "`rj config set rest_days_per_week N`; with 0, a streak is days in a row), and today "
    "stays open until it ends. Rest days are part of the design, and the longest streak is "
    "shown only beside a current one."
)
STREAK_COMMAND_HELP = (
    f"Your current and longest streak, and the days you wrote lately.\n\n{STREAK_HELP}"
)


def streak_rule(rest_days: int) -> str:
    if rest_days == 0:
        rests = "A streak counts days in a row"
    else:
        rests = (
            f"A streak rests through up to {plural(rest_days, 'day')} without writing in any 7 days"
        )
    return (
        f"{rests}; an entry, a win or a review counts, and today stays open until it ends "
        "(rest_days_per_week changes this)."
    )
