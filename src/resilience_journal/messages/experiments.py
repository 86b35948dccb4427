"""What small experiments say."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from resilience_journal.dates import short_day
from resilience_journal.messages.common import plural

NO_EXPERIMENTS_YET = (
    'No experiments yet. `rj experiment start "a walk after lunch" --days 7` tries one '
    "small thing for a week."
)
EXPERIMENT_WALK_INTRO = (
    "Two questions, only if they help. Enter skips one; Ctrl-D starts the experiment with "
    "what you have answered; Ctrl-C stops and saves nothing."
)
ASK_HELPED_IF = "How will you know it helped? In your own words:"
ASK_IF_HARD = "When it gets hard, what will you do? A plan for that day:"
EXPERIMENT_NOT_SAVED = "Stopped. The experiment was not started; nothing was written."
CLOSE_INTRO = (
    "Enter skips a question; Ctrl-D closes the experiment with what you have answered; "
    "Ctrl-C stops and leaves it open."
)
ASK_OUTCOME = "How did it go? 1 helped, 2 partly, 3 not this time:"
ASK_OUTCOME_AGAIN = "1, 2 or 3 (helped, partly, not this time), or Enter to skip."
ASK_ADJUST = "What would you adjust, or keep, if you tried it again?"
AN_EXPERIMENT = "An experiment"  # what an experiment's title is called in its error
EXPERIMENT_EXAMPLE = '`rj experiment start "a walk after lunch"`'
A_NOTE = "A note"  # a day's note, in its error
OUTCOME_WORDS = {
    "helped": "It helped.",
    "partly": "It partly helped.",
    "not-this-time": "Not this time; that is worth knowing too.",
}


class Logged(Protocol):
    """A day's tick, as the home screen tells it (experiments.Tick has it)."""

    @property
    def did(self) -> bool: ...


def experiment_started(number: int, title: str, days: int, end: date) -> str:
    span = "today" if days == 1 else f"for {plural(days, 'day')}, to {short_day(end)}"
    return (
        f"Started experiment {number}: {title}, {span}. `rj experiment log {number}` "
        "notes each day you try it."
    )


def experiment_logged(number: int, day_of: int, days: int, did: bool, changed: bool) -> str:
    how = "tried it" if did else "not this day"
    verb = "Updated" if changed else "Logged"
    return f"{verb} day {day_of} of {days} of experiment {number}: {how}."


def tried_summary(tried: int, so_far: int, days: int, closed: bool = False) -> str:
    """'You tried it on 5 of 7 days.' What happened, plainly."""
    if so_far < days and closed:
        return f"You tried it on {tried} of the {plural(so_far, 'day')} it ran ({days} planned)."
    if so_far < days:
        return f"You tried it on {tried} of {plural(so_far, 'day')} so far, of {days} planned."
    return f"You tried it on {tried} of {plural(days, 'day')}."


def week_tries(tried: int, not_tried: int) -> str:
    """An experiment's days logged in a week: 'tried on 4 days, not on 1'."""
    said = f"tried on {plural(tried, 'day')}" if tried else "not tried this week"
    if tried and not_tried:
        said += f", not on {not_tried}"
    return said


def experiment_closed(
    number: int, title: str, summary: str, outcome: str | None, adjusted: bool
) -> str:
    said = f"Closed experiment {number}: {title}. {summary}"
    if outcome:
        said += f" {OUTCOME_WORDS[outcome]}"
    if adjusted:
        said += " What you would adjust is kept with it."
    return said


def experiment_stopped(number: int) -> str:
    return f"Stopped. Experiment {number} is still open; nothing was changed."


def experiment_today(
    number: int, day_of: int, days: int, tick: Logged | None, ended: date | None
) -> str:
    """A line for `rj today`, after the experiment's title."""
    if ended is not None:
        return (
            f"ended {short_day(ended)}. `rj experiment close {number}` looks back on it, when "
            "you are ready."
        )
    if tick is None:
        return f"day {day_of} of {days}, not logged yet: `rj experiment log {number}` (or --didnt)."
    return f"day {day_of} of {days}, logged: {'tried it' if tick.did else 'not today'}."


def bad_days(most: int, text: str) -> str:
    return f"--days is a whole number from 1 to {most}; got {text!r}."


def bad_outcome(text: str) -> str:
    return f"How it went is one of helped, partly or not-this-time; got {text!r}."


def bad_experiment_id(text: str) -> str:
    return f"An experiment id is a number, like 2; got {text!r}."


def no_experiment(number: int) -> str:
    return f"There is no experiment {number}. `rj experiments` shows the ids."


def experiment_is_closed(number: int) -> str:
    """A day logged for a closed experiment."""
    return (
        f"Experiment {number} is closed, so its days are as they were. "
        '`rj experiment start "..."` begins a new one.'
    )


def not_a_day_of(number: int, start: date, end: date, day: date) -> str:
    return (
        f"Experiment {number} runs from {short_day(start)} to {short_day(end)}; "
        f"{short_day(day)} is not one of its days."
    )


def already_closed(number: int) -> str:
    return f"Experiment {number} is already closed."
