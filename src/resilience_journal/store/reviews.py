"""Weekly reviews: entries of kind review, found by the week they are for."""

from __future__ import annotations

from resilience_journal.store.core import Core, Row
from resilience_journal.store.entries import EntryRepository


class ReviewRepository:
    """The reviews, read through their own small index (idx_entries_reviews)."""

    def __init__(self, core: Core, entries: EntryRepository) -> None:
        self.core = core
        self.db = core.db
        self.entries = entries

    def for_week(self, week: str) -> list[int]:
        """The live reviews of a week, oldest first: one, unless a trashed one was restored
        after another was written."""
        rows = self.db.execute(
            "SELECT id FROM entries WHERE review_week = ? AND kind = 'review'"
            " AND deleted_at IS NULL ORDER BY id",
            [week],
        ).fetchall()
        return [row[0] for row in rows]

    def latest_for(self, week: str) -> int | None:
        """The newest live review of a week."""
        found = self.for_week(week)
        return found[-1] if found else None

    def count(self) -> int:
        sql = (
            "SELECT count(*) FROM entries INDEXED BY idx_entries_reviews"
            " WHERE review_week IS NOT NULL AND kind = 'review' AND deleted_at IS NULL"
        )
        return int(self.db.execute(sql).fetchone()[0])

    def select(self, limit: int | None = None) -> list[Row]:
        """Live reviews, newest week first, read in order from their own small index (the
        planner would otherwise walk every live entry)."""
        return self.entries.where(
            "e.review_week IS NOT NULL AND e.kind = 'review' AND e.deleted_at IS NULL",
            [],
            order="e.review_week DESC, e.id DESC",
            limit=limit,
            source="entries e INDEXED BY idx_entries_reviews",
        )
