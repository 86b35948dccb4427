"""What `rj stats` says."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


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
