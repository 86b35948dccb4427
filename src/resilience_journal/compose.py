"""Getting text from a person: their editor, or lines typed at the terminal.

Whatever was typed survives an interruption: `Interrupted` carries the text so the caller can
keep it as a draft. No typer, no rich here.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from resilience_journal.errors import JournalError
from resilience_journal.paths import ensure_private_dir

COMMENT_CHARS = "#;@!$%^&|:"
SCISSORS = "------------------------ >8 ------------------------"


class Interrupted(Exception):  # noqa: N818 - it is an event, not a failure of ours
    """Writing stopped before it was finished (Ctrl-C, or the editor reported an error)."""

    def __init__(self, text: str, reason: str, exit_code: int) -> None:
        super().__init__(reason)
        self.text = text
        self.reason = reason
        self.exit_code = exit_code


def editor_command(configured: str, environ: os._Environ[str] | dict[str, str]) -> str | None:
    """The editor to use: the `editor` setting, then $VISUAL, then $EDITOR."""
    for candidate in (configured, environ.get("VISUAL", ""), environ.get("EDITOR", "")):
        if candidate.strip():
            return candidate.strip()
    return None


def comment_char(initial: str) -> str:
    """'#' unless the text already has lines starting with it (as git's commentChar=auto)."""
    starts = {line[:1] for line in initial.splitlines()}
    return next((c for c in COMMENT_CHARS if c not in starts), "#")


def template(initial: str, char: str, help_lines: list[str]) -> str:
    lines = [f"{char} {line}".rstrip() for line in help_lines]
    body = initial.rstrip("\n")
    return (body + "\n" if body else "\n") + "\n" + "\n".join(lines) + "\n"


def strip_comments(text: str, char: str) -> str:
    """Drop comment lines, and everything from a scissors line down, like `git commit`."""
    kept = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(char):
            if SCISSORS in line:
                break
            continue
        kept.append(line)
    return "\n".join(kept).strip("\n")


def with_editor(
    command: str,
    initial: str,
    help_lines: list[str],
    tmp_dir: Path,
    run: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run,
) -> str:
    """Open `command` on a private temp file holding `initial`; return the text, comments
    stripped. Raises Interrupted (with the text) on Ctrl-C or a non-zero exit."""
    char = comment_char(initial)
    ensure_private_dir(tmp_dir)
    fd, name = tempfile.mkstemp(prefix="entry-", suffix=".md", dir=tmp_dir)  # 0600
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(template(initial, char, help_lines))
        try:
            args = shlex.split(command)
        except ValueError:
            raise JournalError(f"The editor setting could not be read: {command!r}.") from None
        try:
            result = run([*args, str(path)])
        except KeyboardInterrupt:
            raise Interrupted(_read(path, char), "You stopped writing.", 130) from None
        except (FileNotFoundError, PermissionError):
            raise JournalError(
                f"The editor {args[0]!r} could not be started. Set one with "
                "`rj config set editor nano` (or $EDITOR); nothing was saved."
            ) from None
        text = _read(path, char)
        if result.returncode != 0:
            raise Interrupted(
                text, f"The editor exited with an error (code {result.returncode}).", 1
            )
        return text
    finally:
        path.unlink(missing_ok=True)


def _read(path: Path, char: str) -> str:
    try:
        return strip_comments(path.read_text(encoding="utf-8", errors="replace"), char)
    except OSError:
        return ""


def from_terminal(intro: str, initial: str = "") -> str:
    """Read lines typed at the terminal until Ctrl-D. Ctrl-C raises Interrupted with what was
    typed so far (plus `initial`, text being added to)."""
    print(intro, file=sys.stderr, flush=True)
    lines: list[str] = []
    try:
        while True:
            line = sys.stdin.readline()
            if not line:
                break
            lines.append(line)
    except KeyboardInterrupt:
        raise Interrupted(_join(initial, lines), "You stopped writing.", 130) from None
    return _join(initial, lines)


def _join(initial: str, lines: list[str]) -> str:
    typed = "".join(lines).rstrip("\n")
    if initial and typed:
        return initial.rstrip("\n") + "\n" + typed
    return initial or typed


def rescue(text: str, folder: Path, now: datetime) -> Path:
    """Last resort when the journal cannot take an entry: keep the text in a private file."""
    ensure_private_dir(folder)
    path = folder / f"rescued-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def read_stdin() -> str:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise JournalError("The text on standard input is not UTF-8; nothing was saved.") from None
