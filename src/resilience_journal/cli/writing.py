"""Writing and changing entries: write, edit, and the drafts that keep interrupted text."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from resilience_journal.cli.app import commands, fail, now, say
from resilience_journal.cli.options import (
    DateOpt,
    IdArg,
    MoodOpt,
    PromptOpt,
    TagOpt,
    TitleOpt,
    ValueOpt,
    entry_options,
    parse_entry_id,
)
from resilience_journal.cli.state import State, state
from resilience_journal.errors import JournalError
from resilience_journal.messages import prompts as prompts_words
from resilience_journal.messages import safety as safety_words
from resilience_journal.messages import timer as timer_words
from resilience_journal.messages import values as values_words
from resilience_journal.messages import writing as words
from resilience_journal.messages.common import NOT_SAVED_NOW

if TYPE_CHECKING:
    from collections.abc import Callable

    from resilience_journal.compose import Written
    from resilience_journal.entries import Entry, EntryOptions
    from resilience_journal.journal import Journal
    from resilience_journal.prompts import Prompt
    from resilience_journal.timer import Timer


app = commands()


@app.command()
def write(
    ctx: typer.Context,
    text: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TEXT... | -]",
            help="The entry itself (quotes are optional), or - to read standard input. Leave "
            "it out to open your editor. Text typed here also lands in your shell history.",
            show_default=False,
        ),
    ] = None,
    title: TitleOpt = None,
    tag: TagOpt = None,
    value: ValueOpt = None,
    mood: MoodOpt = None,
    date: DateOpt = None,
    prompt: PromptOpt = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Bring back the text kept from an interrupted write.")
    ] = False,
    timer: Annotated[
        int | None,
        typer.Option(
            "--timer",
            metavar="MINUTES",
            min=1,
            max=180,
            show_default=False,
            help="A quiet countdown (15-20 minutes is usual); it never stops you.",
        ),
    ] = None,
) -> None:
    """Write a journal entry.

    With no TEXT on a terminal, your editor opens (the `editor` setting, $VISUAL or $EDITOR);
    lines starting with # are left out, as in git. With no editor set, type the entry and
    press Ctrl-D on a new line. If writing is interrupted, the text is kept as a draft, and
    `rj write --resume` brings it back. After writing there, rj offers your values to link
    the entry to (Enter skips); --value links them up front.

    Inline TEXT is quick, but your shell keeps it in its history file.

    On a terminal, rj first asks once a day how much distress you feel (0-10; Enter skips;
    `rj config set check_in off` stops it). `rj help-now` is there for a very hard moment.
    """
    from resilience_journal.compose import Written, read_stdin

    current = state(ctx)
    journal = current.journal()
    moment = now()
    options = entry_options(
        journal,
        moment,
        values=value or (),
        title=title,
        tags=tag or (),
        mood=mood,
        day=date,
        prompt_id=prompt,
    )
    if resume:
        if text:
            fail(words.RESUME_TAKES_NO_TEXT)
        _resume(current, journal, options, moment)
        return
    shown = None
    at_terminal = False
    clock = None
    if (text and text != ["-"]) or not sys.stdin.isatty():
        if timer is not None:
            fail(timer_words.TIMER_NEEDS_TERMINAL, 2)
        written = Written(" ".join(text) if text and text != ["-"] else read_stdin())
    else:
        from resilience_journal.cli.safety import check_in

        at_terminal = True
        check_in(current, journal, moment)
        waiting = journal.drafts.count()
        if waiting:
            say(words.drafts_waiting(waiting))
        intro = words.STDIN_INTRO if text == ["-"] else None
        shown = _prompt_to_show(current, journal, moment, options.prompt_id)
        if shown is not None:
            options = replace(options, prompt_id=shown.id)
        if timer is not None:
            from resilience_journal.timer import Timer

            clock = Timer(now(), timer)
        written = _compose(
            current,
            journal,
            "",
            options,
            moment,
            draft_id=None,
            intro=intro,
            prompt=shown,
            timer=clock,
        )
    if not written.text.strip():
        fail(words.EMPTY_NOT_SAVED)
    entry = _save(current, journal, written, options, moment, keep=at_terminal)
    if clock is not None:
        say(timer_words.wrote_for(clock.elapsed_minutes(now()), clock.minutes))
    if at_terminal and not value:
        _offer_values(journal, entry, moment)
    if shown is not None and shown.depth == "deep":
        _close_gently(current, journal, moment)


def _prompt_to_show(
    current: State, journal: Journal, moment: datetime, prompt_id: str | None
) -> Prompt | None:
    """The prompt to show above the writing space: the one asked for with --prompt (if the
    library has it), or else today's."""
    from resilience_journal.cli.prompts import library, todays_prompt

    if prompt_id is not None:
        try:
            return library(current).get(prompt_id)
        except JournalError as err:  # before anything is typed
            raise JournalError(f"{err.message} Nothing was saved.") from None
    return todays_prompt(current, journal, moment)


def _close_gently(current: State, journal: Journal, moment: datetime) -> None:
    """After a deep prompt, one grounding line to close with."""
    from resilience_journal.cli.prompts import library
    from resilience_journal.prompts import grounding_line

    line = grounding_line(library(current), journal.today(moment))
    if line is not None:
        say(words.before_you_go(line.text))


def _offer_values(journal: Journal, entry: Entry, moment: datetime) -> None:
    """After writing at the terminal: which of the person's values did this touch? The entry
    is already saved, so skipping or stopping here loses nothing."""
    from dataclasses import replace

    from resilience_journal.cli.ask import ask_until
    from resilience_journal.entries import EntryOptions

    known = [value.name for value in journal.values.all()]
    if not known:
        return

    by_name = {name.lower(): name for name in known}

    def one(word: str) -> str:
        if word.isdigit() and 1 <= int(word) <= len(known):
            return known[int(word) - 1]
        if " ".join(word.lower().split()) in by_name:
            return by_name[" ".join(word.lower().split())]
        raise ValueError()

    def read(answer: str) -> tuple[str, ...]:
        """Numbers or names, separated by commas or spaces ("2, being present" or "1 3")."""
        picked = []
        for part in filter(str.strip, answer.split(",")):
            try:
                picked.append(one(part.strip()))
            except ValueError:
                picked += [one(word) for word in part.split()]
        return tuple(dict.fromkeys(picked))

    try:
        picked = ask_until(words.values_picker(known), read, values_words.PICK_ASK_AGAIN)
    except KeyboardInterrupt:
        say("")
        return
    if picked:
        journal.entries.update(entry, None, replace(EntryOptions(), values=picked), moment)
        say(words.linked_values(entry.id, list(picked)))


def _save(
    current: State,
    journal: Journal,
    written: Written,
    options: EntryOptions,
    moment: datetime,
    *,
    keep: bool = False,
    draft_id: int | None = None,
) -> Entry:
    """Save a new entry. If the journal cannot take it (busy, disk full, damaged), the text
    goes to a private rescue file instead of being lost. With `keep` (text typed in rj, which
    exists nowhere else), text longer than an entry holds is kept as a draft to trim."""
    from resilience_journal.entries import TooLong

    try:
        entry = journal.entries.add(written.text, options, moment)
    except sqlite3.Error:
        _rescue(current, written.text, moment, 1)
    except TooLong as err:
        if not keep:
            raise
        _keep_draft(
            current,
            journal,
            written.text,
            options,
            moment,
            entry_id=None,
            draft_id=draft_id,
            why=err.reason,
            code=1,
        )
    say(words.saved(entry))
    if written.left_out:
        say(words.left_out(written.left_out, written.mark))
    if (offer := safety_words.low_mood(entry.mood)) is not None:
        say(offer)
    return entry


def _rescue(current: State, text: str, moment: datetime, code: int) -> NoReturn:
    """The last resort: the text in a private file next to the journal, and where it is."""
    from resilience_journal.compose import rescue

    kept = rescue(text, current.paths().data_dir, moment)
    fail(words.rescued(str(kept)), code)


def _keep_draft(
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
    """Keep text that could not be saved as an entry: as a draft, or if even that fails, in
    a private rescue file. Then stop with `why` and how to get it back."""
    try:
        journal.drafts.save(text, options, moment, entry_id=entry_id, draft_id=draft_id)
    except sqlite3.Error:
        _rescue(current, text, moment, code)
    hint = f"rj edit {entry_id}" if entry_id is not None else "rj write --resume"
    fail(f"{why} {words.kept_as_draft(hint)}", code)


def _compose(
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
    words that start typing at the terminal."""
    from resilience_journal.compose import Interrupted, editor_command, from_terminal, with_editor

    command = editor_command(current.settings().editor, os.environ)
    try:
        if command and intro is None:
            above = header if header is not None else prompts_words.prompt_lines(prompt)
            lines = [*above, *words.EDITOR_HELP]
            if timer is not None:
                say(timer_words.timer_start(timer.minutes, at_terminal=False))
            return with_editor(command, initial, lines, current.paths().tmp_dir)
        if entry_id is not None:
            raise JournalError(words.EDIT_NEEDS_EDITOR)
        if initial or prompt or header:
            from resilience_journal.render import prompts as prompts_view
            from resilience_journal.render.common import message, print_to

            if initial:
                shown = message(initial)
            elif header:
                shown = message("\n".join(line for line in header if line))
            else:
                shown = prompts_view.prompt_block(prompt)
            print_to(shown, stderr=True)
        default = words.TERMINAL_ADD_INTRO if initial else words.TERMINAL_INTRO
        after_line = None
        if timer is not None:
            say(timer_words.timer_start(timer.minutes, at_terminal=True))
            after_line = _timer_notices(timer)
        return from_terminal(intro or typing_intro or default, initial, after_line=after_line)
    except Interrupted as stop:
        if not stop.text.strip():
            fail(words.nothing_typed(stop.reason), stop.exit_code)
        _keep_draft(
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


def _timer_notices(timer: Timer) -> Callable[[], None]:
    """After each line typed: a word about the time, when there is one to say."""

    def after_line() -> None:
        notice = timer.notice(now())
        if notice is not None:
            say(timer_words.timer_notice(*notice))

    return after_line


def _resume(current: State, journal: Journal, options: EntryOptions, moment: datetime) -> None:
    from resilience_journal.compose import Written

    draft = journal.drafts.latest()
    if draft is None:
        fail(words.NO_DRAFT)
    options = draft.options.merged(options)
    if sys.stdin.isatty():
        written = _compose(current, journal, draft.body, options, moment, draft_id=draft.id)
    else:
        written = Written(draft.body)  # no terminal: save the draft as it is
    if not written.text.strip():
        journal.drafts.discard(draft.id)
        say(words.DRAFT_DISCARDED)
        return
    _save(current, journal, written, options, moment, keep=True, draft_id=draft.id)
    journal.drafts.discard(draft.id)
    waiting = journal.drafts.count()
    if waiting:
        say(words.drafts_waiting(waiting))


@app.command()
def edit(
    ctx: typer.Context,
    number: IdArg,
    title: Annotated[
        str | None,
        typer.Option(
            "--title", "-t", metavar="TITLE", help='A new title; "" removes it.', show_default=False
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", metavar="TAG", help="Replace the tags; repeat for more.", show_default=False
        ),
    ] = None,
    mood: Annotated[
        str | None,
        typer.Option(
            "--mood",
            "-m",
            metavar="0-10",
            help='A new mood; "none" removes it.',
            show_default=False,
        ),
    ] = None,
    no_tags: Annotated[bool, typer.Option("--no-tags", help="Remove all its tags.")] = False,
    value: Annotated[
        list[str] | None,
        typer.Option(
            "--value",
            metavar="VALUE",
            help="Replace the values it lived; repeat for more.",
            show_default=False,
        ),
    ] = None,
    no_values: Annotated[
        bool, typer.Option("--no-values", help="Unlink it from all values.")
    ] = False,
    date: DateOpt = None,
    prompt: PromptOpt = None,
) -> None:
    """Change an entry. With no options, your editor opens on its text.

    With --title, --tag, --no-tags, --value, --no-values, --mood, --date or --prompt, only
    those change and no editor opens. Closing the editor without changes changes nothing.
    """
    current = state(ctx)
    journal = current.journal(create=False)
    moment = now()
    entry = journal.entries.get(parse_entry_id(number))
    options = entry_options(
        journal,
        moment,
        "Nothing was changed.",
        values=value or (),
        title=title,
        tags=tag or (),
        mood=mood,
        day=date,
        prompt_id=prompt,
        clear_tags=no_tags,
        clear_values=no_values,
    )
    body = None
    draft = None
    written = None
    if not (no_tags or no_values) and all(
        given is None for given in (title, tag, value, mood, date, prompt)
    ):
        if not sys.stdin.isatty():
            fail(words.EDIT_NEEDS_TERMINAL)
        draft = journal.drafts.latest(entry.id)
        if draft is not None:
            say(words.picking_up_draft(entry.id))
        initial = draft.body if draft else entry.body
        written = _compose(
            current,
            journal,
            initial,
            options,
            moment,
            draft_id=draft.id if draft else None,
            entry_id=entry.id,
        )
        if not written.text.strip():
            if draft is not None:
                journal.drafts.discard(draft.id)
            fail(words.cannot_empty(entry.id))
        body = written.text
    from resilience_journal.entries import TooLong

    try:
        updated = journal.entries.update(entry, body, options, moment)
    except (sqlite3.Error, TooLong) as err:
        if body is None:
            raise
        why = err.reason if isinstance(err, TooLong) else NOT_SAVED_NOW
        _keep_draft(
            current,
            journal,
            body,
            options,
            moment,
            entry_id=entry.id,
            draft_id=draft.id if draft else None,
            why=why,
            code=1,
        )
    if draft is not None:
        journal.drafts.discard(draft.id)
    say(words.unchanged(entry.id) if updated == entry else words.updated(entry.id))
    if written is not None and written.left_out:
        say(words.left_out(written.left_out, written.mark))
