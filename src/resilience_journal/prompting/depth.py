"""How deep today's prompt may go: never deeper than the person's pace, and only gentle on a
hard day, a day whose check-in reached the distress threshold."""

from __future__ import annotations

from resilience_journal.errors import JournalError
from resilience_journal.messages import prompts as words
from resilience_journal.prompting.packs import DEPTHS
from resilience_journal.safety.checkin import needs_support

# On a hard day, today's prompt comes from these categories only: steadying, kind to
# oneself, what helps now; never one about achievements or the future.
HARD_DAY_CATEGORIES = ("grounding", "self-compassion", "coping")

# The depths each pace (the pace setting, or --pace) allows.
PACE_DEPTHS = {"gentle": DEPTHS[:1], "reflective": DEPTHS[:2], "deep": DEPTHS}


def depths_today(
    *,
    pace: str,
    distress: int | None,
    threshold: int,
    depth: str | None = None,
    hard_date: bool = False,
) -> tuple[str, ...]:
    """The depths today's prompt may have. `distress`: today's check-in rating, None when
    there was none (or it was skipped); at `threshold` or above it is a hard day, and
    prompts stay gentle. `depth` asks for one depth: refused (a JournalError saying why)
    when it is not one, when the day is hard and it is not gentle, or when it is deeper
    than `pace`. `hard_date`: today is within the days around a date the person marked as
    hard (`rj dates`): gentle too, though a depth asked for by name is theirs to choose."""
    hard_day = needs_support(distress, threshold) or hard_date
    if depth is None:
        return PACE_DEPTHS["gentle" if hard_day else pace]
    depth = depth.strip().lower()
    if depth not in DEPTHS:
        raise JournalError(words.depth_is_one_of(DEPTHS, depth))
    if needs_support(distress, threshold) and distress is not None and depth != "gentle":
        raise JournalError(words.gentle_today(distress, depth))
    if depth not in PACE_DEPTHS[pace]:
        raise JournalError(words.depth_above_pace(depth, pace))
    return (depth,)
