"""The manual page (`rj --man`; docs/rj.1 is its output, kept in step by
tests/test_manpage.py): roff drawn from the command tree itself, so every command's help
and every option's line are the words `rj COMMAND --help` shows, and cannot drift.

Imported only by `rj --man`, which builds every command to read its help."""

from __future__ import annotations

import re
from collections.abc import Iterator

from typer import _click as click
from typer.core import TyperGroup

from resilience_journal import __version__
from resilience_journal.cli.commands import COMMANDS
from resilience_journal.messages import manpage as words

_COMMAND = re.compile(r"`([^`]+)`")  # `rj write`: a command, set in bold
_UNBROKEN = "\\ "  # a space roff never breaks a line at


def _bold(text: str) -> str:
    return f"\\fB{text}\\fR"


def _escaped(text: str) -> str:
    """Plain text made safe as roff: backslashes and hyphens escaped (a hyphen is `\\-`, so
    an option copied from the page is still typed with the minus sign)."""
    return text.replace("\\", "\\e").replace("-", "\\-")


def _line(text: str) -> str:
    """One line of running text: roff's specials escaped, `commands` in bold and never
    broken across lines, and a dot or an apostrophe at its start kept from being read as a
    request."""
    parts = _COMMAND.split(text)
    shown = "".join(
        _bold(_escaped(part).replace(" ", _UNBROKEN)) if odd else _escaped(part)
        for odd, part in _numbered(parts)
    )
    return f"\\&{shown}" if shown.startswith((".", "'")) else shown


def _numbered(parts: list[str]) -> Iterator[tuple[bool, str]]:
    for at, part in enumerate(parts):
        yield at % 2 == 1, part


def _paragraphs(text: str) -> Iterator[str]:
    """Help text as the paragraphs it was written in (a blank line between), each one line:
    roff fills them to the reader's width."""
    for block in re.split(r"\n\s*\n", text.strip()):
        joined = " ".join(block.split())
        if joined:
            yield _line(joined)


def _body(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in _paragraphs(text):
        out += [".PP", paragraph] if out else [paragraph]
    return out


def _params(command: click.Command, ctx: click.Context, keep_help: bool) -> list[str]:
    """Each argument and option as `--help` lists it: its names and metavar, then its help."""
    out: list[str] = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None or (param.name == "help" and not keep_help):
            continue
        names, help_text = record
        out += [".TP", _bold(_escaped(names)), _line(" ".join(help_text.split()))]
    return out


def _command(command: click.Command, ctx: click.Context, path: str) -> list[str]:
    usage = " ".join(command.collect_usage_pieces(ctx))
    heading = _escaped(f"{path} {usage}").replace('"', "\\(dq")
    out = [f'.SS "{heading}"', *_body(command.help or "")]
    params = _params(command, ctx, keep_help=False)
    if params:
        out += [".RS", *params, ".RE"]
    for name, sub in _subcommands(command):
        out += _command(sub, click.Context(sub, info_name=name, parent=ctx), f"{path} {name}")
    return out


def _subcommands(command: click.Command) -> list[tuple[str, click.Command]]:
    found = getattr(command, "commands", {})
    return [(name, sub) for name, sub in found.items() if not sub.hidden]


def _table(rows: tuple[tuple[str, str], ...]) -> list[str]:
    out: list[str] = []
    for name, text in rows:
        out += [".TP", _bold(_escaped(name)), _line(text)]
    return out


def render(root: click.Command) -> str:
    """The whole page, for the root command `root` (rj's JournalGroup)."""
    ctx = click.Context(root, info_name="rj")
    out = [
        f'.TH RJ 1 "" "rj {__version__}" "{words.MANUAL}"',
        ".nh",  # no words broken with a hyphen
        ".ad l",  # lines flush left, not stretched
        ".SH NAME",
        f"rj \\- {_escaped(words.NAME)}",
        ".SH SYNOPSIS",
        f".B rj\n{_escaped(words.SYNOPSIS)}",
        ".SH DESCRIPTION",
        *_body(root.help or ""),
        ".SH OPTIONS",
        *_params(root, ctx, keep_help=True),
        ".SH COMMANDS",
        _line(words.COMMANDS_INTRO),
    ]
    for name, listed in COMMANDS.items():
        if listed.hidden:
            continue
        command = root.get_command(ctx, name) if isinstance(root, TyperGroup) else None
        if command is not None:
            sub_ctx = click.Context(command, info_name=name, parent=ctx)
            out += _command(command, sub_ctx, f"rj {name}")
    out += [
        ".SH ENVIRONMENT",
        *_table(words.ENVIRONMENT),
        ".SH FILES",
        *_table(words.FILES),
        ".PP",
        _line(words.FILES_NOTE),
        ".SH EXIT STATUS",
        *_table(words.EXIT_STATUS),
        ".SH SEE ALSO",
        _line(words.SEE_ALSO),
    ]
    return "\n".join(out) + "\n"
