"""The daily check-in on the terminal, before `rj write` and `rj today` (its rules are in
safety/checkin.py). Not a command of its own: kept light, because `rj write TEXT` loads it
and draws nothing. Help within reach has its own modules: cli/help_now.py,
cli/safety_plan.py and cli/contacts.py."""

from __future__ import annotations

import sys
from datetime import datetime

from resilience_journal.cli.app import say
from resilience_journal.cli.ask import ask_until
from resilience_journal.cli.state import State
from resilience_journal.journal import Journal
from resilience_journal.messages import recall as recall_words
from resilience_journal.messages import safety as words
from resilience_journal.safety import checkin


def check_in(current: State, journal: Journal, moment: datetime) -> int | None:
    """Before writing or the home screen, on a terminal: how much distress, 0-10, at most
    once per journaling day (Enter skips, and a skip counts as asked). At or above the
    threshold, help is offered before any prompt. Returns the day's rating, if any."""
    settings = current.settings()
    day = journal.today(moment).isoformat()
    kept = journal.safety.checkin(day)
    at_terminal = sys.stdin.isatty() and sys.stderr.isatty()
    if not checkin.should_ask(kept is not None, settings.checks_in, at_terminal):
        return checkin.rating(kept)
    for line in checkin.opening(first_time=not journal.safety.ever_checked_in()):
        say(line)
    distress = ask_until(words.CHECK_IN_QUESTION, checkin.read_distress, words.CHECK_IN_AGAIN)
    journal.safety.record_checkin(day, distress, moment)
    if distress is not None and checkin.needs_support(distress, settings.threshold):
        # deferred: Rich costs ~40 ms, and `rj write TEXT` loads this module to draw nothing
        from resilience_journal.cli.support import offer_support

        offer_support(current, distress)
        offer_recall(journal, moment)
    return distress


def offer_recall(journal: Journal, moment: datetime) -> None:
    """One line naming `rj recall`, when the journal holds anything to recall (its content
    is never shown unasked); once in a run, however many hard moments it meets."""
    if not _OFFERED and journal.recall.anything(journal.today(moment)):
        _OFFERED.append(True)
        say(recall_words.OFFER)


_OFFERED: list[bool] = []  # whether this run has offered `rj recall` already
