"""Backups of the journal (`rj backup`): a consistent copy, even while it is in use.

Pure domain code: no typer, no rich. The current time is passed in as `now`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.messages import backup as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.store import JournalStore, files


@dataclass(frozen=True)
class Backup:
    path: Path
    removed: tuple[Path, ...] = ()

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bytes": self.size,
            "removed": [str(path) for path in self.removed],
        }


def backup(store: JournalStore, now: datetime, keep: int, target: str | None = None) -> Backup:
    """Copy the journal. With no target, into the backups folder next to it, keeping the
    newest `keep`; a target folder (one that exists, or any path written with a trailing
    slash) gets a dated file in it; a target file must not exist."""
    if not target:
        path = files.backup_path(store.path, now)
        _checked_copy(store, path)
        files.mark_checked(path)
        return Backup(path, tuple(files.prune_backups(store.path, keep)))
    place = Path(target).expanduser()
    if place.is_dir():
        place = place / files.backup_path(store.path, now).name
    elif target.endswith(("/", "\\")):  # a folder, which is not there
        raise JournalError(words.no_folder(place), outcome=NOTHING_CHANGED)
    elif place.exists():
        raise JournalError(words.would_write_over(place), outcome=NOTHING_CHANGED)
    elif not place.parent.is_dir():
        raise JournalError(words.no_folder(place.parent), outcome=NOTHING_CHANGED)
    if place.resolve() == store.path.resolve():
        raise JournalError(words.OVER_THE_JOURNAL)
    _checked_copy(store, place)
    return Backup(place)


def _checked_copy(store: JournalStore, path: Path) -> None:
    """Copy the journal to `path` and check the copy; a damaged journal is refused, and no
    copy of it is kept (nor any earlier backup removed)."""
    try:
        store.backup_to(path, check=True)
    except files.DamagedCopy:
        raise SaidInFull(words.damaged_journal(str(store.path))) from None
