"""`rj write --unsent`: text written to be let out, not kept. It is taken as `rj write`
takes text (the editor, lines typed at the terminal, standard input or the command line),
shown back once (or, off a terminal, said to be received), then dropped.

It never reaches the journal: this path opens no journal at all, so nothing of it is in the
journal file, its write-ahead log, drafts, exports or the search index, and rj keeps no
logs. The editor's file lives in a private folder of its own, and every file in that folder
(the editor's swap or backup files included) is overwritten with zeros and removed, however
the editor ends. An editor that saves by writing a new file and renaming it can leave the
old blocks on the disk until they are reused; the file system, not rj, decides that."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Annotated

import typer

from resilience_journal.cli.app import fail, say
from resilience_journal.cli.compose import (
    Interrupted,
    editor_command,
    from_terminal,
    read_stdin,
    strip_comments,
    template,
)
from resilience_journal.cli.compose import comment_lines as comments
from resilience_journal.cli.output import to_screen
from resilience_journal.cli.signals import stopped_as_by_ctrl_c
from resilience_journal.cli.state import State
from resilience_journal.errors import SaidInFull
from resilience_journal.messages import unsent as words
from resilience_journal.messages import writing as writing_words
from resilience_journal.paths import ensure_private_dir
from resilience_journal.store import leftovers
from resilience_journal.text import count_words

UnsentOpt = Annotated[bool, typer.Option("--unsent", help=words.UNSENT_HELP)]


def write_unsent(current: State, text: list[str] | None, *, alone: bool) -> None:
    """Take the text, show it back (or say it was received), and keep none of it. `alone`:
    no option that would keep something (a title, a mood, --json…) was given."""
    if not alone:
        fail(words.ALONE, 2)
    dash = list(text or ()) == ["-"]
    in_editor = False
    try:
        if text and not dash:
            written = " ".join(text)
        elif not sys.stdin.isatty():
            written = read_stdin()
        else:
            command = editor_command(current.settings().editor, os.environ)
            in_editor = bool(command) and not dash
            if command and not dash:
                written = in_private_editor(command, current.paths().tmp_dir)
            else:
                written = from_terminal(words.TYPING_INTRO).text
    except Interrupted as stop:
        del stop.text  # what was typed goes no further
        fail(words.STOPPED if stop.exit_code == 130 else stop.reason, stop.exit_code)
    except KeyboardInterrupt:
        say("")
        fail(words.STOPPED, 130)
    if not written.strip():
        fail(words.EMPTY, 1)  # as `rj write` with nothing to save
    if to_screen():
        # deferred: Rich, drawn only when the text is shown back
        from resilience_journal.render.common import print_to
        from resilience_journal.render.unsent import shown_back  # deferred: Rich, as above

        print_to(shown_back(written))
    else:  # a pipe or a file would keep it: said to be received, never written out
        say(words.received(count_words(written)))
    del written
    say(words.GONE + (" " + words.EDITOR_FILE_GONE if in_editor else ""))
    if text and not dash:
        say(words.SHELL_HISTORY)
    say(words.LAND)


def in_private_editor(command: str, tmp_dir: Path) -> str:
    """The editor on a file in a private folder of its own; the text, comments stripped.
    The folder and all in it are overwritten and removed before this returns or raises."""
    try:
        args = shlex.split(command)
    except ValueError:
        raise SaidInFull(writing_words.editor_unreadable(command)) from None
    try:
        ensure_private_dir(tmp_dir)
        _wipe_left_behind(tmp_dir)
        folder = Path(tempfile.mkdtemp(prefix=f"unsent-{os.getpid()}-", dir=tmp_dir))  # 0700
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix=f"rj-unsent-{os.getpid()}-"))
    path = folder / "unsent.md"
    ours = comments("#", words.EDITOR_HELP)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(template("", "#", words.EDITOR_HELP))
        try:
            with stopped_as_by_ctrl_c():  # a closed terminal still wipes the folder
                result = subprocess.run([*args, str(path)])
        except KeyboardInterrupt:
            raise Interrupted("", words.STOPPED, 130) from None
        except (FileNotFoundError, PermissionError):
            raise SaidInFull(writing_words.editor_not_started(args[0])) from None
        if result.returncode != 0:
            raise Interrupted("", words.editor_stopped(result.returncode), 1)
        try:
            raw = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            raw = ""
        return strip_comments(raw, "#", ours).text
    finally:
        wipe(folder)


def _wipe_left_behind(tmp_dir: Path) -> None:
    """The folder of an earlier `--unsent` whose rj was killed (SIGKILL, the power gone)
    before it could wipe it (in rj's folder, or the system's temporary one when rj's could
    not be made): wiped now, once that process is gone (never another window's editor,
    still open), and only this person's."""
    found = [*tmp_dir.glob("unsent-*-*"), *Path(tempfile.gettempdir()).glob("rj-unsent-*-*")]
    mine = os.getuid() if hasattr(os, "getuid") else None  # no owners to tell on Windows
    for folder in found:
        pid = folder.name.removeprefix("rj-").split("-")[1]
        if (
            folder.is_dir()
            and mine in (None, folder.stat().st_uid)
            and pid.isdigit()
            and not leftovers.running(int(pid))
        ):
            wipe(folder)


def wipe(folder: Path) -> None:
    """Overwrite every file under `folder` with zeros, then remove them and the folder."""
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            with suppress(OSError):
                path.rmdir()
            continue
        if path.is_file() and not path.is_symlink():
            with suppress(OSError):
                _zero(path)
        with suppress(OSError):
            path.unlink()
    with suppress(OSError):
        folder.rmdir()


def _zero(path: Path) -> None:
    """Overwrite a file's bytes with zeros, in place, and wait for the disk to have them."""
    descriptor = os.open(path, os.O_WRONLY)
    try:
        left = os.fstat(descriptor).st_size
        while left > 0:  # os.write may write less than asked
            left -= os.write(descriptor, b"\0" * min(left, 1 << 20))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
