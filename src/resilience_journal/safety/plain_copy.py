"""A plain copy of the safety plan, kept beside an encrypted journal by the person's choice
(`rj safety-plan --keep-plain-copy`), so `rj help-now` can show the plan without asking for
a passphrase in a hard moment.

A small private file (0600, written whole), one per journal file: the journal
`journal.db` has `journal.safety-plan.json` beside it. Anyone who can read the person's
files can read it; the journal itself stays encrypted. Reading it never raises: help-now
must show the contacts whatever state the copy is in.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.messages import plan as words
from resilience_journal.paths import write_private_file
from resilience_journal.safety.plan import SECTIONS, SafetyPlan

SUFFIX = ".safety-plan.json"
MAX_BYTES = 1_000_000  # far above seven sections of 2000 characters: anything larger is not ours


def copy_path(db: Path) -> Path:
    """Where the plain copy of this journal's plan lives."""
    return db.with_name(db.stem + SUFFIX)


def keep(db: Path, plan: SafetyPlan) -> bool:
    """Write the plan's plain copy (private, whole); True if a copy was there already."""
    path = copy_path(db)
    there = path.exists()
    text = json.dumps(plan.to_json(), ensure_ascii=False, indent=2) + "\n"
    try:
        write_private_file(path, text)
    except OSError:
        raise JournalError(words.plain_copy_failed(str(path))) from None
    return there


def update(db: Path, plan: SafetyPlan) -> bool:
    """After the plan is saved: bring the copy up to date, if the person keeps one. True
    when there was a copy to update."""
    if not copy_path(db).exists():
        return False
    keep(db, plan)
    return True


def remove(db: Path) -> bool:
    """Remove the plain copy; False when there was none."""
    path = copy_path(db)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        raise JournalError(words.plain_copy_not_removed(str(path))) from None
    return True


def read(db: Path) -> SafetyPlan | None:
    """The plan as the plain copy holds it; None when there is no copy or it cannot be read
    (an unreadable copy hides nothing else)."""
    path = copy_path(db)
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sections"), dict):
        return None
    sections = {
        key: text
        for key, text in data["sections"].items()
        if key in SECTIONS and isinstance(text, str)
    }
    version, created_at = data.get("version"), data.get("created_at")
    if type(version) is not int or not isinstance(created_at, str):
        return None
    try:
        datetime.fromisoformat(created_at)
    except ValueError:
        return None
    uuid = data.get("uuid")
    return SafetyPlan(sections, version, uuid if isinstance(uuid, str) else "", created_at, True)
