"""Full-text search over entries (FTS5), best matches first."""

from __future__ import annotations

import sqlite3

from resilience_journal.errors import JournalError
from resilience_journal.messages import store as words
from resilience_journal.store.core import Core, Row
from resilience_journal.store.entries import ENTRY_COLUMNS, decode


class SearchRepository:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def matches(self, fts_query: str, *, limit: int) -> list[Row]:
        """Entries matching an FTS5 query, best first, each with its body as `marked`, in
        which matches are wrapped in U+E000 / U+E001.

        The best are picked first from the index alone, by bm25 (spelled out: FTS5's `ORDER
        BY rank` sorts every match inside FTS5, half again slower for a word in every entry),
        taking as many more as there are entries in the trash; those are dropped next, and
        only the `limit` left carry their columns and their marked body. CROSS JOIN keeps
        that order (left to itself, SQLite would run the MATCH over every entry again)."""
        sql = f"""
            WITH best AS (
                SELECT rowid AS id, bm25(entries_fts) AS place FROM entries_fts
                WHERE entries_fts MATCH :query
                ORDER BY place, rowid DESC
                LIMIT :limit + (SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL)
            ),
            live AS (
                SELECT best.id, best.place FROM best CROSS JOIN entries e ON e.id = best.id
                WHERE e.deleted_at IS NULL ORDER BY best.place, best.id DESC LIMIT :limit
            )
            SELECT {ENTRY_COLUMNS},
                highlight(entries_fts, 1, char(57344), char(57345)) AS marked
            FROM live CROSS JOIN entries_fts ON entries_fts.rowid = live.id
                CROSS JOIN entries e ON e.id = live.id
            WHERE entries_fts MATCH :query
            ORDER BY live.place, live.id DESC
        """
        try:
            rows = self.db.query(sql, {"query": fts_query, "limit": limit})
            return [decode(row) for row in rows]
        except sqlite3.OperationalError as err:
            raise JournalError(words.BAD_SEARCH) from err
