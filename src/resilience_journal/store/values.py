"""Values, their ratings, and the links that say which entries and wins lived them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from resilience_journal.store.core import Core, Row

# What steps and experiments add to a value's actions, as (value_id, day) rows: a checked
# step counts for its goal's value through its win, and on its own only when that win is
# no longer there (in the trash, or destroyed), so it is never counted twice; a day an
# experiment was tried counts for the experiment's value.
PLAN_ACTIONS = """
    SELECT g.value_id, m.done_day AS day FROM milestones m JOIN goals g ON g.id = m.goal_id
    WHERE m.done_day IS NOT NULL AND g.value_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wins w WHERE w.id = m.win_id AND w.deleted_at IS NULL)
    UNION ALL
    SELECT x.value_id, t.day FROM experiment_ticks t JOIN experiments x ON x.id = t.experiment_id
    WHERE t.did = 1 AND x.value_id IS NOT NULL
"""


class ValueRepository:
    """Values, their ratings, and the links to entries and wins."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def select(self, *, archived: bool = False) -> list[Row]:
        where = "" if archived else "WHERE archived_at IS NULL"
        return list(self.db.query(f"SELECT * FROM journal_values {where} ORDER BY id"))

    def named(self, name: str) -> Row | None:
        rows = list(
            self.db.query("SELECT * FROM journal_values WHERE name = ? COLLATE NOCASE", [name])
        )
        return rows[0] if rows else None

    def by_id(self, value_id: int) -> Row:
        return dict(self.db.table("journal_values").get(value_id))

    def insert(self, record: Row) -> int:
        with self.core.write():
            new_id = self.db.table("journal_values").insert(record).last_pk
            assert new_id is not None  # set by every insert
            return int(new_id)

    def insert_many(self, records: Sequence[Row]) -> None:
        with self.core.write():
            for record in records:
                self.db.table("journal_values").insert(record)

    def update(self, value_id: int, changes: Row) -> None:
        with self.core.write():
            self.db.table("journal_values").update(value_id, changes)

    def insert_rating(self, record: Row) -> None:
        with self.core.write():
            self.db.table("value_ratings").insert(record)

    def ratings(self, value_id: int, last: int, until: str | None = None) -> list[Row]:
        """The `last` ratings of one value, newest first (the index on value_id, rated_at);
        with `until`, only those made on that journaling day or before."""
        return list(
            self.db.query(
                "SELECT * FROM value_ratings WHERE value_id = ? AND day <= ?"
                " ORDER BY rated_at DESC, id DESC LIMIT ?",
                [value_id, until or "9999", last],
            )
        )

    def actions(self, since: str, until: str) -> list[Row]:
        """Per value: how many live entries and wins, checked goal steps and days an
        experiment was tried lived it from `since` to `until`, and the last day any did (up
        to `until`). A checked step counts once: through its win while that is there."""
        sql = f"""
            SELECT value_id,
                sum(day >= :since) AS actions,
                max(day) AS last_day
            FROM (
                SELECT ev.value_id, e.day FROM entry_values ev
                JOIN entries e ON e.id = ev.entry_id
                WHERE e.deleted_at IS NULL AND e.day <= :until
                UNION ALL
                SELECT wv.value_id, w.day FROM win_values wv
                JOIN wins w ON w.id = wv.win_id
                WHERE w.deleted_at IS NULL AND w.day <= :until
                UNION ALL
                SELECT value_id, day FROM ({PLAN_ACTIONS}) WHERE day <= :until
            )
            GROUP BY value_id
        """
        return list(self.db.query(sql, {"since": since, "until": until}))


VALUES_OF = """(SELECT json_group_array(name) FROM (
        SELECT v.name FROM {owner}_values ov JOIN journal_values v ON v.id = ov.value_id
        WHERE ov.{owner}_id = {alias}.id ORDER BY v.name COLLATE NOCASE)) AS "values"
"""


def link_values(db: Database, owner: str, record_id: int, names: Sequence[str]) -> None:
    """Link an entry or a win (`owner`) to the active values with these names. Call
    inside a write transaction."""
    for name in names:
        db.execute(
            f"INSERT OR IGNORE INTO {owner}_values ({owner}_id, value_id)"
            " SELECT ?, id FROM journal_values WHERE name = ? COLLATE NOCASE",
            [record_id, name],
        )


def replace_links(db: Database, owner: str, record_id: int, names: Sequence[str]) -> None:
    """An entry's or a win's values, replaced by these. Call inside a write transaction."""
    db.execute(f"DELETE FROM {owner}_values WHERE {owner}_id = ?", [record_id])
    link_values(db, owner, record_id, names)
