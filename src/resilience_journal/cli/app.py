"""The Typer app, its global options, and the one place errors become a calm message."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from resilience_journal import __version__, messages
from resilience_journal.errors import JournalError
from resilience_journal.textsafe import safe


class JournalGroup(TyperGroup):
    """Turns a JournalError (or a database that cannot be used) into one line on stderr and
    exit 1. Tracebacks are for bugs only."""

    # The order `rj --help` lists commands in: the daily ones first.
    ORDER = (
        "today", "write", "win", "help-now", "ground", "safety-plan", "contacts", "wins",
        "list", "show", "search", "edit", "delete", "restore", "trash", "values", "alignment",
        "goals", "experiment", "experiments", "streak", "stats", "review", "reviews", "prompt",
        "prompts", "export", "import", "config", "where", "backup", "doctor", "encrypt",
        "decrypt",
    )  # fmt: skip

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: index for index, name in enumerate(self.ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except JournalError as err:
            fail(err.message, err.exit_code)
        except KeyboardInterrupt:
            say("")
            fail(messages.STOPPED, 130)
        except sqlite3.Error as err:
            fail(_database_trouble(err, ctx.find_object(State)))
        except OSError as err:  # a folder where a file should be, no permission, disk full
            fail(messages.path_trouble(str(err.strerror or err), err.filename))


def _database_trouble(err: Exception, current: State | None) -> str:
    """What to tell a person when SQLite refuses. Never the entry text: SQLite's own
    messages name tables and constraints, not values."""
    path = str(current.paths().db) if current else ""
    text = str(err)
    if "locked" in text or "busy" in text:
        return "The journal is busy in another rj window. Nothing was changed; try again."
    if "full" in text:
        return f"The disk holding the journal is full {path}".rstrip() + ". Nothing was changed."
    if isinstance(err, sqlite3.OperationalError | sqlite3.IntegrityError):
        return f"The journal could not do that ({text}). Nothing was changed."
    return (
        f"{path or 'The journal file'} could not be read as a journal ({text}). It may be "
        "another kind of file, or damaged. Nothing was changed; check the path."
    )


def fail(text: str, code: int = 1) -> NoReturn:
    """Print one line to stderr and stop with `code`."""
    typer.echo(safe(text), err=True)
    raise typer.Exit(code)


def say(text: str) -> None:
    """A short line of our own, to stderr so that stdout stays clean for scripts."""
    typer.echo(safe(text), err=True)


app = typer.Typer(
    cls=JournalGroup,
    name="rj",
    no_args_is_help=True,
    # Plain click help and usage errors: no Rich on the help path, paragraphs re-wrapped to
    # the terminal, and brackets in help text are never taken as markup.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,  # never print locals (entry text) in a traceback
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class State:
    db_option: str | None = None
    _journal: Any = field(default=None, repr=False)
    _settings: Any = field(default=None, repr=False)
    _library: Any = field(default=None, repr=False)

    def paths(self) -> Any:
        from resilience_journal import paths

        return paths.resolve(self.db_option)

    def settings(self) -> Any:
        """The settings; a broken settings file never stops writing: defaults are used and
        the person is told which file to fix."""
        from resilience_journal import config

        if self._settings is None:
            try:
                self._settings = config.load(self.paths().config_file)
            except config.ConfigError as err:
                say(f"{err.message} {messages.USING_DEFAULTS}")
                self._settings = config.Settings()
        return self._settings

    def journal(self, create: bool = True) -> Any:
        """Open the journal. With create=False (commands that only read or change what is
        there), a --db path that does not exist is an error rather than a new empty journal,
        so a typo in the path is noticed."""
        if self._journal is None:
            from resilience_journal.entries import Journal
            from resilience_journal.store import JournalStore

            path = self.paths().db
            if not create and self.db_option and not path.exists():
                raise JournalError(
                    f"There is no journal at {path}. Check the path; `rj --db PATH write` "
                    "starts a new journal there."
                )
            if self.db_option and not path.parent.is_dir():
                raise JournalError(
                    f"The folder {path.parent} does not exist. Check the path, or create the "
                    "folder first. Nothing was changed."
                )
            store = JournalStore(path, passphrase=self.passphrase(path))
            self._journal = Journal(store, self.settings())
        return self._journal

    def passphrase(self, path: Any) -> str | None:
        """The passphrase of an encrypted journal (None for a plain one): from RJ_PASSPHRASE,
        for scripts, or asked on the terminal. It is never stored."""
        from resilience_journal.store import files

        if not files.looks_encrypted(path):
            return None
        files.sqlcipher()  # a clear line if the encryption extra is missing
        return ask_passphrase(f"Passphrase for {path}", damaged_hint=True)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.store.close()


PASSPHRASE_ENV = "RJ_PASSPHRASE"


def ask_passphrase(label: str, confirm: bool = False, damaged_hint: bool = False) -> str:
    """RJ_PASSPHRASE if set, else asked on the terminal without echo."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        what = (
            "The journal is encrypted (or its file is damaged), so this" if damaged_hint else "This"
        )
        raise JournalError(
            f"{what} needs a passphrase: run it in a terminal, or set {PASSPHRASE_ENV}. "
            "Nothing was changed."
        )
    import getpass

    first = getpass.getpass(f"{label}: ")
    if not first:
        raise JournalError("No passphrase given. Nothing was changed.")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise JournalError("The two passphrases differ. Nothing was changed.")
    return first


def now() -> datetime:
    """The one clock: local time with its UTC offset. RJ_NOW (an ISO 8601 time) sets it, for
    tests and demos: the time passed in, as everywhere else in rj."""
    fixed = os.environ.get("RJ_NOW")
    if not fixed:
        return datetime.now().astimezone()
    try:
        return datetime.fromisoformat(fixed).astimezone()
    except ValueError:
        fail(f"RJ_NOW should be a time like 2026-11-23T21:30:00; got {fixed!r}.")


def state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State)


def _version(value: bool) -> None:
    if value:
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
) -> None:
    """Resilience Journal: a private, kind journaling companion for the terminal.

    Everything stays on this machine. Start with `rj today`; write with `rj write`. Set
    RJ_HOME to keep the journal and settings in one folder.

    In a very hard moment: `rj help-now`.
    """
    if db is not None and not db.strip():
        fail("--db needs the path of a journal file. Nothing was changed.")
    current = state(ctx)
    current.db_option = db
    ctx.call_on_close(current.close)


JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON for scripts (keys in the README).")
]


def json_out(data: Any) -> None:
    """JSON to stdout. json escapes C0 controls; C1 controls and bidi overrides are escaped
    too, so no string in it can steer a terminal."""
    import json

    from resilience_journal.textsafe import json_escape

    sys.stdout.write(json_escape(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
