"""The safety plan (every version kept) and the daily distress check-ins."""

from __future__ import annotations

from typing import Any

from resilience_journal.store.core import Core, Row


class SafetyRepository:
    """The safety plan's versions and the daily check-ins."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def insert_plan(self, record: Row) -> int:
        with self.core.write():
            pk = self.db.table("safety_plans").insert(record).last_pk
        assert pk is not None  # an insert always gives the new row's id
        return int(pk)

    def plans(self, limit: int | None = None) -> list[Row]:
        """Versions of the plan, newest first."""
        sql = "SELECT id, uuid, created_at, sections FROM safety_plans ORDER BY id DESC"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return list(self.db.query(sql, params))

    def plan(self, version: int) -> Row | None:
        rows = list(
            self.db.query(
                "SELECT id, uuid, created_at, sections FROM safety_plans WHERE id = ?", [version]
            )
        )
        return rows[0] if rows else None

    def insert_checkin(self, record: Row) -> None:
        """Keep a day's check-in: {uuid, day, created_at, distress (None: skipped)}."""
        with self.core.write():
            self.db.table("checkins").insert(record)

    def checkin(self, day: str) -> Row | None:
        """The day's check-in (its latest, should there be more), rated or skipped."""
        rows = list(
            self.db.query(
                "SELECT id, distress, created_at FROM checkins INDEXED BY idx_checkins_day"
                " WHERE day = ? ORDER BY created_at DESC, id DESC LIMIT 1",
                [day],
            )
        )
        return rows[0] if rows else None

    def any_checkin(self) -> bool:
        sql = "SELECT 1 FROM checkins INDEXED BY idx_checkins_day ORDER BY day LIMIT 1"
        return self.db.execute(sql).fetchone() is not None

    def distress_by_day(self, since: str, until: str) -> list[tuple[str, int]]:
        """Each day's distress rating at its check-in, oldest first (skipped days left out)."""
        sql = (
            "SELECT day, max(distress) FROM checkins INDEXED BY idx_checkins_day"
            " WHERE day BETWEEN ? AND ? AND distress IS NOT NULL GROUP BY day ORDER BY day"
        )
        return [(day, int(level)) for day, level in self.db.execute(sql, [since, until])]
