"""Beliefs with their sittings (the first noting and every revisit), and worries sorted."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from resilience_journal.store.core import Core, Row

_BELIEF = "SELECT id, uuid, created_at, updated_at, theme FROM beliefs"
_SITTING = (
    "SELECT id, uuid, belief_id, created_at, day, wording, rating, then_possible,"
    " someone_sees, fairer FROM belief_sittings"
)
_WORRY = (
    "SELECT id, uuid, created_at, day, worry, can_influence, cannot_influence, step FROM worries"
)
SITTING_COLUMNS = (
    "uuid",
    "belief_id",
    "created_at",
    "day",
    "wording",
    "rating",
    "then_possible",
    "someone_sees",
    "fairer",
)
WORRY_COLUMNS = ("uuid", "created_at", "day", "worry", "can_influence", "cannot_influence", "step")


class BeliefRepository:
    """Beliefs, their sittings, and worries sorted."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def add(self, belief: Row, sitting: Row) -> int:
        """A new belief with its first sitting, together."""
        with self.core.write():
            new_id = self.db.table("beliefs").insert(belief).last_pk
            assert new_id is not None  # set by every insert
            self.db.table("belief_sittings").insert({**sitting, "belief_id": new_id})
            return int(new_id)

    def add_sitting(self, sitting: Row) -> None:
        with self.core.write():
            self.db.table("belief_sittings").insert(sitting)
            self.db.table("beliefs").update(
                sitting["belief_id"], {"updated_at": sitting["created_at"]}
            )

    def select(self) -> list[Row]:
        return list(self.db.query(f"{_BELIEF} ORDER BY id"))

    def get(self, belief_id: int) -> Row | None:
        rows = list(self.db.query(f"{_BELIEF} WHERE id = ?", [belief_id]))
        return rows[0] if rows else None

    def sittings(self, belief_ids: Sequence[int]) -> list[Row]:
        marks = ", ".join("?" for _ in belief_ids) or "NULL"
        sql = f"{_SITTING} WHERE belief_id IN ({marks}) ORDER BY belief_id, created_at, id"
        return list(self.db.query(sql, list(belief_ids)))

    def remove(self, belief_id: int) -> bool:
        """For good: the belief and its sittings, as emptying the trash destroys (see
        Core.destroy). Whether the words are gone from the file already."""

        def delete() -> int:
            self.db.execute("DELETE FROM belief_sittings WHERE belief_id = ?", [belief_id])
            return int(self.db.execute("DELETE FROM beliefs WHERE id = ?", [belief_id]).rowcount)

        return self.core.destroy(delete)[1]

    def add_worry(self, worry: Row) -> int:
        with self.core.write():
            new_id = self.db.table("worries").insert(worry).last_pk
            assert new_id is not None
            return int(new_id)

    def worries(self) -> list[Row]:
        return list(self.db.query(f"{_WORRY} ORDER BY id"))


def write_imported(conn: sqlite3.Connection, beliefs: list[Row], worries: list[Row]) -> None:
    """An import's beliefs (each with its "sittings") and worries, inside its transaction
    (store/importing.py's Writer)."""
    for belief in beliefs:
        belief_id = conn.execute(
            "INSERT INTO beliefs (uuid, created_at, updated_at, theme) VALUES (?, ?, ?, ?)",
            [belief[k] for k in ("uuid", "created_at", "updated_at", "theme")],
        ).lastrowid
        conn.executemany(
            f"INSERT INTO belief_sittings ({', '.join(SITTING_COLUMNS)})"
            f" VALUES ({', '.join('?' for _ in SITTING_COLUMNS)})",
            [
                [belief_id if k == "belief_id" else s[k] for k in SITTING_COLUMNS]
                for s in belief["sittings"]
            ],
        )
    conn.executemany(
        f"INSERT INTO worries ({', '.join(WORRY_COLUMNS)})"
        f" VALUES ({', '.join('?' for _ in WORRY_COLUMNS)})",
        [[w[k] for k in WORRY_COLUMNS] for w in worries],
    )
