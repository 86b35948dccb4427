"""Options and arguments shared by the entry commands (and by wins, export and review).

The checks they go through are the domain's: entries.check_count, entries.day_range,
entries.parse_entry_id."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli import completion
from resilience_journal.messages import output as output_words

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
        autocompletion=completion.tags,
    ),
]
ValueOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--value",
        metavar="VALUE",
        help="One of your values this lived; repeat for more (`rj values` lists them).",
        show_default=False,
        autocompletion=completion.values,
    ),
]
MoodOpt = Annotated[
    str | None,
    typer.Option(
        "--mood",
        "-m",
        metavar="0-10",
        help="How you feel, from 0 (lowest) to 10 (best).",
        show_default=False,
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
        "--prompt",
        metavar="ID",
        help="The id of the prompt this answers.",
        show_default=False,
        autocompletion=completion.prompt_ids,
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

# Where output goes (cli/output.py decides): the listings, show, export and help-now --all.
NoPagerOpt = Annotated[bool, typer.Option("--no-pager", help=output_words.NO_PAGER_HELP)]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help=output_words.JSONL_HELP)]
