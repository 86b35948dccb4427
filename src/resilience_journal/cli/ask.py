"""Short questions on the terminal. Questions go to stderr, so stdout stays for data."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from resilience_journal.cli.app import for_stderr

T = TypeVar("T")


def ask(question: str) -> str | None:
    """One line typed in answer; None when the person presses Ctrl-D (nothing more to say).
    Ctrl-C raises KeyboardInterrupt as usual."""
    print(for_stderr(question), end=" ", file=sys.stderr, flush=True)
    # Read as the terminal gives the line, not through input(): once the terminal compose
    # has loaded GNU readline, input() echoes no new line for an empty answer, so the next
    # question ran on from the same line (Enter to skip is the commonest answer of all).
    line = sys.stdin.readline()
    if not line or line.rstrip("\n") == "\x04":  # Ctrl-D (a second one, pressed while
        print(file=sys.stderr)  # readline still held the terminal, arrives as a character)
        return None
    return line[:-1] if line.endswith("\n") else line


def ask_until(question: str, read: Callable[[str], T], again: str) -> T | None:
    """Ask until `read` accepts the answer; otherwise it raises ValueError, with a reason
    to show or none (then `again` is shown). Enter or Ctrl-D skips: None."""
    while True:
        answer = ask(question)
        if answer is None or not answer.strip():
            return None
        try:
            return read(answer)
        except ValueError as err:
            print(for_stderr(str(err) or again), file=sys.stderr, flush=True)


class NoMore(Exception):
    """Ctrl-D at a question: the person has nothing more to say; keep what was answered."""


def ask_or_stop(question: str, read: Callable[[str], T], again: str = "") -> T | None:
    """Like ask_until: Enter skips (None), and an answer is asked again until `read` takes
    it; but Ctrl-D raises NoMore, so a walk through several questions can end there."""
    while True:
        answer = ask(question)
        if answer is None:
            raise NoMore
        if not answer.strip():
            return None
        try:
            return read(answer)
        except ValueError as err:
            print(for_stderr(str(err) or again), file=sys.stderr, flush=True)
