"""Bad input, through the real CLI: one calm line on stderr, exit 1 (2 for a usage error that
click itself reports), no traceback, nothing written, and never the entry's own words.

Cases already covered elsewhere (test_write, test_browse, test_wins, test_values, test_review,
test_prompts, test_config, test_exchange) are not repeated here.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resilience_journal.cli import app
from resilience_journal.entries import MAX_BODY
from tests.conftest import ON_SCREEN, run_in_pty

SENTINEL = "Umbrella-kestrel-4471"  # a person's private words: never in an error


def dump(rj_home: Path) -> list[str]:
    """Everything in the journal file, as SQL: equal before and after means nothing changed."""
    db = rj_home / "journal.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def invoke(*args: str, input: str | bytes | None = None):
    """Like the rj fixture, but stdin may be bytes (what a pipe really carries)."""
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def made_once(tmp_path_factory) -> Path:
    """A journal with an entry (the sentinel words), a win, a value, a rating, and an entry
    in the trash: made once, copied for each test."""
    home = tmp_path_factory.mktemp("made-once")
    for command in (
        ("write", f"{SENTINEL} in the first entry.", "--title", "Kept", "--mood", "4"),
        ("write", f"{SENTINEL} in the trash."),
        ("delete", "2"),
        ("win", f"{SENTINEL} win"),
        ("values", "add", "courage"),
        ("values", "rate", "--value", "courage", "--importance", "8", "--consistency", "5"),
    ):
        result = CliRunner().invoke(app, list(command), env={"RJ_HOME": str(home)})
        assert result.exit_code == 0, result.output
    return home / "journal.db"


@pytest.fixture
def journal(made_once: Path, rj_home: Path) -> None:
    rj_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(made_once, rj_home / "journal.db")


def refused(result, says: str, code: int = 1) -> str:
    """The one line a person sees for bad input."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert SENTINEL not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert says in lines[0], lines[0]
    return lines[0]


# the commands --------------------------------------------------------------------------------

CASES = [
    # dates that cannot be read, on the commands not covered elsewhere
    (["write", SENTINEL, "--date", "99999999999999999999 days ago"], "That date could not be read"),
    (["write", SENTINEL, "--date", "1e999"], "That date could not be read: '1e999'."),
    (["write", SENTINEL, "--date", "\x00"], "That date could not be read: '\\x00'."),
    (["write", SENTINEL, "--date", "31/31/2026"], "That date could not be read"),
    (["win", SENTINEL, "--date", "0"], "That date could not be read: '0'."),
    (["list", "--until", "99999-01-01"], "That date could not be read: '99999-01-01'."),
    (["wins", "--since", "blah"], "That date could not be read: 'blah'."),
    (["wins", "--until", "feb 30"], "That date could not be read: 'feb 30'."),
    (["alignment", "--since", "someday"], "That date could not be read: 'someday'."),
    (["alignment", "--since", "tomorrow"], "That date is in the future: 'tomorrow'"),
    (["export", "--since", "later"], "That date could not be read: 'later'."),
    (["export", "--until", "nov 31"], "That date could not be read: 'nov 31'."),
    (["edit", "1", "--date", "tomorrow"], "That date is in the future: 'tomorrow'"),
    # moods and ratings out of range or not whole numbers
    (
        ["write", SENTINEL, "--mood", "1.5"],
        "Mood is a whole number from 0 (lowest) to 10 (best); got '1.5'.",
    ),
    (
        ["write", SENTINEL, "--mood", "5/10"],
        "Mood is a whole number from 0 (lowest) to 10 (best); got '5/10'.",
    ),
    (
        ["edit", "1", "--mood", "-1"],
        "Mood is a whole number from 0 (lowest) to 10 (best); got '-1'.",
    ),
    (
        ["values", "rate", "--value", "courage", "--importance", "1e1", "--consistency", "3"],
        "Importance is a whole number from 1 to 10; got '1e1'.",
    ),
    (
        ["values", "rate", "--value", "courage", "--importance", "9", "--consistency", "10.0"],
        "Consistency is a whole number from 1 to 10; got '10.0'.",
    ),
    (
        ["values", "rate", "--value", "courage", "--importance", " ", "--consistency", "3"],
        "Importance is a whole number from 1 to 10",
    ),
    # unknown ids, values, prompts and categories
    (["edit", "99", "--mood", "3"], "There is no entry 99. `rj list` shows the ids."),
    (["edit", "2", "--mood", "3"], "Entry 2 is in the trash."),
    (["show", "0"], "There is no entry 0. `rj list` shows the ids."),
    (["wins", "delete", "#x"], "A win id is a number, like 12; got '#x'."),
    (["win", SENTINEL, "--value", "nope"], "There is no value 'nope'. Your values: courage."),
    (["values", "archive", "nope"], "There is no value 'nope'. Your values: courage."),
    (
        ["prompts", "show", "no.such.prompt"],
        "There is no prompt 'no.such.prompt'. `rj prompts list` shows them all.",
    ),
    (["prompts", "list", "--category", "nope"], "There is no prompt category 'nope'. Categories:"),
    (["prompt", "--category", "nope"], "There is no prompt category 'nope'. Categories:"),
    (["prompt", "--depth", "bottomless"], "Depth is one of gentle, reflective, deep"),
    (["prompt", "--pace", "fast"], "pace is one of gentle, reflective, deep; got 'fast'."),
    # empty or blank text
    (["write", " \t ", "\n"], "Nothing was saved: the entry was empty."),
    (["win", "\t", " "], "A win needs a few words"),
    (["values", "rename", "courage", "   "], "A value needs a name"),
    (["values", "add", "\t"], "A value needs a name"),
    (["search", "\t"], "Search for at least one word."),
]


@pytest.mark.parametrize(("args", "says"), CASES)
def test_bad_input_is_one_calm_line_and_changes_nothing(rj, rj_home, journal, args, says):
    before = dump(rj_home)
    refused(rj(*args), says)
    assert dump(rj_home) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["write", SENTINEL, "--timer", "soon"], "Invalid value for '--timer': 'soon' is not"),
        (["write", SENTINEL, "--timer", "0"], "'--timer': 0 is not in the range 1<=x<=180."),
        (
            ["import", "-", "--from", "word"],
            "'--from': 'word' is not one of 'json', 'jrnl', 'jrnl-txt', 'dayone'.",
        ),
        (["show", "-1"], "Error: No such option: -1"),
    ],
)
def test_what_click_reads_itself_is_a_usage_error(rj, rj_home, journal, args, says):
    """Where Typer parses the value (an int option, a choice), click reports it: exit 2 and
    its usage lines, still no traceback and nothing written."""
    before = dump(rj_home)
    result = rj(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert SENTINEL not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert says in " ".join(result.stderr.split())
    assert dump(rj_home) == before


@pytest.mark.parametrize(
    "args",
    [["values", "archive", " "], ["write", SENTINEL, "--value", ""], ["wins", "--value", " "]],
)
def test_an_empty_value_name_asks_for_a_name(rj, rj_home, journal, args):
    before = dump(rj_home)
    refused(rj(*args), "A value needs a name, like honesty or 'being present'.")
    assert dump(rj_home) == before


def test_a_time_zone_name_in_a_date_is_read_quietly(rj, journal):
    """dateutil warns about a zone it does not know; the day is all rj reads, so no warning
    reaches the screen."""
    result = rj("list", "--since", "nov 20 2025 10:00 XYZ", "--json")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert [entry["id"] for entry in json.loads(result.stdout)] == [1]


# standard input: NUL bytes and bytes that are not UTF-8 -----------------------------------------


def test_nul_bytes_on_stdin_are_kept_exactly_and_shown_safely(rj):
    text = f"before\x00after {SENTINEL}\n\x00"
    result = invoke("write", "-", input=text.encode())
    assert result.exit_code == 0, result.output
    (saved,) = json.loads(rj("list", "--json").stdout)
    assert saved["body"] == text.rstrip()  # only trailing blank space is trimmed
    shown = rj("show", "1", env=ON_SCREEN)  # on a terminal: made visible
    assert "\x00" not in shown.stdout
    assert "before␀after" in shown.stdout
    to_file = rj("show", "1").stdout  # to a file or a pipe: the same symbol
    assert "\x00" not in to_file
    assert "before␀after" in to_file


def test_a_nul_byte_in_a_win_is_shown_as_a_symbol(rj):
    result = invoke("win", "-", input=b"kept\x00going\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Noted: kept␀going.")
    assert json.loads(rj("wins", "--json").stdout)[0]["text"] == "kept\x00going"


@pytest.mark.parametrize("command", [["write", "-"], ["write"], ["win", "-"]])
def test_stdin_that_is_not_utf8_is_refused(rj, rj_home, journal, command):
    before = dump(rj_home)
    result = invoke(*command, input=f"caf\xe9 {SENTINEL}".encode("latin-1"))
    refused(result, "The text on standard input is not UTF-8; nothing was saved.")
    assert dump(rj_home) == before


def test_stdin_that_is_not_utf8_is_refused_by_the_installed_command(rj_home, tmp_path):
    """A real pipe into the real `rj`, where nothing decodes the bytes first."""
    rj_command = Path(sys.executable).with_name("rj")
    argv = (
        [str(rj_command)] if rj_command.exists() else [sys.executable, "-m", "resilience_journal"]
    )
    env = {**os.environ, "RJ_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    ran = subprocess.run(
        [*argv, "write", "-"],
        input=b"\xff\xfe bad " + SENTINEL.encode() + b" \xc3(",
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert ran.returncode == 1
    assert ran.stderr.decode() == "The text on standard input is not UTF-8; nothing was saved.\n"
    listed = subprocess.run([*argv, "list", "--json"], env=env, capture_output=True, timeout=60)
    assert json.loads(listed.stdout) == []


@pytest.mark.parametrize(
    "command",
    [
        ["write"],
        ["win"],
        ["search"],
        ["recall"],
        ["story", "write", "lost", "--text"],
        ["belief", "add"],
        ["belief", "sort"],
        ["dates", "add", "2026-03-12"],
        ["write", "--unsent"],
    ],
)
def test_words_typed_in_bytes_that_are_not_utf8_never_stop_rj_on_a_bug(command, tmp_path):
    """An argument the shell passed as bytes that are not UTF-8 (a mistyped key, an old
    file name pasted): kept with U+FFFD in their place, or refused in one line; never a
    bug's exit 70."""
    env = {**os.environ, "RJ_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    ran = subprocess.run(
        [sys.executable, "-m", "resilience_journal", *command, b"\xff\xfe the park"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert ran.returncode in (0, 1), ran.stderr
    assert b"bug" not in ran.stderr and b"Traceback" not in ran.stderr


# a very long entry -------------------------------------------------------------------------------


def test_an_entry_of_the_largest_size_is_kept_exactly(rj):
    text = ("a few words " * (MAX_BODY // 12 + 1))[: MAX_BODY - 1] + "."
    assert len(text) == MAX_BODY
    result = invoke("write", "-", input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(rj("show", "1", "--json").stdout)["body"] == text


@pytest.mark.parametrize(
    ("size", "says"),
    [
        (
            MAX_BODY + 1,
            f"An entry can hold up to 1,000,000 characters, and this one has "
            f"{MAX_BODY + 1:,}; split it into a few entries. Nothing was saved.",
        ),
        (
            10 * 1024 * 1024,
            "An entry can hold up to 1,000,000 characters, and standard input "
            "has more; split it into a few entries. Nothing was saved.",
        ),
    ],
)
def test_an_entry_longer_than_the_limit_is_refused_whole(rj_home, journal, size, says):
    before = dump(rj_home)
    text = (SENTINEL + " ") * (size // (len(SENTINEL) + 1) + 1)
    result = invoke("write", "-", input=text[:size].encode())
    assert refused(result, says) == says
    assert dump(rj_home) == before


def test_a_too_long_import_is_refused_whole(rj, rj_home, journal, tmp_path):
    before = dump(rj_home)
    path = tmp_path / "long.json"
    body = SENTINEL + "x" * MAX_BODY
    path.write_text(
        json.dumps(
            {
                "format": "resilience-journal",
                "version": 1,
                "entries": [
                    {"day": "2026-11-01", "body": "short"},
                    {"day": "2026-11-02", "body": body},
                ],
            }
        )
    )
    refused(rj("import", str(path)), f"entries[1].body should be at most {MAX_BODY} characters")
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [{"date": "2026-11-02", "time": "09:00", "title": "t", "body": body}],
            }
        )
    )
    refused(rj("import", str(jrnl)), "entries[0].body should be at most")
    assert dump(rj_home) == before


def test_too_long_text_from_the_editor_is_kept_as_a_draft(pty_env, editor, rj_home, rj):
    """Text typed in rj's editor exists nowhere else: refused as an entry, kept as a draft."""
    pty_env["EDITOR"] = editor(SENTINEL + "y" * MAX_BODY)
    ran = run_in_pty(["write"], env=pty_env)
    assert ran.exit_code == 1, ran.output
    assert SENTINEL not in ran.output
    says = (
        f"An entry can hold up to 1,000,000 characters, and this one has "
        f"{MAX_BODY + len(SENTINEL):,}; split it into a few entries. What you typed is kept as a "
        "draft; `rj write --resume` brings it back."
    )
    assert says in " ".join(ran.output.split())
    assert json.loads(rj("list", "--json").stdout) == []
    conn = sqlite3.connect(rj_home / "journal.db")
    (draft,) = conn.execute("SELECT body FROM drafts").fetchall()
    conn.close()
    assert draft[0] == SENTINEL + "y" * MAX_BODY


def test_too_long_text_from_editing_is_kept_as_a_draft_and_the_entry_is_unchanged(
    pty_env, editor, rj_home, rj
):
    assert rj("write", f"{SENTINEL} as it was.").exit_code == 0
    before = json.loads(rj("show", "1", "--json").stdout)
    pty_env["EDITOR"] = editor(SENTINEL + "z" * MAX_BODY)
    ran = run_in_pty(["edit", "1"], env=pty_env)
    assert ran.exit_code == 1, ran.output
    assert SENTINEL not in ran.output
    assert (
        "split it into a few entries. What you typed is kept as a draft; `rj edit 1` brings "
        "it back." in " ".join(ran.output.split())
    )
    assert json.loads(rj("show", "1", "--json").stdout) == before
    conn = sqlite3.connect(rj_home / "journal.db")
    (draft,) = conn.execute("SELECT entry_id, length(body) FROM drafts").fetchall()
    conn.close()
    assert draft == (1, MAX_BODY + len(SENTINEL))


def test_a_too_long_weekly_review_is_kept_as_a_draft(pty_env, editor, rj_home, rj):
    pty_env["EDITOR"] = editor(SENTINEL + "w" * MAX_BODY)
    ran = run_in_pty(["review"], env=pty_env, keys=["now? [y/N]", b"y\n"])
    assert ran.exit_code == 1, ran.output
    assert SENTINEL not in ran.output
    assert (
        "split it into a few entries. What you typed is kept as a draft; `rj write "
        "--resume` brings it back." in " ".join(ran.output.split())
    )
    assert json.loads(rj("reviews", "--json").stdout) == []
    conn = sqlite3.connect(rj_home / "journal.db")
    ((length, options),) = conn.execute("SELECT length(body), options FROM drafts").fetchall()
    conn.close()
    assert length == MAX_BODY + len(SENTINEL)
    assert json.loads(options)["review_week"]  # resumed, it is the week's review


# prompt packs ------------------------------------------------------------------------------------

PACK = """\
category: my-pack
title: My pack
description: Prompts my therapist and I wrote.
prompts:
  - id: my-pack.one
    text: You might notice one sound around you.
    depth: gentle
    follow_ups:
      - Where does it come from?
    tags: [senses]
"""


def deeply(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("title: " + deeply(1000) + "\n", "{path}: nests too deeply to be a prompt pack."),
        (
            "a:\n" + "".join(" " * n + "b:\n" for n in range(1, 1000)),
            "{path}: nests too deeply to be a prompt pack.",
        ),
        (PACK + "    tags: " + deeply(1000) + "\n", "{path}: nests too deeply"),
        ("&a [*a]\n", "{path}:1: a prompt pack is a mapping"),
        (
            PACK.replace("You might notice one sound around you.", "no"),
            "{path}:6: `text: no` is read by YAML as false, not as text; put it in quotes: "
            "`text: 'no'`.",
        ),
        (
            PACK.replace("You might notice one sound around you.", "010"),
            "{path}:6: `text: 010` is read by YAML as a number",
        ),
        (
            PACK.replace("You might notice one sound around you.", "12:30:00"),
            "{path}:6: `text: 12:30:00` is read by YAML as a number",
        ),
        (
            PACK.replace("You might notice one sound around you.", "2026-11-20"),
            "{path}:6: `text: 2026-11-20` is read by YAML as a date",
        ),
        (
            PACK.replace("title: My pack", "title: yes"),
            "{path}:2: `title: yes` is read by YAML as true",
        ),
        (
            PACK.replace("description: Prompts my therapist and I wrote.", "description: off"),
            "{path}:3: `description: off` is read by YAML as false",
        ),
        (
            PACK.replace("category: my-pack", "category: 2026"),
            "{path}:1: `category: 2026` is read by YAML as a number",
        ),
        (
            PACK.replace("Where does it come from?", "Fine\n      - 'no'\n      - no"),
            "{path}:11: `no` in follow_ups is read by YAML as false, not as text; put it in "
            "quotes: `'no'`.",
        ),
        (
            PACK.replace("[senses]", "[senses, 12:30]"),
            "{path}:10: `12:30` in tags is read by YAML as a number",
        ),
        (PACK.replace("id: my-pack.one", "id: 12:30"), "{path}:5: id '12:30' should be lowercase"),
        (
            PACK.replace("depth: gentle", "depth: [gentle]"),
            "{path}:7: depth [...] should be one of gentle, reflective, deep.",
        ),
        (
            PACK.replace("You might notice one sound around you.", "2026-02-30"),
            "{path}:6: '2026-02-30' cannot be read as the value it looks like",
        ),
        (
            PACK.replace("[senses]", "[!!bool maybe]"),
            "{path}:10: 'maybe' cannot be read as the value it looks like",
        ),
        (PACK + "    when: " + "9" * 5000 + "\n", "{path}:11: '9999"),
        (
            PACK.replace("title: My pack", "title: !!python/name:os.system"),
            "{path}:2: could not determine a constructor for the tag",
        ),
        ("\x00\x01 not yaml at all", "{path}:1: "),
        ("prompts:\n- [\n", "{path}:2: expected the node content, but found '<stream end>'."),
    ],
)
def test_a_bad_prompt_pack_is_named_by_file_and_line(rj, tmp_path, text, says):
    path = tmp_path / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    result = rj("prompts", "validate", str(path))
    refused(result, says.format(path=path))
    assert result.stderr.startswith(says.format(path=path))


def test_a_wrongly_typed_pack_is_never_stored_as_true_or_false(rj, rj_home):
    """In the person's own folder, the pack is skipped with the reason, not read as False."""
    folder = rj_home / "prompts"
    folder.mkdir(parents=True)
    (folder / "quiet.yaml").write_text(PACK.replace("Where does it come from?", "yes"))
    (folder / "deep.yaml").write_text("prompts: " + deeply(1000) + "\n")
    result = rj("prompts", "list", "--json")
    assert result.exit_code == 0
    assert "my-pack.one" not in {p["id"] for p in json.loads(result.stdout)}
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2
    assert f"{folder / 'deep.yaml'}: nests too deeply to be a prompt pack." in warnings[0]
    assert f"{folder / 'quiet.yaml'}:9: `yes` in follow_ups is read by YAML as true" in warnings[1]
    assert "Traceback" not in result.output
    written = rj("write", SENTINEL)  # a broken pack never stops writing
    assert written.exit_code == 0


def test_a_pack_of_aliases_of_aliases_is_checked_in_a_moment(rj, tmp_path):
    """A 'billion laughs' file: every alias is one node, walked once."""
    import time

    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for before, name in zip("abcdefghijkl", "bcdefghijklm", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + before] * 9)}]")
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n")
    started = time.monotonic()
    refused(rj("prompts", "validate", str(path)), f"{path}:1: unknown key 'a'")
    assert time.monotonic() - started < 5


# the settings file -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("pace: " + deeply(1000) + "\n", id="nested"),
        pytest.param("pace: 2026-02-30\n", id="no-such-date"),
        pytest.param("pace: !!bool maybe\n", id="bool-maybe"),
        pytest.param("pace: !!python/object/apply:os.system ['touch {marker}']\n", id="python"),
        pytest.param("pace: !!python/name:os.system\n", id="python-name"),
        pytest.param("&a [*a]\n", id="holds-itself"),
        pytest.param("pace: &a [*a]\n", id="value-holds-itself"),
        pytest.param(b"\xff\xfe pace: deep\n", id="not-utf8"),
    ],
)
def test_a_broken_settings_file_warns_once_and_writing_goes_on(rj, rj_home, tmp_path, text):
    marker = tmp_path / "ran"
    rj_home.mkdir(parents=True, exist_ok=True)
    config = rj_home / "config.yaml"
    if isinstance(text, bytes):
        config.write_bytes(text)
    else:
        config.write_text(text.replace("{marker}", str(marker)), encoding="utf-8")
    result = rj("write", SENTINEL, "--mood", "6")
    assert result.exit_code == 0, result.output
    warning, saved = result.stderr.strip().splitlines()
    assert str(config) in warning and warning.endswith("Using the default settings for now.")
    assert SENTINEL not in warning
    assert saved.startswith("Saved entry 1 for ")
    assert json.loads(rj("list", "--json").stdout)[0]["body"] == SENTINEL
    assert not marker.exists()
