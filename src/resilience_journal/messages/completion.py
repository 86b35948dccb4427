"""What tab completion's root options say (`rj --install-completion`, `--show-completion`)
and their help lines; the man page's help line too."""

from __future__ import annotations

INSTALL_HELP = (
    "Set up tab completion for bash, zsh or fish (the shell you are in, if none is named)."
)
SHOW_HELP = "Print the tab completion script for bash, zsh or fish, to set it up yourself."
MAN_HELP = "Print the manual page (roff): `rj --man > rj.1 && man -l rj.1`."


def installed(shell: str, where: str) -> str:
    return f"Tab completion for {shell} is in {where}. It works in new {shell} windows."


def unknown_shell(given: str) -> str:
    """A shell rj has no completion for, named or found."""
    named = f"{given!r} is not" if given else "The shell could not be told; it may not be"
    return (
        f"{named} one rj completes in: bash, zsh or fish. Name one, like "
        "`rj --install-completion bash`. Nothing was changed."
    )
