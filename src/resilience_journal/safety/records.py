"""The safety plan's versions and the daily check-ins, as kept in the journal."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from resilience_journal.dates import utc_stamp
from resilience_journal.safety import checkin
from resilience_journal.safety.plan import SECTIONS, SafetyPlan, clean_section
from resilience_journal.store import JournalStore


class SafetyRecords:
    """The safety plan's versions and the daily check-ins, through the journal's store."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store

    def plan(self, version: int | None = None) -> SafetyPlan | None:
        """The plan (its newest version), or one version of it; None if there is none."""
        if version is None:
            rows = self.store.safety.plans(limit=1)
            row = rows[0] if rows else None
        else:
            row = self.store.safety.plan(version)
        return _plan(row) if row else None

    def history(self) -> list[SafetyPlan]:
        """Every version, newest first."""
        return [_plan(row) for row in self.store.safety.plans()]

    def save_plan(self, sections: dict[str, str], now: datetime) -> SafetyPlan | None:
        """Save a new version when something changed; None when nothing did."""
        cleaned = {key: clean_section(sections.get(key, "")) for key in SECTIONS}
        current = self.plan()
        if current is not None and not SafetyPlan(cleaned).changed(current):
            return None
        if current is None and not any(cleaned.values()):
            return None
        record = {
            "uuid": str(uuid.uuid4()),
            "created_at": utc_stamp(now),
            "sections": json.dumps(cleaned, ensure_ascii=False),
        }
        return self.plan(self.store.safety.insert_plan(record))

    def first_mention(self, key: str) -> bool:
        """True the first time this journal is asked about `key` (then never again): for
        what rj offers once, such as the plain copy of the plan."""
        if self.store.meta.get(key):
            return False
        self.store.meta.set(key, "said")
        return True

    def checkin(self, day: str) -> dict[str, Any] | None:
        """Today's check-in, if there was one: {"distress": int | None (skipped)}."""
        return self.store.safety.checkin(day)

    def ever_checked_in(self) -> bool:
        return self.store.safety.any_checkin()

    def record_checkin(self, day: str, distress: int | None, now: datetime) -> None:
        """Keep the day's check-in: a rating, or None when it was skipped (so it is not
        asked again that day)."""
        self.store.safety.insert_checkin(checkin.record(day, distress, now))


def _plan(row: dict[str, Any]) -> SafetyPlan:
    return SafetyPlan(json.loads(row["sections"]), row["id"], row["uuid"], row["created_at"])
