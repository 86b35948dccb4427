"""The open journal file: a private SQLite database with its pragmas set, migrated on
open, and written one transaction at a time. Every repository shares one Core."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from resilience_journal.errors import ReadOnlyJournal, SaidInFull
from resilience_journal.messages import locks as lock_words
from resilience_journal.messages import store as words
from resilience_journal.paths import create_private_file, ensure_private_dir
from resilience_journal.store.files import (
    connect,
    copy_to,
    creating,
    is_busy,
    upgrade_backup_path,
    writable,
)
from resilience_journal.store.migrations import migrations

Row = dict[str, Any]  # a record as SQLite gives it: column name -> value
BUSY_MS = 10000  # how long a command waits for another rj's write
WIPE_PENDING = "wipe_pending"  # meta: destroyed text still in the file's old pages
WIPE_WAIT_MS = 300  # how long opening the journal waits to overwrite them
DESTROY_WAIT_MS = 2000  # how long destroying waits for another rj to stop reading
MIGRATE_BUSY_MS = 60000  # how long making or upgrading the journal waits for another's
OPEN_WAIT_S = 60.0  # how long opening keeps trying while other processes make the journal


class JournalReplaced(sqlite3.OperationalError):
    """The journal file was replaced (encrypted or decrypted, restored) after this process
    opened it: a write now would go to the old file, which is no longer the journal. Said as
    an error SQLite raised, so the text is kept as any text the journal did not take."""


class Core:
    def __init__(self, path: Path, *, passphrase: str | None = None) -> None:
        self.path = path
        self.passphrase = passphrase
        if path.is_dir():
            raise SaidInFull(words.is_a_folder(path))
        if path.exists() and not os.access(path, os.R_OK):
            raise SaidInFull(words.permission_denied(path))
        # A journal this person may read but not change (its file or its folder) opens for
        # reading; a write then says why (see write()).
        self.read_only = path.exists() and not writable(path)
        if not self.read_only:
            ensure_private_dir(path.parent)
            create_private_file(path)
        self.db = Database(connect(path, self.read_only, passphrase), execute_plugins=False)
        self._opened = _identity(path)
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        self.db.execute("PRAGMA foreign_keys = ON")
        # Deleted text is overwritten with zeros, not left in free pages (builds differ in
        # their default, so it is set here).
        self.db.execute("PRAGMA secure_delete = ON")
        # A new journal (an empty file): processes starting it at once take turns.
        new = not self.read_only and path.stat().st_size == 0
        with creating(path.parent, OPEN_WAIT_S) if new else nullcontext():
            self._prepare()
        if self.read_only:
            return
        self.finish_wipe()
        # Only once it is known to be a journal: a journal is private, whoever made the file.
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)

    def close(self) -> None:
        self.db.close()

    def _prepare(self) -> None:
        """The journal in WAL mode and migrated. While other processes are making the same new
        journal, SQLite may answer "locked" at once, without waiting (switching to WAL, a
        schema that changed under a read): try again, for up to OPEN_WAIT_S."""
        deadline = time.monotonic() + OPEN_WAIT_S
        while True:
            try:
                if not self.read_only:
                    if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        self.db.enable_wal()
                self._migrate()
                return
            except sqlite3.OperationalError as err:
                if not is_busy(err) or time.monotonic() > deadline:
                    raise
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                time.sleep(random.uniform(0.01, 0.1))

    def _migrate(self) -> None:
        known = {m.name for m in migrations._migrations}
        applied = {m.name for m in migrations.applied(self.db)}
        if applied - known:
            raise SaidInFull(words.newer_journal(self.path))
        if not migrations.pending(self.db):
            return
        if self.read_only:
            raise SaidInFull(words.upgrade_read_only(self.path))
        if applied:  # an old journal, not a new one: keep a copy of it as it was
            self.backup_to(upgrade_backup_path(self.path))
        # Making the tables of a new journal can wait behind another process making them.
        self.db.execute(f"PRAGMA busy_timeout = {MIGRATE_BUSY_MS}")
        try:
            with self.write():
                migrations.apply(self.db)
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, begun IMMEDIATE so that a second process waits for the
        lock (busy timeout) instead of failing half way through."""
        if self.read_only:
            raise ReadOnlyJournal(words.read_only(self.path))
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._still_the_journal()
            yield self.db
            self._still_the_journal()
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.execute("COMMIT")

    def _still_the_journal(self) -> None:
        """Raise JournalReplaced when the file at the journal's path is no longer the one
        this process opened (where no lock kept encrypt or decrypt waiting)."""
        if _identity(self.path) != self._opened:
            raise JournalReplaced(lock_words.REPLACED_UNDERNEATH)

    def backup_to(self, target: Path, check: bool = False) -> None:
        """A consistent copy of the journal at `target` (private, written whole), taken with
        SQLite's online backup API while other processes may be writing. With `check`, the
        copy must pass SQLite's quick check (else `files.DamagedCopy`, and no copy is kept)."""
        try:
            ensure_private_dir(target.parent)
            copy_to(self.db.conn, target, self.passphrase, check)
        except OSError as err:  # named by the path asked for, not the temporary file
            raise SaidInFull(words.path_refused(str(err.strerror or err), target)) from None

    def checkpoint(self, wait_ms: int = BUSY_MS) -> bool:
        """Move the write-ahead log into the journal file and empty it, waiting up to
        `wait_ms` for readers in other processes to let go. True when it did: no page of
        the log is left, in the log or as an older copy in the file."""
        if self.read_only:
            return False
        self.db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        return bool(busy == 0)

    def destroy(self, work: Callable[[], int]) -> tuple[int, bool]:
        """Delete for good (the trash emptied, a belief or a telling removed): `work` runs in
        one write and returns how many records it deleted. secure_delete zeroes the freed
        pages in the write-ahead log; the checkpoint after copies them over the old ones in
        the file and empties the log, so the words are in neither file. A reader in another
        process keeps both until it lets go: waited for a moment, then left to the next
        command that opens the journal (WIPE_PENDING). Returns the count, and whether the
        words are gone from the file too."""
        with self.write():
            deleted = work()
            if deleted:
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
                    [WIPE_PENDING],
                )
        wiped = self.checkpoint(wait_ms=DESTROY_WAIT_MS)
        if wiped:
            self.finish_wipe()
        return deleted, wiped

    def finish_wipe(self) -> None:
        """Something destroyed while another process was reading leaves its words in the file's
        old pages (WIPE_PENDING in meta): overwrite them now, if nobody reads any more."""
        pending = self.db.execute("SELECT 1 FROM meta WHERE key = ?", [WIPE_PENDING]).fetchone()
        if pending and self.checkpoint(wait_ms=WIPE_WAIT_MS):
            with self.write():
                self.db.execute("DELETE FROM meta WHERE key = ?", [WIPE_PENDING])


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (its device and inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
