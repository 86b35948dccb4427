"""`rj story`: a narrative in chapters, taken in any order, over several sittings. Each
sitting adds to a chapter's latest telling, or starts a new telling of it; earlier tellings
are kept. Pure domain code: the time is passed in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.dates import utc_stamp
from resilience_journal.entries import MAX_BODY
from resilience_journal.errors import JournalError
from resilience_journal.messages import story as words
from resilience_journal.messages.common import NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.store import JournalStore
from resilience_journal.text import count_words


@dataclass(frozen=True)
class Chapter:
    number: int
    key: str
    title: str
    prompts: tuple[str, ...]

    @property
    def hard(self) -> bool:
        """The chapter asked about before and after, and always landed from."""
        return self.key == words.HARD


CHAPTERS = tuple(
    Chapter(number, key, title, prompts)
    for number, (key, title, prompts) in enumerate(words.CHAPTERS, start=1)
)
KEYS = [chapter.key for chapter in CHAPTERS]


def chapter(given: str) -> Chapter:
    """A chapter by its number (1-6) or its short name (or the start of it: 'carr')."""
    text = given.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(CHAPTERS):
        return CHAPTERS[int(text) - 1]
    found = [c for c in CHAPTERS if text and c.key.startswith(text)]
    if len(found) != 1:
        raise JournalError(words.unknown_chapter(given, KEYS))
    return found[0]


@dataclass(frozen=True)
class Sitting:
    id: int
    uuid: str
    day: str
    created_at: str
    text: str
    distress_before: int | None
    distress_after: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "day": self.day,
            "created_at": self.created_at,
            "text": self.text,
            "distress_before": self.distress_before,
            "distress_after": self.distress_after,
        }


@dataclass(frozen=True)
class Telling:
    id: int
    uuid: str
    chapter: Chapter
    number: int
    created_at: str
    updated_at: str
    sittings: list[Sitting] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sittings)

    @property
    def last_day(self) -> str:
        return self.sittings[-1].day if self.sittings else self.created_at[:10]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "chapter": self.chapter.key,
            "chapter_number": self.chapter.number,
            "title": self.chapter.title,
            "telling": self.number,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "words": count_words(self.text),
            "sittings": [s.to_json() for s in self.sittings],
        }


@dataclass(frozen=True)
class ChapterState:
    """One chapter on the overview: its tellings (oldest first), none if untold."""

    chapter: Chapter
    tellings: list[Telling]

    @property
    def sittings(self) -> int:
        return sum(len(t.sittings) for t in self.tellings)

    @property
    def last_day(self) -> str | None:
        return max((t.last_day for t in self.tellings), default=None)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.chapter.number,
            "key": self.chapter.key,
            "title": self.chapter.title,
            "optional_hard": self.chapter.hard,
            "tellings": len(self.tellings),
            "sittings": self.sittings,
            "last_day": self.last_day,
        }


def suggestion(states: list[ChapterState]) -> Chapter | None:
    """Somewhere to go next, never pushed: the first untold chapter in the usual order,
    never the hard one (that is the person's own choice alone)."""
    return next((s.chapter for s in states if not s.tellings and not s.chapter.hard), None)


def check_text(text: str) -> str:
    if not text.strip():
        raise JournalError(words.NOTHING_WRITTEN)
    if len(text) > MAX_BODY:
        raise JournalError(words.NOTHING_WRITTEN, outcome=NOTHING_SAVED)
    return text.strip("\n")


def tellings_of(store: JournalStore, only: Chapter | None = None) -> list[Telling]:
    """Tellings in chapter order, each chapter's oldest first, with their sittings."""
    rows = store.story.tellings(only.key if only else None)
    by_telling: dict[int, list[Sitting]] = {}
    for row in store.story.sittings([r["id"] for r in rows]):
        telling_id = row.pop("telling_id")
        by_telling.setdefault(telling_id, []).append(Sitting(**row))
    order = {c.key: c for c in CHAPTERS}
    made = [
        Telling(
            r["id"],
            r["uuid"],
            order[r["chapter"]],
            r["telling"],
            r["created_at"],
            r["updated_at"],
            by_telling.get(r["id"], []),
        )
        for r in rows
        if r["chapter"] in order
    ]
    return sorted(made, key=lambda t: (t.chapter.number, t.number))


class Story:
    """The story's chapters, tellings and sittings."""

    def __init__(self, store: JournalStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def tellings(self, only: Chapter | None = None) -> list[Telling]:
        """Tellings in chapter order, each chapter's oldest first."""
        return tellings_of(self.store, only)

    def chapters(self) -> list[ChapterState]:
        tellings = self.tellings()
        return [ChapterState(c, [t for t in tellings if t.chapter == c]) for c in CHAPTERS]

    def add(
        self, where: Chapter, text: str, now: datetime, *, new: bool, before: int | None = None
    ) -> tuple[Telling, int]:
        """Keep a sitting's text: on the chapter's latest telling, or a new one (`new`, or
        the chapter's first). Returns the telling as it is now, and the sitting's id."""
        stamp = utc_stamp(now)
        sitting_id = self.store.story.add_sitting(
            where.key,
            new,
            {"uuid": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp},
            {
                "uuid": str(uuid.uuid4()),
                "day": self.settings.today(now).isoformat(),
                "created_at": stamp,
                "text": check_text(text),
                "distress_before": before,
            },
        )
        return self.tellings(where)[-1], sitting_id

    def distress_after(self, sitting_id: int, distress: int) -> None:
        self.store.story.distress_after(sitting_id, distress)

    def to_remove(self, where: Chapter, telling: int | None) -> list[Telling]:
        """The tellings `rj story remove` would delete: the chapter's, or its one numbered
        `telling`. None there is said in one line (nothing changed)."""
        found = [t for t in self.tellings(where) if telling is None or t.number == telling]
        if not found:
            raise JournalError(
                words.nothing_to_remove(where.number, where.title, telling),
                outcome=NOTHING_CHANGED,
            )
        return found

    def remove(self, tellings: list[Telling]) -> bool:
        """Delete them for good; whether their words are gone from the file already."""
        return self.store.story.destroy([t.id for t in tellings])
