"""Help within reach, its rules called directly: who help-now lists and the notes under them
(safety/contacts.py), changing one's own contacts, and the safety plan's sections
(safety/plan.py). tests/test_safety.py runs the commands."""

from __future__ import annotations

import pytest

from resilience_journal.errors import JournalError
from resilience_journal.messages import plan as plan_words
from resilience_journal.messages import safety as words
from resilience_journal.safety import contacts, plan, regions
from resilience_journal.safety.contacts import Contact
from resilience_journal.safety.plan import SafetyPlan

SHIPPED = [
    Contact("Your local emergency number", "call your local emergency number", "*", "emergency"),
    Contact("Find A Helpline", "findahelpline.com", "*", "directory"),
    Contact("Emergency services", "call 999", "GB", "emergency"),
    Contact("Samaritans", "call 116 123", "GB", "crisis"),
    Contact("Shout", "text SHOUT to 85258", "GB", "text"),
    Contact("988 Suicide & Crisis Lifeline", "call or text 988", "US", "crisis"),
]
ANA = {"name": "Ana", "reach": "text any time"}


def names(found: list[Contact]) -> list[str]:
    return [contact.name for contact in found]


def test_own_people_first_then_the_region_then_what_works_anywhere():
    found, notes = contacts.reach_list("GB", [ANA], [], SHIPPED)
    assert names(found) == ["Ana", "Emergency services", "Samaritans", "Shout", "Find A Helpline"]
    assert notes == []  # own people and a region: nothing to suggest
    # on the one screen: own people and the region's lines; its number is in the danger line
    assert names(contacts.at_once(found, "GB")[0]) == ["Ana", "Samaritans", "Shout"]
    assert contacts.emergency_number("GB", SHIPPED) == "call 999"
    assert contacts.first_line("GB", SHIPPED) == SHIPPED[3]


def test_without_a_region_only_the_lines_for_anywhere_and_how_to_choose_one():
    found, notes = contacts.reach_list("", [], [], SHIPPED)
    assert names(found) == ["Your local emergency number", "Find A Helpline"]  # never all
    assert notes == [words.CONTACTS_OWN_HINT, words.HELP_NOW_REGION]
    assert names(contacts.at_once(found, "")[0]) == ["Find A Helpline"]
    assert contacts.first_line("", SHIPPED) is None


def test_the_one_screen_holds_three_of_ones_own_people_and_counts_the_rest():
    own = [{"name": f"Friend {n}", "reach": "call"} for n in range(1, 6)]
    found, _ = contacts.reach_list("GB", own, [], SHIPPED)
    shown, left_out = contacts.at_once(found, "GB")
    assert names(shown) == ["Friend 1", "Friend 2", "Friend 3", "Samaritans", "Shout"]
    assert left_out == 2


@pytest.mark.parametrize(
    ("zone", "region"),
    [
        ("Europe/London", "GB"),
        ("/usr/share/zoneinfo/posix/Europe/London", "GB"),
        (":/usr/share/zoneinfo/America/Indiana/Knox", "US"),
        ("right/Pacific/Auckland", "NZ"),
        ("America/Moncton", "CA"),
        ("Australia/Perth", "AU"),
        ("Europe/Dublin", "IE"),
        ("Europe/Paris", None),
        ("America/Mexico_City", None),
        ("", None),
    ],
)
def test_the_region_a_time_zone_belongs_to(zone, region):
    assert regions.region_from_zone(zone) == region


def test_a_guessed_region_is_said_so():
    found, notes = contacts.reach_list("GB", [ANA], [], SHIPPED, guessed=True)
    assert "Samaritans" in names(found)
    assert notes == [words.region_guessed("GB", "United Kingdom")]


def test_kinds_filter_the_lines_and_keep_ones_own_people():
    found, _ = contacts.reach_list("GB", [ANA], [], SHIPPED)
    assert names(contacts.of_kind(found, ["text"])) == ["Ana", "Shout"]
    assert contacts.kinds_of(SHIPPED) == ["emergency", "directory", "crisis", "text"]


def test_a_region_without_lines_is_said_and_a_contact_that_could_not_be_read_first():
    found, notes = contacts.reach_list("NZ", [ANA], ["Contact 2 was skipped."], SHIPPED)
    assert names(found) == ["Ana", "Your local emergency number", "Find A Helpline"]
    assert notes == ["Contact 2 was skipped.", words.no_lines_for("NZ")]


def test_a_new_contact_is_one_line_and_one_of_each_name():
    new = contacts.new_contact("  Dr.\tLee ", "call\n555 0100")
    assert new == {"name": "Dr. Lee", "reach": "call 555 0100"}
    assert contacts.with_contact([ANA], new) == [ANA, new]
    with pytest.raises(JournalError) as same:
        contacts.with_contact([ANA], {"name": "ANA", "reach": "call"})
    assert same.value.message.endswith("Nothing was changed.")
    with pytest.raises(JournalError) as empty:
        contacts.new_contact("Ana", " ")
    assert empty.value.message == (
        "How to reach them is empty; a few words like 'call 555 0100' will do. Nothing was changed."
    )


def test_a_contact_is_removed_by_its_name_in_any_case_and_spacing():
    lee = {"name": "Dr. Lee", "reach": "call"}
    assert contacts.without_contact([ANA, lee], " dr.  LEE ") == ([ANA], lee)
    with pytest.raises(JournalError, match="None of your contacts is called 'Bo'"):
        contacts.without_contact([ANA, lee], "Bo")


def test_a_section_is_named_as_listed_and_holds_up_to_its_limit():
    assert plan.section_name(" Coping ") == "coping"
    with pytest.raises(JournalError, match="There is no section called 'hobbies'"):
        plan.section_name("hobbies")
    assert plan.section_text("x" * plan.MAX_SECTION) == "x" * plan.MAX_SECTION
    with pytest.raises(JournalError) as long:
        plan.section_text("x" * (plan.MAX_SECTION + 1))
    assert long.value.message == "A section holds up to 2000 characters. Nothing was changed."


def test_replacing_a_section_keeps_the_others():
    first = SafetyPlan({"coping": "Walk.", "people": "Ana"}, version=1)
    assert plan.with_section(first, "coping", "Swim.") == {"coping": "Swim.", "people": "Ana"}
    assert plan.with_section(None, "places", "The river.") == {"places": "The river."}


def test_what_is_said_after_saving_names_the_changed_sections():
    before = SafetyPlan({"coping": "Walk."}, version=1)
    after = SafetyPlan({"coping": "Swim.", "people": "Ana"}, version=2)
    assert plan.saved_note(before, after) == (
        "Saved your safety plan (version 2; changed: Things I can do on my own to cope; "
        "People I can ask for help). `rj help-now --all` shows it whenever you need it."
    )
    assert plan.saved_note(before, None) == plan_words.PLAN_UNCHANGED
    assert plan.saved_note(None, None) == plan_words.PLAN_EMPTY_NOT_SAVED
