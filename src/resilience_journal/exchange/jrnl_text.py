"""The journal as jrnl's own plain-text journal file (`rj export --format jrnl-txt`), so it
can be opened by jrnl, or read back by `rj import --from jrnl-txt`, without losing what jrnl
can hold.

    [2026-11-21 21:40] Dinner *
    Sam came over. We cooked, and for an hour ...

    rj tags: @family

- The date line has the calendar date and the local time the entry was written, as
  `%Y-%m-%d %H:%M`, which jrnl reads whatever its `timeformat`: an entry written at 01:30
  on the 25th, before `day_starts_at`, counts for the 24th and is dated 2026-11-25 01:30,
  as it was written (a backdated entry, `rj write --date`, is dated its day at the time it
  was written). The
  import gives each its journaling day back by the rule `rj write` keeps. Then its title,
  and ` *` when it is starred (rj's tag `starred`, as rj imports jrnl's star). An entry
  without a title has none there.
- The title is always followed by a line break, so jrnl takes the whole line as the title
  (it cuts at the first sentence only an entry of one line). A title that starts or ends
  with `*` (or a backslash) gets a backslash there, `\\* five stars *\\`, so jrnl reads no
  star in it and keeps its `*`; rj's import takes the backslash away again.
- Its text follows as written. A line of it that starts like a date line, or like
  `rj tags:` (after any spaces), gets one more space before it, so jrnl does not take it
  for a new entry nor rj's import for its tags (the import takes one away again).
- Its tags not already in its text as @tags go on a last line `rj tags: @a @b`, which jrnl
  reads as tags and rj's import takes back as tags, not text.
- A weekly review is an entry titled with its week. Mood, values, wins, check-ins, goals and
  experiments have no place in jrnl's file and are left out (JSON keeps everything).

Pure domain code: no typer, no rich. Entries stream from the store a record at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from resilience_journal.exchange.export import Advance, Row, Selection, nothing
from resilience_journal.exchange.importing.jrnl_text import (
    NEEDS_SPACE,
    TAGS_LINE,
    looks_like_tag_in,
)
from resilience_journal.messages import formats as words
from resilience_journal.store import JournalStore

STARRED = "starred"


def count_jrnl(store: JournalStore, selection: Selection) -> int:
    """How many entries (and reviews) a jrnl export of `selection` writes."""
    entries, _ = store.export.count_for_export(
        since=selection.since, until=selection.until, kinds=selection.kinds, deleted=False
    )
    return entries


def jrnl_chunks(
    store: JournalStore,
    selection: Selection,
    advance: Advance = nothing,
    day_start: time = time(0),
) -> Iterator[str]:
    """The journal as jrnl's plain text, an entry at a time (see the module's notes)."""
    rows = store.export.export_entries(
        since=selection.since, until=selection.until, kinds=selection.kinds, deleted=False
    )
    gap = ""
    for row in rows:
        yield gap + jrnl_entry(row, day_start)
        gap = "\n"
        advance(1)


def jrnl_entry(row: Row, day_start: time = time(0)) -> str:
    """One entry as jrnl writes it, ending in a line break."""
    moment = datetime.fromisoformat(row["created_at"]).astimezone()
    clock = time(moment.hour, moment.minute)
    # The calendar date that, at this clock time, falls on the entry's journaling day.
    written = date.fromisoformat(row["day"]) + timedelta(days=clock < day_start)
    title = row["title"] or ""
    if row["kind"] == "review" and not title:
        title = words.review_title(row["review_week"])
    tags = [tag for tag in row["tags"] if tag.casefold() != STARRED]
    starred = len(tags) != len(row["tags"])
    # jrnl finds an entry by "] " after its date: the space stays, title or not.
    head = f"[{written.isoformat()} {clock:%H:%M}] "
    head += " ".join(([escape_title(title)] if title else []) + (["*"] if starred else []))
    lines = [" " + line if NEEDS_SPACE.match(line) else line for line in _lines(row["body"])]
    text = f"{title}\n" + "\n".join(lines)
    missing = [tag for tag in tags if not looks_like_tag_in(tag, text)]
    if missing:
        lines += ["", TAGS_LINE + " ".join(f"@{tag}" for tag in missing)]
    return "\n".join([head, *lines]) + "\n"


def escape_title(title: str) -> str:
    """A title jrnl would read a star in (one ending in `*`), or lose a `*` from (one
    starting with it), with a backslash that rj's import takes away again."""
    if title.startswith(("*", "\\")):
        title = "\\" + title
    if title.endswith(("*", "\\")):
        title += "\\"
    return title


def _lines(body: str) -> list[str]:
    """The text's lines, without blank lines before or after (jrnl keeps none)."""
    return body.strip("\n").split("\n") if body.strip() else []
