"""What `rj alignment` says."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


NO_RATINGS_YET = (
    "No ratings yet. `rj values rate` is a short check-in; after it, this shows how your days "
    "and your values line up."
)
VALUED_LIVING_NOTE = "A reflection of your own ratings, not a measure of you."


def valued_living(figure: float, rated: int) -> str:
    noun = "value" if rated == 1 else "values"
    return (
        f"Valued living (VLQ-style): {figure:g} of 100, the mean of importance × consistency "
        f"over {rated} rated {noun}."
    )
