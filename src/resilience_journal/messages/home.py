"""What the home screen says."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return "Good morning."
    if 12 <= hour < 18:
        return "Good afternoon."
    if 18 <= hour < 23:
        return "Good evening."
    return "Hello."


def practice(days: int, of: int = 7) -> str:
    """What happened, never what did not: nothing at all is said for a quiet week."""
    if days <= 0:
        return ""
    return f"You wrote on {days} of the last {of} days."


def on_this_day(memory: Any) -> str:
    if memory.kind == "review":
        return f"This week {memory.when}, you wrote in your weekly review: {memory.text}"
    what = "you noted a small win" if memory.kind == "win" else "you wrote"
    return f"On this day {memory.when}, {what}: {memory.text}"
