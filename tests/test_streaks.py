"""The streak rule, on its edges: gaps, rest-day windows, today not being over."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resilience_journal.streaks import practice

TODAY = date(2026, 11, 22)


def days_ago(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_nothing_practised():
    result = practice([], TODAY)
    assert result.current is None and result.longest is None
    assert (result.last_7, result.last_30, result.last_365, result.total) == (0, 0, 0, 0)
    assert result.last_day is None and not result.returning


@pytest.mark.parametrize(
    ("rest", "gap", "alive"),
    [
        (1, 0, True),  # consecutive days
        (1, 1, True),  # one rest day
        (1, 2, False),  # two missed days in a week
        (0, 1, False),  # no rest days allowed
        (2, 2, True),
        (2, 3, False),
    ],
)
def test_gaps_between_practised_days(rest, gap, alive):
    # practised 10 days ago, then `gap` missed days, then every day up to today
    first = 10
    later = range(first - gap - 1, -1, -1)
    result = practice(days_ago(first, *later), TODAY, rest)
    current = result.current
    assert current is not None
    if alive:
        assert current.start == TODAY - timedelta(days=first)
        assert current.days == first + 1
        assert current.practised == first + 1 - gap
    else:
        assert current.start == TODAY - timedelta(days=first - gap - 1)


def test_rest_days_are_counted_per_seven_day_window():
    # one missed day every 7th day is always fine with one rest day a week ...
    weekly = [d for d in range(0, 29) if d % 7 != 3]
    result = practice(days_ago(*weekly), TODAY, 1)
    assert result.current is not None and result.current.days == 29
    # ... but two missed days 5 days apart fall in one window: the streak holding both ends
    # at the first, and the current one starts on the day after it (8 days, 1 rest day)
    close = [d for d in range(0, 20) if d not in (3, 8)]
    result = practice(days_ago(*close), TODAY, 1)
    assert result.current is not None
    assert result.current.start == TODAY - timedelta(days=7)
    assert (result.current.days, result.current.practised) == (8, 7)
    assert result.longest is not None and result.longest.days == 16  # 19 to 4 days ago
    assert result.longest.practised == 15


def test_missed_days_six_apart_share_a_window_seven_apart_do_not():
    seven = practice(days_ago(*[d for d in range(0, 15) if d not in (2, 9)]), TODAY, 1)
    assert seven.current is not None and seven.current.days == 15
    six = practice(days_ago(*[d for d in range(0, 15) if d not in (2, 8)]), TODAY, 1)
    assert six.current is not None and six.current.start == TODAY - timedelta(days=7)
    assert six.longest is not None and six.longest.days == 12  # 14 to 3 days ago, with 8


def test_writing_on_seven_of_the_last_eight_days_is_a_streak_of_eight():
    # A missed day long ago, then days, one rest day, days: the rest day 9 days back does
    # not shorten today's streak to the days after the latest rest
    days = days_ago(7, 6, 5, 4, 2, 1, 0, 10, 11)
    result = practice(days, TODAY, 1)
    assert result.current is not None
    assert (result.current.start, result.current.days) == (TODAY - timedelta(days=7), 8)


def test_the_current_streak_lives_until_the_end_of_today():
    # practised up to yesterday: nothing lost yet today
    result = practice(days_ago(5, 4, 3, 2, 1), TODAY, 0)
    assert result.current is not None and result.current.days == 5
    # practised up to two days ago with one rest day a week: yesterday was the rest day
    result = practice(days_ago(5, 4, 3, 2), TODAY, 1)
    assert result.current is not None and result.current.end == TODAY - timedelta(days=2)
    # ... with no rest days, yesterday ended it
    assert practice(days_ago(5, 4, 3, 2), TODAY, 0).current is None
    # two missed days (yesterday and the day before) end it even with one rest day
    result = practice(days_ago(6, 5, 4, 3), TODAY, 1)
    assert result.current is None
    assert result.longest is not None and result.longest.days == 4


def test_returning_after_a_gap_is_a_welcome():
    result = practice(days_ago(30, 29, 28, 0), TODAY, 1)
    assert result.returning
    assert result.current is not None and result.current.days == 1
    assert result.longest is not None and result.longest.days == 3
    assert not practice(days_ago(2, 1, 0), TODAY, 1).returning  # no gap before
    assert not practice(days_ago(30, 29), TODAY, 1).returning  # not back yet


def test_counts_of_days():
    days = days_ago(0, 0, 1, 6, 7, 29, 30, 364, 365, 1000)  # repeats count once
    result = practice([*days, TODAY + timedelta(days=1)], TODAY)  # the future is ignored
    assert (result.last_7, result.last_30, result.last_365, result.total) == (3, 5, 7, 9)
    assert result.last_day == TODAY


def test_longest_prefers_the_latest_on_a_tie():
    result = practice(days_ago(20, 19, 18, 2, 1, 0), TODAY, 0)
    assert result.longest is not None and result.longest.start == TODAY - timedelta(days=2)


def test_a_lifetime_of_days_with_a_rest_day_every_ninth():
    days = [TODAY - timedelta(days=n) for n in range(50_000) if n % 9]  # today not yet
    result = practice(days, TODAY, 1)
    assert result.total == len(days)
    assert result.current is not None and result.current.days == 49_999  # to yesterday


def _keeps_rule(practised: set[date], start: date, end: date, rest: int) -> bool:
    missed = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    missed = [day for day in missed if day not in practised]
    return all(
        sum(1 for other in missed if day - timedelta(days=7) < other <= day) <= rest
        for day in missed
    )


def _by_the_definition(practised: set[date], today: date, rest: int):
    """The streak rule read literally, slowly: every run from one practised day to another
    (or, for the current streak, to yesterday) whose 7-day windows hold at most `rest`
    missed days."""
    ordered = sorted(practised)
    runs = [
        (s, e) for e in ordered for s in ordered if s <= e and _keeps_rule(practised, s, e, rest)
    ]
    longest = max(runs, key=lambda run: ((run[1] - run[0]).days, run[1]), default=None)
    current = None
    if ordered:
        last = ordered[-1]
        through = max(last, today - timedelta(days=1))
        starts = [s for s in ordered if _keeps_rule(practised, s, through, rest)]
        current = (starts[0], last) if starts else None
    return current, longest


@pytest.mark.parametrize("seed", range(60))
def test_the_streaks_match_the_rule_read_literally(seed):
    import random

    rng = random.Random(seed)
    rest = rng.choice([0, 1, 1, 2, 3])
    density = rng.choice([0.5, 0.7, 0.85, 0.95])
    practised = {TODAY - timedelta(days=n) for n in range(45) if rng.random() < density}
    result = practice(practised, TODAY, rest)
    current, longest = _by_the_definition(practised, TODAY, rest)
    got_current = (result.current.start, result.current.end) if result.current else None
    got_longest = (result.longest.start, result.longest.end) if result.longest else None
    assert got_current == current
    assert got_longest == longest
    if result.current:
        assert result.current.practised == sum(
            1 for day in practised if result.current.start <= day <= result.current.end
        )
