"""Reading an import file as it streams: ijson's events, built into the small parts whole
(the header before "entries", and what follows it) while "entries" is handed on one record
at a time, so memory stays flat however long the journal.

Why ijson: an iterative parser, well kept, with a C backend (yajl2_c) quick enough for a
decades-long export. That backend turns a lone surrogate (\\ud800) into "?" and crashes
on a number of thousands of digits, so the file is first scanned for either (a quick regex
over the bytes); a file that holds one is read with ijson's pure-Python backend instead,
which keeps the surrogate (the record check then names its entry) and refuses the number.

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import IO, Any

import ijson  # type: ignore[import-untyped]

from resilience_journal.errors import JournalError
from resilience_journal.exchange.importing.records import refuse
from resilience_journal.messages import exchange as words

CHUNK = 1 << 20
LOCATE_UP_TO = 64 << 20  # a broken file is read whole to say where, up to this size
# A surrogate written as an escape (\ud800): fine in a pair, misread alone.
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_HIGH = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}")
_LOW = re.compile(rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}")
# Digits kept, all else made a space: a run of 4,300 digits is then found by bytes.find.
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 4300
_OVERLAP = 4400  # bytes carried from one chunk to the next, so nothing is missed between


def suspect(stream: IO[bytes]) -> bool:
    """Whether a seekable file holds something yajl2_c misreads: a lone surrogate escape,
    or a run of 4,300 digits (a number too long, or digits in text: then the slower
    backend reads it, as well). The file is left at its start."""
    carry = b""
    found = False
    chunk = stream.read(CHUNK)
    first = True
    while not found and chunk:
        following = stream.read(CHUNK)
        data = carry + chunk
        found = data.translate(_DIGITS).find(_LONG_NUMBER) >= 0 or lone_surrogate(
            data, first=first, last=not following
        )
        carry, chunk, first = data[-_OVERLAP:], following, False
    stream.seek(0)
    return found


def lone_surrogate(data: bytes, *, first: bool = True, last: bool = True) -> bool:
    """Whether `data` holds a surrogate escape that is not half of a pair: a high one
    (\\ud800-\\udbff) not followed by a low one's escape, or a low one (\\udc00-\\udfff) not
    after a high one's. `first`: `data` begins the file; `last`: it ends it. An escape too
    near the edge between two chunks to tell is left to the chunk that holds what is around
    it (_OVERLAP); what cannot be told either way counts as lone (the slower backend is
    never wrong)."""
    for match in _SURROGATE.finditer(data):
        at = match.start()
        if _escape(data, at, first) is False:
            continue  # an escaped backslash, then the text "ud800"
        if _HIGH.match(data, at):
            if at + 12 > len(data) and not last:
                continue  # what follows it is in the next chunk
            if not _LOW.match(data, at + 6):
                return True
        elif at < 6 and not first:
            continue  # told with the chunk before, which held what comes before it
        elif at < 6 or not _HIGH.match(data, at - 6) or not _escape(data, at - 6, first):
            return True
    return False


def _escape(data: bytes, at: int, first: bool) -> bool | None:
    """Whether the backslash at `at` begins an escape: an even run of backslashes before it
    (an odd one makes it the second half of an escaped backslash). None when the run goes
    back to the start of a chunk that does not begin the file: it cannot be told."""
    count = 0
    while at > count and data[at - count - 1] == 0x5C:
        count += 1
    if count == at and count and not first:
        return None
    return count % 2 == 0


class Counted:
    """A binary stream that tells `advance` how many bytes were read, and lets a BOM go.
    (Both backends refuse bytes that are not UTF-8: reading_errors says so.)"""

    def __init__(self, stream: IO[bytes], advance: Callable[[int], None], name: str) -> None:
        self.stream, self.advance, self.name = stream, advance, name
        self.started = False
        self.counting = True  # whether this pass is told to `advance`

    def seek(self, offset: int, whence: int = 0) -> int:
        self.started = False
        return self.stream.seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks, to learn whether the stream gives bytes
            return b""
        data = self.stream.read(size if size > 0 else CHUNK)
        if self.counting:
            self.advance(len(data))
        if not self.started:
            self.started = True
            data = data.removeprefix(codecs.BOM_UTF8)
        return data


class Entries:
    """The records of "entries", one at a time as the file is read (once)."""

    streamed = True

    def __init__(self, document: Document) -> None:
        self.document = document
        self.started = self.done = False

    def __iter__(self) -> Iterator[Any]:
        self.started = True
        events = self.document.events
        for prefix, event, value in events:
            if prefix == "entries" and event == "end_array":
                break
            yield self.document.build(event, value)
        self.done = True


class Document(dict[str, Any]):
    """The file's top-level object, read as it is asked for: the keys before "entries" at
    once; "entries" as a stream (when it is a list, after what its records need); the rest
    when first asked for a key that is not here yet."""

    def __init__(self, events: Iterator[tuple[str, str, Any]], stream_entries: Callable) -> None:
        super().__init__()
        self.events = events
        self.finished = False
        self._read_header(stream_entries)

    def _read_header(self, stream_entries: Callable[[dict[str, Any]], bool]) -> None:
        for prefix, event, value in self.events:
            if event == "end_map" and prefix == "":
                self.finished = True
                return
            if event != "map_key" or prefix != "":
                continue
            key: str = value
            prefix, event, value = next(self.events)
            if key == "entries" and event == "start_array" and stream_entries(dict(self)):
                self["entries"] = Entries(self)
                return
            self[key] = self.build(event, value)

    def build(self, event: str, value: Any) -> Any:
        return build(self.events, event, value)

    def peek(self, key: str) -> Any:
        """A key of the header (before "entries"), without reading on for it."""
        return dict.get(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self and not self.finished:
            self.read_rest()
        return super().get(key, default)

    def read_rest(self) -> None:
        """Everything after "entries". Asked for before "entries" was read (a file whose
        keys are in another order than rj writes them), "entries" is kept whole first."""
        entries = super().get("entries")
        if isinstance(entries, Entries) and not entries.started:
            self["entries"] = list(entries)
        elif isinstance(entries, Entries) and not entries.done:
            for _ in entries:
                pass
        self.finished = True
        for prefix, event, value in self.events:
            if event == "map_key" and prefix == "":
                prefix, event, first = next(self.events)
                self[value] = self.build(event, first)


MISSING = object()
# The lists that grow with the journal: handed on record by record, never built whole.
LONG_LISTS = ("entries", "wins", "value_ratings", "checkins")


class Passes(dict[str, Any]):
    """A seekable file's top-level object, read with ijson's C backend one key at a time:
    each key asked for is built in C by a pass of its own, and a list that grows with the
    journal (LONG_LISTS) is handed on record by record as it is read. The pass over
    "entries" reads to the end of the file, so a file broken anywhere is found."""

    def __init__(
        self, catching: Callable[[], AbstractContextManager[None]], counted: Counted
    ) -> None:
        super().__init__()
        self.catching, self.counted = catching, counted

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, MISSING) is not MISSING

    def peek(self, key: str) -> Any:
        return self.get(key)

    def get(self, key: str, default: Any = None) -> Any:
        if not super().__contains__(key):
            self[key] = Stream(self, key) if key in LONG_LISTS else self.whole(key)
        value = super().get(key)
        return default if value is MISSING else value

    def whole(self, key: str) -> Any:
        return next(iter(self.items_of(key, counted=False)), MISSING)

    def items_of(self, prefix: str, counted: bool) -> Iterator[Any]:
        """The values at `prefix` (a top-level key, or "entries.item"), each built in C,
        as the file is read again."""
        self.counted.seek(0)
        self.counted.counting = counted
        items = ijson.items(self.counted, prefix, use_float=True, buf_size=CHUNK)
        with self.catching():
            yield from items


class Stream:
    """The records of a list in a Passes file, one at a time (a pass of their own). A
    value that is not a list is found when it gives no records, and refused."""

    streamed = True

    def __init__(self, passes: Passes, key: str) -> None:
        self.passes, self.key = passes, key

    def __iter__(self) -> Iterator[Any]:
        given = False
        for item in self.passes.items_of(f"{self.key}.item", counted=self.key == "entries"):
            given = True
            yield item
        if not given:
            whole = self.passes.whole(self.key)
            if whole is not MISSING and whole is not None and not isinstance(whole, list):
                raise refuse(words.not_a_list(self.key))

    def __getitem__(self, index: int) -> Any:
        """The first record (all that is asked: what kind of file this is)."""
        if index != 0:
            raise IndexError(index)
        for first in self.passes.items_of(f"{self.key}.item", counted=False):
            return first
        raise IndexError(index)

    def __bool__(self) -> bool:
        try:
            self[0]
        except IndexError:
            return False
        return True


def build(events: Iterator[tuple[str, str, Any]], event: str, value: Any) -> Any:
    """One whole value, from its first event on."""
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1 if event in ("start_map", "start_array") else 0
    while depth:
        _, event, value = next(events)
        builder.event(event, value)
        depth += event in ("start_map", "start_array")
        depth -= event in ("end_map", "end_array")
    return builder.value


def read(
    stream: IO[bytes],
    name: str,
    advance: Callable[[int], None],
    stream_entries: Callable[[dict[str, Any]], bool],
    *,
    seekable: bool,
) -> Any:
    """The file's top-level value: a Document when it is an object, else the value whole.
    `stream_entries(header)` says whether "entries" can be handed on as it is read."""
    where = _locate(stream) if seekable else lambda: None
    counted = Counted(stream, advance, name)
    if seekable and not suspect(stream):
        if _top_is_map(counted, name, where):
            return Passes(lambda: reading_errors(name, where), counted)
        counted.seek(0)
        top = ijson.items(counted, "", use_float=True)
        return next(iter(guarded(top, name, where)), None)
    python = ijson.get_backend("python")
    events = guarded(python.parse(counted, use_float=True), name, where)
    first = next(events, None)
    if first is None:
        raise refuse(words.not_json(name, 1, 1, cut_short=True))
    if first[1] != "start_map":
        return build(events, first[1], first[2])
    return Document(events, stream_entries)


def _top_is_map(counted: Counted, name: str, where: Callable[[], Any]) -> bool:
    counted.seek(0)
    counted.counting = False
    first = next(iter(guarded(ijson.parse(counted), name, where)), None)
    return first is not None and first[1] == "start_map"


def _locate(stream: IO[bytes]) -> Callable[[], tuple[int, int] | None]:
    """Where a file that is not valid JSON first goes wrong (line, column), as json reads
    it: only once it has failed, and only for a file small enough to read whole."""

    def where() -> tuple[int, int] | None:
        stream.seek(0)
        data = stream.read(LOCATE_UP_TO + 1)
        if len(data) > LOCATE_UP_TO:
            return None
        try:
            json.loads(data.decode("utf-8-sig"))
        except json.JSONDecodeError as err:
            return err.lineno, err.colno
        except (ValueError, RecursionError):
            return None
        return None

    return where


def guarded(
    events: Iterator[Any], name: str, where: Callable[[], tuple[int, int] | None]
) -> Iterator[Any]:
    """ijson's events (or items), its errors made ours."""
    with reading_errors(name, where):
        yield from events


@contextmanager
def reading_errors(name: str, where: Callable[[], tuple[int, int] | None]) -> Iterator[None]:
    """ijson's errors made ours: one line, never the file's text."""

    def invalid(cut_short: bool) -> JournalError:
        place = where()
        if place is None:
            return refuse(words.not_valid_json(name, cut_short=cut_short))
        return refuse(words.not_json(name, *place, cut_short=cut_short))

    try:
        yield
    except ijson.IncompleteJSONError as err:
        if "premature EOF" in str(err) or "Incomplete JSON" in str(err):
            raise invalid(True) from None
        cause = err.args[0] if err.args else None
        if isinstance(cause, UnicodeDecodeError) or "UTF8" in str(err):
            raise refuse(words.not_utf8(name)) from None
        raise invalid(False) from None
    except ijson.JSONError as err:  # the Python backend: a number too long, a stray symbol
        if re.search(r"[0-9]{4300}", str(err)):
            raise refuse(words.number_too_long(name)) from None
        raise invalid(False) from None
    except UnicodeDecodeError:
        raise refuse(words.not_utf8(name)) from None
    except ValueError:  # a number over Python's 4,300 digits
        raise refuse(words.number_too_long(name)) from None
    except RecursionError:
        raise refuse(words.too_deep(name)) from None


__all__ = ["Document", "Entries", "Passes", "read"]
