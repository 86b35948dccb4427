"""rj safety-plan: write or update the safety plan, section by section, and show it."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.ask import ask
from resilience_journal.cli.compose import read_stdin
from resilience_journal.cli.state import State, state
from resilience_journal.journal import Journal
from resilience_journal.messages import safety as words
from resilience_journal.render import safety as view
from resilience_journal.render.common import message, print_to
from resilience_journal.safety import plan as plans

app = commands()


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
    as_json: JsonOpt = False,
) -> None:
    """Write or update your safety plan, and show it.

    The six sections follow the Stanley-Brown safety plan: warning signs; things I can do on
    my own to cope; people and places that help me feel better; people I can ask for help;
    professionals and services; making my surroundings safer. On a terminal, rj asks them
    one at a time (Enter keeps a section; Ctrl-D saves and stops). Every change is kept as a
    new version; `rj help-now` always shows the newest.

    Section names for --set: warning-signs, coping, places, people, professionals,
    safer-surroundings.
    """
    current = state(ctx)
    if sum((show or version is not None, history, set_ is not None)) > 1:
        fail(words.PLAN_OPTIONS_CLASH, 2)
    if history:
        _history(current, as_json)
    elif show or as_json or version is not None:
        _show(current, version, as_json)
    elif set_ is not None:
        _set(current, *set_)
    elif sys.stdin.isatty():
        _walk(current)
    else:
        fail(words.PLAN_NEEDS_TERMINAL)


def _show(current: State, version: int | None, as_json: bool) -> None:
    plan = current.journal(create=False).safety.plan(version)
    if plan is None and version is not None:
        fail(words.no_plan_version(version))
    if as_json:
        json_out(plan.to_json() if plan else None)
    elif plan is None or plan.empty:
        say(words.PLAN_NONE)
    else:
        print_to(view.safety_plan_view(plan))


def _history(current: State, as_json: bool) -> None:
    versions = current.journal(create=False).safety.history()
    if as_json:
        json_out([plan.to_json() for plan in versions])
    elif not versions:
        say(words.PLAN_NONE)
    else:
        print_to(view.plan_history(versions))


def _set(current: State, section: str, text: str) -> None:
    key = plans.section_name(section)
    text = plans.section_text(read_stdin() if text == "-" else text)
    journal = current.journal()
    _save(journal, plans.with_section(journal.safety.plan(), key, text))


def _walk(current: State) -> None:
    """Each section in turn on the terminal: its question, what it holds now, and lines
    typed to replace it (an empty line ends them; Enter at once keeps it)."""
    journal = current.journal()
    plan = journal.safety.plan()
    sections = dict(plan.sections) if plan else {}
    print_to(message(f"{words.PLAN_INTRO} {words.HELP_NOW_LINE}"), stderr=True)
    try:
        for number, (key, (title, hint)) in enumerate(plans.SECTIONS.items(), 1):
            now_holds = sections.get(key, "")
            print_to(view.plan_section_ask(number, title, hint, now_holds), stderr=True)
            say(words.PLAN_SECTION_HOW if now_holds else words.PLAN_SECTION_NEW)
            lines: list[str] = []
            while (line := ask(">")) is not None and line.strip():
                lines.append(line)
            if lines:
                sections[key] = "\n".join(lines)
            else:
                say(words.PLAN_SECTION_KEPT if now_holds else words.PLAN_SECTION_EMPTY)
            if line is None:  # Ctrl-D: save what there is so far
                break
    except KeyboardInterrupt:  # the sections finished so far are kept, as with Ctrl-D
        say("")
    _save(journal, sections)


def _save(journal: Journal, sections: dict[str, str]) -> None:
    before = journal.safety.plan()
    saved = journal.safety.save_plan(sections, now())
    say(plans.saved_note(before, saved))
