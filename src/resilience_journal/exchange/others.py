"""The exports for other tools: jrnl's plain-text journal (jrnl_text.py) and CSV of
entries or of wins (csv_export.py), each streamed a record at a time.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

from resilience_journal.exchange.csv_export import count_csv, entry_rows, win_rows
from resilience_journal.exchange.export import Advance, Selection, nothing
from resilience_journal.exchange.jrnl_text import count_jrnl, jrnl_chunks
from resilience_journal.store import JournalStore

EXPORTS = ("jrnl-txt", "csv", "csv-wins")


def other_count(store: JournalStore, selection: Selection, to_format: str) -> int:
    """How many records an export in `to_format` (one of EXPORTS) writes."""
    if to_format == "jrnl-txt":
        return count_jrnl(store, selection)
    return count_csv(store, selection, wins=to_format == "csv-wins")


def other_chunks(
    store: JournalStore,
    selection: Selection,
    to_format: str,
    advance: Advance = nothing,
    day_start: time = time(0),
) -> Iterator[str]:
    """The export in `to_format` (one of EXPORTS), a piece at a time; `day_start` (the
    setting day_starts_at) dates jrnl's entries written after midnight."""
    if to_format == "jrnl-txt":
        return jrnl_chunks(store, selection, advance, day_start)
    if to_format == "csv-wins":
        return win_rows(store, selection, advance)
    return entry_rows(store, selection, advance)
