"""What `rj alignment` says."""

from __future__ import annotations

from resilience_journal.messages.common import plural
from resilience_journal.messages.values import how_much_it_matters, how_much_room

NO_RATINGS_YET = (
    "No ratings yet. `rj values rate` is a short check-in; after it, this shows how your days "
    "and your values line up."
)
FIGURE_NOTE = "A reflection of your own ratings, not a measure of you."
FIGURE_HELP = (
    "Also show your ratings as one figure from 1 to 100: the mean, over your rated values, "
    "of how much each matters times how much room it has had."
)
# One small, concrete step for a value that matters and got little room lately.
STEPS: dict[str, str] = {
    "compassion": "one kind sentence to yourself today, the kind you would say to a friend",
    "honesty": "one true thing said, however small, to yourself or to someone you trust",
    "safety": "one thing, where you can, that makes your space feel a bit safer",
    "autonomy": "one small choice today that is yours alone",
    "connection": "a short message to someone you would like to hear from",
    "health": "a glass of water, a short walk, or going to bed a little earlier",
    "growth": "ten minutes with something you are curious about",
    "service": "one small, unasked kindness for someone",
    "creativity": "ten minutes of making something, with no need for it to be good",
    "family": "a few minutes of full attention for someone you call family",
    "courage": "one small thing you have been putting off, done gently",
    "rest": "one planned pause today, without having to earn it first",
    "faith": "a few quiet minutes with whatever faith or spirit means to you",
    "community": "one small way of showing up for a group or place you belong to",
    "justice": "one fair thing done or said, for someone else or for yourself",
    "heritage": "a song, a dish, a story or a word from where you come from",
    "respect": "one moment of offering respect, or of asking it for yourself",
}


def figure(value: float, rated: int) -> str:
    """The composite, shown only with `rj alignment --figure`."""
    return f"Your ratings as one figure: {value:g} of 100, over {plural(rated, 'rated value')}."


def suggestion(name: str, importance: int, consistency: int) -> str:
    """A gentle next step for a value that matters and has had less room lately: in words,
    never as numbers out of ten. (Only a gap of 4 or more asks for one, so the room is
    'little' or 'some'.)"""
    step = STEPS.get(name.lower()) or (
        f'ten minutes this week for {name}, noted with `rj win "..." --value "{name}"`'
    )
    named = name[:1].upper() + name[1:]
    room = how_much_room(consistency)  # little or some: a gap of 4 or more asks for one
    room = "only some room" if room == "some room" else room
    if name.lower() == "safety":  # little room for safety may be present danger: no task
        return (
            f"{named} matters {how_much_it_matters(importance)} to you, and lately it has "
            f"had {room}. If you are not safe where you are, that is not yours to fix "
            "alone: `rj help-now` lists people who can help you think it through."
        )
    return (
        f"{named} matters {how_much_it_matters(importance)} to you, and lately it has had "
        f"{room}. If it feels right, one small step: {step}."
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
