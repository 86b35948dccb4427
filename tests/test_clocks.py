"""The date-sensitive scenarios under a table of clocks: the moments where calendars and
clocks are awkward (a week across two months, the turn of a year, the hours before the
journaling day starts, 29 February, the days clocks go forward and back, a zone far east
of UTC). Each clock sets RJ_NOW and the process's time zone; what rj says is checked
against the journaling day written out by hand in the table."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from zoneinfo import ZoneInfo

import pytest

from resilience_journal.dates import journal_day

from .conftest import ok


@dataclass(frozen=True)
class Clock:
    name: str
    now: str  # local wall-clock time in `zone`, as RJ_NOW gives it
    zone: str
    day: str  # the journaling day at that moment (the day starts at 04:00)

    @property
    def today(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def instant(self) -> datetime:
        """The moment itself, in UTC; fold=0 takes the first of a repeated hour, as rj does.
        (In UTC because Python never finds a time in a repeated hour equal to one in
        another zone.)"""
        local = datetime.fromisoformat(self.now).replace(tzinfo=ZoneInfo(self.zone))
        return local.astimezone(UTC)


CLOCKS = [
    Clock("a week across two months", "2026-12-03T20:00:00", "Europe/London", "2026-12-03"),
    Clock("the last day of a year", "2026-12-31T23:30:00", "Europe/London", "2026-12-31"),
    Clock("the first day of a year", "2027-01-01T09:00:00", "Europe/London", "2027-01-01"),
    Clock("new year, before the day starts", "2027-01-01T02:00:00", "Europe/London", "2026-12-31"),
    Clock("half past midnight", "2026-11-26T00:30:00", "America/New_York", "2026-11-25"),
    Clock("03:59", "2026-11-26T03:59:00", "America/New_York", "2026-11-25"),
    Clock("04:00", "2026-11-26T04:00:00", "America/New_York", "2026-11-26"),
    Clock("29 February", "2028-02-29T12:00:00", "America/New_York", "2028-02-29"),
    Clock(
        "1 March after a leap day, 01:00", "2028-03-01T01:00:00", "America/New_York", "2028-02-29"
    ),
    Clock(
        "US clocks go forward, just after", "2027-03-14T03:30:00", "America/New_York", "2027-03-13"
    ),
    Clock("US clocks go forward, evening", "2027-03-14T21:00:00", "America/New_York", "2027-03-14"),
    Clock(
        "US clocks go back, the repeated hour",
        "2026-11-01T01:30:00",
        "America/New_York",
        "2026-10-31",
    ),
    Clock(
        "UK clocks go forward, just before", "2027-03-28T00:30:00", "Europe/London", "2027-03-27"
    ),
    Clock("UK clocks go back, evening", "2026-10-25T21:00:00", "Europe/London", "2026-10-25"),
    Clock("far east of UTC, morning", "2026-12-06T09:00:00", "Pacific/Auckland", "2026-12-06"),
    Clock("far east of UTC, new year", "2027-01-01T00:30:00", "Pacific/Auckland", "2026-12-31"),
]


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Clock], None]]:
    """Move rj's clock and the process's time zone to a clock of the table."""
    zone = os.environ.get("TZ")

    def move(clock: Clock) -> None:
        monkeypatch.setenv("RJ_NOW", clock.now)
        monkeypatch.setenv("TZ", clock.zone)
        time.tzset()

    yield move
    if zone is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = zone
    time.tzset()


each_clock = pytest.mark.parametrize("clock", CLOCKS, ids=[clock.name for clock in CLOCKS])


def as_json(rj, *args: str):
    return json.loads(ok(rj(*args, "--json")))


def iso(day: date) -> str:
    return day.isoformat()


@each_clock
def test_today_is_the_journaling_day(rj, at, clock):
    at(clock)
    assert as_json(rj, "today")["day"] == clock.day
    ok(rj("write", "Now."))
    (entry,) = as_json(rj, "list")
    assert entry["day"] == clock.day
    assert datetime.fromisoformat(entry["created_at"]) == clock.instant


@each_clock
def test_back_filled_entries_and_wins_land_on_their_day(rj, at, clock):
    at(clock)
    yesterday = clock.today - timedelta(days=1)
    said = rj("win", "slept a little", "--date", "yesterday")
    assert said.stderr.startswith("Noted for yesterday: slept a little.")
    ok(rj("write", "Looking back.", "--date", "yesterday"))
    ok(rj("write", "A week back.", "--date", "7 days ago"))
    assert [win["day"] for win in as_json(rj, "wins")] == [iso(yesterday)]
    days = [entry["day"] for entry in as_json(rj, "list")]
    assert days == [iso(yesterday), iso(clock.today - timedelta(days=7))]
    refused = rj("write", "Not yet.", "--date", "tomorrow")
    assert refused.exit_code == 1 and "in the future" in refused.stderr


@each_clock
def test_the_streak_counts_to_today(rj, at, clock):
    at(clock)
    ok(rj("write", "Today."))
    ok(rj("write", "Yesterday.", "--date", "yesterday"))
    ok(rj("win", "a win", "--date", "2 days ago"))
    streak = as_json(rj, "streak")
    assert streak["today"] == clock.day
    assert streak["current"] == {
        "days": 3,
        "practised_days": 3,
        "end": clock.day,
        "start": iso(clock.today - timedelta(days=2)),
    }
    assert (streak["days_last_7"], streak["last_day"]) == (3, clock.day)


@each_clock
def test_the_weekly_review_and_its_ready_note(rj, at, clock):
    at(clock)
    monday = clock.today - timedelta(days=clock.today.weekday())
    start = monday if (clock.today - monday).days >= 3 else monday - timedelta(weeks=1)
    ok(rj("write", "Something from the week.", "--date", iso(start)))
    review = as_json(rj, "review")
    assert (review["start"], review["end"]) == (iso(start), iso(start + timedelta(days=6)))
    assert list(review["days"]) == [iso(start + timedelta(days=n)) for n in range(7)]
    label = "{}-W{:02d}".format(*(start + timedelta(days=3)).isocalendar()[:2])
    assert review["week"] == as_json(rj, "today")["review_ready"] == label
    assert "is ready whenever you are: `rj review`." in " ".join(ok(rj("today")).split())


@each_clock
def test_alignment_looks_back_thirty_days(rj, at, clock):
    at(clock)
    ok(rj("values", "add", "rest"))
    ok(rj("win", "a nap", "--value", "rest"))
    ok(rj("win", "an old nap", "--value", "rest", "--date", "30 days ago"))
    data = as_json(rj, "alignment")
    assert (data["since"], data["until"]) == (iso(clock.today - timedelta(days=29)), clock.day)
    assert data["values"][0]["actions"] == 1  # 30 days ago is outside the window


@each_clock
def test_todays_prompt_holds_for_the_whole_journaling_day(rj, at, clock, monkeypatch):
    at(clock)
    first = as_json(rj, "prompt")
    monkeypatch.setenv("RJ_NOW", f"{clock.day}T12:00:00")  # noon of the same journaling day
    assert as_json(rj, "prompt")["id"] == first["id"]


@each_clock
def test_an_experiments_days_follow_the_journaling_day(rj, at, clock):
    at(clock)
    ok(rj("experiment", "start", "a walk after lunch", "--days", "7"))
    ok(rj("experiment", "log", "1"))
    shown = as_json(rj, "experiment", "show", "1")
    assert (shown["start_day"], shown["end_day"]) == (
        clock.day,
        iso(clock.today + timedelta(days=6)),
    )
    assert [tick["day"] for tick in shown["ticks"]] == [clock.day]
    missed = rj("experiment", "log", "1", "--date", "yesterday")
    assert missed.exit_code == 1  # the day before it started


@each_clock
def test_a_goals_by_date_counts_from_the_journaling_day(rj, at, clock):
    at(clock)
    ok(rj("goals", "add", "swim a length", "--by", "end of month"))
    ok(rj("goals", "step", "1", "find the pool", "--by", "tomorrow"))
    ok(rj("goals", "step", "1", "go once", "--by", "in 2 weeks"))
    (goal,) = as_json(rj, "goals")
    month_end = (clock.today.replace(day=28) + timedelta(days=4)).replace(day=1)
    assert goal["by"] == iso(month_end - timedelta(days=1))
    assert [step["by"] for step in goal["milestones"]] == [
        iso(clock.today + timedelta(days=1)),
        iso(clock.today + timedelta(days=14)),
    ]


def test_without_rj_now_rj_reads_the_real_clock(rj, monkeypatch):
    """The one test that reads the real clock, because the real clock is what it tests."""
    monkeypatch.delenv("RJ_NOW")
    before = journal_day(datetime.now().astimezone(), dt_time(4, 0))
    day = as_json(rj, "today")["day"]
    after = journal_day(datetime.now().astimezone(), dt_time(4, 0))
    assert day in (before.isoformat(), after.isoformat())


def test_a_clock_that_cannot_be_read_is_one_line(rj, monkeypatch):
    monkeypatch.setenv("RJ_NOW", "half past nine")
    result = rj("today")
    assert result.exit_code == 1
    assert result.stderr == (
        "RJ_NOW should be a time like 2026-11-23T21:30:00; got 'half past nine'.\n"
    )
