"""Help within reach on screen: help-now and contacts (the safety plan: render/plan.py)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from resilience_journal.messages import safety as words
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.render.plan import plan_sections
from resilience_journal.safety.contacts import ANYWHERE, Contact
from resilience_journal.safety.plan import SafetyPlan


def _section(title: str, body: RenderableType) -> RenderableType:
    return Group(Text(title, style="bold"), Padding(body, (0, 0, 1, 2)))


def contacts_list(contacts: Sequence[Contact], *, details: bool = False) -> Group:
    """Each contact as a name, with how to reach them on the line below: nothing is cut off,
    however narrow the terminal. With `details`, where each crisis line comes from."""
    regions = {contact.region for contact in contacts if not contact.own} - {ANYWHERE}
    rows: list[RenderableType] = []
    for contact in contacts:
        name = user_text(contact.name, "bold")
        if len(regions) > 1 and not contact.own:  # several countries: say whose each is
            name = Text.assemble(
                (words.ANYWHERE if contact.region == ANYWHERE else contact.region, MUTED),
                " · ",
                name,
            )
        rows += [name, Padding(user_text(contact.reach), (0, 0, 0, 2))]
        if details and contact.source:
            source = words.line_source(contact.source, contact.verified)
            rows.append(Padding(user_text(source, MUTED), (0, 0, 0, 2)))
    return Group(*rows)


def help_now_view(
    danger: str,
    grounding: Sequence[str],
    plan: SafetyPlan | None,
    plan_note: str,
    contacts: Sequence[Contact],
    notes: Sequence[str],
) -> RenderableType:
    """Calm and in this order: what to do in danger, a moment to land, the person's plan,
    people to reach."""
    parts: list[RenderableType] = [
        message(danger),
        Padding(message(words.HELP_NOW_TITLE), (1, 0, 1, 0)),
        _section(words.HELP_NOW_GROUND, Group(*(message(line) for line in grounding))),
    ]
    if plan is not None and not plan.empty:
        parts.append(_section(words.HELP_NOW_PLAN, plan_sections(plan)))
    else:
        parts.append(_section(words.HELP_NOW_PLAN, user_text(plan_note, MUTED)))
    parts.append(contacts_view(contacts, notes, details=True))  # each with its source
    parts.append(message(words.HELP_NOW_CLOSE))
    return Group(*parts)


def help_now_short(
    danger: str, contacts: Sequence[Contact], notes: Sequence[str], more: str
) -> RenderableType:
    """One screen, in the order a person needs it: what to do in danger, people to reach
    (one line each, wrapped under its own indent, never cut), then where the rest is."""
    rows = [
        Padding(
            Text.assemble(user_text(contact.name, "bold"), " · ", user_text(contact.reach)),
            (0, 0, 0, 2),
        )
        for contact in contacts
    ]
    return Group(
        message(danger),
        Text(),
        Text(words.HELP_NOW_CONTACTS, style="bold"),
        *rows,
        *(Padding(message(note, MUTED), (0, 0, 0, 2)) for note in notes),
        Text(),
        message(more),
        message(words.HELP_NOW_CLOSE),
    )


def contacts_view(
    contacts: Sequence[Contact], notes: Sequence[str], *, details: bool = False
) -> RenderableType:
    body = Group(
        contacts_list(contacts, details=details),
        *(Padding(message(note, MUTED), (1, 0, 0, 0)) for note in notes[:1]),
        *(message(note, MUTED) for note in notes[1:]),
    )
    return _section(words.HELP_NOW_CONTACTS, body)
