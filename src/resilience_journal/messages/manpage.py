"""The parts of the manual page (`rj --man`, docs/rj.1) that are not the commands' own help:
its name line, the environment, the files, the exit codes and where to turn. Backticks
mark a command, as in the help; cli/manpage.py sets them in bold."""

from __future__ import annotations

NAME = "a private, kind journaling companion for the terminal"
SOURCE = "Resilience Journal"
MANUAL = "Resilience Journal Manual"
SYNOPSIS = "[OPTIONS] COMMAND [ARGS]..."
COMMANDS_INTRO = (
    "Every command has its own help: `rj COMMAND --help`. Commands with commands of their "
    "own (goals, values, prompts, config, experiment) list them there."
)

ENVIRONMENT = (
    ("RJ_HOME", "Keep the journal, the settings and your own prompt packs in this one folder."),
    (
        "RJ_PASSPHRASE",
        "The passphrase of an encrypted journal, for scripts; otherwise rj asks for it. "
        "It is never stored.",
    ),
    (
        "RJ_PAGER, PAGER",
        "The pager for long output on a terminal, in that order (else `less -FRX`). "
        "`--no-pager` or the pager setting turns it off.",
    ),
    ("RJ_DEBUG", "Set to 1 to see the traceback of a bug, for a bug report (never entry text)."),
    ("VISUAL, EDITOR", "The editor to write in, when the editor setting is empty."),
    ("NO_COLOR", "Any value turns colour off; everything reads the same without it."),
    ("RJ_NOW", "The time rj works with, like 2026-11-23T21:30:00 (for tests and demos)."),
)

FILES = (
    (
        "~/.local/share/resilience-journal/journal.db",
        "The journal (your platform's user data folder; `rj where` prints the paths).",
    ),
    ("~/.config/resilience-journal/config.yaml", "The settings (`rj config show`)."),
    ("~/.config/resilience-journal/prompts/", "Your own prompt packs: every *.yaml there."),
    (
        "~/.local/share/resilience-journal/backups/",
        "Copies made by `rj backup`, next to the journal.",
    ),
)
FILES_NOTE = "With RJ_HOME set, all of them are in that folder; `--db PATH` picks the journal."

EXIT_STATUS = (
    ("0", "Done."),
    ("1", "A problem with what was asked, or nothing was saved; the message says which."),
    ("2", "A usage error: an unknown command or option, or `rj` alone (it prints the help)."),
    ("130", "Stopped with Ctrl-C."),
)

SEE_ALSO = (
    "In a very hard moment, `rj help-now` shows the emergency number, your own people and the "
    "crisis lines for your region, on one screen. The README has the whole guide."
)
