"""Names for tab completion (cli/completion.py), read straight from the journal file.

Completion runs on every Tab press, so this opens the file read-only with the standard
library alone: no sqlite-utils, no migrations, no journal made where there is none, and
nothing asked. An encrypted journal is not opened (it would need its passphrase)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from resilience_journal.store.files import looks_encrypted

# What each kind of name is, and the words shown beside it (zsh and fish show them).
_QUERIES = {
    "tags": "SELECT name, '' FROM tags ORDER BY name COLLATE NOCASE",
    "values": (
        "SELECT name, coalesce(description, '') FROM journal_values"
        " WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"
    ),
    "goals": "SELECT id, title FROM goals ORDER BY state <> 'active', id",
    "experiments": "SELECT id, title FROM experiments ORDER BY closed_day IS NOT NULL, id",
}
# A journal another rj holds for writing is not waited for long: no names is better than
# a Tab that hangs.
_WAIT_SECONDS = 0.25


def names(path: Path, kind: str) -> list[tuple[str, str]]:
    """Every name of `kind` in the journal at `path`, with its words; none if there is no
    plain journal there. SQLite's errors (a file that is not a journal, an older one
    without the table) are the caller's to hush."""
    if not path.is_file() or looks_encrypted(path):
        return []
    # With no write-ahead log beside it, no rj has the journal open: it is read as a file
    # that cannot change, so SQLite leaves no -wal and -shm files behind. With one, it is
    # read through the log, as any reader would.
    wal = path.with_name(path.name + "-wal").exists()
    query = "mode=ro" if wal else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=_WAIT_SECONDS)
    try:
        return [(str(name), str(words or "")) for name, words in conn.execute(_QUERIES[kind])]
    finally:
        conn.close()
