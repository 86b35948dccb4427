"""Our own JSON export, checked record by record: values, their ratings, tags, wins and
entries here; goals and experiments in goals.py. What the journal already has is counted,
not added, so importing a file twice adds nothing.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from resilience_journal.dates import stored_week, utc_stamp, week_label
from resilience_journal.entries import MAX_BODY, MAX_TITLE, check_prompt_id
from resilience_journal.errors import JournalError
from resilience_journal.exchange.export import VERSION
from resilience_journal.exchange.importing.beliefs import plan_beliefs, plan_worries
from resilience_journal.exchange.importing.goals import plan_experiments, plan_goals
from resilience_journal.exchange.importing.hard_dates import plan_hard_dates
from resilience_journal.exchange.importing.records import (
    Plan,
    Record,
    Row,
    is_tag,
    items,
    noon,
    passes,
    refuse,
)
from resilience_journal.exchange.importing.reflections import plan_reflections
from resilience_journal.exchange.importing.story import plan_story
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore
from resilience_journal.store.importing import nocase
from resilience_journal.text import count_words
from resilience_journal.values import MAX_DESCRIPTION, check_name
from resilience_journal.wins import MAX_WIN

# "checkin": a daily check-in, as exports before check-ins had their own list wrote them.
KINDS = ("entry", "review", "checkin")
_A_KIND = words.one_of(KINDS)


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


def is_value_name(name: str) -> bool:
    return passes(check_name, name)


def plan_json(
    data: dict[str, Any], store: JournalStore, now: datetime, plan: Plan | None = None
) -> Plan:
    """Check our own export and keep what the journal does not have yet. A record without
    a uuid gets a stable one from what it says; the same record twice is kept once (its
    tags joined). An empty entry, or one dated in the future, is left out (Plan.skip)."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise refuse(words.NO_VERSION)
    if version > VERSION:
        raise refuse(words.newer_format(version))
    plan = plan or Plan()
    seen = Seen()
    _values(data, store, plan, seen, now)
    _ratings(data, store, plan, seen)
    _tags(data, store, plan, seen)
    _wins(data, store, plan, seen)
    known = store.importing.known_uuids("entries")
    known_checkins = store.importing.known_uuids("checkins")
    for index, item in enumerate(items(data, "entries")):
        record = Record(item, f"entries[{index}]")
        if record.get("kind", str, _A_KIND, "entry") == "checkin":  # an older export's
            _checkin(
                record, plan, seen, known_checkins, trashed=record.stamp("deleted_at", default=None)
            )
            continue
        if _left_out(record, plan):
            continue
        entry = _entry(record, plan)
        made = entry["uuid"]
        entry["uuid"] = seen.once(made, record)
        if entry["uuid"] is not None:
            plan.keep(plan.entries, entry, known, "entries")
        elif made not in known:  # the same hand-made entry again: one, tags joined
            plan.merge(made, entry["tags"])
    for index, item in enumerate(items(data, "checkins")):
        _checkin(Record(item, f"checkins[{index}]"), plan, seen, known_checkins)
    plan_goals(data, store, plan, seen.once, plan.has_value, now.date().isoformat())
    plan_experiments(data, store, plan, seen.once, plan.has_value)
    plan_beliefs(data, store, plan, seen.once)
    plan_worries(data, store, plan, seen.once)
    plan_story(data, store, plan, seen.once)
    plan_reflections(data, store, plan, seen.once)
    plan_hard_dates(data, store, plan, seen.once, now.date().isoformat())
    return plan


def _values(
    data: dict[str, Any], store: JournalStore, plan: Plan, seen: Seen, now: datetime
) -> None:
    """The file's values: each new one added, each the journal has (by uuid, or by name)
    linked to; then every name either knows, for the records that name values."""
    journal_values = store.importing.names("journal_values")
    known_values = store.importing.known_uuids("journal_values")
    for index, item in enumerate(items(data, "values")):
        record = Record(item, f"values[{index}]")
        name = record.text("name", line=True)
        if not is_value_name(name):
            raise record.bad("name", words.VALUE_NAME)
        key = nocase(name)
        if key in plan.value_uuids:
            raise refuse(words.value_name_twice(record.where))
        value: Row = {
            "uuid": seen.once(record.uuid(f"value\n{nocase(name)}"), record),
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


def _ratings(data: dict[str, Any], store: JournalStore, plan: Plan, seen: Seen) -> None:
    known = store.importing.known_uuids("value_ratings")
    for index, item in enumerate(items(data, "value_ratings")):
        record = Record(item, f"value_ratings[{index}]")
        rating: Row = {
            "value": record.text("value", line=True),
            "day": record.day(),
            "rated_at": record.stamp("rated_at"),
            "importance": record.number("importance", 1, 10, optional=False),
            "consistency": record.number("consistency", 1, 10, optional=False),
        }
        if not plan.has_value(rating["value"]):
            raise record.bad("value", words.A_VALUE)
        rating["uuid"] = seen.once(
            record.uuid(f"rating\n{rating['value']}\n{rating['rated_at']}"), record
        )
        if rating["uuid"] is not None:
            plan.keep(plan.ratings, rating, known, "value_ratings")


def _tags(data: dict[str, Any], store: JournalStore, plan: Plan, seen: Seen) -> None:
    tag_names = store.importing.names("tags")
    known = store.importing.known_uuids("tags")
    for index, item in enumerate(items(data, "tags")):
        record = Record(item, f"tags[{index}]")
        name = record.text("name", line=True)
        if not is_tag(name):
            raise record.bad("name", words.A_TAG)
        tag: Row = {"uuid": seen.once(record.uuid(f"tag\n{nocase(name)}"), record), "name": name}
        if tag["uuid"] and tag["uuid"] not in known and nocase(name) not in tag_names:
            tag_names[nocase(name)] = (0, tag["uuid"])
            plan.tags.append(tag)


def _wins(data: dict[str, Any], store: JournalStore, plan: Plan, seen: Seen) -> None:
    known = store.importing.known_uuids("wins")
    for index, item in enumerate(items(data, "wins")):
        record = Record(item, f"wins[{index}]")
        win: Row = {
            "day": record.day(),
            "text": record.text("text", line=True),
            "given_at": record.stamp("created_at", default=None),
            "values": record.names("values", plan.has_value, words.VALUE_NAMES),
            "deleted_at": record.stamp("deleted_at", default=None),
        }
        if len(win["text"]) > MAX_WIN:  # as `rj win` keeps them
            raise record.bad("text", words.one_line_of(MAX_WIN))
        given = win.pop("given_at")
        win["created_at"] = given or noon(win["day"])
        win["updated_at"] = record.stamp("updated_at", default=None) or win["created_at"]
        # Without a uuid: one from what the record says, the same in every time zone.
        win["uuid"] = seen.once(record.uuid(f"win\n{win['day']}\n{given}\n{win['text']}"), record)
        if win["uuid"] is not None:
            plan.keep(plan.wins, win, known, "wins")


def _tags_of(record: Record, plan: Plan) -> list[str]:
    tags = record.names("tags", is_tag, words.TAGS)
    for name in tags:
        plan.spelled(name, name)
    return tags


def _checkin(
    record: Record, plan: Plan, seen: Seen, known: set[str], *, trashed: str | None = None
) -> None:
    """A daily check-in: its day, when it was asked, and its rating (None: skipped). One
    from an older export, where a check-in was an entry, is read the same way; one that
    was in the trash (never shown there) is left out."""
    checkin: Row = {
        "day": record.day(),
        "created_at": record.stamp("created_at", default=None),
        "distress": record.number("distress", 0, 10),
    }
    given = checkin["created_at"]
    checkin["created_at"] = given or noon(checkin["day"])
    fallback = f"checkin\n{checkin['day']}\n{given}\n{checkin['distress']}"
    checkin["uuid"] = seen.once(record.uuid(fallback), record)
    if checkin["uuid"] is not None and trashed is None:
        plan.keep(plan.checkins, checkin, known, "checkins")


def _left_out(record: Record, plan: Plan) -> bool:
    """An entry with neither title nor body, or dated in the future: left out, its day
    named (with --strict, refused)."""
    day = record.day()
    if day > plan.latest_day:
        plan.skip("future", record, day)
        return True
    title = record.get("title", str, words.A_LINE, "")
    if not title.strip() and not record.get("body", str, words.TEXT, "").strip():
        plan.skip("empty", record, day)
        return True
    return False


def _entry(record: Record, plan: Plan) -> Row:
    kind = record.get("kind", str, _A_KIND, "entry")
    if kind not in KINDS:
        raise record.bad("kind", _A_KIND)
    entry: Row = {
        "kind": kind,
        "day": record.day(),
        "created_at": record.stamp("created_at", default=None),
        "title": record.text("title", optional=True, line=True, longest=MAX_TITLE),
        "body": record.text("body", longest=MAX_BODY),
        "mood": record.number("mood", 0, 10),
        "distress": record.number("distress", 0, 10),
        "tags": _tags_of(record, plan),
        "values": record.names("values", plan.has_value, words.VALUE_NAMES),
        "prompt_id": record.get("prompt_id", str, words.A_PROMPT_ID, None),
        "review_week": record.get("review_week", str, words.A_WEEK, None),
        "deleted_at": record.stamp("deleted_at", default=None),
    }
    if entry["prompt_id"] is not None and not passes(check_prompt_id, entry["prompt_id"]):
        raise record.bad("prompt_id", words.PROMPT_ID_LIKE)
    if (entry["review_week"] is None) != (kind != "review"):
        raise record.bad("review_week", words.REVIEWS_WEEK)
    if entry["review_week"] is not None:
        try:  # kept as rj writes it (2026-W07), however the file wrote it (2026w7)
            entry["review_week"] = week_label(stored_week(entry["review_week"], "monday"))
        except JournalError:
            raise record.bad("review_week", words.A_WEEK) from None
    given = entry["created_at"]
    entry["created_at"] = given or noon(entry["day"])
    entry["updated_at"] = record.stamp("updated_at", default=None) or entry["created_at"]
    entry["words"] = count_words(entry["body"])
    # Without a uuid: one from what the record says, the same in every time zone.
    fallback = f"entry\n{entry['day']}\n{given}\n{entry['title']}\n{entry['body']}"
    entry["uuid"] = record.uuid(fallback)
    return entry
