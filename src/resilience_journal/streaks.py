"""Practice over time, without shame: streaks that allow rest days, and counts of days.

Pure functions: the days practised and `today` are passed in; Streaks reads the days from
the journal.

The rule. A day counts when it has an entry, a win or a review. A streak is a run of days
from one practised day to another in which every 7-day window holds at most
`rest_days_per_week` days without practice (rest days). Rest days inside a streak are part
of it: Monday, Tuesday, (rest) Thursday is a 4-day streak. The current streak is the one
that holds the latest practised day, as long as the days since then, up to yesterday, still
keep the rule: today is never counted as missed, since the day is not over.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.store import JournalStore


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


class _Window:
    """The missed days inside a run, oldest first, to test the rule as the run grows."""

    def __init__(self, rest_days: int) -> None:
        self.rest_days = rest_days
        self.missed: deque[date] = deque()

    def drop_before(self, start: date) -> None:
        while self.missed and self.missed[0] < start:
            self.missed.popleft()

    def add(self, day: date) -> date | None:
        """Add a missed day. If the 7 days ending on it now hold too many missed days,
        the earliest missed day a run must start after to keep the rule; else None."""
        self.missed.append(day)
        inside = 0  # missed days in the 7 days ending on `day`, counted newest first
        for missed in reversed(self.missed):
            if missed <= day - timedelta(days=7):
                break
            inside += 1
            if inside > self.rest_days:
                return missed  # one too many: a run must start after it
        return None


def practice(days: Iterable[date], today: date, rest_days_per_week: int = 1) -> Practice:
    """Streaks and counts from the days practised (any order, repeats allowed); days after
    `today` are ignored.

    Each practised day ends the longest run that keeps the rule: when a gap breaks it, the
    run starts again on the first practised day after the missed day that broke it, not on
    the day after the gap, so writing on 7 of the last 8 days is a streak of 8."""
    ordered = list(days)
    if any(later <= earlier for earlier, later in pairwise(ordered)):
        ordered = sorted(set(ordered))  # the store gives them in order; others may not
    del ordered[bisect_right(ordered, today) :]  # the future is not counted
    longest: Streak | None = None
    window = _Window(rest_days_per_week)
    first = 0  # index in `ordered` of the current run's first day
    ordinals = [day.toordinal() for day in ordered]
    gaps = [n for n, (a, b) in enumerate(pairwise(ordinals), 1) if b - a != 1]
    for index in gaps:  # from one day to the next nothing is missed: the run simply grows
        before, day = ordered[index - 1], ordered[index]
        moved = first
        for missed in _between(before, day):
            after = window.add(missed)
            if after is not None:
                moved = max(moved, bisect_right(ordered, after))
                window.drop_before(ordered[moved])
        if moved != first:  # the run that ended on `before` could grow no further
            longest = _longer(longest, _streak(ordered, first, index - 1))
            first = moved
    current = None
    returning = False
    previous_day = None
    if ordered:
        last = len(ordered) - 1
        longest = _longer(longest, _streak(ordered, first, last))
        start = first
        for missed in _between(ordered[last], today):  # up to yesterday; today is not over
            after = window.add(missed)
            if after is not None:
                start = max(start, bisect_right(ordered, after))
                window.drop_before(ordered[start] if start <= last else today)
        if start <= last:
            current = _streak(ordered, start, last)
            returning = start > 0 and current.start >= today - timedelta(days=1)
            previous_day = ordered[start - 1] if returning else None
    return Practice(
        today=today,
        rest_days_per_week=rest_days_per_week,
        current=current,
        longest=longest,
        last_7=_within(ordered, today, 7),
        last_30=_within(ordered, today, 30),
        last_365=_within(ordered, today, 365),
        total=len(ordered),
        last_day=ordered[-1] if ordered else None,
        returning=returning,
        previous_day=previous_day,
    )


def _between(first: date, last: date) -> list[date]:
    """The days strictly between two days."""
    return [first + timedelta(days=n) for n in range(1, (last - first).days)]


def _streak(ordered: list[date], first: int, last: int) -> Streak:
    return Streak(ordered[first], ordered[last], last - first + 1)


def _longer(best: Streak | None, other: Streak) -> Streak:
    """The longer streak; on a tie, the more recent one."""
    return other if best is None or other.days >= best.days else best


def _within(ordered: list[date], today: date, days: int) -> int:
    return bisect_right(ordered, today) - bisect_left(ordered, today - timedelta(days=days - 1))


class Streaks:
    """The streak rule over the days the journal holds (journal.streaks)."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def practice(self, today: date) -> Practice:
        days = [date.fromisoformat(day) for day in self.store.days.practised()]
        return practice(days, today, self.settings.rest_days)
