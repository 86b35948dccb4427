"""What the prompt commands say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_journal.prompts import Prompt


NO_PROMPT_FITS = "No prompt fits those choices. `rj prompts categories` shows what there is."
PROMPT_FOOTER = "Only if it helps. `rj write` shows it; `rj prompt -a` offers another."
PROMPT_IN_EDITOR = "Today's prompt, only if it helps (write about anything you like):"


def prompt_lines(prompt: Prompt | None) -> list[str]:
    """Today's prompt as lines for the top of the editor's file (they are left out)."""
    if prompt is None:
        return []
    import textwrap

    lines = [PROMPT_IN_EDITOR, *textwrap.wrap(prompt.text, 74)]
    if prompt.follow_ups:
        lines += textwrap.wrap(f"Then, if you like: {prompt.follow_ups[0]}", 74)
    return [*lines, ""]


def write_to_prompt(prompt_id: str) -> str:
    return f"`rj write --prompt {prompt_id}` writes to this one."


def depth_above_pace(depth: str, pace: str) -> str:
    return (
        f"Your pace is {pace}, so {depth} prompts are not offered. `--pace {depth}` shows one "
        f"this time; `rj config set pace {depth}` changes it."
    )


GENTLE_TODAY = "Today's prompts stay gentle. Write about anything you like, or nothing at all."


def gentle_today(distress: int, depth: str) -> str:
    return (
        f"You rated your distress {distress} today, so prompts stay gentle today and {depth} "
        "ones are not offered. `rj write --prompt ID` still opens any prompt you choose."
    )
