"""What the safety plan says: its sections, the walk through them, and its plain copy.

The six steps follow the Safety Planning Intervention (Stanley & Brown, 2012; see the
README), in its order. The wording is rj's own, after that research: it is not the authors'
form.
"""

from __future__ import annotations

from collections.abc import Sequence

# Each section's name (for --set; the names of the first six are how plans are stored, so
# they never change), its title, and what it is for.
PLAN_SECTIONS: dict[str, tuple[str, str]] = {
    "warning-signs": (
        "Warning signs",
        "Thoughts, feelings, moods or situations that tell you a hard time may be starting.",
    ),
    "coping": (
        "Things I can do on my own to cope",
        "Things that calm you or take your mind off it for a while, without anyone else: "
        "a walk, music, a shower, a game.",
    ),
    "places": (
        "People and places that take my mind off things",
        "People to be with and places to go that take your mind off things, without talking "
        "about the crisis: a friend's kitchen, a café, a park, a library.",
    ),
    "people": (
        "People I can ask for help",
        "People you could tell that you are struggling and ask for help, and how to reach them.",
    ),
    "professionals": (
        "Professionals and services",
        "A therapist, doctor or crisis line and how to reach them, and the nearest emergency "
        "department.",
    ),
    "safer-surroundings": (
        "Making my surroundings safer",
        "If there are medicines, firearms or other things you could use to hurt yourself "
        "nearby: how to keep them out of reach for now. Many people ask someone they trust "
        "to hold them for a while.",
    ),
    "reason": (
        "The one thing most worth living for",
        "A person, a hope, a place or something you love. A few words are enough.",
    ),
}
PLAN_TITLE = "Your safety plan"
PLAN_INTRO = (
    "A safety plan is a list you write now, for a hard moment later: six steps to go through "
    "in order (when one step does not help enough, go on to the next), then the one thing "
    "most worth living for. Any section can stay empty; Ctrl-D saves what you have so far "
    "and stops."
)
PLAN_SECTION_HOW = "Type lines to replace it, then an empty line. Enter at once keeps it."
PLAN_SECTION_NEW = "Type lines for it, then an empty line. Enter at once leaves it empty."
PLAN_OFFERED = "To start with, rj can put in these:"
PLAN_SECTION_OFFER = (
    "Enter at once takes these lines. Or type your own lines instead, then an empty line."
)
PLAN_OFFER_TAKEN = "Added these lines; you can change them any time."
PLAN_SECTION_KEPT = "Kept as it was."
PLAN_SECTION_EMPTY = "Left empty."
PLAN_OPTIONS_CLASH = (
    "Use one of --show, --history and --set at a time (--version goes with --show); "
    "--keep-plain-copy and --no-plain-copy go alone. Nothing was changed."
)
PLAN_NEEDS_TERMINAL = (
    "Writing the plan asks one section at a time on a terminal. From a script, use "
    "`rj safety-plan --set SECTION TEXT`. Nothing was changed."
)
PLAN_NONE = "You have no safety plan yet. `rj safety-plan` helps you write one, section by section."
PLAN_UNCHANGED = "Nothing changed, so your safety plan is as it was."
PLAN_EMPTY_NOT_SAVED = "Nothing was saved: every section was empty."
PLAN_EMPTY_SECTION = "(empty)"
PLAN_NOW_HOLDS = "Now:"
PLAN_HISTORY_COLUMNS = ("version", "saved", "changed")

# The crisis lines offered for "Professionals and services".
EMERGENCY_DEPARTMENT = "The nearest emergency department"
LOCAL_EMERGENCY = "call your local emergency number"

# The plain copy, for an encrypted journal.
PLAIN_COPY_NONE = "There is no plain copy of your safety plan, so nothing was removed."
PLAIN_COPY_NO_PLAN = (
    "You have no safety plan yet, so there is nothing to copy. `rj safety-plan` helps you "
    "write one. Nothing was changed."
)
PLAIN_COPY_NOT_ENCRYPTED = (
    "Your journal is not encrypted, so help-now reads the plan from it already; the copy "
    "matters once you encrypt it."
)
PLAIN_COPY_NOTE = "This is the plain copy of your plan, kept so that help-now needs no passphrase."
PLAIN_COPY_OFFER = (
    "Your journal is encrypted, so `rj help-now` needs your passphrase to show this plan. "
    "`rj safety-plan --keep-plain-copy` keeps a plain copy it can show without one; anyone "
    "who can read your files could read that copy."
)


def plan_saved(version: int, titles: Sequence[str]) -> str:
    """`titles`: the titles of the sections this version changed."""
    names = "; ".join(titles)
    return (
        f"Saved your safety plan (version {version}; changed: {names}). "
        "`rj help-now --all` shows it whenever you need it."
    )


def unknown_section(name: str, names: Sequence[str]) -> str:
    return f"There is no section called {name!r}. Sections: {', '.join(names)}."


def section_too_long(limit: int) -> str:
    return f"A section holds up to {limit} characters."


def no_plan_version(version: int) -> str:
    return (
        f"There is no version {version} of your safety plan. `rj safety-plan --history` lists them."
    )


def plan_version(version: int, day: str) -> str:
    return f"  version {version}, {day}"


def line(name: str, reach: str) -> str:
    """One crisis line as a line of the plan."""
    return f"{name}: {reach}"


def emergency_line(number: str | None) -> str:
    """The emergency department, and the number to call: "call 911", or none known."""
    return f"{EMERGENCY_DEPARTMENT} (or {number or LOCAL_EMERGENCY})"


def plain_copy_kept(path: str, updated: bool) -> str:
    done = "Updated" if updated else "Kept"
    return (
        f"{done} a plain copy of your safety plan at {path}, so `rj help-now --all` can show it "
        "without your passphrase. Anyone who can read your files can read this copy, even "
        "while the journal is encrypted; the journal itself stays as it is. Saving the plan "
        "again updates the copy, and `rj safety-plan --no-plain-copy` removes it."
    )


def plain_copy_removed(path: str) -> str:
    return (
        f"Removed the plain copy of your safety plan ({path}). `rj help-now --all` shows the plan "
        "when it can open the journal."
    )


def plain_copy_failed(path: str) -> str:
    return (
        f"The plain copy of your safety plan at {path} could not be written. Your plan is "
        "saved in the journal; `rj safety-plan --keep-plain-copy` tries again."
    )


def plain_copy_not_removed(path: str) -> str:
    return f"The plain copy of your safety plan at {path} could not be removed; it is still there."
