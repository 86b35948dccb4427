"""The story (`rj story`) in our own JSON export, checked as strictly as the rest: each
telling with its sittings. A telling whose uuid is already in the journal is left as it is;
one whose number the chapter already uses (told separately) is numbered after its last.

Pure domain code, called by ours.plan_json. Errors name the record and field
(`story[1].sittings[0].distress_after`), never its text.
"""

from __future__ import annotations

from typing import Any

from resilience_journal.entries import MAX_BODY
from resilience_journal.exchange.importing.records import Once, Plan, Record, Row, items, noon
from resilience_journal.messages import exchange as words
from resilience_journal.messages import story as story_words
from resilience_journal.store import JournalStore
from resilience_journal.story import KEYS

_A_CHAPTER = words.one_of(tuple(KEYS))
_SOME_SITTINGS = story_words.SOME_SITTINGS


def plan_story(data: dict[str, Any], store: JournalStore, plan: Plan, once: Once) -> None:
    known = store.importing.known_uuids("story_tellings")
    known_sittings = store.importing.known_uuids("story_sittings")
    last = store.story.last_numbers()
    for index, item in enumerate(items(data, "story")):
        record = Record(item, f"story[{index}]")
        chapter = record.text("chapter", line=True)
        if chapter not in KEYS:
            raise record.bad("chapter", _A_CHAPTER)
        if not record.items("sittings"):  # a telling is its sittings: none would be empty
            raise record.bad("sittings", _SOME_SITTINGS)
        telling: Row = {
            "chapter": chapter,
            "telling": record.number("telling", 1, 1_000_000, optional=False),
            "created_at": record.stamp("created_at"),
            "deleted_at": record.stamp("deleted_at", default=None),
        }
        telling["updated_at"] = record.stamp("updated_at", default=None) or telling["created_at"]
        fallback = f"story\n{chapter}\n{telling['telling']}\n{telling['created_at']}"
        telling["uuid"] = once(record.uuid(fallback), record)
        if telling["uuid"] is None:
            continue
        if telling["uuid"] in known:
            plan.already["story"] += 1
            continue
        if telling["telling"] <= last.get(chapter, 0):
            telling["telling"] = last[chapter] + 1
        last[chapter] = telling["telling"]
        telling["sittings"] = _sittings(record, telling, once, known_sittings)
        plan.story.append(telling)


def _sittings(owner: Record, telling: Row, once: Once, known: set[str]) -> list[Row]:
    sittings: list[Row] = []
    for index, item in enumerate(owner.items("sittings")):
        record = Record(item, f"{owner.where}.sittings[{index}]")
        sitting: Row = {
            "day": record.day(),
            "created_at": record.stamp("created_at", default=None),
            "text": record.text("text", longest=MAX_BODY),
            "distress_before": record.number("distress_before", 0, 10),
            "distress_after": record.number("distress_after", 0, 10),
        }
        sitting["created_at"] = sitting["created_at"] or noon(sitting["day"])
        fallback = f"sitting\n{telling['uuid']}\n{index}"
        sitting["uuid"] = once(record.uuid(fallback), record)
        if sitting["uuid"] is not None and sitting["uuid"] not in known:
            sittings.append(sitting)
    return sittings
