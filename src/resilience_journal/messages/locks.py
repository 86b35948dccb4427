"""What rj says about other rj windows that have the journal open (store/lock.py)."""

from __future__ import annotations

# The reason SQLite's errors are shown with ("The journal could not do that (...)"): the text
# itself goes to a rescue file, which the line after it names.
REPLACED_UNDERNEATH = (
    "the journal file was replaced by another rj (encrypt or decrypt) while this window had "
    "it open, so this was not saved into it"
)


def other_window_open(command: str) -> str:
    return (
        f"Another rj window has the journal open, so `rj {command}` did not start. Close it "
        "(finish or leave what it is doing) and run this again. Nothing was changed."
    )


WAITING_FOR_CONVERT = (
    "Another rj window is encrypting or decrypting the journal; this waits until it is done."
)
