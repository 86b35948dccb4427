"""Help within reach on screen: help-now, contacts and the safety plan."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from resilience_journal.dates import clock_time, local_day
from resilience_journal.messages import safety as words
from resilience_journal.render.common import MUTED, message, user_text
from resilience_journal.safety.contacts import ANYWHERE, Contact, checked_on
from resilience_journal.safety.plan import SECTIONS, SafetyPlan, titles


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


def plan_sections(plan: SafetyPlan, *, empty_too: bool = False) -> RenderableType:
    """The plan's sections in their order, each under its title."""
    parts: list[RenderableType] = []
    for number, (key, (title, _)) in enumerate(SECTIONS.items(), 1):
        text = plan.sections.get(key, "")
        if not text and not empty_too:
            continue
        body = user_text(text) if text else user_text(words.PLAN_EMPTY_SECTION, MUTED)
        parts += [Text(f"{number}. {title}", style="bold"), Padding(body, (0, 0, 1, 3))]
    return Group(*parts)


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
    checked = checked_on(contacts)
    footnotes = [words.lines_checked(checked)] if checked else []
    parts.append(contacts_view(contacts, [*notes, *footnotes]))
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
        *(Padding(user_text(note, MUTED), (0, 0, 0, 2)) for note in notes),
        Text(),
        message(more),
        message(words.HELP_NOW_CLOSE),
    )


def contacts_view(
    contacts: Sequence[Contact], notes: Sequence[str], *, details: bool = False
) -> RenderableType:
    body = Group(
        contacts_list(contacts, details=details),
        *(Padding(user_text(note, MUTED), (1, 0, 0, 0)) for note in notes[:1]),
        *(user_text(note, MUTED) for note in notes[1:]),
    )
    return _section(words.HELP_NOW_CONTACTS, body)


def safety_plan_view(plan: SafetyPlan) -> RenderableType:
    saved = words.plan_version(plan.version, local_day(plan.created_at))
    head = Text.assemble((words.HELP_NOW_PLAN, "bold"), (saved, MUTED))
    return Group(Padding(head, (0, 0, 1, 0)), plan_sections(plan, empty_too=True))


def plan_history(plans: Sequence[SafetyPlan]) -> Table:
    """Every version, newest first, with what it changed."""
    version, saved, changed = words.PLAN_HISTORY_COLUMNS
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(version, justify="right", no_wrap=True)
    table.add_column(saved, no_wrap=True)
    table.add_column(changed)
    for plan, before in zip(plans, [*plans[1:], None], strict=True):
        names = "; ".join(titles(plan.changed(before)))
        when = f"{local_day(plan.created_at)} {clock_time(plan.created_at)}"
        table.add_row(str(plan.version), when, names or "-")
    return table


def plan_section_ask(number: int, title: str, hint: str, current: str) -> RenderableType:
    """One section while writing the plan: its title, what it is for, what it holds now."""
    parts: list[RenderableType] = [
        Text(),
        Text(f"{number}. {title}", style="bold"),
        Padding(message(hint), (0, 0, 0, 3)),
    ]
    if current:
        parts += [
            Padding(Text(words.PLAN_NOW_HOLDS, style=MUTED), (0, 0, 0, 3)),
            Padding(user_text(current), (0, 0, 0, 5)),
        ]
    return Group(*parts)
