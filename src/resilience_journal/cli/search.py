"""rj search: every entry's title and text, best matches first."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, say
from resilience_journal.cli.options import CountOpt, JsonlOpt, NoPagerOpt
from resilience_journal.cli.output import check_json_shape, jsonl_out, paging, to_screen
from resilience_journal.cli.state import state
from resilience_journal.entries import check_count
from resilience_journal.messages import search as words
from resilience_journal.render import plain
from resilience_journal.render import search as view
from resilience_journal.render.common import print_to

app = commands()


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="Words to find; every word must appear. End a word with * to match its "
            "beginning (walk* finds walking).",
        ),
    ],
    number: CountOpt = None,
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """Search every entry's title and text, best matches first.

    Shows 20 results unless -n says otherwise. To a pipe or a file, one entry a line: the
    fields of `rj list`, then the words around the match, between tabs.
    """
    check_json_shape(as_json, as_jsonl)
    journal = state(ctx).journal(create=False)
    wanted = check_count(number) or 20
    hits = journal.search.find(" ".join(query), limit=wanted + 1)  # one more: are there more?
    more, hits = len(hits) > wanted, hits[:wanted]
    if as_json:
        json_out([hit.to_json() for hit in hits])
        return
    if as_jsonl:
        jsonl_out(hit.to_json() for hit in hits)
        return
    if to_screen():
        print_to(view.search_view(hits), page=paging(ctx, no_pager))
        if more:
            say(words.more_matches(wanted))
        return
    if not hits:
        say(words.NOTHING_MATCHED)
        return
    plain.write_lines(plain.search_record(hit) for hit in hits)
    if more:  # a count for the person, never in the records
        say(words.more_matches(wanted))
