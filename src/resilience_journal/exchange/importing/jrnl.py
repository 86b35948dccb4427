"""jrnl's JSON export (jrnl --format json), checked and made into our entries.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from resilience_journal.dates import journal_day, utc_stamp
from resilience_journal.entries import MAX_BODY, MAX_TITLE, spell_ending
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
        and (isinstance(entries, list) or getattr(entries, "streamed", False))
        and (
            isinstance(data.get("tags"), dict)
            or (
                isinstance(entries, list)
                and entries
                and isinstance(entries[0], dict)
                and {"date", "time"} <= entries[0].keys()
            )
        )
    )


def jrnl_tag(text: str) -> str | None:
    """A jrnl tag (@work, #self+care) as one of ours: the mark dropped, a + or # at the end
    spelled out (@c++ is c-plus-plus, @c# c-sharp, so neither becomes c), other characters
    a tag cannot hold made '-'. None when nothing is left."""
    name = spell_ending(text.lstrip("@#"))
    name = _NOT_TAG.sub("-", name).strip("-_./")[:40].rstrip("-_./")
    return name if name and is_tag(name) else None


def split_title(title: str, body: str) -> tuple[str, str]:
    """A jrnl title longer than ours (or over lines): cut at a word; the rest of its line
    starts the body, then a blank line, then jrnl's body, so paragraphs stay apart."""
    line, _, more = title.partition("\n")
    if len(line) > MAX_TITLE:
        cut = line[: MAX_TITLE + 1].rfind(" ")
        cut = cut if cut > 0 else MAX_TITLE
        line, rest = line[:cut].rstrip(), line[cut:].strip()
    else:
        rest = ""
    start = "\n".join(part for part in (rest, more.strip()) if part)
    return line, "\n\n".join(part for part in (start, body) if part)


def plan_jrnl(
    data: dict[str, Any],
    store: JournalStore,
    plan: Plan | None = None,
    day_start: time = time(0),
) -> Plan:
    """jrnl's JSON export: title and body become the entry, its tags our tags (starred adds
    `starred`), its date and time when it was written (local time), and its journaling day
    by the rule `rj write` keeps (before `day_start`, still the day before). An empty entry,
    or one dated in the future, is left out and its day named (Plan.skip)."""
    plan = plan or Plan()
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
            plan.skip("empty", record, day)
            continue
        if day > plan.latest_day:
            plan.skip("future", record, day)
            continue
        # The uuid as earlier imports made it, so a file imported again adds nothing.
        if not body.strip():  # one sentence: it is the entry
            title, body = "", title
            once = f"{title}\n{body}"
        elif "\n" in title or len(title) > MAX_TITLE:
            once = f"\n{title} {body}"
            title, body = split_title(title, body)
        else:
            once = f"{title}\n{body}"
        if len(body) > MAX_BODY:  # as `rj write` keeps them
            raise record.bad("body", words.at_most(MAX_BODY, len(body)))
        tags: dict[str, str] = {}
        for raw in record.names("tags", lambda _: True, words.ANY_TAGS):
            name = jrnl_tag(raw)
            if name:
                plan.spelled(raw, name)
                tags.setdefault(nocase(name), name)
        if record.get("starred", bool, words.TRUE_OR_FALSE, False):
            tags.setdefault("starred", "starred")
        local = datetime.combine(date.fromisoformat(day), written).astimezone()
        stamp = utc_stamp(local)
        entry_uuid = stable_uuid(f"jrnl\n{day}\n{clock}\n{once}")
        if entry_uuid in seen:  # jrnl can hold the same entry twice: one, tags joined
            if entry_uuid not in known:
                plan.merge(entry_uuid, list(tags.values()))
            continue
        seen.add(entry_uuid)
        entry: Row = {
            "uuid": entry_uuid,
            "kind": "entry",
            "day": journal_day(local, day_start).isoformat(),
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
