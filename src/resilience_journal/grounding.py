"""Grounding exercises: their steps, and the timing of paced breathing. The words are in
messages/grounding.py.

Pure domain code: no typer, no rich. Time is always passed in (`breath_at`, and the moment
that orientation to now names), so nothing here sleeps or reads a clock.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from resilience_journal.dates import clock_time, long_day, weekday_name
from resilience_journal.messages import grounding as words


class ExerciseName(StrEnum):
    senses = "54321"
    breathing = "breathing"
    body = "body"
    now = "now"


@dataclass(frozen=True)
class Exercise:
    title: str
    intro: str
    steps: tuple[str, ...]
    closing: str


def short_exercise() -> list[str]:
    """A very short grounding exercise, a line each, for the top of a help screen."""
    return list(words.SHORT_EXERCISE)


# 5-4-3-2-1 ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sense:
    step: str  # the invitation, as shown
    label: str  # how an answer is headed in a saved entry


SENSES = tuple(Sense(step, label) for step, label in words.SENSES)

ENTRY_TAG = "grounding"


def senses_entry(answers: list[str | None]) -> str:
    """The text of a saved 5-4-3-2-1 entry: one line for each sense that has an answer;
    empty when nothing was typed."""
    lines = [
        words.sense_line(sense.label, answer.strip())
        for sense, answer in zip(SENSES, answers, strict=False)
        if answer and answer.strip()
    ]
    return "\n".join(lines)


# paced breathing ----------------------------------------------------------------------


class Phase(StrEnum):
    breathe_in = "in"
    hold = "hold"
    breathe_out = "out"
    rest = "rest"


PHASE_WORDS = {phase: words.PHASES[phase.value] for phase in Phase}

DEFAULT_ROUNDS = 5
MAX_ROUNDS = 30
MAX_SECONDS = 20


@dataclass(frozen=True)
class Pattern:
    """Seconds for each part of one breath; a hold or rest of 0 is left out."""

    breathe_in: int = 4
    hold: int = 2
    breathe_out: int = 6
    rest: int = 0

    def phases(self) -> list[tuple[Phase, int]]:
        parts = [
            (Phase.breathe_in, self.breathe_in),
            (Phase.hold, self.hold),
            (Phase.breathe_out, self.breathe_out),
            (Phase.rest, self.rest),
        ]
        return [(phase, seconds) for phase, seconds in parts if seconds > 0]

    @property
    def cycle(self) -> int:
        return self.breathe_in + self.hold + self.breathe_out + self.rest

    def duration(self, rounds: int) -> int:
        return self.cycle * rounds


# No hold by default: holding the breath can bring on panic for some trauma survivors.
DEFAULT_PATTERN = Pattern(breathe_in=4, hold=0, breathe_out=6)


@dataclass(frozen=True)
class Breath:
    """Where a person is in paced breathing at one moment."""

    phase: Phase
    left: float  # seconds left in this phase
    fullness: float  # 0 (empty) to 1 (full)
    round: int  # 1 for the first breath

    @property
    def count(self) -> int:
        """The whole seconds to count down: 4, 3, 2, 1."""
        return max(1, math.ceil(round(self.left, 6)))


def breath_at(elapsed: float, pattern: Pattern) -> Breath:
    """The breath `elapsed` seconds after starting: fullness rises while breathing in,
    stays full while holding, falls while breathing out and stays empty while resting.
    Rounds go on for ever; the caller stops after `pattern.duration(rounds)`."""
    elapsed = max(0.0, elapsed)
    number, into = divmod(elapsed, pattern.cycle)
    start = 0.0
    for phase, seconds in pattern.phases():
        if into < start + seconds:
            done = (into - start) / seconds
            fullness = {
                Phase.breathe_in: done,
                Phase.hold: 1.0,
                Phase.breathe_out: 1.0 - done,
                Phase.rest: 0.0,
            }[phase]
            return Breath(phase, start + seconds - into, fullness, int(number) + 1)
        start += seconds
    raise AssertionError("unreachable: into < cycle")  # pragma: no cover


def parse_pattern(text: str) -> Pattern:
    """'4-2-6' (in, hold, out), '4-6' (in, out) or '4-4-4-4' (in, hold, out, rest), in
    whole seconds. ValueError with a calm reason otherwise."""
    parts = text.strip().split("-")
    numbers = [int(part) for part in parts if part.strip().isdigit()]
    if len(numbers) != len(parts) or not 2 <= len(parts) <= 4:
        raise ValueError(words.not_a_pattern(text))
    if len(numbers) == 2:
        numbers.insert(1, 0)
    pattern = Pattern(*numbers)
    if not (pattern.breathe_in and pattern.breathe_out):
        raise ValueError(words.pattern_needs_in_and_out(text))
    if max(numbers) > MAX_SECONDS:
        raise ValueError(words.pattern_too_long(text, MAX_SECONDS))
    return pattern


def parse_rounds(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= MAX_ROUNDS:
        raise ValueError(words.not_rounds(text, MAX_ROUNDS))
    return int(value)


def breathing_steps(pattern: Pattern, rounds: int) -> tuple[str, ...]:
    steps = [words.phase_step(phase.value, seconds) for phase, seconds in pattern.phases()]
    return (*steps, words.breaths(rounds))


def breath_note(number: int, rounds: int) -> str:
    return words.breath_note(number, rounds)


# orientation to now ------------------------------------------------------------------


def now_exercise(moment: datetime) -> Exercise:
    """Orientation to now at `moment` (the journal's clock): the calendar date and the time
    first, then where you are, then and now, and a few things around you. The calendar date,
    not the journaling day: at 01:30 it is already the next day, whatever rj counts it as."""
    first = words.now_date(long_day(moment.date()), clock_time(moment.isoformat()))
    return Exercise(
        title=words.NOW_TITLE,
        intro=words.NOW_INTRO,
        steps=(first, *words.NOW_STEPS),
        closing=words.now_closing(weekday_name(moment.date())),
    )


# the exercises ------------------------------------------------------------------------

EXERCISES: dict[str, Exercise] = {
    ExerciseName.senses: Exercise(
        title=words.SENSES_TITLE,
        intro=words.SENSES_INTRO,
        steps=tuple(sense.step for sense in SENSES),
        closing=words.SENSES_CLOSING,
    ),
    ExerciseName.breathing: Exercise(
        title=words.BREATHING_TITLE,
        intro=words.BREATHING_INTRO,
        steps=breathing_steps(DEFAULT_PATTERN, DEFAULT_ROUNDS),
        closing=words.BREATHING_CLOSING,
    ),
    ExerciseName.body: Exercise(
        title=words.BODY_TITLE,
        intro=words.BODY_INTRO,
        steps=words.BODY_STEPS,
        closing=words.BODY_CLOSING,
    ),
}

BODY_EYES_OPEN = Exercise(
    title=words.BODY_OPEN_TITLE,
    intro=words.BODY_OPEN_INTRO,
    steps=words.BODY_OPEN_STEPS,
    closing=words.BODY_OPEN_CLOSING,
)


def exercise(name: ExerciseName, moment: datetime, *, eyes_open: bool = False) -> Exercise:
    """The exercise called `name`: orientation to now names `moment`; the body scan keeps
    the eyes open all through with `eyes_open`."""
    if name is ExerciseName.now:
        return now_exercise(moment)
    if name is ExerciseName.body and eyes_open:
        return BODY_EYES_OPEN
    return EXERCISES[name]


def choose(
    exercise: ExerciseName | None,
    breathing_options: bool,
    save: bool,
    *,
    eyes_open: bool = False,
    hard_day: bool = False,
) -> ExerciseName:
    """The exercise `rj ground` runs: the one asked for; else breathing when --rounds or
    --pattern is given, the body scan with --eyes-open, 5-4-3-2-1 with --save; else
    orientation to now on a hard day, and 5-4-3-2-1 on any other. ValueError when the
    options do not go with it."""
    chosen = exercise or _implied(breathing_options, save, eyes_open, hard_day)
    if breathing_options and chosen is not ExerciseName.breathing:
        raise ValueError(words.ROUNDS_NEED_BREATHING)
    if save and chosen is not ExerciseName.senses:
        raise ValueError(words.SAVE_NEEDS_SENSES)
    if eyes_open and chosen is not ExerciseName.body:
        raise ValueError(words.EYES_OPEN_NEEDS_BODY)
    return chosen


def _implied(breathing_options: bool, save: bool, eyes_open: bool, hard_day: bool) -> ExerciseName:
    if breathing_options:
        return ExerciseName.breathing
    if eyes_open:
        return ExerciseName.body
    if hard_day and not save:
        return ExerciseName.now
    return ExerciseName.senses


def offered(hard_day: bool, done: Iterable[ExerciseName] = ()) -> list[ExerciseName]:
    """The exercises in the order they are offered: orientation to now first on a hard day,
    5-4-3-2-1 first on any other; those already `done` go to the end, so the first one
    offered is a different one."""
    order = [ExerciseName.senses, ExerciseName.now, ExerciseName.breathing, ExerciseName.body]
    if hard_day:
        order.remove(ExerciseName.now)
        order.insert(0, ExerciseName.now)
    already = set(done)
    return [name for name in order if name not in already] + [
        name for name in order if name in already
    ]


def pick(answer: str, order: list[ExerciseName]) -> ExerciseName:
    """The exercise chosen from those `order`ed on screen: Enter alone is the first, else its
    number or its name. ValueError otherwise."""
    text = answer.strip().lower()
    if not text:
        return order[0]
    if text.isdigit() and 1 <= int(text) <= len(order):
        return order[int(text) - 1]
    for name in order:
        if text == name.value:
            return name
    raise ValueError


def plain_lines(exercise: Exercise, steps: tuple[str, ...] | None = None) -> list[str]:
    """The exercise as plain text: title, intro, numbered steps and the closing line."""
    numbered = [f"{n}. {step}" for n, step in enumerate(steps or exercise.steps, start=1)]
    return [exercise.title, exercise.intro, "", *numbered, "", exercise.closing]
