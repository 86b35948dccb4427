"""What help within reach says: help-now, the daily check-in, contacts (the safety plan:
messages/plan.py)."""

from __future__ import annotations

from collections.abc import Sequence

from resilience_journal.messages.plan import LOCAL_EMERGENCY

HELP_NOW_LINE = (
    "If this is a very hard moment, `rj help-now` has people to reach (and `--all`, a "
    "grounding exercise and your safety plan)."
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
    "your passphrase, and `rj safety-plan --keep-plain-copy` lets help-now show it "
    "without one."
)
HELP_NOW_PLAN_UNREADABLE = "Your safety plan could not be read from the journal right now."
HELP_NOW_CLOSE = (
    "rj is a journal, not a replacement for care from a person. You can go back to writing "
    "whenever you want."
)
HELP_NOW_REGION = (
    "`rj config set region GB` (or US, CA, IE, AU, NZ) adds your country's crisis lines."
)
CONTACTS_OWN_HINT = "`rj contacts add NAME HOW` adds your own people; they are shown first."
CHECK_IN_QUESTION = (
    "How much distress do you feel right now, from 0 (none) to 10 (the most you can "
    "imagine)? Enter skips."
)
CHECK_IN_AGAIN_AFTER = (
    "How much distress do you feel now, from 0 (none) to 10 (the most you can imagine)? "
    "Enter skips."
)
NOT_EASED = (
    "It has not eased yet, and that is all right: one exercise does not suit everyone. "
    "Another may help more, and people are there too:"
)
ANOTHER_ASK = "Try another exercise now? y or n (Enter is no):"
ANOTHER_AGAIN = "y or n, or Enter for no."
CHECK_IN_FIRST = (
    "rj asks this once a day and keeps it with the day; `rj config set check_in off` stops it."
)
CHECK_IN_AGAIN = "0 to 10, or Enter to skip:"
SUPPORT_OPEN = "That sounds like a lot to carry right now."
SUPPORT_MENU = [
    "Before any prompt, would one of these help?",
    "  1  a short grounding exercise",
    "  2  your safety plan",
    "  3  people you can reach now",
]
SUPPORT_MENU_ANYTIME = ["Would one of these help now?", *SUPPORT_MENU[1:]]
SUPPORT_ASK = "Type 1, 2 or 3, or press Enter to go on when you are ready:"
SUPPORT_AGAIN_MENU = "Anything else? 1 grounding, 2 your safety plan, 3 people to reach."
SUPPORT_AGAIN = "1, 2 or 3, or Enter to go on."


LOW_MOOD = "That is a very low point. You do not have to hold it alone."
LOW_MOOD_MORE = (
    "`rj help-now` shows people to reach, whenever you need them; `rj help-now --all` adds "
    "your safety plan."
)


def contact_added(name: str) -> str:
    return f"Added {name}. `rj help-now` shows your own people first."


def contact_exists(name: str) -> str:
    return (
        f"You already have a contact called {name!r}. `rj contacts remove` it first to "
        "change how to reach them."
    )


def numbers_now(emergency: str | None, line: str | None, reach: str | None) -> str:
    """The numbers, in one line, where help is offered: the emergency number and the
    region's first crisis line."""
    danger = f"In danger now: {emergency or LOCAL_EMERGENCY}."
    # no full stop after `reach`: it may end with a web address, to be copied whole
    return f"{danger} To talk to someone: {line} · {reach}" if line and reach else danger


def more_own(count: int) -> str:
    """Under the one screen's own people, when some did not fit."""
    people = "one more of your own people" if count == 1 else f"{count} more of your own people"
    return f"And {people}: `rj contacts` lists everyone."


def more_help(have_plan: bool, plan_note: str = "") -> str:
    """Under the short help-now: where the rest is. `plan_note`: why a plan that exists
    could not be shown (encrypted, unreadable)."""
    if have_plan:
        return "Your safety plan and a short grounding exercise: `rj help-now --all`."
    if plan_note:
        return f"A short grounding exercise: `rj help-now --all`. {plan_note}"
    return (
        "A short grounding exercise: `rj help-now --all`. When you feel steadier, "
        "`rj safety-plan` helps you write a plan."
    )


def in_danger(number: str | None) -> str:
    return f"If you are in danger right now, {number or LOCAL_EMERGENCY}."


def no_lines_for(region: str) -> str:
    return f"rj has no crisis lines for {region} yet; findahelpline.com lists the ones near you."


def region_guessed(region: str, name: str) -> str:
    return (
        f"Lines for {region} ({name}), guessed from your time zone: "
        f"`rj config set region {region}` keeps it, or names another region."
    )


def none_of_kind(wanted: Sequence[str], here: Sequence[str]) -> str:
    """`here`: the kinds of line there are for the region."""
    return (
        f"rj has no {' or '.join(wanted)} lines for your region; the kinds it has here: "
        f"{', '.join(here)}. findahelpline.com lists more."
    )


def unknown_kind(given: str, kinds: Sequence[str]) -> str:
    return f"There is no kind of line called {given!r}. Kinds: {', '.join(kinds)}."


def contact_removed(name: str) -> str:
    return f"Removed {name} from your contacts."


def no_contact(name: str) -> str:
    return f"None of your contacts is called {name!r}. `rj contacts` lists them."


def line_source(source: str, verified: str) -> str:
    """Where a crisis line comes from, under it in `rj contacts`."""
    return f"{source} · {f'checked {verified}' if verified else 'not yet checked'}"


ANYWHERE = "anywhere"  # a crisis line that works in every country, when several are shown
