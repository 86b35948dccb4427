"""Small wins: one line each, noticed and kept.

Pure domain code: no typer, no rich; the time is passed in as `now`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import utc_stamp, week_start
from resilience_journal.errors import JournalError
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import readable
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


def check_text(text: str) -> str:
    """A win is one line of words: trailing space and a final newline are trimmed."""
    win = readable(text).strip()
    if not win:
        raise JournalError(
            'A win needs a few words, like `rj win "drank water before coffee"`. Nothing was saved.'
        )
    if "\n" in win or "\r" in win:
        raise JournalError(
            "A win is one line; for more, `rj write` keeps a whole entry. Nothing was saved."
        )
    if len(win) > MAX_WIN:
        raise JournalError(
            f"A win can be up to {MAX_WIN} characters, not {len(win)}; for more, `rj write` "
            "keeps a whole entry. Nothing was saved."
        )
    return win


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
            raise JournalError(f"There is no win {win_id}. `rj wins` shows the ids.")
        if row["deleted_at"] and not allow_deleted:
            raise JournalError(
                f"Win {win_id} is in the trash. `rj wins restore {win_id}` brings it back."
            )
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
        start = week_start(day, self.settings.week_starts_on)
        return self.count(since=start, until=start + timedelta(days=6))

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
            raise JournalError(f"Win {win_id} is not in the trash.")
        self.store.wins.set_deleted(win.id, None)
        return self.get(win.id)
