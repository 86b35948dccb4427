"""Bringing a journal in: our own JSON export, or jrnl's.

Pure domain code: no typer, no rich. Every record is checked before anything is written;
the plan that comes out holds only what is new, so importing a file twice adds nothing.
Messages name the record (`entries[3]`, as jq would) and never quote its text; each says
that nothing was imported.

    text = decode(data, name)               # the file's bytes, as UTF-8 text
    source, data = load(text, None, name)   # "json" or "jrnl", and what it holds
    planned = plan(source, data, store, now)
    apply(store, planned, advance)          # in one transaction

The pieces: records.py (the Plan, a Record read field by field, the checks all share),
ours.py (rj's own JSON), goals.py (its goals and experiments), jrnl.py.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.exchange.export import FORMAT
from resilience_journal.exchange.importing.jrnl import is_jrnl, plan_jrnl
from resilience_journal.exchange.importing.ours import plan_json
from resilience_journal.exchange.importing.records import Plan, refuse
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore

__all__ = ["Plan", "apply", "decode", "load", "plan", "plan_for_new_journal"]


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
    found = _kind_of(data)
    if source is None:
        if found is None:
            raise refuse(words.unknown_file(name, FORMAT))
        return found, data
    if found is not None and found != source:
        raise refuse(words.other_source(name, found, source))
    return source, data


def _kind_of(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    if data.get("format") == FORMAT:
        return "json"
    return "jrnl" if is_jrnl(data) else None


def plan(source: str, data: Any, store: JournalStore, now: datetime) -> Plan:
    """Check a loaded file (see load) against the journal: what it would add."""
    if not isinstance(data, dict):
        raise refuse(words.NOT_ONE_OBJECT)
    return plan_json(data, store, now) if source == "json" else plan_jrnl(data, store)


def plan_for_new_journal(source: str, data: Any, now: datetime) -> Plan:
    """The plan for a journal that does not exist yet, checked against an empty one made
    for the purpose and thrown away: a file refused, or a dry run, makes no journal."""
    with tempfile.TemporaryDirectory() as folder:
        store = JournalStore(Path(folder) / "empty.db")
        try:
            return plan(source, data, store, now)
        finally:
            store.close()


def apply(store: JournalStore, planned: Plan, advance: Callable[[int], None]) -> None:
    """Write the plan in one transaction: all of it or, if anything fails, none of it."""
    store.importing.import_records(planned, advance)
