"""Entries or wins as CSV, for a spreadsheet (`rj export --format csv` and `--format
csv-wins`). Written by Python's csv module (RFC 4180: a field with a comma, a quote or a line
break is quoted, a quote doubled), a header row first, a row at a time.

- Entries (not weekly reviews, not the trash): day, time, title, mood, tags, words. The time
  is the local time it was written; tags are separated by a comma and a space; mood is empty
  when none was noted.
- Wins (not the trash): day, time, win, values.
- A spreadsheet runs a cell that starts with = + - or @ (or a tab or carriage return) as a
  formula. Any such cell of your text (a title, a tag, a win, a value) gets a ' before it,
  which a spreadsheet shows as text and does not run.

Pure domain code: no typer, no rich. Rows stream from the store a record at a time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import datetime

from resilience_journal.exchange.export import Advance, Row, Selection, nothing
from resilience_journal.messages import formats as words
from resilience_journal.store import JournalStore
from resilience_journal.text import count_words

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ENTRIES = ("entry",)


def guarded(cell: str) -> str:
    """A cell of a person's text that a spreadsheet would run as a formula, made text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def count_csv(store: JournalStore, selection: Selection, *, wins: bool) -> int:
    """How many rows (after the header) a CSV export of `selection` writes."""
    entries, win_count = store.export.count_for_export(
        since=selection.since, until=selection.until, kinds=ENTRIES, deleted=False
    )
    if wins:
        return win_count if selection.wins else 0
    return entries if "entry" in selection.kinds else 0


def entry_rows(
    store: JournalStore, selection: Selection, advance: Advance = nothing
) -> Iterator[str]:
    """Entries as CSV text, a row at a time (see the module's notes)."""
    rows: Iterable[Row] = (
        store.export.export_entries(
            since=selection.since, until=selection.until, kinds=ENTRIES, deleted=False
        )
        if "entry" in selection.kinds
        else ()
    )
    return _csv(
        words.ENTRY_COLUMNS,
        (
            [
                row["day"],
                _clock(row["created_at"]),
                guarded(row["title"] or ""),
                "" if row["mood"] is None else str(row["mood"]),
                guarded(", ".join(row["tags"])),
                str(count_words(row["body"])),
            ]
            for row in rows
        ),
        advance,
    )


def win_rows(
    store: JournalStore, selection: Selection, advance: Advance = nothing
) -> Iterator[str]:
    """Wins as CSV text, a row at a time (see the module's notes)."""
    rows: Iterable[Row] = (
        store.export.export_wins(since=selection.since, until=selection.until, deleted=False)
        if selection.wins
        else ()
    )
    return _csv(
        words.WIN_COLUMNS,
        (
            [
                row["day"],
                _clock(row["created_at"]),
                guarded(row["text"]),
                guarded(", ".join(row["values"])),
            ]
            for row in rows
        ),
        advance,
    )


def _csv(header: Iterable[str], rows: Iterable[list[str]], advance: Advance) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        yield buffer.getvalue()
        advance(1)


def _clock(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp).astimezone()
    return f"{moment.hour:02d}:{moment.minute:02d}"
