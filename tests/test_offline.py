"""Nothing leaves the machine: rj never opens a network connection, no file it writes makes
a viewer fetch anything (or names a web address the person did not write), and a person's
entry text never appears in an error message or a traceback.

The network is blocked the way a test can see: creating a socket, resolving a name or
connecting raises, and every attempt is recorded, so a command that caught the error and
carried on quietly is still caught. First in this process (the CliRunner, for a whole
session of every command); then in fresh processes, with the block installed by a
`sitecustomize.py` before anything else is imported, so what rj imports at start-up is
covered too.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import ROOT, run_in_pty, typing

BLOCKED = ("socket", "create_connection", "getaddrinfo", "gethostbyname")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Block the network in this process; returns the list of attempts (empty is good)."""
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[1:] if name == 'socket' else args}")
            raise OSError(f"the network is blocked in this test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket"))
    for name in BLOCKED[1:]:
        monkeypatch.setattr(socket, name, refuse(name))
    # The block really holds: a socket, a connection, and what a library would do.
    with pytest.raises(OSError, match="blocked"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(urllib.error.URLError, match="blocked"):
        urllib.request.urlopen("http://example.com/", timeout=0.1)
    assert len(attempts) == 3, attempts
    attempts.clear()
    return attempts


def commands_in_help(rj, *group: str) -> set[str]:
    """The commands `rj [GROUP] --help` lists."""
    shown = rj(*group, "--help").stdout
    listed = shown.split("\nCommands:\n", 1)[1] if "\nCommands:\n" in shown else ""
    return set(re.findall(r"^  ([a-z][a-z-]*)(?:\s|$)", listed, re.MULTILINE))


PACK = """\
category: offline-pack
title: Offline pack
description: A pack of my own, to check before sharing.
prompts:
  - id: offline-pack.one
    text: You might notice one sound around you.
    depth: gentle
"""


def test_a_whole_session_of_every_command_never_uses_the_network(
    rj, offline, rj_home, tmp_path, editor
):
    ran: set[tuple[str, ...]] = set()  # each command and subcommand the session ran

    def run(*args: str, code: int = 0, input: str | None = None, env=None) -> str:
        result = rj(*args, input=input, env=env)
        assert result.exit_code == code, f"rj {' '.join(args)}:\n{result.output}"
        assert not offline, f"rj {' '.join(args)} tried the network: {offline}"
        words = [arg for arg in args if not arg.startswith("-")]
        ran.update({tuple(words[:1]), tuple(words[:2])})
        return result.stdout

    run("--help")
    run("--version")
    run(
        "write",
        "Walked to the river with Ana.",
        "--title",
        "Evening",
        "--tag",
        "family",
        "--mood",
        "6",
    )
    run("write", "-", input="From a pipe: the river again.\n")
    run("write", "Yesterday, quietly.", "--date", "yesterday")
    run("values", "add", "Kindness", "--description", "Being gentle, with others and me.")
    run("values")
    run("values", "list")
    run("values", "rate", "--value", "Kindness", "--importance", "8", "--consistency", "5")
    run("values", "rename", "Kindness", "Care")
    run("values", "add", "Courage")
    run("values", "archive", "Courage")
    run("win", "answered the letter", "--value", "Care")
    run("win", "went outside")
    assert "answered the letter" in run("wins")
    run("wins", "delete", "2")
    run("wins", "restore", "2")
    assert "river" in run("today")
    run("list")
    run("list", "--json")
    assert "Walked to the river" in run("show", "1")
    assert "river" in run("search", "river")
    run("edit", "1", "--mood", "7", "--title", "A better title")
    run("edit", "1", code=1)  # the editor needs a terminal: see the fresh process below
    run("delete", "2")
    assert "From a pipe" in run("trash")
    run("restore", "2")
    run("delete", "3")
    run("trash", "--empty", "--yes")
    run("alignment")
    run("goals", "add", "Swim once a week", "--value", "Care", "--by", "in 3 weeks")
    run("goals", "step", "1", "Book a first lesson")
    run("goals", "check", "1", "1")
    run("goals", "uncheck", "1", "1")
    assert "Swim once a week" in run("goals")
    run("goals", "list", "--all")
    assert "Book a first lesson" in run("goals", "show", "1")
    run("goals", "pause", "1")
    run("goals", "resume", "1")
    run("goals", "done", "1")
    run("goals", "add", "Run a marathon")
    run("goals", "let-go", "2", "--learned", "My knees need kindness.")
    run("experiment", "start", "A walk after lunch", "--days", "7", "--helped-if", "calmer")
    run("experiment", "log", "1", "--note", "sunny")
    assert "A walk after lunch" in run("experiment", "show", "1")
    run("experiments")
    run("dates", "add", "2 December", "a hard day", "--window", "3")
    assert "a hard day" in run("dates")
    run("dates", "list")
    run("dates", "remove", "1")
    run("experiment", "close", "1", "--outcome", "helped")
    run("belief", "add", "It was my fault", "--theme", "blame", "--rating", "70")
    run("belief", "revisit", "1", "--rating", "60")
    run("belief")
    run("belief", "list")
    assert "It was my fault" in run("belief", "show", "1")
    run("belief", "sort", "The rent", "--can", "call them")
    run("belief", "sorts")
    run("belief", "add", "Nowhere is safe")
    run("belief", "remove", "2", "--yes")
    run("story", "write", "mine", "--text", "Mornings by the river.")
    assert "Mornings by the river." in run("story", "show", "--compare")
    run("story")
    run("story", "export", "-o", str(tmp_path / "story.md"))
    run("story", "remove", "mine", "--yes")
    run("recall")
    run("recall", "river", "--json")
    run("write", "--unsent", "A letter I will not send.")
    run("streak")
    run("stats")
    run("review", "--no-write")
    run("review", input="y\n")  # not a terminal: the summary, no offer to write
    run("review", "--markdown")
    pictures = ("--save-svg", str(tmp_path / "review.svg"), "--save-html", str(tmp_path / "r.html"))
    run("review", *pictures)
    run("review", "--month", "--no-write")
    run("review", "--month", "last", "--markdown")
    run("review", "--month", "--save-svg", str(tmp_path / "month.svg"))
    run("growth")
    run("growth", "--json")
    run("growth", "--save-html", str(tmp_path / "growth.html"))
    run("reviews")
    run("prompt")
    run("prompt", "--another")
    prompt_id = json.loads(run("prompts", "list", "--json"))[0]["id"]
    run("prompts", "list")
    run("prompts", "show", prompt_id)
    run("prompts", "categories")
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK, encoding="utf-8")
    run("prompts", "validate", str(pack))
    run("export", "-o", str(tmp_path / "journal.md"))
    run("export", "-f", "json", "-o", str(tmp_path / "journal.json"))
    run("export", "--split", str(tmp_path / "vault"))
    run("import", "--dry-run", str(tmp_path / "journal.json"))
    fresh = {"RJ_HOME": str(tmp_path / "fresh-home")}
    run("import", str(tmp_path / "journal.json"), env=fresh)
    moved = json.loads(run("list", "--json", env=fresh))
    assert {entry["body"] for entry in moved} == {
        "Walked to the river with Ana.",
        "From a pipe: the river again.",
    }
    run("config", "set", "pace", "gentle")
    run("config", "show")
    run("config", "show", "--json")
    run("config", "unset", "pace")
    run("config", "path")
    run("where")
    run("help-now")
    run("sos")
    run("contacts", "add", "Dr. Lee", "call 555 0100, weekdays")
    assert "Dr. Lee" in run("contacts")
    run("contacts", "remove", "Dr. Lee")
    run("safety-plan", "--set", "coping", "A walk by the river.")
    assert "A walk by the river." in run("safety-plan", "--show")
    run("safety-plan", "--history")
    run("ground", "--plain")
    run("ground", "-e", "body", "--plain")
    run("ground", "-e", "breathing", "--plain", "--rounds", "1")
    run("backup")
    run("doctor")
    passphrase = {"RJ_PASSPHRASE": "a long passphrase for the test"}
    run("encrypt", env=passphrase)
    assert "A better title" in run("list", env=passphrase)
    run("decrypt", env=passphrase)
    # Every command `rj --help` lists ran, and every subcommand of the groups.
    for command in sorted(commands_in_help(rj)):
        assert (command,) in ran, f"rj {command} is new: add it to this session"
        for sub in sorted(commands_in_help(rj, command)):
            assert (command, sub) in ran, f"rj {command} {sub} is new: add it to this session"
    # And no file the session wrote points at the web (see below).
    assert web_addresses(tmp_path) == {}


# No file rj writes points at the web ------------------------------------------------------

#: What makes a viewer fetch something, or is a web address at all. A CSS url() is allowed
#: only to a fragment of the same file (the SVG's clip path, url(#...)).
WEB = re.compile(
    rb"https?://"
    rb"|(?:url\(\s*[\"']?|(?:src|href)\s*=\s*[\"']?)//"  # protocol-relative: //host/...
    rb"|url\(\s*[\"']?(?!#)"
    rb"|@import"
    rb"|\bwww\.[a-z0-9-]+\.",
    re.IGNORECASE,
)

#: XML namespace names are identifiers that nothing fetches: the one exception, in an SVG.
NAMESPACE = re.compile(rb'\sxmlns(?::[\w-]+)?="http://www\.w3\.org/[\w/.-]*"')

#: The sites behind rj's crisis lines (their sources, findahelpline.com): they are shown on
#: screen, and written to no file unless the person writes them there.
CRISIS_SITES = sorted(
    {
        host.removeprefix("www.")
        for host in re.findall(
            r"(?:https?://)?((?:[\w-]+\.)+(?:com|org|net|gov|uk|au|nz|ca|eu))\b",
            (ROOT / "src/resilience_journal/safety/contacts.csv").read_text(encoding="utf-8"),
        )
    }
)


def web_addresses(folder: Path) -> dict[str, list[str]]:
    """Each file under `folder` that holds a web address, with each one in its context.
    Read as bytes, so the SQLite journal and its backups are read too."""
    found: dict[str, list[str]] = {}
    for path in sorted(path for path in folder.rglob("*") if path.is_file()):
        data = path.read_bytes()
        if path.suffix == ".svg":
            data = NAMESPACE.sub(b"", data)
        hits = [data[max(0, m.start() - 30) : m.end() + 40] for m in WEB.finditer(data)]
        hits += [site.encode() for site in CRISIS_SITES if site.encode() in data.lower()]
        if hits:
            found[str(path.relative_to(folder))] = [hit.decode(errors="replace") for hit in hits]
    return found


def test_the_check_finds_what_rich_would_have_written(tmp_path):
    """Rich's own templates load a font from a CDN: the check below would have caught it."""
    from rich.console import Console  # only this test looks at Rich itself

    recorder = Console(record=True, file=io.StringIO())
    recorder.print("A quiet week.")
    (tmp_path / "rich.svg").write_text(recorder.export_svg(clear=False), encoding="utf-8")
    (tmp_path / "sites.txt").write_text("call or text 988, or findahelpline.com")
    (tmp_path / "import.css").write_text("@import 'fonts.css';")
    (tmp_path / "font.css").write_text("a { background: url(font.woff2) }")
    (tmp_path / "page.html").write_text('<img src="//cdn.example/a.png">')
    (tmp_path / "fragment.svg").write_text('<g clip-path="url(#clip)"/>')  # fetches nothing
    found = web_addresses(tmp_path)
    assert sorted(found) == ["font.css", "import.css", "page.html", "rich.svg", "sites.txt"]
    assert any("cdnjs.cloudflare.com" in hit for hit in found["rich.svg"])
    assert found["sites.txt"] == ["findahelpline.com"]
    assert [len(found[name]) for name in ("font.css", "import.css", "page.html")] == [1, 1, 1]
    assert {"988lifeline.org", "findahelpline.com", "samaritans.org"} <= set(CRISIS_SITES)


def write_every_file(rj, tmp_path: Path, body: str) -> Path:
    """Every command that writes a file, into RJ_HOME and `out`; returns `out`."""
    out = tmp_path / "out"
    out.mkdir()

    def run(*args: str, env: dict[str, str] | None = None) -> None:
        result = rj(*args, env=env)
        assert result.exit_code == 0, f"rj {' '.join(args)}:\n{result.output}"

    run("write", body, "--title", "Evening", "--tag", "family", "--mood", "6")
    run("write", "A slow morning, tea by the window.", "--date", "yesterday", "--mood", "3")
    run("values", "add", "Kindness", "--description", "Being gentle, with others and me.")
    run("values", "rate", "--value", "Kindness", "--importance", "8", "--consistency", "5")
    run("win", "answered the letter", "--value", "Kindness")
    run("goals", "add", "Swim once a week", "--value", "Kindness")
    run("goals", "step", "1", "Book a first lesson")
    run("goals", "check", "1", "1")
    run("experiment", "start", "A walk after lunch", "--days", "7")
    run("experiment", "log", "1", "--note", "sunny")
    run("config", "set", "pace", "gentle")
    run("config", "set", "region", "US")  # crisis lines are shown, not written
    run("contacts", "add", "Dr. Lee", "call 555 0100, weekdays")
    run("safety-plan", "--set", "coping", "A walk by the river.")
    run("help-now")
    run("prompt")  # the prompt library's cache
    svg, html = out / "review.svg", out / "review.html"
    run("review", "--date", "today", "--save-svg", str(svg), "--save-html", str(html))
    run("export", "-o", str(out / "journal.md"))
    run("export", "-f", "json", "-o", str(out / "journal.json"))
    run("export", "--split", str(out / "vault"))
    run("import", str(out / "journal.json"), env={"RJ_HOME": str(tmp_path / "imported")})
    run("backup")
    run("backup", str(out / "copy.db"))
    run("doctor")
    passphrase = {"RJ_PASSPHRASE": "a long passphrase for the test"}
    run("encrypt", env=passphrase)
    run("decrypt", env=passphrase)  # the journal is plain again, and readable to the check
    return out


def test_no_file_rj_writes_points_at_the_web(rj, rj_home, tmp_path):
    out = write_every_file(rj, tmp_path, "Walked to the river with Ana.")
    written = {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()}
    for expected in (
        "rj-home/journal.db",
        "rj-home/config.yaml",
        "out/review.svg",
        "out/review.html",
        "out/journal.md",
        "out/journal.json",
        "out/copy.db",
        "imported/journal.db",
    ):
        assert expected in written, sorted(written)
    assert any(name.startswith("out/vault/") for name in written), sorted(written)
    assert any(name.startswith("rj-home/backups/") for name in written), sorted(written)
    assert b"Walked to the river" in (rj_home / "journal.db").read_bytes()  # plain, readable
    svg = (out / "review.svg").read_text(encoding="utf-8")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg  # the one exception, an identifier
    assert "monospace" in svg and "@font-face" not in svg
    ElementTree.fromstring(svg)  # still a well-formed picture
    assert "Content-Security-Policy" in (out / "review.html").read_text(encoding="utf-8")
    assert web_addresses(tmp_path) == {}


def test_a_link_the_person_wrote_is_kept(rj, tmp_path):
    out = write_every_file(rj, tmp_path, "The river walk map is at https://example.org today.")
    vault = "".join(path.read_text() for path in (out / "vault").rglob("*.md"))
    for text in ((out / "journal.md").read_text(), (out / "journal.json").read_text(), vault):
        assert "https://example.org" in text
    found = web_addresses(tmp_path)
    assert "out/journal.md" in found and "rj-home/journal.db" in found, found
    hits = [hit for hits in found.values() for hit in hits]
    assert all("https://example.org" in hit for hit in hits), found  # and nothing else


# In a fresh process ----------------------------------------------------------------------

SITECUSTOMIZE = '''\
"""Loaded by Python at start-up, before rj imports anything: no socket can be made."""
import os
import socket


def _refuse(name):
    def blocked(*args, **kwargs):
        with open(os.environ["RJ_TEST_NETWORK_LOG"], "a", encoding="utf-8") as log:
            log.write(name + "\\n")
        raise OSError(f"the network is blocked in this test ({name})")

    return blocked


socket.socket.__init__ = _refuse("socket")
for _name in ("create_connection", "getaddrinfo", "gethostbyname"):
    setattr(socket, _name, _refuse(_name))
'''


@pytest.fixture
def offline_env(tmp_path: Path, pty_env: dict[str, str]) -> dict[str, str]:
    """The environment for a fresh `python -m resilience_journal` with the network blocked;
    attempts are written to RJ_TEST_NETWORK_LOG."""
    site = tmp_path / "offline-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return {
        **pty_env,
        "PYTHONPATH": f"{site}{os.pathsep}{ROOT / 'src'}",
        "RJ_TEST_NETWORK_LOG": str(tmp_path / "network-attempts.txt"),
    }


def test_a_fresh_process_never_uses_the_network(offline_env, tmp_path, editor):
    log = Path(offline_env["RJ_TEST_NETWORK_LOG"])
    # The block holds in a fresh process: a connection attempt fails and is written down.
    tried = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env=offline_env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert tried.returncode == 1 and "the network is blocked" in tried.stderr
    assert log.read_text() == "create_connection\n"
    log.unlink()

    def rj(*args: str) -> str:
        command = [sys.executable, "-m", "resilience_journal", *args]
        result = subprocess.run(
            command, env=offline_env, capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 0, f"rj {' '.join(args)}:\n{result.stderr}"
        assert not log.exists(), f"rj {' '.join(args)} tried the network: {log.read_text()}"
        return result.stdout

    rj("write", "Offline words by the river.")
    assert "Offline words" in rj("today")
    assert "People you can reach now" in rj("help-now")
    assert "Offline words" in rj("export", "-f", "json")
    # On a terminal: the editor on an entry, then the weekly review typed at the terminal.
    env = {**offline_env, "EDITOR": editor("Offline words, changed in the editor.\n")}
    edited = run_in_pty(["edit", "1"], env=env)
    assert edited.exit_code == 0, edited.output
    keys = ["now? [y/N]", b"y\n", "Ctrl-D", *typing("A quiet week.\n")]
    reviewed = run_in_pty(["review", "--date", "today"], env=offline_env, keys=keys)
    assert reviewed.exit_code == 0, reviewed.output
    assert "Saved your review" in reviewed.output
    assert not log.exists(), log.read_text()
    assert "changed in the editor" in rj("show", "1")


# Entry text never appears in an error ---------------------------------------------------

SECRET = "Quillbrook"  # a word only the entries hold
BODY = f"{SECRET} told me about the cellar, and I have not said it aloud before. " * 40
TITLE = f"What {SECRET} said"

# What a person might get wrong with their text right there on the command line, and
# commands that fail on a journal that holds it: exit code, and what rj says (on stdout,
# found entries; on stderr, the one line).
MISTAKES = [
    (("write", BODY, "--date", "the day after never"), 1, "That date could not be read"),
    (("write", BODY, "--date", "2999-01-01"), 1, "That date is in the future"),
    (("write", BODY, "--mood", "11"), 1, "Mood is a whole number"),
    (("write", BODY, "--tag", "not a tag!"), 1, "A tag is one word"),
    (("write", BODY, "--value", "Nothing I have"), 1, "There is no value"),
    (("write", BODY, "--title", f"{TITLE}\nand more"), 1, "A title is a single line"),
    (("win", f"{TITLE}\nand more"), 1, "A win is one line"),
    (("edit", "1", "--date", "someday soon"), 1, "That date could not be read"),
    (("edit", "1", "--mood", "loud"), 1, "Mood is a whole number"),
    (("edit", "1", "--title", f"{TITLE}\nand more"), 1, "A title is a single line"),
    (("edit", "1"), 1, "needs a terminal"),
    (("edit", "99", "--mood", "3"), 1, "There is no entry 99"),
    (("restore", "1"), 1, "not in the trash"),
    # Search syntax that SQLite would refuse is read as plain words: found, or not.
    (("search", '"cellar'), 0, "aloud before"),
    (("search", "cellar", "NEAR("), 0, "Nothing matched"),
    (("search", "NOT", "cellar)", "-aloud"), 0, "Nothing matched"),  # (OR is rj's own now)
    (("search", "*"), 1, "at least one word"),
    (("export", "-o", "/nonexistent-folder/journal.md"), 1, "There is no folder"),
]


def test_entry_text_never_appears_in_an_error(rj, tmp_path):
    assert rj("write", BODY, "--title", TITLE).exit_code == 0
    assert SECRET in rj("show", "1").stdout  # it is there to be leaked
    for args, code, says in MISTAKES:
        result = rj(*args)
        assert (result.exit_code, says in result.output) == (code, True), (args, result.output)
        assert SECRET not in result.stderr, f"rj {args[0]} put entry text in:\n{result.stderr}"
        if code:
            assert SECRET not in result.stdout, result.stdout
    # A file to import that holds the text, with one thing wrong beside it.
    export = json.loads(rj("export", "-f", "json").stdout)
    for change in (
        {"mood": "very low"},
        {"day": "someday"},
        {"tags": ["not a tag!"]},
        {"kind": "diary"},
        {"created_at": 12},
    ):
        broken = {**export, "entries": [{**export["entries"][0], **change}]}
        path = tmp_path / "broken.json"
        path.write_text(json.dumps(broken), encoding="utf-8")
        result = rj("import", str(path))
        assert result.exit_code == 1 and "entries[0]" in result.stderr, result.output
        assert SECRET not in result.output, result.output


@pytest.mark.parametrize("damage", ["header", "pages", "truncated"])
def test_a_damaged_journal_never_shows_entry_text(rj, rj_home, damage):
    for _ in range(3):  # a journal of several pages
        assert rj("write", BODY, "--title", TITLE).exit_code == 0
    db = rj_home / "journal.db"
    data = bytearray(db.read_bytes())
    assert SECRET.encode() in data
    if damage == "header":
        data[:100] = b"\xff" * 100
    elif damage == "pages":
        data[8192:] = bytes(len(data) - 8192)
    else:
        data = data[: len(data) // 2]
    db.write_bytes(bytes(data))
    for args in (
        ("list",),
        ("show", "1"),
        ("search", "cellar"),
        ("export", "-f", "json"),
        ("today",),
        ("stats",),
        ("edit", "1", "--mood", "3"),
        ("write", "A new entry, about the cellar."),
    ):
        result = rj(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.count("\n") == 1, result.stderr  # one calm line, no traceback
        assert SECRET not in result.output, result.output
