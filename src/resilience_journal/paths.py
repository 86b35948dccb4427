"""The one place that decides where the journal, settings and prompt packs live."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP_NAME = "resilience-journal"
HOME_ENV = "RJ_HOME"
DB_NAME = "journal.db"
CONFIG_NAME = "config.yaml"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    db: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / CONFIG_NAME

    @property
    def prompts_dir(self) -> Path:
        return self.config_dir / "prompts"

    @property
    def cache_dir(self) -> Path:
        """What rj can rebuild at any time (the bundled prompts, read once)."""
        return self.data_dir / "cache"

    @property
    def tmp_dir(self) -> Path:
        """Private scratch space for the editor's temporary files."""
        return self.data_dir / "tmp"


def resolve(db: str | os.PathLike[str] | None = None) -> Paths:
    """`RJ_HOME` puts everything in one folder; otherwise the platform's user dirs.

    `db` (the `--db` option) picks the journal file and wins over both.
    """
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        data_dir = config_dir = Path(home).expanduser().absolute()
    else:
        dirs, before = platform_dirs(), platform_dirs(author=None)
        data_dir = kept(dirs.user_data_path, before.user_data_path, DB_NAME)
        config_dir = kept(dirs.user_config_path, before.user_config_path, CONFIG_NAME)
    db_path = Path(db).expanduser().absolute() if db else data_dir / DB_NAME
    return Paths(data_dir=data_dir, config_dir=config_dir, db=db_path)


def platform_dirs(
    kind: type[PlatformDirsABC] | None = None, author: Literal[False] | None = False
) -> PlatformDirsABC:
    """The platform's user folders for rj, from platformdirs (`kind`: one platform's, as
    platformdirs.windows.Windows, for a test; this system's when left out). No "app author":
    on Windows that is one more folder, and without one platformdirs names it after the app,
    so the name came twice (AppData\\Local\\resilience-journal\\resilience-journal);
    `author=None` gives that earlier folder."""
    import platformdirs  # deferred: ~3 ms, and needed only when RJ_HOME is not set

    return (kind or platformdirs.PlatformDirs)(APP_NAME, appauthor=author)


def kept(folder: Path, earlier: Path, name: str) -> Path:
    """`folder`, unless only `earlier` holds the file `name`: where an earlier rj kept the
    journal or the settings (on Windows, rj 0.1 named its folder twice, one inside the
    other), so that they are still found, not started anew."""
    if earlier == folder:  # every system but Windows: nothing to look for
        return folder
    if (earlier / name).exists() and not (folder / name).exists():
        return earlier
    return folder


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable only by this user. Existing folders are left as
    they are: a folder the person chose for `--db` is theirs."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        path.chmod(0o700)  # mkdir's mode is filtered by the umask


def read_at_most(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it holds more than `limit`: read no further, so a
    file of gigabytes (or one that never ends) costs no more than `limit`."""
    with open(path, "rb") as file:
        data = file.read(limit + 1)
    return None if len(data) > limit else data


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist yet."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


@contextlib.contextmanager
def private_writer(path: Path, buffering: int = -1) -> Iterator[TextIO]:
    """A file to write whole and readable only by this user: written into a private temporary
    file beside it, then renamed over it, so a reader never sees half a file, an interrupted
    write leaves the old file as it was, and a file with looser permissions is replaced by a
    private one. A large `buffering` suits a large file written in many pieces.

    A link (a file linked into a synced folder) is written through: the file it points to is
    replaced, beside itself, and the link stays. An open descriptor named as a file
    (`-o /dev/fd/1`, /dev/stdout, /proc/self/fd/N) is written through that descriptor, where
    it stands: never reopened (which would empty a log opened to append), replaced or made
    private. A pipe, a device or a FIFO is written in place: it cannot be renamed over.
    An error names `path` as given, not rj's temporary file."""
    try:
        through = descriptor(path)
    except OSError as err:  # /dev/fd/5 with nothing open as 5
        raise OSError(err.errno, err.strerror, str(path)) from None
    if through is not None:
        sys.stdout.flush()  # what rj printed before comes first
        with os.fdopen(through, "w", encoding="utf-8", newline="", buffering=buffering) as handle:
            yield handle
        return
    if not is_plain_file_or_nothing(path):
        with open(path, "w", encoding="utf-8", newline="", buffering=buffering) as handle:
            yield handle
        return
    given, path = path, Path(os.path.realpath(path))
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as err:  # a link into a missing folder, a folder not writable
            raise OSError(err.errno, err.strerror, str(given)) from None
        with os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=buffering) as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


#: A name for an open descriptor: /dev/fd/N, /proc/self/fd/N, /proc/<pid>/fd/N (and a
#: thread's, under task/).
_DESCRIPTOR = re.compile(r"^/(?:dev|proc/(self|thread-self|\d+)(?:/task/\d+)?)/fd/(\d+)$")


def descriptor(path: Path) -> int | None:
    """When `path` names an open descriptor (/dev/stdout, /dev/fd/1, /proc/self/fd/1, or a
    link whose resolution reaches one): a new descriptor for the same open file, to write
    through as it stands (at its place, in its mode: appending to a log appends). Another
    process's descriptor is opened anew, to append, never emptied. None for any other path.
    OSError when the descriptor is not open."""
    number = _descriptor_in(path)
    if number is None:
        return None
    pid, fd = number
    if pid is None:
        return os.dup(fd)
    # another process's descriptor: open what it names, without emptying it
    return os.open(path, os.O_WRONLY | os.O_APPEND)


def _descriptor_in(path: Path) -> tuple[int | None, int] | None:
    """(None, N) for this process's descriptor N, (pid, N) for another's, following links
    one step at a time (as the system does) and looking at each name before its link is
    followed: /proc/self/fd/1 is itself a link, to the file the descriptor has open."""
    pending = list(Path(os.getcwd(), path).parts[1:])  # `..` kept: it follows links
    current = "/"
    hops = 0
    while pending:
        part = pending.pop(0)
        if part in ("", "."):
            continue
        if part == "..":
            current = os.path.dirname(current)
            continue
        candidate = os.path.join(current, part)
        found = _DESCRIPTOR.match(candidate)
        if found and not pending:
            owner = found.group(1)
            mine = owner in (None, "self", "thread-self") or int(owner) == os.getpid()
            return (None if mine else int(owner)), int(found.group(2))
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            return None  # not there (or not a folder): no descriptor on the way
        if not is_link or found:  # a folder reached through a descriptor: its files are files
            current = candidate
            continue
        hops += 1
        if hops > 40:  # a loop of links: is_link_loop says so
            return None
        target = os.readlink(candidate)
        if target.startswith("/"):
            current = "/"
        pending = list(Path(target).parts[1 if target.startswith("/") else 0 :]) + pending
    return None


def made_private(path: Path) -> bool:
    """Whether private_writer makes `path` readable only by this user: a regular file (or
    none yet), not a descriptor, a pipe, a device or a FIFO."""
    return _descriptor_in(path) is None and is_plain_file_or_nothing(path)


def is_link_loop(path: Path) -> bool:
    """Whether `path` is a link that leads round to itself (or through more than the system
    follows)."""
    try:
        os.stat(path)
    except OSError as err:
        return err.errno == errno.ELOOP
    return False


def dangling_link(path: Path) -> Path | None:
    """Where `path` points, when it is a link to a place whose folder is not there."""
    if not os.path.islink(path) or is_link_loop(path):
        return None
    target = Path(os.path.realpath(path))
    return None if target.parent.is_dir() else target


def is_plain_file_or_nothing(path: Path) -> bool:
    """Whether `path` (through any link) is a regular file or not there yet, rather than a
    pipe, a device, a FIFO or a socket (or a loop of links, which cannot be written)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def write_private_file(path: Path, text: str) -> None:
    """Write `text` to `path` whole and private (see private_writer)."""
    with private_writer(path) as handle:
        handle.write(text)


FULL_BELOW_BYTES = 64 * 1024  # a disk with less room than this counts as full


def disk_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has (next to) no room left; False when it cannot
    be asked."""
    try:
        room = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return room.f_bavail * room.f_frsize < FULL_BELOW_BYTES
