"""Streaks on screen."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType

from resilience_journal.render.common import message


def streak_view(lines: Sequence[str]) -> RenderableType:
    return Group(*(message(line) for line in lines))
