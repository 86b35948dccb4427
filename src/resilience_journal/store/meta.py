"""The meta table: what rj has already said or done, by key (such as the week whose review
`rj today` last mentioned)."""

from __future__ import annotations

from resilience_journal.store.core import Core


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
