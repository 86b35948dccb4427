"""What follows an entry written at the terminal, in this order: a way to land after a deep
or narrative prompt (before the save is said), the mood, help at the lowest moods, and the
values it touched. The entry is saved before any of it, so skipping or stopping loses
nothing. Not a command's module: `rj write` and `rj edit` use it."""

from __future__ import annotations

from datetime import datetime

from resilience_journal import writing
from resilience_journal.cli.app import now, say
from resilience_journal.cli.ask import ask_until
from resilience_journal.cli.safety import offer_recall
from resilience_journal.cli.state import State
from resilience_journal.entries import Entry, EntryOptions
from resilience_journal.journal import Journal
from resilience_journal.messages import safety as safety_words
from resilience_journal.messages import values as values_words
from resilience_journal.messages import writing as words
from resilience_journal.safety.checkin import low_mood, read_mood


def land() -> None:
    """A short way to land, first thing after writing to a deep or narrative prompt."""
    for line in words.LANDING:
        say(line)
    say("")


def ask_mood(journal: Journal, entry: Entry, moment: datetime) -> tuple[Entry, bool]:
    """One optional question: the mood now (Enter skips). The entry as it is after, and
    whether the person stopped the questions (Ctrl-C: none follows)."""
    try:
        mood = ask_until(words.MOOD_QUESTION, read_mood, words.MOOD_AGAIN)
    except KeyboardInterrupt:
        say("")
        return entry, True
    if mood is None:
        return entry, False
    updated = journal.entries.update(entry, None, EntryOptions(mood=mood), moment)
    say(words.mood_noted(entry.id, mood))
    return updated, False


def help_if_low(current: State, mood: int | None) -> None:
    """At the lowest moods: a kind word, the numbers to call, and where the rest is."""
    if not low_mood(mood):
        return
    # deferred: the crisis lines file, read only when they are needed
    from resilience_journal.cli.support import numbers_line

    say(safety_words.LOW_MOOD)
    say(numbers_line(current))
    say(safety_words.LOW_MOOD_MORE)
    offer_recall(current.journal(), now())


def offer_values(journal: Journal, entry: Entry, moment: datetime) -> None:
    """Which of the person's values did this touch? The entry is already saved, so
    skipping or stopping here loses nothing."""
    known = [value.name for value in journal.values.all()]
    if not known:
        return
    try:
        picked = ask_until(
            words.values_picker(known),
            lambda answer: writing.pick_values(answer, known),
            values_words.PICK_ASK_AGAIN,
        )
    except KeyboardInterrupt:
        say("")
        return
    if picked:
        journal.entries.update(entry, None, EntryOptions(values=picked), moment)
        say(words.linked_values(entry.id, list(picked)))
