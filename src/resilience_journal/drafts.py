"""Drafts: text kept when writing was interrupted (an editor closed badly, Ctrl-C, a journal
that could not save), until it is saved or discarded. Pure domain code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from resilience_journal.dates import utc_stamp
from resilience_journal.entries import EntryOptions
from resilience_journal.store import JournalStore


@dataclass(frozen=True)
class Draft:
    id: int
    uuid: str
    updated_at: str
    entry_id: int | None
    body: str
    options: EntryOptions


class Drafts:
    """Drafts of new entries and of changes to one (journal.drafts)."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store

    def save(
        self,
        body: str,
        options: EntryOptions,
        now: datetime,
        *,
        entry_id: int | None = None,
        draft_id: int | None = None,
    ) -> int:
        stamp = utc_stamp(now)
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": stamp,
            "updated_at": stamp,
            "entry_id": entry_id,
            "body": body,
            "options": options.to_json(),
        }
        return self.store.drafts.save(record, draft_id)

    def count(self) -> int:
        """Drafts of new entries waiting to be resumed."""
        return self.store.drafts.count()

    def latest(self, entry_id: int | None = None) -> Draft | None:
        row = self.store.drafts.latest(entry_id)
        if row is None:
            return None
        return Draft(
            id=row["id"],
            uuid=row["uuid"],
            updated_at=row["updated_at"],
            entry_id=row["entry_id"],
            body=row["body"],
            options=EntryOptions.from_json(row["options"]),
        )

    def discard(self, draft_id: int) -> None:
        self.store.drafts.delete(draft_id)
