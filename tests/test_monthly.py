"""The monthly reflection (rj review --month) and rj growth, through the real CLI."""

from __future__ import annotations

import json

from .conftest import ON_SCREEN, rows, run_in_pty, typing, unwrapped

QUESTIONS = (
    "Appreciation of life",
    "Relating to others",
    "Personal strength",
    "New possibilities",
    "Spiritual or existential change",
    "Cultural or community strengths",
)


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def answer_in_a_terminal(env: dict[str, str], *args: str, lines: tuple[str, ...], **more: str):
    keys: list[bytes | str | float] = ["now? [y/N]", b"y\n"]
    for line in lines:
        keys += ["Your answer (Enter skips):", line.encode() + b"\n", 0.3]
    keys.append(b"\x04")  # Ctrl-D: the rest skipped
    return run_in_pty(["review", "--month", *args], env={**env, **more}, keys=keys)


def test_the_month_shows_days_wins_values_and_the_questions(rj):
    ok(rj("values", "add", "kindness"))
    ok(rj("write", "A long walk by the river", "--date", "2026-11-03", "--value", "kindness"))
    ok(rj("win", "Called my sister"))
    ok(rj("write", "Something from October", "--date", "2026-10-20"))
    shown = unwrapped(ok(rj("review", "--month", "--no-write", env=ON_SCREEN)))
    assert "Month 2026-11 Sunday 1 November 2026 to Monday 30 November 2026" in shown
    assert "A long walk by the river" in shown
    assert "Something from October" not in shown
    assert "Called my sister" in shown
    assert "Values this month" in shown and "kindness" in shown
    for title in QUESTIONS:
        assert title in shown
    data = json.loads(ok(rj("review", "--month", "--json")))
    assert data["month"] == "2026-11"
    assert [entry["title"] or entry["body"] for entry in data["entries"]] == [
        "A long walk by the river"
    ]
    assert len(data["days"]) == 30 and data["days"]["2026-11-03"] == 1
    assert [q["domain"] for q in data["questions"]] == [
        "appreciation",
        "relating",
        "strength",
        "possibilities",
        "meaning",
        "community",
    ]
    assert all(q["answer"] is None for q in data["questions"])
    october = json.loads(ok(rj("review", "--month", "last", "--json")))
    assert october["month"] == "2026-10" and october["end"] == "2026-10-31"


def test_which_month_by_default_and_months_that_cannot_be_read(rj):
    ok(rj("win", "a first win"))
    first_week = {"RJ_NOW": "2026-12-05T10:00:00"}
    assert json.loads(ok(rj("review", "--month", "--json", env=first_week)))["month"] == "2026-11"
    later = {"RJ_NOW": "2026-12-09T10:00:00"}
    assert json.loads(ok(rj("review", "--month", "--json", env=later)))["month"] == "2026-12"
    assert json.loads(ok(rj("review", "--month", "2026-02", "--json")))["end"] == "2026-02-28"
    refused = rj("review", "--month", "2027-01", "--json")
    assert refused.exit_code == 1
    assert "has not started yet" in refused.stderr and "Nothing was changed" in refused.stderr
    for year_zero in ("0000-05", "0999-02"):  # no date at all, and not a journal's month
        refused = rj("review", "--month", year_zero)
        assert refused.exit_code == 1 and "could not be read" in refused.stderr
    refused = rj("review", "--month", "someday")
    assert refused.exit_code == 1 and "could not be read: 'someday'" in refused.stderr
    # a month given alone is the month's reflection, as meant
    assert json.loads(ok(rj("review", "2026-11", "--json")))["month"] == "2026-11"
    refused = rj("review", "--month", "--week", "2026-W47")
    assert refused.exit_code == 1 and "not both" in refused.stderr


def test_without_a_terminal_it_shows_and_says_how_to_answer(rj, rj_home):
    ok(rj("write", "something", "--date", "2026-11-03"))
    shown = rj("review", "--month", input="")
    assert shown.exit_code == 0
    assert "Personal strength" in shown.stdout
    assert "run `rj review --month 2026-11` at a terminal" in unwrapped(shown.stderr)
    assert rows(rj_home, "reflections") == []
    no_write = rj("review", "--month", "--no-write", input="")
    assert no_write.exit_code == 0 and "at a terminal" not in no_write.stderr


def test_answering_on_a_terminal_words_harder_and_skips(rj, rj_home, pty_env):
    ok(rj("write", "something", "--date", "2026-11-03"))
    ran = answer_in_a_terminal(pty_env, lines=("I notice the light in the mornings again", "h", ""))
    assert ran.exit_code == 0, ran.output
    screen = unwrapped(ran.output)
    # The two answers of equal standing are offered alike, beside the person's own words.
    assert ran.output.count("n = Nothing has changed   h = It got harder") >= 3
    assert "Kept 2 answers for 2026-11." in screen
    assert "`rj ground` has a short way to land" in screen
    kept = {row["domain"]: row for row in rows(rj_home, "reflections")}
    assert set(kept) == {"appreciation", "relating"}
    assert kept["appreciation"]["answer"] == "words"
    assert kept["appreciation"]["text"] == "I notice the light in the mornings again"
    assert kept["relating"]["answer"] == "harder" and kept["relating"]["text"] is None
    data = json.loads(ok(rj("review", "--month", "2026-11", "--json")))
    answers = {q["domain"]: q["answer"] for q in data["questions"]}
    assert answers["relating"]["said"] == "It got harder"
    assert answers["strength"] is None
    assert {"id", "uuid", "month", "answer", "text"} <= set(answers["appreciation"])
    shown = unwrapped(ok(rj("review", "--month", "--no-write", env=ON_SCREEN)))
    assert "→ I notice the light in the mornings again" in shown
    assert "→ It got harder" in shown


def test_ctrl_d_keeps_what_was_answered_and_a_new_answer_replaces(rj, rj_home, pty_env):
    ok(rj("win", "a first win"))
    ran = run_in_pty(
        ["review", "--month"],
        env=pty_env,
        keys=["now? [y/N]", b"y\n", "Enter skips):", *typing("n\n")],
    )
    assert ran.exit_code == 0, ran.output
    assert "Kept 1 answer for 2026-11." in unwrapped(ran.output)
    first = rows(rj_home, "reflections")
    assert [(r["domain"], r["answer"]) for r in first] == [("appreciation", "unchanged")]
    ran = answer_in_a_terminal(pty_env, lines=("More room to breathe",), COLUMNS="60")
    assert "So far: Nothing has changed (Enter keeps it)" in unwrapped(ran.output)
    again = rows(rj_home, "reflections")
    assert len(again) == 1 and again[0]["uuid"] == first[0]["uuid"]
    assert again[0]["answer"] == "words" and again[0]["text"] == "More room to breathe"


def test_growth_shows_their_words_month_by_month(rj, rj_home, pty_env, tmp_path):
    ok(rj("win", "a first win"))
    assert "No monthly reflections yet" in rj("growth").stderr
    answer_in_a_terminal(
        {**pty_env, "RJ_NOW": "2026-10-20T21:00:00"}, "2026-10", lines=("Quieter", "", "h")
    )
    answer_in_a_terminal(pty_env, "2026-11", lines=("n", "[bold]Closer[/bold] to Sam"))
    shown = ok(rj("growth", env={**ON_SCREEN, "COLUMNS": "100"}))
    assert "2026-10" in shown and "2026-11" in shown
    lines = shown.splitlines()
    row = next(line for line in lines if "Appreciation" in line)
    assert "Quieter" in row and "Nothing has changed" in row
    assert "[bold]Closer[/bold] to Sam" in shown  # their text, never markup
    # Their words and the answers they chose; never a number about them.
    assert not any(ch.isdigit() for line in lines if "2026-" not in line for ch in line)
    narrow = ok(rj("growth", env={**ON_SCREEN, "COLUMNS": "50"}))
    assert narrow.index("2026-10") < narrow.index("Quieter") < narrow.index("2026-11")
    assert narrow.index("2026-11") < narrow.index("Nothing has changed")
    data = json.loads(ok(rj("growth", "--json")))
    assert data["months"] == ["2026-10", "2026-11"]
    by = {d["domain"]: d["answers"] for d in data["domains"]}
    assert [a["said"] for a in by["strength"]] == ["It got harder"]
    assert [(a["month"], a["answer"]) for a in by["appreciation"]] == [
        ("2026-10", "words"),
        ("2026-11", "unchanged"),
    ]
    assert json.loads(ok(rj("growth", "--months", "1", "--json")))["months"] == ["2026-11"]
    assert rj("growth", "--months", "0").exit_code == 1
    markdown = ok(rj("growth", "--markdown"))
    assert markdown.startswith("# Your words, month by month\n\n## 2026-10\n")
    assert "### Personal strength\n\nIt got harder\n" in markdown
    assert "\\[bold]" in markdown or "[bold]Closer" in markdown
    picture = tmp_path / "growth.svg"
    saved = rj("growth", "--save-svg", str(picture))
    assert saved.exit_code == 0 and picture.exists()
    assert "Quieter" in picture.read_text(encoding="utf-8")
    page = tmp_path / "month.html"
    assert rj("review", "--month", "2026-10", "--save-html", str(page)).exit_code == 0
    assert "Quieter" in page.read_text(encoding="utf-8")
    month_md = ok(rj("review", "--month", "2026-10", "--markdown"))
    assert month_md.startswith("# Monthly reflection 2026-10\n")
    assert "### Appreciation of life\n\n" in month_md and "> Quieter\n" in month_md


def export_json(rj, home) -> str:
    return ok(rj("export", "--format", "json", env={"RJ_HOME": str(home)}))


def test_reflections_travel_in_the_json_export_and_back(rj, rj_home, tmp_path):
    ok(rj("win", "a first win"))
    made = {
        "format": "resilience-journal",
        "version": 1,
        "reflections": [
            {
                "uuid": "11111111-1111-4111-8111-111111111111",
                "month": "2026-10",
                "domain": "appreciation",
                "answer": "words",
                "text": "# Quieter\nand slower",
                "created_at": "2026-10-20T20:00:00+00:00",
            },
            {
                "month": "2026-11",
                "domain": "strength",
                "answer": "harder",
                "created_at": "2026-11-20T20:00:00+00:00",
            },
        ],
    }
    made["format"] = json.loads(export_json(rj, rj_home))["format"]
    given = tmp_path / "made.json"
    given.write_text(json.dumps(made), encoding="utf-8")
    result = rj("import", str(given))
    assert result.exit_code == 0, result.output
    assert "2 monthly reflection answers" in unwrapped(result.stderr)
    first = export_json(rj, rj_home)
    kept = json.loads(first)["reflections"]
    assert [(r["month"], r["domain"], r["answer"], r["text"]) for r in kept] == [
        ("2026-10", "appreciation", "words", "# Quieter\nand slower"),
        ("2026-11", "strength", "harder", None),
    ]
    exported = tmp_path / "first.json"
    exported.write_text(first, encoding="utf-8")
    other = tmp_path / "other-home"
    assert rj("import", str(exported), env={"RJ_HOME": str(other)}).exit_code == 0
    assert export_json(rj, other) == first  # byte for byte
    again = rj("import", str(exported))
    assert again.exit_code == 0 and "Imported nothing new" in again.stderr
    markdown = ok(rj("export"))
    section = markdown[markdown.index("## Monthly reflections") :]
    assert section.startswith("## Monthly reflections\n\n### 2026-10\n\n#### Appreciation of life")
    assert "\\# Quieter\nand slower" in section  # their text cannot make a heading
    assert "#### Personal strength\n\nIt got harder\n" in section


def test_an_import_refuses_a_reflection_it_cannot_read(rj, tmp_path):
    ok(rj("win", "a first win"))
    form = json.loads(export_json(rj, tmp_path / "rj-home"))["format"]
    for field, value, said in (
        ("month", "November", "reflections[0].month"),
        ("domain", "luck", "reflections[0].domain"),
        ("answer", "better", "reflections[0].answer"),
    ):
        record = {
            "month": "2026-11",
            "domain": "meaning",
            "answer": "unchanged",
            "created_at": "2026-11-20T20:00:00+00:00",
            field: value,
        }
        given = tmp_path / f"{field}.json"
        given.write_text(
            json.dumps({"format": form, "version": 1, "reflections": [record]}), encoding="utf-8"
        )
        result = rj("import", str(given))
        assert result.exit_code == 1 and said in result.stderr
    assert json.loads(export_json(rj, tmp_path / "rj-home"))["reflections"] == []
