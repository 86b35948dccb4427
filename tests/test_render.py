"""The render layer on its own: fixed width, no colour, exact text."""

from __future__ import annotations

import io

from rich.console import Console

from resilience_journal.render.search import highlighted


def test_highlights_stay_on_the_matched_words_after_escaping():
    snippet = "a\x9b b\u202e walked home"
    start = snippet.index("walked")
    text = highlighted(snippet, [(start, start + len("walked"))])
    (span,) = [s for s in text.spans if s.style]
    assert text.plain[span.start : span.end] == "walked"
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(text)
    assert console.file.getvalue() == "a\\x9b b\\u202e walked home\n"
