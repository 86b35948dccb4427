"""Bringing a journal in: our own JSON export, or jrnl's.

Pure domain code: no typer, no rich. Every record is checked before anything is written;
the plan that comes out holds only what is new, so importing a file twice adds nothing.
Messages name the record (`entries[3]`, as jq would) and never quote its text.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from resilience_journal.dates import stored_week, utc_stamp, week_label
from resilience_journal.entries import MAX_BODY, MAX_TITLE, check_prompt_id, check_tag
from resilience_journal.errors import JournalError
from resilience_journal.export import FORMAT, VERSION
from resilience_journal.store import JournalStore
from resilience_journal.store.exchange import nocase
from resilience_journal.text import count_words
from resilience_journal.values import MAX_DESCRIPTION, check_name
from resilience_journal.wins import MAX_WIN

Row = dict[str, Any]
KINDS = ("entry", "review", "checkin")
# The days a record can have: on the first or last day a date can hold, some times of day
# have no equal in every time zone.
_FIRST_DAY, _LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
# Stable ids for records that come without one (jrnl's entries, hand-made files): the same
# record imported twice gets the same uuid, so it is only added once.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NAMESPACE = uuid.UUID("7d1c3c1e-4f5a-4b6e-9a51-2d7f1c0e8b11")


def _refuse(text: str) -> JournalError:
    return JournalError(f"{text} Nothing was imported.")


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
    # For every value name the file uses (NOCASE): the uuid of the value it will link to,
    # one already in the journal (same uuid, or same name) or one this import adds.
    value_uuids: dict[str, str] = field(default_factory=dict)
    already: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("entries", "reviews", "wins", "values", "value_ratings", "goals", "experiments"),
            0,
        )
    )

    @staticmethod
    def tag_uuid(name: str) -> str:
        """For a tag an import makes: the same in every journal that imports it."""
        return str(uuid.uuid5(_NAMESPACE, f"tag\n{nocase(name)}"))

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
        }

    @property
    def records(self) -> int:
        return len(self.entries) + len(self.wins) + len(self.goals) + len(self.experiments)


# reading ---------------------------------------------------------------------------------


def load(text: str, source: str | None, name: str) -> tuple[str, Any]:
    """Parse the file and decide what it is: ("json" | "jrnl", data)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        cut = " It may be cut short." if not text.rstrip().endswith(("}", "]")) else ""
        raise _refuse(
            f"{name} is not valid JSON (line {err.lineno}, column {err.colno}).{cut}"
        ) from None
    except RecursionError:
        raise _refuse(f"{name} nests too deeply to be a journal export.") from None
    found = _kind_of(data)
    if source is None:
        if found is None:
            raise _refuse(
                f"{name} is not a Resilience Journal or jrnl export that rj knows: it needs "
                f'"format": "{FORMAT}", or jrnl\'s "entries" with "date" and "time".'
            )
        return found, data
    if found is not None and found != source:
        raise _refuse(
            f"{name} looks like a {_SOURCE_NAMES[found]}, not a "
            f"{_SOURCE_NAMES[source]}; try --from {found}."
        )
    return source, data


_SOURCE_NAMES = {"json": "Resilience Journal export", "jrnl": "jrnl export"}


def _kind_of(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    if data.get("format") == FORMAT:
        return "json"
    items = data.get("entries")
    if (
        "format" not in data
        and isinstance(items, list)
        and (
            isinstance(data.get("tags"), dict)
            or (items and isinstance(items[0], dict) and {"date", "time"} <= items[0].keys())
        )
    ):
        return "jrnl"
    return None


# checking --------------------------------------------------------------------------------


class _Record:
    """One record of the file, read field by field with a clear error for each."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise _refuse(f"{where} should be an object {{...}}.")
        self.data = data
        self.where = where

    def bad(self, key: str, should: str) -> JournalError:
        return _refuse(f"{self.where}.{key} should be {should}.")

    def get(self, key: str, kind: type, should: str, default: Any = ...) -> Any:
        if key not in self.data or self.data[key] is None:
            if default is ...:
                raise _refuse(f"{self.where} has no {key!r}.")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.bad(key, should)
        return value

    def text(
        self, key: str, *, optional: bool = False, line: bool = False, longest: int | None = None
    ) -> str | None:
        should = "a line of text" if line else "text"
        value = self.get(key, str, should, None if optional else ...)
        if value is None:
            return None
        if not value.strip():
            if optional:
                return None
            raise self.bad(key, "some text, not empty")
        if line and ("\n" in value or "\r" in value):
            raise self.bad(key, "a single line")
        if longest is not None and len(value) > longest:
            raise self.bad(key, f"at most {longest} characters, not {len(value)}")
        return value

    def number(self, key: str, low: int, high: int, *, optional: bool = True) -> int | None:
        should = f"a whole number from {low} to {high}"
        value = self.get(key, int, should, None if optional else ...)
        if value is not None and not low <= value <= high:
            raise self.bad(key, should)
        return value

    def day(self, key: str = "day") -> str:
        value = self.get(key, str, "a day written YYYY-MM-DD")
        try:
            if len(value) != 10:
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            raise self.bad(key, "a day written YYYY-MM-DD") from None
        if not _FIRST_DAY <= day <= _LAST_DAY:
            raise self.bad(key, f"a day from {_FIRST_DAY} to {_LAST_DAY}")
        return day.isoformat()

    def stamp(self, key: str, *, default: Any = ...) -> str | None:
        value = self.get(key, str, "a time like 2026-11-22T09:14:03+00:00", default)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.bad(key, "a time like 2026-11-22T09:14:03+00:00") from None
        if len(value) == 25 and value.endswith("+00:00") and value[10] == "T":
            return value  # already as the journal keeps times (rj's own export)
        if moment.tzinfo is None:
            raise self.bad(key, "a time with its offset from UTC, like +00:00")
        try:
            return utc_stamp(moment)
        except OverflowError:  # 9999-12-31T23:00:00-05:00 is after the last time in UTC
            raise self.bad(key, "a time from year 1 to 9999 in UTC") from None

    def names(self, key: str, check: Callable[[str], bool], should: str) -> list[str]:
        value = self.get(key, list, f"a list of {should}", [])
        for item in value:
            if not isinstance(item, str) or not check(item):
                raise self.bad(key, f"a list of {should}")
        return value

    def uuid(self, fallback: str) -> str:
        value = self.get("uuid", str, "a UUID", None)
        if value is None:
            return str(uuid.uuid5(_NAMESPACE, fallback))
        if _CANONICAL_UUID.fullmatch(value):
            return value
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise self.bad("uuid", "a UUID") from None


def _items(data: dict, key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _refuse(f"{key} should be a list [...].")
    return value


def _passes(check: Callable[[str], Any], text: str) -> bool:
    """Whether `text` is already as rj's own check of that field would keep it."""
    try:
        return check(text) == text
    except JournalError:
        return False


def _is_tag(name: str) -> bool:
    return _passes(check_tag, name)


def _is_value_name(name: str) -> bool:
    return _passes(check_name, name)


def plan_json(data: dict, store: JournalStore, now: datetime) -> Plan:
    """Check our own export and keep what the journal does not have yet. A record without
    a uuid gets a stable one from what it says; the same record twice is kept once."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _refuse('The file has no "version" number.')
    if version > VERSION:
        raise _refuse(
            f"The file was made by a newer Resilience Journal (format version {version}); "
            "please update rj to import it."
        )
    plan = Plan()
    seen: set[str] = set()

    def once(record_uuid: str, record: _Record) -> str | None:
        """The uuid, the first time it is seen; None for a record without a uuid that
        repeats one before it (the same hand-made record twice)."""
        if record_uuid in seen:
            if record.data.get("uuid") is None:
                return None
            raise _refuse(f"{record.where}.uuid appears twice in the file.")
        seen.add(record_uuid)
        return record_uuid

    journal_values = store.exchange.names("journal_values")
    known_values = store.exchange.known_uuids("journal_values")
    for index, item in enumerate(_items(data, "values")):
        record = _Record(item, f"values[{index}]")
        name = record.text("name", line=True)
        if not _is_value_name(name):
            raise record.bad("name", "a value's name: a few words of letters and digits")
        key = nocase(name)
        if key in plan.value_uuids:
            raise _refuse(f"{record.where}.name is the name of another value in the file.")
        value = {
            "uuid": once(record.uuid(f"value\n{nocase(name)}"), record),
            "name": name,
            "description": record.text(
                "description", optional=True, line=True, longest=MAX_DESCRIPTION
            ),
            "created_at": record.stamp("created_at", default=None) or utc_stamp(now),
            "archived_at": record.stamp("archived_at", default=None),
        }
        if value["uuid"] in known_values:
            plan.value_uuids[key] = value["uuid"]
        elif key in journal_values:  # the same value, made separately: use the journal's
            plan.value_uuids[key] = journal_values[key][1]
        else:
            plan.value_uuids[key] = value["uuid"]
            plan.values.append(value)
            continue
        plan.already["values"] += 1
    for key, (_, value_uuid) in journal_values.items():
        plan.value_uuids.setdefault(key, value_uuid)

    def is_value(name: str) -> bool:
        return nocase(name) in plan.value_uuids

    known = store.exchange.known_uuids("value_ratings")
    for index, item in enumerate(_items(data, "value_ratings")):
        record = _Record(item, f"value_ratings[{index}]")
        rating = {
            "value": record.text("value", line=True),
            "day": record.day(),
            "rated_at": record.stamp("rated_at"),
            "importance": record.number("importance", 1, 10, optional=False),
            "consistency": record.number("consistency", 1, 10, optional=False),
        }
        if not is_value(rating["value"]):
            raise record.bad("value", 'the name of a value in the file\'s "values"')
        rating["uuid"] = once(
            record.uuid(f"rating\n{rating['value']}\n{rating['rated_at']}"), record
        )
        if rating["uuid"] is not None:
            _keep(plan, plan.ratings, rating, known, "value_ratings")

    tag_names = store.exchange.names("tags")
    known = store.exchange.known_uuids("tags")
    for index, item in enumerate(_items(data, "tags")):
        record = _Record(item, f"tags[{index}]")
        name = record.text("name", line=True)
        if not _is_tag(name):
            raise record.bad("name", "a tag: one word of letters, digits, - _ . or /")
        tag = {"uuid": once(record.uuid(f"tag\n{nocase(name)}"), record), "name": name}
        if tag["uuid"] and tag["uuid"] not in known and nocase(name) not in tag_names:
            tag_names[nocase(name)] = (0, tag["uuid"])
            plan.tags.append(tag)

    known = store.exchange.known_uuids("wins")
    for index, item in enumerate(_items(data, "wins")):
        record = _Record(item, f"wins[{index}]")
        win = {
            "day": record.day(),
            "text": record.text("text", line=True),
            "given_at": record.stamp("created_at", default=None),
            "values": record.names("values", is_value, "the names of values in the file"),
            "deleted_at": record.stamp("deleted_at", default=None),
        }
        if len(win["text"]) > MAX_WIN:  # as `rj win` keeps them
            raise record.bad("text", f"one line of up to {MAX_WIN} characters")
        given = win.pop("given_at")
        win["created_at"] = given or _noon(win["day"])
        win["updated_at"] = record.stamp("updated_at", default=None) or win["created_at"]
        # Without a uuid: one from what the record says, the same in every time zone.
        win["uuid"] = once(record.uuid(f"win\n{win['day']}\n{given}\n{win['text']}"), record)
        if win["uuid"] is not None:
            _keep(plan, plan.wins, win, known, "wins")

    known = store.exchange.known_uuids("entries")
    for index, item in enumerate(_items(data, "entries")):
        record = _Record(item, f"entries[{index}]")
        entry = _entry(record, is_value)
        entry["uuid"] = once(entry["uuid"], record)
        if entry["uuid"] is not None:
            _keep(plan, plan.entries, entry, known, "entries")

    from resilience_journal.importing_goals import plan_experiments, plan_goals

    plan_goals(data, store, plan, once, is_value, now.date().isoformat())
    plan_experiments(data, store, plan, once, is_value)
    return plan


def _entry(record: _Record, is_value: Callable[[str], bool]) -> Row:
    kind = record.get("kind", str, "one of entry, review, checkin", "entry")
    if kind not in KINDS:
        raise record.bad("kind", "one of entry, review, checkin")
    entry: Row = {
        "kind": kind,
        "day": record.day(),
        "created_at": record.stamp("created_at", default=None),
        "title": record.text("title", optional=True, line=True, longest=MAX_TITLE),
        "body": record.text("body", longest=MAX_BODY),
        "mood": record.number("mood", 0, 10),
        "distress": record.number("distress", 0, 10),
        "tags": record.names("tags", _is_tag, "tags (one word each)"),
        "values": record.names("values", is_value, "the names of values in the file"),
        "prompt_id": record.get("prompt_id", str, "a prompt id", None),
        "review_week": record.get("review_week", str, "a week written like 2026-W47", None),
        "deleted_at": record.stamp("deleted_at", default=None),
    }
    if entry["prompt_id"] is not None and not _passes(check_prompt_id, entry["prompt_id"]):
        raise record.bad("prompt_id", "a prompt id like gratitude.small-things")
    if (entry["review_week"] is None) != (kind != "review"):
        raise record.bad("review_week", "the week a review is of (2026-W47), and only a review's")
    if entry["review_week"] is not None:
        try:  # kept as rj writes it (2026-W07), however the file wrote it (2026w7)
            entry["review_week"] = week_label(stored_week(entry["review_week"], "monday"))
        except JournalError:
            raise record.bad("review_week", "a week written like 2026-W47") from None
    given = entry["created_at"]
    entry["created_at"] = given or _noon(entry["day"])
    entry["updated_at"] = record.stamp("updated_at", default=None) or entry["created_at"]
    entry["words"] = count_words(entry["body"])
    # Without a uuid: one from what the record says, the same in every time zone.
    fallback = f"entry\n{entry['day']}\n{given}\n{entry['title']}\n{entry['body']}"
    entry["uuid"] = record.uuid(fallback)
    return entry


def _keep(plan: Plan, into: list[Row], record: Row, known: set[str], what: str) -> None:
    if record["uuid"] in known:
        plan.already["reviews" if record.get("kind") == "review" else what] += 1
    else:
        into.append(record)


def _noon(day: str) -> str:
    """When a record says only its day: noon that day, local time."""
    return utc_stamp(datetime.combine(date.fromisoformat(day), time(12)).astimezone())


# jrnl --------------------------------------------------------------------------------------

_NOT_TAG = re.compile(r"[^\w\-/.]")


def jrnl_tag(text: str) -> str | None:
    """A jrnl tag (@work, #self+care) as one of ours: the mark dropped, other characters a
    tag cannot hold made '-'. None when nothing is left."""
    name = _NOT_TAG.sub("-", text.lstrip("@#")).strip("-_./")[:40].rstrip("-_./")
    return name if name and _is_tag(name) else None


def plan_jrnl(data: dict, store: JournalStore) -> Plan:
    """jrnl's JSON export: title and body become the entry, its tags our tags (starred adds
    `starred`), its date the day and its time when it was written (local time)."""
    plan = Plan()
    known = store.exchange.known_uuids("entries")
    seen: set[str] = set()
    for index, item in enumerate(_items(data, "entries")):
        record = _Record(item, f"entries[{index}]")
        day = record.day("date")
        clock = record.get("time", str, "a time like 21:40")
        try:
            written = time.fromisoformat(clock)
        except ValueError:
            raise record.bad("time", "a time like 21:40") from None
        title = record.get("title", str, "text", "").strip()
        body = record.get("body", str, "text", "").rstrip()
        if not title.strip() and not body.strip():
            raise record.bad("body", "some text, not empty")
        if not body.strip():  # one sentence: it is the entry
            title, body = "", title
        elif "\n" in title or len(title) > MAX_TITLE:
            title, body = "", f"{title} {body}"
        if len(body) > MAX_BODY:  # as `rj write` keeps them
            raise record.bad("body", f"at most {MAX_BODY} characters, not {len(body)}")
        tags: dict[str, str] = {}
        for raw in record.names("tags", lambda _: True, "tags"):
            name = jrnl_tag(raw)
            if name:
                tags.setdefault(nocase(name), name)
        if record.get("starred", bool, "true or false", False):
            tags.setdefault("starred", "starred")
        stamp = utc_stamp(datetime.combine(date.fromisoformat(day), written).astimezone())
        entry_uuid = str(uuid.uuid5(_NAMESPACE, f"jrnl\n{day}\n{clock}\n{title}\n{body}"))
        if entry_uuid in seen:  # jrnl can hold the same entry twice; keep it once
            continue
        seen.add(entry_uuid)
        entry = {
            "uuid": entry_uuid,
            "kind": "entry",
            "day": day,
            "created_at": stamp,
            "updated_at": stamp,
            "title": title or None,
            "body": body,
            "mood": None,
            "distress": None,
            "tags": list(tags.values()),
            "values": [],
            "prompt_id": None,
            "review_week": None,
            "deleted_at": None,
            "words": count_words(body),
        }
        _keep(plan, plan.entries, entry, known, "entries")
    return plan


def plan(source: str, data: Any, store: JournalStore, now: datetime) -> Plan:
    """Check a loaded file (see load) against the journal: what it would add."""
    if not isinstance(data, dict):
        raise _refuse('The file should hold one JSON object {...} with "entries".')
    return plan_json(data, store, now) if source == "json" else plan_jrnl(data, store)


def apply(store: JournalStore, planned: Plan, advance: Callable[[int], None]) -> None:
    """Write the plan in one transaction: all of it or, if anything fails, none of it."""
    store.exchange.import_records(planned, advance)
