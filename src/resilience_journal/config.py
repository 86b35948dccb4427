"""Settings from config.yaml: validated, with defaults. YAML is read with safe_load only."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from pathlib import Path

from resilience_journal.dates import WEEKDAYS, journal_day, parse_time_of_day
from resilience_journal.errors import JournalError
from resilience_journal.messages import config as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.paths import ensure_private_dir, read_at_most, write_private_file
from resilience_journal.safety.regions import REGIONS, region_code
from resilience_journal.text import readable

PACES = ("gentle", "reflective", "deep")

HELP = words.SETTINGS_HELP  # what each setting means, in the order `rj config show` lists
# Not a setting: the person's own people to reach, a list kept in the same file.
CONTACTS = "contacts"
SWITCH = {"on": "on", "true": "on", "yes": "on", "off": "off", "false": "off", "no": "off"}


# Settings are short: a file or a value past these is not one (a 20 MB value made
# `rj config show` run for minutes). Contacts have their own limits (CONTACT_LIMITS).
FILE_BYTES = 64 * 1024
VALUE_CHARS = 1000


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
    ask_mood: str = "on"
    distress_threshold: str = "8"
    region: str = ""
    backups_keep: str = "10"
    pager: str = "on"

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
    def asks_mood(self) -> bool:
        return self.ask_mood == "on"

    @property
    def threshold(self) -> int:
        return int(self.distress_threshold)

    @property
    def keep_backups(self) -> int:
        return int(self.backups_keep)

    @property
    def pages(self) -> bool:
        return self.pager == "on"


def keys() -> list[str]:
    return [f.name for f in fields(Settings)]


def typed(settings: Settings) -> dict[str, str | int | bool | None]:
    """The settings for `rj config show --json`: a switch (on/off) as true or false, a
    number as a number, a setting left unset (editor, region) as null, the rest as text.
    Each setting's kind is read from its default, so a new setting is typed as well."""
    shown: dict[str, str | int | bool | None] = {}
    for field in fields(Settings):
        value, default = getattr(settings, field.name), field.default
        if default in SWITCH.values():
            shown[field.name] = value == "on"
        elif isinstance(default, str) and default.isdigit():
            shown[field.name] = int(value)
        else:
            shown[field.name] = value or None
    return shown


def validate(key: str, value: object, *, from_file: bool = False) -> str:
    """Return the stored form of `value` for `key`, or raise ConfigError saying why not.
    `from_file`: read from the settings file, where a region set before rj knew which
    regions it has lines for is kept (help-now then says it has none for it)."""
    if key not in HELP:
        raise ConfigError(words.no_such_setting(key, keys()))
    text = "" if value is None else str(value).strip()
    if len(text) > VALUE_CHARS:
        raise ConfigError(words.value_too_long(key, VALUE_CHARS))
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
            raise ConfigError(words.bad_day_start(text))
        return start.isoformat(timespec="minutes")
    if key == "week_starts_on":
        if text.lower() not in WEEKDAYS:
            raise ConfigError(words.bad_week_start(text))
        return text.lower()
    if key == "rest_days_per_week":
        if text not in tuple("0123456"):
            raise ConfigError(words.bad_rest_days(text))
        return text
    if key in ("resurface_entries", "check_in", "ask_mood", "pager"):
        if text.lower() not in SWITCH:
            raise ConfigError(words.not_on_or_off(key, text))
        return SWITCH[text.lower()]
    if key == "distress_threshold":
        if text not in [str(n) for n in range(1, 11)]:
            raise ConfigError(words.bad_threshold(text))
        return text
    if key == "backups_keep":
        if not (text.isdigit() and 1 <= int(text) <= 1000):
            raise ConfigError(words.bad_backups_keep(text))
        return str(int(text))
    if key == "region":
        if not text:
            return ""
        if (code := region_code(text)) is not None:
            return code
        if from_file and len(text) == 2 and text.isascii() and text.isalpha():
            return text.upper()
        raise ConfigError(words.bad_region(text, REGIONS))
    if key == "pace":
        if text.lower() not in PACES:
            raise ConfigError(words.bad_pace(text, PACES))
        return text.lower()
    return text  # editor: any command, or empty for $VISUAL / $EDITOR


def load(path: Path) -> Settings:
    """Defaults, overlaid with the file if there is one. A bad file is a ConfigError naming it."""
    return replace(Settings(), **_read(path))


def _read(path: Path) -> dict[str, str]:
    """The validated values written in the file (no defaults)."""
    values = {}
    for key, value in _read_raw(path).items():
        if key == CONTACTS:
            continue  # read by own_contacts()
        try:
            values[key] = validate(key, value, from_file=True)
        except ConfigError as err:
            raise ConfigError(words.in_file(err.message, path)) from None
    return values


def _read_raw(path: Path) -> dict[str, object]:
    """The file's keys and values as written, unchecked."""
    if not path.exists():
        return {}
    import yaml  # deferred: ~15 ms, paid only when there is a settings file to read

    try:
        raw = read_at_most(path, FILE_BYTES)
        if raw is None:
            raise ConfigError(words.file_too_big(path, FILE_BYTES))
        data = yaml.safe_load(raw.decode("utf-8"))
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
        raise ConfigError(
            words.file_unreadable(path, None if mark is None else mark.line + 1)
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(words.file_not_key_values(path))
    return {str(key): value for key, value in data.items()}


def save_value(path: Path, key: str, value: str | None) -> str | None:
    """Set (or with None, remove) one key in the file, keeping the others and the person's
    comments. Returns the stored value. The file is written to a private temp file and
    renamed into place."""
    stored = None if value is None else validate(key, value)
    if stored is None and key not in HELP:
        validate(key, "")  # an unknown key is refused, even when unsetting
    current = _read_raw(path)  # other keys are kept as written, even if one is wrong
    if stored is None:
        current.pop(key, None)
    else:
        current[key] = stored
    _write(path, current, key)
    return stored


def _write(path: Path, current: dict[str, object], changed: str) -> None:
    """The file with only the `changed` key's lines replaced (or added, or removed): every
    other line, comments and blank lines included, stays as the person left it. If the
    edited text would not read back as `current` (a file in a shape line editing cannot
    follow), the whole file is written afresh instead."""
    import yaml  # deferred: ~15 ms, paid only when a setting or a contact is changed

    ensure_private_dir(path.parent)
    try:
        before = path.read_text(encoding="utf-8") if path.exists() else words.FILE_HEADER
    except (OSError, UnicodeDecodeError):
        before = ""
    block = ""
    if changed in current:
        block = yaml.safe_dump({changed: current[changed]}, sort_keys=False, allow_unicode=True)
    text = _edited(before, changed, block)
    try:
        same = (yaml.safe_load(text) or {}) == current
    except yaml.YAMLError:
        same = False
    if not same:
        text = words.FILE_HEADER + yaml.safe_dump(current, sort_keys=False, allow_unicode=True)
    write_private_file(path, text)


_TOP_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_COMMENT = re.compile(r"[ \t]+#")


def _edited(text: str, key: str, block: str) -> str:
    """`text` with the lines of top-level `key` (its line, and the indented or `- ` lines
    under it) replaced by `block`: in place, or at the end if the key was not there; an
    empty block removes them. A comment at the end of a one-line key is kept."""
    lines = text.splitlines(keepends=True)
    spans = _key_spans(lines, key)
    if not spans:
        if not block:
            return text
        return text + ("" if not text or text.endswith("\n") else "\n") + block
    start, end = spans[0]
    if block and end - start == 1:
        block = block.rstrip("\n") + _inline_comment(lines[start]) + "\n"
    for later_start, later_end in reversed(spans[1:]):  # a key written twice: one is left
        del lines[later_start:later_end]
    lines[start:end] = [block] if block else []
    return "".join(lines)


def _key_spans(lines: list[str], key: str) -> list[tuple[int, int]]:
    """Where top-level `key` is written: (first line, line after its last) for each time."""
    spans = []
    for index, line in enumerate(lines):
        found = _TOP_KEY.match(line)
        if not found or found.group(1) != key:
            continue
        end = index + 1
        for after in range(index + 1, len(lines)):
            if lines[after][:1] in (" ", "\t", "-"):
                end = after + 1  # indented, or a list item under the key
            elif lines[after].strip() and not lines[after].startswith("#"):
                break  # the next key; blank lines and comments inside the block go with it
        spans.append((index, end))
    return spans


def _inline_comment(line: str) -> str:
    """The ` # ...` comment at the end of a one-line `key: value`, or ""."""
    import yaml  # deferred: only when a setting is changed

    body = line.rstrip("\n")
    try:
        whole = yaml.safe_load(body)
    except yaml.YAMLError:
        return ""
    for found in _COMMENT.finditer(body):
        try:
            if yaml.safe_load(body[: found.start()]) == whole:
                return body[found.start() :]
        except yaml.YAMLError:
            continue
    return ""


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
        return [], [words.contacts_not_a_list(path)]
    contacts, problems = [], []
    for number, item in enumerate(raw, 1):
        try:
            if not isinstance(item, dict):
                raise ConfigError(words.CONTACT_NEEDS_BOTH)
            contacts.append(
                {
                    "name": check_contact_part(item.get("name"), "name"),
                    "reach": check_contact_part(item.get("reach"), "reach"),
                }
            )
        except ConfigError as err:
            problems.append(words.contact_skipped(number, path, err.message))
    return contacts, problems


CONTACT_LIMITS = {"name": 80, "reach": 200}


def check_contact_part(value: object, part: str, outcome: str | None = None) -> str:
    """A contact's name, or how to reach them: one line of text, not empty. An error says
    `outcome` at its end, if given ("Nothing was changed.")."""
    text = "" if value is None or isinstance(value, bool) else " ".join(str(value).split())
    text = readable(text)  # bytes that were not UTF-8 become U+FFFD, as everywhere else
    if not text:
        raise ConfigError(words.contact_part_empty(part), outcome=outcome)
    if len(text) > CONTACT_LIMITS[part]:
        raise ConfigError(words.contact_part_too_long(part, CONTACT_LIMITS[part]), outcome=outcome)
    return text


def contacts_to_change(path: Path) -> list[dict[str, str]]:
    """The person's contacts, for changing them: only when every one can be read, so a
    change never drops one that could not. A settings file that cannot be read at all is
    an error as it is."""
    load(path)
    mine, problems = own_contacts(path)
    if problems:
        raise JournalError(problems[0], outcome=NOTHING_CHANGED)
    return mine


def save_contacts(path: Path, contacts: list[dict[str, str]]) -> None:
    """Write the person's contacts into the settings file, keeping every other key."""
    current = _read_raw(path)
    current.pop(CONTACTS, None)
    if contacts:
        current[CONTACTS] = contacts
    _write(path, current, CONTACTS)
