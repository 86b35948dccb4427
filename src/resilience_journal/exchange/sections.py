"""The journal's records as markdown sections, for `rj export`: an entry, a day's wins, a
weekly review, a goal, an experiment. Each is a pure function from the record (a row as the
store reads it out) to text; a person's text goes through markdown.py, so it cannot change
the document around it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as dt_time
from typing import Any

from resilience_journal.dates import clock_time, local_day, long_day
from resilience_journal.exchange.markdown import block, heading, one_line
from resilience_journal.messages import exchange as words
from resilience_journal.messages.common import plural

Row = dict[str, Any]


def _written(stamp: str, day: date, day_start: dt_time) -> tuple[str, str]:
    """When a record was written, in local time: the time, and the day too when it was
    written on another journaling day than the one it belongs to (back-filled). The time is
    dates.clock_time's, made from the one parse (a hundred thousand times, in an export)."""
    moment = datetime.fromisoformat(stamp).astimezone()
    written = moment.date()
    if written != day and not (written - day == _ONE_DAY and moment.time() < day_start):
        return f"{moment.hour:02d}:{moment.minute:02d}", f"written on {long_day(written)}"
    return f"{moment.hour:02d}:{moment.minute:02d}", ""


_ONE_DAY = timedelta(days=1)


def _about(entry: Row, later: str, prompt: str | None) -> list[str]:
    """The lines between an entry's heading and its text: the prompt, then one line of mood,
    values and tags."""
    out = []
    if prompt:
        out += [f"> {one_line(prompt)}", ""]
    facts = [later] if later else []
    if entry["mood"] is not None:
        facts.append(f"mood {entry['mood']}/10")
    if entry.get("distress") is not None:
        facts.append(f"distress {entry['distress']}/10")
    if entry["values"]:
        facts.append("values: " + ", ".join(entry["values"]))
    if entry["tags"]:
        facts.append("tags: " + ", ".join(entry["tags"]))
    if facts:
        line = one_line(" · ".join(facts))  # it starts with our own word, never a mark
        out += [line[0].upper() + line[1:], ""]
    return out


def entry_section(entry: Row, level: int, prompt: str | None, day_start: dt_time) -> str:
    """One entry: a heading with its time and title, what it answered, its facts, its text.
    Written on another journaling day (back-filled), it says when."""
    day = date.fromisoformat(entry["day"])
    clock, later = _written(entry["created_at"], day, day_start)
    if entry["kind"] == "checkin":  # a rating, or a skip: one line, no text of its own
        rated = entry["distress"]
        said = words.CHECKIN_SKIPPED if rated is None else words.checkin_distress(rated)
        return "\n".join([heading(level, f"{clock} · Check-in", ours=True), "", said]) + "\n"
    title = f"{clock} · {entry['title']}" if entry["title"] else clock
    out = [heading(level, title), "", *_about(entry, later, prompt), block(entry["body"])]
    return "\n".join(out) + "\n"


def wins_section(wins: list[Row], level: int) -> str:
    out = [heading(level, "Small wins", ours=True), ""]
    for win in wins:
        lived = " · " + ", ".join(win["values"]) if win["values"] else ""
        out.append(f"- {one_line(win['text'] + lived)}")
    return "\n".join(out) + "\n"


def review_section(entry: Row, start: date, level: int) -> str:
    """A weekly review under a heading naming its week."""
    end = start + timedelta(days=6)
    title = f"Weekly review {entry['review_week']}, {long_day(start)} to {long_day(end)}"
    written = words.written_at(
        long_day(local_day(entry["created_at"])), clock_time(entry["created_at"])
    )
    about = _about(entry, "", None)
    out = [
        heading(level, title),
        "",
        written,
        "",
        *about,
        block(entry["body"]),
    ]
    return "\n".join(out) + "\n"


# goals and experiments (rj export) ---------------------------------------------------------

_STATES = {"active": "Active", "paused": "Paused", "done": "Done", "let-go": "Let go"}
_OUTCOMES = {"helped": "it helped", "partly": "it partly helped", "not-this-time": "not this time"}


def _day_of(value: str | None) -> str:
    return long_day(value) if value else ""


def _said(pairs: list[tuple[str, str | None]]) -> list[str]:
    """The person's answers, a line each under our own label; none, no lines."""
    lines = [f"- {label}: {one_line(text)}" for label, text in pairs if text]
    return [*lines, ""] if lines else []


def goal_section(goal: Row, level: int) -> str:
    """A goal: its state and facts, its answers, what was learned, and its steps as a
    checklist (each checked one with its day)."""
    state = _STATES[goal["state"]]
    if goal["state"] != "active" and goal["state_since"]:
        state += f" since {_day_of(goal['state_since'])}"
    facts = [
        state,
        f"for {goal['value']}" if goal["value"] else "",
        f"by {_day_of(goal['by'])}" if goal["by"] else "",
        f"added {_day_of(goal['day'])}",
    ]
    out = [heading(level, goal["title"]), "", one_line(" · ".join(f for f in facts if f)), ""]
    out += _said(
        [
            ("Specific", goal["specific"]),
            ("Measurable", goal["measure"]),
            ("Achievable", goal["achievable"]),
            ("Why it matters", goal["why"]),
            ("Learned", goal["learned"]),
        ]
    )
    if goal["milestones"]:
        out += ["Steps:", ""]
    for step in goal["milestones"]:
        mark = "x" if step["done_day"] else " "
        when = (
            f" (checked {_day_of(step['done_day'])})"
            if step["done_day"]
            else f" (by {_day_of(step['by'])})"
            if step["by"]
            else ""
        )
        out.append(f"- [{mark}] {step['step']}. {one_line(step['text'])}{when}")
    return "\n".join(out).rstrip() + "\n"


def experiment_section(experiment: Row, level: int) -> str:
    """An experiment: its days and facts, its answers, how many days it was tried, and
    each day logged with its note."""
    days = experiment["days"]
    facts = [
        f"{plural(days, 'day')} from {_day_of(experiment['start_day'])}",
        f"for {experiment['value']}" if experiment["value"] else "",
    ]
    if experiment["closed_day"]:
        outcome = _OUTCOMES.get(experiment["outcome"] or "")
        facts.append(
            f"closed {_day_of(experiment['closed_day'])}" + (f": {outcome}" if outcome else "")
        )
    out = [heading(level, experiment["title"]), "", one_line(" · ".join(f for f in facts if f)), ""]
    out += _said(
        [
            ("Helped if", experiment["helped_if"]),
            ("If it gets hard", experiment["if_hard"]),
            ("What to adjust", experiment["adjust"]),
        ]
    )
    ticks = experiment["ticks"]
    tried = sum(1 for tick in ticks if tick["did"])
    out += [words.tried_on(tried, days), ""]
    for tick in ticks:
        note = f" · {tick['note']}" if tick["note"] else ""
        said = "tried it" if tick["did"] else "not this day"
        out.append(f"- {_day_of(tick['day'])}: {one_line(said + note)}")
    return "\n".join(out).rstrip() + "\n"
