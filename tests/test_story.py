"""`rj story` through the real CLI: the chapters, sittings (added to a telling, or a new
telling), the hard chapter on a terminal (distress before and after, a way to land), reading
back with --compare, the markdown export, --json, and the JSON export's round trip."""

from __future__ import annotations

import json
import stat

import pytest

from tests.conftest import ok, rows, run_in_pty, typing, unwrapped

HOSTILE = "[bold]walks[/bold]\x1b[31m"
SEEN = "[bold]walks[/bold]␛[31m"


def overview(rj) -> dict:
    return json.loads(ok(rj("story", "--json")))


def test_an_empty_story_lists_the_chapters_and_suggests_without_pushing(rj):
    shown = unwrapped(ok(rj("story")))
    for title in (
        "1. Times that felt like mine",
        "2. What happened",
        "3. How I carried it",
        "4. Turning points",
        "5. What was lost and what endures",
        "6. The next chapter",
    ):
        assert title in shown
    assert "any order" in shown and "leave any one untold" in shown
    assert "chapter 1, Times that felt like mine (`rj story write mine`)" in shown
    assert "Any other chapter is as good a place." in shown
    data = overview(rj)
    assert data["suggested"] == "mine"
    assert [c["key"] for c in data["chapters"]] == [
        "mine",
        "happened",
        "carried",
        "turning",
        "lost",
        "next",
    ]
    assert data["chapters"][1] == {
        "number": 2,
        "key": "happened",
        "title": "What happened",
        "optional_hard": True,
        "tellings": 0,
        "sittings": 0,
        "last_day": None,
    }


def test_the_hard_chapter_is_never_the_one_suggested(rj):
    ok(rj("story", "write", "1", "--text", "the allotment"))
    assert overview(rj)["suggested"] == "carried"  # not chapter 2, What happened
    for key in ("carried", "turning", "lost", "next"):
        ok(rj("story", "write", key, "--text", "some words"))
    data = overview(rj)
    assert data["suggested"] is None
    assert "Every chapter that you chose has words." in unwrapped(ok(rj("story")))


def test_a_sitting_adds_to_the_latest_telling_dated_and_new_starts_another(
    rj, rj_home, monkeypatch
):
    result = rj("story", "write", "carr", "--text", "My sister's calls.")
    assert "Started telling 1 of chapter 3, How I carried it: 3 words." in result.stderr
    assert "Come back whenever you like: `rj story write carried`" in unwrapped(result.stderr)
    monkeypatch.setenv("RJ_NOW", "2026-11-27T20:00:00")
    result = rj("story", "write", "3", input="Long walks.\n")  # standard input
    assert "Added to telling 1 of chapter 3, How I carried it: 2 words." in result.stderr
    monkeypatch.setenv("RJ_NOW", "2026-12-02T20:00:00")
    result = rj("story", "write", "carried", "--new", "--text", "Mostly, stubbornness.")
    assert "Started telling 2 of chapter 3" in result.stderr
    data = overview(rj)["chapters"][2]
    assert (data["tellings"], data["sittings"], data["last_day"]) == (2, 3, "2026-12-02")
    shown = json.loads(ok(rj("story", "show", "carried", "--json")))
    assert len(shown) == 1
    newest, earlier = shown[0]["newest"], shown[0]["earlier"]
    assert newest["telling"] == 2 and newest["chapter"] == "carried"
    assert [s["text"] for s in newest["sittings"]] == ["Mostly, stubbornness."]
    assert [(s["day"], s["text"]) for s in earlier[0]["sittings"]] == [
        ("2026-11-25", "My sister's calls."),
        ("2026-11-27", "Long walks."),
    ]
    assert set(newest) >= {"id", "uuid", "created_at", "updated_at", "words", "sittings"}
    assert set(newest["sittings"][0]) == {
        "id",
        "uuid",
        "day",
        "created_at",
        "text",
        "distress_before",
        "distress_after",
    }
    assert [r["telling"] for r in rows(rj_home, "story_tellings")] == [1, 2]


def test_nothing_to_keep_and_unknown_chapters_are_said_in_one_line(rj, rj_home):
    result = rj("story", "write", "carried")  # no terminal, nothing on standard input
    assert result.exit_code == 1
    assert "Nothing was written, so nothing was kept." in result.stderr
    result = rj("story", "write", "before")
    assert result.exit_code == 1
    assert unwrapped(result.stderr).strip() == (
        "There is no chapter 'before'. Chapters are 1 to 6, or: mine, happened, carried, "
        "turning, lost, next."
    )
    result = rj("story", "write", "--text", "words")  # which chapter? never asked off a terminal
    assert result.exit_code == 1
    assert "`rj story write 1`" in result.stderr
    assert rows(rj_home, "story_sittings") == []


def test_show_compare_puts_tellings_side_by_side_when_wide_and_one_after_another_when_narrow(
    rj, monkeypatch
):
    ok(rj("story", "write", "lost", "--text", HOSTILE))
    monkeypatch.setenv("RJ_NOW", "2026-12-01T20:00:00")
    ok(rj("story", "write", "lost", "--new", "--text", "What endures: the songs."))
    plain = ok(rj("story", "show", "lost"))
    assert "What endures: the songs." in plain and SEEN not in plain  # the newest only
    narrow = ok(rj("story", "show", "lost", "--compare"))
    assert SEEN in narrow  # never read as markup or run as an escape
    assert narrow.index("Telling 1 of 2") < narrow.index("Telling 2 of 2")
    assert narrow.index(SEEN) < narrow.index("What endures: the songs.")
    assert "Added Wed 25 Nov" in narrow and "Added Tue 1 Dec" in narrow
    assert "Earlier tellings" not in narrow
    wide = ok(rj("story", "show", "lost", "--compare", env={"COLUMNS": "120"}))
    header = next(line for line in wide.splitlines() if "Earlier tellings" in line)
    assert "Newest telling" in header  # the two side by side
    pair = next(line for line in wide.splitlines() if "Telling 1 of 2" in line)
    assert "Telling 2 of 2" in pair
    assert max(len(line) for line in wide.splitlines()) <= 120


def test_show_with_nothing_written_says_so(rj, rj_home):
    ok(rj("story"))
    assert not (rj_home / "journal.db").exists()  # the chapters, and no journal made to show them
    ok(rj("win", "a first small win"))
    result = rj("story", "show")
    assert result.exit_code == 0
    assert "Nothing is written in your story yet." in result.stderr
    ok(rj("story", "write", "next", "--text", "a garden"))
    assert "has no words yet" in unwrapped(rj("story", "show", "turning").stdout)
    shown = json.loads(ok(rj("story", "show", "--json")))
    assert [c["key"] for c in shown] == ["mine", "happened", "carried", "turning", "lost", "next"]
    assert shown[0]["newest"] is None and shown[5]["newest"]["sittings"][0]["text"] == "a garden"


def test_export_gives_the_story_alone_as_safe_markdown_in_a_private_file(rj, rj_home, tmp_path):
    ok(rj("write", "an ordinary entry, not part of the story"))
    ok(rj("story", "write", "happened", "--text", "# not a heading\n<script>x</script>"))
    ok(rj("story", "write", "mine", "--text", "Saturday mornings."))
    out = ok(rj("story", "export"))
    assert out.startswith("# My story\n")
    assert out.index("## 1. Times that felt like mine") < out.index("## 2. What happened")
    assert "*Added Wednesday 25 November 2026*" in out
    assert "\\# not a heading" in out and "\\<script>" in out
    assert "ordinary entry" not in out
    target = tmp_path / "story.md"
    result = rj("story", "export", "-o", str(target))
    assert "Wrote your story (2 chapters)" in unwrapped(result.stderr)
    assert target.read_text(encoding="utf-8") == out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    whole = ok(rj("export"))  # the journal's markdown export has the story as a section
    assert "## My story" in whole and "### 1. Times that felt like mine" in whole


def test_the_json_export_carries_the_story_and_imports_back_byte_identical(
    rj, rj_home, tmp_path, monkeypatch
):
    ok(rj("story", "write", "turning", "--text", "The day I said no."))
    ok(rj("story", "write", "turning", "--text", "And the week after."))
    ok(rj("story", "write", "turning", "--new", "--text", "It began earlier than I thought."))
    first = tmp_path / "one.json"
    ok(rj("export", "--format", "json", "-o", str(first)))
    data = json.loads(first.read_text(encoding="utf-8"))
    assert [(t["chapter"], t["telling"], len(t["sittings"])) for t in data["story"]] == [
        ("turning", 1, 2),
        ("turning", 2, 1),
    ]
    monkeypatch.setenv("RJ_HOME", str(tmp_path / "other"))
    result = rj("import", str(first))
    assert "2 tellings of your story" in result.stderr
    second = tmp_path / "two.json"
    ok(rj("export", "--format", "json", "-o", str(second)))
    assert second.read_bytes() == first.read_bytes()
    again = json.loads(ok(rj("import", str(first), "--json")))
    assert again["added"]["story"] == 0 and again["already_here"]["story"] == 2


def test_a_bad_story_record_is_refused_naming_where(rj, tmp_path):
    bad = {"format": "resilience-journal", "version": 1, "story": [
        {"chapter": "turning", "telling": 1, "created_at": "2026-11-25T21:30:00+00:00",
         "sittings": [{"day": "2026-11-25", "text": "x", "distress_after": 11}]}
    ]}  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = rj("import", str(path))
    assert result.exit_code == 1
    assert "story[0].sittings[0].distress_after" in result.stderr
    for sittings in ([], None):  # a telling with nothing in it
        bad["story"][0]["sittings"] = sittings
        path.write_text(json.dumps(bad), encoding="utf-8")
        result = rj("import", str(path))
        assert result.exit_code == 1
        assert "story[0].sittings" in result.stderr and "at least one sitting" in result.stderr
    assert json.loads(ok(rj("story", "--json")))["chapters"][3]["tellings"] == 0


def test_a_sitting_on_the_hard_chapter_asks_distress_before_and_after_and_offers_landing(
    rj_home, pty_env
):
    ran = run_in_pty(
        ["story", "write", "happened"],
        env=pty_env,
        keys=[
            "nothing at all is enough.",
            "skips.",
            b"4\n",
            "Ctrl-D",
            *typing("It was winter.\n"),
            "How much distress do you feel now",
            b"3\n",
            "Would a grounding exercise help now?",
            0.3,
            b"\n",
        ],
    )
    assert ran.exit_code == 0, ran.output
    screen = unwrapped(ran.output)
    assert "you do not need to write any details" in screen
    assert "If you choose to, you might name what happened" in screen
    assert "a moment to land:" in screen
    assert screen.index("a moment to land:") < screen.index("Started telling 1 of chapter 2")
    assert "`rj ground` has grounding exercises" in screen
    assert "Come back whenever you like: `rj story write happened`" in screen
    [sitting] = rows(rj_home, "story_sittings")
    assert (sitting["text"], sitting["distress_before"], sitting["distress_after"]) == (
        "It was winter.",
        4,
        3,
    )


def test_high_distress_before_the_hard_chapter_offers_help_and_says_it_can_wait(pty_env):
    ran = run_in_pty(
        ["story", "write", "happened"],
        env=pty_env,
        keys=["skips.", b"9\n", "That sounds like a lot to carry right now.", 0.3, b"\n",
              "can wait for another day", "Ctrl-D", 0.3, b"\x04"],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    screen = unwrapped(ran.output)
    assert "Would one of these help now?" in screen
    # the sitting promises nothing about the day's prompts: it is not the daily check-in
    assert "Before any prompt" not in screen and "prompts stay gentle" not in screen
    assert "Nothing was written, so nothing was kept." in screen
    assert "a moment to land:" in screen and "Come back whenever you like" in screen


def test_high_distress_after_the_hard_chapter_offers_help(rj_home, pty_env):
    ran = run_in_pty(
        ["story", "write", "2"],
        env=pty_env,
        keys=[
            "skips.",
            b"\n",  # skipped
            "Ctrl-D",
            *typing("Enough for today.\n"),
            "How much distress do you feel now",
            b"9\n",
            "That sounds like a lot to carry right now.",
            0.3,
            b"\n",  # nothing from the menu
        ],
    )
    assert ran.exit_code == 0, ran.output
    screen = unwrapped(ran.output)
    assert "Would one of these help now?" in screen
    assert "Before any prompt" not in screen and "prompts stay gentle" not in screen
    assert "Come back whenever you like" in screen
    [sitting] = rows(rj_home, "story_sittings")
    assert (sitting["distress_before"], sitting["distress_after"]) == (None, 9)


@pytest.mark.parametrize("columns", ["80", "60"])
def test_ctrl_c_keeps_what_was_typed_and_still_lands(rj_home, pty_env, columns):
    pty_env["COLUMNS"] = columns
    ran = run_in_pty(
        ["story", "write", "happened"],
        env=pty_env,
        keys=[
            "skips.",
            b"\n",
            "Ctrl-D",
            *typing("Only this much.\n", "and half a line", end=b"\x03"),
        ],
    )
    assert ran.exit_code == 130, ran.output
    screen = unwrapped(ran.output)
    assert "What you typed is kept in your story." in screen
    assert "a moment to land:" in screen
    assert "Come back whenever you like" in screen
    [sitting] = rows(rj_home, "story_sittings")
    assert sitting["text"] == "Only this much.\nand half a line"
    assert all(len(line) <= int(columns) for line in ran.output.splitlines())


def test_an_ordinary_chapter_on_a_terminal_asks_no_distress(rj_home, pty_env):
    ran = run_in_pty(
        ["story", "write", "mine"],
        env=pty_env,
        keys=["Ctrl-D", *typing("The river in June.\n")],
    )
    assert ran.exit_code == 0, ran.output
    assert "distress" not in ran.output and "moment to land" not in ran.output
    assert "Started telling 1 of chapter 1, Times that felt like mine: 4 words." in unwrapped(
        ran.output
    )


def test_on_a_terminal_without_a_chapter_rj_asks_which(rj_home, pty_env):
    ran = run_in_pty(
        ["story", "write"],
        env=pty_env,
        keys=["Which chapter?", 0.3, b"before\n", "or Enter to leave:", 0.3, b"turn\n", "Ctrl-D",
              *typing("The day I said no.\n")],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    assert "4. Turning points (turning)" in ran.output
    assert "Started telling 1 of chapter 4, Turning points: 5 words." in unwrapped(ran.output)
    [telling] = rows(rj_home, "story_tellings")
    assert telling["chapter"] == "turning"


def test_after_typing_an_empty_answer_still_ends_its_line(pty_env):
    """Once the terminal compose has run (it loads readline), Enter to skip a question must
    still end that line: the next question starts on a line of its own, not run on."""
    ran = run_in_pty(
        ["story", "write", "happened"],
        env=pty_env,
        keys=[
            "skips.", b"\n", "Ctrl-D", *typing("Enough for today.\n"),
            "How much distress do you feel now", 0.2, b"\n",
            "Would a grounding exercise help now?", 0.2, b"\n", "Come back",
        ],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    lines = ran.output.replace("\r", "").splitlines()
    assert any(line.startswith("Would a grounding exercise help now?") for line in lines)
    assert any(line.startswith("`rj ground` has grounding exercises") for line in lines)


SECRET = "Kestrelmarrow"  # a word found nowhere else, so any copy of it would show


def file_bytes(rj_home) -> bytes:
    return b"".join(
        path.read_bytes() for path in rj_home.iterdir() if path.name.startswith("journal.db")
    )


def test_a_telling_can_be_deleted_for_good_and_the_rest_are_numbered_again(rj, rj_home):
    ok(rj("story", "write", "happened", "--text", f"{SECRET} and the rest of that night."))
    ok(rj("story", "write", "happened", "--new", "--text", "Told again, more gently."))
    refused = rj("story", "remove", "happened")  # no terminal, no --yes
    assert refused.exit_code == 1
    assert "from a script, add --yes. Nothing was changed." in unwrapped(refused.stderr)
    assert SECRET.encode() in file_bytes(rj_home)
    done = rj("story", "remove", "happened", "--telling", "1", "--yes")
    assert done.exit_code == 0, done.output
    assert unwrapped(done.stderr) == (
        "Deleted 1 telling of chapter 2, What happened, for good. Its words are gone from the "
        "journal file too."
    )
    assert SECRET.encode() not in file_bytes(rj_home)  # the file and its -wal
    [chapter] = json.loads(ok(rj("story", "show", "happened", "--json")))
    assert chapter["newest"]["telling"] == 1 and chapter["earlier"] == []
    assert chapter["newest"]["sittings"][0]["text"] == "Told again, more gently."
    again = rj("story", "remove", "happened", "--telling", "2", "--yes")
    assert again.exit_code == 1 and "nothing in telling 2 of chapter 2" in again.stderr


def test_removing_asks_first_at_a_terminal_and_enter_keeps_it(rj, rj_home, pty_env):
    ok(rj("story", "write", "lost", "--text", "The garden, and who tended it."))
    kept = run_in_pty(["story", "remove", "lost"], env=pty_env, keys=["for good?", 0.2, b"\n"])
    assert kept.exit_code == 0, kept.output
    assert "Delete its telling of chapter 5, What was lost and what endures (1 sitting), for " in (
        unwrapped(kept.output)
    )
    assert "Kept as it was. Nothing was deleted." in kept.output
    assert len(rows(rj_home, "story_tellings")) == 1
    gone = run_in_pty(["story", "remove", "5"], env=pty_env, keys=["for good?", 0.2, b"y\n"])
    assert gone.exit_code == 0, gone.output
    assert "Deleted 1 telling of chapter 5" in unwrapped(gone.output)
    assert rows(rj_home, "story_tellings") == [] and rows(rj_home, "story_sittings") == []
