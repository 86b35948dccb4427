"""What `rj alignment` says."""

from __future__ import annotations

from resilience_journal.messages.common import plural

NO_RATINGS_YET = (
    "No ratings yet. `rj values rate` is a short check-in; after it, this shows how your days "
    "and your values line up."
)
VALUED_LIVING_NOTE = "A reflection of your own ratings, not a measure of you."

# One small, concrete step for a value that matters and got little room lately.
STEPS: dict[str, str] = {
    "compassion": "one kind sentence to yourself today, the kind you would say to a friend",
    "honesty": "one true thing said, however small, to yourself or to someone you trust",
    "safety": "one thing that makes your space feel a little safer tonight",
    "autonomy": "one small choice today that is yours alone",
    "connection": "a short message to someone you would like to hear from",
    "health": "a glass of water, a short walk, or going to bed a little earlier",
    "growth": "ten minutes with something you are curious about",
    "service": "one small, unasked kindness for someone",
    "creativity": "ten minutes of making something, with no need for it to be good",
    "family": "a few minutes of full attention for someone you call family",
    "courage": "one small thing you have been putting off, done gently",
    "rest": "one planned pause today, without having to earn it first",
}


def valued_living(figure: float, rated: int) -> str:
    return (
        f"Valued living (VLQ-style): {figure:g} of 100, the mean of importance × consistency "
        f"over {plural(rated, 'rated value')}."
    )


def suggestion(name: str, importance: int, consistency: int) -> str:
    """A gentle next step for a value that matters and has had less room lately."""
    step = STEPS.get(name.lower()) or (
        f'ten minutes this week for {name}, noted with `rj win "..." --value "{name}"`'
    )
    named = name[:1].upper() + name[1:]
    return (
        f"{named} matters to you ({importance}/10), and lately it has had less "
        f"room ({consistency}/10). If it feels right, one small step: {step}."
    )


def actions_title(days: int, since: str) -> str:
    """Above the table: the period the actions were counted in."""
    return f"Your values, and actions in the {plural(days, 'day')} from {since}"


def last_acted(days: int | None) -> str:
    """When a value was last lived: 'today', 'yesterday', '4 days ago'."""
    if days is None:
        return "not yet"
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{plural(days, 'day')} ago"
