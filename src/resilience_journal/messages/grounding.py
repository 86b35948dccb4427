"""What the grounding exercises say (`rj ground`, and the top of `rj help-now`)."""

from __future__ import annotations

from resilience_journal.messages.common import plural

# A very short exercise, a line each, for the top of a help screen.
SHORT_EXERCISE = (
    "Feel your feet on the floor, or whatever is holding you up.",
    "Take one slow breath in, and let the breath out be a little longer.",
    "Name three things you can see around you.",
    "There is no hurry. Take as long as you need.",
)

_HELP_NOW = "If you need more, `rj help-now` is there."

# 5-4-3-2-1: each sense's invitation, and how an answer is headed in a saved entry.
SENSES_TITLE = "5-4-3-2-1"
SENSES_INTRO = "Notice where you are, one sense at a time. There are no wrong answers."
SENSES_CLOSING = f"Take your time coming back. {_HELP_NOW}"
SENSES = (
    ("Name five things you can see.", "See"),
    ("Name four things you can feel or touch.", "Touch"),
    ("Name three things you can hear.", "Hear"),
    ("Name two things you can smell, or two smells you like.", "Smell"),
    ("Name one thing you can taste, or one taste you like.", "Taste"),
)
TYPE_IF_YOU_LIKE = "Type what you notice if you like, or simply notice it; Enter goes on."
NOT_KEPT = "What you type is not kept."
KEPT = "What you type is saved as a journal entry at the end."
ENTRY_TITLE = "Grounding"


def sense_line(label: str, answer: str) -> str:
    """One sense's answer in a saved entry: 'See: the kettle, a window'."""
    return f"{label}: {answer}"


# Paced breathing.
BREATHING_TITLE = "Paced breathing"
BREATHING_INTRO = (
    "A longer breath out can help your body settle. If you feel light-headed, "
    "let your breath go back to its own pace."
)
BREATHING_CLOSING = f"Let your breath find its own rhythm again. {_HELP_NOW}"
BREATHING_TERMINAL = "Follow the bar if it helps. Ctrl-C ends the exercise at any time."
PHASES = {"in": "Breathe in", "hold": "Hold", "out": "Breathe out", "rest": "Rest"}
PHASE_STEPS = {
    "in": "Breathe in gently for {}.",
    "hold": "Hold for {}, without straining.",
    "out": "Breathe out slowly for {}.",
    "rest": "Rest for {} before the next breath.",
}


def phase_step(phase: str, seconds: int) -> str:
    """One part of a breath, as a step: 'Breathe in gently for 4 seconds.'"""
    return PHASE_STEPS[phase].format(plural(seconds, "second"))


def breaths(rounds: int) -> str:
    times = "once" if rounds == 1 else f"{rounds} times"
    return f"You might do this {times}, at your own pace."


def breath_note(number: int, rounds: int) -> str:
    return f"Breath {number} of {rounds}"


def breath_now(word: str, count: int) -> str:
    """Where a person is in a breath, on a terminal that cannot redraw: 'Breathe in for 4'."""
    return f"{word} for {count}"


def not_a_pattern(given: str) -> str:
    return f"{given!r} is not a pattern of seconds like 4-2-6 (in, hold, out)."


def pattern_needs_in_and_out(given: str) -> str:
    return f"{given!r} needs at least 1 second to breathe in and to breathe out."


def pattern_too_long(given: str, most: int) -> str:
    return f"{given!r} is longer than {most} seconds for one part."


def not_rounds(given: str, most: int) -> str:
    return f"{given!r} is not a whole number from 1 to {most}."


# The body scan. Its intro always says the eyes can stay open; --eyes-open keeps them open
# all the way through.
BODY_TITLE = "Body scan"
BODY_INTRO = (
    "A short scan from your feet to your head, noticing without needing to change "
    "anything. Your eyes can stay open, resting on one spot. If a place feels like too "
    "much, skip it and move on."
)
BODY_STEPS = (
    "Bring your attention to your feet. Notice how they feel, as they are.",
    "Move up to your legs: any weight, warmth or tension. Noticing is enough.",
    "Notice where your body meets the chair, the bed or the floor.",
    "Notice your belly and chest as you breathe, without changing the breath.",
    "Notice your hands and arms. If it feels right, let your hands rest.",
    "Notice your shoulders and neck. They may soften, or not; either is fine.",
    "Notice your face and jaw, and the top of your head.",
    "Now notice your whole body at once, here and breathing.",
)
BODY_CLOSING = f"When you are ready, let your attention come back to the room. {_HELP_NOW}"
BODY_TERMINAL = "Enter goes on to the next step; Ctrl-D ends the scan."
# With --eyes-open: the same scan, with the room in sight from start to end.
BODY_OPEN_TITLE = "Body scan, eyes open"
BODY_OPEN_INTRO = (
    "A short scan from your feet to your head, with your eyes open the whole time. Let "
    "them rest on one spot in front of you, and look around the room whenever you like. "
    "If a place feels like too much, skip it and move on."
)
BODY_OPEN_FIRST = "Let your eyes rest on one spot, then notice your feet."
BODY_OPEN_LAST = "Notice your whole body at once. Slowly look around the room."
BODY_OPEN_STEPS = (BODY_OPEN_FIRST, *BODY_STEPS[1:-1], BODY_OPEN_LAST)
BODY_OPEN_CLOSING = f"Let your eyes wander the room for a moment before you go on. {_HELP_NOW}"

# Orientation to now: for when the past feels close. The date and the time are the
# journal's clock (the one RJ_NOW sets); the steps never assume a body that stands or holds.
NOW_TITLE = "Orientation to now"
NOW_INTRO = (
    "When something from before feels close, it can help to find when and where you are. "
    "Go slowly. Any step can be skipped."
)


def now_date(day: str, time_of_day: str) -> str:
    """The first step: 'Today is Wednesday 25 November 2026. The time is 21:30.'"""
    return f"Today is {day}. The time is {time_of_day}."


# Each step is asked as it is, unwrapped: kept within 60 columns.
NOW_STEPS = (
    "Notice where you are: the room or the place around you.",
    "Notice what holds you up: a chair, a bed, the floor, a wall.",
    "What happened was then. This is now. Say it, if it helps.",
    "Name three things you can see. Colour or shape is enough.",
    "Name one sound you can hear, near or far.",
    "Find one thing that belongs to now, like this screen.",
)


def now_closing(weekday: str) -> str:
    return f"You are here, and it is {weekday}. Take all the time you need. {_HELP_NOW}"


NOW_TERMINAL = (
    "Type what you notice if you like, or simply notice it; nothing is kept. Enter goes on, "
    "Ctrl-D ends the exercise."
)
# `rj ground` with no -e on a day whose check-in reached the distress threshold.
HARD_DAY_FIRST = "Today's check-in said things are hard, so this starts with orientation to now."
OTHER_EXERCISES = "Other exercises are there too: rj ground -e 54321, -e breathing or -e body."

# The grounding exercises offered from the check-in's support menu (cli/exercises.guide).
GUIDE_HEADING = "Which exercise would you like?"
GUIDE_LINES = {
    "now": "Orientation to now: the date and where you are",
    "54321": "5-4-3-2-1: one sense at a time",
    "breathing": "Paced breathing: slow breaths, a longer breath out",
    "body": "Body scan: from your feet to your head",
}
GUIDE_ASK = "Type a number (Enter for 1), or Ctrl-D to go back:"
GUIDE_AGAIN = "A number from the list, Enter for 1, or Ctrl-D to go back."


def guide_line(number: int, name: str) -> str:
    return f"  {number}  {GUIDE_LINES[name]}"


# `rj ground` options that do not go together.
ROUNDS_NEED_BREATHING = "--rounds and --pattern go with the breathing exercise: -e breathing."
SAVE_NEEDS_SENSES = "--save keeps what you type in 54321; the other exercises ask for nothing."
EYES_OPEN_NEEDS_BODY = "--eyes-open goes with the body scan: -e body."
