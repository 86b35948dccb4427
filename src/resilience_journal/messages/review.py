"""What the weekly review says."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from resilience_journal.dates import day_span
from resilience_journal.messages.common import plural
from resilience_journal.messages.safety import HELP_NOW_LINE


class Question(Protocol):
    """What these words need of a week's question (prompting.packs.Prompt is one)."""

    @property
    def text(self) -> str: ...


REVIEW_NOTES = {
    "no_entries": "No entries this week.",
    "no_wins": "No wins noted this week.",
    "other_wins": "other wins",
    # About the record, never a verdict on the person.
    "no_values": "No entries or wins were linked to a value this week.",
    "no_moods": "No moods noted this week.",
}
WEEK_OR_DATE = "Give --week or --date, not both."


def write_review_now(label: str, existing: bool) -> str:
    if existing:
        return f"Add to your review of {label} now? [y/N]"
    return f"Write your review of {label} now? [y/N]"


def review_questions(prompts: Sequence[Question]) -> list[str]:
    """The week's questions above the writing space (in the editor, as comment lines)."""
    if not prompts:
        return []
    lines = ["Questions for this week, only if they help (write about anything you like):"]
    for number, prompt in enumerate(prompts, 1):
        lines += textwrap.wrap(f"{number}. {prompt.text}", 74, subsequent_indent="   ")
    return [*lines, *textwrap.wrap(HELP_NOW_LINE, 74), ""]


def review_typing(adding: bool) -> str:
    if adding:
        return (
            "That is your review so far. Add more below, then Ctrl-D on a new line to save "
            "it; Ctrl-C stops and keeps what you typed as a draft."
        )
    return (
        "Write your review. Press Ctrl-D on a new line to save it; Ctrl-C stops and keeps "
        "what you typed as a draft."
    )


def review_saved(review_week: str, entry_id: int, words: int, added: bool) -> str:
    """After a weekly review is saved: `words`, the review's length now."""
    length = plural(words, "word")
    if added:
        return f"Added to your review of {review_week} (entry {entry_id}, {length} now)."
    return f"Saved your review of {review_week} as entry {entry_id} ({length})."


def week_not_started(label: str) -> str:
    return f"The week {label} has not started yet. `rj review` shows the latest week."


NO_REVIEWS_YET = "No reviews written yet. `rj review` shows your week and offers to write one."


def review_ready(start: date, today: date) -> str:
    """'Your review of last week (16 to 22 Nov) is ready whenever you are: `rj review`.'"""
    end = start + timedelta(days=6)
    which = "this week" if start <= today <= end else "last week"
    span = day_span(start, end)
    return f"Your review of {which} ({span}) is ready whenever you are: `rj review`."


def picture_title(label: str) -> str:
    return f"Weekly review {label}"


def saved_picture(path: str) -> str:
    return f"Saved the review to {path} (readable only by you)."
