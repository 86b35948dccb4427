"""Crisis lines shipped with rj (contacts.csv, each checked against its official page) and
the person's own people."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resilience_journal.config import check_contact_part
from resilience_journal.errors import JournalError
from resilience_journal.messages import safety as words
from resilience_journal.messages.common import NOTHING_CHANGED

CONTACTS_FILE = Path(__file__).with_name("contacts.csv")
ANYWHERE = "*"
LOCAL_EMERGENCY = "Your local emergency number"  # the line for anywhere, in contacts.csv


@dataclass(frozen=True)
class Contact:
    name: str
    reach: str
    region: str = ANYWHERE
    how: str = ""
    source: str = ""
    verified: str = ""  # YYYY-MM-DD: when `reach` was last checked against `source`
    own: bool = False  # one of the person's own people (from the settings file)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "reach": self.reach,
            "region": None if self.own else self.region,
            "how": self.how.split("+") if self.how else [],
            "source": self.source or None,
            "verified": self.verified or None,
            "own": self.own,
        }


def shipped_contacts(path: Path = CONTACTS_FILE) -> list[Contact]:
    """Every crisis line in the file shipped with rj, in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Contact(
                region=row["region"].strip(),
                name=row["name"].strip(),
                reach=row["reach"].strip(),
                how=row["how"].strip(),
                source=row["source"].strip(),
                verified=row["verified"].strip(),
            )
            for row in csv.DictReader(handle)
        ]


def contacts_for(
    region: str, own: Sequence[dict[str, str]], shipped: Sequence[Contact]
) -> list[Contact]:
    """What help-now shows: the person's own people first, then the lines for their region
    (every country's when no region is set), then the ones that work anywhere."""
    mine = [Contact(name=c["name"], reach=c["reach"], own=True) for c in own]
    national = [c for c in shipped if c.region != ANYWHERE and region in ("", c.region)]
    anywhere = [c for c in shipped if c.region == ANYWHERE]
    if emergency_number(region, shipped):  # the region's own number is listed instead
        anywhere = [c for c in anywhere if c.name != LOCAL_EMERGENCY]
    if not region:  # every country's lines: the ones that work anywhere come first
        return [*mine, *anywhere, *national]
    return [*mine, *national, *anywhere]


def reach_list(
    region: str, own: Sequence[dict[str, str]], problems: Sequence[str], shipped: Sequence[Contact]
) -> tuple[list[Contact], list[str]]:
    """Who to reach (contacts_for) and the quiet notes under them: own contacts that could
    not be read, how to add one's own people, how to choose a region or that rj has no
    lines for it. A settings file that could not be read never hides the crisis lines."""
    notes = list(problems)
    if not own:
        notes.append(words.CONTACTS_OWN_HINT)
    if not region:
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
        if contact.region == region and contact.name == "Emergency services":
            return contact.reach
    return None


def has_lines_for(region: str, shipped: Sequence[Contact]) -> bool:
    return any(contact.region == region for contact in shipped)


def checked_on(contacts: Sequence[Contact]) -> str:
    """The oldest date the shown crisis lines were checked against their sources."""
    return min((contact.verified for contact in contacts if contact.verified), default="")
