"""What `rj config` says."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def setting_now(key: str, value: str | None) -> str:
    return f"{key} is now {value!r}." if value else f"{key} is now unset."


def setting_default(key: str) -> str:
    return f"{key} is back to its default."
