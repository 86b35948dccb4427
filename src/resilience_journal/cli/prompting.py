"""The prompt library as the commands use it (rj prompt, today, write, review, stats,
export): read once per command, with a word about any pack of the person's that was
skipped, and today's prompt from it. Not a command's module, and free of Rich, so `rj
write` can use it without loading another command."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime

from resilience_journal import config
from resilience_journal.cli.app import say
from resilience_journal.cli.state import State
from resilience_journal.journal import Journal
from resilience_journal.messages import prompts as words
from resilience_journal.prompting.choosing import choose
from resilience_journal.prompting.depth import HARD_DAY_CATEGORIES, depths_today
from resilience_journal.prompting.library import Library, load_library
from resilience_journal.prompting.packs import Prompt
from resilience_journal.safety.checkin import needs_support, rating


def library(current: State) -> Library:
    """The bundled packs and the person's own; a broken pack of theirs is skipped, and
    they are told which and why."""
    if current.library is None:
        paths = current.paths()
        current.library = load_library(paths.prompts_dir, paths.cache_dir)
        for warning in current.library.warnings:
            say(warning)
    return current.library


def todays_prompt(
    current: State,
    journal: Journal,
    moment: datetime,
    *,
    another: bool = False,
    category: str | None = None,
    depth: str | None = None,
    pace: str | None = None,
) -> Prompt | None:
    """Today's prompt (prompting.choosing), as deep as the pace and the day allow
    (prompting.depth): `pace` and `depth` as typed, None for the settings."""
    settings = current.settings()
    cap = config.validate("pace", pace) if pace is not None else settings.pace
    day = journal.today(moment)
    distress = todays_distress(journal, day)
    # Around a date marked as hard, prompts are gentle as on a day of high distress.
    hard_date = journal.hard_dates.is_hard_day(day)
    depths = depths_today(
        pace=cap, distress=distress, threshold=settings.threshold, depth=depth, hard_date=hard_date
    )
    return choose(
        library(current),
        day=day,
        used=journal.entries.prompt_use(day),
        depths=depths,
        category=category,
        another=1 if another else 0,
        categories=(
            HARD_DAY_CATEGORIES if hard_date or needs_support(distress, settings.threshold) else ()
        ),
    )


def todays_distress(journal: Journal, day: date) -> int | None:
    """The day's distress rating at its check-in: None when there was none, or skipped."""
    return rating(journal.safety.checkin(day.isoformat()))


PACE_EXPLAINED = "pace_explained"  # the journal's meta key: the word on pace, said once


def explain_pace(current: State, journal: Journal, moment: datetime, *, below: bool) -> None:
    """The first time rj is used at a terminal (the first `rj today` or `rj write` typed
    there), after the day's check-in: a short word on what pace means, that deep prompts
    come closer to the hardest things, and how to change it; said once per journal. Never to a
    pipe or a script, and not on a hard day: help comes first, and this waits for another
    day. `below`: under a screen already shown (a blank line before), else above what
    follows (a blank line after)."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()) or journal.store.read_only:
        return
    settings = current.settings()
    if needs_support(todays_distress(journal, journal.today(moment)), settings.threshold):
        return
    try:
        if not journal.safety.first_mention(PACE_EXPLAINED):
            return
    except sqlite3.Error:  # a journal that cannot be written now: it is said another time
        return
    lines = words.pace_intro(settings.pace)
    for line in ["", *lines] if below else [*lines, ""]:
        say(line)
