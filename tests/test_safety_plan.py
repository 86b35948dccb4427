"""The safety plan's steps and the plain copy: the six steps of the Safety Planning
Intervention in order, then the one thing most worth living for; "Professionals and services"
offered the region's lines; plans saved before the seventh section; and a private plain copy
that `rj help-now` shows when the journal is encrypted."""

from __future__ import annotations

import json
import sqlite3
import stat

import pytest

from resilience_journal.safety.contacts import shipped_contacts
from resilience_journal.safety.plan import SECTIONS, professionals_offer
from tests.conftest import run_in_pty, unwrapped

TITLES = [title for title, _ in SECTIONS.values()]
STEPS = [
    "1. Warning signs",
    "2. Things I can do on my own to cope",
    "3. People and places that take my mind off things",
    "4. People I can ask for help",
    "5. Professionals and services",
    "6. Making my surroundings safer",
]
REASON = "The one thing most worth living for"
OLD_KEYS = ["warning-signs", "coping", "places", "people", "professionals", "safer-surroundings"]


def test_the_walk_goes_through_six_steps_in_order_then_what_is_worth_living_for(pty_env, rj):
    keys: list[bytes | str | float] = []
    for heading in STEPS:
        keys += [heading, "Enter at once", 0.1, b"\r"]
    keys += [REASON, "Enter at once leaves it empty.", b"Mira, and the sea\r", 0.2, b"\r"]
    result = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    screen = unwrapped(result.output)
    assert "six steps to go through in order (when one step does not help enough, go on to" in (
        screen
    )
    assert "Any section can stay empty" in screen
    order = [screen.index(heading) for heading in [*STEPS, REASON]]
    assert order == sorted(order)
    assert "7. " not in screen  # the reason is not a seventh step
    # the steps are worded as the issue asks: without talking about the crisis, and gently
    # naming medicines and firearms and someone to hold them
    assert "without talking about the crisis" in screen
    assert "medicines, firearms" in screen and "someone they trust to hold them" in screen
    # no region set: only the emergency department was offered, and Enter took it
    assert "To start with, rj can put in these:" in screen
    plan = json.loads(rj("safety-plan", "--json").stdout)["sections"]
    assert list(plan) == OLD_KEYS + ["reason"]
    assert plan["professionals"] == (
        "The nearest emergency department (or call your local emergency number)"
    )
    assert plan["reason"] == "Mira, and the sea"
    assert plan["warning-signs"] == "" and plan["safer-surroundings"] == ""
    shown = rj("safety-plan", "--show").stdout
    assert shown.index("6. Making my surroundings safer") < shown.index(REASON)
    assert "Mira, and the sea" in rj("help-now", "--all").stdout


def test_professionals_are_offered_the_regions_lines_and_enter_takes_them(pty_env, rj):
    assert rj("config", "set", "region", "US").exit_code == 0
    keys: list[bytes | str | float] = []
    for heading in STEPS[:4]:
        keys += [heading, "Enter at once", 0.1, b"\r"]
    keys += ["Enter at once takes these lines.", 0.1, b"\r", "Added these lines", b"\x04"]
    result = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    assert "changed: Professionals and services" in unwrapped(result.output)
    shown = rj("safety-plan", "--show").stdout
    section = shown[shown.index(STEPS[4]) : shown.index(STEPS[5])]
    assert "988 Suicide & Crisis Lifeline: call or text 988" in section
    assert "Veterans Crisis Line: dial 988 then press 1" in section
    assert "The nearest emergency department (or call 911)" in section
    # only the region's own lines: none from another country, none of the ones for anywhere
    assert "9-8-8" not in section and "findahelpline" not in section.lower()
    assert "local emergency number" not in section


def test_lines_typed_for_professionals_replace_the_offer_and_ctrl_d_takes_nothing(pty_env, rj):
    assert rj("config", "set", "region", "US").exit_code == 0
    keys: list[bytes | str | float] = []
    for heading in STEPS[:4]:
        keys += [heading, "Enter at once", 0.1, b"\r"]
    keys += ["Enter at once takes these lines.", b"Dr. Okafor, 555 0100\r", 0.2, b"\r"]
    keys += [STEPS[5], b"\x04"]
    result = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert result.exit_code == 0, result.output
    plan = json.loads(rj("safety-plan", "--json").stdout)["sections"]
    assert plan["professionals"] == "Dr. Okafor, 555 0100"

    rj("safety-plan", "--set", "professionals", "")
    keys = []
    for heading in STEPS[:4]:
        keys += [heading, "Enter at once", 0.1, b"\r"]
    keys += ["Enter at once takes these lines.", 0.1, b"\x04"]
    stopped = run_in_pty(["safety-plan"], env=pty_env, keys=keys)
    assert stopped.exit_code == 0, stopped.output
    assert "Nothing changed, so your safety plan is as it was." in stopped.output
    assert json.loads(rj("safety-plan", "--json").stdout)["sections"]["professionals"] == ""


def test_the_offer_without_lines_for_the_region_is_the_emergency_department():
    shipped = shipped_contacts()
    department = "The nearest emergency department (or call your local emergency number)"
    assert professionals_offer("", shipped) == department
    assert professionals_offer("ZZ", shipped) == department
    offer = professionals_offer("GB", shipped).splitlines()
    assert offer[-1] == "The nearest emergency department (or call 999)"
    assert any(line.startswith("Samaritans: ") for line in offer)


def save_old_plan(rj_home, sections: dict[str, str]) -> None:
    """A plan as rj saved it before the seventh section: six keys, in a journal of its own."""
    conn = sqlite3.connect(rj_home / "journal.db")
    conn.execute(
        "INSERT INTO safety_plans (uuid, created_at, sections) VALUES (?, ?, ?)",
        ["old-plan", "2026-03-01T10:00:00+00:00", json.dumps(sections)],
    )
    conn.commit()
    conn.close()


def test_a_plan_saved_with_six_sections_still_shows_and_grows_a_seventh(rj, rj_home):
    rj("win", "made tea")  # a journal, made by this rj
    old = dict.fromkeys(OLD_KEYS, "")
    old.update({"places": "The library", "people": "Ana: text any time"})
    save_old_plan(rj_home, old)

    shown = rj("safety-plan", "--show")
    assert shown.exit_code == 0, shown.output
    assert "version 1, 2026-03-01" in shown.stdout
    assert "3. People and places that take my mind off things\n   The library" in shown.stdout
    assert "Ana: text any time" in shown.stdout
    assert f"{REASON}\n   (empty)" in shown.stdout
    assert json.loads(rj("safety-plan", "--json").stdout)["sections"]["reason"] == ""
    helped = rj("help-now", "--all").stdout
    assert "The library" in helped and REASON not in helped  # an empty section is not shown

    added = rj("safety-plan", "--set", "Reason", "My garden")
    assert "version 2; changed: The one thing most worth living for" in added.stderr
    plan = json.loads(rj("safety-plan", "--json").stdout)["sections"]
    assert plan["places"] == "The library" and plan["reason"] == "My garden"
    listed = rj("safety-plan", "--history").stdout
    assert "The one thing most worth living for" in listed


# the plain copy, for an encrypted journal ----------------------------------------------

PASS = "a long and private passphrase"


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_encrypted_journal_can_keep_a_plain_copy_for_help_now(rj, rj_home):
    pytest.importorskip("sqlcipher3")
    with_pass = {"RJ_PASSPHRASE": PASS}
    rj("safety-plan", "--set", "coping", "Call Sam")
    assert rj("encrypt", env=with_pass).exit_code == 0
    copy = rj_home / "journal.safety-plan.json"

    offered = rj("safety-plan", "--set", "reason", "The dog", env=with_pass)
    assert offered.exit_code == 0, offered.output
    assert "`rj safety-plan --keep-plain-copy` keeps a plain copy" in unwrapped(offered.stderr)
    assert not copy.exists()  # opt-in: nothing is copied unasked
    once = rj("safety-plan", "--set", "places", "The library", env=with_pass)
    assert once.exit_code == 0 and "keep-plain-copy" not in once.stderr  # offered once

    kept = rj("safety-plan", "--keep-plain-copy", env=with_pass)
    assert kept.exit_code == 0, kept.output
    said = unwrapped(kept.stderr)
    assert f"Kept a plain copy of your safety plan at {copy}" in said
    assert "Anyone who can read your files can read this copy" in said
    assert "`rj safety-plan --no-plain-copy` removes it" in said
    assert mode(copy) == 0o600
    assert b"Call Sam" in copy.read_bytes()

    helped = rj("help-now", "--all")  # no RJ_PASSPHRASE: never asked for
    assert helped.exit_code == 0
    screen = unwrapped(helped.stdout)
    assert "Call Sam" in screen and "The dog" in screen
    assert "This is the plain copy of your plan, kept so that help-now needs no passphrase." in (
        screen
    )
    assert "Your safety plan is in your encrypted journal" not in screen
    assert "People you can reach now" in screen and "Find A Helpline" in screen
    as_json = json.loads(rj("help-now", "--json").stdout)
    assert as_json["safety_plan"]["sections"]["coping"] == "Call Sam"

    # saving again brings the copy up to date
    changed = rj("safety-plan", "--set", "coping", "Call Sam, then walk", env=with_pass)
    assert "keep-plain-copy" not in changed.stderr
    assert "Call Sam, then walk" in rj("help-now", "--all").stdout
    assert mode(copy) == 0o600
    # the journal itself is still encrypted
    assert not (rj_home / "journal.db").read_bytes().startswith(b"SQLite format 3")

    removed = rj("safety-plan", "--no-plain-copy")  # no passphrase needed to remove it
    assert removed.exit_code == 0
    assert "Removed the plain copy of your safety plan" in removed.stderr
    assert not copy.exists()
    assert "Your safety plan is in your encrypted journal" in unwrapped(
        rj("help-now", "--all").stdout
    )
    again = rj("safety-plan", "--no-plain-copy")
    assert again.stderr == "There is no plain copy of your safety plan, so nothing was removed.\n"


def test_a_damaged_plain_copy_hides_nothing(rj, rj_home):
    pytest.importorskip("sqlcipher3")
    rj("safety-plan", "--set", "coping", "Call Sam")
    assert rj("encrypt", env={"RJ_PASSPHRASE": PASS}).exit_code == 0
    for damaged in ('{"sections": "no"}', "not json at all", '{"sections": {}, "version": 1}'):
        (rj_home / "journal.safety-plan.json").write_text(damaged, encoding="utf-8")
        result = rj("help-now", "--all")
        assert result.exit_code == 0
        screen = unwrapped(result.stdout)
        assert "Your safety plan is in your encrypted journal" in screen
        assert "People you can reach now" in screen


def test_a_plain_journal_that_cannot_be_read_shows_the_copy(rj, rj_home):
    rj("safety-plan", "--set", "warning-signs", "Not sleeping")
    assert rj("safety-plan", "--keep-plain-copy").exit_code == 0
    (rj_home / "journal.db").write_bytes(b"this is not a database" * 100)
    screen = unwrapped(rj("help-now", "--all").stdout)
    assert "Not sleeping" in screen and "This is the plain copy of your plan" in screen


def test_keeping_a_copy_needs_a_plan_and_one_option_at_a_time(rj, rj_home):
    none = rj("safety-plan", "--keep-plain-copy")
    assert none.exit_code == 1
    assert none.stderr.startswith("You have no safety plan yet, so there is nothing to copy.")
    assert not (rj_home / "journal.safety-plan.json").exists()
    clash = rj("safety-plan", "--keep-plain-copy", "--no-plain-copy")
    assert clash.exit_code == 2 and "--keep-plain-copy and --no-plain-copy" in clash.stderr
