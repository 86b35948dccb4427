"""The daily distress check-in: a rating from 0 to 10, and when it calls for support."""

from __future__ import annotations


def needs_support(distress: int | None, threshold: int) -> bool:
    """At or above the threshold, help is offered before any prompt."""
    return distress is not None and distress >= threshold


def read_distress(text: str) -> int:
    """A rating typed at the check-in: a whole number from 0 to 10 (else ValueError)."""
    text = text.strip()
    if not (text.isdigit() and 0 <= int(text) <= 10):
        raise ValueError
    return int(text)
