"""What `rj search` says."""

from __future__ import annotations

NO_WORDS = "Search for at least one word."


def more_matches(shown: int) -> str:
    """Under the matches, when there are more than were shown."""
    return f"Showing the best {shown}; there are more. `rj search -n 100 WORDS` shows more."


NOTHING_MATCHED = "Nothing matched. Try fewer words, or a word ending in * for a prefix."
