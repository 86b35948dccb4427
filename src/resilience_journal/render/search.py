"""Search results, with the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from resilience_journal.dates import short_day
from resilience_journal.messages import search as words
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.render.entries import first_line
from resilience_journal.search import SearchHit
from resilience_journal.text import safe


def highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> Text:
    """The snippet with its matches in bold; each piece is made safe on its own, so the
    highlights stay on the right words even where safe() makes the text longer."""
    text = Text()
    at = 0
    for start, end in spans:
        text.append(safe(snippet[at:start]))
        text.append(safe(snippet[start:end]), style="bold underline")
        at = end
    text.append(safe(snippet[at:]))
    return text


def search_view(hits: Sequence[SearchHit], total: int) -> RenderableType:
    """The matches, and below them how many there are in all when not every one is shown."""
    if not hits:
        return message(words.NOTHING_MATCHED)
    parts: list[RenderableType] = []
    for hit in hits:
        entry = hit.entry
        heading = Text.assemble(
            (f"#{entry.id}", MUTED),
            "  ",
            (short_day(entry.day), ""),
            "  ",
            user_text(first_line(entry), "bold"),
        )
        parts += [heading, Padding(highlighted(hit.snippet, hit.highlights), (0, 0, 1, 4))]
    if total > len(hits):
        parts.append(user_text(words.more_matches(len(hits), total), MUTED))
    return Group(*parts)
