"""What every importer shares: the Plan it fills, a Record of the file read field by field
with a clear error for each, and the small checks. ours.py (rj's own JSON), goals.py (its
goals and experiments) and jrnl.py all build on this module, and it on none of them.

Errors name the record and field (`entries[3].mood`, as jq would), never its text, and carry
their outcome: nothing is imported.
"""

from __future__ import annotations

import heapq
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal, overload

from resilience_journal.dates import utc_stamp
from resilience_journal.entries import check_tag
from resilience_journal.errors import JournalError
from resilience_journal.messages import exchange as words
from resilience_journal.messages.common import NOTHING_IMPORTED
from resilience_journal.store.importing import nocase

Row = dict[str, Any]
# The days a record can have: on the first or last day a date can hold, some times of day
# have no equal in every time zone.
FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
# Stable ids for records that come without one (jrnl's entries, hand-made files): the same
# record imported twice gets the same uuid, so it is only added once.
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NAMESPACE = uuid.UUID("7d1c3c1e-4f5a-4b6e-9a51-2d7f1c0e8b11")
# An entry dated after tomorrow (now and a day's slack for time zones) is in the future:
# `rj write` refuses such a day; import leaves the entry out and names its day.
FUTURE_SLACK = timedelta(days=1)
PREVIEW = 20  # what a dry run shows
SUNK = ("entries", "wins", "value_ratings", "checkins")  # what a streamed import writes as read
# What a Plan's sink is handed besides records: the tags to add to an entry already kept.
Sink = Callable[[str, "Row"], None]
Sampled = tuple[tuple[int, ...], int, "Row"]


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
    beliefs: list[Row] = field(default_factory=list)  # each with its "sittings"
    worries: list[Row] = field(default_factory=list)  # worries sorted
    story: list[Row] = field(default_factory=list)  # tellings, each with its "sittings"
    reflections: list[Row] = field(default_factory=list)  # monthly reflections' answers
    hard_dates: list[Row] = field(default_factory=list)  # dates marked as hard (rj dates)
    # For every value name the file uses (NOCASE): the uuid of the value it will link to,
    # one already in the journal (same uuid, or same name) or one this import adds.
    value_uuids: dict[str, str] = field(default_factory=dict)
    # Streaming: entries, wins, ratings and check-ins (SUNK) go to the sink as they are
    # read (written, or counted by a dry run) instead of into the lists above. Values,
    # tags, goals and experiments stay in the lists: they are few.
    sink: Sink | None = None
    sunk: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SUNK + ("reviews",), 0))
    sample: list[Sampled] = field(default_factory=list)  # a dry run's earliest days
    strict: bool = False  # --strict: refuse what is otherwise left out (empty, future)
    latest_day: str = LAST_DAY.isoformat()  # a later entry is in the future
    skipped: dict[str, list[str]] = field(default_factory=lambda: {"empty": [], "future": []})
    merged: int = 0  # copies of an entry in the file, kept as one (star and tags joined)
    spellings: dict[str, set[str]] = field(default_factory=dict)  # a tag: how the file wrote it
    kept_as: dict[str, str] = field(default_factory=dict)  # a tag: its first spelling, kept
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
                "beliefs",
                "worries",
                "story",
                "reflections",
                "hard_dates",
            ),
            0,
        )
    )

    @staticmethod
    def tag_uuid(name: str) -> str:
        """For a tag an import makes: the same in every journal that imports it."""
        return stable_uuid(f"tag\n{nocase(name)}")

    def dated(self, now: datetime, *, strict: bool) -> Plan:
        """Knowing the time: which days are in the future; and whether to refuse them."""
        self.latest_day = (now + FUTURE_SLACK).date().isoformat()
        self.strict = strict
        return self

    def added(self) -> dict[str, int]:
        reviews = sum(1 for entry in self.entries if entry["kind"] == "review")
        return {
            "entries": len(self.entries) - reviews + self.sunk["entries"],
            "reviews": reviews + self.sunk["reviews"],
            "wins": len(self.wins) + self.sunk["wins"],
            "values": len(self.values),
            "value_ratings": len(self.ratings) + self.sunk["value_ratings"],
            "goals": len(self.goals),
            "experiments": len(self.experiments),
            "checkins": len(self.checkins) + self.sunk["checkins"],
            "beliefs": len(self.beliefs),
            "worries": len(self.worries),
            "story": len(self.story),
            "reflections": len(self.reflections),
            "hard_dates": len(self.hard_dates),
        }

    def has_value(self, name: str) -> bool:
        """Whether `name` is a value the file gives or the journal has (NOCASE)."""
        return nocase(name) in self.value_uuids

    @property
    def records(self) -> int:
        return (
            len(self.entries)
            + len(self.wins)
            + sum(n for what, n in self.sunk.items() if what != "value_ratings")
            + len(self.goals)
            + len(self.experiments)
            + len(self.checkins)
            + len(self.beliefs)
            + len(self.worries)
            + len(self.story)
            + len(self.reflections)
            + len(self.hard_dates)
        )

    def keep(self, into: list[Row], record: Row, known: set[str], what: str) -> None:
        """Add `record` to the plan (`into`), unless its uuid is `known` to the journal:
        then it is counted as already here."""
        if record["uuid"] in known:
            self.already["reviews" if record.get("kind") == "review" else what] += 1
        elif self.sink is not None and what in SUNK:
            self.sink(what, record)
            self.sunk["reviews" if record.get("kind") == "review" else what] += 1
            if what not in ("entries", "wins"):
                return
            if len(self.sample) < PREVIEW or record["day"] < self.sample[0][2]["day"]:
                counted = sum(self.sunk.values())
                item = (_reverse(record["day"]), counted, record)
                heapq.heappush(self.sample, item)
                if len(self.sample) > PREVIEW:
                    heapq.heappop(self.sample)
        else:
            into.append(record)

    def first(self) -> tuple[list[Row], list[Row], int]:
        """For a dry run's preview: entries and wins, the earliest days first (of a streamed
        file, the earliest PREVIEW of them), and how many there are in all."""
        if self.sink is None:
            return self.entries, self.wins, len(self.entries) + len(self.wins)
        rows = [record for _, _, record in self.sample]
        entries = [row for row in rows if "kind" in row]
        wins = [row for row in rows if "kind" not in row]
        return entries, wins, self.sunk["entries"] + self.sunk["reviews"] + self.sunk["wins"]

    def skip(self, why: str, record: Record, day: str) -> None:
        """Leave out an empty entry, or one dated in the future, naming its day; with
        --strict the file is refused instead, as it was before."""
        if self.strict:
            raise refuse(words.refused_entry(record.where, why, day))
        self.skipped[why].append(day)

    def merge(self, entry_uuid: str, tags: list[str]) -> None:
        """Another copy of an entry kept already: one entry, with the tags of both (and so
        starred if either is)."""
        self.merged += 1
        if self.sink is not None:
            self.sink("merge", {"uuid": entry_uuid, "tags": tags})
            return
        for entry in reversed(self.entries):
            if entry["uuid"] == entry_uuid:
                have = {nocase(name) for name in entry["tags"]}
                entry["tags"] += [n for n in tags if nocase(n) not in have]
                return

    def spelled(self, written: str, tag: str) -> None:
        """Note how the file wrote a tag, to say which spellings were kept as one."""
        key = nocase(tag)
        self.kept_as.setdefault(key, tag)
        spellings = self.spellings.setdefault(key, set())
        if len(spellings) < 10:
            spellings.add(written)

    def tags_joined(self) -> list[tuple[list[str], str]]:
        """Tags the file wrote in more than one way, kept as one: (spellings, the tag)."""
        joined = []
        for key, spellings in sorted(self.spellings.items()):
            if len(spellings) > 1:
                joined.append((sorted(spellings), self.kept_as[key]))
        return joined


def _reverse(day: str) -> tuple[int, ...]:
    """A key that sorts later days first (a heap keeps the earliest PREVIEW days)."""
    return tuple(-ord(char) for char in day)


def plain_text(value: str) -> bool:
    """Whether text can be kept: no lone surrogate (half of a character)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        if isinstance(value, str):
            if not value.isascii() and not plain_text(value):
                raise self.not_text(key)
        elif isinstance(value, list) and not all(
            plain_text(t) for t in value if isinstance(t, str)
        ):
            raise self.not_text(key)
        return value

    def not_text(self, key: str) -> JournalError:
        """A lone surrogate: named by the record and its day, never its text."""
        day = self.data.get("day", self.data.get("date"))
        shown = day if isinstance(day, str) and len(day) <= 10 and day.isascii() else None
        return refuse(words.not_text(self.where, key, shown))

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


Once = Callable[[str, Record], "str | None"]  # Seen.once (ours.py)


def items(data: dict[str, Any], key: str) -> Iterable[Any]:
    """One of the file's lists of records ("entries"); none if left out. A list, or (for
    "entries" of a file read as it streams) its records one at a time."""
    value = data.get(key, [])
    if not isinstance(value, list) and not getattr(value, "streamed", False):
        raise refuse(words.not_a_list(key))
    return value  # type: ignore[no-any-return]


def passes(check: Callable[[str], Any], text: str) -> bool:
    """Whether `text` is already as rj's own check of that field would keep it."""
    try:
        return bool(check(text) == text)
    except JournalError:
        return False


def is_tag(name: str) -> bool:
    return passes(check_tag, name)


def noon(day: str) -> str:
    """When a record says only its day: noon that day, local time."""
    return utc_stamp(datetime.combine(date.fromisoformat(day), time(12)).astimezone())
