"""How closely a person's days follow their values: `alignment()` is a pure computation,
`today` passed in; `Alignments` (journal.alignment) gathers what it needs from the journal.

For each active value: the latest importance and consistency ratings (1-10; on screen, how
much it matters and how much room it has had lately, in words), the gap between them, the
actions in the period (entries and wins linked to the value), the days since the last one,
and the consistency of past ratings. At most one suggestion: a small step for the value with
the widest gap.

Overall, one figure from the ratings, after the Valued Living Questionnaire's composite: the
mean of importance x consistency over the rated values (1-100). It is in `--json` and shown
only with `rj alignment --figure`, never by default: a number out of 100 reads as a grade.
Its direction is fixed: rating a value as mattering less never raises it, and more room
never lowers it (each product moves with each of its factors; unrated values are left out).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from resilience_journal.messages import alignment as words
from resilience_journal.store import JournalStore
from resilience_journal.values import Rating, Value, Values

WIDE_GAP = 4  # importance this much above consistency earns a gentle suggestion
HISTORY = 12  # past ratings shown as a sparkline
PERIOD = 30  # days of actions counted, unless --since says otherwise


def period_start(today: date) -> date:
    """The first day of the default period: the last 30 days, today among them."""
    return today - timedelta(days=PERIOD - 1)


@dataclass(frozen=True)
class Actions:
    """What the store counts for one value: actions in the period, and the last day any
    entry or win lived it (up to today)."""

    count: int
    last_day: date | None


@dataclass(frozen=True)
class ValueAlignment:
    name: str
    importance: int | None
    consistency: int | None
    actions: int
    last_action: date | None
    days_since_action: int | None
    history: tuple[int, ...]  # consistency of past ratings, oldest first

    @property
    def gap(self) -> int | None:
        if self.importance is None or self.consistency is None:
            return None
        return self.importance - self.consistency

    @property
    def suggestion(self) -> str | None:
        """A small next step when the value matters and the gap is wide; else None."""
        if self.importance is None or self.consistency is None:
            return None
        if self.importance - self.consistency < WIDE_GAP:
            return None
        return words.suggestion(self.name, self.importance, self.consistency)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "importance": self.importance,
            "consistency": self.consistency,
            "gap": self.gap,
            "actions": self.actions,
            "last_action_day": self.last_action.isoformat() if self.last_action else None,
            "days_since_action": self.days_since_action,
            "consistency_history": list(self.history),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Alignment:
    since: date
    until: date
    values: tuple[ValueAlignment, ...]

    @property
    def rated(self) -> list[ValueAlignment]:
        return [row for row in self.values if row.importance is not None]

    @property
    def valued_living(self) -> float | None:
        """Mean of importance x consistency over rated values, 1-100; None if none rated.
        Never higher for a lower importance, nor lower for a higher consistency."""
        rated = self.rated
        if not rated:
            return None
        total = sum((row.importance or 0) * (row.consistency or 0) for row in rated)
        return round(total / len(rated), 1)

    @property
    def suggestion(self) -> str | None:
        """One small step, for the value with the widest gap (by name on a tie), or None:
        one suggestion, never a to-do list."""
        wide = sorted(
            (row for row in self.values if row.suggestion),
            key=lambda row: (-(row.gap or 0), row.name.lower()),
        )
        return wide[0].suggestion if wide else None

    def to_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "values": [row.to_json() for row in self.values],
            "rated_values": len(self.rated),
            "valued_living": self.valued_living,
            "suggestion": self.suggestion,
        }


def alignment(
    values: Sequence[Value],
    ratings: Sequence[Rating],
    actions: Mapping[int, Actions],
    *,
    since: date,
    today: date,
) -> Alignment:
    """The alignment of each active value (archived ones are left out), in the order given.
    `ratings` may be in any order; the latest by `rated_at` counts."""
    by_value: dict[int, list[Rating]] = {}
    for rating in sorted(ratings, key=lambda r: r.rated_at):
        by_value.setdefault(rating.value_id, []).append(rating)
    rows = []
    for value in values:
        if value.archived_at:
            continue
        past = by_value.get(value.id, [])
        latest = past[-1] if past else None
        acted = actions.get(value.id, Actions(0, None))
        rows.append(
            ValueAlignment(
                name=value.name,
                importance=latest.importance if latest else None,
                consistency=latest.consistency if latest else None,
                actions=acted.count,
                last_action=acted.last_day,
                days_since_action=(today - acted.last_day).days if acted.last_day else None,
                history=tuple(r.consistency for r in past[-HISTORY:]),
            )
        )
    return Alignment(since=since, until=today, values=tuple(rows))


class Alignments:
    """How the person's days and values line up, from the journal (journal.alignment)."""

    def __init__(self, store: JournalStore, values: Values) -> None:
        self.store = store
        self.values = values

    def between(self, since: date, today: date) -> Alignment:
        """The alignment of each active value from `since` to `today`."""
        actions = {
            row["value_id"]: Actions(
                int(row["actions"] or 0),
                date.fromisoformat(row["last_day"]) if row["last_day"] else None,
            )
            for row in self.store.values.actions(since.isoformat(), today.isoformat())
        }
        active = self.values.all()
        ratings = self.values.ratings(active, last=HISTORY)
        return alignment(active, ratings, actions, since=since, today=today)
