"""Goals and experiments in our own JSON export, checked as strictly as the rest.

Pure domain code, called by ours.plan_json. Errors name the record and the field
(`goals[2].state`, `experiments[0].ticks[3].day`), never its text. A goal or experiment
whose uuid is already in the journal is left as it is, with its steps and days.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from resilience_journal.exchange.importing.records import (
    CANONICAL_UUID,
    Once,
    Plan,
    Record,
    Row,
    items,
    noon,
    refuse,
)
from resilience_journal.experiments import MAX_DAYS, OUTCOMES
from resilience_journal.goals import MAX_ANSWER, MAX_TITLE, STATES
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore

_A_STATE = words.one_of(STATES)
_AN_OUTCOME = words.one_of(OUTCOMES)


def _title(record: Record) -> str:
    return record.text("title", line=True, longest=MAX_TITLE)


def _answer(record: Record, key: str) -> str | None:
    return record.text(key, optional=True, line=True, longest=MAX_ANSWER)


def _value(record: Record, is_value: Callable[[str], bool]) -> str | None:
    name = record.text("value", optional=True, line=True)
    if name is not None and not is_value(name):
        raise record.bad("value", words.A_VALUE_OR_NULL)
    return name


def _win(record: Record) -> str | None:
    """A step's win, by uuid (linked when that win is in the file or the journal)."""
    text: str | None = record.get("win", str, words.A_WIN, None)
    if text is None or CANONICAL_UUID.fullmatch(text):
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise record.bad("win", words.A_WIN) from None


def plan_goals(
    data: dict[str, Any],
    store: JournalStore,
    plan: Plan,
    once: Once,
    is_value: Callable[[str], bool],
    today: str,
) -> None:
    known = store.importing.known_uuids("goals")
    known_steps = store.importing.known_uuids("milestones")
    for index, item in enumerate(items(data, "goals")):
        record = Record(item, f"goals[{index}]")
        goal: Row = {
            "title": _title(record),
            "day": record.optional_day("day"),
            "value": _value(record, is_value),
            "by": record.optional_day("by"),
            **{
                key: _answer(record, key)
                for key in ("specific", "measure", "achievable", "why", "learned")
            },
            "state": record.get("state", str, _A_STATE, "active"),
            "state_since": record.optional_day("state_since"),
        }
        if goal["state"] not in STATES:
            raise record.bad("state", _A_STATE)
        given = record.stamp("created_at", default=None)
        goal["day"] = goal["day"] or (given[:10] if given else today)
        goal["created_at"] = given or noon(goal["day"])
        goal["updated_at"] = record.stamp("updated_at", default=None) or goal["created_at"]
        goal["uuid"] = once(record.uuid(f"goal\n{goal['day']}\n{given}\n{goal['title']}"), record)
        if goal["uuid"] is None:
            continue
        goal["milestones"] = _steps(
            record, goal, once, known_steps if goal["uuid"] not in known else set()
        )
        plan.keep(plan.goals, goal, known, "goals")


def _steps(goal_record: Record, goal: Row, once: Once, known: set[str]) -> list[Row]:
    steps = []
    for index, item in enumerate(goal_record.items("milestones")):
        record = Record(item, f"{goal_record.where}.milestones[{index}]")
        number = record.number("step", 1, 1_000_000)
        if number is not None and number != index + 1:
            raise record.bad("step", words.step_number(index + 1))
        step: Row = {
            "step": index + 1,
            "text": record.text("text", line=True, longest=MAX_TITLE),
            "by": record.optional_day("by"),
            "done_day": record.optional_day("done_day"),
            "done_at": record.stamp("done_at", default=None),
            "win": _win(record),
            "created_at": record.stamp("created_at", default=None) or goal["created_at"],
        }
        if step["done_at"] and not step["done_day"]:
            raise record.bad("done_day", words.CHECKED_DAY)
        if step["done_day"] and not step["done_at"]:
            step["done_at"] = noon(step["done_day"])
        step["uuid"] = once(record.uuid(f"step\n{goal['uuid']}\n{index + 1}"), record)
        if step["uuid"] in known:
            raise record.bad("uuid", words.NEW_STEP)
        if step["uuid"] is not None:
            steps.append(step)
    return steps


def plan_experiments(
    data: dict[str, Any],
    store: JournalStore,
    plan: Plan,
    once: Once,
    is_value: Callable[[str], bool],
) -> None:
    known = store.importing.known_uuids("experiments")
    known_ticks = store.importing.known_uuids("experiment_ticks")
    for index, item in enumerate(items(data, "experiments")):
        record = Record(item, f"experiments[{index}]")
        experiment: Row = {
            "title": _title(record),
            "value": _value(record, is_value),
            "start_day": record.day("start_day"),
            "days": record.number("days", 1, MAX_DAYS, optional=False),
            **{key: _answer(record, key) for key in ("helped_if", "if_hard", "adjust")},
            "closed_day": record.optional_day("closed_day"),
            "outcome": record.get("outcome", str, _AN_OUTCOME, None),
        }
        if experiment["outcome"] is not None and experiment["outcome"] not in OUTCOMES:
            raise record.bad("outcome", _AN_OUTCOME)
        if experiment["outcome"] is not None and experiment["closed_day"] is None:
            raise record.bad("outcome", words.OPEN_OUTCOME)
        given = record.stamp("created_at", default=None)
        experiment["created_at"] = given or noon(experiment["start_day"])
        experiment["updated_at"] = (
            record.stamp("updated_at", default=None) or experiment["created_at"]
        )
        experiment["uuid"] = once(
            record.uuid(f"experiment\n{experiment['start_day']}\n{given}\n{experiment['title']}"),
            record,
        )
        if experiment["uuid"] is None:
            continue
        experiment["ticks"] = _ticks(
            record, experiment, once, known_ticks if experiment["uuid"] not in known else set()
        )
        plan.keep(plan.experiments, experiment, known, "experiments")


def _ticks(owner: Record, experiment: Row, once: Once, known: set[str]) -> list[Row]:
    first = date.fromisoformat(experiment["start_day"])
    last = (first + timedelta(days=experiment["days"] - 1)).isoformat()
    ticks: list[Row] = []
    seen: set[str] = set()
    for index, item in enumerate(owner.items("ticks")):
        record = Record(item, f"{owner.where}.ticks[{index}]")
        tick: Row = {
            "day": record.day(),
            "did": record.get("did", bool, words.TRUE_OR_FALSE, True),
            "note": _answer(record, "note"),
        }
        if not experiment["start_day"] <= tick["day"] <= last:
            raise record.bad("day", words.experiment_day(first, last))
        if tick["day"] in seen:
            raise refuse(words.day_twice(record.where))
        seen.add(tick["day"])
        tick["created_at"] = record.stamp("created_at", default=None) or noon(tick["day"])
        tick["updated_at"] = record.stamp("updated_at", default=None) or tick["created_at"]
        tick["uuid"] = once(record.uuid(f"tick\n{experiment['uuid']}\n{tick['day']}"), record)
        if tick["uuid"] in known:
            raise record.bad("uuid", words.NEW_TICK)
        if tick["uuid"] is not None:
            ticks.append(tick)
    return ticks
