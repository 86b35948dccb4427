"""What `rj write --unsent` says: writing to let something out, then letting it go."""

from __future__ import annotations

from resilience_journal.messages.common import plural

UNSENT_HELP = (
    "Write to let something out, not to keep it: a letter you will not send, or a vent. "
    "It is shown back once, then destroyed: never in the journal, drafts, exports or search."
)
TYPING_INTRO = (
    "Write what you want to let out; none of it will be kept. Press Ctrl-D on a new line "
    "when you are done, or Ctrl-C to stop."
)
EDITOR_HELP = [
    "Write what you want to let out. When you close the editor, it is shown back once",
    "and then destroyed: it never reaches the journal, drafts, exports or search.",
    "Lines starting with # are left out.",
]
SHOWN_BACK = "What you wrote, shown once before it goes:"
GONE = (
    "It is gone now. None of it was kept: not in the journal, not in drafts, exports or "
    "search. Anything still on your screen goes from view when you clear it or close the window."
)
EDITOR_FILE_GONE = "The editor's file was overwritten and removed."
LAND = "If you want a moment to land after that, `rj ground` is there."
STOPPED = "Stopped. Nothing you wrote was kept."
EMPTY = "Nothing was written, so nothing was kept."
SHELL_HISTORY = (
    "Text typed on the command line stays in your shell's history; the editor, or "
    "`rj write --unsent -`, leaves none there."
)
ALONE = (
    "`rj write --unsent` keeps nothing, so it takes no title, tags, mood, values, date, "
    "prompt, timer, --resume or --json."
)


def received(words: int) -> str:
    return f"Received: {plural(words, 'word')}."


def editor_stopped(code: int) -> str:
    return f"The editor stopped with code {code}. Nothing you wrote was kept."
