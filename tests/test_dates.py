"""Every typed date goes through dates.parse_day; `today` is passed in, never read."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from resilience_journal.dates import DateError, journal_day, parse_day

SUNDAY = date(2026, 11, 22)
FRIDAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("today", SUNDAY, SUNDAY),
        ("  Today ", SUNDAY, SUNDAY),
        ("yesterday", SUNDAY, date(2026, 11, 21)),
        ("YESTERDAY", date(2026, 1, 1), date(2025, 12, 31)),
        ("tomorrow", SUNDAY, date(2026, 11, 23)),
        ("3 days ago", SUNDAY, date(2026, 11, 19)),
        ("1 day ago", SUNDAY, date(2026, 11, 21)),
        ("a week ago", SUNDAY, date(2026, 11, 15)),
        ("two weeks ago", SUNDAY, date(2026, 11, 8)),
        ("1 month ago", date(2026, 3, 31), date(2026, 2, 28)),  # relativedelta clips
        ("2 years ago", date(2028, 2, 29), date(2026, 2, 28)),
        ("last week", SUNDAY, date(2026, 11, 15)),  # a week ago, for `rj review --date`
        ("last month", date(2026, 3, 31), date(2026, 2, 28)),
        ("last year", SUNDAY, date(2025, 11, 22)),
        ("this month", SUNDAY, date(2026, 11, 1)),  # for --since: the month so far
        ("this year", SUNDAY, date(2026, 1, 1)),
        ("last friday", SUNDAY, FRIDAY),
        ("friday", SUNDAY, FRIDAY),
        ("fri", SUNDAY, FRIDAY),
        ("friday", FRIDAY, FRIDAY),  # a weekday name alone can be today
        ("last friday", FRIDAY, date(2026, 11, 13)),  # "last" never is
        ("last sunday", SUNDAY, date(2026, 11, 15)),
        ("2026-11-20", SUNDAY, FRIDAY),
        ("nov 20", SUNDAY, FRIDAY),
        ("20 November", SUNDAY, FRIDAY),
        ("November 20, 2019", SUNDAY, date(2019, 11, 20)),
        ("dec 24", SUNDAY, date(2025, 12, 24)),  # no year: the latest one up to today
        ("nov 22", SUNDAY, SUNDAY),
        ("feb 29", SUNDAY, date(2024, 2, 29)),  # walks back to a leap year
        ("2024-02-29", SUNDAY, date(2024, 2, 29)),
        ("2027-01-05", SUNDAY, date(2027, 1, 5)),  # allowed unless `latest` says no
    ],
)
def test_parse_day(text, today, expected):
    assert parse_day(text, today=today) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "tomorow",
        "3",
        "2026",
        "14:00",
        "next year",
        "2026-13-45",
        "2025-02-29",
        "last",
        "last blursday",
        "many days ago",
        "999999 years ago",
        "nov 31",
        "0001-01-01",
        "\x1b[31m",
        "yesterday-ish",
    ],
)
def test_unreadable_dates_quote_the_input_and_show_examples(text):
    with pytest.raises(DateError) as caught:
        parse_day(text, today=SUNDAY)
    assert caught.value.message.startswith(f"That date could not be read: {text!r}.")
    assert "'3 days ago'" in caught.value.message


@pytest.mark.parametrize("text", ["tomorrow", "2026-11-23", "1 day ago"])
def test_latest_refuses_only_days_after_it(text):
    if text == "1 day ago":
        assert parse_day(text, today=SUNDAY, latest=SUNDAY) == date(2026, 11, 21)
        return
    with pytest.raises(DateError, match="That date is in the future"):
        parse_day(text, today=SUNDAY, latest=SUNDAY)


CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("moment", "starts", "expected"),
    [
        (datetime(2026, 11, 22, 3, 59, tzinfo=CET), time(4), date(2026, 11, 21)),
        (datetime(2026, 11, 22, 4, 0, tzinfo=CET), time(4), date(2026, 11, 22)),
        (datetime(2026, 11, 22, 23, 59, tzinfo=CET), time(4), date(2026, 11, 22)),
        (datetime(2026, 11, 22, 0, 0, tzinfo=CET), time(0), date(2026, 11, 22)),
        (datetime(2026, 1, 1, 1, 30, tzinfo=CET), time(4, 30), date(2025, 12, 31)),
    ],
)
def test_journal_day_honours_the_day_start(moment, starts, expected):
    assert journal_day(moment, starts) == expected
