"""What `rj config` says, what each setting means, and why a setting or the settings file
could not be used."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# Each setting, as `rj config show` explains it (config.py keeps the keys in this order).
SETTINGS_HELP = {
    "day_starts_at": "When a new journaling day begins, HH:MM between 00:00 and 11:59 "
    "(a 1 a.m. entry still counts for the evening before).",
    "week_starts_on": "The first day of a week for reviews: monday ... sunday.",
    "editor": "The command used to write and edit entries; empty means $VISUAL, then $EDITOR.",
    "pace": "How deep prompts may go: gentle, reflective or deep.",
    "rest_days_per_week": "How many days without writing, in any 7 days, a streak rests "
    "through (0-6).",
    "resurface_entries": "on: `rj today` may show an entry from a year or a month ago; off "
    "(the default) shows only wins and reviews.",
    "check_in": "on (the default): `rj write` and `rj today` ask once a day how much distress "
    "you feel, from 0 (none) to 10 (the most you can imagine); Enter skips. off never asks.",
    "ask_mood": "on (the default): after you write at the terminal, rj asks your mood, from 0 "
    "(lowest) to 10 (best); Enter skips. off never asks; --mood still sets it.",
    "distress_threshold": "From this distress rating (1-10, default 8), rj offers grounding, "
    "your safety plan and people to reach before any prompt, and keeps that day's prompts "
    "gentle.",
    "region": "Where you are, for the crisis lines `rj help-now` shows: US, CA, GB, IE, AU "
    "or NZ (UK, England, USA ... are understood too). Empty: rj guesses from your time zone "
    "and says so, or shows the lines that work anywhere.",
    "backups_keep": "How many backups `rj backup` keeps in the backups folder next to the "
    "journal (1-1000, default 10); older ones are removed. Backups made before an upgrade "
    "are kept.",
    "pager": "on (the default): long output on a terminal (`rj list`, `rj show`, `rj export` "
    "...) goes through $RJ_PAGER, $PAGER or less -FRX. off prints it straight away.",
}
FILE_HEADER = "# Resilience Journal settings. `rj config show` explains each one.\n"


REGION_PARTLY = (
    "Some of GB's lines are for England, or England and Wales, only: their names say so. "
    "findahelpline.com lists lines for Scotland, Wales and Northern Ireland too."
)


def setting_now(key: str, value: str | None) -> str:
    return f"{key} is now {value!r}." if value else f"{key} is now unset."


def setting_default(key: str) -> str:
    return f"{key} is back to its default."


# A value that is not one the setting takes --------------------------------------------


def no_such_setting(key: str, keys: Sequence[str]) -> str:
    return f"There is no setting called {key!r}. Settings: {', '.join(keys)}."


def bad_day_start(given: str) -> str:
    return f"day_starts_at is a time from 00:00 to 11:59, like 04:00; got {given!r}."


def bad_week_start(given: str) -> str:
    return f"week_starts_on is a weekday name, like monday; got {given!r}."


def bad_rest_days(given: str) -> str:
    return f"rest_days_per_week is a whole number from 0 to 6; got {given!r}."


def not_on_or_off(key: str, given: str) -> str:
    return f"{key} is on or off; got {given!r}."


def bad_threshold(given: str) -> str:
    return f"distress_threshold is a whole number from 1 to 10; got {given!r}."


def bad_backups_keep(given: str) -> str:
    return f"backups_keep is a whole number from 1 to 1000; got {given!r}."


def bad_region(given: str, regions: Mapping[str, str]) -> str:
    """`regions`: code to name, each region rj has crisis lines for."""
    known = ", ".join(f"{code} ({name})" for code, name in regions.items())
    return (
        f"rj has no crisis lines for {given!r}. Regions with lines: {known}. Elsewhere, "
        "leave region empty: `rj help-now` shows the lines that work anywhere."
    )


def bad_pace(given: str, paces: Sequence[str]) -> str:
    return f"pace is one of {', '.join(paces)}; got {given!r}."


# The settings file ---------------------------------------------------------------------

FIX_HINT = "Fix it with `rj config set` or `rj config unset`, or edit or delete the file."


def in_file(problem: str, path: object) -> str:
    """A bad value found in the settings file: the problem, the file, how to fix it."""
    return f"{problem} (in {path}) {FIX_HINT}"


def file_unreadable(path: object, line: int | None) -> str:
    where = f" (line {line})" if line is not None else ""
    return (
        f"The settings file could not be read: {path}{where}. "
        "Edit it, or delete it to go back to the defaults."
    )


def file_not_key_values(path: object) -> str:
    return (
        f"The settings file should hold 'key: value' lines: {path}. "
        "Edit it, or delete it to go back to the defaults."
    )


# The person's own contacts, kept in the settings file -----------------------------------

FIX_CONTACTS = "Fix it with `rj contacts`, or edit the file."
CONTACT_NEEDS_BOTH = "It needs a name and a way to reach them."
CONTACT_PARTS = {"name": "The name", "reach": "How to reach them"}
CONTACT_EXAMPLES = {"name": "'Dr. Lee'", "reach": "'call 555 0100'"}


def contacts_not_a_list(path: object) -> str:
    return f"`contacts` in {path} should be a list. {FIX_CONTACTS}"


def contact_skipped(number: int, path: object, problem: str) -> str:
    return f"Contact {number} in {path} was skipped: {problem} {FIX_CONTACTS}"


def contact_part_empty(part: str) -> str:
    return f"{CONTACT_PARTS[part]} is empty; a few words like {CONTACT_EXAMPLES[part]} will do."


def contact_part_too_long(part: str, limit: int) -> str:
    return f"{CONTACT_PARTS[part]} is longer than {limit} characters."


def file_too_big(path: object, limit: int) -> str:
    return (
        f"The settings file is over {limit // 1024} KiB, far more than settings need: {path}. "
        "Edit it, or delete it to go back to the defaults."
    )


def value_too_long(key: str, limit: int) -> str:
    return f"The value for {key} is over {limit:,} characters, longer than any setting needs."
