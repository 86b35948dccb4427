"""Grounding exercises: rj ground (the steps on the terminal are in cli/exercises.py)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal import grounding
from resilience_journal.cli import exercises
from resilience_journal.cli.app import commands, now, say
from resilience_journal.cli.state import state
from resilience_journal.entries import EntryOptions
from resilience_journal.grounding import ExerciseName, Pattern
from resilience_journal.messages import grounding as grounding_words
from resilience_journal.messages import writing as writing_words

app = commands()


def _rounds(text: str) -> int:
    try:
        return grounding.parse_rounds(text)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


def _pattern(text: str) -> Pattern:
    try:
        return grounding.parse_pattern(text)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="'--pattern'") from None


@app.command()
def ground(
    ctx: typer.Context,
    exercise: Annotated[
        ExerciseName | None,
        typer.Option(
            "--exercise",
            "-e",
            help="54321 (your senses, the default), breathing, body (a short body scan), or "
            "now (orientation to now: the date, where you are, what is around you; the "
            "default on a day your check-in was hard).",
            show_default=False,
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain", help="Print the steps as text, with no animation and no questions."
        ),
    ] = False,
    save: Annotated[
        bool,
        typer.Option(
            "--save",
            help="Keep what you type in 54321 as a journal entry. Without it, nothing is kept.",
        ),
    ] = False,
    rounds: Annotated[
        int | None,
        typer.Option(
            "--rounds",
            metavar="N",
            parser=_rounds,
            help="How many slow breaths, 1 to 30 (default 5). Chooses breathing.",
            show_default=False,
        ),
    ] = None,
    pattern_text: Annotated[
        str | None,
        typer.Option(
            "--pattern",
            metavar="IN-HOLD-OUT",
            help="Seconds to breathe in, hold and breathe out, like 4-2-6 (the default, 4-6, "
            "has no hold). Chooses breathing.",
            show_default=False,
        ),
    ] = None,
    eyes_open: Annotated[
        bool,
        typer.Option(
            "--eyes-open",
            help="The body scan with your eyes open all the way through, resting on one "
            "spot. Chooses body.",
        ),
    ] = False,
) -> None:
    """Grounding exercises, to come back to the here and now.

    54321 goes through your senses, breathing paces slow breaths, body is a short body
    scan (your eyes can stay open; --eyes-open keeps them open throughout), and now is an
    orientation to the date and the place you are in, for when the past feels close. On a
    day your check-in was hard, now comes first. Every step can be skipped, and Ctrl-C ends
    an exercise at any time. Away from a terminal, or with --plain, the steps are printed as
    text.
    """
    pattern = _pattern(pattern_text) if pattern_text is not None else None
    breathing_options = rounds is not None or pattern is not None
    moment = now()
    hard = (
        exercise is None
        and not (breathing_options or save or eyes_open)
        and exercises.hard_day(state(ctx), moment)
    )
    try:
        chosen = grounding.choose(
            exercise, breathing_options, save, eyes_open=eyes_open, hard_day=hard
        )
    except ValueError as err:
        ctx.fail(str(err))
    rounds = rounds or grounding.DEFAULT_ROUNDS
    pattern = pattern or grounding.DEFAULT_PATTERN
    shown = grounding.exercise(chosen, moment, eyes_open=eyes_open)
    steps = shown.steps
    if chosen is ExerciseName.breathing:
        steps = grounding.breathing_steps(pattern, rounds)
    if plain or not (sys.stdin.isatty() and sys.stderr.isatty()):
        before = [grounding_words.HARD_DAY_FIRST, ""] if hard else []
        after = ["", grounding_words.OTHER_EXERCISES] if hard else []
        typer.echo("\n".join([*before, *grounding.plain_lines(shown, steps), *after]))
        return
    if hard:
        exercises.line(grounding_words.HARD_DAY_FIRST)
        say("")
    keep = (lambda text: _save(ctx, text)) if save else None
    exercises.run(chosen, shown, keep=keep, pattern=pattern, rounds=rounds)
    if hard:
        exercises.line(grounding_words.OTHER_EXERCISES)


def _save(ctx: typer.Context, text: str) -> None:
    journal = state(ctx).journal()
    options = EntryOptions(title=grounding_words.ENTRY_TITLE, tags=(grounding.ENTRY_TAG,))
    say("")
    entry = journal.entries.add(text, options, now())
    say(writing_words.entry_saved(entry.id, entry.day, entry.words))
