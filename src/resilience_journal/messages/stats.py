"""What `rj stats` says (and the weekly review's mood lines)."""

from __future__ import annotations

from datetime import date

from resilience_journal.messages.common import plural

TOTALS = "Totals"
NONE_YET = "none yet"
VALUES_LIVED = "Values lived most"
PROMPTS_ANSWERED = "Prompts answered, by category"
MOOD_LAST_30 = "Mood, last 30 days"
DISTRESS_AT_CHECKINS = "Distress at check-ins"
# Under mood and distress, where both are shown: their ends point opposite ways.
SCALES = "mood: 0 lowest, 10 best · distress: 0 none, 10 the most you can imagine"
HEAT_LEGEND = "entries and wins a day"


def stats_totals(totals: dict[str, int], since: str | None) -> str:
    when = f"Since {since}" if since else "In all"
    return (
        f"{when}: {plural(totals['entries'], 'entry', 'entries')}, "
        f"{plural(totals['wins'], 'win')} and {plural(totals['reviews'], 'weekly review')}; "
        f"{plural(totals['words'], 'word', grouped=True)} written."
    )


def stats_period(title: str, since: date | None, weeks: int) -> str:
    return f"{title}, since {since}" if since else f"{title}, last {weeks} weeks"


def heatmap_title(weeks: int) -> str:
    return f"The last {weeks} weeks" if weeks > 1 else "This week"


def no_ratings(noun: str) -> str:
    return f"no {noun}s noted"


def one_rating(noun: str, rating: float) -> str:
    return f"one {noun} noted: {rating:g}"


def ratings(noun: str, count: int, average: float, low: float, high: float) -> str:
    """'3 moods noted, average 1, from 0 to 2': every rating counted."""
    return f"{plural(count, noun)} noted, average {average:g}, from {low:g} to {high:g}"
