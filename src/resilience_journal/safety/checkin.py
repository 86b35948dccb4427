"""The daily distress check-in: when it is asked, what it keeps, and when a rating calls for
support. Pure rules: the day and the time are passed in; the terminal part is cli/safety.py.

- It is asked at most once per journaling day, only on a terminal, and only while the
  check_in setting is on. Enter skips, and a skip counts as asked: the day is not asked again.
- At or above the distress threshold, help is offered before any prompt, and that day's
  prompts stay gentle.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from resilience_journal.dates import utc_stamp
from resilience_journal.messages import safety as words

SUPPORT_CHOICES = ("1", "2", "3")  # grounding, the safety plan, people to reach


def should_ask(asked_today: bool, enabled: bool, at_terminal: bool) -> bool:
    """Whether to ask now: not yet asked this journaling day (a skip counts as asked), the
    check_in setting on, and someone at a terminal to answer."""
    return not asked_today and enabled and at_terminal


def rating(kept: Mapping[str, Any] | None) -> int | None:
    """The day's rating from its kept check-in: None when there is none, or it was skipped."""
    distress = kept["distress"] if kept else None
    return None if distress is None else int(distress)


def opening(first_time: bool) -> list[str]:
    """What is said before the question, the first time ever only: where help is, that it
    is asked once a day and how to stop it. (Help is offered with its numbers whenever an
    answer calls for it, so the line is not said every day, where it would stop meaning
    anything.)"""
    return [words.HELP_NOW_LINE, words.CHECK_IN_FIRST] if first_time else []


def read_distress(text: str) -> int:
    """A rating typed at the check-in: a whole number from 0 to 10 (else ValueError)."""
    text = text.strip()
    if not (text.isdigit() and 0 <= int(text) <= 10):
        raise ValueError
    return int(text)


def needs_support(distress: int | None, threshold: int) -> bool:
    """At or above the threshold, help is offered before any prompt."""
    return distress is not None and distress >= threshold


def eased(before: int, now: int) -> bool:
    """Whether distress has come down since the last rating."""
    return now < before


def read_yes(text: str) -> bool:
    """y or yes (True), n or no (False), else ValueError; Enter (asked by the caller) skips."""
    answer = text.strip().lower()
    if answer in ("y", "yes"):
        return True
    if answer in ("n", "no"):
        return False
    raise ValueError


def read_choice(text: str) -> str:
    """A choice typed at the offer of support: 1, 2 or 3 (else ValueError)."""
    choice = text.strip()
    if choice not in SUPPORT_CHOICES:
        raise ValueError
    return choice


def record(day: str, distress: int | None, now: datetime) -> dict[str, Any]:
    """The day's check-in as the journal keeps it, in its own table (never an entry): a
    rating, or none when it was skipped (so that day is not asked again)."""
    return {
        "uuid": str(uuid.uuid4()),
        "day": day,
        "created_at": utc_stamp(now),
        "distress": distress,
    }


LOWEST_MOODS = 2  # an entry at mood 0, 1 or 2 is met with help, its numbers in it


def low_mood(mood: int | None) -> bool:
    """One of the lowest moods, which is met with help (once, quietly, with the numbers)."""
    return mood is not None and mood <= LOWEST_MOODS


def read_mood(text: str) -> int:
    """A mood typed after writing: a whole number from 0 to 10 (else ValueError)."""
    return read_distress(text)
