"""What the monthly reflection and `rj growth` say. The questions are our own writing,
optional and open: none asks for detail, none expects growth."""

from __future__ import annotations

from resilience_journal.messages.common import plural

#: The growth domains, in the order asked: (title, question).
DOMAINS: dict[str, tuple[str, str]] = {
    "appreciation": (
        "Appreciation of life",
        "Has anything shifted this month in what you notice, savour or care about, even in "
        "small ways?",
    ),
    "relating": (
        "Relating to others",
        "Has anything changed this month between you and other people, or in how much "
        "company you want? Keeping your distance counts as an answer too.",
    ),
    "strength": (
        "Personal strength",
        "If things were hard this month, what did you lean on in yourself, and what wore thin?",
    ),
    "possibilities": (
        "New possibilities",
        "Has anything opened up or closed off this month: something you might try, or "
        "something you have set down?",
    ),
    "meaning": (
        "Spiritual or existential change",
        "Has anything moved in what feels meaningful to you, or in how you sit with "
        "questions that have no easy answer?",
    ),
    "community": (
        "Cultural or community strengths",
        "Has any community, culture, tradition or practice that matters to you been part "
        "of this month: as a support, a strain, out of reach, or not at all? One you found "
        "or made counts too.",
    ),
}

#: The two answers of equal standing beside a person's own words: (key typed, words).
CHOICES: dict[str, tuple[str, str]] = {
    "unchanged": ("n", "Nothing has changed"),
    "harder": ("h", "It got harder"),
}

MONTH_NOTES = {
    "no_entries": "No entries this month.",
    "no_wins": "No wins noted this month.",
    "other_wins": "other wins",
    "no_values": "No entries or wins were linked to a value this month.",
    "no_moods": "No moods noted this month.",
}
VALUES_TITLE = "Values this month"
QUESTIONS_TITLE = "Looking back over the month, if it helps"
WEEK_AND_MONTH = "Give --month, or --week or --date, not both."
NOT_SURE_OF_MONTH = "Give a month like 2026-11, or 'last' for the month before this one."
NO_ANSWER_YET = "not answered"


def bad_month(text: str) -> str:
    return f"That month could not be read: '{text}'. {NOT_SURE_OF_MONTH}"


def month_not_started(label: str) -> str:
    return f"The month {label} has not started yet. `rj review --month` shows the latest month."


def answer_now(label: str, answered: bool) -> str:
    if answered:
        return f"Look at the questions for {label} again now? [y/N]"
    return f"Answer some questions about {label} now? [y/N]"


INTRO = (
    "Six questions, each one optional. Write in your own words, or type n for 'Nothing has "
    "changed' or h for 'It got harder'; both are honest answers. Enter skips a question, "
    "Ctrl-D stops here. Each answer is kept as soon as you give it."
)


def choices_line() -> str:
    """The two answers beside the person's own words, shown alike."""
    return "   ".join(f"{key} = {said}" for key, said in CHOICES.values())


def kept_answer(said: str) -> str:
    return f"So far: {said} (Enter keeps it)"


def saved(count: int, label: str) -> str:
    if not count:
        return f"Nothing was changed for {label}."
    return (
        f"Kept {plural(count, 'answer')} for {label}. `rj growth` shows them beside other months."
    )


LANDING = (
    "Looking back can stir things up. If it did, `rj ground` has a short way to land, and "
    "`rj help-now` is there any time."
)
ANSWER_PROMPT = "Your answer (Enter skips):"
MONTH_HELP = (
    "The monthly reflection instead of the weekly review. Without MONTH, the month that "
    "ended, during a month's first week, else this month."
)
MONTH_ARG_HELP = (
    "The month to reflect on, like 2026-11, 'last' or 'this' (the monthly reflection, with or "
    "without --month)."
)
MONTHS_HELP = "How many months to show (those with answers, newest last)."


def answer_at_a_terminal(label: str) -> str:
    return f"To answer the questions for {label}, run `rj review --month {label}` at a terminal."


def picture_title(label: str) -> str:
    return f"Monthly reflection {label}"


GROWTH_TITLE = "Your words, month by month"


def growth_picture_title(months: int) -> str:
    return f"Your words, {plural(months, 'month')}"


def saved_picture(path: str) -> str:
    return f"Saved it to {path} (readable only by you)."


NO_REFLECTIONS_YET = (
    "No monthly reflections yet. `rj review --month` shows a month and offers its questions."
)
MONTHS_COUNT = "The number of months must be 1 or more."
