"""The progress bar of a long export or import: on a terminal, from PROGRESS_FROM records.
Not a command's module; Rich is imported only when a bar is drawn."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from resilience_journal.exchange.export import Advance, nothing

# A progress bar appears on a terminal from this many records written.
PROGRESS_FROM = 300


def progress(total: int, label: str, least: int) -> AbstractContextManager[Advance]:
    """A progress bar on a terminal from `least` records (render/exchange.py); with fewer,
    none, and Rich is not even imported."""
    if total < least:
        return nullcontext(nothing)
    # deferred: Rich costs ~40 ms; a bar is drawn only from PROGRESS_FROM records on
    from resilience_journal.render import exchange as view

    return view.progress(total, label)
