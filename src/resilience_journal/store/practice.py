"""Aggregates over the whole journal for streaks, stats and reviews: SQL over indexes, so
they stay quick at decades of entries."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

Row = dict[str, Any]
# A check-in is a rating, not writing: it does not make a day one "you wrote on".
_PRACTISED = "entries + reviews + wins > 0"


class PracticeStore:
    """Mixed into JournalStore, which gives it `db`."""

    db: Database

    def practice_days(self) -> list[str]:
        """Every day with a live entry, review or win, oldest first."""
        sql = f"SELECT day FROM days WHERE {_PRACTISED} ORDER BY day"
        return [row[0] for row in self.db.execute(sql)]

    def days_written(self, since: str, until: str) -> int:
        """Days from `since` to `until` with an entry, a review or a win: as a streak counts."""
        sql = f"SELECT count(*) FROM days WHERE day BETWEEN ? AND ? AND {_PRACTISED}"
        return int(self.db.execute(sql, [since, until]).fetchone()[0])

    def activity(self, since: str, until: str) -> dict[str, int]:
        """Per day from `since` to `until`: entries, reviews and wins together."""
        sql = (
            "SELECT day, entries + reviews + wins FROM days"
            f" WHERE day BETWEEN ? AND ? AND {_PRACTISED}"
        )
        return dict(self.db.execute(sql, [since, until]).fetchall())

    def totals(self, since: str | None, until: str) -> Row:
        """Entries, words, reviews and wins from `since` (or the start) to `until`."""
        row = self.db.execute(
            "SELECT sum(entries), sum(words), sum(reviews), sum(wins) FROM days"
            " WHERE day BETWEEN ? AND ?",
            [since or "0000", until],
        ).fetchone()
        return dict(zip(("entries", "words", "reviews", "wins"), (n or 0 for n in row),
                        strict=True))  # fmt: skip

    def moods(self, since: str, until: str) -> list[tuple[str, float]]:
        """The average mood of each day that has one, oldest first."""
        sql = (
            "SELECT day, avg(mood) FROM entries WHERE deleted_at IS NULL AND mood IS NOT NULL"
            " AND day BETWEEN ? AND ? GROUP BY day ORDER BY day"
        )
        return [(day, round(float(mood), 1)) for day, mood in self.db.execute(sql, [since, until])]

    def lived_values(self, since: str | None, until: str, limit: int = 5) -> list[tuple[str, int]]:
        """The values most lived (linked entries and wins, checked goal steps and days an
        experiment was tried), most first."""
        from resilience_journal.store.goals import PLAN_ACTIONS

        sql = f"""
            SELECT v.name, count(*) AS n FROM (
                SELECT ev.value_id FROM entry_values ev JOIN entries e ON e.id = ev.entry_id
                WHERE e.deleted_at IS NULL AND e.day BETWEEN :since AND :until
                UNION ALL
                SELECT wv.value_id FROM win_values wv JOIN wins w ON w.id = wv.win_id
                WHERE w.deleted_at IS NULL AND w.day BETWEEN :since AND :until
                UNION ALL
                SELECT value_id FROM ({PLAN_ACTIONS}) WHERE day BETWEEN :since AND :until
            ) lived JOIN journal_values v ON v.id = lived.value_id
            GROUP BY v.id ORDER BY n DESC, v.name COLLATE NOCASE LIMIT :limit
        """
        params = {"since": since or "0000", "until": until, "limit": limit}
        return [(name, n) for name, n in self.db.execute(sql, params)]

    def prompts_answered(self, since: str | None, until: str) -> dict[str, int]:
        sql = (
            "SELECT prompt_id, count(*) FROM entries WHERE deleted_at IS NULL"
            " AND prompt_id IS NOT NULL AND day BETWEEN ? AND ? GROUP BY prompt_id"
        )
        return dict(self.db.execute(sql, [since or "0000", until]).fetchall())

    # reviews ------------------------------------------------------------------------

    def reviews_for(self, week: str) -> list[int]:
        """The live reviews of a week, oldest first: one, unless a trashed one was restored
        after another was written."""
        rows = self.db.execute(
            "SELECT id FROM entries WHERE review_week = ? AND kind = 'review'"
            " AND deleted_at IS NULL ORDER BY id",
            [week],
        ).fetchall()
        return [row[0] for row in rows]

    def review_for(self, week: str) -> int | None:
        """The newest live review of a week."""
        found = self.reviews_for(week)
        return found[-1] if found else None

    def count_reviews(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM entries INDEXED BY idx_entries_reviews"
            " WHERE review_week IS NOT NULL AND kind = 'review' AND deleted_at IS NULL"
        ).fetchone()[0]

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.write():  # type: ignore[attr-defined]
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
