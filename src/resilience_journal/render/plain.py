"""Output for a pipe or a file: listings as one record a line, fields separated by tabs,
nothing cut; `rj show` as a header line, a blank line and the text exactly as written.

The record shapes are stable; README ("Using rj in scripts") lists them. No Rich here:
`rj list | grep` never draws a screen."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from resilience_journal.dates import clock_time, local_day, long_day
from resilience_journal.text import safe

if TYPE_CHECKING:  # only named in annotations: a plain listing loads no more than it needs
    from resilience_journal.entries import Entry
    from resilience_journal.search import SearchHit
    from resilience_journal.wins import Win

_SPACES = re.compile(r"[\t\n\r\v\f]+")


def field(value: str | None) -> str:
    """User text as one field of a record: tabs and line breaks become a space (so a record
    stays one line of fields), other control characters are shown as symbols (text.safe)."""
    return safe(_SPACES.sub(" ", value or ""))


def record(*fields: object) -> str:
    return "\t".join("" if value is None else str(value) for value in fields)


def entry_record(entry: Entry) -> str:
    """id, day, time, mood, tags, headline."""
    return record(
        entry.id,
        entry.day,
        clock_time(entry.created_at),
        entry.mood,
        field(",".join(entry.tags)),
        field(entry.headline),
    )


def search_record(hit: SearchHit) -> str:
    """An entry's record, then the matching words around the match."""
    return record(entry_record(hit.entry), field(hit.snippet))


def win_record(noted: Win) -> str:
    """id, day, values, text."""
    return record(noted.id, noted.day, field(",".join(noted.values)), field(noted.text))


def review_record(entry: Entry) -> str:
    """id, week, day written, words, headline."""
    return record(entry.id, entry.review_week or "", entry.day, entry.words, field(entry.headline))


def _binned_at(stamp: str | None) -> str:
    return f"{local_day(stamp)} {clock_time(stamp)}" if stamp else ""


def trash_entry_record(entry: Entry) -> str:
    """entry, id, day, in the trash since, headline."""
    return record("entry", entry.id, entry.day, _binned_at(entry.deleted_at), field(entry.headline))


def trash_win_record(noted: Win) -> str:
    """win, id, day, in the trash since, text."""
    return record("win", noted.id, noted.day, _binned_at(noted.deleted_at), field(noted.text))


def entry_header(entry: Entry) -> str:
    """The one line above an entry's text: its number, title, day, time and the rest."""
    parts = [f"#{entry.id}", field(entry.title), long_day(entry.day), clock_time(entry.created_at)]
    if entry.mood is not None:
        parts.append(f"mood {entry.mood}/10")
    if entry.tags:
        parts.append("tags: " + field(", ".join(entry.tags)))
    if entry.values:
        parts.append("values: " + field(", ".join(entry.values)))
    if entry.prompt_id:
        parts.append("prompt: " + field(entry.prompt_id))
    if entry.review_week:
        parts.append(f"review of {entry.review_week}")
    if entry.deleted_at:
        parts.append("in the trash")
    return " · ".join(part for part in parts if part)


def entry_text(entry: Entry) -> str:
    """The header line, a blank line, then the text exactly as written, nothing wrapped or
    cut, ending with a line break. Only what could steer a terminal that the file or pipe
    ends up on (escapes, carriage returns, bidi overrides) is shown as a symbol, as on the
    screen (text.safe); `rj show --json` has the text with nothing changed."""
    return f"{entry_header(entry)}\n\n{safe(entry.body)}\n"


def write_lines(lines: Iterable[str]) -> None:
    """Records to standard output, a batch at a time."""
    out = sys.stdout
    batch: list[str] = []
    for line in lines:
        batch.append(line + "\n")
        if len(batch) >= 512:
            out.write("".join(batch))
            batch = []
    out.write("".join(batch))
    out.flush()
