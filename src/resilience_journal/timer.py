"""The writing timer (`rj write --timer`): a quiet countdown that only ever tells."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from resilience_journal.messages import timer as words


@dataclass
class Timer:
    """A quiet countdown for `rj write --timer`. It only ever tells; it never stops the
    writing. Between paragraphs it may say what time is left: at half way, and at five
    minutes and one minute to go (when those come after the start), then once that the
    time is up."""

    start: datetime
    minutes: int
    told: set[str] = field(default_factory=set)

    def remaining(self, now: datetime) -> float:
        """Seconds left (0 once the time is up)."""
        return max(0.0, self.minutes * 60 - (now - self.start).total_seconds())

    def elapsed_minutes(self, now: datetime) -> int:
        return int((now - self.start).total_seconds() // 60)

    def marks(self) -> list[tuple[str, float]]:
        """The moments worth a word, as (name, seconds left), latest first."""
        total = self.minutes * 60
        candidates = [("half", total / 2), ("five", 300.0), ("one", 60.0)]
        return [(name, left) for name, left in candidates if left < total and total >= 120]

    def notice(self, now: datetime) -> tuple[str, int] | None:
        """What to say now, if anything, once each: ("up", 0) when the time is up, or
        ("left", minutes) at a mark that has just passed. Only the latest passed mark is
        told; earlier ones are skipped quietly."""
        left = self.remaining(now)
        if left <= 0:
            if "up" in self.told:
                return None
            self.told.add("up")
            return ("up", 0)
        due = [(name, mark) for name, mark in self.marks() if left <= mark]
        if not due:
            return None
        name, mark = min(due, key=lambda item: item[1])
        if name in self.told:
            return None
        self.told.update(n for n, m in self.marks() if m >= mark)
        return ("left", math.ceil(left / 60))

    def started(self, *, in_editor: bool) -> str:
        """What is said as writing starts: in the editor rj can only tell at the end."""
        return words.timer_start(self.minutes, at_terminal=not in_editor)

    def said_now(self, now: datetime) -> str | None:
        """The notice for now, in words, if there is one (see notice)."""
        told = self.notice(now)
        return None if told is None else words.timer_notice(*told)

    def wrote_for(self, now: datetime) -> str:
        """How long the writing took, said once it is saved."""
        return words.wrote_for(self.elapsed_minutes(now), self.minutes)
