"""The one error type a person sees. The CLI turns it into a calm stderr line and exit 1."""

from __future__ import annotations

import traceback


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


class ReadOnlyJournal(SaidInFull):
    """A write to a journal this person may read but not change: text that was to be saved
    is kept elsewhere (cli/drafting.py), since no draft can be written to it either."""


class UsageError(JournalError):
    """Options that do not go together: exit 2, as for any other usage error."""

    exit_code = 2


def bug_report(err: BaseException) -> str:
    """The traceback of a bug, for a bug report (`rj --debug`): the frames of the code that
    ran and the kind of each error, but an error's message only when it is a JournalError,
    whose messages are safe to show. Python's and SQLite's may quote a value, and a value
    may be the person's words. No local variables either. An error that happened while
    another was being handled comes after it, as Python shows them."""

    chain: list[BaseException] = []
    current: BaseException | None = err
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    blocks = []
    for each in reversed(chain):
        frames = "".join(traceback.format_list(traceback.extract_tb(each.__traceback__)))
        blocks.append(f"Traceback (most recent call last):\n{frames}{_kind(each)}")
    return "\n\nThe error above led to this one:\n\n".join(blocks)


def _kind(err: BaseException) -> str:
    kind = type(err)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    return f"{name}: {err.message}" if isinstance(err, JournalError) else name
