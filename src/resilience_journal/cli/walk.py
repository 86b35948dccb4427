"""A walk through a few questions, as goals, experiments and values ask them: each answer
checked by the domain (a refusal shown, the question asked again), Ctrl-D keeps what was
answered so far, Ctrl-C stops with a line of its own.

Not a command module: cli/goals.py, cli/experiments.py and cli/values.py share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from resilience_journal.cli.app import fail, say
from resilience_journal.cli.ask import NoMore
from resilience_journal.errors import JournalError

T = TypeVar("T")


def reader(check: Callable[[str], T], *, say_why: bool = True) -> Callable[[str], T]:
    """A domain check as ask_until / ask_or_stop read an answer: a refusal is shown (or,
    without say_why, the question's own words), and the question is asked again."""

    def read(text: str) -> T:
        try:
            return check(text)
        except JournalError as err:
            raise ValueError(err.message if say_why else "") from None

    return read


@contextmanager
def walk(stopped: str) -> Iterator[None]:
    """Around a few questions: Ctrl-D (NoMore) ends the walk, keeping the answers given;
    Ctrl-C says `stopped` and ends the command (exit 130)."""
    try:
        yield
    except NoMore:
        say("")
    except KeyboardInterrupt:
        say("")
        fail(stopped, 130)
