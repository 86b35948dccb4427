"""Beliefs, revisited, and worries sorted, on screen. The person's own record: wordings and
ratings as they were, oldest first, with no arrows or judgements on how they moved."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.beliefs import THEMES, Belief, Sitting, Worry
from resilience_journal.dates import brief_day
from resilience_journal.messages import beliefs as words
from resilience_journal.render.common import MUTED, user_text


def _rating(rating: int | None) -> str:
    return "–" if rating is None else f"{rating}"


def beliefs_table(beliefs: Sequence[Belief], today: date) -> Table:
    """One belief a row: its latest wording, theme, first and latest rating, last looked at."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column("id", justify="right", style=MUTED, no_wrap=True, min_width=2)
    table.add_column("belief", ratio=1, overflow="fold", min_width=16)
    table.add_column("theme", style=MUTED, max_width=10)
    table.add_column("first", justify="right", no_wrap=True)
    table.add_column("latest", justify="right", no_wrap=True)
    table.add_column("last looked at")
    for found in beliefs:
        table.add_row(
            str(found.id),
            user_text(found.wording),
            THEMES.get(found.theme or "", ""),
            _rating(found.first.rating),
            _rating(found.latest.rating),
            brief_day(found.latest.day, today),
        )
    return table


def _answers(answers: dict[str, str | None]) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for key, answer in answers.items():
        if answer:
            parts += [
                Text(words.ANSWER_NAMES[key], style=MUTED),
                Padding(user_text(answer), (0, 0, 0, 2)),
            ]
    return parts


def _sitting(sitting: Sitting, today: date, label: str) -> RenderableType:
    rating = (
        "how true it felt: not rated"
        if sitting.rating is None
        else f"how true it felt: {sitting.rating} of 100"
    )
    head = Text.assemble(
        (f"{label}, {brief_day(sitting.day, today)}", "bold"), (f" · {rating}", MUTED)
    )
    body: list[RenderableType] = [Padding(user_text(sitting.wording), (0, 0, 0, 2))]
    body += [Padding(part, (0, 0, 0, 2)) for part in _answers(sitting.answers())]
    return Group(head, *body)


def belief_view(belief: Belief, today: date) -> RenderableType:
    """Every sitting, oldest first: 'Then' for the first, 'Now' for the latest."""
    theme = THEMES.get(belief.theme or "")
    parts: list[RenderableType] = [
        Text.assemble((f"Belief {belief.id}", "bold"), (f" · {theme}" if theme else "", MUTED))
    ]
    count = len(belief.sittings)
    for index, sitting in enumerate(belief.sittings):
        label = "Then" if index == 0 else "Now" if index == count - 1 else "Revisited"
        parts += [Text(), _sitting(sitting, today, label if count > 1 else "Noted")]
    return Group(*parts)


def revisit_intro(belief: Belief, today: date) -> RenderableType:
    """Before a revisit's questions: the earlier wordings and ratings, with their days (the
    words that follow are said by the command)."""
    parts: list[RenderableType] = []
    for sitting in belief.sittings:
        rating = "" if sitting.rating is None else f" · {sitting.rating} of 100"
        parts.append(
            Text.assemble(
                (f"{brief_day(sitting.day, today)}{rating}  ", MUTED), user_text(sitting.wording)
            )
        )
    return Group(*parts)


def worries_view(worries: Sequence[Worry], today: date) -> RenderableType:
    parts: list[RenderableType] = []
    for worry in reversed(worries):  # newest first
        if parts:
            parts.append(Text())
        parts.append(
            Text.assemble(
                (f"{worry.id}  {brief_day(worry.day, today)}  ", MUTED),
                user_text(worry.worry, "bold"),
            )
        )
        for key, label in words.WORRY_NAMES.items():
            answer = getattr(worry, key)
            if answer:
                parts += [
                    Padding(Text(label, style=MUTED), (0, 0, 0, 2)),
                    Padding(user_text(answer), (0, 0, 0, 4)),
                ]
    return Group(*parts)
