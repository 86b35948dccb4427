"""The weekly review as markdown, for scripts and for sharing (with a therapist, say).

Pure functions from domain records to text; no rich, no typer.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def _day(value: Any) -> str:
    return f"{value:%a} {value.day} {value:%b}"


def _line(text: str) -> str:
    """A piece of user text on one markdown line: line breaks become spaces."""
    return " ".join(text.split())


def review(week: Any) -> str:
    """The review summary of a `practice.Week`, then the written review if there is one."""
    out = [f"# Weekly review {week.label}", "",
           f"{week.start:%A} {week.start.day} {week.start:%B %Y} to "
           f"{week.end:%A} {week.end.day} {week.end:%B %Y}", ""]  # fmt: skip
    out += ["## Days", "", "| " + " | ".join(f"{d:%a}" for d in week.days) + " |",
            "|" + "---|" * 7,
            "| " + " | ".join(str(week.activity.get(d.isoformat(), 0)) for d in week.days)
            + " |", ""]  # fmt: skip
    out += ["## Entries", ""]
    for entry in week.entries:
        mood = f" (mood {entry.mood}/10)" if entry.mood is not None else ""
        out.append(f"- {_day(date.fromisoformat(entry.day))}: {_line(entry.headline)}{mood}")
    if not week.entries:
        out.append("No entries this week.")
    out += ["", "## Small wins", ""]
    for name, wins in week.wins_by_value().items():
        out += [f"### {_line(name) or 'Other wins'}", ""]
        out += [f"- {_line(noted.text)}" for noted in wins]
        out.append("")
    if not week.wins:
        out += ["No wins noted this week.", ""]
    mood = week.mood
    out += ["## Mood", ""]
    if mood.days:
        each = ", ".join(f"{m:g}" for m in mood.values)
        out.append(
            f"Average {mood.average:g}, from {min(mood.values):g} to {max(mood.values):g}: {each}."
        )
    else:
        out.append("No moods noted this week.")
    out += ["", "## Values", ""]
    if week.values:
        out += ["| value | actions this week | importance | consistency |", "|---|---|---|---|"]
        for value in week.values:
            rated = value.rating
            out.append(f"| {_line(value.name)} | {value.actions} | "
                       f"{rated.importance if rated else '–'} | "
                       f"{rated.consistency if rated else '–'} |")  # fmt: skip
    else:
        out.append("No values lived or rated yet.")
    if week.prompts:
        out += ["", "## To reflect on", ""]
        out += [f"{n}. {_line(prompt.text)}" for n, prompt in enumerate(week.prompts, 1)]
    if week.review is not None:
        out += ["", "## My review", "", week.review.body]
    return "\n".join(out).rstrip() + "\n"
