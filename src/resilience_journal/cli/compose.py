"""Getting text from a person: their editor, lines typed at the terminal, or standard
input. Terminal and editor I/O, so it lives with the commands (none of them its own).

Whatever was typed survives an interruption: `Interrupted` carries the text so the caller can
keep it as a draft. No typer, no rich here.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from resilience_journal import rescue as rescuing
from resilience_journal.cli.app import for_stderr
from resilience_journal.entries import MAX_BODY
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.messages import writing as words
from resilience_journal.messages.common import NOTHING_SAVED
from resilience_journal.paths import ensure_private_dir

COMMENT_CHARS = "#;@!$%^&|:"


@dataclass(frozen=True)
class Written:
    text: str
    left_out: int = 0  # comment lines of the person's own that were dropped
    mark: str = "#"  # the comment mark the editor file used


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


def comment_lines(char: str, help_lines: Sequence[str]) -> list[str]:
    return [f"{char} {line.replace('#', char)}".rstrip() for line in help_lines]


def template(initial: str, char: str, help_lines: Sequence[str]) -> str:
    body = initial.rstrip("\n")
    lines = comment_lines(char, help_lines)
    return (body + "\n" if body else "\n") + "\n" + "\n".join(lines) + "\n"


def strip_comments(text: str, char: str, ours: Sequence[str] = ()) -> Written:
    """Drop comment lines, like `git commit`. Counts the comment lines that were not `ours`
    (the template's own help lines), so the person can be told."""
    kept = []
    left_out = 0
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(char):
            left_out += line.rstrip() not in ours
            continue
        kept.append(line)
    return Written("\n".join(kept).strip("\n"), left_out, char)


def with_editor(command: str, initial: str, help_lines: Sequence[str], tmp_dir: Path) -> Written:
    """Open `command` on a private temp file holding `initial`; return the text, comments
    stripped. Raises Interrupted (with the text) on Ctrl-C or a non-zero exit."""
    char = comment_char(initial)
    own_folder = None
    try:
        ensure_private_dir(tmp_dir)
        fd, name = tempfile.mkstemp(prefix="entry-", suffix=".md", dir=tmp_dir)  # 0600
    except OSError:  # a journal's folder that cannot be written: a private one of its own
        own_folder = Path(tempfile.mkdtemp(prefix="rj-editing-"))  # 0700
        fd, name = tempfile.mkstemp(prefix="entry-", suffix=".md", dir=own_folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(template(initial, char, help_lines))
        try:
            args = shlex.split(command)
        except ValueError:
            raise SaidInFull(words.editor_unreadable(command)) from None
        try:
            result = subprocess.run([*args, str(path)])
        except KeyboardInterrupt:
            raise Interrupted(_read(path, char).text, words.STOPPED_WRITING, 130) from None
        except (FileNotFoundError, PermissionError):
            raise SaidInFull(words.editor_not_started(args[0])) from None
        written = _read(path, char, comment_lines(char, help_lines))
        if result.returncode != 0:
            raise Interrupted(written.text, words.editor_exited(result.returncode), 1)
        return written
    finally:
        path.unlink(missing_ok=True)
        if own_folder is not None:
            own_folder.rmdir()


def _read(path: Path, char: str, ours: Sequence[str] = ()) -> Written:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return Written("")
    return strip_comments(raw, char, ours)


def from_terminal(
    intro: str, initial: str = "", after_line: Callable[[], None] | None = None
) -> Written:
    """Read lines typed at the terminal until Ctrl-D on a new line. Ctrl-C raises Interrupted
    with everything typed so far, the unfinished line included (plus `initial`, the text being
    added to). readline gives line editing and lets us keep that unfinished line.
    `after_line`, if given, runs after each line (the writing timer's quiet notices)."""
    try:
        import readline  # deferred: it changes every input() after it; only typing here wants it
    except ImportError:  # pragma: no cover - platforms without readline
        readline = None  # type: ignore[assignment]
    print(for_stderr(intro), file=sys.stderr, flush=True)  # wrapped between words
    lines: list[str] = []
    try:
        while True:
            lines.append(input() + "\n")
            if after_line is not None:
                after_line()
    except EOFError:
        pass
    except KeyboardInterrupt:
        partial = readline.get_line_buffer() if readline else ""
        if partial:
            lines.append(partial)
        print(file=sys.stderr)  # the message starts on its own line, not after ^C
        raise Interrupted(_join(initial, lines), words.STOPPED_WRITING, 130) from None
    return Written(_join(initial, lines))


def _join(initial: str, lines: list[str]) -> str:
    typed = "".join(lines).rstrip("\n")
    if initial and typed:
        return initial.rstrip("\n") + "\n" + typed
    return initial or typed


def rescue(text: str, folder: Path, now: datetime) -> Path | None:
    """Last resort when the journal cannot take an entry: keep the whole text in a private
    file, beside the journal (`folder`) or, when its disk cannot take it, in this person's
    runtime or temporary folder. None when no place could hold all of it."""
    return rescuing.keep(text, rescuing.places(folder), now)


def print_back(text: str) -> None:
    """The very last resort: the text itself on standard error, between two plain lines,
    so the person can copy it."""
    sys.stderr.write(
        f"{words.PRINTED_BACK_START}\n{text.rstrip(chr(10))}\n{words.PRINTED_BACK_END}\n"
    )
    sys.stderr.flush()


def read_stdin() -> str:
    """Standard input as text. Read no further than the longest entry can be (in UTF-8, up
    to 4 bytes a character), so an endless stream is refused rather than read forever."""
    most = 4 * MAX_BODY
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    data: bytes | str = stream.read(most + 1)
    if len(data) > most:
        raise JournalError(words.stdin_too_long(MAX_BODY), outcome=NOTHING_SAVED)
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SaidInFull(words.STDIN_NOT_UTF8) from None
