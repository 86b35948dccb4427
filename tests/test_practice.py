"""Practice over time as pure domain code: journaling days at midnight and across DST, the
week a review is for (and its questions), prompts answered by category, and the heatmap as a
person reads it without colour."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

import pytest
from dateutil import tz
from rich.console import Console

from resilience_journal.dates import DateError, journal_day, week_from_label, week_label
from resilience_journal.errors import JournalError
from resilience_journal.messages.review import review_ready, review_saved
from resilience_journal.prompting.library import Library, load_library
from resilience_journal.prompting.packs import Category, Prompt
from resilience_journal.render.stats import heatmap
from resilience_journal.review import Week, default_review_week, week_to_review, with_questions
from resilience_journal.stats import Mood, by_category
from resilience_journal.streaks import practice

LONDON = tz.gettz("Europe/London")
FOUR = time(4, 0)
MIDNIGHT = time(0, 0)


def local(text: str, zone=LONDON) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


@pytest.mark.parametrize(
    ("moment", "starts", "day"),
    [
        ("2026-11-23 23:59", FOUR, "2026-11-23"),
        ("2026-11-24 00:00", FOUR, "2026-11-23"),  # after midnight: still Monday evening
        ("2026-11-24 03:59", FOUR, "2026-11-23"),
        ("2026-11-24 04:00", FOUR, "2026-11-24"),
        ("2026-11-23 23:59", MIDNIGHT, "2026-11-23"),
        ("2026-11-24 00:00", MIDNIGHT, "2026-11-24"),
        ("2026-11-24 05:30", time(5, 30), "2026-11-24"),
        ("2026-11-24 05:29", time(5, 30), "2026-11-23"),
    ],
)
def test_the_journaling_day_at_the_midnight_boundary(moment, starts, day):
    assert journal_day(local(moment), starts).isoformat() == day


def test_late_nights_keep_a_streak_when_the_day_starts_at_four():
    # Monday 23:30, then Tuesday's writing at 00:30 on Wednesday, then Wednesday 22:00
    moments = [local("2026-11-16 23:30"), local("2026-11-18 00:30"), local("2026-11-18 22:00")]
    at_four = practice({journal_day(m, FOUR) for m in moments}, date(2026, 11, 18), 0)
    assert at_four.current is not None and at_four.current.days == 3
    at_midnight = practice({journal_day(m, MIDNIGHT) for m in moments}, date(2026, 11, 18), 0)
    assert at_midnight.current is not None and at_midnight.current.days == 1  # Tue missed
    assert at_midnight.total == 2


@pytest.mark.parametrize(
    "change",
    [
        "2026-03-29",  # clocks go forward at 01:00 GMT: 01:00-02:00 does not exist
        "2026-10-25",  # clocks go back at 02:00 BST: 01:00-02:00 happens twice
    ],
)
def test_writing_at_the_same_hour_every_night_is_a_streak_across_a_clock_change(change):
    # 23:30 UTC every night is 23:30 or 00:30 on the wall clock, depending on the season
    middle = datetime.fromisoformat(change).replace(tzinfo=UTC)
    moments = [
        (middle + timedelta(days=n, hours=23, minutes=30)).astimezone(LONDON) for n in range(-5, 5)
    ]
    days = [journal_day(m, FOUR) for m in moments]
    assert len(set(days)) == 10  # one journaling day each night, none doubled or skipped
    result = practice(days, days[-1], 0)
    assert result.current is not None and result.current.days == 10


@pytest.mark.parametrize("moment", ["2026-10-25 01:30", "2026-10-25 03:59"])
def test_the_repeated_hour_belongs_to_the_evening_before(moment):
    first = local(moment)
    second = tz.enfold(first, fold=1)  # the second 01:30, an hour later in real time
    assert journal_day(first, FOUR) == journal_day(second, FOUR) == date(2026, 10, 24)


@pytest.mark.parametrize(
    ("today", "starts_on", "week"),
    [
        ("2026-11-23", "monday", "2026-11-16"),  # Monday: the week before
        ("2026-11-25", "monday", "2026-11-16"),  # Wednesday: two days in, still before
        ("2026-11-26", "monday", "2026-11-23"),  # Thursday: three days old, this week
        ("2026-11-29", "monday", "2026-11-23"),  # Sunday
        ("2026-11-22", "sunday", "2026-11-15"),  # weeks from Sunday: Sunday is day one
        ("2026-11-25", "sunday", "2026-11-22"),  # Wednesday is three days in
        ("2026-11-24", "sunday", "2026-11-15"),
        ("2026-12-29", "monday", "2026-12-21"),  # Tuesday
        ("2027-01-01", "monday", "2026-12-28"),  # Friday: the week holds the new year
        ("2027-01-05", "monday", "2026-12-28"),
    ],
)
def test_the_week_a_review_is_for(today, starts_on, week):
    assert default_review_week(date.fromisoformat(today), starts_on).isoformat() == week


@pytest.mark.parametrize(
    ("week", "day", "start"),
    [
        (None, None, "2026-11-16"),  # Wednesday: the week before, as default_review_week
        ("2026-W48", None, "2026-11-23"),  # this week, started two days ago
        ("2025-W02", None, "2025-01-06"),
        (None, "today", "2026-11-23"),
        (None, "last friday", "2026-11-16"),
        (None, "2026-01-01", "2025-12-29"),
    ],
)
def test_the_week_to_review_by_name_by_day_or_by_default(week, day, start):
    today = date(2026, 11, 25)
    assert week_to_review(today, "monday", week=week, day=day).isoformat() == start


@pytest.mark.parametrize(
    ("week", "day", "said"),
    [
        (
            "2026-W49",
            None,
            "The week 2026-W49 has not started yet. `rj review` shows the latest week.",
        ),
        ("2026-W48", "today", "Give --week or --date, not both. Nothing was changed."),
        (None, "tomorrow", "That date is in the future: 'tomorrow' (2026-11-26)."),
    ],
)
def test_a_week_that_cannot_be_reviewed_is_refused(week, day, said):
    with pytest.raises(JournalError) as refused:
        week_to_review(date(2026, 11, 25), "monday", week=week, day=day)
    assert refused.value.message.startswith(said)


def test_the_weeks_questions_follow_the_pace_and_stay_all_week():
    week = Week(date(2026, 11, 16), date(2026, 11, 25), {}, [], [], Mood(()), [])
    library = load_library()
    gentle = with_questions(week, library, "gentle")
    assert len(gentle.prompts) == 3 and {p.depth for p in gentle.prompts} == {"gentle"}
    assert all(p.category == "weekly-reflection" for p in gentle.prompts)
    assert with_questions(week, library, "gentle").prompts == gentle.prompts
    assert with_questions(week, library, "deep").prompts != []
    assert week.prompts == []  # the week itself is left as it was


def test_prompts_answered_are_counted_by_category_most_first():
    library = Library()
    for name in ("alpha", "beta"):
        library.categories[name] = Category(name, name.title(), "")
        for index in range(2):
            prompt = Prompt(f"{name}.{index}", "text", "gentle", name)
            library.prompts[prompt.id] = prompt
    answered = {"alpha.0": 1, "beta.0": 2, "beta.1": 1, "gone.prompt": 3, "alpha.1": 2}
    titles, counted = by_category(answered, library)
    assert counted == [("alpha", 3), ("beta", 3), ("gone.prompt", 3)]
    assert titles == {"alpha": "Alpha", "beta": "Beta"}
    assert by_category({}, library) == (titles, [])


@pytest.mark.parametrize(
    ("start", "today", "said"),
    [
        ("2026-11-16", "2026-11-25", "last week (16 to 22 Nov)"),
        ("2026-11-23", "2026-11-26", "this week (23 to 29 Nov)"),
        ("2026-11-30", "2026-12-08", "last week (30 Nov to 6 Dec)"),
        ("2026-12-28", "2027-01-05", "last week (28 Dec to 3 Jan)"),
    ],
)
def test_the_ready_review_names_its_days(start, today, said):
    line = review_ready(date.fromisoformat(start), date.fromisoformat(today))
    assert line == f"Your review of {said} is ready whenever you are: `rj review`."


def test_a_saved_review_is_told_from_plain_values():
    assert review_saved("2026-W47", 12, 1, added=False) == (
        "Saved your review of 2026-W47 as entry 12 (1 word)."
    )
    assert review_saved("2026-W47", 12, 40, added=True) == (
        "Added to your review of 2026-W47 (entry 12, 40 words now)."
    )


@pytest.mark.parametrize(
    ("label", "starts_on", "start"),
    [
        ("2026-W47", "monday", "2026-11-16"),
        ("2026-w47", "monday", "2026-11-16"),
        ("2026W47", "monday", "2026-11-16"),
        ("2026-W47", "sunday", "2026-11-15"),
        ("2026-W53", "monday", "2026-12-28"),  # 2026 has 53 ISO weeks
        ("2027-W01", "monday", "2027-01-04"),
        ("2026-W01", "saturday", "2025-12-27"),
    ],
)
def test_weeks_by_name(label, starts_on, start):
    first = week_from_label(label, starts_on)
    assert first.isoformat() == start
    assert week_label(first) == label.upper().replace("W", "-W").replace("--", "-")


@pytest.mark.parametrize(
    ("label", "says"),
    [
        ("2025-W53", "2025 has weeks W01 to W52; got '2025-W53'."),
        ("2026-W00", "2026 has weeks W01 to W53; got '2026-W00'."),
        ("2026-W99", "2026 has weeks W01 to W53; got '2026-W99'."),
        ("9999-W52", "That week is out of range: '9999-W52'. Try a year from 1900 to 9998."),
        ("0001-W01", "That week is out of range: '0001-W01'. Try a year from 1900 to 9998."),
        ("W47", "A week is written like 2026-W47; got 'W47'."),
        ("last week", "A week is written like 2026-W47; got 'last week'."),
        ("", "A week is written like 2026-W47; got ''."),
    ],
)
def test_a_week_that_does_not_exist_is_refused(label, says):
    with pytest.raises(DateError) as raised:
        week_from_label(label, "monday")
    assert raised.value.message == says


def render(renderable) -> str:
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def test_the_heatmap_reads_without_colour():
    activity = {
        "2026-09-28": 1,
        "2026-10-01": 2,
        "2026-10-04": 3,
        "2026-10-31": 1,
        "2026-11-22": 5,
        "2026-11-23": 7,
    }
    assert render(heatmap(date(2026, 9, 28), date(2026, 11, 23), activity)) == (
        "      Oct     Nov\n"
        "Mon ░ · · · · · · · █\n"
        "    · · · · · · · ·\n"
        "Wed · · · · · · · ·\n"
        "    ▒ · · · · · · ·\n"
        "Fri · · · · · · · ·\n"
        "    · · · · ░ · · ·\n"
        "Sun ▓ · · · · · · █\n"
        "    · 0  ░ 1  ▒ 2  ▓ 3-4  █ 5+  entries and wins a day\n"
    )


def test_the_heatmap_follows_the_first_day_of_the_week():
    shown = render(heatmap(date(2026, 11, 8), date(2026, 11, 23), {"2026-11-23": 1}))
    rows = shown.splitlines()
    assert rows[1].startswith("Sun ") and rows[7].startswith("Sat ")
    assert rows[2] == "    · · ░"  # Monday 23 November, in the third week, and no further
    assert rows[3] == "Tue · ·"  # days after today are left out


def test_twenty_six_weeks_fit_in_sixty_columns():
    start = date(2026, 11, 23) - timedelta(weeks=25, days=0)
    lines = render(heatmap(start, date(2026, 11, 29), {})).splitlines()
    assert max(len(line) for line in lines[:-1]) <= 4 + 26 * 2
    assert [line[:4] for line in lines[1:8]] == [
        "Mon ",
        "    ",
        "Wed ",
        "    ",
        "Fri ",
        "    ",
        "Sun ",
    ]
