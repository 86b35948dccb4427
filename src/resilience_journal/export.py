"""Taking the journal anywhere: one JSON file (lossless), one markdown document, or a folder
of markdown files, one per day.

Pure domain code: no typer, no rich. Everything streams from the store a day at a time, so
a lifetime of entries is never held in memory; `advance(n)` is told as records go out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from resilience_journal import markdown
from resilience_journal.dates import long_day, stored_week
from resilience_journal.store import JournalStore
from resilience_journal.text import json_escape

FORMAT = "resilience-journal"
VERSION = 1
MANIFEST = ".rj-export.json"

Row = dict[str, Any]
Advance = Callable[[int], None]


def _nothing(_: int) -> None:
    pass


@dataclass(frozen=True)
class Selection:
    """Which records an export holds: days from `since` to `until` (ISO, either open), and
    `kind` entry (entries and wins), review (weekly reviews) or all."""

    since: str | None = None
    until: str | None = None
    kind: str = "all"

    @property
    def kinds(self) -> tuple[str, ...]:
        return {"entry": ("entry", "checkin"), "review": ("review",)}.get(
            self.kind, ("entry", "checkin", "review")
        )

    @property
    def wins(self) -> bool:
        return self.kind != "review"


def count(store: JournalStore, selection: Selection, *, deleted: bool) -> int:
    """How many entries and wins an export of `selection` writes."""
    entries, wins = store.exchange.count_for_export(
        since=selection.since, until=selection.until, kinds=selection.kinds, deleted=deleted
    )
    return entries + (wins + store.exchange.count_plans() if selection.wins else 0)


# JSON ------------------------------------------------------------------------------------


def _safe(record: str) -> str:
    """A record's JSON with DEL, C1 controls and bidi overrides escaped too (json_escape),
    skipped for the plain ASCII most records are."""
    return record if record.isascii() and "\x7f" not in record else json_escape(record)


def json_chunks(
    store: JournalStore, selection: Selection, advance: Advance = _nothing
) -> Iterator[str]:
    """The journal as one JSON document, a record per line. Everything is kept: text exactly
    as stored (NUL and carriage returns too), trashed records with their `deleted_at`,
    archived values. Integer ids are left out: they belong to one journal; uuids travel."""
    since, until = selection.since, selection.until
    sections: list[tuple[str, Any, bool]] = [
        ("values", store.exchange.export_values(as_json=True), False),
        ("value_ratings", store.exchange.export_ratings(since, until, as_json=True), False),
        ("tags", store.exchange.export_tags(since, until, selection.kinds, as_json=True), False),
        (
            "wins",
            store.exchange.export_wins(since=since, until=until, deleted=True, as_json=True)
            if selection.wins
            else [],
            True,
        ),
        (
            "entries",
            store.exchange.export_entries(
                since=since, until=until, kinds=selection.kinds, deleted=True, as_json=True
            ),
            True,
        ),
        # Goals and experiments come whole (like values), with their steps and days.
        ("goals", store.exchange.export_goals(as_json=True) if selection.wins else [], True),
        (
            "experiments",
            store.exchange.export_experiments(as_json=True) if selection.wins else [],
            True,
        ),
    ]
    yield f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION}'
    for name, records, counted in sections:
        yield f',\n  "{name}": ['
        comma = "\n    "
        for record in records:
            yield comma + _safe(record)
            comma = ",\n    "
            if counted:
                advance(1)
        yield "\n  ]" if comma != "\n    " else "]"
    yield "\n}\n"


# markdown ----------------------------------------------------------------------------------


@dataclass
class Day:
    day: str
    entries: list[Row] = field(default_factory=list)
    wins: list[Row] = field(default_factory=list)


def days(
    store: JournalStore, selection: Selection, kinds: tuple[str, ...] | None = None
) -> Iterator[Day]:
    """Live entries (of the selected kinds) and wins, a day at a time, oldest first."""
    kinds = selection.kinds if kinds is None else kinds
    entries = (
        store.exchange.export_entries(
            since=selection.since, until=selection.until, kinds=kinds, deleted=False
        )
        if kinds
        else iter(())
    )
    wins = (
        store.exchange.export_wins(since=selection.since, until=selection.until, deleted=False)
        if selection.wins
        else iter(())
    )
    entry, win = next(entries, None), next(wins, None)
    while entry is not None or win is not None:
        day = min(row["day"] for row in (entry, win) if row is not None)
        group = Day(day)
        while entry is not None and entry["day"] == day:
            group.entries.append(entry)
            entry = next(entries, None)
        while win is not None and win["day"] == day:
            group.wins.append(win)
            win = next(wins, None)
        yield group


class Markdown:
    """Days rendered as markdown. `prompt_text(id)` finds a prompt's words (or None);
    reviews go under the week they review, as soon as that week's days are past."""

    def __init__(
        self, prompt_text: Callable[[str], str | None], week_starts_on: str, day_start: time
    ) -> None:
        self.prompt_text = prompt_text
        self.week_starts_on = week_starts_on
        self.day_start = day_start

    def week_start(self, label: str) -> date:
        return stored_week(label, self.week_starts_on)

    def day(self, group: Day, level: int, *, reviews: bool) -> Iterator[str]:
        """A day's heading, then its entries (and, with `reviews`, reviews written that day),
        then its wins."""
        day = long_day(date.fromisoformat(group.day))
        yield markdown._heading(level, day, ours=True) + "\n"
        for entry in group.entries:
            if entry["kind"] == "review":
                if reviews:
                    start = self.week_start(entry["review_week"])
                    yield "\n" + markdown.review_section(entry, start, level + 1)
                continue
            prompt = entry["prompt_id"] and (
                self.prompt_text(entry["prompt_id"]) or entry["prompt_id"]
            )
            yield "\n" + markdown.entry_section(entry, level + 1, prompt, self.day_start)
        if group.wins:
            yield "\n" + markdown.wins_section(group.wins, level + 1)

    def document(
        self, store: JournalStore, selection: Selection, advance: Advance = _nothing
    ) -> Iterator[str]:
        """The journal as one markdown document: a heading per day, and each weekly review
        right after the last day of its week. Yields a day at a time."""
        yield "# Journal\n"
        reviews = sorted(
            (
                (self.week_start(row["review_week"]), row)
                for row in store.exchange.export_entries(
                    since=selection.since, until=selection.until, kinds=("review",), deleted=False
                )
                if "review" in selection.kinds
            ),
            key=lambda pair: pair[0],  # stable: each week's in the order written
        )
        waiting = iter(reviews)
        review = next(waiting, None)
        for group in days(store, selection, tuple(k for k in selection.kinds if k != "review")):
            day = date.fromisoformat(group.day)
            while review is not None and review[0] + timedelta(days=6) < day:
                yield "\n" + markdown.review_section(review[1], review[0], 2)
                advance(1)
                review = next(waiting, None)
            yield "\n" + "".join(self.day(group, 2, reviews=False))
            advance(len(group.entries) + len(group.wins))
        while review is not None:
            yield "\n" + markdown.review_section(review[1], review[0], 2)
            advance(1)
            review = next(waiting, None)
        if selection.wins:  # goals and experiments after the days, as they span many
            yield from self.plans(store, advance)

    def plans(self, store: JournalStore, advance: Advance = _nothing) -> Iterator[str]:
        for title, records, section in (
            ("Goals", store.exchange.export_goals(), markdown.goal_section),
            ("Experiments", store.exchange.export_experiments(), markdown.experiment_section),
        ):
            first = True
            for record in records:
                if first:
                    yield "\n" + markdown._heading(2, title, ours=True) + "\n"
                    first = False
                yield "\n" + section(record, 3)
                advance(1)


# a folder of days ----------------------------------------------------------------------------


@dataclass
class SplitResult:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    left_alone: list[str] = field(default_factory=list)


def front_matter(group: Day) -> str:
    """YAML front matter for a day's file: its date, the uuids of what it holds, moods,
    values and tags (as Obsidian and static-site tools read them). Lists are written in
    YAML's flow style with JSON strings, which every YAML reader takes as they are (and
    which is many times quicker than a YAML library, for fifty thousand days)."""
    entries = group.entries

    def flow(items: list[Any]) -> str:
        return "[" + ", ".join(json.dumps(item) for item in items) + "]"

    values = _unique(name for row in (*entries, *group.wins) for name in row["values"])
    return (
        f"---\ndate: {group.day}\n"
        f"uuids: {flow([row['uuid'] for row in (*entries, *group.wins)])}\n"
        f"mood: {flow([row['mood'] for row in entries if row['mood'] is not None])}\n"
        f"values: {flow(values)}\n"
        f"tags: {flow(_unique(name for row in entries for name in row['tags']))}\n---\n\n"
    )


def _unique(names: Any) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split(
    store: JournalStore,
    selection: Selection,
    folder: Path,
    render: Markdown,
    advance: Advance = _nothing,
) -> SplitResult:
    """One markdown file per day, `folder/YYYY/YYYY-MM-DD.md`, with YAML front matter.

    Re-running updates the files in place. A file rj did not write, or one changed since rj
    wrote it (edited in a notes app, say), is never overwritten or deleted: it is left alone
    and named in the result. What rj wrote is listed in `folder/.rj-export.json`."""
    from resilience_journal.paths import ensure_private_dir, write_private_file

    ensure_private_dir(folder)
    manifest_path = folder / MANIFEST
    written = _read_manifest(manifest_path)  # relative path: (digest, the kind it was of)
    result = SplitResult()
    seen: set[str] = set()
    try:
        for group in days(store, selection):
            name = f"{group.day[:4]}/{group.day}.md"
            seen.add(name)
            text = front_matter(group) + "".join(render.day(group, 1, reviews=True))
            advance(len(group.entries) + len(group.wins))
            path = folder / name
            if path.exists():
                current = _digest(path.read_bytes().decode("utf-8", "replace"))
                if current == _digest(text):
                    result.unchanged += 1
                    written[name] = (current, selection.kind)
                    continue
                if written.get(name, ("", ""))[0] != current:
                    result.left_alone.append(name)
                    continue
            ensure_private_dir(path.parent)
            write_private_file(path, text)
            written[name] = (_digest(text), selection.kind)
            result.written += 1
        for name in sorted(set(written) - seen):  # days that have nothing left to show
            # (only what this export covers: its days, and files written for the same kind)
            digest, kind = written[name]
            if not _in_range(name[5:15], selection) or kind != selection.kind:
                continue
            path = folder / name
            if path.exists() and _digest(path.read_bytes().decode("utf-8", "replace")) != digest:
                result.left_alone.append(name)
                continue
            path.unlink(missing_ok=True)
            del written[name]
            result.removed += 1
    finally:
        files = {
            name: {"sha256": digest, "kind": kind}
            for name, (digest, kind) in sorted(written.items())
        }
        data = {"format": f"{FORMAT}-split", "version": VERSION, "files": files}
        write_private_file(manifest_path, json.dumps(data, indent=1) + "\n")
    return result


def _in_range(day: str, selection: Selection) -> bool:
    return (selection.since or "") <= day <= (selection.until or "9999")


def _read_manifest(path: Path) -> dict[str, tuple[str, str]]:
    """The files rj wrote: relative path -> (sha256 of the text, the --kind it was of)."""
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        return {
            str(name): (str(about["sha256"]), str(about["kind"])) for name, about in files.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
