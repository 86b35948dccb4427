"""Small wins: one line each, with the values they lived."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from resilience_journal.store.core import Core, Row
from resilience_journal.store.values import VALUES_OF, link_values

_WIN_COLUMNS = "w.id, w.uuid, w.created_at, w.updated_at, w.day, w.text, w.deleted_at, " + (
    VALUES_OF.format(owner="win", alias="w")
)


class WinRepository:
    """Small wins, with the values they lived."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def insert(self, record: Row, values: Sequence[str]) -> int:
        with self.core.write():
            new_id = self.db.table("wins").insert(record).last_pk
            assert new_id is not None  # set by every insert
            win_id = int(new_id)
            link_values(self.db, "win", win_id, values)
        return win_id

    def get(self, win_id: int) -> Row | None:
        rows = self._select("w.id = ?", [win_id])
        return rows[0] if rows else None

    def select(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        value_id: int | None = None,
        deleted: bool = False,
        limit: int | None = None,
    ) -> list[Row]:
        where, params = _filters(since, until, value_id, deleted)
        return self._select(where, params, limit=limit)

    def count(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        value_id: int | None = None,
    ) -> int:
        where, params = _filters(since, until, value_id, False)
        sql = f"SELECT count(*) FROM wins w WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def each(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        value_id: int | None = None,
    ) -> Iterator[Row]:
        """As select with no limit, a row at a time as SQLite reads them (`rj wins --json`)."""
        where, params = _filters(since, until, value_id, False)
        return self._rows(where, params)

    def _select(self, where: str, params: list[Any], *, limit: int | None = None) -> list[Row]:
        return list(self._rows(where, params, limit=limit))

    def _rows(self, where: str, params: list[Any], *, limit: int | None = None) -> Iterator[Row]:
        sql = (
            f"SELECT {_WIN_COLUMNS} FROM wins w WHERE {where}"
            " ORDER BY w.day DESC, w.created_at DESC, w.id DESC"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        for row in self.db.query(sql, params):
            row["values"] = json.loads(row["values"]) if row.get("values") else []
            yield row

    def set_deleted(self, win_id: int, deleted_at: str | None) -> None:
        with self.core.write():
            self.db.table("wins").update(win_id, {"deleted_at": deleted_at})


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
