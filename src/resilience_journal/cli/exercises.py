"""Grounding exercises on the terminal, one step at a time: what `rj ground` runs, and the
5-4-3-2-1 the check-in offers on a hard day (cli/support.py). Not a command of its own, so
the check-in can use it without loading `rj ground`."""

from __future__ import annotations

import time

from resilience_journal import grounding
from resilience_journal.cli.app import say
from resilience_journal.cli.ask import ask
from resilience_journal.grounding import Exercise, ExerciseName, Pattern
from resilience_journal.messages import grounding as words
from resilience_journal.render import grounding as view
from resilience_journal.render.common import message, print_to

TICK = 0.1  # seconds between frames of the breathing bar


def heading(exercise: Exercise) -> None:
    print_to(view.exercise_heading(exercise.title, exercise.intro), stderr=True)


def line(text: str) -> None:
    """One of the exercise's sentences on stderr, wrapped between words."""
    print_to(message(text), stderr=True)


def senses(save: bool) -> str:
    """One sense at a time; Enter or Ctrl-D goes on. Returns what was typed, as the text of
    an entry (empty when nothing was); it is kept only if the caller saves it."""
    line(f"{words.TYPE_IF_YOU_LIKE} {words.KEPT if save else words.NOT_KEPT}")
    say("")
    answers: list[str | None] = []
    try:
        for sense in grounding.SENSES:
            answers.append(ask(sense.step))
    except KeyboardInterrupt:  # ends the exercise; what was typed before it still counts
        say("")
    return grounding.senses_entry(answers)


def breathe(pattern: Pattern, rounds: int) -> None:
    line(words.BREATHING_TERMINAL)
    say("")
    total = pattern.duration(rounds)
    with view.breathing() as show:
        start = time.monotonic()
        while (elapsed := time.monotonic() - start) < total:
            breath = grounding.breath_at(elapsed, pattern)
            note = grounding.breath_note(breath.round, rounds)
            show(grounding.PHASE_WORDS[breath.phase], breath.count, breath.fullness, note)
            time.sleep(min(TICK, total - elapsed))


def body(steps: tuple[str, ...]) -> None:
    """One step at a time: Enter for the next, Ctrl-D ends the scan. Nothing typed is kept."""
    line(words.BODY_TERMINAL)
    say("")
    for step in steps:
        if ask(step) is None:
            return


def guide() -> None:
    """5-4-3-2-1 on the terminal, kept nowhere: what the check-in offers first on a hard day."""
    shown = grounding.EXERCISES[ExerciseName.senses]
    heading(shown)
    try:
        senses(save=False)
    except KeyboardInterrupt:
        say("")
    say("")
    line(shown.closing)
