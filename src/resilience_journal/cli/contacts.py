"""rj contacts: the person's own people to reach in a hard moment (kept in the settings
file, not the journal), listed before the crisis lines for their region."""

from __future__ import annotations

from typing import Annotated

import typer

from resilience_journal import config
from resilience_journal.cli.app import JsonOpt, commands, fail, json_for_the_group, json_out, say
from resilience_journal.cli.state import state
from resilience_journal.cli.support import reach_list
from resilience_journal.messages import safety as words
from resilience_journal.render import safety as view
from resilience_journal.render.common import print_to
from resilience_journal.safety import contacts as people

app = commands()
contacts_app = commands(
    help="Your own people to reach in a hard moment, shown first by `rj help-now`.",
    invoke_without_command=True,
)
app.add_typer(contacts_app, name="contacts")


KindOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        "-k",
        metavar="KIND",
        help="Only crisis lines of this kind (again for more): emergency, crisis, text, "
        "sexual-assault, domestic-abuse, veterans, directory. Your own people always show.",
        show_default=False,
    ),
]


@contacts_app.callback()
def contacts(ctx: typer.Context, kind: KindOpt = None, as_json: JsonOpt = False) -> None:
    """List your own contacts, then the crisis lines for your region, each with its source."""
    json_for_the_group(ctx, as_json)
    if ctx.invoked_subcommand is not None:
        return
    found, notes = reach_list(state(ctx))
    shown = found
    if kind:
        known = people.kinds_of(people.shipped_contacts())
        wanted = [name.strip().lower() for name in kind]
        if unknown := [name for name in wanted if name not in known]:
            fail(words.unknown_kind(unknown[0], known), 2)
        found = people.of_kind(found, wanted)
        if all(contact.own for contact in found):
            notes = [words.none_of_kind(wanted, people.kinds_of([c for c in shown if not c.own]))]
    if as_json:
        json_out([contact.to_json() for contact in found])
        return
    print_to(view.contacts_view(found, notes, details=True))


@contacts_app.command("add")
def contacts_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help='Who: "Dr. Lee", "my sister Ana".')],
    reach: Annotated[
        str, typer.Argument(metavar="HOW", help='How to reach them: "call 555 0100".')
    ],
) -> None:
    """Add a person or service of your own (kept in the settings file, not the journal)."""
    path = state(ctx).paths().config_file
    new = people.new_contact(name, reach)
    mine = config.contacts_to_change(path)
    config.save_contacts(path, people.with_contact(mine, new))
    say(words.contact_added(new["name"]))


@contacts_app.command("remove")
def contacts_remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The name, as `rj contacts` shows it.")],
) -> None:
    """Remove one of your own contacts."""
    path = state(ctx).paths().config_file
    kept, gone = people.without_contact(config.contacts_to_change(path), name)
    config.save_contacts(path, kept)
    say(words.contact_removed(gone["name"]))
