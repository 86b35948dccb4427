"""The words of `rj story`: its chapters, their prompts (original writing, each one
optional), and what is said around a sitting."""

from __future__ import annotations

from resilience_journal.messages.common import GONE_FROM_FILE, STILL_IN_FILE, plural

# The chapters, in their usual order: (key, title, prompts). Any order is fine, and any
# chapter may stay untold.
CHAPTERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "mine",
        "Times that felt like mine",
        (
            "If it feels right, you might recall a moment, from any time in your life, even "
            "a recent one, when you felt a little more like yourself, or a little more at ease.",
            "You might describe a place, a person, a sound or a habit that has felt like yours, "
            "or a little safer, even for a short while.",
            "If you had a day of your own, what might be in it? It can be small.",
        ),
    ),
    (
        "happened",
        "What happened",
        (
            "If you choose to, you might name what happened, or what kept happening, in as few "
            "or as many words as feel right. A word or a line is enough.",
            "You might write about it from a distance, as if telling someone kind, and leave "
            "out anything you would rather keep to yourself.",
            "If it helps, start with where you are now: the room, the day, what is around "
            "you. The rest can wait.",
        ),
    ),
    (
        "carried",
        "How I carried it",
        (
            "What, if anything, has helped you keep going, then or since? It might be a "
            "person, an animal, a routine, stubbornness, or time.",
            "You might note something you did to look after yourself, even if it did not feel "
            "like much then.",
            "Was there a part of you that kept going, quietly or loudly? If it never felt "
            "like that, that belongs here too.",
        ),
    ),
    (
        "turning",
        "Turning points",
        (
            "Was there a moment, large or small, when something began to shift? If nothing "
            "comes to mind, that is an answer too.",
            "You might write about a choice, a conversation or a day that you see differently now.",
        ),
    ),
    (
        "lost",
        "What was lost and what endures",
        (
            "If it feels right, you might name something that was lost. Grief has room here.",
            "What, if anything, has stayed with you through it: a value, a bond, a part of "
            "yourself?",
            "You might write about something you would like to carry on with you.",
        ),
    ),
    (
        "next",
        "The next chapter",
        (
            "If you can picture the months ahead, what would you like more room for? The "
            "next week is far enough, too.",
            "You might name one small thing that could belong in the next chapter.",
            "What would you like beside you as it unfolds: a person, a place, a habit, or "
            "nothing in particular?",
        ),
    ),
)
HARD = "happened"  # the chapter asked about before and after, and always landed from

OVERVIEW_INTRO = (
    "Your story, in chapters. Take them in any order, come back to any of them, or leave "
    "any one untold."
)
UNTOLD = "not written yet"
HARD_NOTE = "optional; you can stop at any moment"
ALL_TOLD = (
    "Every chapter that you chose has words. Any of them can take another sitting, or a new "
    "telling with --new."
)
STOP_LINE = (
    "This chapter is optional. You can stop at any moment, and you do not need to write any "
    "details: a word, a sentence or nothing at all is enough. If it starts to feel like too "
    "much, stop there and take a moment to land; `rj help-now` is there at any time."
)
CAN_WAIT = "This chapter can wait for another day; leaving the page empty keeps nothing."
PROMPTS_HEADING = "A few prompts, if they help (each one can be skipped):"
TERMINAL_INTRO = (
    "Write as much or as little as you like. Press Ctrl-D on a new line to keep it; Ctrl-C "
    "stops and keeps what you typed."
)
EDITOR_HELP = (
    "Lines starting with # are left out. Save and close to keep what you wrote;",
    "leave it empty to keep nothing.",
)
DISTRESS_BEFORE = (
    "Before you start: how much distress do you feel right now, from 0 (none) to 10 (the "
    "most you can imagine)? Enter skips."
)
GROUND_ASK = "Would a grounding exercise help now? y for yes, Enter to skip."
GROUND_AGAIN = "y for yes, n for no, or Enter to skip:"
GROUND_LATER = "`rj ground` has grounding exercises, whenever you want one."
NOTHING_WRITTEN = "Nothing was written, so nothing was kept."
KEPT_ON_STOP = "You stopped writing. What you typed is kept in your story."
NEEDS_TEXT = (
    "Which chapter? Name one, as `rj story write 1` or `rj story write carried`; "
    "`rj story` lists them."
)
PICK_CHAPTER = "Which chapter? A number or a short name; Enter leaves."
PICK_AGAIN = "A chapter's number (1 to 6) or its short name, or Enter to leave:"
NOTHING_YET = "Nothing is written in your story yet. `rj story write` starts a sitting."
EXPORT_TITLE = "My story"
EXPORT_NOTHING = "No chapter has words yet."
EARLIER = "Earlier tellings"
NEWEST = "Newest telling"


def chapter_name(number: int, title: str) -> str:
    return f"{number}. {title}"


def unknown_chapter(given: str, keys: list[str]) -> str:
    return f"There is no chapter '{given}'. Chapters are 1 to {len(keys)}, or: {', '.join(keys)}."


def tellings_line(tellings: int, sittings: int, last: str) -> str:
    told = plural(tellings, "telling")
    return f"{told}, {plural(sittings, 'sitting')}, last added to {last}"


def suggest(number: int, title: str, key: str) -> str:
    return (
        f"If you would like somewhere to go next: chapter {number}, {title} "
        f"(`rj story write {key}`). Any other chapter is as good a place."
    )


def added(number: int, title: str, telling: int, words: int, new: bool) -> str:
    what = f"Started telling {telling}" if new else f"Added to telling {telling}"
    return f"{what} of chapter {number}, {title}: {plural(words, 'word')}."


def come_back(key: str) -> str:
    return (
        f"Come back whenever you like: `rj story write {key}` adds to this chapter, and "
        "`rj story` shows them all."
    )


def no_telling(number: int, title: str) -> str:
    return f"Chapter {number}, {title}, has no words yet. `rj story write {number}` starts it."


def telling_heading(number: int, of: int) -> str:
    return f"Telling {number} of {of}"


def sitting_heading(day: str) -> str:
    return f"Added {day}"


def exported(path: str, chapters: int) -> str:
    return f"Wrote your story ({plural(chapters, 'chapter')}) to {path}. It is private to you."


SOME_SITTINGS = "a list of at least one sitting"  # an imported telling's, in its error


def nothing_to_remove(number: int, title: str, telling: int | None) -> str:
    which = f"telling {telling} of chapter {number}" if telling else f"chapter {number}"
    return f"There is nothing in {which}, {title}, to delete. Nothing was changed."


def ask_remove(number: int, title: str, tellings: int, sittings: int) -> str:
    told = "its telling" if tellings == 1 else f"its {tellings} tellings"
    return (
        f"Delete {told} of chapter {number}, {title} ({plural(sittings, 'sitting')}), for "
        "good? It cannot be brought back. y to delete, Enter to keep it:"
    )


REMOVE_NEEDS_YES = (
    "Deleting part of your story cannot be undone, so rj asks first; from a script, add "
    "--yes. Nothing was changed."
)
NOT_REMOVED = "Kept as it was. Nothing was deleted."


def removed(number: int, title: str, tellings: int, wiped: bool) -> str:
    done = f"Deleted {plural(tellings, 'telling')} of chapter {number}, {title}, for good."
    return f"{done} {GONE_FROM_FILE if wiped else STILL_IN_FILE}"


REMOVE_HELP = "Delete a chapter's tellings (or one, with --telling) for good, after asking."
