"""What the weekly review says."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resilience_journal.entries import Entry
from resilience_journal.messages.common import plural
from resilience_journal.messages.safety import HELP_NOW_LINE

REVIEW_NOTES = {
    "no_entries": "No entries this week.",
    "no_wins": "No wins noted this week.",
    "other_wins": "other wins",
    "no_values": "No values lived this week.",
    "no_moods": "No moods noted this week.",
}
WEEK_OR_DATE = "Give --week or --date, not both. Nothing was changed."


def write_review_now(label: str, existing: bool) -> str:
    if existing:
        return f"Add to your review of {label} now?"
    return f"Write your review of {label} now?"


def review_questions(prompts: list[Any]) -> list[str]:
    """The week's questions above the writing space (in the editor, as comment lines)."""
    import textwrap

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


def review_saved(entry: Entry, added: bool) -> str:
    words = plural(entry.words, "word")
    if added:
        return f"Added to your review of {entry.review_week} (entry {entry.id}, {words} now)."
    return f"Saved your review of {entry.review_week} as entry {entry.id} ({words})."


def week_not_started(label: str) -> str:
    return f"The week {label} has not started yet. `rj review` shows the latest week."


NO_REVIEWS_YET = "No reviews written yet. `rj review` shows your week and offers to write one."


def review_ready(start: Any, today: Any) -> str:
    """'Your review of last week (16 to 22 Nov) is ready whenever you are: `rj review`.'"""
    from datetime import timedelta

    end = start + timedelta(days=6)
    which = "this week" if start <= today <= end else "last week"
    span = (
        f"{start.day} {start:%b} to {end.day} {end:%b}"
        if start.month != end.month
        else f"{start.day} to {end.day} {end:%b}"
    )
    return f"Your review of {which} ({span}) is ready whenever you are: `rj review`."


def saved_picture(path: str) -> str:
    return f"Saved the review to {path} (readable only by you)."
