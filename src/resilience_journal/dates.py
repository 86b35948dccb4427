"""Every date a person types goes through here (python-dateutil underneath).

Pure functions: the current journaling day is always passed in, never read from a clock.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta, weekday

from resilience_journal.errors import JournalError
from resilience_journal.messages import dates as date_words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_AGO = re.compile(r"^(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago$")
_WEEKDAY = re.compile(r"^(last\s+)?([a-z]+)$")


class DateError(JournalError):
    pass


def utc_stamp(now: datetime) -> str:
    """The one form of timestamp stored: UTC, to the second."""
    return now.astimezone(UTC).isoformat(timespec="seconds")


def journal_day(moment: datetime, day_starts_at: time) -> date:
    """The journaling day a moment belongs to: before `day_starts_at` it is still yesterday,
    so a 1 a.m. entry counts for the evening it belongs to."""
    shift = timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return (moment - shift).date()


def parse_day(text: str, *, today: date, latest: date | None = None) -> date:
    """Read a day the way a person writes it, relative to `today` (the journaling day).

    Accepts today / yesterday / tomorrow, "N days|weeks|months|years ago", weekday names
    ("friday" is the latest Friday up to today, "last friday" the one before today),
    ISO dates and anything dateutil reads that names a month and a day ("nov 20",
    "20 November 2025"). A day without a year is the latest such day up to today.
    `latest` refuses days after it.
    """
    words = " ".join(text.lower().split())
    day = _relative(words, today) if words else None
    if day is None:
        day = _absolute(text, today)
    if day is None or not date(1900, 1, 1) <= day <= date(9999, 1, 1):
        raise DateError(date_words.unreadable(text))
    if latest is not None and day > latest:
        raise DateError(date_words.in_future(text, day.isoformat()))
    return day


_IN = re.compile(r"^in\s+(\d+|[a-z]+)\s+(day|week|month|year)s?$")
_NEXT_WEEKDAY = re.compile(r"^(next\s+)?([a-z]+)$")


def parse_due(text: str, *, today: date) -> date:
    """A day something is hoped for by (a goal's or a step's --by): like parse_day, but
    looking ahead. "in 3 weeks", "next week", "end of month"; a weekday is the next one
    (today included, "next friday" the one after today); a day without a year is the next
    such day. A day in the past is allowed (a goal may be added late)."""
    words = " ".join(text.lower().split())
    day = _ahead(words, today) if words else None
    if day is None and words:
        day = _relative(words, today)  # today, tomorrow, "3 days ago", "last friday"
    if day is None:
        day = _absolute(text, today, ahead=True)
    if day is None or not date(1900, 1, 1) <= day <= date(9999, 1, 1):
        raise DateError(date_words.unreadable(text, date_words.DUE_EXAMPLES))
    return day


_MONTH_DAY = re.compile(r"^(?:--)?(\d{2})-(\d{2})$")  # 03-12, --03-12: ISO, no year


def parse_marked_day(text: str, *, today: date) -> tuple[date, bool]:
    """A day that may come back every year (`rj dates add`): read as parse_day reads a day,
    and whether a year was given. "12 March" and 03-12 (month first, as in 2026-03-12) have
    none: the day returned is the latest such day up to today. "today", "3 days ago" and
    a full date have one. A day in the future is allowed."""
    if match := _MONTH_DAY.match(text.strip()):
        month, day = int(match[1]), int(match[2])
        for year in range(today.year, today.year - 9, -1):  # 02-29: to a leap year
            try:
                return date(year, month, day), False
            except ValueError:
                continue
        raise DateError(date_words.unreadable(text))
    words = " ".join(text.lower().split())
    found = _relative(words, today) if words else None
    if found is not None:
        return found, True
    found = parse_day(text, today=today)
    # Without a year, dateutil's day moves with `today`; with one, it stays.
    later = _absolute(text, date(found.year + 8, 12, 31))
    return found, later == found


def _span(unit: str, count: int) -> relativedelta:
    """`count` days, weeks, months or years (calendar months and years: 31 Jan + 1 month is
    28 or 29 Feb)."""
    if unit == "day":
        return relativedelta(days=count)
    if unit == "week":
        return relativedelta(weeks=count)
    if unit == "month":
        return relativedelta(months=count)
    return relativedelta(years=count)


def _ahead(words: str, today: date) -> date | None:
    if words in ("next week", "next month", "next year"):
        return today + _span(words.split()[1], 1)
    if words in ("end of month", "end of the month"):
        return today + relativedelta(day=31)
    if words in ("end of year", "end of the year"):
        return today.replace(month=12, day=31)
    if match := _IN.match(words):
        amount, unit = match.groups()
        count = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount)
        if count is None or count > 100_000:
            return None
        try:
            return today + _span(unit, count)
        except (OverflowError, ValueError):
            return None
    if match := _NEXT_WEEKDAY.match(words):
        after, name = match.groups()
        weekday = _weekday_index(name)
        if weekday is None:
            return None
        start = today + timedelta(days=1) if after else today
        return start + timedelta(days=(weekday - start.weekday()) % 7)
    return None


def _relative(words: str, today: date) -> date | None:
    if words in ("today", "now"):
        return today
    if words == "yesterday":
        return today - timedelta(days=1)
    if words == "tomorrow":
        return today + timedelta(days=1)
    if words == "this month":
        return today.replace(day=1)
    if words == "this year":
        return today.replace(month=1, day=1)
    if words in ("last week", "last month", "last year"):  # a week (month, year) ago
        return today - _span(words.split()[1], 1)
    if match := _AGO.match(words):
        amount, unit = match.groups()
        count = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount)
        if count is None or count > 100_000:
            return None
        try:
            return today - _span(unit, count)
        except (OverflowError, ValueError):
            return None
    if match := _WEEKDAY.match(words):
        last, name = match.groups()
        weekday = _weekday_index(name)
        if weekday is None:
            return None
        start = today - timedelta(days=1) if last else today
        return start - timedelta(days=(start.weekday() - weekday) % 7)
    return None


def _weekday_index(name: str) -> int | None:
    for index, day_name in enumerate(WEEKDAYS):
        if len(name) >= 3 and day_name.startswith(name):
            return index
    return None


def _absolute(text: str, today: date, *, ahead: bool = False) -> date | None:
    """A day dateutil reads. Without a year: the latest such day up to today, or with
    `ahead`, the next one from today."""
    from dateutil.parser import ParserError, parse  # deferred: ~20 ms; only a typed date needs it

    _refuse_ambiguous(text)
    stripped = text.strip().removesuffix(".")  # "1 Dec." is a day
    if not stripped or not (stripped[0].isalnum() and stripped[-1].isalnum()):
        return None  # "-2026-01-01": dateutil skips the junk, so a typo would read as a day
    # Parse twice with different defaults: a field that differs was not typed. A time zone
    # says nothing about the day: ignored, so dateutil has no warning to print about one it
    # does not know ("nov 20 10:00 XYZ").
    try:
        first = parse(text, default=datetime(1904, 1, 1), ignoretz=True)
        second = parse(text, default=datetime(1908, 2, 2), ignoretz=True)
    except (ParserError, ValueError, OverflowError, TypeError):
        return None
    if first.month != second.month or first.day != second.day:
        return None  # "2026" or "14:00" name no day
    if first.year == second.year:
        return first.date()
    step = 1 if ahead else -1
    for year in range(today.year, today.year + 9 * step, step):  # feb 29: to a leap year
        try:
            candidate = date(year, first.month, first.day)
        except ValueError:
            continue
        if (candidate >= today) if ahead else (candidate <= today):
            return candidate
    return None


# 01.12.2026, 1/12/26, 12-01: day and month as numbers, the year (if any) last.
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)")


def _refuse_ambiguous(text: str) -> None:
    """Refuse a day written as numbers that reads as two days: 01.12.2026 is 1 December in
    much of the world and 12 January in the US. 2026-12-01 (the year first), 13.12.2026 and
    1.1.2026 read one way only."""
    match = _NUMERIC.search(text)
    if match is None:
        return
    first, second, year = int(match[1]), int(match[3]), match[4]
    if first != second and 1 <= first <= 12 and 1 <= second <= 12:
        full_year = int(year) if year is not None and len(year) == 4 else None
        raise DateError(date_words.ambiguous(text, (first, second), (second, first), full_year))


# One formatter for each shape a day or a time is shown in, on screen and in exports.

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def as_day(value: date | str) -> date:
    """A day, from a date or its ISO form (2026-11-23)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def long_day(value: date | str) -> str:
    """Monday 16 November 2026 (without strftime, which is slow a hundred thousand times)."""
    day = as_day(value)
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month]} {day.year}"


def short_day(value: date | str) -> str:
    """Mon 23 Nov 2026."""
    day = as_day(value)
    return f"{_WEEKDAYS[day.weekday()][:3]} {day.day} {_MONTHS[day.month][:3]} {day.year}"


def day_month(value: date | str) -> str:
    """Mon 23 Nov: a day within a week shown, which needs no year."""
    day = as_day(value)
    return f"{_WEEKDAYS[day.weekday()][:3]} {day.day} {_MONTHS[day.month][:3]}"


def weekday_name(value: date | str) -> str:
    """Monday."""
    return _WEEKDAYS[as_day(value).weekday()]


def weekday_abbr(value: date | str) -> str:
    """Mon."""
    return _WEEKDAYS[as_day(value).weekday()][:3]


def month_abbr(value: date | str) -> str:
    """Nov."""
    return _MONTHS[as_day(value).month][:3]


def compact_day(value: date | str, today: date) -> str:
    """20 Dec; 14 Feb 2027 (the year only when it is not today's): a day in a narrow column."""
    day = as_day(value)
    shown = f"{day.day} {month_abbr(day)}"
    return shown if day.year == today.year else f"{shown} {day.year}"


def brief_day(value: date | str, today: date) -> str:
    """Mon 23 Nov, with the year only when it is not today's year."""
    day = as_day(value)
    return day_month(day) if day.year == today.year else f"{day_month(day)} {day.year}"


def day_span(start: date, end: date) -> str:
    """16 to 22 Nov; 30 Nov to 6 Dec (a week is recent: no year)."""
    if start.month != end.month:
        return f"{start.day} {_MONTHS[start.month][:3]} to {end.day} {_MONTHS[end.month][:3]}"
    return f"{start.day} to {end.day} {_MONTHS[end.month][:3]}"


def clock_time(stamp: str) -> str:
    """A stored timestamp as the local time of day: 21:40."""
    return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")


def local_day(stamp: str) -> str:
    """A stored timestamp's local calendar day, in ISO form."""
    return datetime.fromisoformat(stamp).astimezone().date().isoformat()


def parse_time_of_day(text: str) -> time:
    """'04:00', '4:30' or '5' as a time; used by the day_starts_at setting."""
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", text.strip())
    if not match:
        raise ValueError(text)
    return time(int(match[1]), int(match[2] or 0))


def week_start(day: date, week_starts_on: str) -> date:
    """The first day of the week holding `day`, weeks starting on `week_starts_on`."""
    first = weekday(WEEKDAYS.index(week_starts_on.lower()))
    return day + relativedelta(weekday=first(-1))


_WEEK = re.compile(r"^(\d{4})-?w(\d{1,2})$")


def week_label(start: date) -> str:
    """The ISO-style name of the week starting on `start` ("2026-W47"): the ISO week of its
    fourth day, so a week starting on any weekday keeps the name of the ISO week it mostly
    overlaps, and week_from_label() finds it again."""
    year, week, _ = (start + timedelta(days=3)).isocalendar()
    return f"{year}-W{week:02d}"


def week_from_label(text: str, week_starts_on: str) -> date:
    """The first day of the week named like 2026-W47 (weeks starting on `week_starts_on`)."""
    match = _WEEK.match(text.strip().lower())
    if match is None:
        raise DateError(date_words.week_form(text))
    year, week = int(match[1]), int(match[2])
    if not 1900 <= year <= 9998:
        raise DateError(date_words.week_out_of_range(text))
    weeks = date(year, 12, 28).isocalendar()[1]  # 28 December is always in the last week
    if not 1 <= week <= weeks:
        raise DateError(date_words.weeks_in_year(year, weeks, text))
    return week_start(date.fromisocalendar(year, week, 4), week_starts_on)


def stored_week(text: str, week_starts_on: str) -> date:
    """The first day of a week name kept with a record (a review's 2026-W47): any year a
    date can hold, as a journal imported from long ago may have."""
    match = _WEEK.match(text.strip().lower())
    try:
        if match is None:
            raise ValueError
        day = date.fromisocalendar(int(match[1]), int(match[2]), 4)
    except ValueError:
        raise DateError(date_words.week_form(text)) from None
    return week_start(day, week_starts_on)
