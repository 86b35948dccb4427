"""Getting text down without losing it: the editor or the terminal, and where text goes that
could not be saved (a draft, or a private rescue file). Shared by `rj write`, `rj edit` and
the weekly review; writing.py decides, this asks, shows and keeps."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, NoReturn

from resilience_journal import writing
from resilience_journal.cli.app import fail, now, say
from resilience_journal.cli.compose import (
    Interrupted,
    Written,
    editor_command,
    from_terminal,
    print_back,
    read_stdin,
    rescue,
    with_editor,
)
from resilience_journal.cli.state import State
from resilience_journal.entries import EntryOptions, TooLong
from resilience_journal.errors import ReadOnlyJournal
from resilience_journal.journal import Journal
from resilience_journal.messages import writing as words
from resilience_journal.timer import Timer

if TYPE_CHECKING:
    from resilience_journal.prompting.packs import Prompt


def compose(
    current: State,
    journal: Journal,
    initial: str,
    options: EntryOptions,
    moment: datetime,
    *,
    draft_id: int | None,
    entry_id: int | None = None,
    intro: str | None = None,
    prompt: Prompt | None = None,
    header: list[str] | None = None,
    typing_intro: str | None = None,
    timer: Timer | None = None,
) -> Written:
    """Get text from the editor (or the terminal); keep it as a draft if interrupted.
    A prompt, if given, is shown above: as comment lines in the editor's file. `header`
    lines take the prompt's place (the weekly review's questions), and `typing_intro` the
    words that start typing at the terminal. With `entry_id`, the text is a change to
    that entry, and an interruption keeps it as a draft of that change."""
    command = editor_command(current.settings().editor, os.environ)
    try:
        editor = writing.editor_to_use(command, intro=intro, editing=entry_id is not None)
        if editor is not None:
            if timer is not None:
                say(timer.started(in_editor=True))
            lines = writing.editor_lines(prompt, header)
            return with_editor(editor, initial, lines, current.paths().tmp_dir)
        above = writing.shown_above(initial, header, prompt)
        if above is not None:
            # deferred: Rich costs ~40 ms; only text or a prompt shown above the lines needs it
            from resilience_journal.render import writing as view
            from resilience_journal.render.common import print_to  # deferred: Rich, as above

            print_to(view.above_typing(above), stderr=True)
        after_line = None
        if timer is not None:
            say(timer.started(in_editor=False))
            after_line = _notices(timer)
        start = writing.typing_intro(initial, intro, typing_intro)
        return from_terminal(start, initial, after_line=after_line)
    except Interrupted as stop:
        if not stop.text.strip():
            fail(words.nothing_typed(stop.reason), stop.exit_code)
        keep_draft(
            current,
            journal,
            stop.text,
            options,
            moment,
            entry_id=entry_id,
            draft_id=draft_id,
            why=stop.reason,
            code=stop.exit_code,
        )


def open_to_write(current: State, text: list[str] | None, moment: datetime) -> Journal:
    """The journal, to write in. If it cannot be opened to write (busy past waiting while
    other processes make it, a full disk), text given on the command line or piped in is
    kept in a rescue file, and rj says where; nothing has been typed here yet."""
    try:
        return current.journal()
    except sqlite3.OperationalError:
        if not text:
            raise
        given = read_stdin() if text == ["-"] else " ".join(text)
        if not given.strip():
            raise
        rescue_text(current, given, moment, 1)


def _notices(timer: Timer) -> Callable[[], None]:
    """After each line typed: a word about the time, when there is one to say."""

    def after_line() -> None:
        notice = timer.said_now(now())
        if notice is not None:
            say(notice)

    return after_line


def keep_draft(
    current: State,
    journal: Journal,
    text: str,
    options: EntryOptions,
    moment: datetime,
    *,
    entry_id: int | None,
    draft_id: int | None,
    why: str,
    code: int,
) -> NoReturn:
    """Keep text that could not be saved as an entry: as a draft (of a change to `entry_id`,
    or of a new entry), or if even that fails, in a private rescue file. Then stop with
    `why` and how to get it back."""
    try:
        journal.drafts.save(text, options, moment, entry_id=entry_id, draft_id=draft_id)
    except ReadOnlyJournal:
        rescue_text(current, text, moment, code, read_only_why=why)
    except sqlite3.Error:
        rescue_text(current, text, moment, code)
    fail(words.kept_as_draft(why, entry_id), code)


def rescue_text(
    current: State, text: str, moment: datetime, code: int, *, read_only_why: str | None = None
) -> NoReturn:
    """The last resort: the whole text in a private file (beside the journal, else in the
    runtime or temporary folder) and where it is; when no place can hold all of it, the
    text printed back between two plain lines. Never a rescue that was not completed.
    `read_only_why`, when the journal is read-only: why the text was not saved (empty when
    it was simply refused)."""
    folder = current.paths().data_dir
    kept = rescue(text, folder, moment)
    if kept is None:
        print_back(text)
        fail(words.PRINTED_BACK, code)
    if read_only_why is not None:
        fail(words.read_only_rescued(read_only_why, str(kept)), code)
    if kept.parent == folder:
        fail(words.rescued(str(kept)), code)
    fail(words.rescued_elsewhere(str(kept)), code)


def refused(
    error: sqlite3.Error | TooLong | ReadOnlyJournal,
    current: State,
    journal: Journal,
    text: str,
    options: EntryOptions,
    moment: datetime,
    *,
    typed_here: bool,
    entry_id: int | None = None,
    draft_id: int | None = None,
) -> NoReturn:
    """The journal did not take this text (a new entry, or a change to `entry_id`): keep it
    as writing.when_refused says, or let the error stand."""
    if isinstance(error, ReadOnlyJournal):  # no draft can be written there either
        if not typed_here:  # given on the command line or piped in: it is still there
            raise error
        rescue_text(current, text, moment, 1, read_only_why="")
    keep = writing.when_refused(error, typed_here=typed_here, editing=entry_id is not None)
    if keep is None:
        raise error
    if not keep.as_draft:
        rescue_text(current, text, moment, 1)
    keep_draft(
        current,
        journal,
        text,
        options,
        moment,
        entry_id=entry_id,
        draft_id=draft_id,
        why=keep.why,
        code=1,
    )
