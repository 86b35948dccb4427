"""Dates that are hard (`rj dates`): days the person marks (an anniversary, a loss, a date
that comes back every year), and what rj does around them. Within a marked date's window
(days either side, 7 unless set) looking back pauses (home.Memories) and the day's prompts
stay gentle (prompting.depth); on the day itself the home screen says one quiet line and
where help is. Nothing is ever inferred from what the person wrote.

Pure domain code: `today` is passed in, never read from a clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from resilience_journal.dates import DateError, parse_marked_day, utc_stamp
from resilience_journal.errors import JournalError
from resilience_journal.messages import hard_dates as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.store import JournalStore, Row

DEFAULT_WINDOW = 7
MAX_WINDOW = 60  # days either side
MAX_WHAT = 200  # characters, one line


@dataclass(frozen=True)
class HardDate:
    """A marked date: its month and day, the year when one was given, and whether it
    comes back every year (`once` False) or happens once (only with a year)."""

    id: int
    uuid: str
    created_at: str
    month: int
    day: int
    year: int | None
    once: bool
    what: str | None
    window: int

    @classmethod
    def from_row(cls, row: Row) -> HardDate:
        return cls(
            id=row["id"],
            uuid=row["uuid"],
            created_at=row["created_at"],
            month=row["month"],
            day=row["day"],
            year=row["year"],
            once=bool(row["once"]),
            what=row["what"],
            window=row["window_days"],
        )

    def in_year(self, year: int) -> date | None:
        """The day it falls on in `year`: 29 February is kept on the 28th in other years.
        None for a year it does not fall in: before its own year, or another year than a
        date that happens once."""
        if self.year is not None and (year < self.year or (self.once and year != self.year)):
            return None
        if not 1 <= year <= 9999:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return date(year, self.month, self.day - 1)

    def near(self, today: date) -> date | None:
        """The day of it whose window holds `today`, if one does."""
        for year in (today.year, today.year - 1, today.year + 1):
            marked = self.in_year(year)
            if marked is not None and abs((today - marked).days) <= self.window:
                return marked
        return None

    def next_on_or_after(self, today: date) -> date | None:
        """When it next falls, today included; None for a date that happened once, past."""
        start = max(today.year, self.year or today.year)
        for year in range(start, start + 2):
            marked = self.in_year(year)
            if marked is not None and marked >= today:
                return marked
        return None

    def days_between(self, first: date, last: date) -> set[date]:
        """The days from `first` to `last` (both included) inside its windows."""
        found: set[date] = set()
        span = timedelta(days=self.window)
        for year in range(first.year - 1, last.year + 2):
            marked = self.in_year(year)
            if marked is None:
                continue
            day = max(first, marked - span)
            while day <= min(last, marked + span):
                found.add(day)
                day += timedelta(days=1)
        return found

    def to_json(self, today: date) -> dict[str, Any]:
        coming = self.next_on_or_after(today)
        return {
            "id": self.id,
            "uuid": self.uuid,
            "month": self.month,
            "day": self.day,
            "year": self.year,
            "once": self.once,
            "what": self.what,
            "window": self.window,
            "next": coming.isoformat() if coming else None,
        }


def near_hard_date(today: date, dates: Sequence[HardDate]) -> HardDate | None:
    """The marked date whose window holds `today` (the closest day first), or None."""
    found = [(abs((today - marked).days), d.id, d) for d in dates if (marked := d.near(today))]
    return min(found)[2] if found else None


def is_hard_day(today: date, dates: Sequence[HardDate]) -> bool:
    """Whether `today` is inside a marked date's window (the day itself included)."""
    return near_hard_date(today, dates) is not None


def on_hard_date(today: date, dates: Sequence[HardDate]) -> HardDate | None:
    """The marked date that falls on `today` itself, or None."""
    return next((d for d in dates if d.near(today) == today), None)


def days_covered(dates: Iterable[HardDate], first: date, last: date) -> set[date]:
    """Every day from `first` to `last` inside a marked date's window."""
    found: set[date] = set()
    for marked in dates:
        found |= marked.days_between(first, last)
    return found


def check_window(window: int) -> int:
    if not 0 <= window <= MAX_WINDOW:
        raise JournalError(words.window_range(window, MAX_WINDOW), outcome=NOTHING_SAVED)
    return window


def check_what(what: str | None) -> str | None:
    """The person's words for it: optional, one line (never quoted in an error)."""
    if what is None or not what.strip():
        return None
    what = what.strip()
    if "\n" in what or "\r" in what:
        raise JournalError(words.WHAT_ONE_LINE, outcome=NOTHING_SAVED)
    if len(what) > MAX_WHAT:
        raise JournalError(words.what_too_long(MAX_WHAT, len(what)), outcome=NOTHING_SAVED)
    return what


def hard_date_id(text: str) -> int:
    """An id as typed (`rj dates remove 3`)."""
    if not text.strip().isdigit():
        raise JournalError(words.not_an_id(text), outcome=NOTHING_CHANGED)
    return int(text)


class HardDates:
    """The marked dates (journal.hard_dates). Read once per command: `rj today` asks
    several times, and pays for one small query."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store
        self._all: list[HardDate] | None = None

    def all(self) -> list[HardDate]:
        if self._all is None:
            self._all = [HardDate.from_row(row) for row in self.store.hard_dates.all()]
        return self._all

    def add(
        self,
        day_text: str,
        what: str | None,
        *,
        window: int,
        once: bool,
        today: date,
        now: datetime,
    ) -> HardDate:
        """Mark a date. Without a year it comes back every year; with one too, unless
        `once`, which needs a year."""
        check_window(window)
        what = check_what(what)
        try:
            day, has_year = parse_marked_day(day_text, today=today)
        except DateError:
            if len(day_text.split()) < 3 and len(day_text) <= 24:
                raise
            # words, not a date (the two given the other way round): never said back
            raise JournalError(words.DAY_LOOKS_LIKE_WORDS, outcome=NOTHING_SAVED) from None
        if once and not has_year:
            raise JournalError(words.ONCE_NEEDS_YEAR, outcome=NOTHING_SAVED)
        record: Row = {
            "uuid": str(uuid.uuid4()),
            "created_at": utc_stamp(now),
            "month": day.month,
            "day": day.day,
            "year": day.year if has_year else None,
            "once": int(once),
            "what": what,
            "window_days": window,
        }
        new_id = self.store.hard_dates.insert(record)
        self._all = None
        return HardDate.from_row({**record, "id": new_id})

    def remove(self, date_id: int) -> HardDate:
        row = self.store.hard_dates.get(date_id)
        if row is None:
            raise JournalError(words.no_such_date(date_id), outcome=NOTHING_CHANGED)
        self.store.hard_dates.delete(date_id)
        self._all = None
        return HardDate.from_row(row)

    def near(self, today: date) -> HardDate | None:
        return near_hard_date(today, self.all())

    def is_hard_day(self, today: date) -> bool:
        return is_hard_day(today, self.all())

    def on_the_day(self, today: date) -> HardDate | None:
        return on_hard_date(today, self.all())

    def hard_days_between(self, first: date, last: date) -> set[date]:
        """Every calendar day from `first` to `last` (both included) inside a marked date's
        window: for features that leave such days out (recall)."""
        return days_covered(self.all(), first, last)
