"""What the writing timer says."""

from __future__ import annotations


def timer_start(minutes: int, at_terminal: bool) -> str:
    if at_terminal:
        return (
            f"Timer: {minutes} min. rj mentions the time after a line now and then, and "
            "never stops you."
        )
    return f"Timer: {minutes} min. When your editor closes, rj says how long you wrote."


def timer_notice(kind: str, minutes: int) -> str:
    if kind == "up":
        return "That is the time you set. You can stop here (Ctrl-D), or keep writing."
    return f"{minutes} min left."


def wrote_for(minutes: int, planned: int) -> str:
    spent = "less than a minute" if minutes < 1 else f"{minutes} min"
    return f"You wrote for {spent} (the timer was {planned} min)."


TIMER_NEEDS_TERMINAL = (
    "--timer is for writing at the terminal or in your editor, not with TEXT or a pipe. "
    "Nothing was saved."
)
