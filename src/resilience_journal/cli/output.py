"""Where a command's output goes: a screen drawing on a terminal (through the pager when it
is long), plain records to a pipe or a file, JSON lines for scripts. Shared by the listing
commands, `rj show`, `rj export` and `rj help-now --all`; none of them a command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from itertools import islice
from typing import Any

import typer

from resilience_journal.cli.app import Options
from resilience_journal.cli.state import state
from resilience_journal.messages import output as words
from resilience_journal.render.pager import on_terminal
from resilience_journal.text import json_escape


def to_screen() -> bool:
    """Standard output is a terminal: draw the screen. Otherwise write plain records."""
    return on_terminal()


def paging(ctx: typer.Context, no_pager: bool = False) -> bool:
    """Whether long output may go through the pager: not with --no-pager (after rj or after
    the command), nor with the pager setting off. render/pager.py adds: only on a terminal."""
    root = ctx.find_object(Options)
    if no_pager or (root is not None and root.no_pager):
        return False
    return state(ctx).settings().pages


def check_json_shape(as_json: bool, as_jsonl: bool) -> None:
    if as_json and as_jsonl:
        raise typer.BadParameter(words.JSON_OR_JSONL, param_hint="'--jsonl'")


def jsonl_out(records: Iterable[dict[str, Any]]) -> None:
    """One JSON object a line, written a batch at a time as they come, so `| head` and
    `| jq -c` see the first ones at once. Escaped as json_out escapes (cli/app.py)."""
    out = sys.stdout
    batch: list[str] = []
    for data in records:
        batch.append(json_escape(json.dumps(data, ensure_ascii=False)) + "\n")
        if len(batch) >= 256:
            out.write("".join(batch))
            out.flush()
            batch = []
    out.write("".join(batch))
    out.flush()


def json_stream(records: Iterable[dict[str, Any]]) -> None:
    """A JSON array written as its records come, 256 at a time, so a lifetime of entries is
    never held in memory: the same text, byte for byte, as json_out(list(records))
    (cli/app.py), escaped alike. `rj list --json`, `rj wins --json`."""
    out = sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False, indent=2).encode
    before = "[\n"
    items = iter(records)
    while batch := list(islice(items, 256)):
        # A batch as a JSON array of its own ("[\n  {...},\n  {...}\n]"), its brackets
        # left out: one encoding a batch, not one a record.
        out.write(json_escape(before + encode(batch)[2:-2]))
        before = ",\n"
    out.write("[]\n" if before == "[\n" else "\n]\n")
