"""What export and import say: the command's lines, import's errors (each names the record
and field, as jq would, never its text), and the sentences of the markdown export.

An error here says what happened; its outcome ("Nothing was imported.", messages/common.py)
is added by the JournalError that carries it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from resilience_journal.messages import stats as stats_words
from resilience_journal.messages.common import plural

# rj export ----------------------------------------------------------------------------------

EXPORT_OVER_JOURNAL = "That is the journal itself; choose another file for -o."
SPLIT_NEEDS_MARKDOWN = "--split writes markdown files; leave out --format json, or use -o."
OUT_AND_SPLIT = "Choose one: -o FILE for one file, or --split DIR for a file per day."
EXPORT_NOT_ENCRYPTED = (
    "The journal is encrypted; this export is not: anyone who can read it can read what you wrote."
)
EXPORTING = "Exporting"  # the progress bar's label


def no_folder(folder: str) -> str:
    return f"There is no folder {folder}."


def exported(records: int, path: str, *, private: bool = True) -> str:
    """`private`: a file rj made readable only by you (not a pipe or a device)."""
    kept = " (readable only by you)" if private else ""
    return f"Exported {plural(records, 'record')} to {path}{kept}."


def and_more(count: int) -> str:
    """Below a list cut short: how many it leaves out."""
    return f"and {count} more"


def split_done(
    written: int,
    unchanged: int,
    removed: int,
    left_alone: Sequence[str],
    folder: str,
    *,
    pruned: bool = False,
) -> list[str]:
    """What `rj export --split` did, then each file it left alone (`pruned`: the days it
    removed are not in this journal, with --prune, rather than days with nothing left)."""
    those = "that day" if removed == 1 else "those days"
    why = "not in this journal" if pruned else f"nothing is left on {those}"
    extras = []
    if written:
        done = f"Wrote {plural(written, 'day')} to {folder}"
    elif removed:
        done = f"Removed {plural(removed, 'day')} from {folder}"  # each named above, with why
    else:
        done = f"Nothing to update in {folder}"
    if unchanged:
        extras.append(f"{unchanged} unchanged")
    if removed and written:
        extras.append(f"{removed} removed: {why}")
    lines = [done + (f" ({'; '.join(extras)})" if extras else "") + "."]
    if left_alone:
        count = len(left_alone)
        one = count == 1
        them = "it" if one else "them"
        was = "it was" if one else "they were"
        lines.append(
            f"Left {plural(count, 'file')} as {was}: rj did not write {them}, or {was} changed "
            f"after rj wrote {them}. To have rj write {them}, move {them} aside and run this again:"
        )
        lines += [f"  {name}" for name in left_alone[:20]]
        if count > 20:
            lines.append(f"  {and_more(count - 20)}")
    return lines


# rj import ----------------------------------------------------------------------------------

STANDARD_INPUT = "standard input"  # how the file is named when it is read from -
READING = "Reading and importing"  # the bar over the bytes of the file read
INDEXING = "Making it searchable"  # the same bar, once the file is read
_LEFT_OUT = {
    "empty": ("empty entry", "empty entries"),
    "future": ("entry dated in the future", "entries dated in the future"),
}
_SHOW_DAYS = 10
# What an import adds, by the key of the counts: one, and many when not just an added s.
_COUNTED = {
    "entries": ("entry", "entries"),
    "reviews": ("review", None),
    "wins": ("win", None),
    "values": ("value", None),
    "value_ratings": ("value rating", None),
    "goals": ("goal", None),
    "experiments": ("experiment", None),
    "checkins": ("check-in", None),
    "beliefs": ("belief", None),
    "worries": ("worry sorted", "worries sorted"),
    "story": ("telling of your story", "tellings of your story"),
    "reflections": ("monthly reflection answer", None),
    "hard_dates": ("marked date", None),
}


def no_file(path: str) -> str:
    return f"There is no file at {path}."


def is_a_folder(path: str) -> str:
    return f"{path} is a folder; import needs a file."


def not_utf8(name: str) -> str:
    return f"{name} is not UTF-8 text."


def logs_left_beside(path: object, names: list[str]) -> str:
    """No journal at `path`, but an earlier journal's log files beside it."""
    these = " and ".join(names)
    return (
        f"There is no journal at {path}, but {these} from an earlier journal"
        f" {'is' if len(names) == 1 else 'are'} beside it, and would be read into the new one."
        f" Move {'it' if len(names) == 1 else 'them'} aside (or put the journal"
        f" {'it belongs' if len(names) == 1 else 'they belong'} to back), then run this again."
    )


def journal_started_meanwhile(path: object) -> str:
    """An import into a new journal, finished after another rj had started one there."""
    return (
        f"A journal was started at {path} while this import ran, so the import was not put"
        " in its place; that journal is as it was. Run the same rj import again to add the"
        " file to it."
    )


def imported(added: dict[str, int], already: dict[str, int], name: str, dry_run: bool) -> str:
    """'Imported 8 entries and 2 wins from old.json; 3 were already here.'"""
    parts = [plural(n, *_COUNTED[what]) for what, n in added.items() if n]
    here = sum(already.values())
    what = (
        ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        if parts
        else "nothing new"
    )
    verb = "Would import" if dry_run else "Imported"
    text = f"{verb} {what} from {name}"
    if here:
        text += f"; {here} {'was' if here == 1 else 'were'} already here"
    if dry_run:
        text += ". Nothing was written (--dry-run)"
    return text + "."


def _days(days: Sequence[str]) -> str:
    """The days named, each once (three entries of one day name it once)."""
    days = list(dict.fromkeys(days))
    shown = ", ".join(days[:_SHOW_DAYS])
    return shown + (f" and {len(days) - _SHOW_DAYS} more days" if len(days) > _SHOW_DAYS else "")


def import_notes(
    left_out: dict[str, list[str]], merged: int, joined: Sequence[tuple[Sequence[str], str]]
) -> list[str]:
    """After an import's summary: what was left out (by day), copies kept as one, and
    tags the file wrote in several ways that were kept as one."""
    lines = []
    for why, days in left_out.items():
        if days:
            one, many = _LEFT_OUT[why]
            lines.append(
                f"Left out {plural(len(days), one, many)} ({_days(days)}); "
                "--strict refuses such a file instead."
            )
    if merged:
        copies = "1 copy of an entry" if merged == 1 else f"{merged} copies of entries"
        lines.append(
            f"Joined {copies} to the entry it repeats: starred if any copy was, "
            "with the tags of every copy."
        )
    for spellings, tag in joined:
        written = ", ".join(spellings[:-1]) + " and " + spellings[-1]
        lines.append(f"{written} were kept as one tag, {tag}.")
    return lines


def refused_entry(where: str, why: str, day: str) -> str:
    """--strict: an empty entry, or one dated in the future."""
    what = "is empty" if why == "empty" else "is dated in the future"
    return f"{where} ({day}) {what}; leave out --strict to import the rest without it."


def not_text(where: str, key: str, day: str | None) -> str:
    """A lone surrogate (\\ud800): named by the record and its day, never its text."""
    dated = f" (the entry of {day})" if day and where.startswith("entries") else ""
    dated = dated or (f" (of {day})" if day else "")
    return (
        f"{where}.{key}{dated} holds half of a character (a lone surrogate), which cannot be"
        " kept as text."
    )


def not_valid_json(name: str, *, cut_short: bool) -> str:
    cut = " It may be cut short." if cut_short else ""
    return f"{name} is not valid JSON.{cut}"


def number_too_long(name: str) -> str:
    return f"{name} holds a number longer than 4,300 digits, which rj cannot read."


# import: what the file is -------------------------------------------------------------------

NOT_ONE_OBJECT = 'The file should hold one JSON object {...} with "entries".'
NO_VERSION = 'The file has no "version" number.'
# What made an import's file, as --from names it.
_SOURCE_NAMES = {
    "json": "Resilience Journal export",
    "jrnl": "jrnl export",
    "dayone": "Day One export",
    "jrnl-txt": "jrnl journal (plain text)",
}


def not_json(name: str, line: int, column: int, *, cut_short: bool) -> str:
    cut = " It may be cut short." if cut_short else ""
    return f"{name} is not valid JSON (line {line}, column {column}).{cut}"


def too_deep(name: str) -> str:
    return f"{name} nests too deeply to be a journal export."


def unknown_file(name: str, format_name: str) -> str:
    return (
        f"{name} is not a Resilience Journal or jrnl export that rj knows: it needs "
        f'"format": "{format_name}", or jrnl\'s "entries" with "date" and "time".'
    )


def other_source(name: str, found: str, given: str) -> str:
    """A file given with --from that is another kind: which to try."""
    return (
        f"{name} looks like a {_SOURCE_NAMES[found]}, not a "
        f"{_SOURCE_NAMES[given]}; try --from {found}."
    )


def newer_format(version: int) -> str:
    return (
        f"The file was made by a newer Resilience Journal (format version {version}); "
        "please update rj to import it."
    )


# import: a record that is not as it should be -----------------------------------------------


def not_an_object(where: str) -> str:
    return f"{where} should be an object {{...}}."


def not_a_list(key: str) -> str:
    return f"{key} should be a list [...]."


def missing(where: str, key: str) -> str:
    return f"{where} has no {key!r}."


def should_be(where: str, key: str, should: str) -> str:
    """'entries[3].mood should be a whole number from 0 to 10.'"""
    return f"{where}.{key} should be {should}."


def uuid_twice(where: str) -> str:
    return f"{where}.uuid appears twice in the file."


def value_name_twice(where: str) -> str:
    return f"{where}.name is the name of another value in the file."


def day_twice(where: str) -> str:
    return f"{where}.day appears twice in the experiment."


# What a field should be, after "entries[3].mood should be ...".
TEXT = "text"
A_LINE = "a line of text"
NOT_EMPTY = "some text, not empty"
ONE_LINE = "a single line"
A_DAY = "a day written YYYY-MM-DD"
A_TIME = "a time like 2026-11-22T09:14:03+00:00"
WITH_OFFSET = "a time with its offset from UTC, like +00:00"
IN_UTC_YEARS = "a time from year 1 to 9999 in UTC"
A_UUID = "a UUID"
TRUE_OR_FALSE = "true or false"
ONCE_WITH_YEAR = "false for a date without a year"
A_LIST = "a list [...]"
VALUE_NAME = "a value's name: a few words of letters and digits"
A_VALUE = 'the name of a value in the file\'s "values"'
A_VALUE_OR_NULL = 'the name of a value in the file\'s "values", or null'
VALUE_NAMES = "the names of values in the file"
A_TAG = "a tag: one word of letters, digits, - _ . or /"
TAGS = "tags (one word each)"
ANY_TAGS = "tags"
A_PROMPT_ID = "a prompt id"
PROMPT_ID_LIKE = "a prompt id like gratitude.small-things"
A_WEEK = "a week written like 2026-W47"
REVIEWS_WEEK = "the week a review is of (2026-W47), and only a review's"
A_CLOCK = "a time like 21:40"
A_WIN = "the uuid of a win, or null"
CHECKED_DAY = "the day it was checked, as done_at is given"
NEW_STEP = "new: a step of a goal that is not in the journal yet"
NEW_TICK = "new: a day of an experiment not in the journal yet"
OPEN_OUTCOME = "null while the experiment is open (no closed_day)"


def at_most(longest: int, length: int) -> str:
    return f"at most {longest} characters, not {length}"


A_DAY_THE_MONTH_HAS = "a day its month has (29 February only with a leap year, or no year)"


def whole_number(low: int, high: int) -> str:
    return f"a whole number from {low} to {high}"


def day_from(first: object, last: object) -> str:
    return f"a day from {first} to {last}"


def list_of(what: str) -> str:
    return f"a list of {what}"


def one_of(choices: Iterable[str]) -> str:
    return "one of " + ", ".join(choices)


def one_line_of(longest: int) -> str:
    return f"one line of up to {longest} characters"


def step_number(step: int) -> str:
    return f"{step}: steps are numbered 1, 2, 3 in order"


def experiment_day(first: object, last: object) -> str:
    return f"one of the experiment's days, {first} to {last}"


# the journal as markdown (rj export, rj review --markdown) ---------------------------------

CHECKIN_SKIPPED = "Skipped."


def checkin_distress(rated: int) -> str:
    return f"Distress {rated}/10."


def written_at(day: str, clock: str) -> str:
    """Under a weekly review's heading: when it was written."""
    return f"Written {day} at {clock}."


def tried_on(tried: int, days: int) -> str:
    return f"Tried on {tried} of {plural(days, 'day')}."


def one_mood(mood: float) -> str:
    return f"{stats_words.one_rating('mood', mood).capitalize()}."


def moods(count: int, average: float, low: float, high: float, by_day: Sequence[float]) -> str:
    """Every mood of a week counted; then each day's (its average, when it noted several)."""
    each = ", ".join(f"{m:g}" for m in by_day)
    return f"{stats_words.ratings('mood', count, average, low, high)}. By day: {each}."
