"""Monthly reflections: one answer a growth domain a month (m015)."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.store.core import Core, Row

COLUMNS = "id, uuid, month, domain, answer, text, created_at, updated_at"


class ReflectionRepository:
    """The answers of the monthly reflection, found by month (its UNIQUE (month, domain)
    index)."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def for_months(self, months: Sequence[str]) -> list[Row]:
        """The answers of these months, by month then in the order answered."""
        if not months:
            return []
        marks = ", ".join("?" for _ in months)
        sql = f"SELECT {COLUMNS} FROM reflections WHERE month IN ({marks}) ORDER BY month, id"
        return [dict(row) for row in self.db.query(sql, list(months))]

    def months(self, *, until: str, limit: int) -> list[str]:
        """The newest `limit` months up to `until` with an answer, oldest first."""
        sql = "SELECT DISTINCT month FROM reflections WHERE month <= ? ORDER BY month DESC LIMIT ?"
        return sorted(row[0] for row in self.db.execute(sql, [until, limit]).fetchall())

    def save(self, record: Row) -> None:
        """Answer a domain for a month: a new row, or the month's answer changed in place
        (its uuid and created_at kept)."""
        with self.core.write():
            self.db.execute(
                "INSERT INTO reflections (uuid, month, domain, answer, text, created_at,"
                " updated_at) VALUES (:uuid, :month, :domain, :answer, :text, :created_at,"
                " :updated_at) ON CONFLICT (month, domain) DO UPDATE SET answer ="
                " excluded.answer, text = excluded.text, updated_at = excluded.updated_at",
                record,
            )

    def answered(self) -> set[tuple[str, str]]:
        """Every (month, domain) with an answer: what an import leaves as it is."""
        return {
            (row[0], row[1]) for row in self.db.execute("SELECT month, domain FROM reflections")
        }

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM reflections").fetchone()[0])
