"""Tab completion for bash, zsh and fish: the root options that set it up
(`rj --install-completion [SHELL]`, `rj --show-completion [SHELL]`), the shells' formats,
and the completers that offer names from the journal (tags, values, goal and experiment
ids) and from the prompt library (prompt ids, categories).

Click asks a completer on every Tab press, with `_RJ_COMPLETE` set (the scripts from
typer's templates). A completer reads the journal read-only (store/completion.py), never
creates one, never asks for a passphrase, and never fails loudly: any trouble is no names.

Imported by cli/app.py on every start, so it is light: Typer alone at its top; the store
and the prompt library only when a Tab asks for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from typer import _click as click
from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import BashComplete, FishComplete, ZshComplete
from typer._completion_shared import _get_shell_name, get_completion_script, install
from typer.core import TyperOption

from resilience_journal import paths
from resilience_journal.messages import completion as words
from resilience_journal.text import safe

PROG = "rj"
COMPLETE_VAR = "_RJ_COMPLETE"  # what the scripts set; click reads it before anything runs
SHELLS = ("bash", "zsh", "fish")
SHELL_OPTIONS = ("--install-completion", "--show-completion")
_FIND = "find"  # the shell named for a bare --install-completion: the one rj runs in
_HELP_WIDTH = 70  # zsh and fish show an id's title beside it, cut to this


def _one_line(text: str) -> str:
    """Words shown beside a name: one line, nothing that can steer a terminal, not long."""
    line = safe(" ".join(text.split()))
    return line if len(line) <= _HELP_WIDTH else line[: _HELP_WIDTH - 1].rstrip() + "…"


def _zsh_quoted(text: str) -> str:
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


class Zsh(ZshComplete):
    """typer's zsh format, with the words beside a name taken as they are (typer reads
    them as Rich markup, which would drop a title's [brackets] and import Rich)."""

    def format_completion(self, item: CompletionItem) -> str:
        value = _zsh_quoted(item.value)
        return f'"{value}":"{_zsh_quoted(item.help)}"' if item.help else f'"{value}"'


class Fish(FishComplete):
    """typer's fish format, the words as they are (see Zsh)."""

    def format_completion(self, item: CompletionItem) -> str:
        return f"{item.value}\t{item.help}" if item.help else item.value


def register_shells() -> None:
    """The formats click answers a Tab in (typer's, without Rich for zsh and fish)."""
    add_completion_class(BashComplete, "bash")
    add_completion_class(Zsh, "zsh")
    add_completion_class(Fish, "fish")


def with_shell_named(args: list[str]) -> list[str]:
    """`rj --show-completion` with no shell after it means the shell rj runs in: the
    option takes a value, so one is put in its place (click has no optional values)."""
    given = list(args)
    for at, arg in enumerate(given):
        if arg == "--":
            break
        following = given[at + 1] if at + 1 < len(given) else None
        if arg in SHELL_OPTIONS and (following is None or following.startswith("-")):
            given.insert(at + 1, _FIND)
            break
    return given


def _chosen_shell(value: str) -> str:
    shell = (_get_shell_name() or "") if value == _FIND else value
    if shell not in SHELLS:
        typer.echo(words.unknown_shell("" if value == _FIND else safe(value)), err=True)
        raise typer.Exit(2)
    return shell


def _show(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    typer.echo(
        get_completion_script(prog_name=PROG, complete_var=COMPLETE_VAR, shell=_chosen_shell(value))
    )
    raise typer.Exit()


def _install(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None or ctx.resilient_parsing:
        return
    shell, where = install(shell=_chosen_shell(value), prog_name=PROG, complete_var=COMPLETE_VAR)
    typer.echo(safe(words.installed(shell, str(where))), err=True)
    raise typer.Exit()


def _shells(ctx: click.Context, args: list[str], incomplete: str) -> list[str]:
    return [shell for shell in SHELLS if shell.startswith(incomplete)]


def shell_options() -> list[click.Parameter]:
    """The root options `--install-completion [SHELL]` and `--show-completion [SHELL]`."""
    register_shells()
    return [
        TyperOption(
            param_decls=[name],
            metavar="[SHELL]",
            callback=callback,
            expose_value=False,
            is_eager=True,
            help=help_text,
            autocompletion=_shells,
        )
        for name, callback, help_text in (
            ("--install-completion", _install, words.INSTALL_HELP),
            ("--show-completion", _show, words.SHOW_HELP),
        )
    ]


# the completers ---------------------------------------------------------------------------

Found = list[tuple[str, str]]  # (a name, the words shown beside it)


def _where(ctx: click.Context) -> paths.Paths:
    """Where this journal lives, with --db as typed before the command."""
    db = ctx.find_root().params.get("db")
    return paths.resolve(db if isinstance(db, str) and db.strip() else None)


def _quietly(read: Callable[[click.Context], Found]) -> Callable[..., Found]:
    """A completer that offers what `read` finds, starting with what was typed; on any
    trouble it offers nothing and says nothing (a Tab is no place for an error)."""

    def complete(ctx: click.Context, args: list[str], incomplete: str) -> Found:
        try:
            found = read(ctx)
        except Exception:  # noqa: BLE001 - a completer never fails loudly
            return []
        return [(name, _one_line(help)) for name, help in found if name.startswith(incomplete)]

    complete.__name__ = read.__name__
    return complete


def _from_journal(kind: str) -> Callable[[click.Context], Found]:
    def read(ctx: click.Context) -> Found:
        from resilience_journal.store.completion import names  # deferred: only on a Tab

        return names(_where(ctx).db, kind)

    read.__name__ = kind
    return read


def _library(ctx: click.Context) -> Any:
    """The prompt library, from its cache when there is one; nothing is written."""
    from resilience_journal.prompting.library import load_library  # deferred: only on a Tab

    where = _where(ctx)
    cache: Path | None = where.cache_dir if where.cache_dir.is_dir() else None
    return load_library(where.prompts_dir, cache)


def _prompt_ids(ctx: click.Context) -> Found:
    return [(prompt.id, prompt.text) for prompt in _library(ctx).prompts.values()]


def _categories(ctx: click.Context) -> Found:
    return [(name, category.title) for name, category in _library(ctx).categories.items()]


tags = _quietly(_from_journal("tags"))
values = _quietly(_from_journal("values"))
goals = _quietly(_from_journal("goals"))
experiments = _quietly(_from_journal("experiments"))
prompt_ids = _quietly(_prompt_ids)
categories = _quietly(_categories)
