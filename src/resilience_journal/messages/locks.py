"""What rj says about other rj windows that have the journal open (store/lock.py)."""

from __future__ import annotations

from collections.abc import Sequence

# The reason SQLite's errors are shown with ("The journal could not do that (...)"): the text
# itself goes to a rescue file, which the line after it names.
REPLACED_UNDERNEATH = (
    "the journal file was replaced by another rj (encrypt or decrypt) while this window had "
    "it open, so this was not saved into it"
)


def other_window_open(command: str, windows: Sequence[tuple[str, int]] = ()) -> str:
    """`windows`: the other rj commands holding the journal, with their process ids, where
    they could be found (Linux)."""
    if len(windows) > 1:
        named = "; ".join(f"`rj {name}`, process {pid}" for name, pid in windows[:5])
        return (
            f"Other rj windows have the journal open ({named}), so `rj {command}` did not "
            "start. Close them (finish or leave what they are doing) and run this again. "
            "Nothing was changed."
        )
    which = f" (`rj {windows[0][0]}`, process {windows[0][1]})" if windows else ""
    return (
        f"Another rj window has the journal open{which}, so `rj {command}` did not start. "
        "Close it (finish or leave what it is doing) and run this again. Nothing was changed."
    )


WAITING_FOR_CONVERT = (
    "Another rj window is encrypting or decrypting the journal; this waits until it is done."
)
