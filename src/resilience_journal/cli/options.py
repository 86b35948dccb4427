"""Options and arguments shared by the entry commands, and their first checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from resilience_journal.errors import JournalError
from resilience_journal.messages import entries as entries_words
from resilience_journal.messages.common import since_after_until

if TYPE_CHECKING:
    from resilience_journal.entries import EntryOptions
    from resilience_journal.journal import Journal

TitleOpt = Annotated[
    str | None,
    typer.Option("--title", "-t", metavar="TITLE", help="A short title.", show_default=False),
]
TagOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        metavar="TAG",
        help="A tag; repeat for more (--tag sleep --tag family).",
        show_default=False,
    ),
]
ValueOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--value",
        metavar="VALUE",
        help="One of your values this lived; repeat for more (`rj values` lists them).",
        show_default=False,
    ),
]
MoodOpt = Annotated[
    str | None,
    typer.Option(
        "--mood", "-m", metavar="0-10", help="How you feel, 0 (lowest) to 10.", show_default=False
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        "-d",
        metavar="DAY",
        show_default=False,
        help="The day it belongs to: yesterday, '3 days ago', 'last friday', 'nov 20', 2026-11-20.",
    ),
]
PromptOpt = Annotated[
    str | None,
    typer.Option(
        "--prompt", metavar="ID", help="The id of the prompt this answers.", show_default=False
    ),
]
IdArg = Annotated[str, typer.Argument(metavar="ID", help="The entry's number, as `rj list` shows.")]
CountOpt = Annotated[
    str | None,
    typer.Option("-n", "--number", metavar="N", help="How many to show.", show_default=False),
]


SinceOpt = Annotated[
    str | None, typer.Option(metavar="DAY", help="From this day on.", show_default=False)
]
UntilOpt = Annotated[
    str | None, typer.Option(metavar="DAY", help="Up to this day.", show_default=False)
]


def day_range(since: str | None, until: str | None, today: date) -> tuple[date | None, date | None]:
    """--since and --until read as days (either may be left out), in order."""
    from resilience_journal.dates import parse_day

    first = parse_day(since, today=today) if since else None
    last = parse_day(until, today=today) if until else None
    if first and last and first > last:
        raise JournalError(since_after_until(str(first), str(last)))
    return first, last


def entry_options(
    journal: Journal,
    moment: datetime,
    outcome: str = "Nothing was saved.",
    values: Sequence[str] = (),
    **given: Any,
) -> EntryOptions:
    """Every option checked (values against the journal's own) before any text is asked for."""
    from dataclasses import replace

    from resilience_journal.entries import parse_options

    try:
        options = parse_options(today=journal.today(moment), **given)
        return replace(options, values=journal.values.resolve(values)) if values else options
    except JournalError as err:
        raise JournalError(f"{err.message} {outcome}") from None


def parse_entry_id(text: str) -> int:
    value = text.strip().lstrip("#")
    from resilience_journal.entries import whole_number

    number = whole_number(value)
    if number is None:
        raise JournalError(entries_words.bad_entry_id(text))
    return number
