"""What beliefs, revisited, and the worry sorter say. The questions are written for this
journal: gentle, each one skippable, never a verdict on the person or the belief."""

from __future__ import annotations

from resilience_journal.messages.common import STILL_IN_FILE, plural

A_BELIEF = "A belief"  # what a belief's wording is called in its error
BELIEF_EXAMPLE = '`rj belief add "it was my fault"`'
A_WORRY = "A worry"
WORRY_EXAMPLE = '`rj belief sort "the rent next month"`'

NO_BELIEFS_YET = (
    'No beliefs noted yet. `rj belief add "the belief, in your own words"` notes one that '
    "feels stuck, to come back to later, at your own pace."
)
NO_WORRIES_YET = '`rj belief sort "the worry"` sorts one, when you want to.'

ADD_INTRO = (
    "A few questions, only if they help. Enter skips one; Ctrl-D or Ctrl-C stops and keeps "
    "what you have written so far."
)
REVISIT_INTRO = (
    "Above is what you wrote before. The same questions follow, only if they help; Enter "
    "skips one, Ctrl-D or Ctrl-C stops and keeps what you have written."
)
SORT_INTRO = "Three short questions. Enter skips one; Ctrl-D or Ctrl-C keeps what you have."

ASK_THEME = (
    "If one of these fits, which theme is it under? 1 blame, 2 safety, 3 trust, "
    "4 power and control, 5 esteem, 6 closeness (Enter or none skips):"
)
ASK_THEME_AGAIN = "A number from 1 to 6, a theme's name, or Enter to skip."
ASK_RATING = (
    "How true does it feel right now, from 0 (not at all) to 100 (completely)? Any number "
    "is fine; Enter skips."
)
ASK_RATING_AGAIN = "A whole number from 0 to 100, or Enter to skip."
# The three questions, in the order asked, by the key their answer is kept under.
QUESTIONS = {
    "then_possible": (
        "If this belief goes back to a time, or to many times: with only what you knew and "
        "what you had back then, what was within your reach?"
    ),
    "someone_sees": (
        "Picture someone who cares about you, real or imagined, hearing this belief. What "
        "might they notice that is hard to see from inside it?"
    ),
    "fairer": (
        "If another wording would be fairer to you, how might it go? Keeping your own words "
        "as they are is fine too."
    ),
}
ANSWER_NAMES = {
    "then_possible": "What was possible then",
    "someone_sees": "What someone who cares might see",
    "fairer": "A fairer wording",
}
ASK_NEW_WORDING = "If the wording has changed for you, how would you put it now? (Enter keeps it)"
ASK_CAN = "What in it can you influence, even a little?"
ASK_CANNOT = "What in it is outside your hands?"
ASK_STEP = "If there is one, a small step you might take on what you can influence:"
WORRY_NAMES = {
    "can_influence": "Can influence",
    "cannot_influence": "Outside my hands",
    "step": "One small step",
}
LANDING = (
    "This can be heavy to sit with. If it helps, take a slow breath, or look around the room "
    "and name three things you can see; `rj ground` has more."
)
REMOVE_NEEDS_YES = (
    "Removing a belief deletes it and every revisit for good. Add --yes to remove it; "
    "nothing was changed."
)
NOT_REMOVED = "Kept; nothing was changed."


def belief_saved(number: int) -> str:
    return (
        f"Saved belief {number}. `rj belief revisit {number}` comes back to it, whenever you "
        "choose."
    )


def belief_revisited(number: int, times: int) -> str:
    return f"Saved this revisit of belief {number}; it now has {plural(times, 'sitting')}."


def ask_remove(number: int, times: int) -> str:
    return f"Delete belief {number} and its {plural(times, 'sitting')} for good? [y/N]"


def belief_removed(number: int, wiped: bool) -> str:
    """`wiped`: its words are gone from the file too (not while another rj reads it)."""
    done = f"Belief {number} was deleted for good."
    return done if wiped else f"{done} {STILL_IN_FILE}"


def worry_sorted(number: int) -> str:
    return f"Saved worry {number}. `rj belief sorts` lists the worries you have sorted."


def may_revisit(numbers: list[int]) -> str:
    """A gentle offer, under the list, for beliefs not looked at in four weeks or more."""
    listed = ", ".join(str(n) for n in numbers)
    which = f"belief {listed}" if len(numbers) == 1 else f"beliefs {listed}"
    return (
        f"It has been four weeks or more since you looked at {which}. If you feel like it, "
        f"`rj belief revisit {numbers[0]}` comes back to it; there is no hurry."
    )


def bad_theme(text: str, keys: list[str]) -> str:
    return f"A theme is one of {', '.join(keys)} (or none); got {text!r}."


def bad_rating(text: str) -> str:
    return f"How true it feels is a whole number from 0 to 100; got {text!r}."


def bad_belief_id(text: str) -> str:
    return f"A belief id is a number, like 2; got {text!r}."


def no_belief(number: int) -> str:
    return f"There is no belief {number}. `rj belief list` shows the ids."


SOME_SITTINGS = "a list of at least one sitting"  # an imported belief's sittings, in its error
NEW_SITTING = "a sitting not yet in the journal"


def nothing_revisited(number: int) -> str:
    return (
        f"Nothing was given this time, so nothing was saved: belief {number} is as it was. "
        "Come back to it whenever you choose."
    )
