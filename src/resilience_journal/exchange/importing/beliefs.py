"""Beliefs (with their sittings) and worries sorted, in our own JSON export, checked as
strictly as the rest.

Pure domain code, called by ours.plan_json. Errors name the record and the field
(`beliefs[2].theme`, `beliefs[0].sittings[1].rating`), never its text. A belief whose uuid
is already in the journal is left as it is, with its sittings.
"""

from __future__ import annotations

from typing import Any

from resilience_journal.beliefs import ANSWERS, MAX_RATING, THEMES
from resilience_journal.exchange.importing.records import Once, Plan, Record, Row, items, noon
from resilience_journal.goals import MAX_ANSWER, MAX_TITLE
from resilience_journal.messages import beliefs as belief_words
from resilience_journal.messages import exchange as words
from resilience_journal.store import JournalStore

_A_THEME = words.one_of(THEMES)


def _answer(record: Record, key: str) -> str | None:
    return record.text(key, optional=True, line=True, longest=MAX_ANSWER)


def plan_beliefs(data: dict[str, Any], store: JournalStore, plan: Plan, once: Once) -> None:
    known = store.importing.known_uuids("beliefs")
    known_sittings = store.importing.known_uuids("belief_sittings")
    for index, item in enumerate(items(data, "beliefs")):
        record = Record(item, f"beliefs[{index}]")
        theme = record.get("theme", str, _A_THEME, None)
        if theme is not None and theme not in THEMES:
            raise record.bad("theme", _A_THEME)
        sittings = record.items("sittings")
        if not sittings:
            raise record.bad("sittings", belief_words.SOME_SITTINGS)
        given = record.stamp("created_at", default=None)
        belief: Row = {"theme": theme, "created_at": given}
        uuid = once(record.uuid(f"belief\n{given}\n{theme}\n{sittings!r:.400}"), record)
        if uuid is None:
            continue
        belief["uuid"] = uuid
        belief["sittings"] = _sittings(
            record, belief, once, known_sittings if uuid not in known else set()
        )
        first = belief["sittings"][0] if belief["sittings"] else None
        belief["created_at"] = given or (first["created_at"] if first else None)
        if belief["created_at"] is None:
            raise record.bad("created_at", words.A_TIME)
        belief["updated_at"] = record.stamp("updated_at", default=None) or belief["created_at"]
        plan.keep(plan.beliefs, belief, known, "beliefs")


def _sittings(owner: Record, belief: Row, once: Once, known: set[str]) -> list[Row]:
    found: list[Row] = []
    for index, item in enumerate(owner.items("sittings")):
        record = Record(item, f"{owner.where}.sittings[{index}]")
        sitting: Row = {
            "day": record.day(),
            "wording": record.text("wording", line=True, longest=MAX_TITLE),
            "rating": record.number("rating", 0, MAX_RATING),
            **{key: _answer(record, key) for key in ANSWERS},
        }
        sitting["created_at"] = record.stamp("created_at", default=None) or noon(sitting["day"])
        sitting["uuid"] = once(
            record.uuid(f"sitting\n{belief['uuid']}\n{index}\n{sitting['day']}"), record
        )
        if sitting["uuid"] in known:
            raise record.bad("uuid", belief_words.NEW_SITTING)
        if sitting["uuid"] is not None:
            found.append(sitting)
    return found


def plan_worries(data: dict[str, Any], store: JournalStore, plan: Plan, once: Once) -> None:
    known = store.importing.known_uuids("worries")
    for index, item in enumerate(items(data, "worries")):
        record = Record(item, f"worries[{index}]")
        worry: Row = {
            "day": record.day(),
            "worry": record.text("worry", line=True, longest=MAX_TITLE),
            **{key: _answer(record, key) for key in ("can_influence", "cannot_influence", "step")},
        }
        given = record.stamp("created_at", default=None)
        worry["created_at"] = given or noon(worry["day"])
        worry["uuid"] = once(
            record.uuid(f"worry\n{worry['day']}\n{given}\n{worry['worry']}"), record
        )
        if worry["uuid"] is not None:
            plan.keep(plan.worries, worry, known, "worries")
