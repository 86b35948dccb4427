"""Journal entries: validation, the records people see, and the services the CLI calls.

Pure domain code: no typer, no rich. The current time is always passed in as `now`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import parse_day, utc_stamp
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.messages import entries as entries_words
from resilience_journal.messages import writing as writing_words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED, since_after_until
from resilience_journal.store import JournalStore, Row
from resilience_journal.text import count_words, readable, whole_number

_TAG = re.compile(r"[^\W_][\w\-/.]{0,39}")
_PROMPT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}")
MAX_TITLE = 200
# The most text one entry holds (about 1 MB of plain text, some 180,000 words: far more than
# any entry written by hand). Past it, showing and searching an entry slows to many seconds.
MAX_BODY = 1_000_000


@dataclass(frozen=True)
class EntryOptions:
    """Everything about an entry except its text, already checked."""

    title: str | None = None
    tags: tuple[str, ...] = ()
    mood: int | None = None
    day: date | None = None
    prompt_id: str | None = None
    values: tuple[str, ...] = ()  # names of active values, already checked
    clear: frozenset[str] = frozenset()  # fields asked to be emptied: title, mood, tags, values
    review_week: str | None = None  # set when the text is the weekly review of this week

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "tags": list(self.tags),
            "mood": self.mood,
            "day": self.day.isoformat() if self.day else None,
            "prompt_id": self.prompt_id,
            "values": list(self.values),
            "review_week": self.review_week,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EntryOptions:
        day = data.get("day")
        return cls(
            title=data.get("title"),
            tags=tuple(data.get("tags") or ()),
            mood=data.get("mood"),
            day=date.fromisoformat(day) if day else None,
            prompt_id=data.get("prompt_id"),
            values=tuple(data.get("values") or ()),
            review_week=data.get("review_week"),
        )

    def merged(self, newer: EntryOptions) -> EntryOptions:
        """These options, with anything set in `newer` taking its place."""
        return EntryOptions(
            title=newer.title if newer.title is not None else self.title,
            tags=newer.tags or self.tags,
            mood=newer.mood if newer.mood is not None else self.mood,
            day=newer.day or self.day,
            prompt_id=newer.prompt_id or self.prompt_id,
            values=newer.values or self.values,
            review_week=newer.review_week or self.review_week,
        )


@dataclass(frozen=True)
class Entry:
    id: int
    uuid: str
    kind: str
    created_at: str
    updated_at: str
    day: str
    title: str | None
    body: str
    prompt_id: str | None
    mood: int | None
    tags: list[str] = field(default_factory=list)
    review_week: str | None = None
    values: list[str] = field(default_factory=list)
    deleted_at: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> Entry:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})

    @property
    def headline(self) -> str:
        """The title, or else the first line with words in it."""
        if self.title:
            return self.title
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()
        return ""

    @property
    def words(self) -> int:
        return count_words(self.body)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "day": self.day,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "mood": self.mood,
            "tags": list(self.tags),
            "values": list(self.values),
            "prompt_id": self.prompt_id,
            "review_week": self.review_week,
            "deleted_at": self.deleted_at,
        }


# validation ---------------------------------------------------------------------------


class TooLong(JournalError):
    """Text longer than an entry holds. `reason` says so; the message adds what happened."""

    def __init__(self, length: int, outcome: str) -> None:
        self.reason = writing_words.too_long(length, MAX_BODY)
        super().__init__(self.reason, outcome=outcome)


def check_length(body: str, outcome: str = NOTHING_SAVED) -> str:
    if len(body) > MAX_BODY:
        raise TooLong(len(body), outcome)
    return body


def check_mood(text: str | None) -> int | None:
    if text is None or text.strip().lower() in ("", "none"):
        return None
    value = whole_number(text)
    if value is None or not 0 <= value <= 10:
        raise JournalError(entries_words.bad_mood(text))
    return value


# Characters a tag cannot hold that end a name people tell apart: c++, c#, f#.
_SPELLED = {"+": "-plus", "#": "-sharp"}


def spell_ending(name: str) -> str:
    """A tag's ending + or # spelled out (c++ is c-plus-plus, c# c-sharp), so that neither
    becomes c: as rj import reads jrnl's @c++, and as --tag c++ finds it."""
    ending = ""
    while name and name[-1] in _SPELLED:
        ending = _SPELLED[name[-1]] + ending
        name = name[:-1]
    return name + ending if name else name


def check_tag(text: str) -> str:
    name = spell_ending(readable(text).strip().lstrip("#@"))
    if not _TAG.fullmatch(name):
        raise JournalError(entries_words.bad_tag(text))
    return name


def check_title(text: str | None) -> str | None:
    if text is None:
        return None
    title = readable(text).strip()
    if "\n" in title or "\r" in title:
        raise JournalError(entries_words.TITLE_ONE_LINE)
    if len(title) > MAX_TITLE:
        raise JournalError(entries_words.title_too_long(MAX_TITLE, len(title)))
    return title or None


def check_prompt_id(text: str | None) -> str | None:
    if text is None:
        return None
    if not _PROMPT_ID.fullmatch(text.strip()):
        raise JournalError(entries_words.bad_prompt_id(text))
    return text.strip()


def check_count(text: str | None, option: str = "-n") -> int | None:
    if text is None:
        return None
    value = whole_number(text)
    if value is None or value < 1:
        raise JournalError(entries_words.bad_count(option, text))
    return value


def parse_entry_id(text: str) -> int:
    """An entry's number as a person types it: 12, or #12."""
    number = whole_number(text.strip().lstrip("#"))
    if number is None:
        raise JournalError(entries_words.bad_entry_id(text))
    return number


def day_range(since: str | None, until: str | None, today: date) -> tuple[date | None, date | None]:
    """--since and --until read as days (either may be left out), in order."""
    first = parse_day(since, today=today) if since else None
    last = parse_day(until, today=today) if until else None
    if first and last and first > last:
        raise JournalError(since_after_until(str(first), str(last)))
    return first, last


def clean_body(text: str) -> str:
    """Line endings made plain and trailing blank space trimmed; nothing else is touched."""
    return readable(text).replace("\r\n", "\n").rstrip()


def _filters(since: date | None, until: date | None, tag: str | None) -> dict[str, Any]:
    """Filters as the store takes them: ISO days, and a checked tag."""
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "tag": check_tag(tag) if tag else None,
    }


class Entries:
    """Entries: written, changed, listed, moved to the trash and back (journal.entries)."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def add(self, body: str, options: EntryOptions, now: datetime) -> Entry:
        """Save a new entry. With options.review_week, the text is that week's review: a new
        entry of kind review, or, when the week has one already, added to its end."""
        body = clean_body(body)
        if not body.strip():
            raise SaidInFull(writing_words.EMPTY_NOT_SAVED)
        check_length(body)
        review_week = options.review_week
        if review_week is not None:
            written = self.store.reviews.latest_for(review_week)
            if written is not None:
                existing = self.get(written)
                joined = existing.body.rstrip("\n") + "\n\n" + body
                return self.update(existing, joined, EntryOptions(), now)
        kind = "entry" if review_week is None else "review"
        stamp = utc_stamp(now)
        day = options.day or self.settings.today(now)
        record = {
            "uuid": str(uuid.uuid4()),
            "kind": kind,
            "review_week": review_week,
            "words": count_words(body),
            "created_at": stamp,
            "updated_at": stamp,
            "day": day.isoformat(),
            "title": options.title,
            "body": body,
            "prompt_id": options.prompt_id,
            "mood": options.mood,
        }
        entry_id = self.store.entries.insert(record, options.tags, options.values)
        return self.get(entry_id)

    def get(self, entry_id: int, *, allow_deleted: bool = False) -> Entry:
        row = self.store.entries.get(entry_id)
        if row is None:
            raise JournalError(entries_words.no_entry(entry_id))
        if row["deleted_at"] and not allow_deleted:
            raise JournalError(entries_words.in_trash(entry_id))
        return Entry.from_row(row)

    def find(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
        limit: int | None = None,
        deleted: bool = False,
    ) -> list[Entry]:
        rows = self.store.entries.select(
            **_filters(since, until, tag), deleted=deleted, limit=limit
        )
        return [Entry.from_row(row) for row in rows]

    def each(
        self, *, since: date | None = None, until: date | None = None, tag: str | None = None
    ) -> Iterator[Entry]:
        """Every entry that matches, newest first, one at a time (never all in memory). The
        filters are checked at once, before the first entry is asked for."""
        rows = self.store.entries.each(**_filters(since, until, tag))
        return (Entry.from_row(row) for row in rows)

    def count(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        tag: str | None = None,
        deleted: bool = False,
    ) -> int:
        return self.store.entries.count(**_filters(since, until, tag), deleted=deleted)

    def update(self, entry: Entry, body: str | None, options: EntryOptions, now: datetime) -> Entry:
        """Apply a new body and/or options; returns the entry as saved. Fields left as None
        in `options` are kept."""
        changes: dict[str, Any] = {}
        if body is not None:
            body = clean_body(body)
            if not body.strip():
                raise SaidInFull(writing_words.cannot_empty(entry.id))
            check_length(body, NOTHING_CHANGED)
            if body != entry.body:
                changes["body"] = body
                changes["words"] = count_words(body)
        if options.title is not None and options.title != entry.title:
            changes["title"] = options.title
        if "title" in options.clear and entry.title is not None:
            changes["title"] = None
        if options.mood is not None and options.mood != entry.mood:
            changes["mood"] = options.mood
        if "mood" in options.clear and entry.mood is not None:
            changes["mood"] = None
        if options.day is not None and options.day.isoformat() != entry.day:
            changes["day"] = options.day.isoformat()
        if options.prompt_id is not None and options.prompt_id != entry.prompt_id:
            changes["prompt_id"] = options.prompt_id
        tags = list(options.tags) if options.tags else None
        if "tags" in options.clear:
            tags = []
        if tags is not None and sorted(t.lower() for t in tags) == [t.lower() for t in entry.tags]:
            tags = None
        values = [] if "values" in options.clear else list(options.values) or None
        if values is not None and sorted(v.lower() for v in values) == [
            v.lower() for v in entry.values
        ]:
            values = None
        if not changes and tags is None and values is None:
            return entry
        changes["updated_at"] = utc_stamp(now)
        self.store.entries.update(entry.id, changes, tags, values)
        return self.get(entry.id)

    def prompt_use(self, day: date, days: int = 30) -> dict[str, date]:
        """Which prompts were answered in the `days` days up to `day`, and when last."""
        since = (day - timedelta(days=days)).isoformat()
        # Up to yesterday: what is answered today must not change today's prompt.
        used = self.store.entries.prompt_use(since, (day - timedelta(days=1)).isoformat())
        return {prompt_id: date.fromisoformat(last) for prompt_id, last in used.items()}

    def days_written(self, day: date, days: int = 7) -> int:
        """On how many of the `days` days ending with `day` something was written."""
        since = (day - timedelta(days=days - 1)).isoformat()
        return self.store.days.written(since, day.isoformat())

    def delete(self, entry_id: int, now: datetime) -> Entry:
        entry = self.get(entry_id)
        self.store.entries.set_deleted(entry.id, utc_stamp(now))
        return entry

    def restore(self, entry_id: int) -> Entry:
        entry = self.get(entry_id, allow_deleted=True)
        if entry.deleted_at is None:
            raise JournalError(entries_words.not_in_trash(entry_id))
        self.store.entries.set_deleted(entry.id, None)
        return self.get(entry.id)

    def empty_trash(
        self, entry_ids: Sequence[int], win_ids: Sequence[int] = ()
    ) -> tuple[int, bool]:
        """Destroy these entries and wins, if they are still in the trash. Returns how many
        were, and whether their words are gone from the file too (not while another rj
        reads the journal: then the next command that opens it overwrites them)."""
        return self.store.entries.empty_trash(entry_ids, win_ids)
