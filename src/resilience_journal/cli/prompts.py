"""rj prompt (today's prompt) and rj prompts (browse and check the library)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from resilience_journal.cli import completion
from resilience_journal.cli.app import JsonOpt, commands, fail, json_out, now, say
from resilience_journal.cli.prompting import library, todays_prompt
from resilience_journal.cli.state import state
from resilience_journal.messages import prompts as words
from resilience_journal.messages import safety as safety_words
from resilience_journal.prompting.packs import PromptFileError, load_file
from resilience_journal.render import prompts as view
from resilience_journal.render.common import print_to

app = commands()
prompts_app = commands(
    help="Browse the prompt library, and check prompt packs.", no_args_is_help=True
)
app.add_typer(prompts_app, name="prompts")

CategoryOpt = Annotated[
    str | None,
    typer.Option(
        "--category",
        "-c",
        metavar="NAME",
        help="Only this category.",
        show_default=False,
        autocompletion=completion.categories,
    ),
]


@app.command()
def prompt(
    ctx: typer.Context,
    another: Annotated[
        bool, typer.Option("--another", "-a", help="A different prompt from today's.")
    ] = False,
    category: CategoryOpt = None,
    depth: Annotated[
        str | None,
        typer.Option(
            "--depth",
            metavar="DEPTH",
            help="gentle, reflective or deep (never deeper than your pace).",
            show_default=False,
        ),
    ] = None,
    pace: Annotated[
        str | None,
        typer.Option(
            "--pace",
            metavar="PACE",
            help="Use this pace this time only: gentle, reflective or deep.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Today's prompt: the same all day, from a different category each day.

    It is only an invitation: write about it, or about anything else, or not at all.
    """
    current = state(ctx)
    journal = current.welcoming_journal()
    loaded = library(current)
    chosen = todays_prompt(
        current, journal, now(), another=another, category=category, depth=depth, pace=pace
    )
    if chosen is None:
        fail(words.NO_PROMPT_FITS)
    title = loaded.categories[chosen.category].title
    if as_json:
        json_out({**chosen.to_json(), "category_title": title})
        return
    footer = words.PROMPT_FOOTER
    if another or category or depth:  # not today's own prompt: say how to write to it
        footer = words.write_to_prompt(chosen.id)
    print_to(view.prompt_panel(chosen, title, footer))
    say(safety_words.HELP_NOW_LINE)


@prompts_app.command("list")
def list_prompts(
    ctx: typer.Context, category: CategoryOpt = None, as_json: JsonOpt = False
) -> None:
    """Every prompt, by category."""
    loaded = library(state(ctx))
    found = loaded.in_category(category) if category else list(loaded.prompts.values())
    found.sort(key=lambda p: (p.category, p.id))
    if as_json:
        json_out([p.to_json() for p in found])
        return
    print_to(view.prompts_table(found))


@prompts_app.command("show")
def show_prompt(
    ctx: typer.Context,
    prompt_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The prompt's id.", autocompletion=completion.prompt_ids),
    ],
    as_json: JsonOpt = False,
) -> None:
    """One prompt in full, with its follow-up questions."""
    loaded = library(state(ctx))
    chosen = loaded.get(prompt_id.strip())
    if as_json:
        json_out(chosen.to_json())
        return
    title = loaded.categories[chosen.category].title
    print_to(view.prompt_panel(chosen, title, words.shown_prompt_footer(chosen.id, chosen.depth)))


@prompts_app.command("categories")
def categories(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """The categories, with what each one invites."""
    loaded = library(state(ctx))
    counts = {name: len(loaded.in_category(name)) for name in loaded.categories}
    if as_json:
        json_out([{**asdict(c), "prompts": counts[c.name]} for c in loaded.categories.values()])
        return
    print_to(view.categories_table(list(loaded.categories.values()), counts))


@prompts_app.command("validate")
def validate(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Prompt packs to check.")],
    as_json: JsonOpt = False,
) -> None:
    """Check prompt packs before sharing them: one line per file, exit 1 on any problem."""
    checked = []  # each file: {"path", "valid", "category", "prompts": [ids], "problem"}
    for path in files:
        try:
            category, found = load_file(path)
        except PromptFileError as err:
            checked.append(_checked(path, None, [], err.message))
            say(err.message)
            continue
        checked.append(_checked(path, category.name, [prompt.id for prompt in found], None))
        say(words.pack_fine(path, len(found), category.name))
    valid = all(file["valid"] for file in checked)
    if as_json:
        json_out({"valid": valid, "files": checked})
    if not valid:
        raise typer.Exit(1)


def _checked(
    path: Path, category: str | None, ids: list[str], problem: str | None
) -> dict[str, object]:
    return {
        "path": str(path),
        "valid": problem is None,
        "category": category,
        "prompts": ids,
        "problem": problem,
    }
