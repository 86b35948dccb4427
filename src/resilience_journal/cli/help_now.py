"""Help for a very hard moment: rj help-now (and its alias, rj sos)."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out
from resilience_journal.cli.options import NoPagerOpt
from resilience_journal.cli.output import paging
from resilience_journal.cli.state import state
from resilience_journal.cli.support import plan_if_any, reach_list, region_now
from resilience_journal.grounding import short_exercise
from resilience_journal.messages import safety as words
from resilience_journal.render import safety as view
from resilience_journal.render.common import print_to
from resilience_journal.safety.contacts import at_once, emergency_number, shipped_contacts

app = commands()
HELP_NOW_DOC = """Help for a very hard moment, on one screen: the emergency number, your own
    people and the crisis lines for your region.

    Works even when the journal cannot be opened. Your own contacts (`rj contacts add`) come
    first, then crisis lines for your region (`rj config set region GB`; with no region, rj
    guesses from your time zone and says so). `--all` adds your safety plan, a short
    grounding exercise and where each line comes from. rj never replaces care from a
    person: if you are in danger, call your local emergency number. Also: `rj sos`.
    """
AllOpt = Annotated[
    bool,
    typer.Option(
        "--all", "-a", help="Also your safety plan, a grounding exercise and each line's source."
    ),
]


def _help_now(ctx: typer.Context, everything: bool, as_json: bool, no_pager: bool) -> None:
    current = state(ctx)
    region, guessed = where = region_now(current)
    found, notes = reach_list(current, where)
    plan, plan_note = plan_if_any(current)
    danger = emergency_number(region, shipped_contacts())
    if as_json:
        json_out(
            {
                "emergency": danger,
                "region": region or None,
                "region_guessed": guessed,
                "grounding": short_exercise(),
                "safety_plan": plan.to_json() if plan else None,
                "contacts": [contact.to_json() for contact in found],
            }
        )
        return
    if everything:
        screen = view.help_now_view(
            words.in_danger(danger), short_exercise(), plan, plan_note, found, notes
        )
    else:
        have_plan = plan is not None and not plan.empty
        more = words.more_help(have_plan, "" if plan_note == words.HELP_NOW_NO_PLAN else plan_note)
        shown, left_out = at_once(found, region)
        notes = [*([words.more_own(left_out)] if left_out else []), *notes]
        screen = view.help_now_short(words.in_danger(danger), shown, notes, more)
    # Only --all, which is long, may go through the pager: the short screen shows at once.
    print_to(screen, page=everything and paging(ctx, no_pager))


@app.command("help-now", help=HELP_NOW_DOC)
def help_now(
    ctx: typer.Context,
    everything: AllOpt = False,
    as_json: JsonOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    _help_now(ctx, everything, as_json, no_pager)


@app.command("sos", hidden=True, help="The same as `rj help-now`.")
def sos(
    ctx: typer.Context,
    everything: AllOpt = False,
    as_json: JsonOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    _help_now(ctx, everything, as_json, no_pager)
