"""rj recall: when have I got through before? (recall.py decides what, render/recall.py
draws it.)"""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now
from resilience_journal.cli.state import state
from resilience_journal.messages import recall as words
from resilience_journal.render import recall as view
from resilience_journal.render.common import print_to

app = commands()


@app.command(help=words.RECALL_HELP)
def recall(
    ctx: typer.Context,
    found_words: Annotated[
        list[str] | None,
        typer.Argument(metavar="[WORDS...]", help=words.WORDS_HELP, show_default=False),
    ] = None,
    include_hard: Annotated[
        bool, typer.Option("--include-hard", "--all", help=words.INCLUDE_HARD_HELP)
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    journal = state(ctx).journal(create=False)
    today = journal.today(now())
    # Nothing from the person's hard dates (rj dates) is recalled unless --include-hard.
    found = journal.recall.recall(found_words or [], today, include_hard=include_hard)
    if as_json:
        json_out(found.to_json())
        return
    print_to(view.recall_view(found, today, include_hard=include_hard))
