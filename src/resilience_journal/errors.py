"""The one error type a person sees. The CLI turns it into a calm stderr line and exit 1."""


class JournalError(Exception):
    """A problem the person can fix: bad input, a missing entry, an unreadable file.

    The message is shown as it is, so it must never contain entry text.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
