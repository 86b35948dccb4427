"""Export and import on screen: the progress bar and the import preview."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich import box
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from resilience_journal.dates import short_day
from resilience_journal.messages import exchange as words
from resilience_journal.render.common import MUTED, console, user_text


@contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error while `total` records are written, when that is a
    terminal; otherwise nothing at all. Yields the function to call as records are done.
    The bar is cleared at the end. (cli/progress.py decides whether there are enough
    records for one.)"""
    out = console(stderr=True)
    if not out.is_terminal:
        yield lambda _: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    # Standard output stays where it goes (a file, a pipe): only the bar is on the terminal.
    with Progress(
        *columns, console=out, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.advance(task, done)


@contextmanager
def working(label: str) -> Iterator[None]:
    """On a terminal, `label` with a spinner on standard error while a step that cannot be
    counted runs (rj encrypt's rewrite of the file), shown at once and cleared at the end;
    otherwise nothing."""
    out = console(stderr=True)
    if not out.is_terminal:
        yield
        return
    with out.status(label):
        yield


def import_preview(entries: Sequence[dict[str, Any]], wins: Sequence[dict[str, Any]]) -> Table:
    """What an import would add: day and first line of each entry and win (at most 20)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("day", no_wrap=True, min_width=15)
    table.add_column("kind", no_wrap=True, style=MUTED)
    table.add_column("would add", ratio=1, overflow="ellipsis", no_wrap=True, min_width=10)
    rows = [(e["day"], e["kind"], e["title"] or e["body"]) for e in entries]
    rows += [(w["day"], "win", w["text"]) for w in wins]
    rows.sort(key=lambda row: row[0])
    for day, kind, text in rows[:20]:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        table.add_row(short_day(day), kind, user_text(first))
    if len(rows) > 20:
        table.add_row("", "", user_text(words.and_more(len(rows) - 20), MUTED))
    return table
