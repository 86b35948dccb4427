"""The last resort for text the journal could not take: a private file in the first place
that can hold all of it. A place counts only when the whole text was written, flushed to
the disk and read back at its full size; a file cut short (a full disk, a file-size limit)
is removed and the next place is tried. When no place can, the caller prints it back."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from resilience_journal.paths import ensure_private_dir

#: What a full disk or a file-size limit looks like to a write.
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def places(journal_folder: Path) -> list[Path]:
    """Where a rescue may go, in order: beside the journal, then this person's runtime
    folder ($XDG_RUNTIME_DIR), then the system's temporary folder, each in a private
    rj folder of its own (the journal's folder is private already)."""
    found = [journal_folder]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and os.path.isabs(runtime):
        found.append(Path(runtime) / "rj")
    found.append(Path(tempfile.gettempdir()) / f"rj-{os.getuid()}")
    return found


def keep(text: str, folders: Iterable[Path], now: datetime) -> Path | None:
    """The path of a private file holding all of `text`, in the first of `folders` that
    can take it; None when none can."""
    data = text.encode("utf-8")
    name = f"rescued-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    for number, folder in enumerate(folders):
        try:
            if number == 0:
                ensure_private_dir(folder)  # the journal's own folder: theirs as it is
            elif not _private_folder(folder):
                continue
        except OSError:
            continue
        try:
            return _write_whole(folder / name, data)
        except OSError:
            continue
    return None


def _private_folder(folder: Path) -> bool:
    """`folder` exists (made now if needed, 0700), is a real folder, not a link, owned by
    this person and closed to others. In a shared folder such as /tmp, a folder someone
    else made with this name is not used."""
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        if info.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True


def _write_whole(path: Path, data: bytes) -> Path:
    """Write `data` to a new private file at `path`, flush it to the disk and check its
    size; on any failure remove what was written and raise."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                done = os.write(fd, view)
                if done <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[done:]
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(errno.EIO, os.strerror(errno.EIO))
        finally:
            os.close(fd)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
