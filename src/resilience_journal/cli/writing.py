"""rj write and rj edit: a new entry, a change to one, and a draft brought back.

Thin on purpose: writing.py decides (where the text comes from, the options, the prompt,
what becomes of text the journal did not take, the values offered); cli/drafting.py gets
the text down and keeps it if it cannot be saved; this module asks, calls and says."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from resilience_journal import writing
from resilience_journal.cli import after_writing as after
from resilience_journal.cli import completion, drafting
from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, outcome, say
from resilience_journal.cli.compose import Written, read_stdin
from resilience_journal.cli.options import (
    DateOpt,
    IdArg,
    MoodOpt,
    PromptOpt,
    TagOpt,
    TitleOpt,
    ValueOpt,
)
from resilience_journal.cli.safety import check_in
from resilience_journal.cli.state import State, state
from resilience_journal.cli.unsent import UnsentOpt, write_unsent
from resilience_journal.entries import Entry, EntryOptions, TooLong, parse_entry_id
from resilience_journal.errors import ReadOnlyJournal
from resilience_journal.journal import Journal
from resilience_journal.messages import writing as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.messages.review import review_saved
from resilience_journal.timer import Timer

if TYPE_CHECKING:
    from resilience_journal.prompting.packs import Prompt


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
    unsent: UnsentOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Write a journal entry.

    With no TEXT on a terminal, your editor opens (the `editor` setting, $VISUAL or $EDITOR);
    lines starting with # are left out, as in git. With no editor set, type the entry and
    press Ctrl-D on a new line. If writing is interrupted, the text is kept as a draft, and
    `rj write --resume` brings it back. After writing there, rj offers your values to link
    the entry to (Enter skips); --value links them up front.

    Inline TEXT is quick, but your shell keeps it in its history file.

    After writing there, rj asks your mood, from 0 (lowest) to 10 (best); Enter skips, and
    `rj config set ask_mood off` stops it.

    On a terminal, rj first asks once a day how much distress you feel, from 0 (none) to 10
    (the most you can imagine); Enter skips, and `rj config set check_in off` stops it.
    `rj help-now` is there for a very hard moment. With --unsent, nothing is kept.
    """
    current = state(ctx)
    if unsent:  # kept nowhere: the journal is not even opened
        kept = (title, tag, value, mood, date, prompt, timer, resume or None, as_json or None)
        return write_unsent(current, text, alone=all(option is None for option in kept))
    moment = now()
    journal = drafting.open_to_write(current, text, moment)
    with _checking(ctx):
        options = writing.entry_options(
            journal.today(moment),
            journal.values.resolve,
            values=value or (),
            title=title,
            tags=tag or (),
            mood=mood,
            day=date,
            prompt_id=prompt,
        )
        source = writing.source(text, resume=resume, timer=timer, terminal=sys.stdin.isatty())
    if source.resume:
        resumed = _resume(current, journal, options, moment)
        if as_json:
            json_out(journal.entries.get(resumed.id).to_json() if resumed else None)
        return
    shown = None
    clock = None
    if source.typed_here:
        _before_writing(current, journal, moment)
        with _checking(ctx):
            shown = _prompt_to_show(current, journal, moment, options.prompt_id)
        options = writing.answering(options, shown)
        clock = None if timer is None else Timer(now(), timer)
        written = drafting.compose(
            current,
            journal,
            "",
            options,
            moment,
            draft_id=None,
            intro=source.intro,
            prompt=shown,
            timer=clock,
        )
    else:
        written = Written(source.inline if source.inline is not None else read_stdin())
    if not written.text.strip():
        fail(words.EMPTY_NOT_SAVED)
    entry = _save(current, journal, written, options, moment, typed_here=source.typed_here)
    landing = source.typed_here and writing.lands_first(shown)
    if landing:
        after.land()  # first, before the save is said
    _announce(entry, written)
    if clock is not None:
        say(clock.wrote_for(now()))
    enabled, stopped = current.settings().asks_mood, False
    if writing.asks_mood(typed_here=source.typed_here, mood=entry.mood, enabled=enabled):
        entry, stopped = after.ask_mood(journal, entry, moment)
    after.help_if_low(current, entry.mood)
    if not stopped and writing.offers_values(
        typed_here=source.typed_here, linked=value or (), landing=landing
    ):
        after.offer_values(journal, entry, moment)
    if as_json:  # the entry as it is after the questions: its mood, its values
        json_out(journal.entries.get(entry.id).to_json())


@contextmanager
def _checking(ctx: typer.Context) -> Iterator[None]:
    """Checks made before anything is typed or saved (the options, the prompt asked for):
    an error they raise ends with "Nothing was saved.". The declaration ends with the block,
    because later errors either say what became of the text themselves (a draft kept, a
    rescue file) or come after the entry is saved, when "Nothing was saved" would be
    untrue."""
    outcome(ctx, NOTHING_SAVED)
    yield
    outcome(ctx, "")  # an error from here on is shown as it is worded


def _before_writing(current: State, journal: Journal, moment: datetime) -> None:
    """At the terminal, before anything is typed: the day's check-in (once a day), the word
    on pace (the first time only), and a word about drafts waiting to be resumed."""
    check_in(current, journal, moment)
    # deferred: the prompt library's module, loaded only when writing at the terminal
    from resilience_journal.cli.prompting import explain_pace

    explain_pace(current, journal, moment, below=False)
    waiting = journal.drafts.count()
    if waiting:
        say(words.drafts_waiting(waiting))


def _prompt_to_show(
    current: State, journal: Journal, moment: datetime, asked: str | None
) -> Prompt | None:
    # deferred: the prompt library (YAML), read only when writing at the terminal
    from resilience_journal.cli.prompting import library, todays_prompt

    return writing.prompt_to_show(
        asked,
        lambda prompt_id: library(current).get(prompt_id),
        lambda: todays_prompt(current, journal, moment),
    )


def _save(
    current: State,
    journal: Journal,
    written: Written,
    options: EntryOptions,
    moment: datetime,
    *,
    typed_here: bool,
    draft_id: int | None = None,
) -> Entry:
    """Save a new entry (the caller says so). Text the journal does not take goes to a
    draft or a rescue file, as writing.when_refused says."""
    try:
        entry = journal.entries.add(written.text, options, moment)
    except (sqlite3.Error, TooLong, ReadOnlyJournal) as err:
        drafting.refused(
            err,
            current,
            journal,
            written.text,
            options,
            moment,
            typed_here=typed_here,
            draft_id=draft_id,
        )
    return entry


def _announce(entry: Entry, written: Written) -> None:
    """Say what was saved, and any lines left out of it."""
    if entry.kind == "review":  # a weekly review's draft, brought back
        say(review_saved(entry.review_week or "", entry.id, entry.words, added=False))
    else:
        say(words.entry_saved(entry.id, entry.day, entry.words))
    if written.left_out:
        say(words.left_out(written.left_out, written.mark))


def _resume(
    current: State, journal: Journal, options: EntryOptions, moment: datetime
) -> Entry | None:
    """The newest draft, with the options given now over its own: in the editor at a
    terminal, as it is without one. Emptied, it is discarded (None); saved, too (the entry
    it became)."""
    draft = journal.drafts.latest()
    if draft is None:
        fail(words.NO_DRAFT)
    options = draft.options.merged(options)
    if sys.stdin.isatty():
        written = drafting.compose(current, journal, draft.body, options, moment, draft_id=draft.id)
    else:
        written = Written(draft.body)  # no terminal: save the draft as it is
    if not written.text.strip():
        journal.drafts.discard(draft.id)
        say(words.DRAFT_DISCARDED)
        return None
    entry = _save(current, journal, written, options, moment, typed_here=True, draft_id=draft.id)
    _announce(entry, written)
    after.help_if_low(current, entry.mood)
    journal.drafts.discard(draft.id)
    waiting = journal.drafts.count()
    if waiting:
        say(words.drafts_waiting(waiting))
    return entry


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
            "--tag",
            metavar="TAG",
            help="Replace the tags; repeat for more.",
            show_default=False,
            autocompletion=completion.tags,
        ),
    ] = None,
    mood: Annotated[
        str | None,
        typer.Option(
            "--mood",
            "-m",
            metavar="0-10",
            help='A new mood, from 0 (lowest) to 10 (best); "none" removes it.',
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
            autocompletion=completion.values,
        ),
    ] = None,
    no_values: Annotated[
        bool, typer.Option("--no-values", help="Unlink it from all values.")
    ] = False,
    date: DateOpt = None,
    prompt: PromptOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Change an entry. With no options, your editor opens on its text.

    With --title, --tag, --no-tags, --value, --no-values, --mood, --date or --prompt, only
    those change and no editor opens. Closing the editor without changes changes nothing.
    """
    current = state(ctx)
    journal = current.journal(create=False)
    moment = now()
    entry = journal.entries.get(parse_entry_id(number))
    outcome(ctx, NOTHING_CHANGED)
    options = writing.entry_options(
        journal.today(moment),
        journal.values.resolve,
        values=value or (),
        title=title,
        tags=tag or (),
        mood=mood,
        day=date,
        prompt_id=prompt,
        clear_tags=no_tags,
        clear_values=no_values,
    )
    if writing.edits_text(options):
        _edit_text(current, journal, entry, options, moment)
    else:
        updated = journal.entries.update(entry, None, options, moment)
        say(words.unchanged(entry.id) if updated == entry else words.updated(entry.id))
        if options.mood is not None and updated.mood != entry.mood:
            after.help_if_low(current, updated.mood)
    if as_json:
        json_out(journal.entries.get(entry.id).to_json())


def _edit_text(
    current: State, journal: Journal, entry: Entry, options: EntryOptions, moment: datetime
) -> None:
    """The entry's text in the editor (or the changes kept from last time, as a draft)."""
    if not sys.stdin.isatty():
        fail(words.EDIT_NEEDS_TERMINAL)
    draft = journal.drafts.latest(entry.id)
    if draft is not None:
        say(words.picking_up_draft(entry.id))
    draft_id = draft.id if draft is not None else None
    written = drafting.compose(
        current,
        journal,
        writing.starting_text(entry, draft),
        options,
        moment,
        draft_id=draft_id,
        entry_id=entry.id,
    )
    if not written.text.strip():
        if draft is not None:
            journal.drafts.discard(draft.id)
        fail(words.cannot_empty(entry.id))
    try:
        updated = journal.entries.update(entry, written.text, options, moment)
    except (sqlite3.Error, TooLong, ReadOnlyJournal) as err:
        drafting.refused(
            err,
            current,
            journal,
            written.text,
            options,
            moment,
            typed_here=True,
            entry_id=entry.id,
            draft_id=draft_id,
        )
    if draft is not None:
        journal.drafts.discard(draft.id)
    say(words.unchanged(entry.id) if updated == entry else words.updated(entry.id))
    if written.left_out:
        say(words.left_out(written.left_out, written.mark))
