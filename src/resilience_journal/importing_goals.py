"""Goals and experiments in our own JSON export, checked as strictly as the rest.

Pure domain code, called by importing.plan_json. Errors name the record and the field
(`goals[2].state`, `experiments[0].ticks[3].day`), never its text. A goal or experiment
whose uuid is already in the journal is left as it is, with its steps and days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from resilience_journal.experiments import MAX_DAYS, OUTCOMES
from resilience_journal.goals import MAX_ANSWER, MAX_TITLE, STATES
from resilience_journal.importing import (
    _CANONICAL_UUID,
    Plan,
    _items,
    _keep,
    _noon,
    _Record,
    _refuse,
)
from resilience_journal.store import JournalStore

Row = dict[str, Any]
Once = Callable[[str, _Record], "str | None"]


def _title(record: _Record) -> str:
    return record.text("title", line=True, longest=MAX_TITLE)  # type: ignore[return-value]


def _answer(record: _Record, key: str) -> str | None:
    return record.text(key, optional=True, line=True, longest=MAX_ANSWER)


def _optional_day(record: _Record, key: str) -> str | None:
    return None if record.data.get(key) is None else record.day(key)


def _value(record: _Record, is_value: Callable[[str], bool]) -> str | None:
    name = record.text("value", optional=True, line=True)
    if name is not None and not is_value(name):
        raise record.bad("value", 'the name of a value in the file\'s "values", or null')
    return name


def _win(record: _Record) -> str | None:
    """A step's win, by uuid (linked when that win is in the file or the journal)."""
    import uuid

    text = record.get("win", str, "the uuid of a win, or null", None)
    if text is None or _CANONICAL_UUID.fullmatch(text):
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise record.bad("win", "the uuid of a win, or null") from None


def plan_goals(
    data: dict,
    store: JournalStore,
    plan: Plan,
    once: Once,
    is_value: Callable[[str], bool],
    today: str,
) -> None:
    known = store.exchange.known_uuids("goals")
    known_steps = store.exchange.known_uuids("milestones")
    for index, item in enumerate(_items(data, "goals")):
        record = _Record(item, f"goals[{index}]")
        goal: Row = {
            "title": _title(record),
            "day": _optional_day(record, "day"),
            "value": _value(record, is_value),
            "by": _optional_day(record, "by"),
            **{
                key: _answer(record, key)
                for key in ("specific", "measure", "achievable", "why", "learned")
            },
            "state": record.get("state", str, "one of " + ", ".join(STATES), "active"),
            "state_since": _optional_day(record, "state_since"),
        }
        if goal["state"] not in STATES:
            raise record.bad("state", "one of " + ", ".join(STATES))
        given = record.stamp("created_at", default=None)
        goal["day"] = goal["day"] or (given[:10] if given else today)
        goal["created_at"] = given or _noon(goal["day"])
        goal["updated_at"] = record.stamp("updated_at", default=None) or goal["created_at"]
        goal["uuid"] = once(record.uuid(f"goal\n{goal['day']}\n{given}\n{goal['title']}"), record)
        if goal["uuid"] is None:
            continue
        goal["milestones"] = _steps(
            record, goal, once, known_steps if goal["uuid"] not in known else set()
        )
        _keep(plan, plan.goals, goal, known, "goals")


def _steps(goal_record: _Record, goal: Row, once: Once, known: set[str]) -> list[Row]:
    steps = []
    for index, item in enumerate(_items_of(goal_record, "milestones")):
        record = _Record(item, f"{goal_record.where}.milestones[{index}]")
        number = record.number("step", 1, 1_000_000)
        if number is not None and number != index + 1:
            raise record.bad("step", f"{index + 1}: steps are numbered 1, 2, 3 in order")
        step: Row = {
            "step": index + 1,
            "text": record.text("text", line=True, longest=MAX_TITLE),
            "by": _optional_day(record, "by"),
            "done_day": _optional_day(record, "done_day"),
            "done_at": record.stamp("done_at", default=None),
            "win": _win(record),
            "created_at": record.stamp("created_at", default=None) or goal["created_at"],
        }
        if step["done_at"] and not step["done_day"]:
            raise record.bad("done_day", "the day it was checked, as done_at is given")
        if step["done_day"] and not step["done_at"]:
            step["done_at"] = _noon(step["done_day"])
        step["uuid"] = once(record.uuid(f"step\n{goal['uuid']}\n{index + 1}"), record)
        if step["uuid"] in known:
            raise record.bad("uuid", "new: a step of a goal that is not in the journal yet")
        if step["uuid"] is not None:
            steps.append(step)
    return steps


def plan_experiments(
    data: dict, store: JournalStore, plan: Plan, once: Once, is_value: Callable[[str], bool]
) -> None:
    known = store.exchange.known_uuids("experiments")
    known_ticks = store.exchange.known_uuids("experiment_ticks")
    for index, item in enumerate(_items(data, "experiments")):
        record = _Record(item, f"experiments[{index}]")
        experiment: Row = {
            "title": _title(record),
            "value": _value(record, is_value),
            "start_day": record.day("start_day"),
            "days": record.number("days", 1, MAX_DAYS, optional=False),
            **{key: _answer(record, key) for key in ("helped_if", "if_hard", "adjust")},
            "closed_day": _optional_day(record, "closed_day"),
            "outcome": record.get("outcome", str, "one of " + ", ".join(OUTCOMES), None),
        }
        if experiment["outcome"] is not None and experiment["outcome"] not in OUTCOMES:
            raise record.bad("outcome", "one of " + ", ".join(OUTCOMES))
        if experiment["outcome"] is not None and experiment["closed_day"] is None:
            raise record.bad("outcome", "null while the experiment is open (no closed_day)")
        given = record.stamp("created_at", default=None)
        experiment["created_at"] = given or _noon(experiment["start_day"])
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
        _keep(plan, plan.experiments, experiment, known, "experiments")


def _ticks(owner: _Record, experiment: Row, once: Once, known: set[str]) -> list[Row]:
    first = date.fromisoformat(experiment["start_day"])
    last = (first + timedelta(days=experiment["days"] - 1)).isoformat()
    ticks: list[Row] = []
    seen: set[str] = set()
    for index, item in enumerate(_items_of(owner, "ticks")):
        record = _Record(item, f"{owner.where}.ticks[{index}]")
        tick: Row = {
            "day": record.day(),
            "did": record.get("did", bool, "true or false", True),
            "note": _answer(record, "note"),
        }
        if not experiment["start_day"] <= tick["day"] <= last:
            raise record.bad("day", f"one of the experiment's days, {first} to {last}")
        if tick["day"] in seen:
            raise _refuse(f"{record.where}.day appears twice in the experiment.")
        seen.add(tick["day"])
        tick["created_at"] = record.stamp("created_at", default=None) or _noon(tick["day"])
        tick["updated_at"] = record.stamp("updated_at", default=None) or tick["created_at"]
        tick["uuid"] = once(record.uuid(f"tick\n{experiment['uuid']}\n{tick['day']}"), record)
        if tick["uuid"] in known:
            raise record.bad("uuid", "new: a day of an experiment not in the journal yet")
        if tick["uuid"] is not None:
            ticks.append(tick)
    return ticks


def _items_of(record: _Record, key: str) -> list[Any]:
    value = record.data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise record.bad(key, "a list [...]")
    return value
