"""What stands above the lines typed at the terminal, when writing there."""

from __future__ import annotations

from rich.console import RenderableType

from resilience_journal.prompting.packs import Prompt
from resilience_journal.render.common import user_text
from resilience_journal.render.prompts import prompt_block


def above_typing(shown: str | Prompt) -> RenderableType:
    """The text so far (or the weekly review's questions), or the prompt with a follow-up."""
    return user_text(shown) if isinstance(shown, str) else prompt_block(shown)
