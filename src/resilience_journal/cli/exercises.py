"""Grounding exercises on the terminal, one step at a time: what `rj ground` runs, and the
choice of exercises the check-in offers on a hard day (cli/support.py). Not a command of
its own, so the check-in can use it without loading `rj ground`."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from datetime import datetime

from resilience_journal import grounding
from resilience_journal.cli.app import now, say
from resilience_journal.cli.ask import ask
from resilience_journal.cli.state import PASSPHRASE_ENV, State
from resilience_journal.grounding import Exercise, ExerciseName, Pattern
from resilience_journal.messages import grounding as words
from resilience_journal.render import grounding as view
from resilience_journal.render.common import message, print_to
from resilience_journal.safety import checkin
from resilience_journal.store.files import looks_encrypted

TICK = 0.1  # seconds between frames of the breathing bar


def heading(exercise: Exercise) -> None:
    print_to(view.exercise_heading(exercise.title, exercise.intro), stderr=True)


def line(text: str) -> None:
    """One of the exercise's sentences on stderr, wrapped between words."""
    print_to(message(text), stderr=True)


def hard_day(current: State, moment: datetime) -> bool:
    """Whether today's check-in reached the distress threshold. Never a new journal file,
    never a passphrase question before grounding, never an error: a journal that is not
    there, is locked or cannot be read says no."""
    path = current.paths().db
    if not path.exists() or (looks_encrypted(path) and not os.environ.get(PASSPHRASE_ENV)):
        return False
    try:
        journal = current.journal(create=False)
        kept = journal.safety.checkin(journal.today(moment).isoformat())
    except Exception:  # noqa: BLE001 - a damaged or newer journal: grounding still runs
        return False
    return checkin.needs_support(checkin.rating(kept), current.settings().threshold)


def run(
    name: ExerciseName,
    shown: Exercise,
    *,
    keep: Callable[[str], None] | None = None,
    pattern: Pattern = grounding.DEFAULT_PATTERN,
    rounds: int = grounding.DEFAULT_ROUNDS,
) -> None:
    """One exercise on the terminal: its heading, its steps and its closing line. Stopping
    (Ctrl-C) is an ordinary way to end it, not an error: the closing line still comes.
    With `keep`, what was typed in 5-4-3-2-1 is handed to it, if anything was."""
    heading(shown)
    gap = name is not ExerciseName.breathing  # the bar leaves a blank line of its own
    try:
        if name is ExerciseName.senses:
            text = senses(keep is not None)
            if keep is not None and text:
                keep(text)
        elif name is ExerciseName.breathing:
            breathe(pattern, rounds)
        elif name is ExerciseName.body:
            one_at_a_time(shown.steps, words.BODY_TERMINAL)
        else:
            one_at_a_time(shown.steps, words.NOW_TERMINAL)
    except KeyboardInterrupt:
        if gap:
            say("")  # ends the line the ^C is on
    if gap:
        say("")
    line(shown.closing)


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


def one_at_a_time(steps: tuple[str, ...], how: str) -> None:
    """The body scan or orientation to now, a step at a time: Enter for the next, Ctrl-D
    ends it. Nothing typed is kept."""
    line(how)
    say("")
    for step in steps:
        if ask(step) is None:
            return


def guide(hard_day: bool = True, done: Iterable[ExerciseName] = ()) -> ExerciseName | None:
    """The grounding exercises on the terminal, to choose one, kept nowhere: what the
    check-in's support menu offers first. Orientation to now comes first on a hard day (the
    menu is offered in one, hence the default), 5-4-3-2-1 with hard_day=False; those already
    `done` come last, so Enter starts a different one. Ctrl-D goes back without one.
    Returns the exercise done, or None."""
    order = grounding.offered(hard_day, done)
    say("")
    say(words.GUIDE_HEADING)
    for number, name in enumerate(order, start=1):
        say(words.guide_line(number, name))
    chosen: ExerciseName | None = None
    while chosen is None:
        answer = ask(words.GUIDE_ASK)
        if answer is None:
            return None
        try:
            chosen = grounding.pick(answer, order)
        except ValueError:
            say(words.GUIDE_AGAIN)
    say("")
    run(chosen, grounding.exercise(chosen, now()))
    return chosen
