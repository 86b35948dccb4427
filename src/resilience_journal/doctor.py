"""The journal's health (`rj doctor`): the file is whole, private to the person, up to date,
its search index in step and its links sound; and mending what can be mended safely.

Pure domain code: no typer, no rich. The current time is passed in as `now`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.messages import doctor as words
from resilience_journal.messages import leftovers as leftover_words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.paths import Paths
from resilience_journal.store import JournalStore, files, health, leftovers
from resilience_journal.store import salvage as salvaging

SHOWN = 5  # loose files named in the privacy check; the rest are counted


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    fixed: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Report:
    """What `rj doctor` found: the journal, the backup made before mending, each check."""

    journal: Path
    exists: bool
    backup: Path | None = None
    checks: list[Check] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """All is well, or was mended."""
        return all(check.ok or check.fixed for check in self.checks)

    def to_json(self) -> dict[str, Any]:
        return {
            "journal": str(self.journal),
            "exists": self.exists,
            "ok": self.healthy,
            "backup": str(self.backup) if self.backup else None,
            "checks": [check.to_json() for check in self.checks],
        }


def examine(paths: Paths, passphrase: str | None, fix: bool, now: datetime) -> Report:
    """Check the journal at paths.db (and rj's files around it). With `fix`, a backup is
    made first, then what can be mended safely is. The journal is opened read-write when
    it can be (the search index check is a statement that writes, then rolled back), but
    nothing is changed unless `fix`."""
    if not paths.db.is_file():
        return Report(paths.db, False, checks=diagnose(paths, None, fix))
    report = Report(paths.db, True)
    conn = files.connect(paths.db, not files.writable(paths.db), passphrase)
    try:
        if fix:
            report.backup = files.backup_path(paths.db, now)
            report.backup.parent.mkdir(mode=0o700, exist_ok=True)
            files.copy_to(conn, report.backup, passphrase)
        report.checks = diagnose(
            paths, conn, fix=fix, encrypted=passphrase is not None, passphrase=passphrase
        )
    finally:
        conn.close()
    return report


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _own_folders(paths: Paths) -> set[Path]:
    """rj's own folders, which it may tighten; a folder the person chose is theirs."""
    mine = {paths.data_dir, paths.config_dir, paths.tmp_dir, paths.cache_dir}
    return mine | {files.backups_folder(paths.db)}


def loose_files(paths: Paths) -> list[tuple[Path, int]]:
    """Files and folders of rj's that others could read: (path, the mode it should have)."""
    journal = paths.db
    wanted: list[tuple[Path, int]] = []
    for folder in sorted(_own_folders(paths)):
        if folder.is_dir():
            wanted.append((folder, 0o700))
    for name in (journal, paths.config_file, *files.backups(journal)):
        wanted.append((name, 0o600))
    for suffix in ("-wal", "-shm"):
        wanted.append((journal.with_name(journal.name + suffix), 0o600))
    wanted += [(p, 0o600) for p in files.upgrade_backups(journal)]
    return [
        (path, mode) for path, mode in dict(wanted).items() if path.exists() and _mode(path) & 0o077
    ]


def diagnose(
    paths: Paths,
    conn: Any | None,
    fix: bool = False,
    encrypted: bool = False,
    passphrase: str | None = None,
) -> list[Check]:
    """Every check, in the order a person would want to read them. `conn` is a connection to
    the journal (sqlite3 or sqlcipher3; None when there is none yet). With fix=True, the
    caller has made a backup."""
    checks = [_permissions(paths, fix)]
    if leftovers.found(paths.db):  # named only when there are some
        checks.append(_leftovers(paths, fix))
    if encrypted:
        checks.append(_plain_backups(paths))
    if conn is None:
        return checks
    problems = health.integrity(conn)
    if problems:
        checks.append(_damaged(paths, conn, passphrase, len(problems)))
    else:
        checks.append(Check("file", True, words.FILE_WHOLE))
    applied, known, unknown = health.schema(conn)
    if unknown:
        checks.append(Check("version", False, words.newer_layout(applied, known), words.NEWER_FIX))
    else:
        checks.append(Check("version", True, words.layout_current(applied)))
    if problems:
        return checks  # a damaged file: the other checks would only repeat it
    checks.append(_search_index(conn, fix))
    checks.append(_links(conn, fix))
    return checks


def newest_good_backup(journal: Path, passphrase: str | None) -> Path | None:
    """The newest backup of the journal that passes SQLite's check now (regular backups
    newest first, then those taken before an upgrade); None when there is none."""
    for path in [*reversed(files.backups(journal)), *reversed(files.upgrade_backups(journal))]:
        if health.whole(path, passphrase):
            return path
    return None


def _damaged(paths: Paths, conn: Any, passphrase: str | None, problems: int) -> Check:
    """A damaged file: what to restore (only a backup that is whole) and what can still read
    the journal."""
    good = newest_good_backup(paths.db, passphrase)
    readable = health.readable(conn)
    fix = words.damaged_fix(str(paths.db), str(good) if good else None, readable)
    return Check("file", False, words.file_damaged(problems), fix)


def _search_index(conn: Any, fix: bool) -> Check:
    if health.search_index(conn) is None:
        return Check("search", True, words.INDEX_IN_STEP)
    check = Check("search", False, words.INDEX_OUT_OF_STEP, words.INDEX_FIX)
    if fix:
        health.rebuild_search_index(conn)
        check.fixed = health.search_index(conn) is None
    return check


def _links(conn: Any, fix: bool) -> Check:
    found = health.orphans(conn)
    if not found:
        return Check("links", True, words.LINKS_SOUND)
    check = Check("links", False, words.broken_links(sorted(found.items())), words.LINKS_FIX)
    if fix:
        health.remove_orphans(conn)
        check.fixed = not health.orphans(conn)
    return check


def _plain_backups(paths: Paths) -> Check:
    """An encrypted journal whose older backups are not: they are readable as they were."""
    plain = files.plain_backups(paths.db)
    if not plain:
        return Check("backups", True, words.BACKUPS_ENCRYPTED)
    names = [str(p) for p in plain]
    return Check(
        "backups", False, words.plain_backups(len(plain)), words.remove_plain_backups(names)
    )


def _leftovers(paths: Paths, fix: bool) -> Check:
    """rj's temporary files beside the journal, left by an rj that was stopped (one of a
    decrypt is a plain copy of the whole journal). Those whose process is gone are the next
    command's to remove, or --fix's; one of a running process is named with its process."""
    left = leftovers.found(paths.db)
    stopped = [str(item.path) for item in left if not item.running]
    running = [(str(item.path), item.pid) for item in left if item.running]
    check = Check(
        "leftovers",
        False,
        leftover_words.left_beside(len(left), [str(item.path) for item in left[:SHOWN]]),
        leftover_words.how_to_remove(stopped, running),
    )
    if fix and stopped:
        leftovers.clear(paths.db)
        still = leftovers.found(paths.db)
        check.fixed = not still
        if check.fixed:
            check.detail = leftover_words.removed(len(left))
        else:
            check.fix = leftover_words.how_to_remove(
                [str(item.path) for item in still if not item.running],
                [(str(item.path), item.pid) for item in still if item.running],
            )
    return check


def _permissions(paths: Paths, fix: bool) -> Check:
    loose = loose_files(paths)
    if not loose:
        return Check("permissions", True, words.PRIVATE)
    names = [words.with_mode(path, _mode(path)) for path, _ in loose[:SHOWN]]
    detail = words.readable_by_others(names, max(0, len(loose) - SHOWN))
    check = Check("permissions", False, detail, words.PRIVATE_FIX)
    if fix:
        for path, mode in loose:
            if path.is_file() or path in _own_folders(paths):
                os.chmod(path, mode)
        check.fixed = not loose_files(paths)
        if check.fixed:
            check.detail = words.made_private(len(loose))
        else:
            check.fix = words.folder_is_yours(paths.db.parent)
    return check


@dataclass(frozen=True)
class Salvaged:
    """What `rj doctor --salvage` saved: the new journal, and the entries and wins in it."""

    path: Path
    entries: int
    wins: int

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "entries": self.entries, "wins": self.wins}


def salvage(paths: Paths, passphrase: str | None, now: datetime) -> Salvaged:
    """Read what can still be read of the journal, row by row, into a new journal beside it
    (never over it, nor over any other file); the journal itself is only read."""
    if not paths.db.is_file():
        raise JournalError(words.no_journal_to_salvage(str(paths.db)), outcome=NOTHING_CHANGED)
    target = salvaging.salvage_path(paths.db, now.strftime("%Y%m%d-%H%M%S"))
    try:
        JournalStore(target, passphrase=passphrase).close()  # a new journal, its layout made
        entries, wins = salvaging.salvage(paths.db, target, passphrase)
    except BaseException:
        for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return Salvaged(target, entries, wins)
