"""Small wins: one line each, noticed and kept.

Pure domain code: no typer, no rich; the time is passed in as `now`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import brief_day, utc_stamp, week_start
from resilience_journal.errors import JournalError
from resilience_journal.messages import wins as words
from resilience_journal.messages.common import NOTHING_SAVED
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import readable, whole_number
from resilience_journal.values import Values, unknown_value

MAX_WIN = 500


@dataclass(frozen=True)
class Win:
    id: int
    uuid: str
    created_at: str
    updated_at: str
    day: str
    text: str
    values: list[str] = field(default_factory=list)
    deleted_at: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Win:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "day": self.day,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "kind": "win",
            "text": self.text,
            "values": list(self.values),
            "deleted_at": self.deleted_at,
        }


@dataclass(frozen=True)
class WeekCount:
    """What `rj win` says after a win: the wins in the week of the win's day, whether that
    week is this one, and the day named when it is not today ("yesterday", "Tue 6 Jan")."""

    wins: int
    this_week: bool
    day_label: str | None


def check_text(text: str) -> str:
    """A win is one line of words: trailing space and a final newline are trimmed."""
    win = readable(text).strip()
    if not win:
        raise JournalError(words.WIN_NEEDS_WORDS, outcome=NOTHING_SAVED)
    if "\n" in win or "\r" in win:
        raise JournalError(words.WIN_ONE_LINE, outcome=NOTHING_SAVED)
    if len(win) > MAX_WIN:
        raise JournalError(words.win_too_long(MAX_WIN, len(win)), outcome=NOTHING_SAVED)
    return win


def win_id(text: str) -> int:
    """A win's id as a person types it: 12 or #12."""
    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(words.bad_win_id(text))
    return number


def week_of(day: date, week_starts_on: str) -> tuple[date, date]:
    """The first and last day of the week that holds `day`."""
    start = week_start(day, week_starts_on)
    return start, start + timedelta(days=6)


def day_label(day: date, today: date) -> str | None:
    """How `rj win` names the day of a win: nothing for today, "yesterday", else the day
    ("Tue 6 Jan", with the year when it is not this year's)."""
    if day == today:
        return None
    if day == today - timedelta(days=1):
        return words.YESTERDAY
    return brief_day(day, today)


class Wins:
    """What the CLI can ask about wins."""

    def __init__(self, store: JournalStore, settings: Settings, values: Values) -> None:
        self.store = store
        self.settings = settings
        self.values = values

    def add(self, text: str, values: tuple[str, ...], day: date | None, now: datetime) -> Win:
        """Save a win. `values` are names already checked by Values.resolve."""
        text = check_text(text)
        stamp = utc_stamp(now)
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": stamp,
            "updated_at": stamp,
            "day": (day or self.settings.today(now)).isoformat(),
            "text": text,
        }
        return self.get(self.store.wins.insert(record, values))

    def get(self, win_id: int, *, allow_deleted: bool = False) -> Win:
        row = self.store.wins.get(win_id)
        if row is None:
            raise JournalError(words.no_win(win_id))
        if row["deleted_at"] and not allow_deleted:
            raise JournalError(words.win_in_trash(win_id))
        return Win.from_row(row)

    def find(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        value: str | None = None,
        limit: int | None = None,
        deleted: bool = False,
    ) -> list[Win]:
        rows = self.store.wins.select(
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            value_id=self._value_id(value),
            deleted=deleted,
            limit=limit,
        )
        return [Win.from_row(row) for row in rows]

    def each(
        self, *, since: date | None = None, until: date | None = None, value: str | None = None
    ) -> Iterator[Win]:
        """Every win that matches, newest first, one at a time (never all in memory). The
        value is checked at once, before the first win is asked for."""
        rows = self.store.wins.each(
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            value_id=self._value_id(value),
        )
        return (Win.from_row(row) for row in rows)

    def count(
        self, *, since: date | None = None, until: date | None = None, value: str | None = None
    ) -> int:
        return self.store.wins.count(
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
            value_id=self._value_id(value),
        )

    def week_of(self, day: date) -> int:
        """Wins in the week that holds `day`."""
        first, last = week_of(day, self.settings.week_starts_on)
        return self.count(since=first, until=last)

    def week_count(self, day: date, today: date) -> WeekCount:
        """After a win on `day`: the wins of its week, whether that is this week (weeks
        start on the week_starts_on setting), and how to name the day."""
        starts_on = self.settings.week_starts_on
        this_week = week_start(day, starts_on) == week_start(today, starts_on)
        return WeekCount(self.week_of(day), this_week, day_label(day, today))

    def _value_id(self, name: str | None) -> int | None:
        """A value to filter by: archived ones too, since their history is kept."""
        if name is None:
            return None
        found = self.values.find(" ".join(name.split()))
        if found is None:
            raise unknown_value(" ".join(name.split()), self.values.all())
        return found.id

    def delete(self, win_id: int, now: datetime) -> Win:
        win = self.get(win_id)
        self.store.wins.set_deleted(win.id, utc_stamp(now))
        return win

    def restore(self, win_id: int) -> Win:
        win = self.get(win_id, allow_deleted=True)
        if win.deleted_at is None:
            raise JournalError(words.win_not_in_trash(win_id))
        self.store.wins.set_deleted(win.id, None)
        return self.get(win.id)
