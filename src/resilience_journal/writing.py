"""Writing and changing an entry: the rules `rj write` and `rj edit` follow. Where the text
comes from, which options it carries, which prompt stands above it, where it is written,
what becomes of text the journal did not take, and which values are offered afterwards.

Pure domain code: no typer, no rich. The cli asks and prints; these decide.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from resilience_journal.dates import parse_day
from resilience_journal.entries import (
    Entry,
    EntryOptions,
    TooLong,
    check_mood,
    check_prompt_id,
    check_tag,
    check_title,
)
from resilience_journal.errors import JournalError, UsageError
from resilience_journal.messages import timer as timer_words
from resilience_journal.messages import writing as words
from resilience_journal.messages.common import NOT_SAVED_NOW
from resilience_journal.messages.prompts import prompt_lines

if TYPE_CHECKING:
    from resilience_journal.drafts import Draft
    from resilience_journal.prompting.packs import Prompt


# where the text comes from -------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Where the text of a new entry comes from."""

    resume: bool = False  # the newest draft (rj write --resume)
    inline: str | None = None  # the words given on the command line
    piped: bool = False  # standard input: a pipe, or - with no terminal
    intro: str | None = None  # typed here: the words that start typing (- at a terminal)

    @property
    def typed_here(self) -> bool:
        """Typed in rj at the terminal (or in the editor it opens): this text exists
        nowhere else, and the person is there to be asked."""
        return not (self.resume or self.piped or self.inline is not None)


def source(
    text: Sequence[str] | None, *, resume: bool, timer: int | None, terminal: bool
) -> Source:
    """TEXT on the command line, - for standard input, or nothing: the editor (or typing) at
    a terminal, standard input without one. --resume takes no text; --timer only goes with
    writing at the terminal."""
    if resume:
        if text:
            raise JournalError(words.RESUME_TAKES_NO_TEXT)
        return Source(resume=True)
    dash = list(text or ()) == ["-"]
    if (text and not dash) or not terminal:
        if timer is not None:
            raise UsageError(timer_words.TIMER_NEEDS_TERMINAL)
        if text and not dash:
            return Source(inline=" ".join(text))
        return Source(piped=True)
    return Source(intro=words.STDIN_INTRO if dash else None)


# the options ---------------------------------------------------------------------------


def entry_options(
    today: date,
    resolve: Callable[[Iterable[str]], tuple[str, ...]],
    *,
    values: Sequence[str] = (),
    title: str | None = None,
    tags: Iterable[str] = (),
    mood: str | None = None,
    day: str | None = None,
    prompt_id: str | None = None,
    clear_tags: bool = False,
    clear_values: bool = False,
) -> EntryOptions:
    """Every option checked before any text is asked for, so a typo costs nothing: values
    against the person's own (`resolve`, as journal.values.resolve), a day not after
    `today`. An empty title or a mood of "none" asks for that field to be emptied."""
    unique: dict[str, str] = {}
    for tag in tags:
        name = check_tag(tag)
        unique.setdefault(name.lower(), name)
    checked_title = check_title(title)
    checked_mood = check_mood(mood)
    clear = set()
    if title is not None and checked_title is None:
        clear.add("title")
    if mood is not None and checked_mood is None:
        clear.add("mood")
    if clear_tags:
        clear.add("tags")
    if clear_values:
        clear.add("values")
    options = EntryOptions(
        title=checked_title,
        tags=tuple(unique.values()),
        mood=checked_mood,
        day=None if day is None else parse_day(day, today=today, latest=today),
        prompt_id=check_prompt_id(prompt_id),
        clear=frozenset(clear),
    )
    return replace(options, values=resolve(values)) if values else options


def edits_text(options: EntryOptions) -> bool:
    """`rj edit` with no option opens the editor on the entry's text; with any option, only
    what the options say changes."""
    return options == EntryOptions()


def starting_text(entry: Entry, draft: Draft | None) -> str:
    """An edit in the editor starts from the changes kept unsaved last time (a draft of
    this entry), if there are any, or else from the entry as it is."""
    return draft.body if draft is not None else entry.body


# the prompt ----------------------------------------------------------------------------


def prompt_to_show(
    asked: str | None,
    find: Callable[[str], Prompt],
    todays: Callable[[], Prompt | None],
) -> Prompt | None:
    """The prompt above the writing space: the one asked for with --prompt (`find` refuses
    an id the library does not have, before anything is typed), or else today's."""
    return find(asked) if asked is not None else todays()


def answering(options: EntryOptions, prompt: Prompt | None) -> EntryOptions:
    """The entry records the prompt it was written under."""
    return options if prompt is None else replace(options, prompt_id=prompt.id)


def lands_first(prompt: Prompt | None) -> bool:
    """After a deep prompt, or a narrative one past gentle (those come closer to what
    happened), the first thing shown is a short way to land, before the save is confirmed;
    the values are not asked for."""
    return prompt is not None and (
        prompt.depth == "deep" or (prompt.category == "narrative" and prompt.depth != "gentle")
    )


def asks_mood(*, typed_here: bool, mood: int | None, enabled: bool) -> bool:
    """After writing at the terminal with no --mood, one optional question asks it (Enter
    skips; the ask_mood setting turns it off)."""
    return typed_here and mood is None and enabled


# the writing space ---------------------------------------------------------------------


def editor_to_use(command: str | None, *, intro: str | None, editing: bool) -> str | None:
    """The editor `command` to write in, when there is one, unless the text is read line by
    line (`rj write -` at a terminal, whose `intro` says so); None: lines typed at the
    terminal. Changing an entry needs an editor."""
    if command and intro is None:
        return command
    if editing:
        raise JournalError(words.EDIT_NEEDS_EDITOR)
    return None


def editor_lines(prompt: Prompt | None, header: list[str] | None = None) -> list[str]:
    """The comment lines of the editor's file: the prompt (or, in its place, the weekly
    review's questions), then how the file works."""
    above = header if header is not None else prompt_lines(prompt)
    return [*above, *words.EDITOR_HELP]


def shown_above(
    initial: str, header: list[str] | None, prompt: Prompt | None
) -> str | Prompt | None:
    """What stands above the lines typed at the terminal: the text so far, or else the
    weekly review's questions, or else the prompt; or nothing."""
    if initial:
        return initial
    if header:
        return "\n".join(line for line in header if line)
    return prompt


def typing_intro(initial: str, intro: str | None = None, typing_intro: str | None = None) -> str:
    """The line that starts typing at the terminal: the caller's own, or how to save (and,
    when there is text already, that what is typed is added to it)."""
    return intro or typing_intro or (words.TERMINAL_ADD_INTRO if initial else words.TERMINAL_INTRO)


# text the journal did not take ---------------------------------------------------------


@dataclass(frozen=True)
class Keep:
    """Where text goes that the journal did not take: a draft to come back to, with `why`
    it was not saved; or, if not as_draft, a private rescue file next to the journal."""

    as_draft: bool
    why: str = ""


def when_refused(error: Exception, *, typed_here: bool, editing: bool) -> Keep | None:
    """What becomes of text that could not be saved; None when the error stands as it is.

    - Longer than an entry holds: text typed in rj (it exists nowhere else) is kept as a
      draft to trim; text given on the command line or piped in is refused as it is.
    - The journal could not save (busy, full, damaged): a new entry goes to a rescue file,
      since a draft would go to the same journal; a change typed to an entry is kept as a
      draft first (if that fails too, a rescue file). A change of options only stands as
      the error it is: nothing was typed.
    """
    if isinstance(error, TooLong):
        return Keep(as_draft=True, why=error.reason) if typed_here else None
    if not isinstance(error, sqlite3.Error):
        return None
    if not editing:
        return Keep(as_draft=False)
    return Keep(as_draft=True, why=NOT_SAVED_NOW) if typed_here else None


# afterwards: the values it touched -----------------------------------------------------


def offers_values(*, typed_here: bool, linked: Sequence[str], landing: bool = False) -> bool:
    """After writing at the terminal, with no --value given, rj asks which values the
    entry touched (the entry is saved already: skipping loses nothing); not after landing
    from a deep or narrative prompt."""
    return typed_here and not linked and not landing


def pick_values(answer: str, known: Sequence[str]) -> tuple[str, ...]:
    """Numbers or names of `known` values, separated by commas or spaces ("2, being
    present" or "1 3"), each once. ValueError for a word that is neither."""
    by_name = {name.lower(): name for name in known}

    def one(word: str) -> str:
        if word.isdigit() and 1 <= int(word) <= len(known):
            return known[int(word) - 1]
        if " ".join(word.lower().split()) in by_name:
            return by_name[" ".join(word.lower().split())]
        raise ValueError()

    picked = []
    for part in filter(str.strip, answer.split(",")):
        try:
            picked.append(one(part.strip()))
        except ValueError:
            picked += [one(word) for word in part.split()]
    return tuple(dict.fromkeys(picked))
