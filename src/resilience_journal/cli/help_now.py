"""Help for a very hard moment: rj help-now (and its alias, rj sos)."""

from __future__ import annotations

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out
from resilience_journal.cli.state import state
from resilience_journal.cli.support import plan_if_any, reach_list
from resilience_journal.grounding import short_exercise
from resilience_journal.messages import safety as words
from resilience_journal.render import safety as view
from resilience_journal.render.common import print_to
from resilience_journal.safety.contacts import emergency_number, shipped_contacts

app = commands()
HELP_NOW_DOC = """Help for a very hard moment: a short grounding exercise, your safety plan
    and people you can reach now.

    Works even when the journal cannot be opened. Your own contacts (`rj contacts add`) come
    first, then crisis lines for your region (`rj config set region US`). rj never replaces
    care from a person: if you are in danger, call your local emergency number.
    Also: `rj sos`.
    """


def _help_now(ctx: typer.Context, as_json: bool) -> None:
    current = state(ctx)
    found, notes = reach_list(current)
    plan, plan_note = plan_if_any(current)
    danger = emergency_number(current.settings().region, shipped_contacts())
    if as_json:
        json_out(
            {
                "emergency": danger,
                "grounding": short_exercise(),
                "safety_plan": plan.to_json() if plan else None,
                "contacts": [contact.to_json() for contact in found],
            }
        )
        return
    print_to(
        view.help_now_view(words.in_danger(danger), short_exercise(), plan, plan_note, found, notes)
    )


@app.command("help-now", help=HELP_NOW_DOC)
def help_now(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    _help_now(ctx, as_json)


@app.command("sos", hidden=True, help="The same as `rj help-now`.")
def sos(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    _help_now(ctx, as_json)
