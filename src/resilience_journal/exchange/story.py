"""The story (`rj story`) as markdown: on its own for `rj story export`, and as a section of
the whole journal's export. Every piece of the person's text goes through markdown.block,
so it cannot change the document around it. Pure domain code."""

from __future__ import annotations

from collections.abc import Iterator

from resilience_journal.dates import long_day
from resilience_journal.exchange.markdown import block, heading
from resilience_journal.messages import story as words
from resilience_journal.story import CHAPTERS, Telling


def chapters_told(tellings: list[Telling]) -> int:
    return len({t.chapter.key for t in tellings})


def story_markdown(tellings: list[Telling], level: int = 1) -> Iterator[str]:
    """A heading for the story, one per chapter told, each telling oldest first (the
    newest last), each sitting under its day."""
    yield heading(level, words.EXPORT_TITLE, ours=True) + "\n"
    if not tellings:
        yield "\n" + words.EXPORT_NOTHING + "\n"
        return
    for chapter in CHAPTERS:
        told = [t for t in tellings if t.chapter == chapter]
        if not told:
            continue
        name = words.chapter_name(chapter.number, chapter.title)
        yield "\n" + heading(level + 1, name, ours=True) + "\n"
        for telling in told:
            if len(told) > 1:
                title = words.telling_heading(telling.number, len(told))
                yield "\n" + heading(level + 2, title, ours=True) + "\n"
            for sitting in telling.sittings:
                yield f"\n*{words.sitting_heading(long_day(sitting.day))}*\n"
                yield "\n" + block(sitting.text).rstrip("\n") + "\n"
