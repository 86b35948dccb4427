"""Help within reach at the moment it matters (issue 21), through the real CLI: the regions
people type, help-now on one screen, the numbers where help is offered, distress asked
again after grounding, a hard day's home screen, both ends of both scales, the mood asked
after writing, help at the lowest moods, and a way to land after a deep prompt. (Every
mood noted is counted: tests/test_moods_counted.py.)"""

from __future__ import annotations

import json
import re

import pytest

from resilience_journal.safety.contacts import shipped_contacts
from resilience_journal.safety.regions import REGIONS
from tests.conftest import ROOT, run_in_pty, typing, unwrapped

ASKED = "Enter skips."
MENU = "would one of these help?"
WRITE = "typed as a draft."
MOOD = "Your mood right now, from 0 (lowest) to 10 (best)? Enter skips."


# regions -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["UK", "uk", "England", "Scotland", "wales", "Northern Ireland"])
def test_the_names_people_type_for_the_uk_show_samaritans_and_999(rj, typed):
    result = rj("config", "set", "region", typed)
    assert result.exit_code == 0 and "region is now 'GB'." in result.stderr
    screen = rj("help-now").stdout
    assert screen.startswith("If you are in danger right now, call 999.")
    assert "Samaritans · call 116 123" in screen
    assert "no crisis lines" not in screen


@pytest.mark.parametrize(("typed", "code"), [("USA", "US"), ("us", "US"), ("Eire", "IE")])
def test_other_names_are_understood(rj, typed, code):
    rj("config", "set", "region", typed)
    assert json.loads(rj("config", "show", "--json").stdout)["region"] == code


@pytest.mark.parametrize("typed", ["XX", "DE", "Narnia"])
def test_a_region_without_lines_is_refused_and_nothing_is_saved(rj, rj_home, typed):
    rj("config", "set", "region", "NZ")
    before = (rj_home / "config.yaml").read_bytes()
    result = rj("config", "set", "region", typed)
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"rj has no crisis lines for {typed!r}. Regions with lines: US ")
    assert line.endswith("Nothing was changed.")
    assert (rj_home / "config.yaml").read_bytes() == before


def test_new_zealand_has_111_and_no_word_of_the_eu(rj):
    rj("config", "set", "region", "New Zealand")
    screen = rj("help-now", "--all").stdout
    assert screen.startswith("If you are in danger right now, call 111.")
    assert "EU" not in screen and "1737" in screen


def test_ireland_has_112_and_999(rj):
    rj("config", "set", "region", "ie")
    assert rj("help-now").stdout.startswith("If you are in danger right now, call 112 or 999.")


def test_the_region_is_guessed_from_the_time_zone_and_said_so(rj):
    auckland = {"TZ": "Pacific/Auckland"}
    screen = unwrapped(rj("help-now", env=auckland).stdout)
    assert screen.startswith("If you are in danger right now, call 111.")
    assert "Lines for NZ (New Zealand), guessed from your time zone" in screen
    assert "`rj config set region NZ` keeps it" in screen
    shown = json.loads(rj("help-now", "--json", env=auckland).stdout)
    assert shown["region"] == "NZ" and shown["region_guessed"] is True
    # a setting wins over the guess, and nothing is said of the time zone then
    rj("config", "set", "region", "AU")
    screen = unwrapped(rj("help-now", env=auckland).stdout)
    assert "Triple Zero (000)" in screen and "guessed" not in screen


def test_every_region_has_an_emergency_number_and_a_line_to_talk_to():
    shipped = shipped_contacts()
    assert {c.region for c in shipped} - {"*"} == set(REGIONS)
    for code in REGIONS:
        kinds = [c.kind for c in shipped if c.region == code]
        assert kinds.count("emergency") == 1 and "crisis" in kinds, code


def test_the_readme_lists_the_regions_rj_ships(rj):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## If you are struggling right now", 1)[1].split("\n## ", 1)[0]
    for code in REGIONS:
        assert re.search(rf"\*\*{code}\b", section), code
    for contact in shipped_contacts():
        if contact.kind in ("emergency", "crisis") and contact.region in REGIONS:
            number = re.sub(r"^(call|dial)( or text)? ", "", contact.reach.split(",")[0])
            assert number.split(" (")[0] in section, contact.name


# help-now on one screen ----------------------------------------------------------------


def one_screen(pty_env, rj, region: str | None, tz: str = "Etc/UTC", columns: str = "80"):
    if region:
        rj("config", "set", "region", region)
    rj("contacts", "add", "my sister Ana", "call 555 0100")
    rj("contacts", "add", "Dr. Lee", "call 555 0101 (weekdays)")
    rj("safety-plan", "--set", "warning-signs", "Not sleeping; pulling away from people.")
    # TERM=xterm: Rich takes a dumb terminal to be 80 columns, whatever COLUMNS says
    env = {**pty_env, "TZ": tz, "COLUMNS": columns, "TERM": "xterm"}
    screen = run_in_pty(["help-now"], env=env).output
    return re.sub(r"\x1b\[[0-9;]*m", "", screen)  # bold, which NO_COLOR keeps


@pytest.mark.parametrize("region", [None, "US", "GB", "IE", "AU", "NZ", "CA"])
def test_help_now_fits_one_80_by_24_screen_in_the_order_a_person_needs(pty_env, rj, region):
    screen = one_screen(pty_env, rj, region)
    lines = [line.rstrip() for line in screen.rstrip("\n").split("\n")]
    assert len(lines) <= 24, screen
    assert max(len(line) for line in lines) <= 80
    assert lines[0].startswith("If you are in danger right now, call ")
    order = [screen.index(text) for text in ("my sister Ana", "Dr. Lee", "rj help-now --all")]
    assert order == sorted(order)
    assert "Your safety plan and a short grounding exercise: `rj help-now --all`." in screen
    assert "Not sleeping" not in screen  # the plan itself is one command away
    if region is None:  # no region, no guess: never every country's list
        assert "Samaritans" not in screen and "988" not in screen
        assert "Find A Helpline" in screen


def test_help_now_fits_at_60_columns_too(pty_env, rj):
    screen = one_screen(pty_env, rj, "US", columns="60")
    lines = [line.rstrip() for line in screen.rstrip("\n").split("\n")]
    assert len(lines) <= 24 and max(len(line) for line in lines) <= 60, screen
    assert "`rj help-now --all`" in screen  # a command is never cut in two


def test_more_of_ones_own_people_than_fit_are_counted_and_the_screen_still_fits(pty_env, rj):
    for n in range(3, 6):
        rj("contacts", "add", f"Friend {n}", f"call 555 010{n}")
    screen = one_screen(pty_env, rj, "US", columns="60")
    lines = [line.rstrip() for line in screen.rstrip("\n").split("\n")]
    assert len(lines) <= 24, screen
    assert "And 2 more of your own people: `rj contacts` lists everyone." in unwrapped(screen)
    assert "Friend 5" in screen and "my sister Ana" not in screen  # the first three added


def test_the_nations_some_lines_do_not_serve_are_told(rj):
    said = unwrapped(rj("config", "set", "region", "Scotland").stderr)
    assert "region is now 'GB'." in said
    assert "Some of GB's lines are for England, or England and Wales, only" in said
    assert "England" not in rj("config", "set", "region", "UK").stderr


def test_help_now_all_has_the_plan_grounding_and_where_each_line_comes_from(rj):
    rj("config", "set", "region", "GB")
    rj("safety-plan", "--set", "warning-signs", "Not sleeping.")
    screen = unwrapped(rj("help-now", "--all").stdout)
    assert "First, a moment to land" in screen and "Not sleeping." in screen
    assert "Shout" in screen and "https://giveusashout.org/about-us/faq/ · checked 2026-" in screen
    assert "· not yet checked" in screen  # a number no stored official page confirmed


def test_contacts_by_kind(rj):
    rj("config", "set", "region", "US")
    rj("contacts", "add", "Ana", "text any time")
    text = json.loads(rj("contacts", "--kind", "text", "--json").stdout)
    assert [c["name"] for c in text] == ["Ana", "Crisis Text Line"]
    assert text[1]["kinds"] == ["text"] and text[0]["kinds"] == ["own"]
    both = rj("contacts", "-k", "sexual-assault", "-k", "domestic-abuse").stdout
    assert "RAINN" in both and "National Domestic Violence Hotline" in both
    assert "988 Suicide" not in both
    # a line of two kinds is found by either
    rj("config", "set", "region", "AU")
    for kind in ("sexual-assault", "domestic-abuse"):
        found = json.loads(rj("contacts", "--kind", kind, "--json").stdout)
        assert [c["name"] for c in found] == ["Ana", "1800RESPECT"], kind
    # none of a kind in the region: said, with the kinds there are
    rj("config", "set", "region", "CA")
    none = unwrapped(rj("contacts", "--kind", "text").stdout)
    assert "rj has no text lines for your region; the kinds it has here: emergency, crisis" in none
    bad = rj("contacts", "--kind", "pizza")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("There is no kind of line called 'pizza'. Kinds: emergency,")


# the check-in and what follows it ------------------------------------------------------


@pytest.fixture
def hard_env(pty_env, rj_home):
    (rj_home / "config.yaml").write_text(
        "region: GB\nask_mood: 'off'\ncheck_in: 'on'\n", encoding="utf-8"
    )
    pty_env["EDITOR"] = ""
    return pty_env


def test_both_scales_say_what_both_ends_mean(rj, hard_env):
    asked = run_in_pty(["today"], env=hard_env, keys=[ASKED, b"\r"]).output
    assert "from 0 (none) to 10 (the most you can imagine)" in unwrapped(asked)
    write_help = unwrapped(rj("write", "--help").stdout)
    assert "from 0 (lowest) to 10 (best)" in write_help
    assert "from 0 (none) to 10 (the most you can imagine)" in write_help
    assert "from 0 (lowest) to 10 (best)" in unwrapped(rj("edit", "--help").stdout)
    assert "from 0 (none) to 10" in unwrapped(rj("today", "--help").stdout)
    assert "Mood runs from 0 (lowest) to 10 (best)" in unwrapped(rj("stats", "--help").stdout)
    # where mood and distress stand side by side, what both ends of each mean
    run_in_pty(["today"], env={**hard_env, "RJ_NOW": "2026-11-24T21:00:00"}, keys=[ASKED, b"3\r"])
    rj("write", "--mood", "6", "--date", "2026-11-24", "An evening.")
    for shown in (rj("stats").stdout, rj("review", "--date", "2026-11-24", "--no-write").stdout):
        assert "mood: 0 lowest, 10 best · distress: 0 none, 10 the most you can imagine" in (
            unwrapped(shown)
        )


def test_after_grounding_distress_is_asked_again_and_another_tool_offered(hard_env):
    keys = [
        ASKED,
        b"9\r",
        "press Enter to go on",
        b"1\r",
        "Which exercise would you like?",
        "Enter for 1",
        b"2\r",  # 5-4-3-2-1 (orientation to now is first on a hard day)
        "Name five things",
        *[b"\r"] * 5,
        "How much distress do you feel now, from 0 (none) to 10",
        b"9\r",  # not eased
        "Try another exercise now?",
        b"y\r",
        "Which exercise would you like?",
        "Enter for 1",
        b"\r",  # orientation to now, one the person has not done yet
        "Today is Wednesday",
        b"\x04",  # Ctrl-D ends it
        "Enter skips.",  # and distress is asked again after this one too
        b"8\r",  # eased: no more offers
        "press Enter to go on",
        "press Enter to go on",
        b"\r",
    ]
    screen = unwrapped(run_in_pty(["today"], env=hard_env, keys=keys).output)
    not_eased = screen.index("It has not eased yet, and that is all right")
    assert screen.index("In danger now: call 999.", not_eased) > not_eased  # numbers again
    again = screen.index("Which exercise would you like?", not_eased)
    offered = screen[again:]
    assert offered.index("1 Orientation to now") < offered.index("5-4-3-2-1")  # another first
    assert screen.count("How much distress do you feel now") == 2
    assert screen.count("It has not eased yet") == 1
    eased = [ASKED, b"9\r", "Enter to go on", b"1\r", "Enter for 1", b"2\r", "Name five"]
    eased += [b"\r"] * 5
    eased += ["do you feel now", b"4\r", "Enter to go on", b"\r"]
    env = {**hard_env, "RJ_NOW": "2026-11-26T21:30:00"}
    calmer = unwrapped(run_in_pty(["today"], env=env, keys=eased).output)
    assert "not eased" not in calmer and "Try another exercise" not in calmer


def test_a_hard_days_home_screen_opens_quietly_and_its_prompt_steadies(hard_env):
    keys = [ASKED, b"9\r", "press Enter to go on", b"\r"]
    screen = run_in_pty(["today"], env=hard_env, keys=keys).output
    offer = screen.index("That sounds like a lot to carry right now.")
    numbers = screen.index("In danger now: call 999. To talk to someone: Samaritans")
    assert offer < numbers < screen.index(MENU)  # the number before any choice
    home = screen[screen.index("Today's prompts stay gentle.") :]
    assert home.lstrip().split("\n")[1].startswith("If you can, go gently today. `rj help-now`")
    assert "Good evening" not in home
    assert "of the last 7 days" not in home  # no count of days on a hard day


@pytest.mark.parametrize("hour", ["21:30", "22:00", "23:00", "21:00", "20:00"])
def test_a_hard_days_prompt_comes_from_grounding_self_compassion_or_coping(rj, hard_env, hour):
    day = {**hard_env, "RJ_NOW": f"2026-11-25T{hour}:00"}
    run_in_pty(["today"], env=day, keys=[ASKED, b"9\r", "Enter to go on", b"\r"])
    for another in ((), ("--another",)):
        shown = json.loads(rj("prompt", "--json", *another, env={"RJ_NOW": day["RJ_NOW"]}).stdout)
        assert shown["category"] in ("grounding", "self-compassion", "coping"), shown


# after writing -------------------------------------------------------------------------


@pytest.fixture
def writing_env(pty_env, rj_home):
    (rj_home / "config.yaml").write_text("region: US\ncheck_in: 'off'\n", encoding="utf-8")
    pty_env["EDITOR"] = ""
    return pty_env


def test_the_mood_is_asked_once_after_writing_and_enter_skips(rj, writing_env):
    keys = [WRITE, *typing("A long day.\n"), MOOD, b"0\r"]
    screen = run_in_pty(["write"], env=writing_env, keys=keys).output
    saved = screen.index("Saved entry 1")
    assert saved < screen.index(MOOD) < screen.index("Noted mood 0 with entry 1.")
    assert "In danger now: call 911. To talk to someone: 988" in unwrapped(screen)
    assert json.loads(rj("show", "1", "--json").stdout)["mood"] == 0
    skipped = run_in_pty(["write"], env=writing_env, keys=[WRITE, *typing("Later.\n"), MOOD, b"\r"])
    assert "Noted mood" not in skipped.output and "911" not in skipped.output
    assert json.loads(rj("show", "2", "--json").stdout)["mood"] is None
    given = run_in_pty(["write", "--mood", "7"], env=writing_env, keys=[WRITE, *typing("Good.\n")])
    assert MOOD not in given.output  # --mood answers it


def test_ctrl_c_at_the_mood_question_keeps_the_entry_and_asks_nothing_more(rj, writing_env):
    rj("values", "add", "honesty")
    keys = [WRITE, *typing("Enough for today.\n"), MOOD, 0.3, b"\x03"]
    screen = run_in_pty(["write"], env=writing_env, keys=keys).output
    assert "Saved entry 1" in screen and "Did this touch any of your values?" not in screen
    assert json.loads(rj("show", "1", "--json").stdout)["body"] == "Enough for today."


def test_a_plain_copy_beside_a_journal_that_is_not_encrypted_says_so(rj):
    rj("safety-plan", "--set", "coping", "Call Sam")
    kept = rj("safety-plan", "--keep-plain-copy")
    assert kept.exit_code == 0
    assert "Your journal is not encrypted, so help-now reads the plan from it already" in (
        unwrapped(kept.stderr)
    )


def test_the_mood_question_can_be_turned_off(rj, writing_env):
    rj("config", "set", "ask_mood", "off")
    screen = run_in_pty(["write"], env=writing_env, keys=[WRITE, *typing("Quiet.\n")]).output
    assert "Saved entry 1" in screen and MOOD not in screen


def test_after_a_deep_prompt_landing_comes_first_and_values_are_not_asked(rj, writing_env):
    rj("config", "set", "pace", "deep")
    rj("values", "add", "honesty")
    deep = next(
        p for p in json.loads(rj("prompts", "list", "--json").stdout) if p["depth"] == "deep"
    )
    keys = [WRITE, *typing("It was a lot.\n"), MOOD, b"\r"]
    screen = run_in_pty(["write", "--prompt", deep["id"]], env=writing_env, keys=keys).output
    land = screen.index("Writing like this can stir things up. Before anything else, a moment")
    assert land < screen.index("Saved entry 1")
    assert "values" not in screen[land:].lower()
    listed = json.loads(rj("prompts", "list", "--json").stdout)
    gentle = next(p for p in listed if p["depth"] == "gentle" and p["category"] == "small-wins")
    keys = [WRITE, *typing("Tea.\n"), MOOD, b"\r", "Did this touch any of your values?", b"\r"]
    plain = run_in_pty(["write", "--prompt", gentle["id"]], env=writing_env, keys=keys)
    assert "moment to land" not in plain.output
