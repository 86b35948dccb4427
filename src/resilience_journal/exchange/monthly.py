"""The monthly reflection and `rj growth` as markdown (`--markdown`): the person's words
as safe lines, never a number about them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from resilience_journal.dates import long_day
from resilience_journal.exchange.markdown import block, heading, one_line, summary
from resilience_journal.messages import monthly as words
from resilience_journal.store import Row

if TYPE_CHECKING:  # the export's section needs no more than the words
    from resilience_journal.monthly import Growth, Month


def month(found: Month) -> str:
    """The month's summary, then its questions and any answers."""
    out = [
        f"# Monthly reflection {found.label}",
        "",
        f"{long_day(found.start)} to {long_day(found.end)}",
        "",
        "## Days",
        "",
        f"{len(found.activity)} of {len(found.days)} days have something written or noted.",
        "",
    ]
    out += summary(found, words.MONTH_NOTES, "this month")
    out += ["", f"## {words.QUESTIONS_TITLE}", ""]
    answers = found.answers()
    for key, (title, question) in words.DOMAINS.items():
        out += [f"### {title}", "", question, ""]
        if key in answers:
            out += [f"> {one_line(answers[key].said)}", ""]
    return "\n".join(out).rstrip() + "\n"


def growth(found: Growth) -> str:
    """Each month's answers, domain by domain."""
    out = [f"# {words.GROWTH_TITLE}", ""]
    by_domain = found.by_domain()
    for label in found.months:
        out += [f"## {label}", ""]
        for key, (title, _question) in words.DOMAINS.items():
            answer = by_domain[key].get(label)
            if answer is not None:
                out += [f"### {title}", "", one_line(answer.said), ""]
    return "\n".join(out).rstrip() + "\n"


def reflection_sections(rows: Iterable[Row], level: int) -> Iterator[str]:
    """`rj export`'s monthly reflections: a month after another, each answer under its
    domain (rows by month, as store.export.export_reflections gives them)."""
    for month, answers in groupby(rows, key=lambda row: row["month"]):
        out = [heading(level, month, ours=True), ""]
        by_domain = {row["domain"]: row for row in answers}
        for key, (title, _question) in words.DOMAINS.items():
            row = by_domain.get(key)
            if row is None:
                continue
            said = row["text"] if row["answer"] == "words" else words.CHOICES[row["answer"]][1]
            out += [heading(level + 1, title, ours=True), "", block(said or ""), ""]
        yield "\n".join(out)
