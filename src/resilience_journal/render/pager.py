"""Long output on a terminal goes through a pager, the way git does it: $RJ_PAGER, then
$PAGER, then `less -FRX`. Never when standard output is not a terminal.

No Rich here: `rj export` and the plain listings page text they already have."""

from __future__ import annotations

import errno
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any, TextIO

DEFAULT_PAGER = "less -FRX"


def on_terminal(stream: TextIO | None = None) -> bool:
    """Whether `stream` (standard output) is a terminal a person reads. TTY_COMPATIBLE=1 or
    0 says so outright, as it does for Rich; FORCE_COLOR does not make a file a terminal."""
    told = os.environ.get("TTY_COMPATIBLE", "")
    if told in ("0", "1"):
        return told == "1"
    return is_tty(sys.stdout if stream is None else stream)


def is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed, or not a real file
        return False


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run, as its words: RJ_PAGER, then PAGER, then less -FRX. Set to nothing,
    or to `cat`, means no pager (as in git). Unlike git, it is split into words, not run
    through a shell: a pager that is not there is then seen at once, and the text is printed
    as it is instead of lost (help-now --all goes through here)."""
    for name in ("RJ_PAGER", "PAGER"):
        if name in environ:
            chosen = environ[name].strip()
            break
    else:
        chosen = DEFAULT_PAGER
    try:
        words = shlex.split(chosen)
    except ValueError:  # an unclosed quote: no pager rather than a wrong one
        return None
    if not words or words == ["cat"]:
        return None
    return words


def pager_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The pager's environment: LESS=FRX and LV=-c when the person has not set them, as git
    does, so a short page is printed at once and colours pass through."""
    given = dict(environ)
    given.setdefault("LESS", "FRX")
    given.setdefault("LV", "-c")
    return given


class Pages:
    """Text on its way to the terminal. It is held until it is longer than the screen, and
    only then handed to the pager; a short text is printed as it is. A pager that cannot be
    started, or that the person closes early, is not an error."""

    def __init__(self, command: list[str], height: int, out: TextIO) -> None:
        self.command = command
        self.height = height
        self.out = out
        self.held: list[str] = []
        self.lines = 0
        self.process: subprocess.Popen[str] | None = None
        self.closed_early = False
        self.interrupt: Any = None

    def write(self, text: str) -> None:
        if self.closed_early:  # stops a long export; `rj export` ends quietly on it
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        if self.process is not None:
            self._send(text)
            return
        self.held.append(text)
        self.lines += text.count("\n")
        if self.lines >= self.height:
            self._start()

    def _start(self) -> None:
        try:
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                env=pager_environment(os.environ),
                text=True,
                encoding=getattr(self.out, "encoding", None) or "utf-8",
                errors="replace",
            )
        except OSError:  # not installed, not allowed: the text is printed as it is
            self.command = []
            self.height = sys.maxsize
            return
        # Ctrl-C belongs to the pager while it runs (less uses it to stop a search).
        self.interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        held, self.held = "".join(self.held), []
        self._send(held)

    def _send(self, text: str) -> None:
        assert self.process is not None and self.process.stdin is not None
        try:
            self.process.stdin.write(text)
        except (BrokenPipeError, OSError):  # the person quit the pager before the end
            self.closed_early = True

    def close(self) -> None:
        if self.process is None:
            self.out.write("".join(self.held))
            self.out.flush()
            return
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        self.process.wait()
        signal.signal(signal.SIGINT, self.interrupt)


def page_height() -> int:
    """The terminal's height in lines (LINES overrides it, as it does for Rich)."""
    lines = os.environ.get("LINES", "")
    if lines.isdigit() and int(lines) > 0:
        return int(lines)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).lines or 25
    except (OSError, ValueError):
        return 25


def can_page() -> bool:
    """A pager only ever runs for a real terminal on standard output."""
    return on_terminal() and is_tty(sys.stdout)


@contextmanager
def paged(wanted: bool) -> Iterator[TextIO | Pages]:
    """Where to write long output: the pager when it is wanted, stdout is a terminal and a
    pager is set; else standard output itself."""
    command = pager_command(os.environ) if wanted and can_page() else None
    if command is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    pages = Pages(command, page_height(), sys.stdout)
    try:
        yield pages
    finally:
        pages.close()
