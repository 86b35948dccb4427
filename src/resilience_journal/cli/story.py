"""`rj story`: my story, in chapters, over several sittings. `rj story` shows the chapters,
`rj story write` is a sitting, `rj story show` reads it back, `rj story export` gives it
alone as markdown."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from resilience_journal import story as stories
from resilience_journal.cli import after_writing as after
from resilience_journal.cli.app import (
    JsonOpt,
    commands,
    fail,
    json_for_the_group,
    json_out,
    now,
    outcome,
    say,
)
from resilience_journal.cli.ask import ask, ask_until
from resilience_journal.cli.compose import (
    Interrupted,
    editor_command,
    from_terminal,
    read_stdin,
    with_editor,
)
from resilience_journal.cli.state import State, state
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.exchange.story import chapters_told, story_markdown
from resilience_journal.journal import Journal
from resilience_journal.messages import safety as safety_words
from resilience_journal.messages import story as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_EXPORTED
from resilience_journal.messages.exchange import no_folder
from resilience_journal.paths import private_writer
from resilience_journal.render import story as view
from resilience_journal.render.common import print_to
from resilience_journal.safety import checkin
from resilience_journal.story import Chapter
from resilience_journal.text import count_words, readable

app = commands()
story_app = commands(
    help="My story, in chapters, over several sittings: any order, any of them skipped.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(story_app, name="story")

ChapterArg = Annotated[
    str | None,
    typer.Argument(
        metavar="[CHAPTER]",
        help="A chapter's number (1-6) or short name: mine, happened, carried, turning, lost, "
        "next.",
        show_default=False,
    ),
]


@story_app.callback()
def story(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """My story, in chapters, over several sittings: any order, any of them skipped.

    With no command: the chapters, which have words and when you last added to them, and
    somewhere you might go next. Take them in any order, come back to any of them, or leave
    any one untold. `rj story write CHAPTER` is a sitting.
    """
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is not None:
        return
    moment = now()
    current = state(ctx)
    if current.paths().db.exists():
        journal = current.journal(create=False)
        chapters, today = journal.story.chapters(), journal.today(moment)
    else:  # the chapters, before there is a journal: none is made to show them
        chapters = [stories.ChapterState(c, []) for c in stories.CHAPTERS]
        today = current.settings().today(moment)
    suggested = stories.suggestion(chapters)
    if as_json:
        json_out(
            {
                "chapters": [c.to_json() for c in chapters],
                "suggested": suggested.key if suggested else None,
            }
        )
        return
    print_to(view.overview(chapters, suggested, today))


@story_app.command()
def write(
    ctx: typer.Context,
    chapter: ChapterArg = None,
    new: Annotated[
        bool,
        typer.Option("--new", help="Start a new telling of the chapter; earlier ones are kept."),
    ] = False,
    text: Annotated[
        str | None,
        typer.Option(
            "--text",
            metavar="TEXT",
            show_default=False,
            help="The sitting's words, for scripts (your shell keeps them in its history).",
        ),
    ] = None,
) -> None:
    """A sitting: add to a chapter of your story.

    The chapter's prompts are shown, then your editor opens (or type, and press Ctrl-D on a
    new line). Without --new, the words are added to the chapter's latest telling, dated;
    with --new they start a new telling, and the earlier ones are kept. Text can also come
    from --text or standard input. On chapter 2, What happened, rj asks your distress
    before and after (Enter skips) and offers a way to land at the end. Ctrl-C stops and
    keeps what you typed.
    """
    current = state(ctx)
    journal = current.journal()
    typed_here = text is None and sys.stdin.isatty()
    if chapter is None:
        if not typed_here:
            fail(words.NEEDS_TEXT)
        where = _pick()
        if where is None:
            return
    else:
        where = stories.chapter(chapter)
    if not typed_here:
        words_given = readable(text) if text is not None else read_stdin()
        _keep(journal, where, words_given, new, None)
        if where.hard:
            say(words.GROUND_LATER)
        say(words.come_back(where.key))
        return
    outcome(ctx, "")
    try:
        _sitting(current, journal, where, new)
    except KeyboardInterrupt:
        say("")
        if where.hard:
            after.land()
        say(words.come_back(where.key))
        raise typer.Exit(130) from None
    say(words.come_back(where.key))


def _pick() -> Chapter | None:
    for c in stories.CHAPTERS:
        say(f"  {words.chapter_name(c.number, c.title)} ({c.key})")
    return ask_until(words.PICK_CHAPTER, _read_chapter, words.PICK_AGAIN)


def _read_chapter(answer: str) -> Chapter:
    try:
        return stories.chapter(answer)
    except JournalError:
        raise ValueError from None


def _keep(journal: Journal, where: Chapter, text: str, new: bool, before: int | None) -> int:
    telling, sitting_id = journal.story.add(where, text, now(), new=new, before=before)
    fresh = len(telling.sittings) == 1
    count = count_words(telling.sittings[-1].text)
    say(words.added(where.number, where.title, telling.number, count, fresh))
    return sitting_id


def _sitting(current: State, journal: Journal, where: Chapter, new: bool) -> None:
    """At the terminal: the chapter and its prompts, (on the hard chapter) the distress
    before, the writing, then (on the hard chapter) a way to land and the distress after."""
    threshold = current.settings().threshold
    say(words.chapter_name(where.number, where.title))
    before = None
    if where.hard:
        say(words.STOP_LINE)
        before = ask_until(
            words.DISTRESS_BEFORE, checkin.read_distress, safety_words.CHECK_IN_AGAIN
        )
        if checkin.needs_support(before, threshold):
            from resilience_journal.cli.support import offer_support  # deferred: Rich

            offer_support(current, before or 0, after_checkin=False)
            say(words.CAN_WAIT)
    say(words.PROMPTS_HEADING)
    for prompt in where.prompts:
        say(f"  - {prompt}")
    try:
        written = _compose(current, where)
    except Interrupted as stop:
        if stop.text.strip():
            _keep(journal, where, stop.text, new, before)
            say(words.KEPT_ON_STOP)
        else:
            say(words.NOTHING_WRITTEN)
        raise KeyboardInterrupt from None
    if not written.strip():
        say(words.NOTHING_WRITTEN)
        if where.hard:
            after.land()
        return
    if where.hard:
        after.land()
    sitting_id = _keep(journal, where, written, new, before)
    if where.hard:
        _after_hard(current, journal, sitting_id, threshold)


def _compose(current: State, where: Chapter) -> str:
    command = editor_command(current.settings().editor, os.environ)
    if command:
        lines = [words.chapter_name(where.number, where.title), *where.prompts]
        if where.hard:
            lines.insert(1, words.STOP_LINE)
        return with_editor(command, "", [*lines, *words.EDITOR_HELP], current.paths().tmp_dir).text
    return from_terminal(words.TERMINAL_INTRO).text


def _after_hard(current: State, journal: Journal, sitting_id: int, threshold: int) -> None:
    """The distress after (Enter skips); help when it is high, else a grounding exercise
    offered."""
    distress = ask_until(
        safety_words.CHECK_IN_AGAIN_AFTER, checkin.read_distress, safety_words.CHECK_IN_AGAIN
    )
    if distress is not None:
        journal.story.distress_after(sitting_id, distress)
    if checkin.needs_support(distress, threshold):
        from resilience_journal.cli.support import offer_support  # deferred: Rich

        offer_support(current, distress or 0, after_checkin=False)
        return
    if ask_until(words.GROUND_ASK, checkin.read_yes, words.GROUND_AGAIN):
        from resilience_journal.cli.exercises import guide  # deferred: the exercises

        guide(hard_day=True)
    else:
        say(words.GROUND_LATER)


@story_app.command()
def show(
    ctx: typer.Context,
    chapter: ChapterArg = None,
    compare: Annotated[
        bool,
        typer.Option(
            "--compare",
            help="Show earlier tellings beside the newest (one after another on a narrow "
            "terminal).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read your story: the newest telling of each chapter, or of one.

    With --compare, earlier tellings are shown beside the newest, so you can see how the
    telling has changed.
    """
    moment = now()
    journal = state(ctx).journal(create=False)
    only = stories.chapter(chapter) if chapter is not None else None
    tellings = journal.story.tellings(only)
    shown = [only] if only is not None else list(stories.CHAPTERS)
    grouped = [(c, [t for t in tellings if t.chapter == c]) for c in shown]
    if as_json:
        json_out([_chapter_json(c, told) for c, told in grouped])
        return
    if only is None:
        grouped = [(c, told) for c, told in grouped if told]
        if not grouped:
            say(words.NOTHING_YET)
            return
    print_to(view.story_view(grouped, journal.today(moment), compare=compare), page=True)


@story_app.command(help=words.REMOVE_HELP)
def remove(
    ctx: typer.Context,
    chapter: Annotated[
        str,
        typer.Argument(metavar="CHAPTER", help="The chapter's number (1-6) or short name."),
    ],
    telling: Annotated[
        int | None,
        typer.Option(
            "--telling", metavar="N", help="Only this telling (`rj story show` numbers them)."
        ),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Delete without asking.")] = False,
) -> None:
    """Delete a chapter's tellings, or one of them, for good: the words are overwritten in
    the journal file, as emptying the trash does. rj asks first (from a script: --yes)."""
    outcome(ctx, NOTHING_CHANGED)
    journal = state(ctx).journal(create=False)
    where = stories.chapter(chapter)
    found = journal.story.to_remove(where, telling)
    if not yes:
        if not sys.stdin.isatty():
            raise SaidInFull(words.REMOVE_NEEDS_YES)
        sittings = sum(len(t.sittings) for t in found)
        try:
            answer = ask(words.ask_remove(where.number, where.title, len(found), sittings))
        except KeyboardInterrupt:
            answer = None
        if (answer or "").strip().lower() not in ("y", "yes"):
            say(words.NOT_REMOVED)
            return
    wiped = journal.story.remove(found)
    say(words.removed(where.number, where.title, len(found), wiped))


def _chapter_json(chapter: Chapter, told: list[stories.Telling]) -> dict[str, object]:
    return {
        "number": chapter.number,
        "key": chapter.key,
        "title": chapter.title,
        "newest": told[-1].to_json() if told else None,
        "earlier": [t.to_json() for t in told[:-1]],
    }


@story_app.command()
def export(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            show_default=False,
            help="Write to FILE (private to you) instead of standard output.",
        ),
    ] = None,
) -> None:
    """Your story alone, as markdown: to share with a therapist, if you choose to.

    Every chapter with words, each telling oldest first, each sitting under its day.
    """
    outcome(ctx, NOTHING_EXPORTED)
    if output is not None and not output.parent.is_dir():
        raise JournalError(no_folder(str(output.parent)), outcome=NOTHING_EXPORTED)
    journal = state(ctx).journal(create=False)
    tellings = journal.story.tellings()
    chunks = story_markdown(tellings)
    if output is None:
        sys.stdout.writelines(chunks)
        return
    with private_writer(output) as handle:
        handle.writelines(chunks)
    say(words.exported(str(output), chapters_told(tellings)))
