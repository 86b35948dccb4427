"""What the home screen (`rj today`) and `rj where` say."""

from __future__ import annotations

from datetime import date

from resilience_journal.dates import long_day, short_day
from resilience_journal.messages.common import plural


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return "Good morning."
    if 12 <= hour < 18:
        return "Good afternoon."
    if 18 <= hour < 23:
        return "Good evening."
    return "Hello."


# Instead of a greeting, on a day whose check-in reached the distress threshold.
HARD_DAY = "If you can, go gently today. `rj help-now` has people to reach, whenever you need them."


def it_is(day: date) -> str:
    return f"It is {long_day(day)}."


PROMPT_FOOTER = "Today's prompt, only if it helps. `rj write` shows it."
NOTHING_TODAY = "Nothing written yet today. Whenever you are ready, or not at all."
WINS_TODAY = "Small wins today"
WAYS_TO_WRITE = "Ways to write"
# (the command, what it does)
HOW_TO_WRITE = (
    ("rj write", "opens your editor (or type here, Ctrl-D to save)"),
    ('rj write "a few words"', "saves one line"),
    ('rj win "a small win"', "notes something that went right, however small"),
    ("rj list  ·  rj search WORDS", "look back at what you wrote"),
)


def wrote_today(entries: int) -> str:
    count = "one entry" if entries == 1 else plural(entries, "entry", "entries")
    return f"Today you wrote {count}."


def draft_waiting(day: str) -> str:
    """`day`: the draft's local day, in ISO form."""
    return f"A draft from {short_day(day)} is waiting: `rj write --resume` brings it back."


def practice(days: int, of: int = 7) -> str:
    """What happened, never what did not: nothing at all is said for a quiet week."""
    if days <= 0:
        return ""
    return f"You wrote on {days} of the last {of} days."


def on_this_day(kind: str, when: str, text: str) -> str:
    """A memory (home.Memory): `kind` win, review or entry; `when` "a year ago"..."""
    if kind == "review":
        return f"This week {when}, you wrote in your weekly review: {text}"
    what = "you noted a small win" if kind == "win" else "you wrote"
    return f"On this day {when}, {what}: {text}"


STAYS_HERE = (
    "Everything stays on this machine: rj never uses the network. "
    "The files are readable only by you."
)
NO_JOURNAL_HERE = "  (no journal here yet)"
