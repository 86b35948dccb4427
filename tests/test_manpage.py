"""The manual page: `rj --man` draws it from the commands' own help, docs/rj.1 is that page
as committed (so it cannot drift from the help), and man (or groff) reads it cleanly."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ok

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rj.1"
REGENERATE = "the help changed: run `uv run rj --man > docs/rj.1` and commit it"


def test_the_committed_page_is_the_one_rj_draws(rj):
    assert ok(rj("--man")) == PAGE.read_text(encoding="utf-8"), REGENERATE


def test_every_command_and_its_options_are_in_the_page(rj, rj_home):
    page = ok(rj("--man"))
    for heading in (".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS",
                    ".SH COMMANDS", ".SH ENVIRONMENT", ".SH FILES", ".SH EXIT STATUS",
                    ".SH SEE ALSO"):  # fmt: skip
        assert f"\n{heading}\n" in page
    assert '.SS "rj write [OPTIONS] [TEXT... | \\-]"' in page
    assert '.SS "rj goals step [OPTIONS] {ID} {TEXT...}"' in page  # a group's commands too
    assert "\\fB\\-\\-tag TAG\\fR\nA tag; repeat for more" in page  # as `rj write --help`
    assert '.SS "rj sos' not in page and '.SS "rj help ' not in page  # hidden ones
    assert "\\fBRJ_HOME\\fR" in page and "\\fBRJ_PASSPHRASE\\fR" in page
    assert not rj_home.exists()  # drawing the page opens no journal


def test_roff_specials_in_help_are_escaped():
    from resilience_journal.cli.manpage import _line

    assert _line(".hidden request") == "\\&.hidden request"
    assert _line("'quoted start") == "\\&'quoted start"
    assert _line("a \\ back-slash") == "a \\e back\\-slash"
    assert _line("run `rj help-now` now") == "run \\fBrj\\ help\\-now\\fR now"


def _rendered(command: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANWIDTH": "80", "COLUMNS": "80", "LANG": "C.UTF-8", "MANPAGER": "cat"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(shutil.which("groff") is None, reason="needs groff")
def test_groff_reads_the_page_without_a_warning():
    result = _rendered(["groff", "-man", "-Tutf8", "-ww", "-z", str(PAGE)])
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.skipif(shutil.which("man") is None, reason="needs man")
def test_man_shows_the_page():
    result = _rendered(["man", "-l", str(PAGE)])
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "rj - a private, kind journaling companion for the terminal" in text
    assert "rj help-now" in text  # a command in bold is still the command, hyphen and all
    assert "--install-completion [SHELL]" in text
