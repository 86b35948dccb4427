"""`rj write --unsent`: the text shown back once, before it goes."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding

from resilience_journal.messages import unsent as words
from resilience_journal.render.common import MUTED, message, user_text


def shown_back(text: str) -> RenderableType:
    return Group(message(words.SHOWN_BACK, MUTED), Padding(user_text(text), (1, 0, 1, 2)))
