"""jrnl's own journal file (plain text), read without jrnl: each entry starts with a line
`[2026-11-20 21:40] Title`, its text runs to the next such line.

What it makes is shaped like jrnl's JSON export ({"entries": [{"date", "time", "title",
"body", "tags", "starred"}]}), so jrnl.py checks and plans it as it does jrnl's JSON: the
same checks, the same uuids from what an entry says.

- The date line: `[YYYY-MM-DD HH:MM]` (jrnl's default `timeformat`) or with a 12-hour clock,
  `[YYYY-MM-DD HH:MM AM]`; jrnl 1.x wrote it without brackets, read when the file's first
  entry is written so. A line shaped like one whose date cannot be (2026-13-40) is text.
- The rest of that line is the title; the lines after it, the text.
- ` *` at the end of the title, or `* ` before it, marks the entry starred.
- `@tags` (and `#tags` that start with a letter) anywhere in the title or text are its tags;
  a last line `rj tags: @a @b` (how rj's own jrnl export writes tags not in the text) gives
  tags and is not kept in the text.
- A text line that starts like a date line after one or more spaces (rj's jrnl export adds
  one, so jrnl does not take the line for a new entry) has one space taken away.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from resilience_journal.exchange.importing.jrnl import jrnl_tag
from resilience_journal.exchange.importing.records import refuse
from resilience_journal.messages import formats as words
from resilience_journal.store.importing import nocase

# A date line: the date, the time (24-hour, or 12-hour with AM/PM), then the title.
_DATE = r"(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})(?: ?([AaPp][Mm]))?"
BRACKETED = re.compile(rf"\[{_DATE}\](?: (.*)|\s*)")
BARE = re.compile(rf"{_DATE}(?: (.*)|\s*)")
# A text line rj wrote with a space before it, as it starts like a date line.
SHAPED_LIKE_DATE = re.compile(r" *\[?\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}")
_TAG = re.compile(r"(?<!\S)(@[-+*#/\w.]+|#[^\W\d_][-+*#/\w.]*)")
TAGS_LINE = "rj tags: "
_TAGS_LINE = re.compile(r"rj tags:(?: @[^\s@]+)+")


def looks_like_jrnl_text(text: str) -> bool:
    """Whether a file's first line of text starts like a jrnl entry."""
    for line in text.split("\n", 20)[:20]:
        if line.strip():
            return _date_line(line.rstrip("\r"), bare=True) is not None
    return False


def looks_like_tag_in(tag: str, text: str) -> bool:
    """Whether reading `text` finds the tag `tag` in it (as @tag or #tag)."""
    key = nocase(tag)
    return any(nocase(jrnl_tag(found) or "") == key for found in _TAG.findall(text))


def _date_line(line: str, *, bare: bool) -> tuple[str, str, str] | None:
    """A date line's (day, time HH:MM, the rest), or None when it is not one."""
    found = BRACKETED.fullmatch(line) or (BARE.fullmatch(line) if bare else None)
    if found is None:
        return None
    day, clock, half, rest = found.groups()
    try:
        if half:
            moment = datetime.strptime(f"{day} {clock} {half.upper()}", "%Y-%m-%d %I:%M %p")
        else:
            moment = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return moment.date().isoformat(), moment.strftime("%H:%M"), rest or ""


def read_jrnl_text(text: str, name: str) -> dict[str, Any]:
    """The journal's entries, shaped like jrnl's JSON export (see the module's notes)."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise refuse(words.no_entries(name))
    bare = BRACKETED.fullmatch(lines[first]) is None  # jrnl 1.x: dates without brackets
    if _date_line(lines[first], bare=bare) is None:
        raise refuse(words.not_jrnl_text(name, first + 1))
    return {"entries": list(_entries(lines[first:], bare))}


def _entries(lines: list[str], bare: bool) -> Iterator[dict[str, Any]]:
    head: tuple[str, str, str] | None = None
    body: list[str] = []
    for line in lines:
        found = _date_line(line, bare=bare)
        if found is None:
            escaped = line.startswith(" ") and SHAPED_LIKE_DATE.match(line)
            body.append(line[1:] if escaped else line)
            continue
        if head is not None:
            yield _entry(head, body)
        head, body = found, []
    if head is not None:
        yield _entry(head, body)


def _entry(head: tuple[str, str, str], lines: list[str]) -> dict[str, Any]:
    day, clock, title = head
    title = title.rstrip()
    starred = False
    if title == "*" or title.endswith(" *"):
        title, starred = title[:-1].rstrip(), True
    elif title.startswith("* "):
        title, starred = title[2:].lstrip(), True
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    tags = _TAG.findall(title)
    if lines and _TAGS_LINE.fullmatch(lines[-1].rstrip()):
        tags += lines.pop().split()[2:]
        while lines and not lines[-1].strip():
            lines.pop()
    body = "\n".join(lines)
    tags += _TAG.findall(body)
    return {
        "date": day,
        "time": clock,
        "title": title,
        "body": body,
        "tags": tags,
        "starred": starred,
    }
