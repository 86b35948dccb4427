"""A person's values, and their ratings: how much each matters (importance) and how much room
it has had in their days lately (consistency), each 1-10, after the Valued Living
Questionnaire. Screens show these as words (messages.values.rating_words), never as numbers.

Pure domain code: no typer, no rich; the time is passed in as `now`. Values are archived,
never deleted, so the entries, wins and ratings that name them keep their history.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from resilience_journal.dates import utc_stamp
from resilience_journal.errors import JournalError
from resilience_journal.messages import values as words
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import readable, whole_number

MAX_NAME = 40
MAX_DESCRIPTION = 200
_NAME = re.compile(r"[^\W_][\w '&/.-]*")

# Offered on first use; a person can pick any of these or write their own. Each is worded as
# something a person does, where they can: never as a state that someone else can take away
# ("safety" is protecting it, not feeling safe), since a value is later rated for the room it
# has had.
STARTER_VALUES: dict[str, str] = {
    "compassion": "being kind, to others and to myself",
    "honesty": "being truthful, with others and with myself",
    "safety": "protecting my safety where I can",
    "autonomy": "making my own choices",
    "connection": "being close to the people who matter to me",
    "health": "caring for my body and mind",
    "growth": "learning and changing over time",
    "service": "helping, and giving something back",
    "creativity": "making and imagining things",
    "family": "caring for the people I call family",
    "courage": "doing what matters even when it is hard",
    "rest": "letting myself pause without earning it",
    "faith": "my faith or spirituality, in whatever way I hold it",
    "community": "belonging, and showing up for the people I belong with",
    "justice": "standing up for fairness, for others and for myself",
    "heritage": "carrying the parts of where I come from that I choose to keep",
    "respect": "treating people with respect, and asking it for myself",
}


@dataclass(frozen=True)
class Value:
    id: int
    uuid: str
    name: str
    description: str | None
    created_at: str
    archived_at: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Value:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "name": self.name,
            "description": self.description,
            "archived_at": self.archived_at,
        }


@dataclass(frozen=True)
class Rating:
    value_id: int
    day: str
    rated_at: str
    importance: int
    consistency: int


# validation ---------------------------------------------------------------------------


def check_name(text: str) -> str:
    """A value's name: one line of up to 40 characters, spaces between words kept single."""
    name = " ".join(readable(text).split())
    if not name:
        raise JournalError(words.VALUE_NEEDS_NAME)
    if len(name) > MAX_NAME:
        raise JournalError(words.name_too_long(MAX_NAME, len(name)))
    if not _NAME.fullmatch(name) or name.isdigit():
        raise JournalError(words.bad_name(text))
    return name


def check_description(text: str | None) -> str | None:
    if text is None:
        return None
    description = " ".join(readable(text).split())
    if len(description) > MAX_DESCRIPTION:
        raise JournalError(words.description_too_long(MAX_DESCRIPTION, len(description)))
    return description or None


def check_rating(text: str | int | None, what: str) -> int:
    """A rating typed by a person: a whole number from 1 to 10."""
    value = text if isinstance(text, int) else whole_number(text or "")
    if value is None or not 1 <= value <= 10:
        raise JournalError(words.bad_rating(what, str(text)))
    return value


def unknown_value(name: str, known: Sequence[Value]) -> JournalError:
    """The error for a value name that is not one of the person's active values."""
    if not name.strip():
        return JournalError(words.VALUE_NEEDS_NAME)
    return JournalError(words.unknown_value(name, [value.name for value in known]))


# the service ------------------------------------------------------------------------


class Values:
    """What the CLI can ask about values and their ratings."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store

    def all(self, *, archived: bool = False) -> list[Value]:
        """Active values in the order they were added; with archived=True, those too."""
        return [Value.from_row(row) for row in self.store.values.select(archived=archived)]

    def find(self, name: str) -> Value | None:
        row = self.store.values.named(name.strip())
        return Value.from_row(row) if row else None

    def get(self, name: str) -> Value:
        """An active value by name (any case), or an error that lists the known ones."""
        value = self.find(" ".join(name.split()))
        if value is None:
            raise unknown_value(" ".join(name.split()), self.all())
        if value.archived_at:
            raise JournalError(words.value_is_archived(value.name))
        return value

    def resolve(self, names: Iterable[str]) -> tuple[str, ...]:
        """Checked, de-duplicated names of active values, as the person saved them."""
        found: dict[int, str] = {}
        for name in names:
            value = self.get(name)
            found.setdefault(value.id, value.name)
        return tuple(found.values())

    def add(self, name: str, description: str | None, now: datetime) -> tuple[Value, bool]:
        """Add a value, or bring back an archived one of that name. Returns the value and
        whether it was brought back."""
        name = check_name(name)
        description = check_description(description)
        existing = self.find(name)
        if existing is not None and not existing.archived_at:
            raise JournalError(words.already_a_value(existing.name))
        if existing is not None:
            changes: dict[str, Any] = {"archived_at": None}
            if description is not None:
                changes["description"] = description
            self.store.values.update(existing.id, changes)
            return self.get(existing.name), True
        value_id = self.store.values.insert(
            {
                "uuid": str(uuid.uuid4()),
                "name": name,
                "description": description,
                "created_at": utc_stamp(now),
                "archived_at": None,
            }
        )
        return Value.from_row(self.store.values.by_id(value_id)), False

    def add_many(self, names: Sequence[str], now: datetime) -> list[Value]:
        """Add several values at once (first use); starter values get their description."""
        records = []
        seen: set[str] = set()
        for raw in names:
            name = check_name(raw)
            if name.lower() in seen or self.find(name) is not None:
                continue
            seen.add(name.lower())
            records.append(
                {
                    "uuid": str(uuid.uuid4()),
                    "name": name,
                    "description": STARTER_VALUES.get(name.lower()),
                    "created_at": utc_stamp(now),
                    "archived_at": None,
                }
            )
        self.store.values.insert_many(records)
        return [value for value in self.all() if value.name.lower() in seen]

    def rename(self, old: str, new: str) -> tuple[Value, Value]:
        value = self.find(" ".join(old.split()))
        if value is None:
            raise unknown_value(" ".join(old.split()), self.all())
        name = check_name(new)
        clash = self.find(name)
        if clash is not None and clash.id != value.id:
            raise JournalError(words.name_taken(clash.name, clash.archived_at is not None))
        self.store.values.update(value.id, {"name": name})
        return value, Value.from_row(self.store.values.by_id(value.id))

    def archive(self, name: str, now: datetime) -> Value:
        value = self.get(name)
        self.store.values.update(value.id, {"archived_at": utc_stamp(now)})
        return value

    def rate(
        self, value: Value, importance: int, consistency: int, day: date, now: datetime
    ) -> Rating:
        rating = Rating(
            value.id,
            day.isoformat(),
            utc_stamp(now),
            check_rating(importance, words.IMPORTANCE),
            check_rating(consistency, words.CONSISTENCY),
        )
        self.store.values.insert_rating({"uuid": str(uuid.uuid4()), **asdict(rating)})
        return rating

    def ratings(
        self, values: Sequence[Value], last: int = 1, until: date | None = None
    ) -> list[Rating]:
        """The latest `last` ratings of each of these values (made by `until`, if given),
        oldest first."""
        found = []
        for value in values:
            rows = self.store.values.ratings(value.id, last, until.isoformat() if until else None)
            found += [
                Rating(
                    row["value_id"],
                    row["day"],
                    row["rated_at"],
                    row["importance"],
                    row["consistency"],
                )
                for row in reversed(rows)
            ]
        return found

    def latest_ratings(
        self, values: Sequence[Value], until: date | None = None
    ) -> dict[int, Rating]:
        return {rating.value_id: rating for rating in self.ratings(values, until=until)}
