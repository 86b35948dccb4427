"""What `rj recall` reads: wins, goal steps done, and entries linked to strength or coping,
best matches for some words first (the word index's bm25), else newest first.

An entry is linked to strength or coping when it answers a prompt from one of `categories`,
carries one of `names` as a tag, or is linked to a value of one of those names. Held back,
unless `hard` is asked for: entries with a mood at or below `lowest_mood` or a distress of
`distress` or more, and anything from a day whose check-in reached `distress`. Never shown:
anything from `excluded` days (the person's hard dates, passed in)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from resilience_journal.store.core import Core, Row
from resilience_journal.store.entries import ENTRY_COLUMNS, NEWEST_FIRST, decode
from resilience_journal.store.search import MARK


@dataclass(frozen=True)
class Filter:
    """Which records may be recalled (see the module's docstring)."""

    categories: Sequence[str]
    names: Sequence[str]
    excluded: Sequence[str]  # ISO days
    lowest_mood: int
    distress: int
    hard: bool = False

    def params(self) -> dict[str, object]:
        return {
            "categories": json.dumps([c.lower() for c in self.categories]),
            "names": json.dumps([n.lower() for n in self.names]),
            "excluded": json.dumps(list(self.excluded)),
            "lowest": self.lowest_mood,
            "distress": self.distress,
            "hard": int(self.hard),
        }


_NOT_EXCLUDED = "{alias}.day NOT IN (SELECT value FROM json_each(:excluded))"

_NOT_HARD = f"""
    {_NOT_EXCLUDED.format(alias="e")}
    AND (:hard OR ((e.mood IS NULL OR e.mood > :lowest)
        AND (e.distress IS NULL OR e.distress < :distress)
        AND e.day NOT IN (SELECT day FROM checkins WHERE distress >= :distress)))
"""

_LINKED = """
    (lower(substr(e.prompt_id, 1, instr(e.prompt_id, '.') - 1))
        IN (SELECT value FROM json_each(:categories))
    OR EXISTS (SELECT 1 FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id AND lower(t.name) IN (SELECT value FROM json_each(:names)))
    OR EXISTS (SELECT 1 FROM entry_values ev JOIN journal_values v ON v.id = ev.value_id
        WHERE ev.entry_id = e.id AND lower(v.name) IN (SELECT value FROM json_each(:names))))
"""


def _score(text: str, words: Sequence[str]) -> str:
    """The start of an ORDER BY: how many of `words` (one ? each) `text` holds, most first."""
    if not words:
        return ""
    return " + ".join([f"(instr({text}, ?) > 0)"] * len(words)) + " DESC, "


WINDOW = 400  # the best matches looked at first (see matching_entries)


class RecallRepository:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def first_day(self) -> str | None:
        """The earliest day anything to recall can be from (an entry's or a win's)."""
        row = self.db.execute(
            "SELECT min(day) FROM (SELECT min(day) AS day FROM entries"
            " UNION ALL SELECT min(day) FROM wins)"
        ).fetchone()
        return row[0] if row else None

    def matching_entries(self, match: str, keep: Filter, limit: int) -> list[Row]:
        """Linked entries matching the FTS5 query `match`, best first, each with its body as
        `marked` (matches wrapped in U+E000 / U+E001). The best WINDOW matches are taken from
        the index alone first (reading every match's entry costs more than ranking them);
        only when too few of those are linked are all the matches read."""
        found = self._matching(match, keep, limit, WINDOW)
        if len(found) < limit:
            found = self._matching(match, keep, limit, -1)  # -1: no window
        return found

    def _matching(self, match: str, keep: Filter, limit: int, window: int) -> list[Row]:
        sql = f"""
            WITH best AS (
                SELECT rowid AS id, bm25(entries_fts) AS place FROM entries_fts
                WHERE entries_fts MATCH :match ORDER BY place, rowid DESC LIMIT :window
            )
            SELECT {ENTRY_COLUMNS}, highlight(entries_fts, 1, {MARK}) AS marked
            FROM best CROSS JOIN entries e ON e.id = best.id
                CROSS JOIN entries_fts ON entries_fts.rowid = best.id
            WHERE entries_fts MATCH :match AND e.deleted_at IS NULL AND e.kind = 'entry'
                AND {_LINKED} AND {_NOT_HARD}
            ORDER BY best.place, e.id DESC LIMIT :limit
        """
        params = {**keep.params(), "match": match, "limit": limit, "window": window}
        try:
            return [decode(row) for row in self.db.query(sql, params)]
        except sqlite3.OperationalError as err:
            if not str(err).startswith("fts5:"):  # a locked or unreadable file: said as such
                raise
            return []  # a query the index cannot read: the newest are shown instead

    def newest_entries(self, keep: Filter, limit: int, leaving_out: Sequence[int]) -> list[Row]:
        """Linked entries, newest first, less those `leaving_out` (ids shown already)."""
        sql = f"""
            SELECT {ENTRY_COLUMNS}, e.body AS marked FROM entries e
            WHERE e.deleted_at IS NULL AND e.kind = 'entry' AND {_LINKED} AND {_NOT_HARD}
                AND e.id NOT IN (SELECT value FROM json_each(:shown))
            ORDER BY {NEWEST_FIRST} LIMIT :limit
        """
        params = {**keep.params(), "limit": limit, "shown": json.dumps(list(leaving_out))}
        return [decode(row) for row in self.db.query(sql, params)]

    def wins(self, words: Sequence[str], keep: Filter, limit: int) -> list[Row]:
        """Live wins holding any of `words` (lower case), newest first, then the newest
        others; never the wins noted for goal steps, which come as steps. Each walk reads the
        wins newest first and stops at `limit`."""
        found = self._wins(words, keep, limit, []) if words else []
        if len(found) < limit:
            found += self._wins([], keep, limit - len(found), [row["id"] for row in found])
        return found

    def _wins(
        self, words: Sequence[str], keep: Filter, limit: int, leaving_out: Sequence[int]
    ) -> list[Row]:
        holding = " OR ".join(["instr(lower(w.text), ?) > 0"] * len(words)) or "1"
        sql = f"""
            SELECT w.id, w.uuid, w.day, w.text, w.created_at FROM wins w
            WHERE w.deleted_at IS NULL AND ({holding})
                AND w.id NOT IN (SELECT win_id FROM milestones WHERE win_id IS NOT NULL)
                AND w.day NOT IN (SELECT value FROM json_each(?))
                AND w.id NOT IN (SELECT value FROM json_each(?))
            ORDER BY w.day DESC, w.id DESC LIMIT ?
        """
        excluded, shown = json.dumps(list(keep.excluded)), json.dumps(list(leaving_out))
        return list(self.db.query(sql, [*words, excluded, shown, limit]))

    def steps(self, words: Sequence[str], keep: Filter, limit: int) -> list[Row]:
        """Goal steps done, holding most of `words` (in the step or its goal) first, then
        the most recently done."""
        text = "lower(m.text || ' ' || g.title)"
        score = _score(text, words)
        sql = f"""
            SELECT m.id, m.uuid, m.done_day AS day, m.text, g.title AS goal, g.id AS goal_id
            FROM milestones m JOIN goals g ON g.id = m.goal_id
            WHERE m.done_day IS NOT NULL
                AND m.done_day NOT IN (SELECT value FROM json_each(?))
            ORDER BY {score}m.done_at DESC, m.id DESC LIMIT ?
        """
        params = [json.dumps(list(keep.excluded)), *words, limit]
        return list(self.db.query(sql, params))

    def latest_body(self, day: str) -> str | None:
        """The text of the newest live entry written on `day`, if any."""
        row = self.db.execute(
            "SELECT body FROM entries WHERE day = ? AND deleted_at IS NULL AND kind = 'entry'"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            [day],
        ).fetchone()
        return None if row is None else str(row[0])
