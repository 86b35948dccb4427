"""What the writing timer says."""

from __future__ import annotations


def timer_start(minutes: int, at_terminal: bool) -> str:
    if at_terminal:
        return (
            f"Timer: {minutes} min. rj mentions the time after a line now and then, and "
            "never stops you."
        )
    return f"Timer: {minutes} min. When your editor closes, rj says how long you wrote."


# When the time is up: finish the sentence, stop, land; and how to go on, for who wants to.
TIME_UP = (  # short lines: they are printed as they are, between the lines typed
    "That is the time you set.",
    "You might finish your sentence and stop there;",
    "Ctrl-D on a new line saves it.",
    "Then take a slow breath, and look around the room.",
    "To write more, carry on typing; the timer stays quiet now.",
)


def timer_notice(kind: str, minutes: int) -> str:
    if kind == "up":
        return "\n".join(TIME_UP)
    return f"{minutes} min left."


def wrote_for(minutes: int, planned: int) -> str:
    spent = "less than a minute" if minutes < 1 else f"{minutes} min"
    return f"You wrote for {spent} (the timer was {planned} min)."


TIMER_NEEDS_TERMINAL = (
    "--timer is for writing at the terminal or in your editor, not with TEXT or a pipe. "
    "Nothing was saved."
)
