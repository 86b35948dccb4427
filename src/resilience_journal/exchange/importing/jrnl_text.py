"""jrnl's own journal file (plain text), read without jrnl: each entry starts with a line
`[2026-11-20 21:40] Title`, its text runs to the next such line.

What it makes is shaped like jrnl's JSON export ({"entries": [{"date", "time", "title",
"body", "tags", "starred"}]}), so jrnl.py checks and plans it as it does jrnl's JSON: the
same checks, the same uuids from what an entry says.

- The date line: `[YYYY-MM-DD HH:MM]`, with seconds or without, or with a 12-hour clock,
  `[YYYY-MM-DD HH:MM:SS PM]` (jrnl's default `timeformat`, `%F %r`); the seconds are let
  go, as jrnl's JSON export lets them go; jrnl 1.x wrote it without brackets, read when the
  file's first entry is written so. A line shaped like one whose date cannot be
  (2026-13-40) is text.
- Title and text are split as jrnl splits them (Entry._parse_text and split_title), so the
  file and jrnl's JSON export of it give the same entry: the entry's text is the rest of the
  date line and the lines after it; when it runs over lines the title is its first line,
  else its first sentence (to `. `, `! `, `? ` and the like), the rest is the text.
- A first line ending in `*` marks the entry starred (the `*`, and any `*` and spaces
  around the title, are not kept). A date line with nothing else on it (or only `*`) is an
  entry without a title, as rj's export writes one.
- A title rj's export wrote with a backslash, so jrnl does not read a star in it, is given
  back: `\\*` at its start and `*\\` at its end lose the backslash (`\\\\` too).
- `@tags` (and `#tags` that start with a letter) anywhere in the title or text are its tags;
  a last line `rj tags: @a @b` (how rj's own jrnl export writes tags not in the text) gives
  tags and is not kept in the text.
- A text line that starts like a date line, or like `rj tags:`, after one or more spaces
  (rj's jrnl export adds one, so jrnl does not take the line for a new entry, nor rj for
  its tags) has one space taken away.

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
# jrnl's default timeformat, "%F %r", writes seconds: [2026-11-20 09:40:00 PM]
_DATE = r"(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2})(?::\d{2})?(?: ?([AaPp][Mm]))?"
BRACKETED = re.compile(rf"\[{_DATE}\](?: (.*)|\s*)")
BARE = re.compile(rf"{_DATE}(?: (.*)|\s*)")
# A text line rj's export writes with one more space before it: one that starts like a date
# line (jrnl would start a new entry there) or like rj's tags line.
NEEDS_SPACE = re.compile(r" *(?:\[?\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}|rj tags:)")
ESCAPED = re.compile(r" +(?:\[?\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}|rj tags:)")
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
            body.append(line)
            continue
        if head is not None:
            yield _entry(head, body)
        head, body = found, []
    if head is not None:
        yield _entry(head, body)


# jrnl's SENTENCE_SPLITTER (jrnl/journals/Entry.py, after Segtok): a sentence ends at one of
# these, then an optional closing quote and brackets, then spaces; or at a CJK full stop.
SENTENCE_END = re.compile(
    "([.!?\u2026\u203c\u203d\u2047\u2048\u2049\u22ef\ufe52\ufe57]"
    "['\u2019\"\u201d]?[\\])]*\\s+)|[\uff01\uff0e\uff1f\uff61\u3002]"
)


def split_title(text: str) -> tuple[str, str]:
    """jrnl's split_title: an entry's text over lines is cut at its first line break, one line
    at its first sentence end; each part stripped."""
    sep = re.search("\n", text.lstrip()) or SENTENCE_END.search(text)
    if not sep:
        return text, ""
    return text[: sep.end()].strip(), text[sep.end() :].strip()


def unescape_title(title: str) -> str:
    """A title as rj's export wrote it with a backslash, so jrnl does not read a star in it
    (see exchange/jrnl_text.py), given back: `\\* five stars *\\` is `* five stars *`."""
    if title.endswith(("*\\", "\\\\")):
        title = title[:-1]
    if title.startswith(("\\*", "\\\\")):
        title = title[1:]
    return title


def _entry(head: tuple[str, str, str], lines: list[str]) -> dict[str, Any]:
    """One entry, read as jrnl reads it (Entry._parse_text): its text is the rest of the date
    line and the lines after it; a first line ending in * stars it; then split_title."""
    day, clock, rest = head
    first = rest.strip()
    starred = first.endswith("*")
    if starred:
        first = first.strip("\n *")
    if not first:  # no title on the date line (as rj writes an entry without one)
        title, text = "", "\n".join(lines).strip()
    else:  # jrnl puts a line break after a starred first line: it is all the title
        title, text = split_title("\n".join([first, *(lines or [""] * starred)]))
        title = unescape_title(title)
    found = text.split("\n") if text else []
    tags = _TAG.findall(title)
    if found and _TAGS_LINE.fullmatch(found[-1].rstrip()):
        tags += found.pop().split()[2:]
    body = "\n".join(line[1:] if ESCAPED.match(line) else line for line in found).strip()
    tags += _TAG.findall(body)
    return {
        "date": day,
        "time": clock,
        "title": title,
        "body": body,
        "tags": tags,
        "starred": starred,
    }
