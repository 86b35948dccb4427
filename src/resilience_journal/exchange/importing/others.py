"""The formats from other journals that come in through jrnl's path: Day One's JSON export
(or its zip) and jrnl's plain-text journal. Each is read into data shaped like jrnl's JSON
export, which `importing.plan` checks and plans whole, as for jrnl (any source but "json").

    stream, other = other_stream(opened, source, name)  # other None: rj's or jrnl's JSON,
    # streamed as they are; else the file read whole and given back as jrnl's JSON

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import IO, Any

from resilience_journal.exchange.export import FORMAT
from resilience_journal.exchange.importing.dayone import (
    ZIP_MAGIC,
    Media,
    read_dayone,
    read_zip,
)
from resilience_journal.exchange.importing.jrnl_text import looks_like_jrnl_text, read_jrnl_text
from resilience_journal.exchange.importing.records import refuse
from resilience_journal.messages import exchange as exchange_words
from resilience_journal.messages import formats as words

OTHERS = ("dayone", "jrnl-txt")


@dataclass
class Other:
    source: str  # "dayone" or "jrnl-txt"
    data: dict[str, Any]  # shaped like jrnl's JSON export
    media: Media = field(default_factory=Media)

    @property
    def notes(self) -> list[str]:
        """What the summary adds: what was not brought in."""
        return self.media.lines()


# Enough of a file's beginning to tell what it is (a Day One JSON by its entries' keys).
HEAD = 65536


class _Rejoined(io.RawIOBase):
    """A stream that cannot go back (standard input): the head already read, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            taken, self.head = self.head[: len(buffer)], self.head[len(buffer) :]
        else:
            taken = self.rest.read(len(buffer))
        buffer[: len(taken)] = taken
        return len(taken)


def other_stream(
    stream: IO[bytes], source: str | None, name: str
) -> tuple[IO[bytes], Other | None]:
    """The stream to import from, and the other format's file when it is one: rj's own JSON
    and jrnl's come back as they are, to be read as they stream; Day One's and jrnl's plain
    text are read whole and come back as jrnl's JSON, with what was not brought in."""
    head = stream.read(HEAD)
    if kind_of(head) is None and source not in OTHERS:
        start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if start and not start.startswith((b"{", b"[")):  # neither JSON nor a jrnl journal
            raise refuse(words.not_an_export(name))
        if stream.seekable():
            stream.seek(0)
            return stream, None
        return io.BufferedReader(_Rejoined(head, stream)), None
    raw = head + stream.read()
    other = read_other(raw, source, name)
    if other is None:
        return io.BytesIO(raw), None
    return io.BytesIO(json.dumps(other.data, ensure_ascii=False).encode()), other


def read_other(raw: bytes, source: str | None, name: str) -> Other | None:
    """The file read as Day One's or jrnl's plain text, when --from names one or the file
    is one (found by itself); None for rj's own JSON or jrnl's, read as before."""
    found = kind_of(raw)
    if source is None:
        source = found
    elif found is not None and found != source:
        raise refuse(exchange_words.other_source(name, found, source))
    if source not in OTHERS:
        return None
    if raw.startswith(ZIP_MAGIC):
        if source != "dayone":
            raise refuse(exchange_words.other_source(name, "dayone", source))
        data, media = read_zip(raw, name)
        return Other("dayone", data, media)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refuse(exchange_words.not_utf8(name)) from None
    if source == "jrnl-txt":
        return Other("jrnl-txt", read_jrnl_text(text, name))
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as err:
        cut_short = not text.rstrip().endswith(("}", "]"))
        raise refuse(
            exchange_words.not_json(name, err.lineno, err.colno, cut_short=cut_short)
        ) from None
    except ValueError:  # a number over Python's 4,300 digits
        raise refuse(exchange_words.number_too_long(name)) from None
    except RecursionError:
        raise refuse(exchange_words.too_deep(name)) from None
    data, media = read_dayone(parsed, name)
    return Other("dayone", data, media)


def kind_of(raw: bytes) -> str | None:
    """What a file is, from its first bytes (and a Day One JSON from its entries)."""
    if raw.startswith(ZIP_MAGIC):
        return "dayone"
    start = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        # Day One's entries have "creationDate" (in a person's text it would be escaped: \"),
        # and its file does not start with rj's own "format".
        dayone = b'"creationDate"' in raw[:65536] and FORMAT.encode() not in raw[:256]
        return "dayone" if dayone else None
    text = start.decode("utf-8", errors="ignore")
    return "jrnl-txt" if looks_like_jrnl_text(text) else None
