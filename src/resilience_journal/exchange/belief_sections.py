"""Beliefs and worries sorted as markdown sections, for `rj export`: each a pure function
from the record as the store reads it out. The person's text goes through markdown.py."""

from __future__ import annotations

from typing import Any

from resilience_journal.beliefs import THEMES
from resilience_journal.dates import long_day
from resilience_journal.exchange.markdown import heading, one_line
from resilience_journal.messages import beliefs as words

Row = dict[str, Any]


def belief_section(belief: Row, level: int) -> str:
    """A belief under its latest wording: its theme, then each sitting, oldest first, with
    how true it felt and the answers given."""
    sittings = belief["sittings"]
    out = [heading(level, sittings[-1]["wording"] if sittings else ""), ""]
    if belief["theme"]:
        out += [f"Theme: {THEMES.get(belief['theme'], belief['theme'])}", ""]
    for sitting in sittings:
        rating = "not rated" if sitting["rating"] is None else f"{sitting['rating']} of 100"
        out.append(
            f"- {long_day(sitting['day'])}, how true it felt: {rating}: "
            + one_line(sitting["wording"])
        )
        for key, label in words.ANSWER_NAMES.items():
            if sitting[key]:
                out.append(f"  - {label}: {one_line(sitting[key])}")
    return "\n".join(out).rstrip() + "\n"


def worry_section(worry: Row, level: int) -> str:
    """A worry sorted: what can be influenced, what cannot, and one small step."""
    out = [heading(level, worry["worry"]), "", long_day(worry["day"]), ""]
    out += [
        f"- {label}: {one_line(worry[key])}"
        for key, label in words.WORRY_NAMES.items()
        if worry[key]
    ]
    return "\n".join(out).rstrip() + "\n"
