"""What the journal says, in one place so the voice can be read and reviewed together
(../shared/VOICE.md): calm, short, concrete; nothing lost; never entry text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resilience_journal.entries import Entry
    from resilience_journal.prompts import Prompt

EDITOR_HELP = [
    "Write above. Lines starting with # are left out (indent one with a space to keep it).",
    "Save and close to keep it. Leave it empty to save nothing.",
    "If you stop part way, what you typed is kept as a draft.",
    "If this is a very hard moment, `rj help-now` has grounding steps and people to reach.",
]
TERMINAL_INTRO = (
    "Write your entry. Press Ctrl-D on a new line to save it; "
    "Ctrl-C stops and keeps what you typed as a draft."
)
TERMINAL_ADD_INTRO = (
    "That is your draft so far. Add more below, then Ctrl-D on a new line to save it."
)
EMPTY_NOT_SAVED = "Nothing was saved: the entry was empty."
NO_DRAFT = "There is no draft to resume. `rj write` starts a new entry."
STDIN_INTRO = "Reading the entry from standard input: Ctrl-D on a new line ends it."
DRAFT_DISCARDED = "The draft was emptied, so it is discarded. Nothing was saved."
EDIT_NEEDS_EDITOR = (
    "`rj edit` opens an editor, and none is set. Set one with `rj config set editor nano` "
    "(or $EDITOR). Nothing was changed."
)
EDIT_NEEDS_TERMINAL = (
    "`rj edit` opens your editor, so it needs a terminal. From a script, pass --title, "
    "--mood, --tag or --date to change those. Nothing was changed."
)
TRASH_EMPTY = "The trash is empty."
NO_PROMPT_FITS = "No prompt fits those choices. `rj prompts categories` shows what there is."
PROMPT_FOOTER = "Only if it helps. `rj write` shows it; `rj prompt -a` offers another."
PROMPT_IN_EDITOR = "Today's prompt, only if it helps (write about anything you like):"
STOPPED = "Stopped."
RESUME_TAKES_NO_TEXT = "--resume brings back your draft; leave out the text. Nothing was saved."
USING_DEFAULTS = "Using the default settings for now."
NOT_SAVED_NOW = "The journal could not save this right now."
TRASH_HINT = "`rj restore ID` brings an entry back. `rj trash --empty` destroys them for good."
EMPTY_NEEDS_YES = "Emptying the trash destroys entries for good; add --yes to do it from a script."
NOTHING_DESTROYED = "Nothing was destroyed; the trash is as it was."
NO_ENTRIES_YET = "No entries yet. `rj write` starts one, whenever you are ready."
NO_ENTRIES_MATCH = "No entries match that. `rj list` with no filters shows them all."


def saved(entry: Entry) -> str:
    if entry.kind == "review":
        return review_saved(entry, added=False)
    return f"Saved entry {entry.id} for {entry.day} ({_words(entry.words)})."


def _words(count: int) -> str:
    return f"{count} word{'s' if count != 1 else ''}"


def path_trouble(reason: str, path: str | None) -> str:
    where = f": {path}" if path else ""
    return f"{reason}{where}. Nothing was changed; check the path."


def since_after_until(first: str, last: str) -> str:
    return f"--since ({first}) is after --until ({last}); nothing to show."


def bad_entry_id(text: str) -> str:
    return f"An entry id is a number, like 12; got {text!r}."


def nothing_typed(reason: str) -> str:
    return f"{reason} Nothing had been typed, so nothing was kept."


def setting_now(key: str, value: str | None) -> str:
    return f"{key} is now {value!r}." if value else f"{key} is now unset."


def setting_default(key: str) -> str:
    return f"{key} is back to its default."


def prompt_lines(prompt: Prompt | None) -> list[str]:
    """Today's prompt as lines for the top of the editor's file (they are left out)."""
    if prompt is None:
        return []
    import textwrap

    lines = [PROMPT_IN_EDITOR, *textwrap.wrap(prompt.text, 74)]
    if prompt.follow_ups:
        lines += textwrap.wrap(f"Then, if you like: {prompt.follow_ups[0]}", 74)
    return [*lines, ""]


def write_to_prompt(prompt_id: str) -> str:
    return f"`rj write --prompt {prompt_id}` writes to this one."


def greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return "Good morning."
    if 12 <= hour < 18:
        return "Good afternoon."
    if 18 <= hour < 23:
        return "Good evening."
    return "Hello."


def practice(days: int, of: int = 7) -> str:
    """What happened, never what did not: nothing at all is said for a quiet week."""
    if days <= 0:
        return ""
    return f"You wrote on {days} of the last {of} days."


def depth_above_pace(depth: str, pace: str) -> str:
    return (
        f"Your pace is {pace}, so {depth} prompts are not offered. `--pace {depth}` shows one "
        f"this time; `rj config set pace {depth}` changes it."
    )


def before_you_go(text: str) -> str:
    return f"Before you go: {text}"


def drafts_waiting(count: int) -> str:
    if count == 1:
        return "You have an earlier draft waiting; `rj write --resume` brings it back."
    return f"You have {count} earlier drafts waiting; `rj write --resume` brings back the newest."


def left_out(count: int, char: str = "#") -> str:
    lines = "line" if count == 1 else "lines"
    were = "was" if count == 1 else "were"
    return (
        f"{count} {lines} starting with {char} {were} left out, as comments. "
        "Indent a line with a space to keep it."
    )


def no_entry(entry_id: int) -> str:
    return f"There is no entry {entry_id}. `rj list` shows the ids."


def in_trash(entry_id: int) -> str:
    return f"Entry {entry_id} is in the trash. `rj restore {entry_id}` brings it back."


def rescued(path: str) -> str:
    return (
        f"The journal could not save this right now. Your text is safe in {path}; "
        f"once the journal works again, `rj write - < {path}` saves it."
    )


def too_long(length: int, limit: int) -> str:
    return (
        f"An entry can hold up to {limit:,} characters, and this one has {length:,}; "
        "split it into a few entries."
    )


def stdin_too_long(limit: int) -> str:
    return (
        f"An entry can hold up to {limit:,} characters, and standard input has more; split it "
        "into a few entries. Nothing was saved."
    )


def kept_as_draft(hint: str) -> str:
    return f"What you typed is kept as a draft; `{hint}` brings it back."


def picking_up_draft(entry_id: int) -> str:
    return f"Picking up the unsaved changes to entry {entry_id}."


def cannot_empty(entry_id: int) -> str:
    return f"An entry cannot be emptied; it is as it was. To remove it, `rj delete {entry_id}`."


def unchanged(entry_id: int) -> str:
    return f"No changes; entry {entry_id} is as it was."


def updated(entry_id: int) -> str:
    return f"Updated entry {entry_id}."


def moved_to_trash(entry_id: int) -> str:
    return f"Moved entry {entry_id} to the trash. `rj restore {entry_id}` brings it back."


def restored(entry_id: int) -> str:
    return f"Restored entry {entry_id}."


def _records(entries: int, wins: int) -> str:
    parts = []
    if entries:
        parts.append(f"{entries} {'entry' if entries == 1 else 'entries'}")
    if wins:
        parts.append(f"{wins} {'win' if wins == 1 else 'wins'}")
    return " and ".join(parts) or "nothing"


def confirm_empty(entries: int, wins: int = 0) -> str:
    return f"Destroy {_records(entries, wins)} in the trash for good? This cannot be undone."


def destroyed(entries: int, wins: int = 0) -> str:
    return f"Destroyed {_records(entries, wins)} from the trash."


# wins -------------------------------------------------------------------------------

NO_WINS_YET = (
    'No wins yet. When something small goes right, `rj win "drank water before coffee"` keeps it.'
)
NO_WINS_MATCH = "No wins match that. `rj wins` with no filters shows them all."
WINS_TRASH_HINT = "`rj wins restore ID` brings a win back."


WIN_STDIN_INTRO = "Type the win on one line, then press Ctrl-D on a new line to note it."


def win_noted(
    text: str, values: list[str], day_label: str | None, in_week: int, this_week: bool = True
) -> str:
    """'Noted: set a boundary with my manager. 3 wins this week.' Plain and specific. A win
    back-filled into an earlier week counts that week's wins."""
    end = "" if text[-1] in ".!?…" else "."
    when = f" for {day_label}" if day_label else ""
    said = f"Noted{when}: {text}{end}"
    if values:
        said += f" For {_and(values)}."
    count = "1 win" if in_week == 1 else f"{in_week} wins"
    return f"{said} {count} {'this' if this_week else 'that'} week."


def win_moved_to_trash(win_id: int) -> str:
    return f"Moved win {win_id} to the trash. `rj wins restore {win_id}` brings it back."


def win_restored(win_id: int) -> str:
    return f"Restored win {win_id}."


def _and(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# values -----------------------------------------------------------------------------

VALUES_INTRO = (
    "Values are what matter to you: the directions you want your days to face, not goals "
    "to finish. Pick a few to start with; you can change them any time."
)
VALUES_PICK = (
    "Type numbers or your own words, separated by commas (like 1, 4, being present). Enter skips."
)
VALUES_NONE_CHOSEN = "No values added. `rj values` offers these again whenever you like."
VALUES_ADD_HINT = "`rj values add NAME` adds one of these, or one of your own."
NO_VALUES_YET = "You have no values yet. `rj values` helps you choose some."
RATE_INTRO = (
    "A short check-in, in the spirit of the Valued Living Questionnaire. For each value: how "
    "important it is to you, and how fully you lived by it in the past week, from 1 (not at "
    "all) to 10 (very much). Enter skips a value. There are no right answers."
)
RATE_NEEDS_ALL = (
    "To rate from a script, give --value, --importance and --consistency together. "
    "Nothing was saved."
)
RATE_NEEDS_TERMINAL = (
    "`rj values rate` asks its questions on a terminal. From a script, pass --value, "
    "--importance and --consistency. Nothing was saved."
)
RATE_ASK_AGAIN = "A whole number from 1 to 10, or Enter to skip this value."
PICK_ASK_AGAIN = "Numbers from the list or names of your values, or Enter to skip."
NO_RATINGS_YET = (
    "No ratings yet. `rj values rate` is a short check-in; after it, this shows how your days "
    "and your values line up."
)
VALUED_LIVING_NOTE = "A reflection of your own ratings, not a measure of you."


def values_added(names: list[str]) -> str:
    return (
        f"Added {_and(names)}. `rj values rate` is a short check-in on how they are going, "
        "whenever you like."
    )


def value_added(name: str, revived: bool) -> str:
    if revived:
        return f"{name!r} is one of your values again; its history was kept."
    return f"Added {name!r} to your values."


def value_renamed(old: str, new: str) -> str:
    return f"Renamed {old!r} to {new!r}; entries and wins linked to it follow."


def value_archived(name: str) -> str:
    from resilience_journal.values import quoted_name

    return (
        f"Archived {name!r}: it rests, and its history is kept. "
        f"`rj values add {quoted_name(name)}` brings it back."
    )


def ratings_kept(count: int) -> str:
    if count == 0:
        return "No ratings were kept."
    noun = "rating" if count == 1 else "ratings"
    return f"Kept {count} {noun}. `rj alignment` shows them beside what you did."


def rating_kept(name: str, importance: int, consistency: int) -> str:
    return f"Kept for {name}: importance {importance}, consistency {consistency}."


def values_picker(names: list[str]) -> str:
    listed = "  ".join(f"{number} {name}" for number, name in enumerate(names, 1))
    return f"Did this touch any of your values? {listed}  (numbers or names; Enter skips)"


def linked_values(entry_id: int, names: list[str]) -> str:
    return f"Linked entry {entry_id} to {_and(names)}."


def valued_living(figure: float, rated: int) -> str:
    noun = "value" if rated == 1 else "values"
    return (
        f"Valued living (VLQ-style): {figure:g} of 100, the mean of importance × consistency "
        f"over {rated} rated {noun}."
    )


# practice over time -------------------------------------------------------------------


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _on(day: Any) -> str:
    from resilience_journal.dates import day_text

    return day_text(day)


def streak_lines(result: Any) -> list[str]:
    """What happened, never what did not: a streak, the days written, and the rule."""
    lines = []
    current, longest = result.current, result.longest
    if result.total == 0:
        lines.append("Nothing written yet. The journal is here whenever you want it.")
    elif result.returning and current is not None:
        lines.append(f"Welcome back. Before this, you last wrote on {_on(result.previous_day)}.")
    if current is not None and not (result.returning and current.days == 1):
        rest = current.days - current.practised
        rested = ""
        if rest:
            rested = f", {rest} of them {'a rest day' if rest == 1 else 'rest days'}"
        lines.append(f"Your current streak: {_days(current.days)}, since {_on(current.start)}"
                     f"{rested}.")  # fmt: skip
    elif current is None and result.last_day is not None:
        lines.append(f"You last wrote on {_on(result.last_day)}. The journal is here "
                     "whenever you want it.")  # fmt: skip
    if longest is not None and longest.days > 1 and (current is None or longest != current):
        lines.append(f"Your longest streak: {_days(longest.days)}, {_on(longest.start)} to "
                     f"{_on(longest.end)}.")  # fmt: skip
    if result.last_7:
        lines.append(f"You wrote on {result.last_7} of the last 7 days and {result.last_30} of "
                     f"the last 30; {_days(result.total)} in all.")  # fmt: skip
    elif result.last_30:
        lines.append(f"You wrote on {result.last_30} of the last 30 days; "
                     f"{_days(result.total)} in all.")  # fmt: skip
    elif result.total:
        lines.append(f"You have written on {_days(result.total)} in all.")
    lines.append(streak_rule(result.rest_days_per_week))
    return lines


def streak_rule(rest_days: int) -> str:
    if rest_days == 0:
        rests = "A streak counts days in a row"
    else:
        rests = (f"A streak rests through up to {_days(rest_days)} without writing in any "
                 "7 days")  # fmt: skip
    return (
        f"{rests}; an entry, a win or a review counts, and today stays open until it ends "
        "(rest_days_per_week changes this)."
    )


def stats_totals(totals: dict[str, int], since: str | None) -> str:
    when = f"Since {since}" if since else "In all"
    return (
        f"{when}: {totals['entries']} {'entry' if totals['entries'] == 1 else 'entries'}, "
        f"{totals['wins']} {'win' if totals['wins'] == 1 else 'wins'} and "
        f"{totals['reviews']} weekly {'review' if totals['reviews'] == 1 else 'reviews'}; "
        f"{totals['words']:,} {'word' if totals['words'] == 1 else 'words'} written."
    )


def stats_period(title: str, since: Any, weeks: int) -> str:
    return f"{title}, since {since}" if since else f"{title}, last {weeks} weeks"


REVIEW_NOTES = {
    "no_entries": "No entries this week.",
    "no_wins": "No wins noted this week.",
    "other_wins": "other wins",
    "no_values": "No values lived this week.",
    "no_moods": "No moods noted this week.",
}
WEEK_OR_DATE = "Give --week or --date, not both. Nothing was changed."


def write_review_now(label: str, existing: bool) -> str:
    if existing:
        return f"Add to your review of {label} now?"
    return f"Write your review of {label} now?"


def review_questions(prompts: list[Any]) -> list[str]:
    """The week's questions above the writing space (in the editor, as comment lines)."""
    import textwrap

    if not prompts:
        return []
    lines = ["Questions for this week, only if they help (write about anything you like):"]
    for number, prompt in enumerate(prompts, 1):
        lines += textwrap.wrap(f"{number}. {prompt.text}", 74, subsequent_indent="   ")
    return [*lines, *textwrap.wrap(HELP_NOW_LINE, 74), ""]


def review_typing(adding: bool) -> str:
    if adding:
        return ("That is your review so far. Add more below, then Ctrl-D on a new line to save "
                "it; Ctrl-C stops and keeps what you typed as a draft.")  # fmt: skip
    return ("Write your review. Press Ctrl-D on a new line to save it; Ctrl-C stops and keeps "
            "what you typed as a draft.")  # fmt: skip


def review_saved(entry: Entry, added: bool) -> str:
    words = _words(entry.words)
    if added:
        return f"Added to your review of {entry.review_week} (entry {entry.id}, {words} now)."
    return f"Saved your review of {entry.review_week} as entry {entry.id} ({words})."


def week_not_started(label: str) -> str:
    return f"The week {label} has not started yet. `rj review` shows the latest week."


NO_REVIEWS_YET = "No reviews written yet. `rj review` shows your week and offers to write one."


def review_ready(start: Any, today: Any) -> str:
    """'Your review of last week (16 to 22 Nov) is ready whenever you are: `rj review`.'"""
    from datetime import timedelta

    end = start + timedelta(days=6)
    which = "this week" if start <= today <= end else "last week"
    span = (f"{start.day} {start:%b} to {end.day} {end:%b}" if start.month != end.month
            else f"{start.day} to {end.day} {end:%b}")  # fmt: skip
    return f"Your review of {which} ({span}) is ready whenever you are: `rj review`."


def saved_picture(path: str) -> str:
    return f"Saved the review to {path} (readable only by you)."


def on_this_day(memory: Any) -> str:
    if memory.kind == "review":
        return f"This week {memory.when}, you wrote in your weekly review: {memory.text}"
    what = "you noted a small win" if memory.kind == "win" else "you wrote"
    return f"On this day {memory.when}, {what}: {memory.text}"


# export and import -------------------------------------------------------------------------

EXPORT_OVER_JOURNAL = (
    "That is the journal itself; choose another file for -o. Nothing was exported."
)
SPLIT_NEEDS_MARKDOWN = "--split writes markdown files; leave out --format json, or use -o."
OUT_AND_SPLIT = "Choose one: -o FILE for one file, or --split DIR for a file per day."


def exported(records: int, path: str) -> str:
    what = "record" if records == 1 else "records"
    return f"Exported {records} {what} to {path} (readable only by you)."


def no_folder(folder: str) -> str:
    return f"There is no folder {folder}. Nothing was exported."


def split_done(result: Any, folder: str) -> list[str]:
    """What `rj export --split` did, then each file it left alone."""
    if result.written:
        done = f"Wrote {result.written} {'day' if result.written == 1 else 'days'} to {folder}"
    else:
        done = f"Nothing to update in {folder}"
    extras = []
    if result.unchanged:
        extras.append(f"{result.unchanged} unchanged")
    if result.removed:
        extras.append(f"{result.removed} removed, as nothing is left on those days")
    lines = [done + (f" ({'; '.join(extras)})" if extras else "") + "."]
    if result.left_alone:
        count = len(result.left_alone)
        one = count == 1
        them = "it" if one else "them"
        lines.append(
            f"Left {count} {'file' if one else 'files'} as {'it was' if one else 'they were'}: "
            f"rj did not write {them}, or {'it was' if one else 'they were'} changed after rj "
            f"wrote {them}. To have rj write {them}, move {them} aside and run this again:"
        )
        lines += [f"  {name}" for name in result.left_alone[:20]]
        if count > 20:
            lines.append(f"  and {count - 20} more")
    return lines


def imported(added: dict[str, int], already: dict[str, int], name: str, dry_run: bool) -> str:
    """'Imported 8 entries and 2 wins from old.json; 3 were already here.'"""
    parts = [f"{n} {what.replace('_', ' ') if n != 1 else _ONE[what]}"
             for what, n in added.items() if n]  # fmt: skip
    here = sum(already.values())
    what = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts \
        else "nothing new"  # fmt: skip
    verb = "Would import" if dry_run else "Imported"
    text = f"{verb} {what} from {name}"
    if here:
        text += f"; {here} {'was' if here == 1 else 'were'} already here"
    if dry_run:
        text += ". Nothing was written (--dry-run)"
    return text + "."


_ONE = {"entries": "entry", "reviews": "review", "wins": "win", "values": "value",
        "value_ratings": "value rating", "goals": "goal", "experiments": "experiment"}  # fmt: skip


# Help within reach ---------------------------------------------------------------------

HELP_NOW_LINE = (
    "If this is a very hard moment, `rj help-now` has grounding steps and people to reach."
)
HELP_NOW_TITLE = "You are not alone in this. Take what helps."
HELP_NOW_GROUND = "First, a moment to land"
HELP_NOW_PLAN = "Your safety plan"
HELP_NOW_CONTACTS = "People you can reach now"
HELP_NOW_NO_PLAN = (
    "You have no safety plan yet. When you feel steadier, `rj safety-plan` helps you write one."
)
HELP_NOW_PLAN_ENCRYPTED = (
    "Your safety plan is in your encrypted journal: `rj safety-plan --show` opens it with "
    "your passphrase."
)
HELP_NOW_PLAN_UNREADABLE = "Your safety plan could not be read from the journal right now."
HELP_NOW_CLOSE = (
    "rj is a journal, not a replacement for care from a person. You can go back to writing "
    "whenever you want."
)
HELP_NOW_REGION = (
    "`rj config set region US` (or your country's code) shows only your country's lines and "
    "the ones that work anywhere."
)
CONTACTS_OWN_HINT = "`rj contacts add NAME HOW` adds your own people; they are shown first."

CHECK_IN_QUESTION = "How much distress do you feel right now, 0 (none) to 10? Enter skips."
CHECK_IN_FIRST = (
    "rj asks this once a day and keeps it with the day; `rj config set check_in off` stops it."
)
CHECK_IN_AGAIN = "0 to 10, or Enter to skip:"
SUPPORT_MENU = [
    "That sounds like a lot to carry right now. Before any prompt, would one of these help?",
    "  1  a short grounding exercise",
    "  2  your safety plan",
    "  3  people you can reach now",
]
SUPPORT_ASK = "Type 1, 2 or 3, or press Enter to go on when you are ready:"
SUPPORT_AGAIN_MENU = "Anything else? 1 grounding, 2 your safety plan, 3 people to reach."
SUPPORT_AGAIN = "1, 2 or 3, or Enter to go on."
GENTLE_TODAY = "Today's prompts stay gentle. Write about anything you like, or nothing at all."


def gentle_today(distress: int, depth: str) -> str:
    return (
        f"You rated your distress {distress} today, so prompts stay gentle today and {depth} "
        "ones are not offered. `rj write --prompt ID` still opens any prompt you choose."
    )


def low_mood(mood: int | None) -> str | None:
    """After an entry with one of the lowest moods: help, offered once and quietly."""
    return HELP_NOW_LINE if mood is not None and mood <= 2 else None


# The safety plan

PLAN_INTRO = (
    "A safety plan is a list you write now, for a hard moment later. Six short sections; "
    "any of them can stay empty. Ctrl-D saves what you have so far and stops."
)
PLAN_SECTION_HOW = "Type lines to replace it, then an empty line. Enter at once keeps it."
PLAN_SECTION_NEW = "Type lines for it, then an empty line. Enter at once leaves it empty."
PLAN_SECTION_KEPT = "Kept as it was."
PLAN_SECTION_EMPTY = "Left empty."
PLAN_OPTIONS_CLASH = (
    "Use one of --show, --history and --set at a time (--version goes with --show). "
    "Nothing was changed."
)
PLAN_NEEDS_TERMINAL = (
    "Writing the plan asks one section at a time on a terminal. From a script, use "
    "`rj safety-plan --set SECTION TEXT`. Nothing was changed."
)
PLAN_NONE = "You have no safety plan yet. `rj safety-plan` helps you write one, section by section."
PLAN_UNCHANGED = "Nothing changed, so your safety plan is as it was."
PLAN_EMPTY_NOT_SAVED = "Nothing was saved: every section was empty."


def plan_saved(version: int, changed: list[str]) -> str:
    from resilience_journal.safety import SECTIONS

    names = "; ".join(SECTIONS[key][0] for key in changed)
    return (f"Saved your safety plan (version {version}; changed: {names}). "
            "`rj help-now` shows it whenever you need it.")  # fmt: skip


def unknown_section(name: str) -> str:
    from resilience_journal.safety import SECTIONS

    return f"There is no section called {name!r}. Sections: {', '.join(SECTIONS)}."


def no_plan_version(version: int) -> str:
    return (
        f"There is no version {version} of your safety plan. `rj safety-plan --history` lists them."
    )


def contact_added(name: str) -> str:
    return f"Added {name}. `rj help-now` shows your own people first."


def contact_exists(name: str) -> str:
    return (f"You already have a contact called {name!r}. `rj contacts remove` it first to "
            "change how to reach them. Nothing was changed.")  # fmt: skip


def in_danger(number: str | None) -> str:
    return f"If you are in danger right now, {number or 'call your local emergency number'}."


def no_lines_for(region: str) -> str:
    return (f"rj has no crisis lines for {region} yet; findahelpline.com lists the ones "
            "near you.")  # fmt: skip


def lines_checked(day: str) -> str:
    return (f"The crisis lines were checked against their official pages on {day}; "
            "`rj contacts` shows each one's source.")  # fmt: skip


def contact_removed(name: str) -> str:
    return f"Removed {name} from your contacts."


def no_contact(name: str) -> str:
    return f"None of your contacts is called {name!r}. `rj contacts` lists them."


def checked(verified: str) -> str:
    return f"checked {verified}" if verified else ""


# The writing timer


def timer_start(minutes: int, at_terminal: bool) -> str:
    if at_terminal:
        return (f"Timer: {minutes} min. rj mentions the time after a line now and then, and "
                "never stops you.")  # fmt: skip
    return f"Timer: {minutes} min. When your editor closes, rj says how long you wrote."


def timer_notice(kind: str, minutes: int) -> str:
    if kind == "up":
        return "That is the time you set. You can stop here (Ctrl-D), or keep writing."
    return f"{minutes} min left."


def wrote_for(minutes: int, planned: int) -> str:
    spent = "less than a minute" if minutes < 1 else f"{minutes} min"
    return f"You wrote for {spent} (the timer was {planned} min)."


TIMER_NEEDS_TERMINAL = (
    "--timer is for writing at the terminal or in your editor, not with TEXT or a pipe. "
    "Nothing was saved."
)


# Looking after the journal file: backup, doctor, encryption


def no_journal_yet(path: str) -> str:
    return f"There is no journal at {path} yet. `rj write` starts one."


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KiB"


def backed_up(path: str, size: int, removed: int) -> str:
    older = ""
    if removed:
        older = (
            f" Removed {removed} older backup{'s' if removed != 1 else ''}, as backups_keep asks."
        )
    return f"Backed up the journal to {path} ({_size(size)}).{older}"


def doctor_heading(path: str, exists: bool) -> str:
    return f"Journal: {path}" if exists else f"Journal: {path} (not written yet)"


def doctor_backup(path: str) -> str:
    return f"A backup was made first: {path}"


_CHECK_NAMES = {
    "permissions": "Privacy",
    "file": "File",
    "version": "Version",
    "search": "Search index",
    "links": "Links",
    "backups": "Backups",
}


def doctor_line(name: str, ok: bool, fixed: bool, detail: str) -> str:
    mark = "ok   " if ok else "fixed" if fixed else "look "
    return f"  {mark}  {_CHECK_NAMES.get(name, name)}: {detail}"


DOCTOR_WELL = "All is well."
DOCTOR_ATTENTION = "Something needs attention; each line above says how to fix it."


def already_encrypted(path: str) -> str:
    return f"The journal at {path} is already encrypted. Nothing was changed."


def not_encrypted(path: str) -> str:
    return f"The journal at {path} is not encrypted. Nothing was changed."


ENCRYPTED = (
    "The journal is encrypted. rj asks for the passphrase each time it opens it (or reads "
    "RJ_PASSPHRASE). Keep the passphrase somewhere safe: without it the journal cannot be "
    "opened by anyone, you included."
)
EXPORT_NOT_ENCRYPTED = (
    "The journal is encrypted; this export is not: anyone who can read it can read what you wrote."
)
BEFORE_ENCRYPTING = (
    "Choose a passphrase you will remember: nobody can open the journal without it, you "
    "included. A few unrelated words are strong and easy to keep."
)
DECRYPTED = "The journal is no longer encrypted: anyone who can read the file can read it."


def plain_backups_left(count: int, folder: str) -> str:
    them = "them" if count != 1 else "it"
    return (
        f"{count} earlier backup{'s' if count != 1 else ''} in {folder} "
        f"{'are' if count != 1 else 'is'} not encrypted: anyone who can read {them} can read "
        f"the journal as it was then. Remove {them} if that matters to you (`rj doctor` "
        "lists them)."
    )


# Goals and experiments -------------------------------------------------------------------

NO_GOALS_YET = (
    'No goals yet. `rj goals add "swim once a week"` starts one, with small steps, whenever '
    "you are ready."
)
NO_GOALS_IN_PROGRESS = "No goals in progress. `rj goals list --all` shows every goal."
GOAL_WALK_INTRO = (
    "A few questions to shape the goal (specific, measurable, achievable, relevant, "
    "time-bound). Enter skips one; Ctrl-D saves the goal with what you have answered; "
    "Ctrl-C stops and saves nothing."
)
GOAL_QUESTIONS = {
    "specific": "What, exactly, would you like to do?",
    "measure": "How will you know it is happening, or done?",
    "achievable": "What puts it within reach? A smaller version counts.",
    "why": "Why does it matter to you?",
}
GOAL_ASK_BY = "By when, if a date helps? (like 'in 3 weeks' or 'dec 20')"
GOAL_NOT_SAVED = "Stopped. The goal was not saved; nothing was written."
LEARNED_QUESTION = (
    "If you like, a line on what you learned, or what you are taking with you (Enter skips):"
)
STEP_HINT = "`rj goals step {id} TEXT` adds a step; `rj goals check {id} N` checks one."
RESUME_HINT = "`rj goals resume {id}` takes this goal up again, whenever you want to."


def goal_value_question(names: list[str]) -> str:
    listed = "  ".join(f"{number} {name}" for number, name in enumerate(names, 1))
    return f"Which of your values does it serve? {listed}  (a number or a name)"


def goal_added(goal_id: int, title: str, steps_hint: bool = True) -> str:
    hint = f" `rj goals step {goal_id} TEXT` adds a first small step." if steps_hint else ""
    return f"Added goal {goal_id}: {title}.{hint}"


def step_added(goal_id: int, step: int, text: str) -> str:
    return f"Added step {step} to goal {goal_id}: {text}."


def step_win(step: str, title: str) -> str:
    """The text of the small win a checked step notes."""
    return f"{step} (a step toward: {title})"


def step_checked(goal_id: int, step: int, win_id: int, new_win: bool,
                 value: str | None, all_done: bool) -> str:  # fmt: skip
    said = f"Checked step {step} of goal {goal_id}."
    if new_win:
        said += f" Noted as a small win (win {win_id})"
        said += f", for {value}." if value else "."
    else:
        said += f" Its small win (win {win_id}) is still there."
    if all_done:
        said += (f" Every step of goal {goal_id} is checked; `rj goals done {goal_id}` marks "
                 "the goal done, whenever it feels done.")  # fmt: skip
    return said


def step_unchecked(goal_id: int, step: int, win_id: int | None) -> str:
    said = f"Step {step} of goal {goal_id} is open again."
    if win_id is not None:
        said += (f" Its small win (win {win_id}) stays in your wins; `rj wins delete {win_id}` "
                 "moves it to the trash if you would rather not keep it.")  # fmt: skip
    return said


def goal_state_said(goal_id: int, title: str, state: str, checked: int, steps: int,
                    learned: bool = False) -> str:  # fmt: skip
    if state == "paused":
        return (f"Paused goal {goal_id}: {title}. It waits here, steps and all; "
                f"`rj goals resume {goal_id}` picks it up again.")  # fmt: skip
    if state == "active":
        return f"Goal {goal_id} is active again: {title}."
    along = f" {checked} of {steps} steps checked along the way." if steps else ""
    if state == "done":
        return f"Goal {goal_id} is done: {title}.{along}"
    kept = " What you learned is kept with it." if learned else ""
    return (f"You let go of goal {goal_id}: {title}. Letting a goal go is an outcome too; its "
            f"steps and wins are kept.{kept}")  # fmt: skip


def goal_stopped(goal_id: int) -> str:
    return f"Stopped. Goal {goal_id} is as it was."


# experiments

NO_EXPERIMENTS_YET = (
    'No experiments yet. `rj experiment start "a walk after lunch" --days 7` tries one '
    "small thing for a week."
)
EXPERIMENT_WALK_INTRO = (
    "Two questions, only if they help. Enter skips one; Ctrl-D starts the experiment with "
    "what you have answered; Ctrl-C stops and saves nothing."
)
ASK_HELPED_IF = "How will you know it helped? In your own words:"
ASK_IF_HARD = "When it gets hard, what will you do? A plan for that day:"
EXPERIMENT_NOT_SAVED = "Stopped. The experiment was not started; nothing was written."
CLOSE_INTRO = (
    "Enter skips a question; Ctrl-D closes the experiment with what you have answered; "
    "Ctrl-C stops and leaves it open."
)
ASK_OUTCOME = "How did it go? 1 helped, 2 partly, 3 not this time:"
ASK_OUTCOME_AGAIN = "1, 2 or 3 (helped, partly, not this time), or Enter to skip."
ASK_ADJUST = "What would you adjust, or keep, if you tried it again?"
OUTCOME_WORDS = {"helped": "It helped.", "partly": "It partly helped.",
                 "not-this-time": "Not this time; that is worth knowing too."}  # fmt: skip


def experiment_started(number: int, title: str, days: int, end: Any) -> str:
    span = "today" if days == 1 else f"for {days} days, to {_on(end)}"
    return (f"Started experiment {number}: {title}, {span}. `rj experiment log {number}` "
            "notes each day you try it.")  # fmt: skip


def experiment_logged(number: int, day_of: int, days: int, did: bool, changed: bool) -> str:
    how = "tried it" if did else "not this day"
    verb = "Updated" if changed else "Logged"
    return f"{verb} day {day_of} of {days} of experiment {number}: {how}."


def tried_summary(tried: int, so_far: int, days: int, closed: bool = False) -> str:
    """'You tried it on 5 of 7 days.' What happened, plainly."""
    if so_far < days and closed:
        return f"You tried it on {tried} of the {_days(so_far)} it ran ({days} planned)."
    if so_far < days:
        return f"You tried it on {tried} of {_days(so_far)} so far, of {days} planned."
    return f"You tried it on {tried} of {_days(days)}."


def week_tries(tried: int, not_tried: int) -> str:
    """An experiment's days logged in a week: 'tried on 4 days, not on 1'."""
    said = f"tried on {_days(tried)}" if tried else "not tried this week"
    if tried and not_tried:
        said += f", not on {not_tried}"
    return said


def experiment_closed(number: int, title: str, summary: str, outcome: str | None,
                      adjusted: bool) -> str:  # fmt: skip
    said = f"Closed experiment {number}: {title}. {summary}"
    if outcome:
        said += f" {OUTCOME_WORDS[outcome]}"
    if adjusted:
        said += " What you would adjust is kept with it."
    return said


def experiment_stopped(number: int) -> str:
    return f"Stopped. Experiment {number} is still open; nothing was changed."


def experiment_today(number: int, day_of: int, days: int, tick: Any, ended: Any) -> str:
    """A line for `rj today`, after the experiment's title."""
    if ended is not None:
        return (f"ended {_on(ended)}. `rj experiment close {number}` looks back on it, when "
                "you are ready.")  # fmt: skip
    if tick is None:
        return (f"day {day_of} of {days}, not logged yet: `rj experiment log {number}` (or "
                "--didnt).")  # fmt: skip
    return f"day {day_of} of {days}, logged: {'tried it' if tick.did else 'not today'}."


def next_step_today(number: int, step: Any) -> str:
    if step is None:
        return f"no steps yet: `rj goals step {number} TEXT` adds one."
    return f"next, step {step.step}:"
