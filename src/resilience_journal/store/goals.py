"""Goals and their milestones (steps), and what they count for a value."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.store.core import Core, Row
from resilience_journal.store.values import link_values

_GOAL = """
    SELECT g.id, g.uuid, g.created_at, g.updated_at, g.day, g.title, v.name AS value,
        g.by_day, g.specific, g.measure, g.achievable, g.why, g.state, g.state_since, g.learned
    FROM goals g LEFT JOIN journal_values v ON v.id = g.value_id
"""
_MILESTONE = """
    SELECT m.id, m.goal_id, m.uuid, m.step, m.created_at, m.text, m.by_day, m.done_day,
        m.done_at, m.win_id
    FROM milestones m
"""


class GoalRepository:
    """Goals and their steps."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def insert(self, record: Row) -> int:
        with self.core.write():
            new_id = self.db.table("goals").insert(record).last_pk
            assert new_id is not None  # set by every insert
            return int(new_id)

    def select(self, states: Sequence[str]) -> list[Row]:
        marks = ", ".join("?" for _ in states)
        return list(self.db.query(f"{_GOAL} WHERE g.state IN ({marks}) ORDER BY g.id", states))

    def get(self, goal_id: int) -> Row | None:
        rows = list(self.db.query(f"{_GOAL} WHERE g.id = ?", [goal_id]))
        return rows[0] if rows else None

    def update(self, goal_id: int, changes: Row) -> None:
        with self.core.write():
            self.db.table("goals").update(goal_id, changes)

    def milestones(self, goal_ids: Sequence[int]) -> list[Row]:
        marks = ", ".join("?" for _ in goal_ids) or "NULL"
        sql = f"{_MILESTONE} WHERE m.goal_id IN ({marks}) ORDER BY m.goal_id, m.step"
        return list(self.db.query(sql, list(goal_ids)))

    def insert_milestone(self, record: Row, updated_at: str) -> int:
        """A new step, numbered after the goal's last one. Returns its number."""
        with self.core.write():
            step = self.db.execute(
                "SELECT coalesce(max(step), 0) + 1 FROM milestones WHERE goal_id = ?",
                [record["goal_id"]],
            ).fetchone()[0]
            self.db.table("milestones").insert({**record, "step": step})
            self.db.table("goals").update(record["goal_id"], {"updated_at": updated_at})
        return int(step)

    def check_milestone(
        self, milestone: Row, done: Row, win: Row | None, values: Sequence[str]
    ) -> int | None:
        """Check a step and, with `win`, note its win (linked to `values`) in the same
        transaction. Returns the step's win id."""
        with self.core.write():
            win_id: int | None = milestone["win_id"]
            if win is not None:
                new_id = self.db.table("wins").insert(win).last_pk
                assert new_id is not None  # set by every insert
                win_id = int(new_id)
                link_values(self.db, "win", win_id, values)
            self.db.table("milestones").update(milestone["id"], {**done, "win_id": win_id})
            self.db.table("goals").update(milestone["goal_id"], {"updated_at": done["done_at"]})
        return win_id

    def uncheck_milestone(self, milestone: Row, updated_at: str) -> None:
        """The step is open again; its win, and the link to it, stay."""
        with self.core.write():
            self.db.table("milestones").update(milestone["id"], {"done_day": None, "done_at": None})
            self.db.table("goals").update(milestone["goal_id"], {"updated_at": updated_at})

    def any_open(self) -> bool:
        """Whether an active goal or an open experiment exists (one quick look, so the home
        screen loads goals only for a person who has some)."""
        sql = (
            "SELECT EXISTS (SELECT 1 FROM goals WHERE state = 'active')"
            " OR EXISTS (SELECT 1 FROM experiments WHERE closed_day IS NULL)"
        )
        return bool(self.db.execute(sql).fetchone()[0])

    def live_win(self, win_id: int | None) -> bool:
        if win_id is None:
            return False
        sql = "SELECT 1 FROM wins WHERE id = ? AND deleted_at IS NULL"
        return self.db.execute(sql, [win_id]).fetchone() is not None

    def steps_checked(self, since: str, until: str) -> list[Row]:
        """Steps checked from `since` to `until`, oldest first, with their goal's id."""
        sql = f"{_MILESTONE} WHERE m.done_day BETWEEN ? AND ? ORDER BY m.done_day, m.done_at, m.id"
        return list(self.db.query(sql, [since, until]))
