"""Command-line interface: one small module per command group, joined here."""

from __future__ import annotations

import os

from resilience_journal.cli import entries, home, settings  # noqa: F401  (registers commands)
from resilience_journal.cli.app import app


def main() -> None:
    os.umask(0o077)  # anything this process creates is private to the person
    app()


__all__ = ["app", "main"]
