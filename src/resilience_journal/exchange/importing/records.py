"""What every importer shares: the Plan it fills, a Record of the file read field by field
with a clear error for each, and the small checks. ours.py (rj's own JSON), goals.py (its
goals and experiments) and jrnl.py all build on this module, and it on none of them.

Errors name the record and field (`entries[3].mood`, as jq would), never its text, and carry
their outcome: nothing is imported.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Literal, overload

from resilience_journal.dates import utc_stamp
from resilience_journal.entries import check_tag
from resilience_journal.errors import JournalError
from resilience_journal.messages import exchange as words
from resilience_journal.messages.common import NOTHING_IMPORTED
from resilience_journal.store.importing import nocase
from resilience_journal.values import check_name

Row = dict[str, Any]
# The days a record can have: on the first or last day a date can hold, some times of day
# have no equal in every time zone.
FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
# Stable ids for records that come without one (jrnl's entries, hand-made files): the same
# record imported twice gets the same uuid, so it is only added once.
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NAMESPACE = uuid.UUID("7d1c3c1e-4f5a-4b6e-9a51-2d7f1c0e8b11")


def refuse(text: str) -> JournalError:
    """The error that stops an import: nothing of the file is written."""
    return JournalError(text, outcome=NOTHING_IMPORTED)


def stable_uuid(what: str) -> str:
    """A uuid made from what a record says: the same in every journal that imports it."""
    return str(uuid.uuid5(NAMESPACE, what))


@dataclass
class Plan:
    """What an import would add, already checked."""

    values: list[Row] = field(default_factory=list)
    ratings: list[Row] = field(default_factory=list)
    tags: list[Row] = field(default_factory=list)
    wins: list[Row] = field(default_factory=list)
    entries: list[Row] = field(default_factory=list)
    goals: list[Row] = field(default_factory=list)  # each with its "milestones"
    experiments: list[Row] = field(default_factory=list)  # each with its "ticks"
    checkins: list[Row] = field(default_factory=list)  # the daily check-ins
    # For every value name the file uses (NOCASE): the uuid of the value it will link to,
    # one already in the journal (same uuid, or same name) or one this import adds.
    value_uuids: dict[str, str] = field(default_factory=dict)
    already: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            (
                "entries",
                "reviews",
                "wins",
                "values",
                "value_ratings",
                "goals",
                "experiments",
                "checkins",
            ),
            0,
        )
    )

    @staticmethod
    def tag_uuid(name: str) -> str:
        """For a tag an import makes: the same in every journal that imports it."""
        return stable_uuid(f"tag\n{nocase(name)}")

    def added(self) -> dict[str, int]:
        reviews = sum(1 for entry in self.entries if entry["kind"] == "review")
        return {
            "entries": len(self.entries) - reviews,
            "reviews": reviews,
            "wins": len(self.wins),
            "values": len(self.values),
            "value_ratings": len(self.ratings),
            "goals": len(self.goals),
            "experiments": len(self.experiments),
            "checkins": len(self.checkins),
        }

    def has_value(self, name: str) -> bool:
        """Whether `name` is a value the file gives or the journal has (NOCASE)."""
        return nocase(name) in self.value_uuids

    @property
    def records(self) -> int:
        return (
            len(self.entries)
            + len(self.wins)
            + len(self.goals)
            + len(self.experiments)
            + len(self.checkins)
        )

    def keep(self, into: list[Row], record: Row, known: set[str], what: str) -> None:
        """Add `record` to the plan (`into`), unless its uuid is `known` to the journal:
        then it is counted as already here."""
        if record["uuid"] in known:
            self.already["reviews" if record.get("kind") == "review" else what] += 1
        else:
            into.append(record)


class Record:
    """One record of the file, read field by field with a clear error for each."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise refuse(words.not_an_object(where))
        self.data = data
        self.where = where

    def bad(self, key: str, should: str) -> JournalError:
        return refuse(words.should_be(self.where, key, should))

    def get(self, key: str, kind: type, should: str, default: Any = ...) -> Any:
        if key not in self.data or self.data[key] is None:
            if default is ...:
                raise refuse(words.missing(self.where, key))
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.bad(key, should)
        return value

    @overload
    def text(
        self,
        key: str,
        *,
        optional: Literal[False] = False,
        line: bool = False,
        longest: int | None = None,
    ) -> str: ...

    @overload
    def text(
        self, key: str, *, optional: Literal[True], line: bool = False, longest: int | None = None
    ) -> str | None: ...

    def text(
        self, key: str, *, optional: bool = False, line: bool = False, longest: int | None = None
    ) -> str | None:
        should = words.A_LINE if line else words.TEXT
        value: str | None = self.get(key, str, should, None if optional else ...)
        if value is None:
            return None
        if not value.strip():
            if optional:
                return None
            raise self.bad(key, words.NOT_EMPTY)
        if line and ("\n" in value or "\r" in value):
            raise self.bad(key, words.ONE_LINE)
        if longest is not None and len(value) > longest:
            raise self.bad(key, words.at_most(longest, len(value)))
        return value

    def number(self, key: str, low: int, high: int, *, optional: bool = True) -> int | None:
        should = words.whole_number(low, high)
        value: int | None = self.get(key, int, should, None if optional else ...)
        if value is not None and not low <= value <= high:
            raise self.bad(key, should)
        return value

    def day(self, key: str = "day") -> str:
        value: str = self.get(key, str, words.A_DAY)
        try:
            if len(value) != 10:
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            raise self.bad(key, words.A_DAY) from None
        if not FIRST_DAY <= day <= LAST_DAY:
            raise self.bad(key, words.day_from(FIRST_DAY, LAST_DAY))
        return day.isoformat()

    def optional_day(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.day(key)

    def stamp(self, key: str, *, default: Any = ...) -> str | None:
        value: str | None = self.get(key, str, words.A_TIME, default)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.bad(key, words.A_TIME) from None
        if len(value) == 25 and value.endswith("+00:00") and value[10] == "T":
            return value  # already as the journal keeps times (rj's own export)
        if moment.tzinfo is None:
            raise self.bad(key, words.WITH_OFFSET)
        try:
            return utc_stamp(moment)
        except OverflowError:  # 9999-12-31T23:00:00-05:00 is after the last time in UTC
            raise self.bad(key, words.IN_UTC_YEARS) from None

    def names(self, key: str, check: Callable[[str], bool], should: str) -> list[str]:
        value: list[Any] = self.get(key, list, words.list_of(should), [])
        for item in value:
            if not isinstance(item, str) or not check(item):
                raise self.bad(key, words.list_of(should))
        return value

    def uuid(self, fallback: str) -> str:
        value: str | None = self.get("uuid", str, words.A_UUID, None)
        if value is None:
            return stable_uuid(fallback)
        if CANONICAL_UUID.fullmatch(value):
            return value
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.bad("uuid", words.A_UUID) from None

    def items(self, key: str) -> list[Any]:
        """A list inside the record (a goal's steps, an experiment's days); none if left out."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.bad(key, words.A_LIST)
        return value


Once = Callable[[str, Record], "str | None"]


class Seen:
    """The uuids met so far in a file."""

    def __init__(self) -> None:
        self.uuids: set[str] = set()

    def once(self, record_uuid: str, record: Record) -> str | None:
        """The uuid, the first time it is seen; None for a record without a uuid that
        repeats one before it (the same hand-made record twice)."""
        if record_uuid in self.uuids:
            if record.data.get("uuid") is None:
                return None
            raise refuse(words.uuid_twice(record.where))
        self.uuids.add(record_uuid)
        return record_uuid


def items(data: dict[str, Any], key: str) -> list[Any]:
    """One of the file's lists of records ("entries"); none if left out."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise refuse(words.not_a_list(key))
    return value


def passes(check: Callable[[str], Any], text: str) -> bool:
    """Whether `text` is already as rj's own check of that field would keep it."""
    try:
        return bool(check(text) == text)
    except JournalError:
        return False


def is_tag(name: str) -> bool:
    return passes(check_tag, name)


def is_value_name(name: str) -> bool:
    return passes(check_name, name)


def noon(day: str) -> str:
    """When a record says only its day: noon that day, local time."""
    return utc_stamp(datetime.combine(date.fromisoformat(day), time(12)).astimezone())
