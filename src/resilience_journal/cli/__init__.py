"""Command-line interface: one small module per command group (cli/<feature>.py), found
through the table in cli/commands.py and imported only when its command runs."""

from __future__ import annotations

import os
import sys

from resilience_journal.cli.app import app
from resilience_journal.messages.common import STOPPED


def main() -> None:
    os.umask(0o077)  # anything this process creates is private to the person
    try:
        app()
    except KeyboardInterrupt:  # before or after a command runs (during one, JournalGroup)
        sys.stderr.write(f"\n{STOPPED}\n")
        raise SystemExit(130) from None


__all__ = ["app", "main"]
