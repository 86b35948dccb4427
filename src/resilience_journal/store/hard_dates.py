"""Dates the person marked as hard (the hard_dates table, m016): a handful of rows, read
whole in one small query."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from resilience_journal.store.core import Core, Row

_COLUMNS = "id, uuid, created_at, month, day, year, once, what, window_days"
# One marked date in the JSON export, in the order the README lists its keys.
_JSON = (
    "json_object('uuid', uuid, 'created_at', created_at, 'month', month, 'day', day,"
    " 'year', year, 'once', json(CASE WHEN once THEN 'true' ELSE 'false' END),"
    " 'what', what, 'window', window_days)"
)


class HardDateRepository:
    """The marked dates."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db

    def all(self) -> list[Row]:
        """Every marked date, in the order marked."""
        return list(self.db.query(f"SELECT {_COLUMNS} FROM hard_dates ORDER BY id"))

    def insert(self, record: Row) -> int:
        with self.core.write():
            new_id = self.db.table("hard_dates").insert(record).last_pk
            assert new_id is not None  # set by every insert
            return int(new_id)

    def get(self, date_id: int) -> Row | None:
        rows = list(self.db.query(f"SELECT {_COLUMNS} FROM hard_dates WHERE id = ?", [date_id]))
        return rows[0] if rows else None

    def delete(self, date_id: int) -> None:
        with self.core.write():
            self.db.execute("DELETE FROM hard_dates WHERE id = ?", [date_id])

    def export_json(self) -> Iterator[str]:
        """Every marked date as one JSON object, in the order marked (no integer id)."""
        for (record,) in self.db.execute(f"SELECT {_JSON} FROM hard_dates ORDER BY id"):
            yield record

    def known_uuids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT uuid FROM hard_dates")}


def insert_imported(conn: sqlite3.Connection, records: Sequence[Row]) -> None:
    """An import's marked dates, inside its transaction (store/importing.py)."""
    conn.executemany(
        "INSERT INTO hard_dates (uuid, created_at, month, day, year, once, what, window_days)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["uuid"],
                r["created_at"],
                r["month"],
                r["day"],
                r["year"],
                int(r["once"]),
                r["what"],
                r["window"],
            )
            for r in records
        ],
    )
