"""Grounding exercises: their words, and the timing of paced breathing.

Pure domain code: no typer, no rich. Time is always passed in (`breath_at`), so nothing
here sleeps or reads a clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class ExerciseName(StrEnum):
    senses = "54321"
    breathing = "breathing"
    body = "body"


@dataclass(frozen=True)
class Exercise:
    title: str
    intro: str
    steps: tuple[str, ...]
    closing: str


def short_exercise() -> list[str]:
    """A very short grounding exercise, a line each, for the top of a help screen."""
    return [
        "Feel your feet on the floor, or whatever is holding you up.",
        "Take one slow breath in, and let the breath out be a little longer.",
        "Name three things you can see around you.",
        "There is no hurry. Take as long as you need.",
    ]


# 5-4-3-2-1 ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sense:
    step: str  # the invitation, as shown
    label: str  # how an answer is headed in a saved entry


SENSES = (
    Sense("Name five things you can see.", "See"),
    Sense("Name four things you can feel or touch.", "Touch"),
    Sense("Name three things you can hear.", "Hear"),
    Sense("Name two things you can smell, or two smells you like.", "Smell"),
    Sense("Name one thing you can taste, or one taste you like.", "Taste"),
)

TYPE_IF_YOU_LIKE = "Type what you notice if you like, or simply notice it; Enter goes on."
NOT_KEPT = "What you type is not kept."
KEPT = "What you type is saved as a journal entry at the end."
ENTRY_TITLE = "Grounding"
ENTRY_TAG = "grounding"


def senses_entry(answers: list[str | None]) -> str:
    """The text of a saved 5-4-3-2-1 entry: one line for each sense that has an answer;
    empty when nothing was typed."""
    lines = [
        f"{sense.label}: {answer.strip()}"
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


PHASE_WORDS = {
    Phase.breathe_in: "Breathe in",
    Phase.hold: "Hold",
    Phase.breathe_out: "Breathe out",
    Phase.rest: "Rest",
}

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
        raise ValueError(f"{text!r} is not a pattern of seconds like 4-2-6 (in, hold, out).")
    if len(numbers) == 2:
        numbers.insert(1, 0)
    pattern = Pattern(*numbers)
    if not (pattern.breathe_in and pattern.breathe_out):
        raise ValueError(f"{text!r} needs at least 1 second to breathe in and to breathe out.")
    if max(numbers) > MAX_SECONDS:
        raise ValueError(f"{text!r} is longer than {MAX_SECONDS} seconds for one part.")
    return pattern


def parse_rounds(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= MAX_ROUNDS:
        raise ValueError(f"{text!r} is not a whole number from 1 to {MAX_ROUNDS}.")
    return int(value)


def _seconds(count: int) -> str:
    return f"{count} second{'s' if count != 1 else ''}"


def breathing_steps(pattern: Pattern, rounds: int) -> tuple[str, ...]:
    words = {
        Phase.breathe_in: "Breathe in gently for {}.",
        Phase.hold: "Hold for {}, without straining.",
        Phase.breathe_out: "Breathe out slowly for {}.",
        Phase.rest: "Rest for {} before the next breath.",
    }
    steps = [words[phase].format(_seconds(seconds)) for phase, seconds in pattern.phases()]
    times = "once" if rounds == 1 else f"{rounds} times"
    return (*steps, f"You might do this {times}, at your own pace.")


def breath_note(number: int, rounds: int) -> str:
    return f"Breath {number} of {rounds}"


BREATHING_TERMINAL = "Follow the bar if it helps. Ctrl-C ends the exercise at any time."


# the exercises ------------------------------------------------------------------------

_HELP_NOW = "If you need more, `rj help-now` is there."

EXERCISES: dict[str, Exercise] = {
    ExerciseName.senses: Exercise(
        title="5-4-3-2-1",
        intro="Notice where you are, one sense at a time. There are no wrong answers.",
        steps=tuple(sense.step for sense in SENSES),
        closing=f"Take your time coming back. {_HELP_NOW}",
    ),
    ExerciseName.breathing: Exercise(
        title="Paced breathing",
        intro="A longer breath out can help your body settle. If you feel light-headed, "
        "let your breath go back to its own pace.",
        steps=breathing_steps(DEFAULT_PATTERN, DEFAULT_ROUNDS),
        closing=f"Let your breath find its own rhythm again. {_HELP_NOW}",
    ),
    ExerciseName.body: Exercise(
        title="Body scan",
        intro="A short scan from your feet to your head, noticing without needing to change "
        "anything. If a place feels like too much, skip it and move on.",
        steps=(
            "Bring your attention to your feet. Notice how they feel, as they are.",
            "Move up to your legs: any weight, warmth or tension. Noticing is enough.",
            "Notice where your body meets the chair, the bed or the floor.",
            "Notice your belly and chest as you breathe, without changing the breath.",
            "Notice your hands and arms. If it feels right, let your hands rest.",
            "Notice your shoulders and neck. They may soften, or not; either is fine.",
            "Notice your face and jaw, and the top of your head.",
            "Now notice your whole body at once, here and breathing.",
        ),
        closing=f"When you are ready, let your attention come back to the room. {_HELP_NOW}",
    ),
}

BODY_TERMINAL = "Enter goes on to the next step; Ctrl-D ends the scan."


def plain_lines(exercise: Exercise, steps: tuple[str, ...] | None = None) -> list[str]:
    """The exercise as plain text: title, intro, numbered steps and the closing line."""
    numbered = [f"{n}. {step}" for n, step in enumerate(steps or exercise.steps, start=1)]
    return [exercise.title, exercise.intro, "", *numbered, "", exercise.closing]
