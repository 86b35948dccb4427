"""What `rj doctor` says about files a stopped rj left beside the journal."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.messages.common import plural


def left_beside(count: int, names: Sequence[str]) -> str:
    """`names`: the first few of them."""
    more = count - len(names)
    listed = ", ".join(names) + (f" and {more} more" if more > 0 else "")
    return (
        f"{plural(count, 'temporary file')} of rj's beside the journal: {listed}. "
        "One left by a stopped encrypt or decrypt may hold a readable copy of your entries."
    )


def how_to_remove(stopped: Sequence[str], running: Sequence[tuple[str, int]]) -> str:
    """How to remove them: those of a stopped rj, and those of a process still running."""
    parts = []
    if stopped:
        parts.append(
            "The rj that made them has stopped: `rj doctor --fix` removes them, and so does "
            "the next rj command."
        )
    for path, pid in running:
        parts.append(
            f"{path} belongs to process {pid}, which is still running. Once no other rj "
            f"window is open, if it is still there, remove it: rm {path}"
        )
    return " ".join(parts)


def removed(count: int) -> str:
    return f"Removed {plural(count, 'temporary file')} a stopped rj had left."
