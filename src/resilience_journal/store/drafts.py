"""Drafts: text kept when writing was interrupted, until it is saved or discarded."""

from __future__ import annotations

import json
from typing import cast

from resilience_journal.store.core import Core, Row


class DraftRepository:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def save(self, record: Row, draft_id: int | None = None) -> int:
        """Insert a draft, or update draft `draft_id`. Returns its id."""
        record = {**record, "options": json.dumps(record.get("options") or {})}
        with self.core.write():
            if draft_id is None:
                return cast(int, self.db.table("drafts").insert(record).last_pk)  # the new id
            record.pop("uuid", None)
            record.pop("created_at", None)
            self.db.table("drafts").update(draft_id, record)
            return draft_id

    def latest(self, entry_id: int | None) -> Row | None:
        where = "entry_id IS NULL" if entry_id is None else "entry_id = ?"
        params = [] if entry_id is None else [entry_id]
        rows = list(
            self.db.query(
                f"SELECT * FROM drafts WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT 1",
                params,
            )
        )
        if not rows:
            return None
        row = rows[0]
        row["options"] = json.loads(row["options"] or "{}")
        return row

    def count(self) -> int:
        return int(
            self.db.execute("SELECT count(*) FROM drafts WHERE entry_id IS NULL").fetchone()[0]
        )

    def delete(self, draft_id: int) -> None:
        with self.core.write():
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
