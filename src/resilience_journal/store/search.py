"""Full-text search over entries: the word index (entries_fts, FTS5) best matches first, and
for text written without spaces, or emoji, the trigram index (store/grams.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import resilience_journal.store.grams as grams
from resilience_journal.errors import JournalError
from resilience_journal.messages import store as words
from resilience_journal.store.core import Core, Row
from resilience_journal.store.entries import ENTRY_COLUMNS, decode

MARK = "char(57344), char(57345)"  # U+E000 and U+E001 around each match


@dataclass(frozen=True)
class Term:
    """One thing to find: an FTS5 phrase for the word index (`fts`), or else `text` found as
    written (ASCII letters in either case) with, when it is 3 characters or more, its
    trigrams as an FTS5 query for the trigram index (`grams`)."""

    fts: str | None = None
    text: str = ""
    grams: str | None = None


@dataclass(frozen=True)
class Query:
    """Every group must match (one of its terms will do), and none of `without`."""

    groups: tuple[tuple[Term, ...], ...]
    without: tuple[Term, ...] = ()

    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group] + list(self.without)

    def words_only(self) -> bool:
        return all(term.fts is not None for term in self.terms())

    def fts(self) -> str:
        """The whole query for entries_fts (when words_only)."""
        found = " AND ".join("(" + " OR ".join(str(t.fts) for t in g) + ")" for g in self.groups)
        if not self.without:
            return found
        return f"({found}) NOT (" + " OR ".join(str(t.fts) for t in self.without) + ")"

    def marked(self) -> str | None:
        """An FTS5 query for highlight(): any of the words to find."""
        found = [str(t.fts) for group in self.groups for t in group if t.fts is not None]
        return " OR ".join(found) or None


class SearchRepository:
    """Search over the live entries. For a query with unspaced terms and a limit, `_last`
    keeps the ids of every match (newest first) for the count() that follows, so the two
    read the candidates once: its memory grows with the number of matches (some 40 bytes
    each, 4 MB for 100,000), until the next such query. With no limit (every match, for
    --json) no ids are kept."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db
        self._grams: bool | None = None
        self._last: tuple[Query, list[int]] | None = None

    def each_match(self, query: Query, *, limit: int | None = None) -> Iterator[Row]:
        """Entries matching, best first (newest first when the query holds unspaced terms),
        each with its body as `marked`, in which matches of the words are wrapped in U+E000 /
        U+E001 (search.py marks the unspaced terms). One at a time: with no limit, every
        match, memory not growing with their number (the order is kept by the ids alone,
        the rows are read as they go)."""
        try:
            if query.words_only():
                sql = _BEST if limit is not None else _EVERY
                rows = self.db.query(sql, {"query": query.fts(), "limit": limit})
            else:
                marked = {"marked": query.marked() or '""'}  # '""' matches nothing
                if limit is None:  # newest first, read as they go
                    found, params = self._found(query)
                    source = f"({found} ORDER BY {_NEWEST} LIMIT -1) AS hit"
                else:  # the ids of every match at once: count() needs no second pass
                    params = {"ids": json.dumps(self._ids(query)[:limit])}
                    source = "(SELECT value AS id FROM json_each(:ids)) AS hit"
                sql = f"""
                    SELECT {ENTRY_COLUMNS}, coalesce((
                        SELECT highlight(entries_fts, 1, {MARK}) FROM entries_fts
                        WHERE entries_fts MATCH :marked AND entries_fts.rowid = e.id
                    ), e.body) AS marked
                    FROM {source} CROSS JOIN entries e ON e.id = hit.id
                """
                rows = self.db.query(sql, {**params, **marked})
            for row in rows:
                yield decode(row)
        except sqlite3.OperationalError as err:
            raise JournalError(words.BAD_SEARCH) from err

    def count(self, query: Query) -> int:
        """How many live entries match, from the word index alone when it can."""
        try:
            if not query.words_only():
                return len(self._ids(query))
            return int(self.db.execute(_COUNT, {"query": query.fts()}).fetchone()[0])
        except sqlite3.OperationalError as err:
            raise JournalError(words.BAD_SEARCH) from err

    def _ids(self, query: Query) -> list[int]:
        """The ids of every live entry matching a query with unspaced terms, newest first:
        found by one pass over the candidates, kept for the count that follows."""
        if self._last is None or self._last[0] != query:
            found, params = self._found(query)
            ids = [row[0] for row in self.db.execute(f"{found} ORDER BY {_NEWEST}", params)]
            self._last = (query, ids)
        return self._last[1]

    def _found(self, query: Query) -> tuple[str, dict[str, Any]]:
        """SQL for the ids of the live entries matching a query with unspaced terms: the
        candidates of its most selective group, each checked against the whole query."""
        if self._grams is None:
            self._grams = grams.exists(self.db)
        params: dict[str, Any] = {}

        def name(value: str) -> str:
            key = f"p{len(params)}"
            params[key] = value
            return ":" + key

        def where(term: Term) -> str:
            if term.fts is not None:
                return f"e.id IN ({_IN_WORDS} {name(term.fts)})"
            text = name(term.text)  # folded to lower case already, ASCII letters only
            fold = "lower" if any("a" <= char <= "z" for char in term.text) else ""
            title, body = (f"instr({grams.unselected(fold + c)}, {text})" for c in _COLUMNS)
            return f"(coalesce({title}, 0) + {body} > 0)"

        def source(term: Term) -> str:
            if term.fts is not None:
                return f"{_IN_WORDS} {name(term.fts)}"
            if not self._grams:
                return "SELECT id FROM entries"
            if term.grams is None:  # 1 or 2 characters: every entry the index holds
                return "SELECT rowid AS id FROM entries_grams"
            return f"{_IN_GRAMS} {name(term.grams)}"

        def cost(group: tuple[Term, ...]) -> tuple[int, int]:
            return sum(t.fts is None and t.grams is None for t in group), len(group)

        best = min(query.groups, key=cost)
        candidates = " UNION ".join(source(term) for term in best)
        checks = ["e.deleted_at IS NULL"]
        checks += ["(" + " OR ".join(where(t) for t in group) + ")" for group in query.groups]
        checks += [f"NOT {where(t)}" for t in query.without]
        sql = (
            f"SELECT e.id FROM ({candidates}) AS c CROSS JOIN entries e ON e.id = c.id"
            " WHERE " + " AND ".join(checks)
        )
        return sql, params


_COLUMNS = ("(e.title)", "(e.body)")
_NEWEST = "e.created_at DESC, e.id DESC"
_IN_WORDS = "SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH"
_IN_GRAMS = "SELECT rowid AS id FROM entries_grams WHERE entries_grams MATCH"


# The best are picked first from the index alone, by bm25 (spelled out: FTS5's `ORDER BY
# rank` sorts every match inside FTS5, half again slower for a word in every entry), taking
# as many more as there are entries in the trash; those are dropped next, and only the
# `limit` left carry their columns and their marked body. CROSS JOIN keeps that order (left
# to itself, SQLite would run the MATCH over every entry again).
_BEST = f"""
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
        highlight(entries_fts, 1, {MARK}) AS marked
    FROM live CROSS JOIN entries_fts ON entries_fts.rowid = live.id
        CROSS JOIN entries e ON e.id = live.id
    WHERE entries_fts MATCH :query
    ORDER BY live.place, live.id DESC
"""

# Every match, best first: only the ids and their places are sorted (LIMIT -1 keeps the
# sorted subquery whole, never merged into the join), and the rows are read in that order
# as they are written out.
_EVERY = f"""
    SELECT {ENTRY_COLUMNS},
        highlight(entries_fts, 1, {MARK}) AS marked
    FROM (
        SELECT rowid AS id, bm25(entries_fts) AS place FROM entries_fts
        WHERE entries_fts MATCH :query ORDER BY place, rowid DESC LIMIT -1
    ) AS best
    CROSS JOIN entries_fts ON entries_fts.rowid = best.id
    CROSS JOIN entries e ON e.id = best.id
    WHERE entries_fts MATCH :query AND e.deleted_at IS NULL
"""

# Matches in the word index, less those in the trash (a few, found by idx_entries_live).
_COUNT = """
    SELECT count(*) FROM entries_fts WHERE entries_fts MATCH :query
    AND rowid NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)
"""
