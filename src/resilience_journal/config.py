"""Settings from config.yaml: validated, with defaults. YAML is read with safe_load only."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from pathlib import Path

from resilience_journal.dates import WEEKDAYS, journal_day, parse_time_of_day
from resilience_journal.errors import JournalError
from resilience_journal.paths import ensure_private_dir, write_private_file
from resilience_journal.text import readable

PACES = ("gentle", "reflective", "deep")

HELP = {
    "day_starts_at": "When a new journaling day begins, HH:MM between 00:00 and 11:59 "
    "(a 1 a.m. entry still counts for the evening before).",
    "week_starts_on": "The first day of a week for reviews: monday ... sunday.",
    "editor": "The command used to write and edit entries; empty means $VISUAL, then $EDITOR.",
    "pace": "How deep prompts may go: gentle, reflective or deep.",
    "rest_days_per_week": "How many days without writing, in any 7 days, a streak rests "
    "through (0-6).",
    "resurface_entries": "on: `rj today` may show an entry from a year or a month ago; off "
    "(the default) shows only wins and reviews.",
    "check_in": "on (the default): `rj write` and `rj today` ask once a day how much distress "
    "you feel (0-10, Enter skips); off never asks.",
    "distress_threshold": "From this distress rating (1-10, default 8), rj offers grounding, "
    "your safety plan and people to reach before any prompt, and keeps that day's prompts "
    "gentle.",
    "region": "Where you are, as a two-letter country code (US, GB, CA ...): `rj help-now` "
    "shows that country's crisis lines and the ones that work anywhere. Empty shows every "
    "line rj knows.",
    "backups_keep": "How many backups `rj backup` keeps in the backups folder next to the "
    "journal (1-1000, default 10); older ones are removed. Backups made before an upgrade "
    "are kept.",
}
# Not a setting: the person's own people to reach, a list kept in the same file.
CONTACTS = "contacts"
SWITCH = {"on": "on", "true": "on", "yes": "on", "off": "off", "false": "off", "no": "off"}


class ConfigError(JournalError):
    pass


@dataclass(frozen=True)
class Settings:
    day_starts_at: str = "04:00"
    week_starts_on: str = "monday"
    editor: str = ""
    pace: str = "reflective"
    rest_days_per_week: str = "1"
    resurface_entries: str = "off"
    check_in: str = "on"
    distress_threshold: str = "8"
    region: str = ""
    backups_keep: str = "10"

    @property
    def day_start(self) -> time:
        return parse_time_of_day(self.day_starts_at)

    def today(self, now: datetime) -> date:
        """The journaling day `now` belongs to (before day_starts_at, still yesterday)."""
        return journal_day(now, self.day_start)

    @property
    def rest_days(self) -> int:
        return int(self.rest_days_per_week)

    @property
    def resurface(self) -> bool:
        return self.resurface_entries == "on"

    @property
    def checks_in(self) -> bool:
        return self.check_in == "on"

    @property
    def threshold(self) -> int:
        return int(self.distress_threshold)

    @property
    def keep_backups(self) -> int:
        return int(self.backups_keep)


def keys() -> list[str]:
    return [f.name for f in fields(Settings)]


def validate(key: str, value: object) -> str:
    """Return the stored form of `value` for `key`, or raise ConfigError saying why not."""
    if key not in HELP:
        raise ConfigError(f"There is no setting called {key!r}. Settings: {', '.join(keys())}.")
    text = "" if value is None else str(value).strip()
    if key == "region" and value is False:
        text = "NO"  # YAML 1.1 reads an unquoted NO (Norway) as false
    if key == "day_starts_at" and isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 5:30 as the number 330 (minutes, base 60).
        text = f"{value // 60}:{value % 60:02d}" if value >= 60 else str(value)
    if key == "day_starts_at":
        try:
            start = parse_time_of_day(text)
        except ValueError:
            start = None
        if start is None or start.hour > 11:
            raise ConfigError(
                f"day_starts_at is a time from 00:00 to 11:59, like 04:00; got {text!r}."
            )
        return start.strftime("%H:%M")
    if key == "week_starts_on":
        if text.lower() not in WEEKDAYS:
            raise ConfigError(f"week_starts_on is a weekday name, like monday; got {text!r}.")
        return text.lower()
    if key == "rest_days_per_week":
        if text not in tuple("0123456"):
            raise ConfigError(f"rest_days_per_week is a whole number from 0 to 6; got {text!r}.")
        return text
    if key in ("resurface_entries", "check_in"):
        if text.lower() not in SWITCH:
            raise ConfigError(f"{key} is on or off; got {text!r}.")
        return SWITCH[text.lower()]
    if key == "distress_threshold":
        if text not in [str(n) for n in range(1, 11)]:
            raise ConfigError(f"distress_threshold is a whole number from 1 to 10; got {text!r}.")
        return text
    if key == "backups_keep":
        if not (text.isdigit() and 1 <= int(text) <= 1000):
            raise ConfigError(f"backups_keep is a whole number from 1 to 1000; got {text!r}.")
        return str(int(text))
    if key == "region":
        if text and not (len(text) == 2 and text.isascii() and text.isalpha()):
            raise ConfigError(
                f"region is a two-letter country code, like US or GB (or empty); got {text!r}."
            )
        return text.upper()
    if key == "pace":
        if text.lower() not in PACES:
            raise ConfigError(f"pace is one of {', '.join(PACES)}; got {text!r}.")
        return text.lower()
    return text  # editor: any command, or empty for $VISUAL / $EDITOR


def load(path: Path) -> Settings:
    """Defaults, overlaid with the file if there is one. A bad file is a ConfigError naming it."""
    return replace(Settings(), **_read(path))


FIX_HINT = "Fix it with `rj config set` or `rj config unset`, or edit or delete the file."


def _read(path: Path) -> dict[str, str]:
    """The validated values written in the file (no defaults)."""
    values = {}
    for key, value in _read_raw(path).items():
        if key == CONTACTS:
            continue  # read by own_contacts()
        try:
            values[key] = validate(key, value)
        except ConfigError as err:
            raise ConfigError(f"{err.message} (in {path}) {FIX_HINT}") from None
    return values


def _read_raw(path: Path) -> dict[str, object]:
    """The file's keys and values as written, unchecked."""
    if not path.exists():
        return {}
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # Besides YAMLError, PyYAML's constructors raise ValueError, KeyError, OverflowError ...
    # on values they cannot build (pace: 2026-02-30), and RecursionError on deep nesting.
    except (
        OSError,
        UnicodeDecodeError,
        yaml.YAMLError,
        ValueError,
        LookupError,
        ArithmeticError,
        AttributeError,
        TypeError,
        RecursionError,
    ) as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(
            f"The settings file could not be read: {path}{where}. "
            "Edit it, or delete it to go back to the defaults."
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"The settings file should hold 'key: value' lines: {path}. "
            "Edit it, or delete it to go back to the defaults."
        )
    return {str(key): value for key, value in data.items()}


def save_value(path: Path, key: str, value: str | None) -> str | None:
    """Set (or with None, remove) one key in the file, keeping the others. Returns the stored
    value. The file is written whole to a private temp file and renamed into place."""
    stored = None if value is None else validate(key, value)
    if stored is None and key not in HELP:
        validate(key, "")  # an unknown key is refused, even when unsetting
    current = _read_raw(path)  # other keys are kept as written, even if one is wrong
    if stored is None:
        current.pop(key, None)
    else:
        current[key] = stored
    _write(path, current)
    return stored


def _write(path: Path, current: dict[str, object]) -> None:
    """The whole file, to a private temp file renamed into place."""
    import yaml

    ensure_private_dir(path.parent)
    text = yaml.safe_dump(current, sort_keys=False, allow_unicode=True)
    header = "# Resilience Journal settings. `rj config show` explains each one.\n"
    write_private_file(path, header + text)


def own_contacts(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The person's own people to reach (name, reach), in the order they added them, and
    what could not be read. A contact that cannot be read is skipped, never the others; a
    file that cannot be read at all is reported by the settings (so only once)."""
    try:
        raw = _read_raw(path).get(CONTACTS)
    except ConfigError:
        return [], []
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [f"`contacts` in {path} should be a list. {FIX_CONTACTS}"]
    contacts, problems = [], []
    for number, item in enumerate(raw, 1):
        try:
            if not isinstance(item, dict):
                raise ConfigError("It needs a name and a way to reach them.")
            contacts.append(
                {
                    "name": check_contact_part(item.get("name"), "name"),
                    "reach": check_contact_part(item.get("reach"), "reach"),
                }
            )
        except ConfigError as err:
            problems.append(f"Contact {number} in {path} was skipped: {err.message} {FIX_CONTACTS}")
    return contacts, problems


FIX_CONTACTS = "Fix it with `rj contacts`, or edit the file."
CONTACT_LIMITS = {"name": 80, "reach": 200}


CONTACT_PARTS = {"name": "The name", "reach": "How to reach them"}


def check_contact_part(value: object, part: str) -> str:
    """A contact's name, or how to reach them: one line of text, not empty."""
    text = "" if value is None or isinstance(value, bool) else " ".join(str(value).split())
    text = readable(text)  # bytes that were not UTF-8 become U+FFFD, as everywhere else
    what = CONTACT_PARTS[part]
    if not text:
        example = "'Dr. Lee'" if part == "name" else "'call 555 0100'"
        raise ConfigError(f"{what} is empty; a few words like {example} will do.")
    if len(text) > CONTACT_LIMITS[part]:
        raise ConfigError(f"{what} is longer than {CONTACT_LIMITS[part]} characters.")
    return text


def save_contacts(path: Path, contacts: list[dict[str, str]]) -> None:
    """Write the person's contacts into the settings file, keeping every other key."""
    current = _read_raw(path)
    current.pop(CONTACTS, None)
    if contacts:
        current[CONTACTS] = contacts
    _write(path, current)
