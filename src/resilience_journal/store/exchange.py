"""Reading every record out for an export, and writing a checked import in one transaction.

Exports stream: rows come from a cursor in the order the file lists them (day, time
written, uuid), so a lifetime of entries never sits in memory at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from resilience_journal.store.values import VALUES_OF

Row = dict[str, Any]

_TAGS_OF = """(SELECT json_group_array(name) FROM (
        SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id ORDER BY t.name COLLATE NOCASE, t.uuid)) AS tags"""

_ENTRY_COLUMNS = (
    "e.uuid, e.kind, e.day, e.created_at, e.updated_at, e.title, e.body, e.mood, e.distress, "
    f"{_TAGS_OF}, {VALUES_OF.format(owner='entry', alias='e')}, e.prompt_id, e.review_week, "
    "e.deleted_at"
)
_WIN_COLUMNS = (
    "w.uuid, w.day, w.created_at, w.updated_at, w.text, "
    f"{VALUES_OF.format(owner='win', alias='w')}, w.deleted_at"
)


def nocase(name: str) -> str:
    """A name as SQLite's NOCASE compares it: ASCII letters folded, nothing else."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def _range(alias: str, since: str | None, until: str | None, deleted: bool) -> tuple[str, list]:
    clauses = ["1"] if deleted else [f"{alias}.deleted_at IS NULL"]
    params: list[Any] = []
    if since:
        clauses.append(f"{alias}.day >= ?")
        params.append(since)
    if until:
        clauses.append(f"{alias}.day <= ?")
        params.append(until)
    return " AND ".join(clauses), params


class ExchangeStore:
    """Mixed into JournalStore, which gives it `db` and `write()`."""

    db: Database

    # export ------------------------------------------------------------------------------

    def export_values(self) -> list[Row]:
        return list(
            self.db.query(
                "SELECT uuid, name, description, created_at, archived_at"
                " FROM journal_values ORDER BY id"
            )
        )

    def export_ratings(self, since: str | None, until: str | None) -> list[Row]:
        where, params = _range("r", since, until, deleted=True)
        return list(
            self.db.query(
                "SELECT r.uuid, v.name AS value, r.day, r.rated_at, r.importance, r.consistency"
                " FROM value_ratings r JOIN journal_values v ON v.id = r.value_id"
                f" WHERE {where} ORDER BY r.rated_at, r.uuid",
                params,
            )
        )

    def export_tags(self) -> list[Row]:
        return list(self.db.query("SELECT uuid, name FROM tags ORDER BY name COLLATE NOCASE, uuid"))

    def export_entries(
        self,
        *,
        since: str | None,
        until: str | None,
        kinds: Sequence[str],
        deleted: bool,
    ) -> Iterator[Row]:
        where, params = _range("e", since, until, deleted)
        marks = ", ".join("?" for _ in kinds)
        sql = (
            f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE {where} AND e.kind IN ({marks})"
            " ORDER BY e.day, e.created_at, e.uuid"
        )
        for row in self.db.query(sql, [*params, *kinds]):
            row["tags"] = json.loads(row["tags"])
            row["values"] = json.loads(row["values"])
            yield row

    def export_wins(self, *, since: str | None, until: str | None, deleted: bool) -> Iterator[Row]:
        where, params = _range("w", since, until, deleted)
        sql = (
            f"SELECT {_WIN_COLUMNS} FROM wins w WHERE {where} ORDER BY w.day, w.created_at, w.uuid"
        )
        for row in self.db.query(sql, params):
            row["values"] = json.loads(row["values"])
            yield row

    def count_for_export(
        self, *, since: str | None, until: str | None, kinds: Sequence[str], deleted: bool
    ) -> tuple[int, int]:
        """How many entries (of these kinds) and wins an export would write."""
        where, params = _range("e", since, until, deleted)
        marks = ", ".join("?" for _ in kinds)
        entries = self.db.execute(
            f"SELECT count(*) FROM entries e WHERE {where} AND e.kind IN ({marks})",
            [*params, *kinds],
        ).fetchone()[0]
        where, params = _range("w", since, until, deleted)
        wins = self.db.execute(f"SELECT count(*) FROM wins w WHERE {where}", params).fetchone()[0]
        return int(entries), int(wins)

    # import ------------------------------------------------------------------------------

    def known_uuids(self, table: str) -> set[str]:
        return {row[0] for row in self.db.execute(f"SELECT uuid FROM {table}")}

    def names(self, table: str) -> dict[str, tuple[int, str]]:
        """Tags or values by their NOCASE name: (id, uuid)."""
        sql = f"SELECT name, id, uuid FROM {table}"
        return {nocase(name): (row_id, uuid) for name, row_id, uuid in self.db.execute(sql)}

    def import_records(self, records: Any, advance: Any = None) -> None:
        """Insert a checked import (`importing.Plan`) in one transaction: all of it, or
        nothing. `advance(n)` is told as records are written."""
        conn = self.db.conn
        with self.write():
            for value in records.values:
                conn.execute(
                    "INSERT INTO journal_values (uuid, name, description, created_at,"
                    " archived_at) VALUES (?, ?, ?, ?, ?)",
                    [value[k] for k in ("uuid", "name", "description", "created_at",
                                        "archived_at")],
                )  # fmt: skip
            ids = dict(conn.execute("SELECT uuid, id FROM journal_values").fetchall())
            values = {name: ids[value_uuid] for name, value_uuid in records.value_uuids.items()}
            conn.executemany(
                "INSERT INTO value_ratings (uuid, value_id, rated_at, day, importance,"
                " consistency) VALUES (?, ?, ?, ?, ?, ?)",
                [(r["uuid"], values[nocase(r["value"])], r["rated_at"], r["day"],
                  r["importance"], r["consistency"]) for r in records.ratings],
            )  # fmt: skip
            tags = {key: row_id for key, (row_id, _) in self.names("tags").items()}
            for tag in records.tags:
                cursor = conn.execute(
                    "INSERT INTO tags (uuid, name) VALUES (?, ?)", [tag["uuid"], tag["name"]]
                )
                tags[nocase(tag["name"])] = cursor.lastrowid
            for win in records.wins:
                cursor = conn.execute(
                    "INSERT INTO wins (uuid, created_at, updated_at, day, text, deleted_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [win[k] for k in ("uuid", "created_at", "updated_at", "day", "text",
                                      "deleted_at")],
                )  # fmt: skip
                conn.executemany(
                    "INSERT OR IGNORE INTO win_values (win_id, value_id) VALUES (?, ?)",
                    [(cursor.lastrowid, values[nocase(name)]) for name in win["values"]],
                )
                if advance:
                    advance(1)
            for entry in records.entries:
                cursor = conn.execute(
                    "INSERT INTO entries (uuid, kind, created_at, updated_at, day, title, body,"
                    " prompt_id, mood, distress, deleted_at, words, review_week)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [entry[k] for k in ("uuid", "kind", "created_at", "updated_at", "day",
                                        "title", "body", "prompt_id", "mood", "distress",
                                        "deleted_at", "words", "review_week")],
                )  # fmt: skip
                entry_id = cursor.lastrowid
                for name in entry["tags"]:
                    key = nocase(name)
                    if key not in tags:
                        tags[key] = conn.execute(
                            "INSERT INTO tags (uuid, name) VALUES (?, ?)",
                            [records.new_uuid(), name],
                        ).lastrowid
                conn.executemany(
                    "INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)",
                    [(entry_id, tags[nocase(name)]) for name in entry["tags"]],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO entry_values (entry_id, value_id) VALUES (?, ?)",
                    [(entry_id, values[nocase(name)]) for name in entry["values"]],
                )
                if advance:
                    advance(1)
