"""Dates marked as hard (`rj dates`) in our own JSON export ("hard_dates"), checked as
strictly as the rest. Errors name the record and field (`hard_dates[1].month`), never the
person's words. A date whose uuid the journal has already is left as it is.

Pure domain code, called by ours.plan_json.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from resilience_journal.exchange.importing.records import Once, Plan, Record, Row, items, noon
from resilience_journal.hard_dates import DEFAULT_WINDOW, MAX_WHAT, MAX_WINDOW
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore


def plan_hard_dates(
    data: dict[str, Any], store: JournalStore, plan: Plan, once: Once, today: str
) -> None:
    """`today`: the day a date without its `created_at` is taken as marked (ISO)."""
    known = store.hard_dates.known_uuids()
    for index, item in enumerate(items(data, "hard_dates")):
        record = Record(item, f"hard_dates[{index}]")
        marked: Row = {
            "month": record.number("month", 1, 12, optional=False),
            "day": record.number("day", 1, 31, optional=False),
            "year": record.number("year", 1, 9999),
            "once": record.get("once", bool, words.TRUE_OR_FALSE, False),
            "what": record.text("what", optional=True, line=True, longest=MAX_WHAT),
            "window": record.number("window", 0, MAX_WINDOW),
        }
        if marked["window"] is None:
            marked["window"] = DEFAULT_WINDOW
        leap = marked["year"] or 2000  # a date without a year: 29 February is one
        try:
            date(leap, marked["month"], marked["day"])
        except ValueError:
            raise record.bad("day", words.A_DAY_THE_MONTH_HAS) from None
        if marked["once"] and marked["year"] is None:
            raise record.bad("once", words.ONCE_WITH_YEAR)
        given = record.stamp("created_at", default=None)
        marked["created_at"] = given or noon(today)
        fallback = (
            f"hard date\n{marked['month']}\n{marked['day']}\n{marked['year']}\n{given}"
            f"\n{marked['window']}\n{marked['once']}\n{marked['what']}"
        )
        marked["uuid"] = once(record.uuid(fallback), record)
        if marked["uuid"] is not None:
            plan.keep(plan.hard_dates, marked, known, "hard_dates")
