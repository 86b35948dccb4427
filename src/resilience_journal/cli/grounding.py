"""Grounding exercises: rj ground."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from resilience_journal.cli.app import commands, now, say
from resilience_journal.cli.state import state
from resilience_journal.messages import writing as writing_words

if TYPE_CHECKING:
    from resilience_journal.grounding import Pattern


app = commands()


class ExerciseName(StrEnum):
    """The choices for --exercise (grounding.py holds the exercises themselves; it is
    imported only when one runs, so `rj --help` stays quick)."""

    senses = "54321"
    breathing = "breathing"
    body = "body"


TICK = 0.1  # seconds between frames of the breathing bar


def _rounds(text: str) -> int:
    from resilience_journal import grounding

    try:
        return grounding.parse_rounds(text)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None


def _pattern(text: str) -> Pattern:
    from resilience_journal import grounding

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
            help="54321 (your senses, the default), breathing, or body (a short body scan).",
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
) -> None:
    """Grounding exercises, to come back to the here and now.

    54321 goes through your senses, breathing paces slow breaths, body is a short body
    scan. Every step can be skipped, and Ctrl-C ends an exercise at any time. Away from a
    terminal, or with --plain, the steps are printed as text.
    """
    from resilience_journal import grounding

    pattern = _pattern(pattern_text) if pattern_text is not None else None
    breath = rounds is not None or pattern is not None
    chosen = exercise or (ExerciseName.breathing if breath else ExerciseName.senses)
    if breath and chosen is not ExerciseName.breathing:
        ctx.fail("--rounds and --pattern go with the breathing exercise: -e breathing.")
    if save and chosen is not ExerciseName.senses:
        ctx.fail("--save keeps what you type in 54321; the other exercises ask for nothing.")
    rounds = rounds or grounding.DEFAULT_ROUNDS
    pattern = pattern or grounding.DEFAULT_PATTERN
    shown = grounding.EXERCISES[chosen]
    steps = shown.steps
    if chosen is ExerciseName.breathing:
        steps = grounding.breathing_steps(pattern, rounds)
    if plain or not (sys.stdin.isatty() and sys.stderr.isatty()):
        typer.echo("\n".join(grounding.plain_lines(shown, steps)))
        return
    from resilience_journal.render import grounding as view
    from resilience_journal.render.common import print_to

    print_to(view.exercise_heading(shown.title, shown.intro), stderr=True)
    gap = chosen is not ExerciseName.breathing  # the bar leaves a blank line of its own
    # Stopping is an ordinary way to end an exercise, not an error: the closing line, exit 0.
    try:
        if chosen is ExerciseName.senses:
            _senses(ctx, save)
        elif chosen is ExerciseName.breathing:
            _breathe(pattern, rounds)
        else:
            _body(steps)
    except KeyboardInterrupt:
        if gap:
            say("")  # ends the line the ^C is on
    if gap:
        say("")
    _line(shown.closing)


def _line(text: str) -> None:
    """One of the exercise's sentences on stderr, wrapped between words."""
    from resilience_journal.render.common import message, print_to

    print_to(message(text), stderr=True)


def _senses(ctx: typer.Context, save: bool) -> None:
    """One sense at a time; Enter or Ctrl-D goes on. Answers stay in memory unless --save."""
    from resilience_journal import grounding
    from resilience_journal.cli.ask import ask

    _line(f"{grounding.TYPE_IF_YOU_LIKE} {grounding.KEPT if save else grounding.NOT_KEPT}")
    say("")
    answers: list[str | None] = []
    try:
        for sense in grounding.SENSES:
            answers.append(ask(sense.step))
    except KeyboardInterrupt:  # ends the exercise; what was typed before it still counts
        say("")
    text = grounding.senses_entry(answers)
    if save and text:
        _save(ctx, text)


def _save(ctx: typer.Context, text: str) -> None:
    from resilience_journal import grounding
    from resilience_journal.entries import EntryOptions

    journal = state(ctx).journal()
    options = EntryOptions(title=grounding.ENTRY_TITLE, tags=(grounding.ENTRY_TAG,))
    say("")
    say(writing_words.saved(journal.entries.add(text, options, now())))


def _breathe(pattern: Pattern, rounds: int) -> None:
    import time

    from resilience_journal import grounding
    from resilience_journal.render import grounding as view

    _line(grounding.BREATHING_TERMINAL)
    say("")
    total = pattern.duration(rounds)
    with view.breathing() as show:
        start = time.monotonic()
        while (elapsed := time.monotonic() - start) < total:
            now_ = grounding.breath_at(elapsed, pattern)
            note = grounding.breath_note(now_.round, rounds)
            show(grounding.PHASE_WORDS[now_.phase], now_.count, now_.fullness, note)
            time.sleep(min(TICK, total - elapsed))


def _body(steps: tuple[str, ...]) -> None:
    """One step at a time: Enter for the next, Ctrl-D ends the scan. Nothing typed is kept."""
    from resilience_journal import grounding
    from resilience_journal.cli.ask import ask

    _line(grounding.BODY_TERMINAL)
    say("")
    for step in steps:
        if ask(step) is None:
            return


def guide() -> None:
    """5-4-3-2-1 on the terminal, kept nowhere: what the check-in offers first on a hard day."""
    from resilience_journal import grounding
    from resilience_journal.render import grounding as view
    from resilience_journal.render.common import print_to

    shown = grounding.EXERCISES[ExerciseName.senses]
    print_to(view.exercise_heading(shown.title, shown.intro), stderr=True)
    try:
        _senses(None, save=False)  # type: ignore[arg-type]  # nothing is saved: no journal
    except KeyboardInterrupt:
        say("")
    say("")
    _line(shown.closing)
