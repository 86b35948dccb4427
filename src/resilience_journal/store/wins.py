"""Small wins: one line each, with the values they lived."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from resilience_journal.store.values import VALUES_OF

Row = dict[str, Any]

_WIN_COLUMNS = "w.id, w.uuid, w.created_at, w.updated_at, w.day, w.text, w.deleted_at, " + (
    VALUES_OF.format(owner="win", alias="w")
)


class WinStore:
    """Mixed into JournalStore, which gives it `db` and `write()`."""

    db: Database

    def insert_win(self, record: Row, values: Sequence[str]) -> int:
        with self.write():
            win_id = int(self.db["wins"].insert(record).last_pk)
            self.link_values("win", win_id, values)
        return win_id

    def get_win(self, win_id: int) -> Row | None:
        rows = self._wins("w.id = ?", [win_id])
        return rows[0] if rows else None

    def wins(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        value_id: int | None = None,
        deleted: bool = False,
        limit: int | None = None,
    ) -> list[Row]:
        where, params = _filters(since, until, value_id, deleted)
        return self._wins(where, params, limit=limit)

    def count_wins(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        value_id: int | None = None,
    ) -> int:
        where, params = _filters(since, until, value_id, False)
        sql = f"SELECT count(*) FROM wins w WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def _wins(self, where: str, params: list[Any], *, limit: int | None = None) -> list[Row]:
        sql = (
            f"SELECT {_WIN_COLUMNS} FROM wins w WHERE {where}"
            " ORDER BY w.day DESC, w.created_at DESC, w.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        rows = []
        for row in self.db.query(sql, params):
            row["values"] = json.loads(row["values"]) if row.get("values") else []
            rows.append(row)
        return rows

    def set_win_deleted(self, win_id: int, deleted_at: str | None) -> None:
        with self.write():
            self.db["wins"].update(win_id, {"deleted_at": deleted_at})


def _filters(
    since: str | None, until: str | None, value_id: int | None, deleted: bool
) -> tuple[str, list[Any]]:
    clauses = ["w.deleted_at IS NOT NULL" if deleted else "w.deleted_at IS NULL"]
    params: list[Any] = []
    if since:
        clauses.append("w.day >= ?")
        params.append(since)
    if until:
        clauses.append("w.day <= ?")
        params.append(until)
    if value_id is not None:
        clauses.append("w.id IN (SELECT win_id FROM win_values WHERE value_id = ?)")
        params.append(value_id)
    return " AND ".join(clauses), params
