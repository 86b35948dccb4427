"""The meta table: what rj has already said or done, by key (such as the week whose review
`rj today` last mentioned)."""

from __future__ import annotations

import uuid

from resilience_journal.store.core import Core

#: The meta key of the journal's own id (see journal_id).
JOURNAL_ID = "journal_id"


class MetaRepository:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with self.core.write():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def journal_id(self) -> str:
        """A random id of this journal, made the first time it is asked for and kept in
        meta, so a folder `rj export --split` wrote can be told apart from another
        journal's. A journal that cannot be written to (read-only) has none yet: ""."""
        known = self.get(JOURNAL_ID)
        if known or self.core.read_only:
            return known or ""
        made = uuid.uuid4().hex
        with self.core.write():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                [JOURNAL_ID, made],
            )
        return self.get(JOURNAL_ID) or made
