"""rj safety-plan: write or update the safety plan, section by section, and show it."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.ask import ask
from resilience_journal.cli.compose import read_stdin
from resilience_journal.cli.state import State, state
from resilience_journal.errors import JournalError
from resilience_journal.messages import plan as words
from resilience_journal.messages.safety import HELP_NOW_LINE
from resilience_journal.render import plan as view
from resilience_journal.render.common import message, print_to
from resilience_journal.safety import plain_copy
from resilience_journal.safety import plan as plans
from resilience_journal.safety.contacts import shipped_contacts
from resilience_journal.store.files import looks_encrypted

app = commands()
OFFERED_COPY = "plain_copy_offered"  # the journal's meta key: the plain copy, offered once


@app.command("safety-plan")
def safety_plan(
    ctx: typer.Context,
    show: Annotated[bool, typer.Option("--show", help="Show the plan; change nothing.")] = False,
    history: Annotated[
        bool, typer.Option("--history", help="List every version of the plan, newest first.")
    ] = False,
    version: Annotated[
        int | None,
        typer.Option(
            "--version",
            metavar="N",
            min=1,
            show_default=False,
            help="With --show: an earlier version (see --history).",
        ),
    ] = None,
    set_: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--set",
            metavar="SECTION TEXT",
            show_default=False,
            help="Replace one section's text (- reads it from standard input); for scripts.",
        ),
    ] = None,
    keep_copy: Annotated[
        bool,
        typer.Option(
            "--keep-plain-copy",
            help="For an encrypted journal: keep a private plain copy of the plan, so "
            "`rj help-now` shows it without your passphrase.",
        ),
    ] = False,
    no_copy: Annotated[
        bool, typer.Option("--no-plain-copy", help="Remove the plain copy of the plan.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Write or update your safety plan, and show it.

    Six steps, after the Safety Planning Intervention (Stanley & Brown), to go through in
    order in a hard moment: warning signs; things I can do on my own to cope; people and
    places that take my mind off things; people I can ask for help; professionals and
    services; making my surroundings safer. Then the one thing most worth living for. On a
    terminal, rj asks them one at a time (Enter keeps a section; Ctrl-D saves and stops).
    Every change is kept as a new version; `rj help-now` always shows the newest.

    Section names for --set: warning-signs, coping, places, people, professionals,
    safer-surroundings, reason.
    """
    current = state(ctx)
    asked = (show or version is not None, history, set_ is not None, keep_copy, no_copy)
    if sum(asked) > 1:
        fail(words.PLAN_OPTIONS_CLASH, 2)
    if keep_copy:
        _keep_copy(current)
    elif no_copy:
        _remove_copy(current)
    elif history:
        _history(current, as_json)
    elif set_ is not None:
        _set(current, *set_, as_json=as_json)
    elif show or as_json or version is not None:
        _show(current, version, as_json)
    elif sys.stdin.isatty():
        _walk(current)
    else:
        fail(words.PLAN_NEEDS_TERMINAL)


def _there(current: State) -> bool:
    """Whether there is a journal yet. Without one there is no plan to show, said kindly
    (never an error in the way of a safety plan), and no journal is made for it."""
    return current.paths().db.exists()


def _show(current: State, version: int | None, as_json: bool) -> None:
    plan = current.journal(create=False).safety.plan(version) if _there(current) else None
    if plan is None and version is not None:
        fail(words.no_plan_version(version))
    if as_json:
        json_out(plan.to_json() if plan else None)
    elif plan is None or plan.empty:
        say(words.PLAN_NONE)
    else:
        print_to(view.safety_plan_view(plan))


def _history(current: State, as_json: bool) -> None:
    versions = current.journal(create=False).safety.history() if _there(current) else []
    if as_json:
        json_out([plan.to_json() for plan in versions])
    elif not versions:
        say(words.PLAN_NONE)
    else:
        print_to(view.plan_history(versions))


def _set(current: State, section: str, text: str, *, as_json: bool) -> None:
    key = plans.section_name(section)
    text = plans.section_text(read_stdin() if text == "-" else text)
    plan = current.journal().safety.plan()
    _save(current, plans.with_section(plan, key, text))
    if as_json:  # the newest version, as `rj safety-plan --json` prints it
        newest = current.journal().safety.plan()
        json_out(newest.to_json() if newest else None)


def _walk(current: State) -> None:
    """Each section in turn on the terminal: its question, what it holds now, and lines
    typed to replace it (an empty line ends them; Enter at once keeps it). An empty
    "Professionals and services" is offered the region's crisis lines, which Enter takes."""
    plan = current.journal().safety.plan()
    sections = dict(plan.sections) if plan else {}
    print_to(message(f"{words.PLAN_INTRO} {HELP_NOW_LINE}"), stderr=True)
    try:
        for key in plans.SECTIONS:
            now_holds = sections.get(key, "")
            offered = _offer(current) if key == "professionals" and not now_holds else ""
            print_to(view.plan_section_ask(key, now_holds, offered), stderr=True)
            if now_holds:
                say(words.PLAN_SECTION_HOW)
            else:
                say(words.PLAN_SECTION_OFFER if offered else words.PLAN_SECTION_NEW)
            lines: list[str] = []
            while (line := ask(">")) is not None and line.strip():
                lines.append(line)
            if lines:
                sections[key] = "\n".join(lines)
            elif offered and line is not None:  # Enter takes the lines offered; Ctrl-D not
                sections[key] = offered
                say(words.PLAN_OFFER_TAKEN)
            else:
                say(words.PLAN_SECTION_KEPT if now_holds else words.PLAN_SECTION_EMPTY)
            if line is None:  # Ctrl-D: save what there is so far
                break
    except KeyboardInterrupt:  # the sections finished so far are kept, as with Ctrl-D
        say("")
    _save(current, sections)


def _offer(current: State) -> str:
    return plans.professionals_offer(current.settings().region, shipped_contacts())


def _save(current: State, sections: dict[str, str]) -> None:
    """Save a new version if anything changed, and bring the plain copy up to date."""
    journal = current.journal()
    before = journal.safety.plan()
    saved = journal.safety.save_plan(sections, now())
    say(plans.saved_note(before, saved))
    if saved is None:
        return
    db = current.paths().db
    try:
        updated = plain_copy.update(db, saved)
    except JournalError as err:  # the plan is saved; only its copy is behind
        say(err.message)
        return
    if not updated and looks_encrypted(db) and journal.safety.first_mention(OFFERED_COPY):
        say(words.PLAIN_COPY_OFFER)


def _keep_copy(current: State) -> None:
    db = current.paths().db
    plan = current.journal(create=False).safety.plan() if db.exists() else None
    if plan is None or plan.empty:
        fail(words.PLAIN_COPY_NO_PLAN)
    updated = plain_copy.keep(db, plan)
    say(words.plain_copy_kept(str(plain_copy.copy_path(db)), updated))
    if not looks_encrypted(db):
        say(words.PLAIN_COPY_NOT_ENCRYPTED)


def _remove_copy(current: State) -> None:
    db = current.paths().db
    if plain_copy.remove(db):
        say(words.plain_copy_removed(str(plain_copy.copy_path(db))))
    else:
        say(words.PLAIN_COPY_NONE)
