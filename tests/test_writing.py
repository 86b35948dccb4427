"""The rules of writing and changing an entry (writing.py), called directly: where the text
comes from, the options, the prompt, the writing space, what becomes of text the journal
did not take, the values offered afterwards; and the timer's words."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from resilience_journal import writing
from resilience_journal.drafts import Draft
from resilience_journal.entries import MAX_BODY, Entry, EntryOptions, TooLong
from resilience_journal.errors import JournalError, SaidInFull
from resilience_journal.messages import writing as words
from resilience_journal.messages.common import NOT_SAVED_NOW, NOTHING_CHANGED, NOTHING_SAVED
from resilience_journal.prompting.packs import Prompt
from resilience_journal.timer import Timer

DAY = date(2026, 11, 23)
GENTLE = Prompt(id="grounding.feet", text="Feel your feet.", depth="gentle", category="grounding")
DEEP = Prompt(id="meaning.turn", text="What changed?", depth="deep", category="meaning")


def entry(body: str = "As it was.") -> Entry:
    stamp = "2026-11-23T20:00:00+00:00"
    return Entry(1, "u-1", "entry", stamp, stamp, "2026-11-23", None, body, None, None)


# where the text comes from -------------------------------------------------------------


def test_words_on_the_command_line_are_the_entry_even_at_a_terminal():
    for terminal in (True, False):
        found = writing.source(["Walked", "far."], resume=False, timer=None, terminal=terminal)
        assert found == writing.Source(inline="Walked far.")
        assert not found.typed_here


def test_a_dash_reads_lines_typed_at_a_terminal_and_a_pipe_without_one():
    here = writing.source(["-"], resume=False, timer=None, terminal=True)
    assert here == writing.Source(intro=words.STDIN_INTRO) and here.typed_here
    piped = writing.source(["-"], resume=False, timer=None, terminal=False)
    assert piped == writing.Source(piped=True) and not piped.typed_here


def test_no_text_is_typed_here_at_a_terminal_and_piped_without_one():
    assert writing.source(None, resume=False, timer=20, terminal=True).typed_here
    assert writing.source(None, resume=False, timer=None, terminal=False).piped


def test_resume_takes_no_text():
    assert writing.source(None, resume=True, timer=None, terminal=True).resume
    with pytest.raises(JournalError) as raised:
        writing.source(["words"], resume=True, timer=None, terminal=True)
    assert raised.value.message == words.RESUME_TAKES_NO_TEXT


@pytest.mark.parametrize(("text", "terminal"), [(["words"], True), (None, False), (["-"], False)])
def test_the_timer_is_for_writing_here_and_says_so_as_a_usage_error(text, terminal):
    with pytest.raises(writing.UsageError) as raised:
        writing.source(text, resume=False, timer=15, terminal=terminal)
    assert raised.value.exit_code == 2
    assert raised.value.said(NOTHING_SAVED).count(NOTHING_SAVED) == 1


# the options ---------------------------------------------------------------------------


def never(names: object) -> tuple[str, ...]:
    raise AssertionError("values were resolved with none given")


def test_options_are_checked_and_tags_kept_once_whatever_their_case():
    options = writing.entry_options(
        DAY, never, title=" Evening ", tags=["walks", "#Walks", "@sleep"], mood="6"
    )
    assert options == EntryOptions(title="Evening", tags=("walks", "sleep"), mood=6)


def test_an_empty_title_or_a_mood_of_none_asks_for_the_field_to_be_emptied():
    options = writing.entry_options(DAY, never, title="", mood="none", clear_tags=True)
    assert options.clear == frozenset({"title", "mood", "tags"})
    assert options.title is None and options.mood is None


def test_values_are_resolved_against_the_persons_own():
    asked: list[list[str]] = []

    def resolve(names):
        asked.append(list(names))
        return ("Being present",)

    options = writing.entry_options(DAY, resolve, values=["being present"])
    assert options.values == ("Being present",) and asked == [["being present"]]


def test_a_day_after_today_is_refused_and_yesterday_is_read():
    assert writing.entry_options(DAY, never, day="yesterday").day == DAY - timedelta(days=1)
    with pytest.raises(JournalError, match="in the future"):
        writing.entry_options(DAY, never, day="tomorrow")


@pytest.mark.parametrize(
    "given",
    [{"mood": "11"}, {"tags": ["two words"]}, {"title": "a\nb"}, {"prompt_id": "no spaces"}],
)
def test_a_bad_option_is_refused_before_anything_is_typed(given):
    with pytest.raises(JournalError):
        writing.entry_options(DAY, never, **given)


def test_edit_opens_the_editor_only_when_no_option_is_given():
    assert writing.edits_text(writing.entry_options(DAY, never))
    assert not writing.edits_text(writing.entry_options(DAY, never, clear_values=True))
    assert not writing.edits_text(writing.entry_options(DAY, never, title=""))
    assert not writing.edits_text(writing.entry_options(DAY, never, day="today"))


def test_an_edit_starts_from_the_unsaved_changes_kept_last_time():
    kept = Draft(7, "u-7", "2026-11-23T21:00:00+00:00", 1, "Half changed.", EntryOptions())
    assert writing.starting_text(entry(), kept) == "Half changed."
    assert writing.starting_text(entry(), None) == "As it was."


# the prompt ----------------------------------------------------------------------------


def test_the_prompt_asked_for_is_shown_or_else_todays():
    library = {GENTLE.id: GENTLE}
    assert writing.prompt_to_show(GENTLE.id, library.__getitem__, lambda: DEEP) is GENTLE
    assert writing.prompt_to_show(None, library.__getitem__, lambda: DEEP) is DEEP
    assert writing.prompt_to_show(None, library.__getitem__, lambda: None) is None


def test_an_unknown_prompt_is_refused_by_the_library():
    def find(prompt_id: str) -> Prompt:
        raise JournalError(f"There is no prompt {prompt_id!r}.")

    with pytest.raises(JournalError):
        writing.prompt_to_show("nope", find, lambda: GENTLE)


def test_the_entry_records_the_prompt_it_answers_and_a_deep_one_lands_first():
    assert writing.answering(EntryOptions(mood=3), DEEP) == EntryOptions(mood=3, prompt_id=DEEP.id)
    assert writing.answering(EntryOptions(mood=3), None) == EntryOptions(mood=3)
    assert writing.lands_first(DEEP)
    assert not writing.lands_first(GENTLE) and not writing.lands_first(None)


# the writing space ---------------------------------------------------------------------


def test_the_editor_is_used_when_there_is_one_unless_lines_are_read_as_typed():
    assert writing.editor_to_use("nano", intro=None, editing=False) == "nano"
    assert writing.editor_to_use("nano", intro=words.STDIN_INTRO, editing=False) is None
    assert writing.editor_to_use(None, intro=None, editing=False) is None


def test_changing_an_entry_needs_an_editor():
    with pytest.raises(JournalError) as raised:
        writing.editor_to_use(None, intro=None, editing=True)
    assert raised.value.said(NOTHING_CHANGED) == words.EDIT_NEEDS_EDITOR


def test_the_editors_file_holds_the_prompt_or_the_reviews_questions_then_its_help():
    with_prompt = writing.editor_lines(GENTLE)
    assert "Feel your feet." in with_prompt and with_prompt[-4:] == words.EDITOR_HELP
    assert writing.editor_lines(GENTLE, ["Q1", ""]) == ["Q1", "", *words.EDITOR_HELP]
    assert writing.editor_lines(None) == words.EDITOR_HELP


def test_above_the_typed_lines_the_text_so_far_then_the_questions_then_the_prompt():
    assert writing.shown_above("So far.", ["Q1"], GENTLE) == "So far."
    assert writing.shown_above("", ["Q1", "", "Q2"], GENTLE) == "Q1\nQ2"
    assert writing.shown_above("", None, GENTLE) is GENTLE
    assert writing.shown_above("", [], None) is None


def test_typing_starts_with_the_callers_words_or_how_to_save():
    assert writing.typing_intro("") == words.TERMINAL_INTRO
    assert writing.typing_intro("So far.") == words.TERMINAL_ADD_INTRO
    assert writing.typing_intro("", "Reading.", "Review.") == "Reading."
    assert writing.typing_intro("", None, "Review.") == "Review."


# text the journal did not take ---------------------------------------------------------


TOO_LONG = TooLong(MAX_BODY + 1, NOTHING_SAVED)
BUSY = sqlite3.OperationalError("database is locked")


@pytest.mark.parametrize(
    ("error", "typed_here", "editing", "kept"),
    [
        (TOO_LONG, True, False, writing.Keep(as_draft=True, why=TOO_LONG.reason)),
        (TOO_LONG, False, False, None),  # inline or piped: the text exists elsewhere
        (TOO_LONG, True, True, writing.Keep(as_draft=True, why=TOO_LONG.reason)),
        (BUSY, True, False, writing.Keep(as_draft=False)),  # a new entry: rescue file
        (BUSY, False, False, writing.Keep(as_draft=False)),
        (BUSY, True, True, writing.Keep(as_draft=True, why=NOT_SAVED_NOW)),
        (BUSY, False, True, None),  # options only: nothing was typed
        (JournalError("other"), True, False, None),
    ],
)
def test_what_becomes_of_text_the_journal_did_not_take(error, typed_here, editing, kept):
    assert writing.when_refused(error, typed_here=typed_here, editing=editing) == kept


def test_an_error_said_in_full_takes_no_outcome_of_the_command():
    assert SaidInFull(words.EMPTY_NOT_SAVED).said(NOTHING_SAVED) == words.EMPTY_NOT_SAVED
    assert TOO_LONG.said(NOTHING_CHANGED) == f"{TOO_LONG.reason} {NOTHING_SAVED}"


def test_the_draft_hint_names_the_command_that_brings_it_back():
    assert words.kept_as_draft("Why.", 4).endswith("`rj edit 4` brings it back.")
    assert words.kept_as_draft("Why.", None).startswith("Why. What you typed is kept")
    assert "`rj write --resume`" in words.kept_as_draft("Why.", None)


# afterwards: the values it touched -----------------------------------------------------


KNOWN = ["Honesty", "Being present", "Family"]


def test_values_are_offered_after_writing_here_with_none_given():
    assert writing.offers_values(typed_here=True, linked=())
    assert not writing.offers_values(typed_here=True, linked=["Family"])
    assert not writing.offers_values(typed_here=False, linked=())


@pytest.mark.parametrize(
    ("answer", "picked"),
    [
        ("1 3", ("Honesty", "Family")),
        ("2, family", ("Being present", "Family")),
        ("being   PRESENT", ("Being present",)),
        ("3, 3 family", ("Family",)),
    ],
)
def test_values_are_picked_by_number_or_name(answer, picked):
    assert writing.pick_values(answer, KNOWN) == picked


@pytest.mark.parametrize("answer", ["4", "0", "courage", "1 x"])
def test_a_word_that_is_neither_a_number_nor_a_name_is_asked_again(answer):
    with pytest.raises(ValueError):
        writing.pick_values(answer, KNOWN)


# the words -----------------------------------------------------------------------------


def test_saved_says_the_entry_day_and_words_from_plain_values():
    assert words.entry_saved(3, "2026-11-23", 1) == "Saved entry 3 for 2026-11-23 (1 word)."


def test_the_timer_says_its_start_its_notices_and_how_long_in_words():
    start = datetime(2026, 11, 23, 21, 0)
    timer = Timer(start, 20)
    assert "When your editor closes" in timer.started(in_editor=True)
    assert "after a line now and then" in timer.started(in_editor=False)
    assert timer.said_now(start + timedelta(minutes=1)) is None
    assert timer.said_now(start + timedelta(minutes=10, seconds=30)) == "10 min left."
    assert timer.said_now(start + timedelta(minutes=21)).startswith("That is the time you set.")
    assert timer.said_now(start + timedelta(minutes=22)) is None
    assert timer.wrote_for(start + timedelta(seconds=30)).startswith("You wrote for less than")
    assert timer.wrote_for(start + timedelta(minutes=23)) == (
        "You wrote for 23 min (the timer was 20 min)."
    )
