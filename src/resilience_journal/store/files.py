"""The journal as a file: opening it (plain, read-only or encrypted), copying it whole, and
where its backups live."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.messages import encryption as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.paths import disk_full

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS = "backups"
UPGRADE = "before-upgrade"
CHECKED = ".checked"
ENCRYPTION_EXTRA = 'pip install "resilience-journal[encryption]"'
_STAMP = "%Y%m%d-%H%M%S"


def writable(path: Path) -> bool:
    """Can this person change the journal? SQLite also needs its folder, for the -wal file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def remove_unmade(path: Path) -> None:
    """After a first start that failed on a full disk: remove the empty journal file it left
    (and SQLite's empty files beside it), which the next command would otherwise take for a
    journal emptied by a sync tool. Only a 0-byte file, and only while the disk is full, so
    never another rj's journal being made this moment."""
    if not disk_full(path.parent):
        return
    try:
        if path.stat().st_size != 0:
            return
        for made in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if made.exists() and made.stat().st_size == 0:
                made.unlink()
    except OSError:
        return


@contextmanager
def creating(folder: Path, wait_s: float) -> Iterator[None]:
    """Held while a new journal is being made in `folder`: rj processes that start a journal
    at the same moment make it one after another, not all at once. An advisory lock on the
    folder itself (nothing is left behind); waited for up to `wait_s`, after which (or where
    folders cannot be locked) the journal is made anyway, under SQLite's own locks."""
    try:
        import fcntl  # deferred: not on every platform; SQLite's own locks then suffice
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)
            except OSError:
                break
        yield
    finally:
        os.close(fd)  # lets the lock go


def is_busy(err: sqlite3.Error) -> bool:
    """SQLite's 'database is locked' or 'busy': another process holds the journal."""
    reason = str(err).lower()
    return isinstance(err, sqlite3.OperationalError) and ("locked" in reason or "busy" in reason)


def looks_encrypted(path: Path) -> bool:
    """A file made of whole database pages that does not start like a plain SQLite database:
    an encrypted journal (whose first bytes are random). Anything else that is not a journal
    is left for SQLite to refuse."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 1024 and size % 1024 == 0 and head != SQLITE_HEADER


def sqlcipher() -> Any:
    """The SQLCipher module, an optional extra."""
    try:
        import sqlcipher3  # deferred: an optional extra, needed only by an encrypted journal
    except ImportError:
        raise JournalError(words.needs_extra(ENCRYPTION_EXTRA), outcome=NOTHING_CHANGED) from None
    return sqlcipher3


def _cipher_connect(path: Path, passphrase: str) -> Any:
    module = sqlcipher()
    conn = module.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong passphrase is ours to explain
    quoted = passphrase.replace("'", "''")
    conn.execute(f"PRAGMA key = '{quoted}'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise JournalError(words.wrong_passphrase(str(path)), outcome=NOTHING_CHANGED) from None
    return conn


def connect(path: Path, read_only: bool, passphrase: str | None) -> Any:
    """A connection to the journal at `path`."""
    if passphrase is not None:
        return _cipher_connect(path, passphrase)
    if not read_only:
        return _room_or_not(path, sqlite3.connect(str(path)))
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL journal in a folder this person cannot write has nowhere for its shared
        # memory file; nobody can be changing it, so read it as it is.
        conn.close()
        conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    return conn


def _room_or_not(path: Path, conn: Any) -> Any:
    """`conn`, or on a full disk, where SQLite cannot grow the WAL's shared-memory file
    ("disk I/O error" on the first read), a connection that keeps that memory to itself
    (exclusive locking, which needs no file): reading and exporting still work, and a write
    fails as a full disk does."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as err:
        name = getattr(err, "sqlite_errorname", "") or ""
        if not name.startswith(("SQLITE_IOERR", "SQLITE_FULL")):
            return conn  # busy, damaged, not a journal: said where it was said before
    conn.close()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def copy_to(source: Any, target: Path, passphrase: str | None, check: bool = False) -> None:
    """A consistent copy of the open database `source` at `target`, with SQLite's online
    backup API (readers and writers may go on meanwhile). The copy is private, written whole
    (a temporary file renamed into place), and encrypted with the same passphrase as the
    journal, if it has one. With `check`, the copy must pass SQLite's quick check before it
    takes its name (else `DamagedCopy`, and no copy is left)."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        dest = (
            sqlite3.connect(str(temp)) if passphrase is None else _cipher_connect(temp, passphrase)
        )
        try:
            try:
                source.backup(dest)
            except Exception as err:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own
                if check and type(err).__name__ == "DatabaseError":  # malformed, not locked
                    raise DamagedCopy(str(err)) from None
                raise
            if check and (problems := quick_check(dest)):
                raise DamagedCopy(problems[0])
        finally:
            dest.close()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class DamagedCopy(Exception):
    """The copy just made did not pass SQLite's quick check: its source is damaged."""


def quick_check(conn: Any) -> list[str]:
    """SQLite's quick check (every page and record readable; indexes not compared with their
    tables): [] when the database is whole, else its first problems."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
    except Exception as err:  # noqa: BLE001 - too damaged to check: sqlite3 or sqlcipher3
        return [str(err)]
    return [] if rows == ["ok"] else rows


def checked_mark(backup: Path) -> Path:
    """The empty file beside a backup that says it passed SQLite's check when it was made."""
    return backup.with_name(backup.name + CHECKED)


def mark_checked(backup: Path) -> None:
    os.close(os.open(checked_mark(backup), os.O_WRONLY | os.O_CREAT, 0o600))


def was_checked(backup: Path) -> bool:
    return checked_mark(backup).is_file()


def convert(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the journal at `path` with passphrase `new` (None: not encrypted), reading it
    with `old`: SQLCipher's export into a private file beside it, renamed over the journal."""
    conn = _cipher_connect(path, old) if old is not None else sqlcipher().connect(str(path))
    temp = path.with_name(f".{path.name}.{os.getpid()}.convert")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", [str(temp), new or ""])
        conn.execute("SELECT sqlcipher_export('converted')").fetchone()
        conn.execute("DETACH DATABASE converted")
        conn.close()
        os.replace(temp, path)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except BaseException:
        conn.close()
        temp.unlink(missing_ok=True)
        raise


def backups_folder(journal: Path) -> Path:
    return journal.parent / BACKUPS


def backup_path(journal: Path, when: datetime, suffix: str = "") -> Path:
    """backups/journal-20261123-213000.db, next to the journal; a second one in the same
    second is journal-20261123-213000-2.db, and so on, so names sort by age."""
    stem = f"{journal.stem}-{when.strftime(_STAMP)}" + (f"-{suffix}" if suffix else "")
    folder = backups_folder(journal)
    taken = re.compile(re.escape(stem) + r"(?:-(\d+))?\.db")
    numbers = [
        int(match[1] or 1)
        for path in (folder.iterdir() if folder.is_dir() else ())
        if (match := taken.fullmatch(path.name))
    ]
    n = max(numbers, default=0) + 1
    return folder / (f"{stem}.db" if n == 1 else f"{stem}-{n}.db")


def upgrade_backup_path(journal: Path) -> Path:
    return backup_path(journal, datetime.now(), UPGRADE)


def backups(journal: Path) -> list[Path]:
    """The regular backups of this journal, oldest first (upgrade backups are not in it)."""
    pattern = re.compile(re.escape(journal.stem) + r"-(\d{8}-\d{6})(?:-(\d+))?\.db")
    folder = backups_folder(journal)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if match := pattern.fullmatch(path.name):
            found.append(((match[1], int(match[2] or 1)), path))
    return [path for _, path in sorted(found)]


def upgrade_backups(journal: Path) -> list[Path]:
    """The copies taken before upgrades (never pruned)."""
    folder = backups_folder(journal)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(journal.stem) + rf"-\d{{8}}-\d{{6}}-{UPGRADE}(?:-\d+)?\.db")
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def plain_backups(journal: Path) -> list[Path]:
    """The backups of this journal (regular and before an upgrade) that are not encrypted:
    for an encrypted journal, copies still readable as it was."""
    made = backups(journal) + upgrade_backups(journal)
    return [path for path in made if not looks_encrypted(path)]


def prune_backups(journal: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` regular backups; returns what was removed. The
    newest backup that passed SQLite's check when it was made is never removed: if none of
    the newest `keep` did, it stays as well."""
    found = backups(journal)
    removed = found[: max(0, len(found) - keep)]
    if not any(was_checked(path) for path in found[len(removed) :]):
        good = [path for path in removed if was_checked(path)]
        if good:
            removed.remove(good[-1])
    for path in removed:
        path.unlink(missing_ok=True)
        checked_mark(path).unlink(missing_ok=True)
    return removed
