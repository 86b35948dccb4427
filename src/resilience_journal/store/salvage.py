"""Salvage (`rj doctor --salvage`): what is still readable of a damaged journal, table by
table and row by row, copied into a new journal made beside it. The damaged file is only
read, and nothing is ever written over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from resilience_journal.store import files, health

# Kept by triggers as the rows above land (the days, the search indexes), or the new
# journal's own (its layout): not copied.
DERIVED = ("_sqlite_migrations", "days", "entries_fts", "entries_grams", "sqlite_")
# How many rowids in a row may be missing or unreadable before a table is taken as ended.
GAP = 5000


def _damage(err: Exception) -> bool:
    """SQLite's word for a damaged page (sqlite3's or sqlcipher3's DatabaseError)."""
    return type(err).__name__ == "DatabaseError"


def tables(conn: Any) -> list[str]:
    """The tables of a new journal that hold what a person wrote, in the order they were made."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [name for name in names if not name.startswith(DERIVED)]


def columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _read(source: Any, sql: str, args: tuple[Any, ...] = ()) -> Any:
    return source.execute(sql, args)


def rows(source: Any, table: str, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """Every row of `table` that can still be read, in rowid order: a plain scan, and past
    the first damaged page, one rowid at a time (a page that cannot be read is skipped)."""
    listed = ", ".join(f'"{name}"' for name in names)
    last = 0
    try:
        for rowid, *values in _read(
            source, f'SELECT rowid, {listed} FROM "{table}" ORDER BY rowid'
        ):
            last = rowid
            yield tuple(values)
        return
    except Exception as err:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own classes
        if not _damage(err):
            return  # not this journal's layout: nothing to read here
    try:
        top = _read(source, f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or last
    except Exception:  # noqa: BLE001 - the last page is damaged too
        top = None
    rowid, missed = last, 0
    while (top is None and missed < GAP) or (top is not None and rowid < top):
        rowid += 1
        try:
            found = _read(source, f'SELECT {listed} FROM "{table}" WHERE rowid = ?', (rowid,))
            row = found.fetchone()
        except Exception:  # noqa: BLE001 - a damaged page: skip its rows
            row = None
        missed = 0 if row else missed + 1
        if row:
            yield tuple(row)


def copy(source: Any, target: Any) -> None:
    """Copy every readable row of `source` into the new journal `target`, then drop links
    that point at rows that could not be saved."""
    target.execute("PRAGMA foreign_keys = OFF")
    for table in tables(target):
        names = columns(target, table)
        marks = ", ".join("?" for _ in names)
        listed = ", ".join(f'"{name}"' for name in names)
        insert = f'INSERT OR IGNORE INTO "{table}" ({listed}) VALUES ({marks})'
        for row in rows(source, table, names):
            try:
                target.execute(insert, row)
            except Exception:  # noqa: BLE001 - a row that breaks a rule of the new journal
                continue
    target.commit()
    health.remove_orphans(target)


def counts(conn: Any) -> tuple[int, int]:
    """(entries, wins) in the salvaged journal, trash included."""
    entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    wins = conn.execute("SELECT count(*) FROM wins").fetchone()[0]
    return entries, wins


def salvage_path(journal: Path, stamp: str) -> Path:
    """journal-salvaged-20261125-213000.db beside the journal; -2, -3 … if taken."""
    n = 1
    while True:
        name = f"{journal.stem}-salvaged-{stamp}" + (f"-{n}" if n > 1 else "") + ".db"
        path = journal.with_name(name)
        if not path.exists():
            return path
        n += 1


def salvage(journal: Path, target: Path, passphrase: str | None) -> tuple[int, int]:
    """Copy what can be read of `journal` into `target`, a new journal already made; returns
    (entries, wins) saved."""
    source = files.connect(journal, True, passphrase)
    try:
        dest = files.connect(target, False, passphrase)
        try:
            copy(source, dest)
            return counts(dest)
        finally:
            dest.close()
    finally:
        source.close()
