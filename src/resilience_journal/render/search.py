"""Search results, with the matched words marked."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from resilience_journal.dates import short_day
from resilience_journal.messages import search as words
from resilience_journal.render.common import MUTED, AtWidth, message, user_text
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


TITLE_ROOM = 12  # a title with less room than this goes on a line of its own


def heading(hit: SearchHit) -> AtWidth:
    """#id, day and the entry's first line on one line at the terminal's width (in cells: a
    CJK character takes two): id and day whole, the first line cut short with an ellipsis;
    too narrow for both, the first line goes below, cut at the width."""
    entry = hit.entry

    def build(width: int) -> RenderableType:
        start = Text.assemble((f"#{entry.id}", MUTED), "  ", short_day(entry.day))
        title = user_text(entry.headline, "bold")
        room = width - start.cell_len - 2
        if not title:
            return start
        if room < min(title.cell_len, TITLE_ROOM):
            title.truncate(max(width - 4, 1), overflow="ellipsis")
            return Group(start, Padding(title, (0, 0, 0, 4)))
        title.truncate(room, overflow="ellipsis")
        return Text.assemble(start, "  ", title)

    return AtWidth(build)


def search_view(hits: Sequence[SearchHit], total: int) -> RenderableType:
    """The matches, and below them how many there are in all when not every one is shown."""
    if not hits:
        return message(words.NOTHING_MATCHED)
    parts: list[RenderableType] = []
    for hit in hits:
        parts += [heading(hit), Padding(highlighted(hit.snippet, hit.highlights), (0, 0, 1, 4))]
    if total > len(hits):
        parts.append(user_text(words.more_matches(len(hits), total), MUTED))
    return Group(*parts)
