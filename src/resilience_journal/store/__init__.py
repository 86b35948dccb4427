"""JournalStore: the only way into the SQLite file (through sqlite-utils).

Opening a store makes the file private, sets the pragmas and runs pending migrations, so a
new journal and an old one take the same path.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from resilience_journal.errors import JournalError
from resilience_journal.paths import create_private_file, ensure_private_dir
from resilience_journal.store.exchange import ExchangeStore
from resilience_journal.store.experiments import ExperimentStore
from resilience_journal.store.files import (
    connect,
    copy_to,
    upgrade_backup_path,
    writable,
)
from resilience_journal.store.goals import GoalStore
from resilience_journal.store.migrations import migrations
from resilience_journal.store.practice import PracticeStore
from resilience_journal.store.safety import SafetyStore
from resilience_journal.store.values import VALUES_OF, ValueStore
from resilience_journal.store.wins import WinStore

Row = dict[str, Any]

_ENTRY_COLUMNS = """
    e.id, e.uuid, e.kind, e.created_at, e.updated_at, e.day, e.title, e.body, e.prompt_id,
    e.mood, e.distress, e.deleted_at, e.review_week,
    (SELECT json_group_array(name) FROM (
        SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id ORDER BY t.name COLLATE NOCASE)) AS tags,
""" + VALUES_OF.format(owner="entry", alias="e")


class JournalStore(
    ValueStore, WinStore, PracticeStore, ExchangeStore, SafetyStore, GoalStore, ExperimentStore
):
    def __init__(self, path: Path, *, passphrase: str | None = None) -> None:
        self.path = path
        self.passphrase = passphrase
        if path.is_dir():
            raise JournalError(f"{path} is a folder; --db needs the path of a journal file.")
        if path.exists() and not os.access(path, os.R_OK):
            raise JournalError(f"Permission denied: {path}. Nothing was changed; check the path.")
        # A journal this person may read but not change (its file or its folder) opens for
        # reading; a write then says why (see write()).
        self.read_only = path.exists() and not writable(path)
        if not self.read_only:
            ensure_private_dir(path.parent)
            create_private_file(path)
        self.db = Database(connect(path, self.read_only, passphrase), execute_plugins=False)
        self.db.execute("PRAGMA busy_timeout = 10000")
        self.db.execute("PRAGMA foreign_keys = ON")
        # Deleted text is overwritten with zeros, not left in free pages (builds differ in
        # their default, so it is set here).
        self.db.execute("PRAGMA secure_delete = ON")
        if not self.read_only and self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.db.enable_wal()
        self._migrate()
        if self.read_only:
            return
        # Only once it is known to be a journal: a journal is private, whoever made the file.
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        known = {m.name for m in migrations._migrations}
        applied = {m.name for m in migrations.applied(self.db)}
        if applied - known:
            raise JournalError(
                f"This journal was made by a newer version of Resilience Journal: {self.path}. "
                "Please update rj to open it; nothing was changed."
            )
        if not migrations.pending(self.db):
            return
        if self.read_only:
            raise JournalError(
                f"This journal needs an upgrade, and it is read-only for you: {self.path}. "
                "Nothing was changed; open it once where it can be written."
            )
        if applied:  # an old journal, not a new one: keep a copy of it as it was
            self.backup_to(upgrade_backup_path(self.path))
        with self.write():
            migrations.apply(self.db)

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, begun IMMEDIATE so that a second process waits for the
        lock (busy timeout) instead of failing half way through."""
        if self.read_only:
            raise JournalError(
                f"This journal is read-only for you: {self.path}. Reading works; to save, "
                "make the file and its folder writable (`rj doctor` checks them). "
                "Nothing was changed."
            )
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.execute("COMMIT")

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the journal at `target` (private, written whole), taken with
        SQLite's online backup API while other processes may be writing."""
        try:
            ensure_private_dir(target.parent)
            copy_to(self.db.conn, target, self.passphrase)
        except OSError as err:  # named by the path asked for, not the temporary file
            raise JournalError(
                f"{err.strerror or err}: {target}. Nothing was changed; check the path."
            ) from None

    def checkpoint(self) -> None:
        """Move the write-ahead log into the journal file and empty it."""
        if not self.read_only:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # entries -------------------------------------------------------------------------

    def insert_entry(self, record: Row, tags: Sequence[str], values: Sequence[str] = ()) -> int:
        with self.write():
            entry_id = int(self.db["entries"].insert(record).last_pk)
            self._link_tags(entry_id, tags)
            self.link_values("entry", entry_id, values)
        return entry_id

    def update_entry(
        self,
        entry_id: int,
        changes: Row,
        tags: Sequence[str] | None = None,
        values: Sequence[str] | None = None,
    ) -> None:
        with self.write():
            if changes:
                self.db["entries"].update(entry_id, changes)
            if tags is not None:
                self.db.execute("DELETE FROM entry_tags WHERE entry_id = ?", [entry_id])
                self._link_tags(entry_id, tags)
            if values is not None:
                self.db.execute("DELETE FROM entry_values WHERE entry_id = ?", [entry_id])
                self.link_values("entry", entry_id, values)

    def _link_tags(self, entry_id: int, tags: Sequence[str]) -> None:
        import uuid

        for name in tags:
            row = self.db.execute(
                "SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]
            ).fetchone()
            if row:
                tag_id = row[0]
            else:
                tag_id = self.db["tags"].insert({"uuid": str(uuid.uuid4()), "name": name}).last_pk
            self.db.execute(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                [entry_id, tag_id],
            )

    def get_entry(self, entry_id: int) -> Row | None:
        rows = self._entries("e.id = ?", [entry_id])
        return rows[0] if rows else None

    def entries(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        tag: str | None = None,
        deleted: bool = False,
        limit: int | None = None,
    ) -> list[Row]:
        where, params = self._filters(since, until, tag, deleted)
        return self._entries(where, params, limit=limit)

    def count_entries(
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
        # A check-in is a rating, not writing: lists, counts and the trash leave it out.
        clauses = [
            "e.deleted_at IS NOT NULL" if deleted else "e.deleted_at IS NULL",
            "e.kind != 'checkin'",
        ]
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

    def _entries(
        self,
        where: str,
        params: list[Any],
        *,
        limit: int | None = None,
        order: str = "e.day DESC, e.created_at DESC, e.id DESC",
        source: str = "entries e",
    ) -> list[Row]:
        sql = f"SELECT {_ENTRY_COLUMNS} FROM {source} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return [_decode(row) for row in self.db.query(sql, params)]

    def reviews(self, limit: int | None = None) -> list[Row]:
        """Live reviews, newest week first, read in order from their own small index (the
        planner would otherwise walk every live entry)."""
        return self._entries(
            "e.review_week IS NOT NULL AND e.kind = 'review' AND e.deleted_at IS NULL",
            [],
            order="e.review_week DESC, e.id DESC",
            limit=limit,
            source="entries e INDEXED BY idx_entries_reviews",
        )

    def search(self, fts_query: str, *, limit: int) -> list[Row]:
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
            SELECT {_ENTRY_COLUMNS},
                highlight(entries_fts, 1, char(57344), char(57345)) AS marked
            FROM live CROSS JOIN entries_fts ON entries_fts.rowid = live.id
                CROSS JOIN entries e ON e.id = live.id
            WHERE entries_fts MATCH :query
            ORDER BY live.place, live.id DESC
        """
        try:
            rows = self.db.query(sql, {"query": fts_query, "limit": limit})
            return [_decode(row) for row in rows]
        except sqlite3.OperationalError as err:
            raise JournalError("That search could not be read. Try plain words.") from err

    def prompt_use(self, since: str, until: str) -> dict[str, str]:
        """The last day each prompt was answered, for days from `since` to `until`."""
        rows = self.db.execute(
            "SELECT prompt_id, max(day) FROM entries WHERE prompt_id IS NOT NULL"
            " AND deleted_at IS NULL AND day BETWEEN ? AND ? GROUP BY prompt_id",
            [since, until],
        )
        return dict(rows.fetchall())

    def set_deleted(self, entry_id: int, deleted_at: str | None) -> None:
        with self.write():
            self.db["entries"].update(entry_id, {"deleted_at": deleted_at})

    def empty_trash(self, entry_ids: Sequence[int], win_ids: Sequence[int] = ()) -> int:
        """Destroy the given entries and wins that are in the trash (only those the person
        saw). Returns how many records were destroyed."""
        destroyed = 0
        with self.write():
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
        # secure_delete has zeroed the freed pages; the checkpoint moves them out of the
        # write-ahead log and empties it, so the text is in neither file.
        self.checkpoint()
        return destroyed

    # drafts --------------------------------------------------------------------------

    def save_draft(self, record: Row, draft_id: int | None = None) -> int:
        """Insert a draft, or update draft `draft_id`. Returns its id."""
        record = {**record, "options": json.dumps(record.get("options") or {})}
        with self.write():
            if draft_id is None:
                return int(self.db["drafts"].insert(record).last_pk)
            record.pop("uuid", None)
            record.pop("created_at", None)
            self.db["drafts"].update(draft_id, record)
            return draft_id

    def latest_draft(self, entry_id: int | None) -> Row | None:
        where = "entry_id IS NULL" if entry_id is None else "entry_id = ?"
        params = [] if entry_id is None else [entry_id]
        rows = list(
            self.db.query(
                f"SELECT * FROM drafts WHERE {where} ORDER BY updated_at DESC, id DESC LIMIT 1",
                params,
            )
        )
        if not rows:
            return None
        row = rows[0]
        row["options"] = json.loads(row["options"] or "{}")
        return row

    def count_drafts(self) -> int:
        return int(
            self.db.execute("SELECT count(*) FROM drafts WHERE entry_id IS NULL").fetchone()[0]
        )

    def delete_draft(self, draft_id: int) -> None:
        with self.write():
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])


def _decode(row: Row) -> Row:
    row["tags"] = json.loads(row["tags"]) if row.get("tags") else []
    row["values"] = json.loads(row["values"]) if row.get("values") else []
    return row
