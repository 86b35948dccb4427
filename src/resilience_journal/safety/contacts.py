"""Crisis lines shipped with rj (contacts.csv, each checked against its official page) and
the person's own people."""

from __future__ import annotations

import csv
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resilience_journal.config import check_contact_part
from resilience_journal.errors import JournalError
from resilience_journal.messages import safety as words
from resilience_journal.messages.common import NOTHING_CHANGED
from resilience_journal.safety.regions import REGIONS

CONTACTS_FILE = Path(__file__).with_name("contacts.csv")
ANYWHERE = "*"
LOCAL_EMERGENCY = "Your local emergency number"  # the line for anywhere, in contacts.csv
EMERGENCY = "Emergency services"  # each region's emergency number, in contacts.csv


@dataclass(frozen=True)
class Contact:
    name: str
    reach: str
    region: str = ANYWHERE
    # emergency, crisis, text, sexual-assault, domestic-abuse, veterans, directory; a line
    # of more than one kind joins them with "+" (sexual-assault+domestic-abuse)
    kind: str = ""
    how: str = ""
    source: str = ""
    verified: str = ""  # YYYY-MM-DD: when `reach` was last checked against `source`
    own: bool = False  # one of the person's own people (from the settings file)

    @property
    def kinds(self) -> list[str]:
        return self.kind.split("+") if self.kind else []

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "reach": self.reach,
            "region": None if self.own else self.region,
            "kinds": ["own"] if self.own else self.kinds,
            "how": self.how.split("+") if self.how else [],
            "source": self.source or None,
            "verified": self.verified or None,
            "own": self.own,
        }


@functools.cache  # read once a run: help-now, the offer of help and contacts all ask
def shipped_contacts(path: Path = CONTACTS_FILE) -> tuple[Contact, ...]:
    """Every crisis line in the file shipped with rj, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Contact(
                region=row["region"].strip(),
                kind=(row.get("kind") or "").strip(),
                name=row["name"].strip(),
                reach=row["reach"].strip(),
                how=row["how"].strip(),
                source=row["source"].strip(),
                verified=row["verified"].strip(),
            )
            for row in csv.DictReader(handle)
        )


def contacts_for(
    region: str, own: Sequence[dict[str, str]], shipped: Sequence[Contact]
) -> list[Contact]:
    """Everyone to reach: the person's own people first, then the lines for their region,
    then the ones that work anywhere (without the general emergency line when the region's
    own number is known). Never every country's lines: with no region, only anywhere's."""
    mine = [Contact(name=c["name"], reach=c["reach"], own=True) for c in own]
    national = [c for c in shipped if region and c.region == region]
    anywhere = [c for c in shipped if c.region == ANYWHERE]
    if emergency_number(region, shipped):  # the region's own number is listed instead
        anywhere = [c for c in anywhere if c.name != LOCAL_EMERGENCY]
    return [*mine, *national, *anywhere]


OWN_AT_ONCE = 3  # one's own people on the one screen; the rest are a command away


def at_once(contacts: Sequence[Contact], region: str) -> tuple[list[Contact], int]:
    """The few to show first, on one screen, and how many of one's own people are left
    out: the first OWN_AT_ONCE of them, then the region's lines, without its emergency
    number (the danger line above says it). With no region, the lines that work anywhere,
    without the general emergency line (said above too)."""
    wanted = region if any(c.region == region for c in contacts if not c.own) else ANYWHERE
    own = [c for c in contacts if c.own]
    lines = [c for c in contacts if not c.own and c.region == wanted and not _is_emergency(c)]
    return [*own[:OWN_AT_ONCE], *lines], max(0, len(own) - OWN_AT_ONCE)


def of_kind(contacts: Sequence[Contact], kinds: Sequence[str]) -> list[Contact]:
    """Only the crisis lines of these kinds (the person's own people are kept)."""
    return [c for c in contacts if c.own or set(c.kinds) & set(kinds)]


def kinds_of(shipped: Sequence[Contact]) -> list[str]:
    """Every kind of line in the shipped file, in file order."""
    return list(dict.fromkeys(kind for c in shipped for kind in c.kinds))


def reach_list(
    region: str,
    own: Sequence[dict[str, str]],
    problems: Sequence[str],
    shipped: Sequence[Contact],
    *,
    guessed: bool = False,
) -> tuple[list[Contact], list[str]]:
    """Who to reach (contacts_for) and the quiet notes under them: own contacts that could
    not be read, how to add one's own people, that the region was guessed from the time
    zone, how to choose one, or that rj has no lines for it. A settings file that could not
    be read never hides the crisis lines."""
    notes = list(problems)
    if not own:
        notes.append(words.CONTACTS_OWN_HINT)
    if guessed:
        notes.append(words.region_guessed(region, REGIONS.get(region, region)))
    elif not region:
        notes.append(words.HELP_NOW_REGION)
    elif not has_lines_for(region, shipped):
        notes.append(words.no_lines_for(region))
    return contacts_for(region, own, shipped), notes


def new_contact(name: str, reach: str) -> dict[str, str]:
    """One of the person's own people, as typed for `rj contacts add`: each part one line of
    text, not empty, not too long."""
    return {
        "name": check_contact_part(name, "name", NOTHING_CHANGED),
        "reach": check_contact_part(reach, "reach", NOTHING_CHANGED),
    }


def with_contact(mine: Sequence[dict[str, str]], new: dict[str, str]) -> list[dict[str, str]]:
    """The person's contacts with `new` added last; one of each name (in any case)."""
    if any(contact["name"].casefold() == new["name"].casefold() for contact in mine):
        raise JournalError(words.contact_exists(new["name"]), outcome=NOTHING_CHANGED)
    return [*mine, new]


def without_contact(
    mine: Sequence[dict[str, str]], name: str
) -> tuple[list[dict[str, str]], dict[str, str]]:
    """The person's contacts without the one called `name` (spaces and case aside), and the
    one removed."""
    wanted = " ".join(name.split()).casefold()
    gone = [contact for contact in mine if contact["name"].casefold() == wanted]
    if not gone:
        raise JournalError(words.no_contact(name))
    return [contact for contact in mine if contact not in gone], gone[0]


def emergency_number(region: str, shipped: Sequence[Contact]) -> str | None:
    """How to reach emergency services in the region ("call 999"), when rj knows it."""
    for contact in shipped:
        if contact.region == region and contact.name == EMERGENCY:
            return contact.reach
    return None


def first_line(region: str, shipped: Sequence[Contact]) -> Contact | None:
    """The region's first crisis line (the one to name when there is room for one)."""
    lines = [c for c in shipped if region and c.region == region and not _is_emergency(c)]
    crisis = [c for c in lines if "crisis" in c.kinds]
    chosen = crisis or lines
    return chosen[0] if chosen else None


def _is_emergency(contact: Contact) -> bool:
    return "emergency" in contact.kinds or contact.name in (EMERGENCY, LOCAL_EMERGENCY)


def has_lines_for(region: str, shipped: Sequence[Contact]) -> bool:
    return any(contact.region == region for contact in shipped)
