"""Small experiments and the day-by-day ticks of trying them."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.store.core import Core, Row

_EXPERIMENT = """
    SELECT x.id, x.uuid, x.created_at, x.updated_at, x.title, v.name AS value, x.start_day,
        x.days, x.helped_if, x.if_hard, x.closed_day, x.outcome, x.adjust
    FROM experiments x LEFT JOIN journal_values v ON v.id = x.value_id
"""
_TICK = (
    "SELECT t.id, t.experiment_id, t.uuid, t.day, t.created_at, t.updated_at, t.did, t.note"
    " FROM experiment_ticks t"
)


class ExperimentRepository:
    """Small experiments and their days."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def insert(self, record: Row) -> int:
        with self.core.write():
            new_id = self.db.table("experiments").insert(record).last_pk
            assert new_id is not None  # set by every insert
            return int(new_id)

    def select(self, *, open_only: bool = False) -> list[Row]:
        where = "WHERE x.closed_day IS NULL" if open_only else ""
        return list(self.db.query(f"{_EXPERIMENT} {where} ORDER BY x.id"))

    def get(self, experiment_id: int) -> Row | None:
        rows = list(self.db.query(f"{_EXPERIMENT} WHERE x.id = ?", [experiment_id]))
        return rows[0] if rows else None

    def update(self, experiment_id: int, changes: Row) -> None:
        with self.core.write():
            self.db.table("experiments").update(experiment_id, changes)

    def ticks(self, experiment_ids: Sequence[int]) -> list[Row]:
        marks = ", ".join("?" for _ in experiment_ids) or "NULL"
        sql = f"{_TICK} WHERE t.experiment_id IN ({marks}) ORDER BY t.experiment_id, t.day"
        return list(self.db.query(sql, list(experiment_ids)))

    def ticks_between(self, since: str, until: str) -> list[Row]:
        sql = f"{_TICK} WHERE t.day BETWEEN ? AND ? ORDER BY t.day, t.experiment_id"
        return list(self.db.query(sql, [since, until]))

    def set_tick(self, record: Row) -> bool:
        """Keep the day's tick of an experiment: a new one, or the day's one changed.
        Returns True when the day already had one."""
        with self.core.write():
            found = self.db.execute(
                "SELECT id FROM experiment_ticks WHERE experiment_id = ? AND day = ?",
                [record["experiment_id"], record["day"]],
            ).fetchone()
            if found is None:
                self.db.table("experiment_ticks").insert(record)
            else:
                changes = {k: record[k] for k in ("did", "note", "updated_at")}
                self.db.table("experiment_ticks").update(found[0], changes)
            self.db.table("experiments").update(
                record["experiment_id"], {"updated_at": record["updated_at"]}
            )
        return found is not None
