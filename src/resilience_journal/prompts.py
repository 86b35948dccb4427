"""Kept only so that older imports of `resilience_journal.prompts` still work while they
move to the prompting package (prompting/__init__.py says why it has another name):
cli/state.py, cli/writing.py, tests/test_fuzz.py and tests/test_display_safety.py. Import
from resilience_journal.prompting.<module> instead; delete this file once none does."""

from __future__ import annotations

from resilience_journal.prompting.choosing import (
    REPEAT_DAYS,
    choose,
    grounding_line,
    weekly_prompts,
)
from resilience_journal.prompting.depth import PACE_DEPTHS
from resilience_journal.prompting.library import Library, bundled_dir, load_library
from resilience_journal.prompting.packs import (
    DEPTHS,
    Category,
    Prompt,
    PromptFileError,
    load_file,
)

__all__ = [
    "DEPTHS",
    "PACE_DEPTHS",
    "REPEAT_DAYS",
    "Category",
    "Library",
    "Prompt",
    "PromptFileError",
    "bundled_dir",
    "choose",
    "grounding_line",
    "load_file",
    "load_library",
    "weekly_prompts",
]
