"""Command-line interface: one small module per command group, joined here."""

from __future__ import annotations

import os
import sys

# Importing the command modules registers their commands, in the order `rj --help` lists them.
from resilience_journal.cli import home  # noqa: F401
from resilience_journal.cli import writing  # noqa: F401
from resilience_journal.cli import wins  # noqa: F401
from resilience_journal.cli import entries  # noqa: F401
from resilience_journal.cli import values  # noqa: F401
from resilience_journal.cli import goals  # noqa: F401
from resilience_journal.cli import experiments  # noqa: F401
from resilience_journal.cli import practice  # noqa: F401
from resilience_journal.cli import prompts  # noqa: F401
from resilience_journal.cli import exchange  # noqa: F401
from resilience_journal.cli import safety  # noqa: F401
from resilience_journal.cli import settings  # noqa: F401
from resilience_journal.cli import ground  # noqa: F401
from resilience_journal.cli import care  # noqa: F401
from resilience_journal.cli.app import app


def main() -> None:
    os.umask(0o077)  # anything this process creates is private to the person
    try:
        app()
    except KeyboardInterrupt:  # before or after a command runs (during one, JournalGroup)
        sys.stderr.write("\nStopped.\n")
        raise SystemExit(130) from None


__all__ = ["app", "main"]
