"""The progress bar of a long export or import: on a terminal (never a pipe, never in CI),
from PROGRESS_FROM records or PROGRESS_BYTES of a file read. Not a command's module; Rich
is imported only when a bar is drawn."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from resilience_journal.exchange.export import Advance, nothing

# A progress bar appears on a terminal from this many records written,
PROGRESS_FROM = 300
# or, for an import (a bar over the bytes of the file read), from this size of file.
PROGRESS_BYTES = 512 * 1024


def progress(
    total: int, label: str, least: int, *, then: str | None = None
) -> AbstractContextManager[Advance]:
    """A progress bar on a terminal from `least` records, or bytes (render/exchange.py);
    with fewer, none, and Rich is not even imported. `then` labels the bar once the total
    is reached (an import indexing what it read)."""
    if total < least or os.environ.get("CI"):
        return nullcontext(nothing)
    # deferred: Rich costs ~40 ms; a bar is drawn only from PROGRESS_FROM records on
    from resilience_journal.render import exchange as view

    return view.progress(total, label, then=then, in_bytes=then is not None)


@contextmanager
def working(label: str) -> Iterator[None]:
    """On a terminal, `label` and a spinner at once, while a step whose progress cannot be
    counted runs (rj encrypt, rj decrypt); elsewhere (a pipe, CI) nothing."""
    if os.environ.get("CI"):
        yield
        return
    # deferred: Rich, as above; encrypting takes long enough for it not to matter
    from resilience_journal.render import exchange as view

    with view.working(label):
        yield
