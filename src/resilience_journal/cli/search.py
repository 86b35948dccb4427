"""rj search: every entry's title and text, best matches first."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from resilience_journal.cli.app import JsonOpt, commands, say
from resilience_journal.cli.options import CountOpt, JsonlOpt, NoPagerOpt
from resilience_journal.cli.output import (
    check_json_shape,
    json_stream,
    jsonl_out,
    paging,
    to_screen,
)
from resilience_journal.cli.state import state
from resilience_journal.entries import check_count
from resilience_journal.messages import search as words
from resilience_journal.render import plain
from resilience_journal.render import search as view
from resilience_journal.render.common import print_to
from resilience_journal.text import readable

app = commands()

SHOWN = 20  # without -n, on the screen and to a pipe
_OPTIONS = {"-n", "--number", "--json", "--jsonl", "--no-pager", "-h", "--help"}
_TAKES_VALUE = {"-n", "--number"}


def words_after_options(args: list[str]) -> list[str]:
    """The options first, then `--` and the words, so that a word to leave out (-rain) is
    a word, never an unknown option (-r) or -n with a value ('ain')."""
    options: list[str] = []
    found: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            found += rest
        elif arg in _TAKES_VALUE:
            value = next(rest, None)
            if value is None:  # -n at the very end: click says it needs a number
                return [*options, arg]
            options += [arg, value]
        elif arg in _OPTIONS or arg.startswith("--") or (arg[:2] == "-n" and arg[2:].isdigit()):
            options.append(arg)
        else:
            found.append(arg)
    return [*options, "--", *found] if found else options


class SearchCommand(TyperCommand):
    """rj search, reading its words after its options (words_after_options)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, words_after_options(args))


@app.command(cls=SearchCommand, help=words.SEARCH_HELP)
def search(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(metavar="WORDS...", help=words.WORDS_HELP)],
    number: CountOpt = None,
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    check_json_shape(as_json, as_jsonl)
    query = [readable(word) for word in query]  # bytes that were not UTF-8: U+FFFD
    journal = state(ctx).journal(create=False)
    limit = check_count(number)
    if as_json or as_jsonl:  # every match unless -n says otherwise, as rj list --json
        found = (hit.to_json() for hit in journal.search.find(query, limit=limit))
        (json_stream if as_json else jsonl_out)(found)
        return
    wanted = limit or SHOWN
    hits = list(journal.search.find(query, limit=wanted + 1))  # one more: are there more?
    more, hits = len(hits) > wanted, hits[:wanted]
    total = journal.search.count(query) if more else len(hits)
    if to_screen():
        print_to(view.search_view(hits, total), page=paging(ctx, no_pager))
        return
    if not hits:
        say(words.NOTHING_MATCHED)
        return
    plain.write_lines(plain.search_record(hit) for hit in hits)
    if more:  # a count for the person, never in the records
        say(words.more_matches(wanted, total))
