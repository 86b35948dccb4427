"""Entries (with their tags and values), and the trash they go to before they are gone."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from typing import Any, cast

import resilience_journal.store.grams as grams
from resilience_journal.store.core import Core, Row
from resilience_journal.store.values import VALUES_OF, link_values, replace_links

ENTRY_COLUMNS = """
    e.id, e.uuid, e.kind, e.created_at, e.updated_at, e.day, e.title, e.body, e.prompt_id,
    e.mood, e.distress, e.deleted_at, e.review_week,
    (SELECT json_group_array(name) FROM (
        SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id ORDER BY t.name COLLATE NOCASE)) AS tags,
""" + VALUES_OF.format(owner="entry", alias="e")


#: The order of a listing: newest day first, and within a day the newest first.
NEWEST_FIRST = "e.day DESC, e.created_at DESC, e.id DESC"


class EntryRepository:
    """Entries of both kinds: entry and review. (The daily check-ins, ratings and not
    writing, have their own table: store/safety.py.)"""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def insert(self, record: Row, tags: Sequence[str], values: Sequence[str] = ()) -> int:
        with self.core.write():
            entry_id = cast(int, self.db.table("entries").insert(record).last_pk)  # the new id
            self._link_tags(entry_id, tags)
            link_values(self.db, "entry", entry_id, values)
        return entry_id

    def update(
        self,
        entry_id: int,
        changes: Row,
        tags: Sequence[str] | None = None,
        values: Sequence[str] | None = None,
    ) -> None:
        with self.core.write():
            if changes:
                self.db.table("entries").update(entry_id, changes)
            if tags is not None:
                self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
                self._link_tags(entry_id, tags)
            if values is not None:
                replace_links(self.db, "entry", entry_id, values)

    def _link_tags(self, entry_id: int, tags: Sequence[str]) -> None:
        for name in tags:
            row = self.db.execute(
                "SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]
            ).fetchone()
            if row:
                tag_id = row[0]
            else:
                tag_id = (
                    self.db.table("tags").insert({"uuid": str(uuid.uuid4()), "name": name}).last_pk
                )
            self.db.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                [entry_id, tag_id],
            )

    def get(self, entry_id: int) -> Row | None:
        rows = self.where("e.id = ?", [entry_id])
        return rows[0] if rows else None

    def select(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        tag: str | None = None,
        deleted: bool = False,
        limit: int | None = None,
    ) -> list[Row]:
        where, params = self._filters(since, until, tag, deleted)
        return self.where(where, params, limit=limit)

    def each(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        tag: str | None = None,
        deleted: bool = False,
    ) -> Iterator[Row]:
        """As select with no limit, a row at a time as SQLite reads them (`rj list --json`
        of a lifetime holds one entry in memory, not all of them)."""
        where, params = self._filters(since, until, tag, deleted)
        sql = f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE {where} ORDER BY {NEWEST_FIRST}"
        for row in self.db.query(sql, params):
            yield decode(row)

    def count(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        tag: str | None = None,
        deleted: bool = False,
    ) -> int:
        where, params = self._filters(since, until, tag, deleted)
        sql = f"SELECT count(*) FROM entries e WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    @staticmethod
    def _filters(
        since: str | None, until: str | None, tag: str | None, deleted: bool
    ) -> tuple[str, list[Any]]:
        clauses = ["e.deleted_at IS NOT NULL" if deleted else "e.deleted_at IS NULL"]
        params: list[Any] = []
        if since:
            clauses.append("e.day >= ?")
            params.append(since)
        if until:
            clauses.append("e.day <= ?")
            params.append(until)
        if tag:
            clauses.append(
                "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id"
                " WHERE t.name = ? COLLATE NOCASE)"
            )
            params.append(tag)
        return " AND ".join(clauses), params

    def where(
        self,
        where: str,
        params: list[Any],
        *,
        limit: int | None = None,
        order: str = NEWEST_FIRST,
        source: str = "entries e",
    ) -> list[Row]:
        sql = f"SELECT {ENTRY_COLUMNS} FROM {source} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return [decode(row) for row in self.db.query(sql, params)]

    def prompt_use(self, since: str, until: str) -> dict[str, str]:
        """The last day each prompt was answered, for days from `since` to `until`."""
        rows = self.db.execute(
            "SELECT prompt_id, max(day) FROM entries WHERE prompt_id IS NOT NULL"
            " AND deleted_at IS NULL AND day BETWEEN ? AND ? GROUP BY prompt_id",
            [since, until],
        )
        return dict(rows.fetchall())

    def set_deleted(self, entry_id: int, deleted_at: str | None) -> None:
        with self.core.write():
            self.db.table("entries").update(entry_id, {"deleted_at": deleted_at})

    def empty_trash(
        self, entry_ids: Sequence[int], win_ids: Sequence[int] = ()
    ) -> tuple[int, bool]:
        """Destroy the given entries and wins that are in the trash (only those the person
        saw). Returns how many records were destroyed, and whether their words are gone from
        the file too (False while another process reads the journal: see Core.finish_wipe)."""

        def delete() -> int:
            destroyed = 0
            for table, ids in (("entries", entry_ids), ("wins", win_ids)):
                marks = ", ".join("?" for _ in ids) or "NULL"
                cursor = self.db.execute(
                    f"DELETE FROM {table} WHERE deleted_at IS NOT NULL AND id IN ({marks})",
                    list(ids),
                )
                destroyed += cursor.rowcount
            self.db.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
            if destroyed:
                # Merge the search index so no trace of the words stays in an old segment.
                self.db.execute("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')")
                grams.forget(self.db)
            return destroyed

        return self.core.destroy(delete)


def decode(row: Row) -> Row:
    row["tags"] = json.loads(row["tags"]) if row.get("tags") else []
    row["values"] = json.loads(row["values"]) if row.get("values") else []
    return row
