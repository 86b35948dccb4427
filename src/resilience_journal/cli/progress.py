"""The progress bar of a long export or import: on a terminal, from PROGRESS_FROM records.
Not a command's module; Rich is imported only when a bar is drawn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

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


@contextmanager
def working(label: str) -> Iterator[None]:
    """On a terminal, `label` and a spinner at once, while a step whose progress cannot be
    counted runs (rj encrypt, rj decrypt); elsewhere nothing."""
    # deferred: Rich, as above; encrypting takes long enough for it not to matter
    from resilience_journal.render import exchange as view

    with view.working(label):
        yield
