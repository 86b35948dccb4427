"""Where `rj` starts (the console script and `python -m resilience_journal`). It imports
the CLI inside a guard, so that Ctrl-C pressed while rj is still starting up stops it
calmly instead of printing a traceback."""

from __future__ import annotations

import sys

from resilience_journal.messages.common import STOPPED


def main() -> None:
    try:
        from resilience_journal.cli import main as run  # deferred: Ctrl-C while starting is calm
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{STOPPED}\n")
        raise SystemExit(130) from None
    run()
