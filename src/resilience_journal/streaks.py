"""Practice over time, without shame: streaks that allow rest days, and counts of days.

Pure functions: the days practised and `today` are passed in.

The rule. A day counts when it has an entry, a win or a review. A streak is a run of days
from one practised day to another in which every 7-day window holds at most
`rest_days_per_week` days without practice (rest days). Rest days inside a streak are part
of it: Monday, Tuesday, (rest) Thursday is a 4-day streak. The current streak is the one
that holds the latest practised day, as long as the days since then, up to yesterday, still
keep the rule: today is never counted as missed, since the day is not over.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class Streak:
    start: date
    end: date  # the last practised day in it
    practised: int  # days with practice in it

    @property
    def days(self) -> int:
        """Its length in days, rest days included."""
        return (self.end - self.start).days + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "practised_days": self.practised,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


@dataclass(frozen=True)
class Practice:
    today: date
    rest_days_per_week: int
    current: Streak | None
    longest: Streak | None
    last_7: int
    last_30: int
    last_365: int
    total: int
    last_day: date | None  # the latest practised day up to today
    returning: bool  # practice today or yesterday after a gap that ended a streak
    previous_day: date | None = None  # when returning: the last day practised before

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "current": self.current.to_json() if self.current else None,
            "longest": self.longest.to_json() if self.longest else None,
            "days_last_7": self.last_7,
            "days_last_30": self.last_30,
            "days_last_365": self.last_365,
            "days_total": self.total,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "rest_days_per_week": self.rest_days_per_week,
        }


class _Run:
    """A streak being followed day by day, with the rest days of its last week."""

    def __init__(self, day: date, rest_days: int) -> None:
        self.start = self.end = day
        self.practised = 1
        self.rest_days = rest_days
        self.missed: deque[date] = deque()

    def rest_allowed(self, days: Iterable[date]) -> bool:
        """Whether these missed days (consecutive, after `end`) keep every 7-day window
        within the rule. Windows ending on a missed day are the only ones that can break
        it. Does not change the run."""
        missed = deque(self.missed)
        for day in days:
            missed.append(day)
            while missed[0] <= day - timedelta(days=7):
                missed.popleft()
            if len(missed) > self.rest_days:
                return False
        return True

    def extend(self, day: date) -> bool:
        """Add the next practised day; False (and no change) if the gap ends the streak."""
        gap = [self.end + timedelta(days=n) for n in range(1, (day - self.end).days)]
        if not self.rest_allowed(gap):
            return False
        self.missed.extend(gap)
        while self.missed and self.missed[0] <= day - timedelta(days=7):
            self.missed.popleft()
        self.end = day
        self.practised += 1
        return True

    def streak(self) -> Streak:
        return Streak(self.start, self.end, self.practised)


def practice(days: Iterable[date], today: date, rest_days_per_week: int = 1) -> Practice:
    """Streaks and counts from the days practised (any order, repeats allowed); days after
    `today` are ignored."""
    ordered = sorted({day for day in days if day <= today})
    longest: Streak | None = None
    run: _Run | None = None
    previous_end: date | None = None
    for day in ordered:
        if run is not None and run.extend(day):
            continue
        if run is not None:
            longest = _longer(longest, run.streak())
            previous_end = run.end
        run = _Run(day, rest_days_per_week)
    current = None
    returning = False
    if run is not None:
        longest = _longer(longest, run.streak())
        since = [run.end + timedelta(days=n) for n in range(1, (today - run.end).days)]
        if run.rest_allowed(since):  # up to yesterday; today is not over
            current = run.streak()
            returning = previous_end is not None and run.start >= today - timedelta(days=1)
    last_day = ordered[-1] if ordered else None
    return Practice(
        today=today,
        rest_days_per_week=rest_days_per_week,
        current=current,
        longest=longest,
        last_7=_within(ordered, today, 7),
        last_30=_within(ordered, today, 30),
        last_365=_within(ordered, today, 365),
        total=len(ordered),
        last_day=last_day,
        returning=returning,
        previous_day=previous_end if returning else None,
    )


def _longer(best: Streak | None, other: Streak) -> Streak:
    """The longer streak; on a tie, the more recent one."""
    return other if best is None or other.days >= best.days else best


def _within(ordered: list[date], today: date, days: int) -> int:
    from bisect import bisect_left, bisect_right

    return bisect_right(ordered, today) - bisect_left(ordered, today - timedelta(days=days - 1))
