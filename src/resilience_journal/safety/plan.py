"""The safety plan: six short sections a person writes for a hard moment later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from resilience_journal.text import readable

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
            "version": self.version,
            "uuid": self.uuid,
            "created_at": self.created_at,
            "sections": {key: self.sections.get(key, "") for key in SECTIONS},
        }


def clean_section(text: str) -> str:
    """A section as the person wrote it: line endings made plain, trailing space trimmed, and
    bytes that were not UTF-8 shown as U+FFFD (SQLite stores only valid text)."""
    lines = readable(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")
