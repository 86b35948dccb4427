"""The safety plan: short sections a person writes for a hard moment later."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from resilience_journal.errors import JournalError
from resilience_journal.messages import plan as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.safety.contacts import ANYWHERE, Contact, contacts_for, emergency_number
from resilience_journal.text import readable

# The six steps of the Safety Planning Intervention (Stanley & Brown, 2012), in its order,
# then the one thing most worth living for: name -> (title, what it is for). The words are
# rj's own, in messages/plan.py. The names are how a plan is stored (JSON keys): a plan saved
# before `reason` existed simply has none.
#
# `reason` comes last, after the six steps and unnumbered, for three reasons: the steps are
# meant to be gone through in order from the first, so nothing should stand before step 1;
# writing the plan then ends on what matters to the person rather than on medicines and
# firearms; and when the plan is read in a hard moment, it is the last thing read, the one
# that stays.
SECTIONS: dict[str, tuple[str, str]] = words.PLAN_SECTIONS
STEPS = [key for key in SECTIONS if key != "reason"]  # the numbered six, in order
MAX_SECTION = 2000


@dataclass(frozen=True)
class SafetyPlan:
    sections: dict[str, str]
    version: int = 0  # the plan's short id; 0 until saved
    uuid: str = ""
    created_at: str = ""
    plain_copy: bool = False  # read from the plain copy beside the journal, not the journal

    @property
    def empty(self) -> bool:
        return not any(self.sections.get(key) for key in SECTIONS)

    def changed(self, before: SafetyPlan | None) -> list[str]:
        """The sections that differ from the version before."""
        old = before.sections if before else {}
        return [key for key in SECTIONS if self.sections.get(key, "") != old.get(key, "")]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "sections": {key: self.sections.get(key, "") for key in SECTIONS},
        }


def step_number(key: str) -> int | None:
    """A step's number (1 to 6); None for the one thing most worth living for."""
    return STEPS.index(key) + 1 if key in STEPS else None


def professionals_offer(region: str, shipped: Sequence[Contact]) -> str:
    """What "Professionals and services" is offered to start with: the region's crisis lines,
    then the nearest emergency department with the region's emergency number. Without a
    region (or one rj has no lines for), the emergency department and the local emergency
    number alone: lines from other countries would only be in the way."""
    number = emergency_number(region, shipped) if region else None
    lines = [
        words.line(contact.name, contact.reach)
        for contact in (contacts_for(region, [], shipped) if region else [])
        if contact.region != ANYWHERE and contact.reach != number
    ]
    return "\n".join([*lines, words.emergency_line(number)])


def clean_section(text: str) -> str:
    """A section as the person wrote it: line endings made plain, trailing space trimmed, and
    bytes that were not UTF-8 shown as U+FFFD (SQLite stores only valid text)."""
    lines = readable(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def titles(keys: Sequence[str]) -> list[str]:
    """The titles of these sections, in the order given."""
    return [SECTIONS[key][0] for key in keys]


def section_name(given: str) -> str:
    """A section's name as typed for --set ('Coping ' is coping); an error naming them all
    when there is no such section."""
    key = given.strip().lower()
    if key not in SECTIONS:
        raise JournalError(words.unknown_section(given, list(SECTIONS)))
    return key


def section_text(text: str) -> str:
    """The text of a section as given for --set, if it is not too long."""
    if len(text) > MAX_SECTION:
        raise JournalError(words.section_too_long(MAX_SECTION), outcome=NOTHING_CHANGED)
    return text


def with_section(plan: SafetyPlan | None, key: str, text: str) -> dict[str, str]:
    """The plan's sections with one of them replaced by `text`."""
    sections = dict(plan.sections) if plan else {}
    sections[key] = text
    return sections


def saved_note(before: SafetyPlan | None, saved: SafetyPlan | None) -> str:
    """What to say after saving: the new version and what it changed, or why none was made
    (`saved` is None when nothing changed, or every section of a first plan was empty)."""
    if saved is None:
        return words.PLAN_UNCHANGED if before else words.PLAN_EMPTY_NOT_SAVED
    return words.plan_saved(saved.version, titles(saved.changed(before)))
