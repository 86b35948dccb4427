"""A closed terminal (SIGHUP) or a stopped job (SIGTERM) taken as Ctrl-C, for the stretches
where Python's default (ending the process, no `finally` run) would leave something behind:
a new journal built aside by an import, an unsent letter in the editor's folder."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def stopped_as_by_ctrl_c() -> Iterator[None]:
    """Inside: SIGTERM and SIGHUP raise KeyboardInterrupt, so clean-up in `finally` runs."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signals = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    before = {sig: signal.signal(sig, stop) for sig in signals}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
