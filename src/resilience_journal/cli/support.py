"""Help within reach, as `rj help-now`, `rj contacts` and the check-in on a hard day share
it: who to reach, the safety plan if it can be read, and the offer of support. Not a
command of its own, so none of them loads another's module."""

from __future__ import annotations

import os

from resilience_journal import config
from resilience_journal.cli.app import say
from resilience_journal.cli.ask import ask_until
from resilience_journal.cli.exercises import guide
from resilience_journal.cli.state import PASSPHRASE_ENV, State
from resilience_journal.grounding import ExerciseName
from resilience_journal.messages import prompts as prompts_words
from resilience_journal.messages import safety as words
from resilience_journal.render import plan as plan_view
from resilience_journal.render import safety as view
from resilience_journal.render.common import print_to
from resilience_journal.safety import checkin, contacts, plain_copy, regions
from resilience_journal.safety.contacts import Contact
from resilience_journal.safety.plan import SafetyPlan
from resilience_journal.store.files import looks_encrypted


def local_zone() -> str:
    """The time zone this machine is set to, as a name ("Europe/London") or a path into
    the zone database, or "" when it cannot be told: $TZ, else where /etc/localtime
    points, else /etc/timezone."""
    zone = os.environ.get("TZ", "").lstrip(":")
    if zone:
        return zone
    try:
        target = os.path.realpath("/etc/localtime")
        if "/zoneinfo/" in target:
            return target  # regions.region_from_zone reads the name from the path
        with open("/etc/timezone", encoding="utf-8") as handle:
            return handle.read().strip()
    except OSError:
        return ""


def region_now(current: State) -> tuple[str, bool]:
    """The region whose lines to show, and whether it was guessed from the time zone."""
    return regions.resolve_region(current.settings().region, local_zone())


def reach_list(
    current: State, where: tuple[str, bool] | None = None
) -> tuple[list[Contact], list[str]]:
    """The person's own contacts, then the crisis lines for their region (`where`, from
    region_now, when the caller has it already), plus quiet notes (a settings file that
    could not be read never hides the crisis lines)."""
    own, problems = config.own_contacts(current.paths().config_file)
    region, guessed = where or region_now(current)
    return contacts.reach_list(region, own, problems, contacts.shipped_contacts(), guessed=guessed)


def plan_if_any(current: State) -> tuple[SafetyPlan | None, str]:
    """The safety plan if the journal can be read, else a note saying why not; never an
    error (help-now must show the contacts whatever state the journal is in), and never a
    new journal file. When the journal is encrypted (and no passphrase is set) or cannot be
    read, the plain copy the person chose to keep (`rj safety-plan --keep-plain-copy`)."""
    path = current.paths().db
    if not path.exists():
        return None, words.HELP_NOW_NO_PLAN
    if looks_encrypted(path) and not os.environ.get(PASSPHRASE_ENV):
        # Help comes first: never a passphrase question before it.
        why_not = words.HELP_NOW_PLAN_ENCRYPTED
    else:
        try:
            plan = current.journal(create=False).safety.plan()
        except Exception:  # noqa: BLE001 - a damaged or newer journal: the contacts still show
            why_not = words.HELP_NOW_PLAN_UNREADABLE
        else:
            return plan, "" if plan and not plan.empty else words.HELP_NOW_NO_PLAN
    copy = plain_copy.read(path)
    return (copy, "") if copy is not None and not copy.empty else (None, why_not)


def numbers_line(current: State) -> str:
    """One line with the numbers to call: the region's emergency number and its first
    crisis line (or, with no region, the local emergency number)."""
    region, _ = region_now(current)
    shipped = contacts.shipped_contacts()
    first = contacts.first_line(region, shipped)
    return words.numbers_now(
        contacts.emergency_number(region, shipped),
        first.name if first else None,
        first.reach if first else None,
    )


def offer_support(current: State, distress: int, *, after_checkin: bool = True) -> None:
    """The numbers first, in the offer itself; then grounding, the safety plan, people to
    reach: each as often as wanted, then on. After the daily check-in (`after_checkin`), the
    day's prompts then stay gentle, and it says so; elsewhere (a sitting of `rj story`) it
    promises nothing about prompts."""
    say(words.SUPPORT_OPEN)
    say(numbers_line(current))
    for line in words.SUPPORT_MENU if after_checkin else words.SUPPORT_MENU_ANYTIME:
        say(line)
    try:
        _support_choices(current, distress)
    except KeyboardInterrupt:
        say("")
        say(words.HELP_NOW_LINE)
        raise
    if after_checkin:
        say(prompts_words.GENTLE_TODAY)


def _support_choices(current: State, distress: int) -> None:
    done: list[ExerciseName] = []  # exercises run, so the next offer starts with another
    while choice := ask_until(words.SUPPORT_ASK, checkin.read_choice, words.SUPPORT_AGAIN):
        if choice == "1":
            distress = _ground(current, distress, done)
        elif choice == "2":
            plan, note = plan_if_any(current)
            if plan is not None and not plan.empty:
                print_to(plan_view.safety_plan_view(plan), stderr=True)
            else:
                say(note or words.HELP_NOW_NO_PLAN)
        else:
            found, notes = reach_list(current)
            print_to(view.contacts_view(found, notes), stderr=True)
        say(words.SUPPORT_AGAIN_MENU)


def _ground(current: State, before: int, done: list[ExerciseName]) -> int:
    """An exercise, then the distress asked again (Enter skips). While it has not come
    down, the numbers again and another exercise offered, one the person has not done yet
    first: one tool does not suit everyone, and that is no failure. Returns the latest
    rating."""
    while (ran := guide(hard_day=True, done=done)) is not None:
        done.append(ran)
        say("")
        now = ask_until(words.CHECK_IN_AGAIN_AFTER, checkin.read_distress, words.CHECK_IN_AGAIN)
        if now is None:
            return before
        eased, before = checkin.eased(before, now), now
        if eased:
            break
        say(words.NOT_EASED)
        say(numbers_line(current))
        if not ask_until(words.ANOTHER_ASK, checkin.read_yes, words.ANOTHER_AGAIN):
            break
    return before
