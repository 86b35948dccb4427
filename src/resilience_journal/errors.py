"""The one error type a person sees. The CLI turns it into a calm stderr line and exit 1."""

from __future__ import annotations


class JournalError(Exception):
    """A problem the person can fix: bad input, a missing entry, an unreadable file.

    The message is shown as it is, so it must never contain entry text. `outcome` says what
    became of the person's work ("Nothing was saved.", messages/common.py); an error raised
    without one (a date that could not be read, say, which can happen while saving or while
    only listing) gets the outcome of the command that was running, in one place
    (cli/app.py), so no command needs to catch an error to add it.
    """

    exit_code = 1

    def __init__(self, message: str, outcome: str | None = None) -> None:
        full = f"{message} {outcome}" if outcome and not message.endswith(outcome) else message
        super().__init__(full)
        self.message = full
        self.outcome = outcome

    def said(self, outcome: str | None = None) -> str:
        """The line to show: the message with its own outcome, else with `outcome`."""
        if self.outcome or not outcome or self.message.endswith(outcome):
            return self.message
        return f"{self.message} {outcome}"


class SaidInFull(JournalError):
    """An error shown exactly as it is worded: it says in its own words what became of the
    person's text ("Nothing was saved: the entry was empty."), so the outcome the running
    command declared is not added to it."""

    def said(self, outcome: str | None = None) -> str:
        return self.message


class UsageError(JournalError):
    """Options that do not go together: exit 2, as for any other usage error."""

    exit_code = 2
