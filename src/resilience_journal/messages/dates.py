"""What rj says about a day or a week it cannot read."""

from __future__ import annotations

EXAMPLES = "Try 'today', 'yesterday', '3 days ago', 'last friday', 'nov 20' or 2026-11-20."
DUE_EXAMPLES = "Try 'in 3 weeks', 'next friday', 'dec 20', 'end of month' or 2026-12-20."


def unreadable(text: str, examples: str = EXAMPLES) -> str:
    return f"That date could not be read: {text!r}. {examples}"


def in_future(text: str, day: str) -> str:
    """`day` is the ISO day it was read as, said only when it is not what was typed."""
    read_as = f" ({day})" if text.strip() != day else ""
    return f"That date is in the future: {text!r}{read_as}. Try today or an earlier day."


def week_form(text: str) -> str:
    return f"A week is written like 2026-W47; got {text!r}."


def week_out_of_range(text: str) -> str:
    return f"That week is out of range: {text!r}. Try a year from 1900 to 9998."


def weeks_in_year(year: int, weeks: int, text: str) -> str:
    return f"{year} has weeks W01 to W{weeks}; got {text!r}."


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ambiguous(text: str, one: tuple[int, int], other: tuple[int, int], year: int | None) -> str:
    """A day written as numbers that reads two ways; `one` and `other` are (day, month)."""

    def named(day: int, month: int) -> str:
        return f"{day} {_MONTH_ABBR[month - 1]}" + (f" {year}" if year is not None else "")

    day, month = one
    how = f"the month as a word, like '{named(day, month)}'"
    if year is not None:
        how += f", or the year first, like {year:04d}-{month:02d}-{day:02d}"
    return (
        f"That date could be read two ways: {text!r} may be {named(*one)} or {named(*other)}. "
        f"Write {how}."
    )
