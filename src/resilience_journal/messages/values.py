"""What the values commands say."""

from __future__ import annotations

from resilience_journal.messages.common import STOPPED, and_list, plural

VALUES_INTRO = (
    "Values are what matter to you: the directions you want your days to face, not goals "
    "to finish. Pick a few to start with; you can change them any time."
)
VALUES_PICK = (
    "Type numbers or your own words, separated by commas (like 1, 4, being present). Enter skips."
)
VALUES_NONE_CHOSEN = "No values added. `rj values` offers these again whenever you like."
VALUES_ADD_HINT = "`rj values add NAME` adds one of these, or one of your own."
NO_VALUES_YET = "You have no values yet. `rj values` helps you choose some."
RATE_INTRO = (
    "A short check-in. For each value: how much it matters to you, and how much room it has "
    "had in your days this past week, from 1 (very little) to 10 (a great deal). Enter skips "
    "a value. There are no right answers."
)
RATE_NEEDS_ALL = (
    "To rate from a script, give --value, --importance and --consistency together. "
    "Nothing was saved."
)
RATE_NEEDS_TERMINAL = (
    "`rj values rate` asks its questions on a terminal. From a script, pass --value, "
    "--importance and --consistency. Nothing was saved."
)
RATE_ASK_AGAIN = "A whole number from 1 to 10, or Enter to skip this value."
PICK_ASK_AGAIN = "Numbers from the list or names of your values, or Enter to skip."
ASK_IMPORTANCE = "  How much does it matter to you? (1-10)"
ASK_CONSISTENCY = "  How much room has it had in your days this past week? (1-10)"
# What a rating is called in its error ("Importance is a whole number from 1 to 10").
IMPORTANCE = "Importance"
CONSISTENCY = "Consistency"
A_RATING = "A rating"
LATEST_CHECK_IN = "your latest check-in"  # a column of `rj values`
NOT_RATED_YET = "not rated yet"
VALUE_NEEDS_NAME = "A value needs a name, like honesty or 'being present'."


def quoted_name(name: str) -> str:
    """A value's name as typed after `rj values add`: quoted when it has spaces."""
    return f"'{name}'" if " " in name else name


def values_added(names: list[str]) -> str:
    return (
        f"Added {and_list(names)}. `rj values rate` is a short check-in on how they are going, "
        "whenever you like."
    )


def value_added(name: str, revived: bool) -> str:
    if revived:
        return f"{name!r} is one of your values again; its history was kept."
    return f"Added {name!r} to your values."


def value_renamed(old: str, new: str) -> str:
    return f"Renamed {old!r} to {new!r}; entries and wins linked to it follow."


def value_archived(name: str) -> str:
    return (
        f"Archived {name!r}: it rests, and its history is kept. "
        f"`rj values add {quoted_name(name)}` brings it back."
    )


def ratings_kept(count: int) -> str:
    if count == 0:
        return "No ratings were kept."
    return f"Kept {plural(count, 'rating')}. `rj alignment` shows them beside what you did."


def rating_stopped(kept: int) -> str:
    """Ctrl-C part way through `rj values rate`: the ratings answered are kept."""
    return f"{STOPPED} {ratings_kept(kept)}"


def rating_kept(name: str, importance: int, consistency: int) -> str:
    return f"Kept for {name}: {rating_words(importance, consistency)}."


# A rating on screen is words, never a number out of ten: a fraction reads like a grade.
# Each scale is cut in four; the words say what the person said, not how well they did.
_MATTERS = ((9, "a great deal"), (7, "a lot"), (4, "somewhat"), (1, "a little"))
_ROOM = ((9, "plenty of room"), (7, "a good deal of room"), (4, "some room"), (1, "little room"))


def _scale(rating: int, words: tuple[tuple[int, str], ...]) -> str:
    return next(said for least, said in words if rating >= least)


def how_much_it_matters(importance: int) -> str:
    """'a great deal' (9-10), 'a lot' (7-8), 'somewhat' (4-6), 'a little' (1-3)."""
    return _scale(importance, _MATTERS)


def how_much_room(consistency: int) -> str:
    """'plenty of room' (9-10), 'a good deal of room' (7-8), 'some room' (4-6),
    'little room' (1-3)."""
    return _scale(consistency, _ROOM)


def rating_cells(
    importance: int | None, consistency: int | None, missing: tuple[str, str] = ("–", "–")
) -> tuple[str, str]:
    """How much a value matters and how much room it has had, in words, for a table's two
    cells; `missing` when it is not rated."""
    if importance is None or consistency is None:
        return missing
    return how_much_it_matters(importance), how_much_room(consistency)


def rating_words(importance: int, consistency: int) -> str:
    """'matters a great deal · has had little room lately'."""
    return (
        f"matters {how_much_it_matters(importance)} · has had {how_much_room(consistency)} lately"
    )


def value_heading(name: str, description: str | None) -> str:
    """A value as `rj values rate` asks about it, on a line of its own."""
    about = f" ({description})" if description else ""
    return f"\n{name}{about}"


def no_such_number(word: str) -> str:
    return f"There is no number {word} in the list."


def name_too_long(limit: int, length: int) -> str:
    return f"A value's name can be up to {limit} characters, not {length}."


def bad_name(text: str) -> str:
    return (
        "A value's name is a word or a few, of letters, digits, spaces and - ' & / . "
        f"starting with a letter or digit; got {text!r}."
    )


def description_too_long(limit: int, length: int) -> str:
    return f"A description can be up to {limit} characters, not {length}."


def bad_rating(what: str, text: str) -> str:
    return f"{what} is a whole number from 1 to 10; got {text!r}."


def unknown_value(name: str, known: list[str]) -> str:
    """A value name that is not one of the person's active values (`known`)."""
    if not known:
        return (
            f"There is no value {name!r} yet. `rj values` helps you choose some, or "
            f"`rj values add {quoted_name(name)}` adds it."
        )
    return (
        f"There is no value {name!r}. Your values: {', '.join(known)}. "
        f"`rj values add {quoted_name(name)}` adds it."
    )


def value_is_archived(name: str) -> str:
    return f"{name!r} is archived. `rj values add {quoted_name(name)}` brings it back."


def already_a_value(name: str) -> str:
    return f"{name!r} is already one of your values."


def name_taken(name: str, archived: bool) -> str:
    """A rename onto the name of another value."""
    if archived:
        return (
            f"{name!r} is one of your archived values; pick another name, or "
            f"`rj values add {quoted_name(name)}` brings it back."
        )
    return f"{name!r} is already a value; pick another name."
