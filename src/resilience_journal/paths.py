"""The one place that decides where the journal, settings and prompt packs live."""

from __future__ import annotations

import contextlib
import os
import stat
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
    replaced, beside itself, and the link stays. A pipe, a device or a FIFO (`-o /dev/stdout`)
    is written in place: it cannot be renamed over."""
    if not is_plain_file_or_nothing(path):
        with open(path, "w", encoding="utf-8", newline="", buffering=buffering) as handle:
            yield handle
        return
    path = Path(os.path.realpath(path))
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=buffering) as handle:
            yield handle
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


def is_plain_file_or_nothing(path: Path) -> bool:
    """Whether `path` (through any link) is a regular file or not there yet, rather than a
    pipe, a device, a FIFO or a socket."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return True
    return stat.S_ISREG(mode) or stat.S_ISDIR(mode)


def write_private_file(path: Path, text: str) -> None:
    """Write `text` to `path` whole and private (see private_writer)."""
    with private_writer(path) as handle:
        handle.write(text)
