"""Help within reach: rj help-now (alias sos), rj safety-plan and rj contacts."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.state import State, state
from resilience_journal.errors import JournalError
from resilience_journal.messages import prompts as prompts_words
from resilience_journal.messages import safety as words

if TYPE_CHECKING:
    from datetime import datetime

    from resilience_journal.journal import Journal
    from resilience_journal.safety.contacts import Contact
    from resilience_journal.safety.plan import SafetyPlan


app = commands()
HELP_NOW_DOC = """Help for a very hard moment: a short grounding exercise, your safety plan
    and people you can reach now.

    Works even when the journal cannot be opened. Your own contacts (`rj contacts add`) come
    first, then crisis lines for your region (`rj config set region US`). rj never replaces
    care from a person: if you are in danger, call your local emergency number.
    Also: `rj sos`.
    """


def _help_now(ctx: typer.Context, as_json: bool) -> None:
    from resilience_journal.grounding import short_exercise
    from resilience_journal.safety.contacts import emergency_number, shipped_contacts

    current = state(ctx)
    contacts, notes = reach_list(current)
    plan, plan_note = _plan_if_any(current)
    danger = emergency_number(current.settings().region, shipped_contacts())
    if as_json:
        json_out(
            {
                "emergency": danger,
                "grounding": short_exercise(),
                "safety_plan": plan.to_json() if plan else None,
                "contacts": [contact.to_json() for contact in contacts],
            }
        )
        return
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import print_to

    print_to(
        view.help_now_view(
            words.in_danger(danger), short_exercise(), plan, plan_note, contacts, notes
        )
    )


@app.command("help-now", help=HELP_NOW_DOC)
def help_now(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    _help_now(ctx, as_json)


@app.command("sos", hidden=True, help="The same as `rj help-now`.")
def sos(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    _help_now(ctx, as_json)


def reach_list(current: State) -> tuple[list[Contact], list[str]]:
    """The person's own contacts, then the crisis lines for their region, plus quiet notes
    (a settings file that could not be read never hides the crisis lines)."""
    from resilience_journal import config
    from resilience_journal.safety.contacts import contacts_for, has_lines_for, shipped_contacts

    notes: list[str] = []
    own, problems = config.own_contacts(current.paths().config_file)
    notes += problems
    region = current.settings().region
    shipped = shipped_contacts()
    found = contacts_for(region, own, shipped)
    if not own:
        notes.append(words.CONTACTS_OWN_HINT)
    if not region:
        notes.append(words.HELP_NOW_REGION)
    elif not has_lines_for(region, shipped):
        notes.append(words.no_lines_for(region))
    return found, notes


def _plan_if_any(current: State) -> tuple[SafetyPlan | None, str]:
    """The safety plan if the journal can be read; never an error (help-now must show the
    contacts whatever state the journal is in), and never a new journal file."""
    path = current.paths().db
    if not path.exists():
        return None, words.HELP_NOW_NO_PLAN
    from resilience_journal.cli.state import PASSPHRASE_ENV
    from resilience_journal.store.files import looks_encrypted

    if looks_encrypted(path) and not os.environ.get(PASSPHRASE_ENV):
        # Help comes first: never a passphrase question before it.
        return None, words.HELP_NOW_PLAN_ENCRYPTED
    try:
        plan = current.journal(create=False).safety.plan()
    except Exception:  # noqa: BLE001 - a damaged or newer journal: the contacts still show
        return None, words.HELP_NOW_PLAN_UNREADABLE
    return plan, "" if plan and not plan.empty else words.HELP_NOW_NO_PLAN


# The daily check-in -------------------------------------------------------------------


def check_in(current: State, journal: Journal, moment: datetime) -> int | None:
    """Before writing or the home screen, on a terminal: how much distress, 0-10, at most
    once per journaling day (Enter skips, and a skip counts as asked). At or above the
    threshold, help is offered before any prompt. Returns the day's rating, if any."""
    from resilience_journal.cli.ask import ask_until
    from resilience_journal.safety.checkin import needs_support, read_distress

    settings = current.settings()
    day = journal.today(moment).isoformat()
    done = journal.safety.checkin(day)
    if done is not None:
        return done["distress"]
    if not (settings.checks_in and sys.stdin.isatty() and sys.stderr.isatty()):
        return None
    say(words.HELP_NOW_LINE)
    if not journal.safety.ever_checked_in():
        say(words.CHECK_IN_FIRST)
    distress = ask_until(words.CHECK_IN_QUESTION, read_distress, words.CHECK_IN_AGAIN)
    journal.safety.record_checkin(day, distress, moment)
    if needs_support(distress, settings.threshold):
        offer_support(current)
    return distress


def offer_support(current: State) -> None:
    """Grounding, the safety plan, people to reach: each as often as wanted, then on."""
    for line in words.SUPPORT_MENU:
        say(line)
    try:
        _support_choices(current)
    except KeyboardInterrupt:
        say("")
        say(words.HELP_NOW_LINE)
        raise
    say(prompts_words.GENTLE_TODAY)


def _support_choices(current: State) -> None:
    from resilience_journal.cli.ask import ask_until
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import print_to

    def read(answer: str) -> str:
        if answer.strip() not in ("1", "2", "3"):
            raise ValueError
        return answer.strip()

    while choice := ask_until(words.SUPPORT_ASK, read, words.SUPPORT_AGAIN):
        if choice == "1":
            from resilience_journal.cli.grounding import guide

            guide()
        elif choice == "2":
            plan, note = _plan_if_any(current)
            if plan is not None and not plan.empty:
                print_to(view.safety_plan_view(plan), stderr=True)
            else:
                say(note or words.HELP_NOW_NO_PLAN)
        else:
            found, notes = reach_list(current)
            print_to(view.contacts_view(found, notes), stderr=True)
        say(words.SUPPORT_AGAIN_MENU)


# rj safety-plan ------------------------------------------------------------------------


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
        return
    if plan is None or plan.empty:
        say(words.PLAN_NONE)
        return
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import print_to

    print_to(view.safety_plan_view(plan))


def _history(current: State, as_json: bool) -> None:
    plans = current.journal(create=False).safety.history()
    if as_json:
        json_out([plan.to_json() for plan in plans])
        return
    if not plans:
        say(words.PLAN_NONE)
        return
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import print_to

    print_to(view.plan_history(plans))


def _set(current: State, section: str, text: str) -> None:
    from resilience_journal.compose import read_stdin
    from resilience_journal.safety.plan import MAX_SECTION, SECTIONS

    key = section.strip().lower()
    if key not in SECTIONS:
        fail(words.unknown_section(section))
    if text == "-":
        text = read_stdin()
    if len(text) > MAX_SECTION:
        fail(f"A section holds up to {MAX_SECTION} characters. Nothing was changed.")
    journal = current.journal()
    plan = journal.safety.plan()
    sections = dict(plan.sections) if plan else {}
    sections[key] = text
    _save(journal, sections)


def _walk(current: State) -> None:
    """Each section in turn on the terminal: its question, what it holds now, and lines
    typed to replace it (an empty line ends them; Enter at once keeps it)."""
    from resilience_journal.cli.ask import ask
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import message, print_to
    from resilience_journal.safety.plan import SECTIONS

    journal = current.journal()
    plan = journal.safety.plan()
    sections = dict(plan.sections) if plan else {}
    print_to(message(f"{words.PLAN_INTRO} {words.HELP_NOW_LINE}"), stderr=True)
    try:
        for number, (key, (title, hint)) in enumerate(SECTIONS.items(), 1):
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
    safety = journal.safety
    before = safety.plan()
    saved = safety.save_plan(sections, now())
    if saved is None:
        say(words.PLAN_UNCHANGED if before else words.PLAN_EMPTY_NOT_SAVED)
        return
    say(words.plan_saved(saved.version, saved.changed(before)))


# rj contacts ---------------------------------------------------------------------------

contacts_app = commands(
    help="Your own people to reach in a hard moment, shown first by `rj help-now`.",
    invoke_without_command=True,
)
app.add_typer(contacts_app, name="contacts")


@contacts_app.callback()
def contacts(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List your own contacts, then the crisis lines for your region."""
    if ctx.invoked_subcommand is not None:
        return
    found, notes = reach_list(state(ctx))
    if as_json:
        json_out([contact.to_json() for contact in found])
        return
    from resilience_journal.render import safety as view
    from resilience_journal.render.common import print_to

    print_to(view.contacts_view(found, notes, details=True))


def _mine(path: Any) -> list[dict[str, str]]:
    """The person's contacts, for changing them: only when every one can be read, so a
    change never drops one that could not."""
    from resilience_journal import config

    config.load(path)  # a settings file that cannot be read at all: say so, change nothing
    mine, problems = config.own_contacts(path)
    if problems:
        raise JournalError(f"{problems[0]} Nothing was changed.")
    return mine


@contacts_app.command("add")
def contacts_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help='Who: "Dr. Lee", "my sister Ana".')],
    reach: Annotated[
        str, typer.Argument(metavar="HOW", help='How to reach them: "call 555 0100".')
    ],
) -> None:
    """Add a person or service of your own (kept in the settings file, not the journal)."""
    from resilience_journal import config

    path = state(ctx).paths().config_file
    try:
        entry = {
            "name": config.check_contact_part(name, "name"),
            "reach": config.check_contact_part(reach, "reach"),
        }
    except config.ConfigError as err:
        raise JournalError(f"{err.message} Nothing was changed.") from None
    mine = _mine(path)
    if any(contact["name"].casefold() == entry["name"].casefold() for contact in mine):
        fail(words.contact_exists(entry["name"]))
    config.save_contacts(path, [*mine, entry])
    say(words.contact_added(entry["name"]))


@contacts_app.command("remove")
def contacts_remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The name, as `rj contacts` shows it.")],
) -> None:
    """Remove one of your own contacts."""
    from resilience_journal import config

    path = state(ctx).paths().config_file
    mine = _mine(path)
    wanted = " ".join(name.split()).casefold()
    gone = [contact for contact in mine if contact["name"].casefold() == wanted]
    if not gone:
        fail(words.no_contact(name))
    config.save_contacts(path, [contact for contact in mine if contact not in gone])
    say(words.contact_removed(gone[0]["name"]))
