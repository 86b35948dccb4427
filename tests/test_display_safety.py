"""User text is shown, never obeyed: one journal holds hostile text in every field a person
(or a shared prompt pack) can fill, and every screen that shows user text is checked.

Hostile means: Rich markup (`[bold]`, a `[link=...]` that Rich would turn into a clickable
OSC 8 link, a stray `[/]` that makes Rich raise), an `:emoji:` code, and terminal control
sequences (ANSI colour, an OSC 8 link, an OSC 0 window title, the 8-bit CSI byte 0x9b, a
carriage return that would overwrite the line, a bidi override). A person must see all of
it as text: the markup literally, the controls as visible symbols (ESC as ␛).

The journal is built once for the module, through the real CLI; each screen then runs
through the CliRunner (no terminal, no colour), and a few also on a real pseudo-terminal
with colour on, where Rich does emit escapes: there, Rich's own colour codes (SGR,
`ESC [ ... m`) are told apart from anything that came from the person's text.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from resilience_journal.cli import app
from resilience_journal.prompting.library import load_library
from tests.conftest import ROOT, run_in_pty

MARKUP = "[bold]loud[/bold]"
LINK = "[link=https://evil.example]click[/link]"
# One line (titles and wins are one line): a window title, markup and the emoji code first,
# so that even a table cell cut short with an ellipsis shows them.
LINE = (
    f"\x1b]0;pwned\x07 {MARKUP} :fire: [/] \x9b31mcsi \x1b[31mRED {LINK} "
    "\x1b]8;;https://evil.example/osc\x1b\\osc8\x1b]8;;\x1b\\ \u202eevil\u202c"
)
TEXT = LINE + "\nabc\rXYZ"  # an entry's body, a review, a plan section: more than a line
CONTACT = "[b]Ana[/b] :fire: \x1b]0;pwned\x07 \x9b1m \u202eend"  # names are short

# How the controls look once made visible (text.safe).
SEEN_TITLE = "␛]0;pwned␇"  # OSC 0, the window title
SEEN_LINK = "␛]8;;https://evil.example/osc␛\\osc8"  # OSC 8, a hyperlink
SEEN_COLOUR = "␛[31mRED"
SEEN_CSI = "\\x9b31mcsi"
SEEN_CR = "abc␍XYZ"

# Never on any screen: ESC, the 8-bit CSI, BEL, a bare carriage return, bidi overrides,
# the emoji Rich would put for :fire:, and U+FFFD (how a raw, non-UTF-8 0x9b byte decodes).
FORBIDDEN = {
    "\x1b": "ESC",
    "\x9b": "8-bit CSI",
    "\x07": "BEL",
    "\r": "carriage return",
    "\u202e": "bidi override",
    "\u202c": "bidi pop",
    "\U0001f525": "emoji for :fire:",
    "\ufffd": "a raw byte",
}


def assert_inert(output: str, *, shows: tuple[str, ...] = ()) -> None:
    """Nothing in `output` can steer a terminal, and each of `shows` is there as text."""
    for char, name in FORBIDDEN.items():
        assert char not in output, f"{name} ({char!r}) reached the screen:\n{output}"
    assert "Traceback" not in output, output
    for text in shows:
        assert text in output, f"{text!r} is not shown as it was written:\n{output}"


# The journal ---------------------------------------------------------------------------


def pack(category: str, title: str, description: str, prompts: list[dict]) -> str:
    """A prompt pack as YAML. safe_dump writes control characters as escapes in
    double-quoted strings ("\\e]0;pwned\\a"), as a person sharing a pack might."""
    data = {"category": category, "title": title, "description": description, "prompts": prompts}
    return yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=1000)


def write_packs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    hostile = [
        {
            "id": "hostile-pack.one",
            "text": TEXT,
            "depth": "gentle",
            "follow_ups": [TEXT],
            "tags": ["[b]t[/b] :fire:"],
        }
    ]
    (folder / "hostile.yaml").write_text(pack("hostile-pack", LINE, TEXT, hostile))
    # The person's own wording for every bundled prompt: whichever one today, the weekly
    # review or `rj prompt` chooses is hostile too.
    library = load_library()
    for name in library.categories:
        mine = [
            {"id": p.id, "text": f"{LINE} ({p.id})", "depth": p.depth, "follow_ups": [TEXT]}
            for p in library.in_category(name)
        ]
        (folder / f"mine-{name}.yaml").write_text(pack(name, LINE, TEXT, mine))
    # A broken pack: the warning that names it is on stderr for every command that loads
    # the library, and it quotes the bad id.
    broken = [{"id": "\x1b]0;pwned\x07", "text": "x", "depth": "gentle"}]
    (folder / "broken.yaml").write_text(pack("broken-pack", "Broken", "Broken.", broken))


class Journal:
    """A journal in its own RJ_HOME, run in-process with the CliRunner."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.runner = CliRunner()
        self.said: list[str] = []  # what rj said as the journal was written
        self.env: dict[str, str | None] = {
            "RJ_HOME": str(home),
            "NO_COLOR": "1",
            "COLUMNS": "100",
            "TERMINAL_WIDTH": "100",
            "VISUAL": None,
            "EDITOR": None,
            "XDG_DATA_HOME": None,
            "XDG_CONFIG_HOME": None,
        }

    def run(self, *args: str, code: int = 0) -> str:
        result = self.runner.invoke(app, list(args), env=self.env, catch_exceptions=False)
        output = result.stdout + result.stderr
        assert result.exit_code == code, f"rj {args}:\n{output}"
        return output

    def pty_env(self, **more: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("VISUAL", "EDITOR", "PYTEST_CURRENT_TEST", "NO_COLOR")
        }
        env.update(
            RJ_HOME=str(self.home),
            PYTHONPATH=str(ROOT / "src"),
            COLUMNS="100",
            TERM="xterm-256color",
            RJ_PAGER="",  # the screens as printed (tests/test_pager.py runs the pager)
        )
        env.update(more)
        return env


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    home = tmp_path_factory.mktemp("hostile") / "rj-home"
    journal = Journal(home)
    said = journal.said  # what the commands that build it print: inert too
    run = journal.run
    said.append(run("config", "set", "check_in", "off"))
    write_packs(home / "prompts")
    said.append(run("values", "add", "Kindness", "--description", TEXT))
    said.append(
        run("values", "rate", "--value", "Kindness", "--importance", "8", "--consistency", "4")
    )
    said.append(
        run(
            "write",
            TEXT,
            "--title",
            LINE,
            "--value",
            "Kindness",
            "--mood",
            "5",
            "--tag",
            "calm",
            "--prompt",
            "hostile-pack.one",
        )
    )
    said.append(run("write", f"To the trash. {TEXT}", "--title", f"Trashed {LINE}"))
    said.append(run("delete", "2"))
    said.append(run("win", LINE, "--value", "Kindness"))
    said.append(run("win", f"Trashed {LINE}"))
    said.append(run("wins", "delete", "2"))
    said.append(run("goals", "add", LINE, "--value", "Kindness", "--why", LINE, "--by", "dec 20"))
    said.append(run("goals", "step", "1", LINE))
    said.append(run("goals", "step", "1", f"Next {LINE}"))
    said.append(run("goals", "check", "1", "1"))
    said.append(run("experiment", "start", LINE, "--helped-if", LINE, "--if-hard", LINE))
    said.append(run("experiment", "log", "1", "--note", LINE))
    said.append(run("contacts", "add", CONTACT, TEXT))
    said.append(run("safety-plan", "--set", "coping", TEXT))
    said.append(run("safety-plan", "--set", "warning-signs", LINE))
    # The weekly review, written in an editor on a terminal, as a person would.
    editor = home.parent / "editor.py"
    editor.write_text(f"import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write({TEXT!r})\n")
    env = journal.pty_env(EDITOR=f"{sys.executable} {editor}", TERM="dumb", NO_COLOR="1")
    ran = run_in_pty(["review", "--date", "today"], env=env, keys=["now? [y/N]", b"y\n"])
    assert ran.exit_code == 0, ran.output
    said.append(ran.output)
    said.append(run("config", "set", "editor", LINE))  # after the review: it is a command
    return journal


def test_what_rj_says_while_the_text_is_written_is_inert(journal):
    """What rj says as the text is written ("Noted: ...", "Added ..."), and the review
    summary shown on the terminal before the review is written."""
    for output in journal.said:
        assert_inert(output)
    assert any(f"Noted: {SEEN_TITLE} {MARKUP} :fire: [/]" in output for output in journal.said)


# Every screen, without a terminal -------------------------------------------------------

EVERYTHING = (MARKUP, ":fire:", "[/]", LINK, SEEN_TITLE, SEEN_LINK, SEEN_COLOUR, SEEN_CSI)
START = (SEEN_TITLE, MARKUP, ":fire: [/]")  # what a cell cut short still shows
JSON = (MARKUP, ":fire:", "\\u001b]0;pwned\\u0007", "\\u009b31mcsi", "\\u202eevil")

SCREENS = {
    "list": (("list",), START),
    "list --json": (("list", "--json"), JSON),
    "show": (("show", "1"), (*EVERYTHING, SEEN_CR, "tags: calm", "values: Kindness")),
    "show a review": (("show", "3"), EVERYTHING),
    "search": (("search", "pwned"), (MARKUP, ":fire:", SEEN_TITLE)),
    "search a link": (("search", "click"), (MARKUP, ":fire:", LINK)),
    "today": (("today",), (*START, *EVERYTHING, SEEN_CR)),  # entries cut short, the rest whole
    "review": (("review", "--date", "today", "--no-write"), EVERYTHING),
    "review --markdown": (("review", "--date", "today", "--markdown"), EVERYTHING),
    "reviews": (("reviews",), START),
    "stats": (("stats",), ("Kindness",)),
    "alignment": (("alignment",), ("Kindness",)),
    "values": (("values",), EVERYTHING),
    "goals": (("goals",), START),
    "goals show": (("goals", "show", "1"), EVERYTHING),
    "goals --json": (("goals", "--json"), JSON),
    "experiments": (("experiments",), START),
    "experiment show": (("experiment", "show", "1"), EVERYTHING),
    "wins": (("wins",), EVERYTHING),
    "streak": (("streak",), ("1 day",)),
    "prompt": (("prompt",), (*EVERYTHING, SEEN_CR)),
    "prompt from a pack": (("prompt", "-c", "hostile-pack"), (*EVERYTHING, SEEN_CR)),
    "prompts list": (("prompts", "list"), ("hostile-pack.one", *START, "Skipped a prompt pack")),
    "prompts show": (("prompts", "show", "hostile-pack.one"), (*EVERYTHING, SEEN_CR)),
    # A long title of a pack's own never squeezes out the other columns.
    "prompts categories": (("prompts", "categories"), (*EVERYTHING, "what it invites")),
    "trash": (("trash",), (f"Trashed {SEEN_TITLE} {MARKUP}",)),
    "safety-plan --show": (("safety-plan", "--show"), EVERYTHING),
    "contacts": (("contacts",), ("[b]Ana[/b] :fire: ␛]0;pwned␇ \\x9b1m \\u202eend", *EVERYTHING)),
    "contacts --json": (("contacts", "--json"), JSON),
    "help-now": (("help-now",), ("[b]Ana[/b]", *EVERYTHING)),
    "export": (("export",), EVERYTHING),
    "config show": (("config", "show"), (*START, SEEN_TITLE, "distress_threshold")),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_shows_user_text_as_text(journal, screen):
    args, shows = SCREENS[screen]
    assert_inert(journal.run(*args), shows=shows)


def test_the_checks_catch_what_they_look_for():
    """The checks above can fail: raw payloads, an emoji, a missing marker all trip them."""
    for leaked in ("\x1b]0;pwned\x07", "a\x9b31m", "abc\rXYZ", "\U0001f525", "\u202eevil"):
        with pytest.raises(AssertionError):
            assert_inert(f"[bold]loud[/bold] {leaked}", shows=(MARKUP,))
    with pytest.raises(AssertionError):
        assert_inert("loud :fire:", shows=(MARKUP,))  # markup that Rich ate
    with pytest.raises(AssertionError):
        assert_inert("Traceback (most recent call last):")


# Some screens on a real terminal, with colour --------------------------------------------

SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own styling: Select Graphic Rendition only

ON_A_TERMINAL = {
    "show": (("show", "1"), True, (*EVERYTHING, SEEN_CR)),
    "search": (("search", "pwned"), True, (MARKUP, ":fire:", SEEN_TITLE)),
    "today": (("today",), True, (*START, *EVERYTHING, SEEN_CR)),  # a table, a prompt, wins
    "review": (("review", "--date", "today", "--no-write"), True, EVERYTHING),
    "help-now": (("help-now",), True, EVERYTHING),
    "export": (("export",), False, EVERYTHING),  # markdown: no colour of its own
    "goals show": (("goals", "show", "1"), True, EVERYTHING),
    "experiment show": (("experiment", "show", "1"), True, EVERYTHING),
}


@pytest.mark.parametrize("screen", ON_A_TERMINAL)
def test_on_a_colour_terminal_only_rj_styles_the_text(journal, screen):
    args, styled, shows = ON_A_TERMINAL[screen]
    ran = run_in_pty(list(args), env=journal.pty_env())
    assert ran.exit_code == 0, ran.output
    raw = ran.output
    if styled:  # colour is really on, so the check below tells Rich's escapes apart
        assert SGR.search(raw), f"no colour on the terminal:\n{raw}"
    # The person's own escapes never reach the terminal as escapes ...
    for payload in ("\x1b[31mRED", "\x1b]0;pwned", "\x1b]8;;https://evil", "\x1b\\"):
        assert payload not in raw, f"{payload!r} reached the terminal"
    # ... no hyperlink (OSC 8) or any other OSC at all: rj makes none ...
    assert "\x1b]" not in raw
    # ... and once Rich's colour codes are taken out, nothing else is an escape, and the
    # text reads as it was written, made visible.
    assert_inert(SGR.sub("", raw), shows=shows)


# Bytes that are not UTF-8 ------------------------------------------------------------------


def test_a_byte_that_is_not_utf8_is_shown_never_sent(tmp_path):
    """A command-line argument, a path or an environment variable may hold bytes that are
    not UTF-8 (Python keeps them as lone surrogates). Written back as they are, 0x9b is the
    8-bit CSI; rj shows it as text, and everything it prints is valid UTF-8."""
    import subprocess

    home = str(tmp_path / "home-\udc9b31m")  # RJ_HOME=$'.../home-\x9b31m'
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR")}
    env.update(RJ_HOME=home, NO_COLOR="1", COLUMNS="200", PYTHONPATH=str(ROOT / "src"))

    def rj(*args: bytes | str) -> bytes:
        command = [sys.executable, "-m", "resilience_journal", *args]
        done = subprocess.run(command, env=env, capture_output=True, timeout=30)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        output.decode("utf-8")  # strict: no raw byte of the person's came through
        return output

    rj("contacts", "add", b"Ana \x9b31m", b"call \x9b31m 555 0100")
    listed, where, where_json = rj("contacts"), rj("where"), rj("where", "--json")
    for shown in (listed, where, where_json):
        assert b"\x9b" not in shown, shown  # neither the raw byte nor U+009B in UTF-8
    assert b"Ana " in listed and b"home-\\x9b31m" in where and b"home-\\udc9b31m" in where_json
