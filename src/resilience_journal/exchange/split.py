"""The journal as a folder of markdown files, one a day (`rj export --split DIR`), each with
YAML front matter, as a notes vault reads them. Running it again updates them; a file rj
did not write, or one changed since, is left alone (what rj wrote is listed in MANIFEST).

Pure domain code: no typer, no rich.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from resilience_journal.errors import SaidInFull
from resilience_journal.exchange.document import Day, Markdown, days
from resilience_journal.exchange.export import FORMAT, VERSION, Advance, Selection, nothing
from resilience_journal.messages import export_safety as words
from resilience_journal.paths import ensure_private_dir, write_private_file
from resilience_journal.store import JournalStore, leftovers

MANIFEST = ".rj-export.json"
#: What a run is about to write, a line each, before it writes it: a run that is stopped
#: (SIGKILL, the power) writes no manifest, and its files would look changed by hand to the
#: next run, which would leave their days stale. Removed once the manifest is written.
PENDING = ".rj-export.pending"
#: The temporary files of a write that was stopped (paths.private_writer's naming): a day's
#: file or the manifest, a dot before and the process id after.
_LEFTOVER = re.compile(r"^\.(\d{4}-\d{2}-\d{2}\.md|\.rj-export\.json)\.(\d+)\.tmp$")


@dataclass
class SplitResult:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    left_alone: list[str] = field(default_factory=list)
    removed_names: list[str] = field(default_factory=list)
    #: Removed as not in this journal (--prune over a folder it did not write), rather than
    #: as days with nothing left.
    pruned: bool = False
    #: The folder became this journal's on this run: it named no journal (an earlier rj
    #: wrote it), or another one (--adopt). `kept`: the files of days there it does not
    #: hold, left as they are and no longer rj's to remove.
    adopted: bool = False
    kept: list[str] = field(default_factory=list)


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


def _unique(names: Iterable[str]) -> list[str]:
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
    advance: Advance = nothing,
    *,
    prune: bool = False,
    adopt: bool = False,
) -> SplitResult:
    """One markdown file per day, `folder/YYYY/YYYY-MM-DD.md`, with YAML front matter.

    Re-running updates the files in place. A file rj did not write, or one changed since rj
    wrote it (edited in a notes app, say), is never overwritten or deleted: it is left alone
    and named in the result. What rj wrote, and which journal wrote it, is listed in
    `folder/.rj-export.json`. A folder another journal wrote is refused, and days are removed
    by an export that holds none, only with `prune` (SaidInFull, nothing changed).

    A folder that names no journal (written before rj kept it), or another one with `adopt`
    (this journal imported on a new machine has a new id), becomes this journal's, but
    nothing is removed on that run without `prune`: the days it does not hold are left as
    they are, and a day's file rj wrote is written over only when it shares an entry or a
    win with this journal's day (the uuids in its front matter)."""
    ensure_private_dir(folder)
    manifest_path = folder / MANIFEST
    owner, written = _read_manifest(manifest_path)  # relative path: (digest, its kind)
    pending_path = folder / PENDING
    also_ours = _read_pending(pending_path)  # what a stopped run wrote: also rj's
    mine = store.meta.journal_id()  # "" if read-only
    theirs = bool(written and owner and mine and owner != mine)
    if theirs and not prune and not adopt:
        raise SaidInFull(words.another_journals_folder(str(folder)))
    unclaimed = bool(written and mine and not owner)
    careful = (unclaimed or theirs) and not prune  # adopting: write over, remove, nothing new
    removing = prune or bool(owner and owner == mine)
    _clear_leftovers(folder)
    result = SplitResult(pruned=prune and (theirs or unclaimed), adopted=careful)
    seen: set[str] = set()
    pending: TextIO | None = None
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
                if not _ours(name, current, written, also_ours):
                    result.left_alone.append(name)
                    continue
                if careful and not _shares_a_uuid(path, group):  # another journal's day
                    result.left_alone.append(name)
                    del written[name]
                    continue
            ensure_private_dir(path.parent)
            digest = _digest(text)
            if pending is None:
                pending = _open_pending(pending_path)
            pending.write(json.dumps([name, digest]) + "\n")
            pending.flush()
            write_private_file(path, text)
            written[name] = (digest, selection.kind)
            result.written += 1
        # Days that have nothing left to show: only what this export covers (its days, and
        # files written for the same kind).
        gone = [
            name
            for name in sorted(set(written) - seen)
            if _in_range(name[5:15], selection) and written[name][1] == selection.kind
        ]
        if gone and not seen and not prune:  # an empty export never empties a folder
            raise SaidInFull(words.nothing_to_export_over(len(gone), str(folder)))
        owner = mine or owner
        if careful:  # adopting: left as they are, and no longer rj's to remove
            for name in gone:
                del written[name]
            result.kept = sorted(gone)
        if not removing:
            gone = []
        for name in gone:
            path = folder / name
            on_disk = _digest(path.read_bytes().decode("utf-8", "replace")) if path.exists() else ""
            if on_disk and not _ours(name, on_disk, written, also_ours):
                result.left_alone.append(name)
                continue
            path.unlink(missing_ok=True)
            del written[name]
            result.removed += 1
            result.removed_names.append(name)
    finally:
        files = {
            name: {"sha256": digest, "kind": kind}
            for name, (digest, kind) in sorted(written.items())
        }
        data = {"format": f"{FORMAT}-split", "version": VERSION, "journal": owner, "files": files}
        if pending is not None:
            pending.close()
        write_private_file(manifest_path, json.dumps(data, indent=1) + "\n")
        pending_path.unlink(missing_ok=True)  # the manifest now says all of it
    return result


def _ours(name: str, digest: str, written: dict[str, tuple[str, str]], also: set[str]) -> bool:
    """Whether the file `name` with text of `digest` is as rj wrote it: as the manifest
    says, or as a stopped run was about to write it."""
    return written.get(name, ("", ""))[0] == digest or f"{name} {digest}" in also


def _open_pending(path: Path) -> TextIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    return os.fdopen(fd, "a", encoding="utf-8")


def _read_pending(path: Path) -> set[str]:
    """The files a stopped run was about to write, as "name digest"."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return set()
    found = set()
    for line in lines:
        with contextlib.suppress(ValueError, TypeError):
            name, digest = json.loads(line)
            found.add(f"{name} {digest}")
    return found


def _shares_a_uuid(path: Path, group: Day) -> bool:
    """Whether the day's file at `path` names (in its front matter) an entry, review or win
    of `group`: the same journal's day, rather than another journal's."""
    ours = {row["uuid"] for row in (*group.entries, *group.wins)}
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = [handle.readline() for _ in range(4)]
        found = next(line for line in head if line.startswith("uuids: "))
        theirs = json.loads(found[len("uuids: ") :])
    except (OSError, StopIteration, ValueError):
        return False
    return isinstance(theirs, list) and not ours.isdisjoint(map(str, theirs))


def _clear_leftovers(folder: Path) -> None:
    """Remove the temporary files an earlier `--split` left when it was stopped (killed,
    the power gone): only names of rj's own making, in the folder and its year folders,
    and only those of a process that is no longer running."""
    places = [folder, *(sub for sub in folder.iterdir() if sub.is_dir() and _is_year(sub.name))]
    for place in places:
        for path in place.iterdir():
            found = _LEFTOVER.match(path.name)
            if found and path.is_file() and not leftovers.running(int(found.group(2))):
                with contextlib.suppress(OSError):
                    path.unlink()


def _is_year(name: str) -> bool:
    return len(name) == 4 and name.isdigit()


def _in_range(day: str, selection: Selection) -> bool:
    return (selection.since or "") <= day <= (selection.until or "9999")


def _read_manifest(path: Path) -> tuple[str, dict[str, tuple[str, str]]]:
    """Which journal wrote the folder ("" when not known: a manifest from before rj kept
    it), and the files it wrote: relative path -> (sha256 of the text, its --kind)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        owner = data.get("journal")
        return str(owner) if isinstance(owner, str) else "", {
            str(name): (str(about["sha256"]), str(about["kind"])) for name, about in files.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "", {}
