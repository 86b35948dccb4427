"""What `rj search` says."""

from __future__ import annotations

NO_WORDS = "Search for at least one word."
ONLY_LEFT_OUT = (
    "A word with - before it is left out of what is found; add at least one word to find."
)


def more_matches(shown: int, total: int) -> str:
    """Under the matches, when there are more than were shown."""
    return f"Showing the best {shown} of {total}. Add -n {total} to see them all."


NOTHING_MATCHED = "Nothing matched. Try fewer words, or a word ending in * for a prefix."

WORDS_HELP = (
    'Words to find; every word must appear. "an exact phrase" in quotes, OR between two '
    "words or phrases (either will do), -word to leave out entries with that word, and "
    "walk* to match a word's beginning (walking). Words inside Chinese or Japanese text, "
    "and emoji, are found too."
)
SEARCH_HELP = """Search every entry's title and text, best matches first.

Shows the best 20 unless -n says otherwise, and how many there are in all; with --json or
--jsonl, every match. To a pipe or a file, one entry a line: the fields of `rj list`, then
the words around the match, between tabs.

Examples: rj search sister walk · rj search "kettle sang" · rj search tea OR coffee ·
rj search garden -rain · rj search walk*
"""
