"""What help within reach says: help-now, the daily check-in, contacts (the safety plan:
messages/plan.py)."""

from __future__ import annotations

HELP_NOW_LINE = (
    "If this is a very hard moment, `rj help-now` has grounding steps and people to reach."
)
HELP_NOW_TITLE = "You are not alone in this. Take what helps."
HELP_NOW_GROUND = "First, a moment to land"
HELP_NOW_PLAN = "Your safety plan"
HELP_NOW_CONTACTS = "People you can reach now"
HELP_NOW_NO_PLAN = (
    "You have no safety plan yet. When you feel steadier, `rj safety-plan` helps you write one."
)
HELP_NOW_PLAN_ENCRYPTED = (
    "Your safety plan is in your encrypted journal: `rj safety-plan --show` opens it with "
    "your passphrase."
)
HELP_NOW_PLAN_UNREADABLE = "Your safety plan could not be read from the journal right now."
HELP_NOW_CLOSE = (
    "rj is a journal, not a replacement for care from a person. You can go back to writing "
    "whenever you want."
)
HELP_NOW_REGION = (
    "`rj config set region US` (or your country's code) shows only your country's lines and "
    "the ones that work anywhere."
)
CONTACTS_OWN_HINT = "`rj contacts add NAME HOW` adds your own people; they are shown first."
CHECK_IN_QUESTION = "How much distress do you feel right now, 0 (none) to 10? Enter skips."
CHECK_IN_FIRST = (
    "rj asks this once a day and keeps it with the day; `rj config set check_in off` stops it."
)
CHECK_IN_AGAIN = "0 to 10, or Enter to skip:"
SUPPORT_MENU = [
    "That sounds like a lot to carry right now. Before any prompt, would one of these help?",
    "  1  a short grounding exercise",
    "  2  your safety plan",
    "  3  people you can reach now",
]
SUPPORT_ASK = "Type 1, 2 or 3, or press Enter to go on when you are ready:"
SUPPORT_AGAIN_MENU = "Anything else? 1 grounding, 2 your safety plan, 3 people to reach."
SUPPORT_AGAIN = "1, 2 or 3, or Enter to go on."


def low_mood(mood: int | None) -> str | None:
    """After an entry with one of the lowest moods: help, offered once and quietly."""
    return HELP_NOW_LINE if mood is not None and mood <= 2 else None


def contact_added(name: str) -> str:
    return f"Added {name}. `rj help-now` shows your own people first."


def contact_exists(name: str) -> str:
    return (
        f"You already have a contact called {name!r}. `rj contacts remove` it first to "
        "change how to reach them."
    )


def in_danger(number: str | None) -> str:
    return f"If you are in danger right now, {number or 'call your local emergency number'}."


def no_lines_for(region: str) -> str:
    return f"rj has no crisis lines for {region} yet; findahelpline.com lists the ones near you."


def lines_checked(day: str) -> str:
    return (
        f"The crisis lines were checked against their official pages on {day}; "
        "`rj contacts` shows each one's source."
    )


def contact_removed(name: str) -> str:
    return f"Removed {name} from your contacts."


def no_contact(name: str) -> str:
    return f"None of your contacts is called {name!r}. `rj contacts` lists them."


def line_source(source: str, verified: str) -> str:
    """Where a crisis line comes from, under it in `rj contacts`."""
    return f"{source} · checked {verified}"


ANYWHERE = "anywhere"  # a crisis line that works in every country, when several are shown
