"""What `rj dates` says, and the home screen's quiet line on a marked date. The person's
own words for a date are never quoted here: in errors they could be seen over a shoulder,
and a line that names the day is enough."""

from __future__ import annotations

from resilience_journal.dates import long_day, short_day

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip

NO_DATES_YET = (
    "No dates marked. If a day in the year is hard for you, `rj dates add DAY` marks it: "
    "around it, rj looks back at nothing and keeps prompts gentle."
)
# On the home screen, instead of the greeting, on a marked date itself.
ON_THE_DAY = (
    "Today may carry weight. Go as gently as you like; `rj help-now` has people to reach, "
    "whenever you need them."
)
ONCE_NEEDS_YEAR = (
    "--once needs a date with its year, like 2027-03-12. Without --once, a date comes back "
    "every year."
)
WHAT_ONE_LINE = "What the date is, if you add it, fits on one line."
HOW_IT_WORKS = (
    "Within the days around a marked date, rj brings nothing back from the past on the home "
    "screen and keeps prompts gentle. Nothing is guessed from what you write."
)


def date_line(when: str, window: int, coming: str | None) -> str:
    """A marked date in `rj dates`: '2 December, every year · 7 days around · next Wed 2
    Dec 2026'. `coming`: the next day it falls (ISO), None once a date that happened once
    is past."""
    around = "that day only" if window == 0 else f"{window} {_days(window)} either side"
    return f"{when} · {around}" + (f" · next {short_day(coming)}" if coming else "")


def date_words(month: int, day: int, year: int | None, once: bool) -> str:
    """'12 March, every year', '12 March 2019, every year' or '12 March 2027, once'."""
    when = f"{day} {_MONTHS[month - 1]}" + (f" {year}" if year is not None else "")
    return f"{when}, {'once' if once else 'every year'}"


def marked(date_id: int, when: str, window: int, coming: str | None) -> str:
    """After `rj dates add`: `when` from date_words, `coming` the next day it falls (ISO)."""
    around = (
        "On that day" if window == 0 else f"From {window} {_days(window)} before to {window} after"
    )
    said = (
        f"Marked {when} (id {date_id}). {around}, rj looks back at nothing and keeps prompts"
        " gentle."
    )
    if coming is not None:
        said += f" Next: {long_day(coming)}."
    return said


def removed(date_id: int, when: str) -> str:
    return f"Removed date {date_id} ({when}). Around it, rj is as it is on other days."


def no_such_date(date_id: int) -> str:
    return f"There is no marked date {date_id}. `rj dates` lists them."


def not_an_id(text: str) -> str:
    return f"A date's id is a number, as `rj dates` shows; got {text!r}."


def window_range(window: int, most: int) -> str:
    return f"--window is a number of days from 0 to {most}; got {window}."


def what_too_long(most: int, given: int) -> str:
    return f"What the date is fits in {most} characters; that was {given}."


def _days(count: int) -> str:
    return "day" if count == 1 else "days"


DAY_LOOKS_LIKE_WORDS = (
    'The day goes first, then your words: `rj dates add "12 March" "what it is"`. '
    "Nothing was saved."
)
