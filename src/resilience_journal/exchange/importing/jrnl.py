"""jrnl's JSON export (jrnl --format json), checked and made into our entries.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from resilience_journal.dates import utc_stamp
from resilience_journal.entries import MAX_BODY, MAX_TITLE
from resilience_journal.exchange.importing.records import (
    Plan,
    Record,
    Row,
    is_tag,
    items,
    stable_uuid,
)
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore
from resilience_journal.store.importing import nocase
from resilience_journal.text import count_words

_NOT_TAG = re.compile(r"[^\w\-/.]")


def is_jrnl(data: dict[str, Any]) -> bool:
    """Whether a file's data looks like jrnl's export: its "entries" with "date" and "time",
    or its "tags" counts, and no "format" of ours."""
    entries = data.get("entries")
    return bool(
        "format" not in data
        and isinstance(entries, list)
        and (
            isinstance(data.get("tags"), dict)
            or (entries and isinstance(entries[0], dict) and {"date", "time"} <= entries[0].keys())
        )
    )


def jrnl_tag(text: str) -> str | None:
    """A jrnl tag (@work, #self+care) as one of ours: the mark dropped, other characters a
    tag cannot hold made '-'. None when nothing is left."""
    name = _NOT_TAG.sub("-", text.lstrip("@#")).strip("-_./")[:40].rstrip("-_./")
    return name if name and is_tag(name) else None


def plan_jrnl(data: dict[str, Any], store: JournalStore) -> Plan:
    """jrnl's JSON export: title and body become the entry, its tags our tags (starred adds
    `starred`), its date the day and its time when it was written (local time)."""
    plan = Plan()
    known = store.importing.known_uuids("entries")
    seen: set[str] = set()
    for index, item in enumerate(items(data, "entries")):
        record = Record(item, f"entries[{index}]")
        day = record.day("date")
        clock = record.get("time", str, words.A_CLOCK)
        try:
            written = time.fromisoformat(clock)
        except ValueError:
            raise record.bad("time", words.A_CLOCK) from None
        title = record.get("title", str, words.TEXT, "").strip()
        body = record.get("body", str, words.TEXT, "").rstrip()
        if not title.strip() and not body.strip():
            raise record.bad("body", words.NOT_EMPTY)
        if not body.strip():  # one sentence: it is the entry
            title, body = "", title
        elif "\n" in title or len(title) > MAX_TITLE:
            title, body = "", f"{title} {body}"
        if len(body) > MAX_BODY:  # as `rj write` keeps them
            raise record.bad("body", words.at_most(MAX_BODY, len(body)))
        tags: dict[str, str] = {}
        for raw in record.names("tags", lambda _: True, words.ANY_TAGS):
            name = jrnl_tag(raw)
            if name:
                tags.setdefault(nocase(name), name)
        if record.get("starred", bool, words.TRUE_OR_FALSE, False):
            tags.setdefault("starred", "starred")
        stamp = utc_stamp(datetime.combine(date.fromisoformat(day), written).astimezone())
        entry_uuid = stable_uuid(f"jrnl\n{day}\n{clock}\n{title}\n{body}")
        if entry_uuid in seen:  # jrnl can hold the same entry twice; keep it once
            continue
        seen.add(entry_uuid)
        entry: Row = {
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
        plan.keep(plan.entries, entry, known, "entries")
    return plan
