"""Looking after the journal file: backups (`rj backup`) and health checks (`rj doctor`).

Pure domain code: no typer, no rich. The current time is passed in as `now`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.paths import Paths
from resilience_journal.store import JournalStore, files, health


@dataclass(frozen=True)
class Backup:
    path: Path
    removed: tuple[Path, ...] = ()


def backup(
    store: JournalStore,
    now: datetime,
    keep: int,
    target: Path | None = None,
    as_folder: bool = False,
) -> Backup:
    """Copy the journal. With no target, into the backups folder next to it, keeping the
    newest `keep`; a target folder gets a dated file in it; a target file must not exist."""
    if target is None:
        path = files.backup_path(store.path, now)
        store.backup_to(path)
        return Backup(path, tuple(files.prune_backups(store.path, keep)))
    if target.is_dir():
        target = target / files.backup_path(store.path, now).name
    elif as_folder:  # written with a trailing slash
        raise JournalError(f"The folder {target} does not exist. Nothing was changed.")
    elif target.exists():
        raise JournalError(
            f"{target} already exists; rj never writes over a file. Nothing was changed."
        )
    elif not target.parent.is_dir():
        raise JournalError(f"The folder {target.parent} does not exist. Nothing was changed.")
    if target.resolve() == store.path.resolve():
        raise JournalError("A backup cannot be written over the journal itself.")
    store.backup_to(target)
    return Backup(target)


# doctor -------------------------------------------------------------------------------


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    fixed: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def loose_files(paths: Paths) -> list[tuple[Path, int]]:
    """Files and folders of rj's that others could read: (path, the mode it should have)."""
    journal = paths.db
    wanted: list[tuple[Path, int]] = []
    own_folders = {paths.data_dir, paths.config_dir, paths.tmp_dir, paths.cache_dir}
    for folder in sorted(own_folders | {files.backups_folder(journal)}):
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


def _owned_folder(paths: Paths, folder: Path) -> bool:
    """rj's own folders, which it may tighten; a folder the person chose is theirs."""
    return folder in {paths.data_dir, paths.config_dir, paths.tmp_dir, paths.cache_dir} or (
        folder == files.backups_folder(paths.db)
    )


def diagnose(
    paths: Paths, conn: Any | None, fix: bool = False, encrypted: bool = False
) -> list[Check]:
    """Every check, in the order a person would want to read them. `conn` is a connection to
    the journal (None when there is none yet). With fix=True, the caller has made a backup."""
    checks = [_permissions(paths, fix)]
    if encrypted:
        checks.append(_plain_backups(paths))
    if conn is None:
        return checks
    problems = health.integrity(conn)
    checks.append(
        Check("file", True, "The journal file is whole (SQLite's integrity check passed).")
        if not problems
        else Check(
            "file",
            False,
            f"The journal file is damaged; SQLite reports {len(problems)} problem(s).",
            "Copy your latest backup (in the backups folder next to the journal) into its "
            "place, keeping the damaged file aside; `rj export` may still save what can be read.",
        )
    )
    applied, known, unknown = health.schema(conn)
    if unknown:
        checks.append(
            Check(
                "version",
                False,
                f"The journal was made by a newer rj ({applied} changes, this rj knows {known}).",
                "Update rj to open it.",
            )
        )
    else:
        checks.append(Check("version", True, f"The journal's layout is up to date ({applied})."))
    if problems:
        return checks  # a damaged file: the other checks would only repeat it
    index_problem = health.search_index(conn)
    if index_problem is None:
        checks.append(Check("search", True, "The search index matches the entries."))
    else:
        check = Check(
            "search",
            False,
            "The search index is out of step with the entries, so search can "
            "miss or misplace entries.",
            "`rj doctor --fix` rebuilds it from the entries.",
        )
        if fix:
            health.rebuild_search_index(conn)
            check.fixed = health.search_index(conn) is None
        checks.append(check)
    found = health.orphans(conn)
    if not found:
        checks.append(Check("links", True, "Every tag, value and rating points at a record."))
    else:
        where = ", ".join(f"{n} in {table}" for table, n in sorted(found.items()))
        check = Check(
            "links",
            False,
            f"Some links point at records that are gone ({where}).",
            "`rj doctor --fix` removes them; no entry or win is touched.",
        )
        if fix:
            health.remove_orphans(conn)
            check.fixed = not health.orphans(conn)
        checks.append(check)
    return checks


def _plain_backups(paths: Paths) -> Check:
    """An encrypted journal whose older backups are not: they are readable as they were."""
    made = files.backups(paths.db) + files.upgrade_backups(paths.db)
    plain = [p for p in made if not files.looks_encrypted(p)]
    if not plain:
        return Check("backups", True, "Every backup is encrypted, as the journal is.")
    names = " ".join(str(p) for p in plain)
    return Check(
        "backups",
        False,
        f"{len(plain)} backup(s) from before the journal was encrypted are not encrypted.",
        f"If they should not stay readable, remove them: rm {names}",
    )


def _permissions(paths: Paths, fix: bool) -> Check:
    loose = loose_files(paths)
    if not loose:
        return Check("permissions", True, "The journal and its files are private to you.")
    names = ", ".join(f"{path} ({_mode(path):o})" for path, _ in loose[:5])
    if len(loose) > 5:
        names += f" and {len(loose) - 5} more"
    check = Check(
        "permissions",
        False,
        f"Others on this machine could read: {names}.",
        "`rj doctor --fix` makes files 600 and rj's folders 700 (readable by you alone).",
    )
    if fix:
        for path, mode in loose:
            if path.is_file() or _owned_folder(paths, path):
                os.chmod(path, mode)
        check.fixed = not loose_files(paths)
        if check.fixed:
            check.detail = f"Made {len(loose)} of rj's files and folders private to you."
        else:
            check.fix = (
                "The folder you chose for the journal is yours, so rj leaves it as it is: "
                f"`chmod 700 {paths.db.parent}` makes it private."
            )
    return check
