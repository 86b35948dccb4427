"""Every command rj has, in the order `rj --help` lists them: its name, the module under
cli/ that holds it, and its line in the list.

`rj --help` is drawn from this table alone, and a command's module is imported only when
that command runs, so each command pays for its own imports and no one else's.
tests/test_cli.py checks the table against the commands themselves.
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    module: str  # resilience_journal.cli.<module>
    help: str  # the first sentence of the command's help, as `rj --help` lists it
    hidden: bool = False


COMMANDS: dict[str, Command] = {
    "today": Command("home", "The home screen: today's prompt, what you wrote today, and ways to write."),
    "write": Command("writing", "Write a journal entry."),
    "win": Command("wins", "Note a small win in one line."),
    "help-now": Command("help_now", "Help for a very hard moment, on one screen: the emergency number, your own people and the crisis lines for your region."),
    "sos": Command("help_now", "The same as `rj help-now`.", hidden=True),
    "ground": Command("grounding", "Grounding exercises, to come back to the here and now."),
    "safety-plan": Command("safety_plan", "Write or update your safety plan, and show it."),
    "contacts": Command("contacts", "Your own people to reach in a hard moment, shown first by `rj help-now`."),
    "wins": Command("wins", "Look back at your small wins; move them to the trash and back."),
    "list": Command("entries", "List entries, newest first."),
    "show": Command("entries", "Show one entry in full."),
    "search": Command("search", "Search every entry's title and text, best matches first."),
    "edit": Command("writing", "Change an entry."),
    "delete": Command("entries", "Move an entry to the trash; `rj restore ID` brings it back."),
    "restore": Command("entries", "Bring an entry back from the trash."),
    "trash": Command("entries", "List what is in the trash (entries and wins), or empty it for good with --empty."),
    "values": Command("values", "Your values: choose, add, rename, archive and rate them."),
    "alignment": Command("alignment", "How your days and your values line up."),
    "goals": Command("goals", "Goals broken into small steps: add, list, show, step, check, pause, done, let go."),
    "experiment": Command("experiments", "Try one small thing for a few days: start, log, close, show."),
    "experiments": Command("experiments", "Your experiments: the open ones first, then those closed, newest first."),
    "belief": Command("beliefs", "Beliefs that feel stuck, noted and revisited over time; and a sorter for a worry."),
    "story": Command("story", "My story, in chapters, over several sittings: any order, any of them skipped."),
    "recall": Command("recall", "When have I got through before? Your own wins, steps and words of strength, most like today's first."),
    "dates": Command("hard_dates", "Dates that are hard: mark one, list them, remove one."),
    "streak": Command("streaks", "Your current and longest streak, and the days you wrote lately."),
    "stats": Command("stats", "Your practice at a glance: a 26-week calendar, totals, mood, values and prompts."),
    "review": Command("review", "The weekly review: your week's days, entries, wins, mood and values, and three questions to reflect on."),
    "reviews": Command("review", "Your written weekly reviews, newest week first."),
    "growth": Command("monthly", "Your own answers to the monthly reflection, per domain, month by month side by side."),
    "prompt": Command("prompts", "Today's prompt: the same all day, from a different category each day."),
    "prompts": Command("prompts", "Browse the prompt library, and check prompt packs."),
    "export": Command("export", "Export the journal as markdown, JSON, a jrnl journal file or CSV, to standard output unless -o or --split."),
    "import": Command("importing", "Import a journal: rj's own JSON export, jrnl's, or Day One's."),
    "config": Command("config", "Show and change settings (stored in config.yaml)."),
    "where": Command("home", "Show where the journal and settings live."),
    "backup": Command("backup", "Make a consistent copy of the journal, even while it is in use."),
    "doctor": Command("doctor", "Check the journal: the file is whole, private to you, up to date, its search index in step and its links sound."),
    "encrypt": Command("encryption", "Encrypt the journal with a passphrase (needs the encryption extra)."),
    "decrypt": Command("encryption", "Turn an encrypted journal back into a plain one (asks for its passphrase)."),
    "help": Command("help", "The list of commands, as `rj --help` shows it (it starts with where help-now is).", hidden=True),
}  # fmt: skip
