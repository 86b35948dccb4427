"""Export and import on screen: the progress bar and the import preview."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich import box
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from resilience_journal.dates import short_day
from resilience_journal.messages import exchange as words
from resilience_journal.render.common import MUTED, console, user_text


@contextmanager
def progress(
    total: int, label: str, *, then: str | None = None, in_bytes: bool = False
) -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error while `total` records (or bytes) are done, when that
    is a terminal; otherwise nothing at all. Yields the function to call as they are done;
    once all are, the bar says `then` if given (an import indexing what it read). The bar
    is cleared at the end. (cli/progress.py decides whether there is enough for one.)"""
    out = console(stderr=True)
    if not out.is_terminal:
        yield lambda _: None
        return
    count = DownloadColumn() if in_bytes else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), count)
    # Standard output stays where it goes (a file, a pipe): only the bar is on the terminal.
    with Progress(
        *columns, console=out, transient=True, redirect_stdout=False, redirect_stderr=False
    ) as bar:
        task = bar.add_task(label, total=total)
        done = 0

        def advance(step: int) -> None:
            nonlocal done
            done += step
            bar.advance(task, step)
            if then and done >= total:
                bar.update(task, description=then)

        yield advance


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


def import_preview(
    entries: Sequence[dict[str, Any]], wins: Sequence[dict[str, Any]], total: int | None = None
) -> Table:
    """What an import would add: day and first line of each entry and win (at most 20, the
    earliest; `total` of them in all)."""
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
    total = len(rows) if total is None else total
    if total > 20:
        table.add_row("", "", user_text(words.and_more(total - 20), MUTED))
    return table
