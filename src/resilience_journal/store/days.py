"""Aggregates over the whole journal for streaks, stats and reviews: SQL over indexes, so
they stay quick at decades of entries."""

from __future__ import annotations

from resilience_journal.store.core import Core, Row
from resilience_journal.store.values import PLAN_ACTIONS

# A check-in is a rating, not writing: it does not make a day one "you wrote on".
_PRACTISED = "entries + reviews + wins > 0"


class DayRepository:
    """Each journaling day's counts (the days table), and the aggregates over them."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def practised(self) -> list[str]:
        """Every day with a live entry, review or win, oldest first."""
        sql = f"SELECT day FROM days WHERE {_PRACTISED} ORDER BY day"
        return [row[0] for row in self.db.execute(sql)]

    def written(self, since: str, until: str) -> int:
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
        return dict(
            zip(("entries", "words", "reviews", "wins"), (n or 0 for n in row), strict=True)
        )

    def moods(self, since: str, until: str) -> list[tuple[str, float]]:
        """Every mood noted from `since` to `until`, a day's several each counted, oldest
        first: (day, mood)."""
        sql = (
            "SELECT day, mood FROM entries WHERE deleted_at IS NULL AND mood IS NOT NULL"
            " AND day BETWEEN ? AND ? ORDER BY day"
        )
        return [(day, float(mood)) for day, mood in self.db.execute(sql, [since, until])]

    def lived_values(self, since: str | None, until: str, limit: int = 5) -> list[tuple[str, int]]:
        """The values most lived (linked entries and wins, checked goal steps and days an
        experiment was tried), most first."""
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
