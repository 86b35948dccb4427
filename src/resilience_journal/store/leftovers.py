"""The temporary files rj makes beside the journal, and those a stopped rj left there.

rj writes a whole new file before it replaces one (encrypt and decrypt, a first import, a
backup), under a hidden name that carries its process id:

    .journal.db.<pid>.convert          rj encrypt / rj decrypt (plain, while decrypting)
    .journal.db.<pid>.tmp              a file written whole, then renamed
    .journal.db.<pid>.<random>.import  a first import into a new journal
    backups/.journal-<when>.db.<pid>.tmp   a backup on its way

each perhaps with SQLite's -journal, -wal or -shm beside it. A process that is killed (a
closed terminal, the power gone) cannot remove its own, so the next rj that opens the
journal removes those whose process is no longer running: one look at the folder, cheap
enough for every command. `rj doctor` names any that are still there.
"""

from __future__ import annotations

import os
import re
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from resilience_journal.store.files import backups_folder

_KINDS = r"(?:convert|tmp|[A-Za-z0-9_]+\.import)"
_LOGS = r"(?:-journal|-wal|-shm)?"


@dataclass(frozen=True)
class Leftover:
    path: Path
    pid: int

    @property
    def running(self) -> bool:
        """Its process is still running: the file may be in use."""
        return running(self.pid)


def found(journal: Path) -> list[Leftover]:
    """rj's temporary files beside the journal at `journal` (and in its backups folder),
    whether or not their process is still running, sorted by name."""
    beside = re.compile(rf"\.{re.escape(journal.name)}\.(\d+)\.{_KINDS}{_LOGS}")
    in_backups = re.compile(rf"\.{re.escape(journal.stem)}-[^/]*\.db\.(\d+)\.tmp{_LOGS}")
    matches: list[Leftover] = []
    for folder, pattern in ((journal.parent, beside), (backups_folder(journal), in_backups)):
        try:
            names = list(folder.glob(".*"))
        except OSError:
            continue
        for path in names:
            if (match := pattern.fullmatch(path.name)) and not path.is_dir():
                matches.append(Leftover(path, int(match[1])))
    return sorted(matches, key=lambda leftover: str(leftover.path))


def clear(journal: Path) -> list[Path]:
    """Remove what a stopped rj left beside the journal (only files of a process that is no
    longer running); returns what was removed. A folder this person cannot change keeps
    them, for `rj doctor` to name."""
    removed = []
    for leftover in found(journal):
        if leftover.running:
            continue
        with suppress(OSError):
            leftover.path.unlink()
            removed.append(leftover.path)
    return removed


def running(pid: int) -> bool:
    """Whether process `pid` is running (this one is). Someone else's process, or one that
    cannot be asked about, counts as running: its file is left alone."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True
