"""The regions rj ships crisis lines for, the names people type for them, and a guess from
the time zone when no region is set. Pure: no file is read here (tests/test_safety_rules.py
checks REGIONS against contacts.csv)."""

from __future__ import annotations

# Each region rj has crisis lines for, by its ISO 3166 code, with the name people know.
REGIONS = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
}

# What people type for a region, folded (lower case, single spaces, no dots), beside the
# codes and the names above.
ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "cymru": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "eire": "IE",
    "éire": "IE",
    "republic of ireland": "IE",
    "aotearoa": "NZ",
    "aotearoa new zealand": "NZ",
}

# Time zones (IANA names) that belong to one region only. America/* zones are not all in
# the US or Canada, so they are listed one by one.
_ZONE_PREFIXES = {
    "Australia/": "AU",
    "Canada/": "CA",
    "US/": "US",
    "America/Indiana/": "US",
    "America/Kentucky/": "US",
    "America/North_Dakota/": "US",
}
_ZONES = {
    "Europe/London": "GB",
    "Europe/Belfast": "GB",
    "GB": "GB",
    "GB-Eire": "GB",
    "Europe/Dublin": "IE",
    "Eire": "IE",
    "Pacific/Auckland": "NZ",
    "Pacific/Chatham": "NZ",
    "NZ": "NZ",
    "NZ-CHAT": "NZ",
    "Pacific/Honolulu": "US",
    "America/Adak": "US",
    "America/Anchorage": "US",
    "America/Boise": "US",
    "America/Chicago": "US",
    "America/Denver": "US",
    "America/Detroit": "US",
    "America/Indiana/Indianapolis": "US",
    "America/Indianapolis": "US",
    "America/Juneau": "US",
    "America/Kentucky/Louisville": "US",
    "America/Los_Angeles": "US",
    "America/New_York": "US",
    "America/Phoenix": "US",
    "America/Menominee": "US",
    "America/Metlakatla": "US",
    "America/Nome": "US",
    "America/Sitka": "US",
    "America/Yakutat": "US",
    "America/Atikokan": "CA",
    "America/Cambridge_Bay": "CA",
    "America/Creston": "CA",
    "America/Dawson": "CA",
    "America/Dawson_Creek": "CA",
    "America/Fort_Nelson": "CA",
    "America/Glace_Bay": "CA",
    "America/Goose_Bay": "CA",
    "America/Inuvik": "CA",
    "America/Iqaluit": "CA",
    "America/Moncton": "CA",
    "America/Rankin_Inlet": "CA",
    "America/Resolute": "CA",
    "America/Swift_Current": "CA",
    "America/Yellowknife": "CA",
    "America/Halifax": "CA",
    "America/Edmonton": "CA",
    "America/Montreal": "CA",
    "America/Regina": "CA",
    "America/St_Johns": "CA",
    "America/Toronto": "CA",
    "America/Vancouver": "CA",
    "America/Whitehorse": "CA",
    "America/Winnipeg": "CA",
}


def region_code(text: str) -> str | None:
    """The region code for what a person typed ("uk", "England", "gb", "New Zealand"), or
    None when rj has no lines for it."""
    folded = " ".join(text.replace(".", "").split()).casefold()
    if folded.upper() in REGIONS:
        return folded.upper()
    for code, name in REGIONS.items():
        if folded == name.casefold():
            return code
    return ALIASES.get(folded)


# The nations of GB whose people some of GB's lines do not serve (those lines say which
# nations they do, in their names).
PARTLY_COVERED = {"scotland", "wales", "cymru", "northern ireland"}


def partly_covered(text: str) -> bool:
    """Whether what a person typed names a nation some of its region's lines do not serve."""
    return " ".join(text.replace(".", "").split()).casefold() in PARTLY_COVERED


def region_from_zone(zone: str) -> str | None:
    """The region a time zone name belongs to, when it belongs to one rj has lines for.
    The name may be a path into the zone database (…/zoneinfo/posix/Europe/London)."""
    zone = zone.lstrip(":").split("/zoneinfo/")[-1]
    for variant in ("posix/", "right/"):
        zone = zone.removeprefix(variant)
    if zone in _ZONES:
        return _ZONES[zone]
    for prefix, code in _ZONE_PREFIXES.items():
        if zone.startswith(prefix):
            return code
    return None


def resolve_region(setting: str, zone: str) -> tuple[str, bool]:
    """The region whose lines to show, and whether it was guessed: the setting when there is
    one, else a guess from the time zone's name, else "" (only the lines for anywhere)."""
    if setting:
        return setting, False
    guess = region_from_zone(zone)
    return (guess, True) if guess else ("", False)
