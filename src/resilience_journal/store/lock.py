"""Who has the journal open: every rj process that opens the journal holds a shared lock on
a file beside it (`.journal.db.lock`, private) for as long as it runs; `rj encrypt` and
`rj decrypt`, which put a new file in the journal's place, take it exclusively, so they never
swap the file under a window that is writing. Where fcntl is missing (Windows) there is no
lock, as before."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

EXCLUSIVE_WAIT_SECONDS = 3.0  # how long encrypt or decrypt waits for other windows to close
_POLL_SECONDS = 0.1

_held: dict[Path, tuple[int, bool]] = {}  # lock file -> (descriptor, exclusive), this process


def lock_file(journal: Path) -> Path:
    return journal.with_name(f".{journal.name}.lock")


def _open(journal: Path) -> int | None:
    """The lock file's descriptor, made private as needed; None where it cannot be made (a
    folder this person cannot write: nobody can swap the journal there either)."""
    try:
        return os.open(lock_file(journal), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        try:
            return os.open(lock_file(journal), os.O_RDONLY)
        except OSError:
            return None


def _key(journal: Path) -> Path:
    return lock_file(journal.absolute())


def shared(journal: Path, waiting: Callable[[], None] | None = None) -> None:
    """Hold the shared lock of `journal` for the rest of this process (once held, in either
    mode, nothing more is done). While encrypt or decrypt holds it exclusively this waits
    for them, calling `waiting` once first."""
    key = _key(journal)
    if fcntl is None or key in _held:
        return
    fd = _open(journal)
    if fd is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        if waiting is not None:
            waiting()
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:  # a file system without locks: as before
        os.close(fd)
        return
    _held[key] = (fd, False)


def exclusive(journal: Path, wait: float = EXCLUSIVE_WAIT_SECONDS) -> bool:
    """Hold the lock of `journal` exclusively for the rest of this process, waiting up to
    `wait` seconds for other rj processes to let go. False when another still holds it."""
    key = _key(journal)
    if fcntl is None:
        return True
    if key in _held:
        fd, is_exclusive = _held[key]
        if is_exclusive:
            return True
    else:
        opened = _open(journal)
        if opened is None:
            return True
        fd = opened
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                if key in _held:  # a converted lock may have been let go: hold it shared again
                    fcntl.flock(fd, fcntl.LOCK_SH)
                else:
                    os.close(fd)
                return False
            time.sleep(_POLL_SECONDS)
            continue
        except OSError:  # a file system without locks: as before
            return True
        _held[key] = (fd, True)
        return True


def holders(journal: Path) -> list[tuple[int, list[str]]]:
    """The other processes holding the lock of `journal`, each with its command line, as
    Linux lists them (/proc/locks); none where that cannot be read. For naming the window
    that is open, never for deciding anything."""
    try:
        found = os.stat(lock_file(journal.absolute()))
        listed = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    place = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    pids: list[int] = []
    for line in listed.splitlines():
        fields = line.split()
        if "FLOCK" in fields and place in fields:
            held_by = fields[fields.index(place) - 1]
            if held_by.isdigit() and int(held_by) not in (os.getpid(), *pids):
                pids.append(int(held_by))
    out = []
    for pid in pids:
        try:
            raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        out.append((pid, raw.decode("utf-8", "replace").split("\0")))
    return out


def release_all() -> None:
    """Let go of every lock this process holds: at the end of a command, which for `rj` is
    the end of the process (tests run many commands in one)."""
    while _held:
        _, (fd, _) = _held.popitem()
        os.close(fd)  # closing the descriptor lets go of its lock
