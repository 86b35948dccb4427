"""When have I got through before? (`rj recall`): the person's own wins, goal steps done and
passages from entries linked to strength or coping, most like some words first. Pure domain
code: no typer, no rich; the day is passed in.

Linked to strength or coping: an entry answering a prompt from one of STRENGTH_CATEGORIES,
or tagged with, or linked to a value named, one of STRENGTH_NAMES.

Held back unless asked for (`include_hard`): an entry written at one of the lowest moods
(2 or lower, as safety.checkin.LOWEST_MOODS) or with a distress at or above the threshold
(the `distress_threshold` setting, 8 by default), and any entry from a day whose check-in
reached that threshold. Never shown: anything from `excluded_days`, the person's hard
dates, which the caller passes in (the command passes none when --include-hard is given).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from resilience_journal.config import Settings
from resilience_journal.safety.checkin import LOWEST_MOODS
from resilience_journal.search import OPEN, pieces, snippet, split_snippet, term
from resilience_journal.store import JournalStore
from resilience_journal.store.recall import Filter

STRENGTH_CATEGORIES = ("coping", "personal-strength", "small-wins", "self-compassion")
STRENGTH_NAMES = (
    "strength", "strengths", "coping", "coped", "resilience", "courage", "brave", "bravery",
    "persistence", "perseverance", "endurance", "hope", "got-through", "getting-through",
    "survival", "win", "wins", "proud", "self-compassion", "self-care",
)  # fmt: skip
ENTRIES, WINS, STEPS = 3, 3, 2  # a few of each, never a long list
EXCERPT_WORDS = 24
MOST_WORDS = 8  # from today's entry, the longest words, as an OR query
_WORD = re.compile(r"[^\W\d_][\w'-]{3,}")
_COMMON = frozenset(
    "that this with have from they them there their what when were been like "
    "about would could into your then than some more very much also only "
    "because today feel felt really still even after before over again here".split()
)


@dataclass(frozen=True)
class Recalled:
    """One thing recalled: a win, a goal step done, or a passage from an entry."""

    kind: str  # "win", "step" or "entry"
    id: int
    uuid: str
    day: str
    text: str  # the excerpt: cut at a word, "…" where it was cut
    goal: str | None = None  # a step's goal
    title: str | None = None  # an entry's title

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind, "id": self.id, "uuid": self.uuid}
        found.update(day=self.day, text=self.text)
        if self.kind == "step":
            found["goal"] = self.goal
        if self.kind == "entry":
            found["title"] = self.title
        return found


@dataclass(frozen=True)
class Recall:
    words: list[str]  # the words matched against ([] for the newest)
    from_today: bool  # the words came from today's latest entry
    done: list[Recalled] = field(default_factory=list)  # wins, then steps
    passages: list[Recalled] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.done and not self.passages

    def to_json(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "words_from_today": self.from_today,
            "done": [item.to_json() for item in self.done],
            "passages": [item.to_json() for item in self.passages],
        }


def todays_words(body: str) -> list[str]:
    """The most telling words of a text: the longest, less very common ones, at most
    MOST_WORDS, lower case, in the order they first appear."""
    found = dict.fromkeys(w.lower() for w in _WORD.findall(body))
    kept = [w for w in found if w not in _COMMON]
    longest = set(sorted(kept, key=len, reverse=True)[:MOST_WORDS])
    return [w for w in kept if w in longest]


MOST_MATCHED = 16  # words given to match, at most


def fts_any(words: Sequence[str]) -> tuple[str | None, list[str]]:
    """An FTS5 query for any of `words` (each safely quoted), and the words kept for it."""
    terms: list[str] = []
    kept: list[str] = []
    for piece in pieces(words):
        if piece.operator or piece.left_out or piece.text.lower() in kept:
            continue
        found = term(piece)
        if found is not None and found.fts is not None:
            terms.append(found.fts)
            kept.append(piece.text.lower())
        if len(kept) == MOST_MATCHED:  # enough to rank by; thousands would not fit a query
            break
    return (" OR ".join(terms) or None), kept


def excerpt(marked: str) -> str:
    """About EXCERPT_WORDS words, cut at a word: around the matches when there are any."""
    if OPEN in marked:
        return snippet(marked, EXCERPT_WORDS)[0]
    words = marked.split()
    text = " ".join(words[:EXCERPT_WORDS])
    return split_snippet(text + ("…" if len(words) > EXCERPT_WORDS else ""))[0]


class Recalls:
    """journal.recall."""

    def __init__(
        self,
        store: JournalStore,
        settings: Settings,
        hard_days: Callable[[date, date], Collection[date]] | None = None,
    ) -> None:
        """`hard_days(first, last)`: the days inside the person's hard dates' windows
        (journal.hard_dates), never recalled unless asked."""
        self.store = store
        self.settings = settings
        self.hard_days = hard_days

    def _filter(self, excluded_days: Collection[date], include_hard: bool) -> Filter:
        return Filter(
            categories=STRENGTH_CATEGORIES,
            names=STRENGTH_NAMES,
            excluded=sorted(day.isoformat() for day in excluded_days),
            lowest_mood=LOWEST_MOODS,
            distress=self.settings.threshold,
            hard=include_hard,
        )

    def recall(
        self,
        words: Sequence[str],
        today: date,
        *,
        excluded_days: Collection[date] = frozenset(),
        include_hard: bool = False,
    ) -> Recall:
        """What to recall, most like `words` first. Without words, the words of today's
        latest entry, if there is one; else the newest."""
        if self.hard_days is not None and not include_hard:
            first = self.store.recall.first_day()
            if first is not None:
                since = min(date.fromisoformat(first), today)
                excluded_days = {*excluded_days, *self.hard_days(since, today)}
        from_today = False
        if not words:
            body = self.store.recall.latest_body(today.isoformat())
            words = todays_words(body) if body else []
            from_today = bool(words)
        match, kept = fts_any(words)
        keep = self._filter(excluded_days, include_hard)
        rows = self.store.recall.matching_entries(match, keep, ENTRIES) if match else []
        if len(rows) < ENTRIES:
            shown = [row["id"] for row in rows]
            rows += self.store.recall.newest_entries(keep, ENTRIES - len(rows), shown)
        passages = [
            Recalled(
                "entry", row["id"], row["uuid"], row["day"], excerpt(row["marked"] or ""),
                title=row["title"],
            )
            for row in rows
        ]  # fmt: skip
        done = [
            Recalled("win", row["id"], row["uuid"], row["day"], excerpt(row["text"]))
            for row in self.store.recall.wins(kept, keep, WINS)
        ]
        done += [
            Recalled("step", r["id"], r["uuid"], r["day"], excerpt(r["text"]), goal=r["goal"])
            for r in self.store.recall.steps(kept, keep, STEPS)
        ]
        return Recall(kept, from_today, done, passages)

    def anything(self, today: date, excluded_days: Collection[date] = frozenset()) -> bool:
        """Whether there is anything to recall (the offer after a hard moment is made only
        then)."""
        return not self.recall([], today, excluded_days=excluded_days).empty
