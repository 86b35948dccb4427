"""Monthly reflections in our own JSON export ("reflections"), checked as strictly as the
rest. Pure domain code, called by ours.plan_json. Errors name the record and the field
(`reflections[2].answer`), never its text. An answer whose uuid is already in the journal,
or for a month and domain the journal has already answered, is left as it is."""

from __future__ import annotations

import re
from typing import Any

from resilience_journal.entries import MAX_BODY
from resilience_journal.exchange.importing.records import Once, Plan, Record, Row, items
from resilience_journal.messages import exchange as words
from resilience_journal.monthly import ANSWERS, DOMAINS
from resilience_journal.store import JournalStore

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_A_MONTH = "a month like 2026-11"
_A_DOMAIN = words.one_of(DOMAINS)
_AN_ANSWER = words.one_of(ANSWERS)


def plan_reflections(data: dict[str, Any], store: JournalStore, plan: Plan, once: Once) -> None:
    known = store.importing.known_uuids("reflections")
    answered = store.reflections.answered()
    for index, item in enumerate(items(data, "reflections")):
        record = Record(item, f"reflections[{index}]")
        month = record.get("month", str, _A_MONTH)
        if not _MONTH.fullmatch(month):
            raise record.bad("month", _A_MONTH)
        domain = record.get("domain", str, _A_DOMAIN)
        if domain not in DOMAINS:
            raise record.bad("domain", _A_DOMAIN)
        answer = record.get("answer", str, _AN_ANSWER)
        if answer not in ANSWERS:
            raise record.bad("answer", _AN_ANSWER)
        text = record.text("text", optional=answer != "words", longest=MAX_BODY)
        created = record.stamp("created_at")
        reflection: Row = {
            "month": month,
            "domain": domain,
            "answer": answer,
            "text": text if answer == "words" else None,
            "created_at": created,
            "updated_at": record.stamp("updated_at", default=None) or created,
        }
        reflection["uuid"] = once(record.uuid(f"reflection\n{month}\n{domain}"), record)
        if reflection["uuid"] is None:
            continue
        if (month, domain) in answered and reflection["uuid"] not in known:
            plan.already["reflections"] += 1  # the journal's own answer for it stays
            continue
        answered.add((month, domain))
        plan.keep(plan.reflections, reflection, known, "reflections")
