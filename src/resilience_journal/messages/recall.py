"""What `rj recall` says, and the one line that offers it after a hard moment."""

from __future__ import annotations

RECALL_HELP = (
    "When have I got through before? Your own wins, steps and words of strength, most like "
    "today's first.\n\n"
    "WORDS are matched against your wins, the goal steps you have done and entries linked to "
    "strength or coping: answers to the coping, personal strength, small wins and "
    "self-compassion prompts, and entries tagged or linked to a value such as strength, "
    "courage, hope or coping. Without WORDS, the words of today's latest entry are used, "
    "else the newest are shown. Matching happens on this machine, in the search index.\n\n"
    "Entries written at the lowest moods (2 or lower), on a day whose check-in reached the "
    "distress threshold (8 by default), and anything from the days around a date you marked "
    "as hard (`rj dates`) are left out; --include-hard shows them too."
)
WORDS_HELP = "A few words about what is hard now; the closest matches come first."
INCLUDE_HARD_HELP = "Also show entries written at the lowest moods or on the hardest days."

FRAMING = "These are things you did, in your own words. They happened, and they are still yours."
FRAMING_WORDS = "Closest to these words first, then the newest: {words}."
FRAMING_TODAY = "Closest to words from today's entry first, then the newest: {words}."
DONE_HEADING = "What you did"
PASSAGES_HEADING = "From your own pages"
NOTHING_YET = (
    "Nothing to recall yet. Wins you note with `rj win` and steps you take on a goal will "
    "gather here, with entries about what helped."
)
HELD_BACK = "Entries from the hardest days stay out of this; `rj recall --include-hard` adds them."
STEP_OF = "for your goal:"

# Offered, never shown unasked: one line after a hard check-in or a very low mood.
OFFER = "If it would help, `rj recall` shows times you got through before, in your own words."


def framing_words(words: list[str], from_today: bool) -> str:
    shown = ", ".join(words[:5]) + ("…" if len(words) > 5 else "")
    return (FRAMING_TODAY if from_today else FRAMING_WORDS).format(words=shown)
