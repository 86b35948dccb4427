"""What `rj doctor` asks of the journal file itself, in SQL, on a connection of its own (a
damaged journal may not open as a JournalStore)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import resilience_journal.store.grams as grams
from resilience_journal.store import files
from resilience_journal.store.migrations import migrations

# Link tables: a row whose owner is gone carries nothing and can be removed.
LINKS = ("entry_tags", "entry_values", "win_values", "value_ratings")
# A step or an experiment's day whose goal or experiment is gone goes with it; a link to a
# value or a win that is gone is cleared, and the record is kept.
PARTS = {("milestones", "goals"), ("experiment_ticks", "experiments")}
CLEARED = {
    ("milestones", "wins"): "win_id",
    ("goals", "journal_values"): "value_id",
    ("experiments", "journal_values"): "value_id",
}


def integrity(conn: Any) -> list[str]:
    """SQLite's integrity check: [] when the file is whole, else its first problems."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    except Exception as err:  # noqa: BLE001 - too damaged to check: sqlite3 or sqlcipher3
        return [str(err)]
    return [] if rows == ["ok"] else rows


# The search indexes, which `rj export` does not read (and a salvage rebuilds).
SEARCH = ("entries_fts", "entries_grams")


def readable(conn: Any) -> bool:
    """Can every table but the search indexes be read whole, and through each of its
    indexes (as `rj export` reads them), damage or not?"""
    try:
        found = list(conn.execute("SELECT type, name, tbl_name FROM sqlite_master"))
    except Exception:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own classes
        return False
    for kind, name, table in found:
        if table.startswith(SEARCH):
            continue
        if kind == "table":
            sql = f'SELECT * FROM "{name}"'
        elif kind == "index":
            sql = f'SELECT * FROM "{table}" INDEXED BY "{name}"'
        else:
            continue
        try:
            for _ in conn.execute(sql):
                pass
        except Exception as err:  # noqa: BLE001 - as above
            if type(err).__name__ == "DatabaseError":  # malformed; not an index unusable here
                return False
    return True


def whole(path: Path, passphrase: str | None) -> bool:
    """Does the database at `path` (a backup) open and pass SQLite's quick check now?"""
    try:
        conn = files.connect(path, True, passphrase)
    except Exception:  # noqa: BLE001 - another passphrase, not a database, unreadable
        return False
    try:
        return not files.quick_check(conn)
    finally:
        conn.close()


def schema(conn: Any) -> tuple[int, int, list[str]]:
    """(changes applied, changes this rj knows, names applied that this rj does not know)."""
    known = [m.name for m in migrations._migrations]
    try:
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
            )
        ]
    except Exception:  # noqa: BLE001 - no table yet, or too damaged to read
        applied = []
    return len(applied), len(known), [name for name in applied if name not in known]


def search_index(conn: Any) -> str | None:
    """None when the search index matches the entries, else what FTS5 says is wrong."""
    try:
        conn.execute("SAVEPOINT doctor")
        try:
            # rank 1: also compare the index with the entries it was built from
            conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
            grams.check(conn)
        finally:
            conn.execute("ROLLBACK TO doctor")
            conn.execute("RELEASE doctor")
    except Exception as err:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own classes
        return str(err)
    return None


def rebuild_search_index(conn: Any) -> None:
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
    grams.rebuild(conn)
    conn.commit()


def orphans(conn: Any) -> dict[str, int]:
    """Rows that point at something no longer there, counted by table."""
    found: dict[str, int] = {}
    rows = {(table, rowid) for table, rowid, *_ in conn.execute("PRAGMA foreign_key_check")}
    for table, _ in rows:
        found[table] = found.get(table, 0) + 1
    return found


def remove_orphans(conn: Any) -> None:
    """Remove link rows whose owner is gone; a draft whose entry is gone is kept, as a draft
    of a new entry."""
    for table, rowid, parent, *_ in list(conn.execute("PRAGMA foreign_key_check")):
        if table in LINKS or (table, parent) in PARTS:
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
        elif (table, parent) in CLEARED:
            column = CLEARED[(table, parent)]
            conn.execute(f"UPDATE {table} SET {column} = NULL WHERE rowid = ?", [rowid])
        elif table == "drafts":
            conn.execute("UPDATE drafts SET entry_id = NULL WHERE rowid = ?", [rowid])
    conn.commit()
