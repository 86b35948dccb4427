"""What `rj search` says."""

from __future__ import annotations

NO_WORDS = "Search for at least one word."
NOTHING_MATCHED = "Nothing matched. Try fewer words, or a word ending in * for a prefix."
