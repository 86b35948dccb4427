"""The root of the command tree: global options, the lazy group that imports a command's
module only when that command runs, and the one place errors become a calm message.

Kept light on purpose: `rj --help` and `rj --version` import this module and nothing of the
journal (no SQLite, no Rich)."""

from __future__ import annotations

import contextlib
import errno
import importlib
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer import _click as click  # Typer 0.28 bundles its own click: use that one
from typer._click.shell_completion import CompletionItem
from typer.core import TyperGroup, TyperOption

from resilience_journal import __version__, paths
from resilience_journal.cli.commands import COMMANDS
from resilience_journal.cli.completion import COMPLETE_VAR, shell_options, with_shell_named
from resilience_journal.errors import JournalError, bug_report
from resilience_journal.messages import common as words
from resilience_journal.messages import output as output_words
from resilience_journal.messages.completion import MAN_HELP
from resilience_journal.rescue import FULL_ERRNOS
from resilience_journal.text import fit, json_escape, safe


def commands(
    help: str | None = None, no_args_is_help: bool = False, **settings: Any
) -> typer.Typer:
    """The Typer app of one command module (cli/<module>.py), or of a group of commands in
    it, as the lazy group reads it. Every group shares plain click help and usage errors:
    no Rich on the help path, paragraphs re-wrapped to the terminal, brackets in help never
    taken as markup."""
    return typer.Typer(
        help=help,
        no_args_is_help=no_args_is_help,
        rich_markup_mode=None,
        add_completion=False,
        **settings,
    )


class LazyCommands(MutableMapping[str, click.Command]):
    """The root group's commands: the names come from the table in cli/commands.py, and a
    command is built (its module imported) only when it is looked up by name."""

    def __init__(self) -> None:
        self._built: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            module = importlib.import_module(f"resilience_journal.cli.{COMMANDS[name].module}")
            tree = typer.main.get_command(module.app)
            found = tree.commands if isinstance(tree, TyperGroup) else {str(tree.name): tree}
            self._built.update({key: cmd for key, cmd in found.items() if key in COMMANDS})
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        raise KeyError(name)


class JournalGroup(TyperGroup):
    """The root group. It lists commands from the table without importing them, builds only
    the one that runs, and turns a JournalError (or a database that cannot be used) into one
    line on stderr and exit 1. A bug is one line too (exit 70), with its traceback only for
    --debug; a reader that stops early (`| head`) ends the command quietly."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands()
        self.params.extend([*shell_options(), _man_option()])

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        """The completion scripts set _RJ_COMPLETE, whatever name rj was started by
        (`resilience-journal`, `python -m resilience_journal`)."""
        super()._main_shell_completion(ctx_args, prog_name, complete_var or COMPLETE_VAR)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, with_shell_named(args))

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
        """`rj <Tab>`: the commands from the table (none of them built), then the options."""
        named = [
            CompletionItem(name, help=command.help)
            for name, command in COMMANDS.items()
            if not command.hidden and name.startswith(incomplete)
        ]
        return named + click.core.Command.shell_complete(self, ctx, incomplete)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self.commands[cmd_name] if cmd_name in COMMANDS else None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        shown = [(name, command.help) for name, command in COMMANDS.items() if not command.hidden]
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        rows = [(name, click.utils.make_default_short_help(text, limit)) for name, text in shown]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        with reader_may_leave():  # `rj --help | head -1`
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with reader_may_leave():
                done = super().invoke(ctx)
                sys.stdout.flush()  # now, where a reader gone can be told from a failure
            return done
        except (click.exceptions.ClickException, typer.Exit, typer.Abort, EOFError):
            raise  # click's own: usage errors, --help, stopping
        except JournalError as err:
            fail(err.said(ctx.meta.get(OUTCOME)), err.exit_code)
        except KeyboardInterrupt:
            say("")
            fail(words.STOPPED, 130)
        except sqlite3.Error as err:
            where = _journal_path(ctx)
            if _disk_full(err, where):
                fail(words.disk_full(where))
            fail(words.database_trouble(str(err), where, _is_known(err)))
        except OSError as err:  # a folder where a file should be, no permission, disk full
            if err.errno in FULL_ERRNOS:
                fail(words.disk_full(_journal_path(ctx)))
            fail(words.path_trouble(str(err.strerror or err), err.filename))
        except Exception as err:  # a bug: its kind, and with --debug where it happened
            if _debugging(ctx):
                say(words.DEBUG_TRACEBACK)
                typer.echo(bug_report(err), err=True)
            fail(words.bug(type(err).__name__), BUG_EXIT)


#: The exit status of a bug in rj (sysexits' EX_SOFTWARE), apart from 1 (the person can fix
#: it) so that a script, and a test, can tell the two apart.
BUG_EXIT = 70


@contextlib.contextmanager
def reader_may_leave() -> Iterator[None]:
    """A reader that stops early (`rj list | head -1`) is not an error, as for `git log |
    head`: the command ends at once with exit 0 and nothing on stderr. What it had already
    saved stays saved: rj prints after the change is committed. Standard output and error
    then point at the null device, so Python's own flush at exit finds nowhere closed to
    complain about (the recipe in the Python docs, under signal and SIGPIPE)."""
    try:
        yield
    except OSError as err:
        if not isinstance(err, BrokenPipeError) and err.errno != errno.EPIPE:
            raise
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # no descriptor: a test's runner
                os.dup2(devnull, stream.fileno())
        os.close(devnull)
        raise typer.Exit(0) from None


def _debugging(ctx: click.Context) -> bool:
    options = ctx.find_object(Options)
    return options.debug if options else debug_from_env()


def debug_from_env() -> bool:
    """RJ_DEBUG set to anything but empty, 0, false, no or off."""
    return os.environ.get("RJ_DEBUG", "").strip().lower() not in ("", "0", "false", "no", "off")


def _man_option() -> click.Parameter:
    """`rj --man`: the manual page, drawn from the commands' own help (cli/manpage.py)."""
    return TyperOption(
        param_decls=["--man"],
        is_flag=True,
        callback=_print_man,
        expose_value=False,
        is_eager=True,
        help=MAN_HELP,
    )


def _print_man(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from resilience_journal.cli import manpage  # deferred: only `rj --man` builds every command

    sys.stdout.write(manpage.render(ctx.find_root().command))
    raise typer.Exit()


def _disk_full(err: sqlite3.Error, journal: str) -> bool:
    """SQLITE_FULL, or an I/O error (SQLite says "disk I/O error" when it cannot grow its
    shared-memory file, say) while the journal's disk has no room left."""
    name = getattr(err, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return True
    if not name.startswith("SQLITE_IOERR") or not journal:
        return False
    return paths.disk_full(Path(os.path.dirname(journal) or "."))


def _is_known(err: sqlite3.Error) -> bool:
    """An error SQLite raises about what was asked (not about the file being a journal)."""
    return isinstance(err, sqlite3.OperationalError | sqlite3.IntegrityError)


def _journal_path(ctx: click.Context) -> str:
    options = ctx.find_object(Options)
    try:
        return str(paths.resolve(options.db if options else None).db)
    except JournalError:
        return ""


OUTCOME = "rj.outcome"


def outcome(ctx: click.Context, text: str) -> None:
    """Say what becomes of the person's work if this command stops on an error ("Nothing
    was saved."): an error raised without an outcome of its own is shown with this one."""
    ctx.meta[OUTCOME] = text


def fail(text: str, code: int = 1) -> NoReturn:
    """Print one line to stderr and stop with `code`."""
    typer.echo(for_stderr(text), err=True)
    raise typer.Exit(code)


def say(text: str) -> None:
    """A short line of our own, to stderr so that stdout stays clean for scripts."""
    typer.echo(for_stderr(text), err=True)


def for_stderr(text: str) -> str:
    """A line of ours made safe to show, and on a terminal, wrapped to its width between
    words (text.fit), never in the middle of one; to a file or a pipe, one line as it is."""
    shown = safe(text)
    if not sys.stderr.isatty():
        return shown
    return fit(shown, shutil.get_terminal_size().columns - 1)


def json_out(data: Any) -> None:
    """JSON to stdout. json escapes C0 controls; C1 controls and bidi overrides are escaped
    too, so no string in it can steer a terminal."""
    sys.stdout.write(json_escape(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON for scripts (keys in the README).")
]


def json_for_the_group(ctx: typer.Context, as_json: bool) -> None:
    """`rj story --json show`: a group's --json is for its own list; given before one of
    its commands, it would be dropped without a word. Refused (exit 2), naming the place."""
    if as_json and ctx.invoked_subcommand is not None:
        raise click.exceptions.UsageError(
            words.json_after(ctx.command_path, ctx.invoked_subcommand), ctx
        )


def now() -> datetime:
    """The one clock: local time with its UTC offset. RJ_NOW (an ISO 8601 time) sets it, for
    tests and demos: the time passed in, as everywhere else in rj."""
    fixed = os.environ.get("RJ_NOW")
    if not fixed:
        return datetime.now().astimezone()
    try:
        return datetime.fromisoformat(fixed).astimezone()
    except ValueError:
        fail(words.bad_clock(fixed))


@dataclass
class Options:
    """The global options, for the command that runs (cli/state.py opens the journal)."""

    db: str | None = None
    no_pager: bool = False  # `rj --no-pager CMD`, as in git (cli/output.py)
    debug: bool = False  # --debug or RJ_DEBUG: a bug shows its traceback (never entry text)


app = typer.Typer(
    cls=JournalGroup,
    name="rj",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # never print locals (entry text) in a traceback
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    add_completion=False,
)


def _version(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:  # not while a Tab is being completed
        typer.echo(f"rj (Resilience Journal) {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH",
            help="Use this journal file instead of the default one.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Show the version and stop."
        ),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option("--no-pager", help=output_words.NO_PAGER_HELP),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help=words.DEBUG_HELP),
    ] = False,
) -> None:
    """Resilience Journal: a private, kind journaling companion for the terminal.

    Everything stays on this machine. Start with `rj today`; write with `rj write`. Set
    RJ_HOME to keep the journal and settings in one folder.

    In a very hard moment: `rj help-now`.
    """
    if db is not None and not db.strip():
        fail(words.DB_NEEDS_PATH)
    ctx.obj = Options(db=db, no_pager=no_pager, debug=debug or debug_from_env())
