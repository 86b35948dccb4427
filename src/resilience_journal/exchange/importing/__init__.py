"""Bringing a journal in: our own JSON export, or jrnl's.

Pure domain code: no typer, no rich. Every record is checked before anything is written;
the plan that comes out holds only what is new, so importing a file twice adds nothing.
Messages name the record (`entries[3]`, as jq would) and never quote its text; each says
that nothing was imported.

    found, planned = run(stream, name, None, store, now, write=True, ...)

reads the file as it streams (reading.py: ijson), checks each record and writes it as it
comes, all in one transaction: a record found wrong late still leaves nothing written.
With write=False (a dry run) it only checks and counts. For a small file already in memory
(tests), `decode`, `load`, `plan` and `apply` do the same in steps.

The pieces: records.py (the Plan, a Record read field by field, the checks all share),
ours.py (rj's own JSON), goals.py (its goals and experiments), jrnl.py, reading.py.

A new importer gets the same guarantees by filling the Plan it is handed: each entry
through `plan.keep(plan.entries, row, known, "entries")` (written as it comes when
streaming), an empty or future entry through `plan.skip("empty" | "future", record, day)`
(its day named, or the file refused with --strict), a copy of an entry already kept
through `plan.merge(uuid, tags)`, each tag through `plan.spelled(as_written, tag)`, and
each text field read through `Record` (a lone surrogate is refused, naming the entry's
day). Then `run` (or `plan` + `apply`) writes it in one transaction. Where there is no
journal yet, cli/importing.py imports into `new_journal`: a private file put in place only
when the import added something, so a failed one leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, time
from pathlib import Path
from typing import IO, Any

from resilience_journal.exchange.export import FORMAT
from resilience_journal.exchange.importing.jrnl import is_jrnl, plan_jrnl
from resilience_journal.exchange.importing.ours import plan_json
from resilience_journal.exchange.importing.reading import read
from resilience_journal.exchange.importing.records import Plan, Row, refuse
from resilience_journal.messages import exchange as words
from resilience_journal.paths import ensure_private_dir
from resilience_journal.store import JournalStore, leftovers

__all__ = [
    "Plan",
    "apply",
    "decode",
    "dry_run_new",
    "load",
    "new_journal",
    "plan",
    "run",
]
SECTIONS_BEFORE_ENTRIES = ("values", "value_ratings", "tags", "wins")


def decode(data: bytes, name: str) -> str:
    """The file's text; a file that is not UTF-8 is refused whole (a BOM is let go)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise refuse(words.not_utf8(name)) from None


def load(text: str, source: str | None, name: str) -> tuple[str, Any]:
    """Parse the file and decide what it is: ("json" | "jrnl", data)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        cut_short = not text.rstrip().endswith(("}", "]"))
        raise refuse(words.not_json(name, err.lineno, err.colno, cut_short=cut_short)) from None
    except RecursionError:
        raise refuse(words.too_deep(name)) from None
    return _source(data, source, name), data


def _kind_of(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    if getattr(data, "peek", data.get)("format") == FORMAT:
        return "json"
    return "jrnl" if is_jrnl(data) else None


def plan(
    source: str,
    data: Any,
    store: JournalStore,
    now: datetime,
    into: Plan | None = None,
    day_start: time = time(0),
) -> Plan:
    """Check a loaded file (see load) against the journal: what it would add."""
    if not isinstance(data, dict):
        raise refuse(words.NOT_ONE_OBJECT)
    into = into or Plan().dated(now, strict=False)
    if source == "json":
        return plan_json(data, store, now, into)
    return plan_jrnl(data, store, into, day_start)


def _streamable(header: dict[str, Any]) -> bool:
    """Whether "entries" can be checked as it is read: the file says what it is, and gives
    what entries link to, before them (as rj and jrnl write their exports)."""
    if header.get("format") == FORMAT:
        return "version" in header and all(key in header for key in SECTIONS_BEFORE_ENTRIES)
    return "format" not in header and isinstance(header.get("tags"), dict)


def run(
    stream: IO[bytes],
    name: str,
    source: str | None,
    store: JournalStore,
    now: datetime,
    *,
    write: bool,
    strict: bool = False,
    seekable: bool = True,
    bulk: bool = True,
    advance: Callable[[int], None] = lambda _: None,
    day_start: time = time(0),
) -> tuple[str, Plan]:
    """Read a file as it streams, check each record against the journal and (with `write`)
    write it as it comes, in one transaction. `advance` is told the bytes read."""
    data = read(stream, name, advance, _streamable, seekable=seekable)
    found = _source(data, source, name)
    planned = Plan().dated(now, strict=strict)
    if not write:
        planned.sink = lambda what, row: None
        return found, plan(found, data, store, now, planned, day_start)
    with store.importing.writing(bulk) as writer:

        def sink(what: str, row: Row) -> None:
            writer.start(planned)
            if what == "value_ratings":
                writer.rating(row)
            elif what == "checkins":
                writer.checkin(row)
            else:
                writer.tag_list(planned)
                if what == "entries":
                    writer.entry(row)
                elif what == "wins":
                    writer.win(row)
                else:
                    writer.add_tags(row["uuid"], row["tags"])

        planned.sink = sink
        plan(found, data, store, now, planned, day_start)
        writer.finish(planned)
    return found, planned


def _source(data: Any, source: str | None, name: str) -> str:
    found = _kind_of(data)
    if source is None:
        if found is None:
            raise refuse(words.unknown_file(name, FORMAT))
        return found
    if found is not None and found != source:
        raise refuse(words.other_source(name, found, source))
    return source


def dry_run_new(
    stream: IO[bytes],
    name: str,
    source: str | None,
    now: datetime,
    strict: bool,
    advance: Callable[[int], None] = lambda _: None,
    day_start: time = time(0),
) -> tuple[str, Plan]:
    """A dry run for a journal that does not exist yet: checked against an empty one made
    for the purpose and thrown away."""
    with tempfile.TemporaryDirectory() as folder:
        store = JournalStore(Path(folder) / "empty.db")
        try:
            return run(
                stream,
                name,
                source,
                store,
                now,
                write=False,
                strict=strict,
                seekable=stream.seekable(),
                advance=advance,
                day_start=day_start,
            )
        finally:
            store.close()


class NewJournal:
    """A journal an import starts (see new_journal): `keep` it, or it is thrown away."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store
        self.keep = False


@contextmanager
def new_journal(path: Path) -> Iterator[NewJournal]:
    """A journal for an import where there is none yet, built in a private temporary file
    beside `path` that no other process knows of. Only when the import is written whole and
    `keep` is set is it put in place, by a step that fails if a journal is at `path` by then
    (another rj started one meanwhile: that one is left as it is, and the import refused).
    So a file other processes can open is never removed. Whatever is not kept goes, with
    the folders this run made for it (when they are empty)."""
    path = Path(os.path.realpath(path))  # a link to a journal not made yet: made where it points
    _refuse_leftovers(path)
    made = _missing_folders(path.parent)
    ensure_private_dir(path.parent)
    leftovers.clear(path)  # what earlier imports here that were killed left
    temp: Path | None = None
    store: JournalStore | None = None
    kept = False
    try:
        prefix = f".{path.name}.{os.getpid()}."
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".import", dir=path.parent)
        os.close(handle)  # mkstemp's file is readable only by this user: so is the journal
        temp = Path(name)
        store = JournalStore(temp)
        new = NewJournal(store)
        yield new
        if new.keep:
            store.importing.self_contained()  # its log written in: one file to move
            store.close()
            store = None
            _put_in_place(temp, path)
            kept = True
    finally:
        if store is not None:
            store.close()
        if temp is not None:
            for suffix in ("", *_LOGS):
                with suppress(OSError):
                    Path(f"{temp}{suffix}").unlink(missing_ok=True)
        if not kept:
            for folder in made:  # the deepest first; a folder with anything in it stays
                with suppress(OSError):
                    folder.rmdir()


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those above it that are not there yet, the deepest first."""
    missing: list[Path] = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


_LOGS = ("-wal", "-shm", "-journal")


def _refuse_leftovers(path: Path) -> None:
    """SQLite would read an earlier journal's log left beside `path` (a -wal kept after its
    journal was moved away) into the new journal, over what the import wrote: refused."""
    found = [f"{path.name}{suffix}" for suffix in _LOGS if Path(f"{path}{suffix}").exists()]
    if found:
        raise refuse(words.logs_left_beside(path, found))


def _put_in_place(temp: Path, path: Path) -> None:
    """Give the finished journal its name, unless a journal is there by now."""
    _refuse_leftovers(path)
    try:
        os.link(temp, path)  # fails if `path` is there: nothing is ever replaced
    except FileExistsError:
        raise refuse(words.journal_started_meanwhile(path)) from None
    except OSError:  # a file system without hard links: a rename, checked just before
        if path.exists() or path.is_symlink():
            raise refuse(words.journal_started_meanwhile(path)) from None
        os.rename(temp, path)


def apply(store: JournalStore, planned: Plan, advance: Callable[[int], None]) -> None:
    """Write the plan in one transaction: all of it or, if anything fails, none of it."""
    store.importing.import_records(planned, advance)
