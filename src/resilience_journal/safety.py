"""Help within reach: crisis contacts, the person's safety plan, the daily distress check-in
and the writing timer. Pure logic; every function that depends on time takes `now`.

Nothing here needs the journal database: `rj help-now` must work when it is missing or
broken, so contacts come from a file shipped in the package and from the settings file.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

CONTACTS_FILE = Path(__file__).with_name("contacts.csv")
CONTACT_FIELDS = ("region", "name", "reach", "how", "source", "verified")
ANYWHERE = "*"
LOCAL_EMERGENCY = "Your local emergency number"  # the line for anywhere, in contacts.csv


@dataclass(frozen=True)
class Contact:
    name: str
    reach: str
    region: str = ANYWHERE
    how: str = ""
    source: str = ""
    verified: str = ""  # YYYY-MM-DD: when `reach` was last checked against `source`
    own: bool = False  # one of the person's own people (from the settings file)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "reach": self.reach, "region": None if self.own else self.region,
            "how": self.how.split("+") if self.how else [], "source": self.source or None,
            "verified": self.verified or None, "own": self.own,
        }  # fmt: skip


def shipped_contacts(path: Path = CONTACTS_FILE) -> list[Contact]:
    """Every crisis line in the file shipped with rj, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [Contact(**{key: row[key].strip() for key in CONTACT_FIELDS})
                for row in csv.DictReader(handle)]  # fmt: skip


def contacts_for(
    region: str, own: Sequence[dict[str, str]], shipped: Sequence[Contact]
) -> list[Contact]:
    """What help-now shows: the person's own people first, then the lines for their region
    (every country's when no region is set), then the ones that work anywhere."""
    mine = [Contact(name=c["name"], reach=c["reach"], own=True) for c in own]
    national = [c for c in shipped if c.region != ANYWHERE and region in ("", c.region)]
    anywhere = [c for c in shipped if c.region == ANYWHERE]
    if emergency_number(region, shipped):  # the region's own number is listed instead
        anywhere = [c for c in anywhere if c.name != LOCAL_EMERGENCY]
    if not region:  # every country's lines: the ones that work anywhere come first
        return [*mine, *anywhere, *national]
    return [*mine, *national, *anywhere]


def emergency_number(region: str, shipped: Sequence[Contact]) -> str | None:
    """How to reach emergency services in the region ("call 999"), when rj knows it."""
    for contact in shipped:
        if contact.region == region and contact.name == "Emergency services":
            return contact.reach
    return None


def has_lines_for(region: str, shipped: Sequence[Contact]) -> bool:
    return any(contact.region == region for contact in shipped)


def checked_on(contacts: Sequence[Contact]) -> str:
    """The oldest date the shown crisis lines were checked against their sources."""
    return min((contact.verified for contact in contacts if contact.verified), default="")


# The safety plan ----------------------------------------------------------------------

# The six steps of the Stanley-Brown safety planning intervention, in its order.
SECTIONS: dict[str, tuple[str, str]] = {
    "warning-signs": (
        "Warning signs",
        "Thoughts, feelings, moods or situations that tell you a hard time may be coming.",
    ),
    "coping": (
        "Things I can do on my own to cope",
        "Things that take your mind off it or calm you, without needing anyone else.",
    ),
    "places": (
        "People and places that help me feel better",
        "People to be with, and places to go, that help you feel a little better.",
    ),
    "people": (
        "People I can ask for help",
        "People you could tell that you are struggling, and how to reach them.",
    ),
    "professionals": (
        "Professionals and services",
        "A therapist, doctor or crisis line, with their numbers.",
    ),
    "safer-surroundings": (
        "Making my surroundings safer",
        "Ways to keep things you could use to hurt yourself away, or harder to reach.",
    ),
}
MAX_SECTION = 2000


@dataclass(frozen=True)
class SafetyPlan:
    sections: dict[str, str]
    version: int = 0  # the plan's short id; 0 until saved
    uuid: str = ""
    created_at: str = ""

    @property
    def empty(self) -> bool:
        return not any(self.sections.get(key) for key in SECTIONS)

    def changed(self, before: SafetyPlan | None) -> list[str]:
        """The sections that differ from the version before."""
        old = before.sections if before else {}
        return [key for key in SECTIONS if self.sections.get(key, "") != old.get(key, "")]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version, "uuid": self.uuid, "created_at": self.created_at,
            "sections": {key: self.sections.get(key, "") for key in SECTIONS},
        }  # fmt: skip


def clean_section(text: str) -> str:
    """A section as the person wrote it: line endings made plain, trailing space trimmed, and
    bytes that were not UTF-8 shown as U+FFFD (SQLite stores only valid text)."""
    from resilience_journal.checks import readable

    lines = readable(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


# The distress check-in ----------------------------------------------------------------


def needs_support(distress: int | None, threshold: int) -> bool:
    """At or above the threshold, help is offered before any prompt."""
    return distress is not None and distress >= threshold


def read_distress(text: str) -> int:
    """A rating typed at the check-in: a whole number from 0 to 10 (else ValueError)."""
    text = text.strip()
    if not (text.isdigit() and 0 <= int(text) <= 10):
        raise ValueError
    return int(text)


# The writing timer ---------------------------------------------------------------------


@dataclass
class Timer:
    """A quiet countdown for `rj write --timer`. It only ever tells; it never stops the
    writing. Between paragraphs it may say what time is left: at half way, and at five
    minutes and one minute to go (when those come after the start), then once that the
    time is up."""

    start: datetime
    minutes: int
    told: set[str] = field(default_factory=set)

    def remaining(self, now: datetime) -> float:
        """Seconds left (0 once the time is up)."""
        return max(0.0, self.minutes * 60 - (now - self.start).total_seconds())

    def elapsed_minutes(self, now: datetime) -> int:
        return int((now - self.start).total_seconds() // 60)

    def marks(self) -> list[tuple[str, float]]:
        """The moments worth a word, as (name, seconds left), latest first."""
        total = self.minutes * 60
        candidates = [("half", total / 2), ("five", 300.0), ("one", 60.0)]
        return [(name, left) for name, left in candidates if left < total and total >= 120]

    def notice(self, now: datetime) -> tuple[str, int] | None:
        """What to say now, if anything, once each: ("up", 0) when the time is up, or
        ("left", minutes) at a mark that has just passed. Only the latest passed mark is
        told; earlier ones are skipped quietly."""
        left = self.remaining(now)
        if left <= 0:
            if "up" in self.told:
                return None
            self.told.add("up")
            return ("up", 0)
        due = [(name, mark) for name, mark in self.marks() if left <= mark]
        if not due:
            return None
        name, mark = min(due, key=lambda item: item[1])
        if name in self.told:
            return None
        self.told.update(n for n, m in self.marks() if m >= mark)
        return ("left", math.ceil(left / 60))


# Kept in the journal -------------------------------------------------------------------


class SafetyRecords:
    """The safety plan's versions and the daily check-ins, through the journal's store."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def plan(self, version: int | None = None) -> SafetyPlan | None:
        """The plan (its newest version), or one version of it; None if there is none."""
        if version is None:
            rows = self.store.safety_plans(limit=1)
            row = rows[0] if rows else None
        else:
            row = self.store.safety_plan(version)
        return _plan(row) if row else None

    def history(self) -> list[SafetyPlan]:
        """Every version, newest first."""
        return [_plan(row) for row in self.store.safety_plans()]

    def save_plan(self, sections: dict[str, str], now: datetime) -> SafetyPlan | None:
        """Save a new version when something changed; None when nothing did."""
        import json
        import uuid

        from resilience_journal.checks import utc_stamp

        cleaned = {key: clean_section(sections.get(key, "")) for key in SECTIONS}
        current = self.plan()
        if current is not None and not SafetyPlan(cleaned).changed(current):
            return None
        if current is None and not any(cleaned.values()):
            return None
        record = {"uuid": str(uuid.uuid4()), "created_at": utc_stamp(now),
                  "sections": json.dumps(cleaned, ensure_ascii=False)}  # fmt: skip
        return self.plan(self.store.insert_safety_plan(record))

    def checkin(self, day: str) -> dict[str, Any] | None:
        """Today's check-in, if there was one: {"distress": int | None (skipped)}."""
        return self.store.checkin(day)

    def ever_checked_in(self) -> bool:
        return self.store.any_checkin()

    def record_checkin(self, day: str, distress: int | None, now: datetime) -> None:
        """Keep the day's check-in: a rating, or None when it was skipped (so it is not
        asked again that day)."""
        import uuid

        from resilience_journal.checks import utc_stamp

        stamp = utc_stamp(now)
        record = {"uuid": str(uuid.uuid4()), "kind": "checkin", "created_at": stamp,
                  "updated_at": stamp, "day": day, "title": None, "body": "",
                  "distress": distress, "words": 0}  # fmt: skip
        self.store.insert_entry(record, ())


def _plan(row: dict[str, Any]) -> SafetyPlan:
    import json

    return SafetyPlan(json.loads(row["sections"]), row["id"], row["uuid"], row["created_at"])
