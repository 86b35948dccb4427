"""Text as people type it and as the terminal shows it.

User text is data: safe() makes it safe to print on a terminal without Rich or the
terminal reading it as instructions (render/ and the one-line errors use it)."""

from __future__ import annotations

import re
import textwrap

_TABLE: dict[int, str] = {}
for _code in range(0x20):
    if _code not in (0x09, 0x0A):  # tab and newline stay as they are
        _TABLE[_code] = chr(0x2400 + _code)  # control pictures: ESC becomes ␛
_TABLE[0x7F] = "\u2421"  # ␡
for _code in range(0x80, 0xA0):
    _TABLE[_code] = f"\\x{_code:02x}"
for _code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):  # bidi overrides
    _TABLE[_code] = f"\\u{_code:04x}"
# Lone surrogates: a byte that was not UTF-8, in a command-line argument, a path or an
# environment variable, arrives as U+DC80-U+DCFF. Where stdout writes them back as bytes
# (Python does under the C and C.UTF-8 locales), 0x9b would be a real CSI on an 8-bit
# terminal, and elsewhere the write fails; they are shown as the byte they stand for.
for _code in range(0xD800, 0xE000):
    _TABLE[_code] = f"\\x{_code - 0xDC00:02x}" if 0xDC80 <= _code <= 0xDCFF else f"\\u{_code:04x}"

_UNSAFE = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]"
)


def safe(text: str) -> str:
    """Show control characters (ANSI escapes, carriage returns, bidi overrides) as visible
    symbols instead of sending them to the terminal."""
    if text.isascii():  # the quick check for most text: any C0 control or DEL?
        plain = text.encode("ascii")
        if len(plain.translate(None, _ASCII_CONTROLS)) == len(plain):
            return text
        return text.translate(_TABLE)
    return text.translate(_TABLE) if _UNSAFE.search(text) else text


_ASCII_CONTROLS = bytes(code for code in _TABLE if code < 0x80)


_JSON_ESCAPED = (
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    *range(0xD800, 0xE000),
)
_JSON_TABLE = {code: f"\\u{code:04x}" for code in _JSON_ESCAPED}


def json_escape(dumped: str) -> str:
    """Escape DEL, C1 controls, bidi overrides and lone surrogates in JSON text (they only
    occur inside strings, where \\uXXXX means the same character)."""
    return dumped.translate(_JSON_TABLE)


def whole_number(text: str) -> int | None:
    """A plain whole number typed by a person (ASCII digits, at most 18), else None."""
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        return None
    return int(value)


def readable(text: str) -> str:
    """Text from the command line as valid Unicode: bytes that were not UTF-8 (which Python
    keeps as lone surrogates) become U+FFFD instead of failing when stored."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def count_words(text: str) -> int:
    """Words as the journal counts them: runs of characters between white space."""
    return len(text.split())


_COMMAND = re.compile(r"`[^`\n]*`")
_HOLD = "\ue000"  # a private-use character stands for a space inside a `command` meanwhile


def fit(text: str, width: int) -> str:
    """`text` wrapped to `width` columns between words: never inside a word, nor inside a
    `command` in backticks (a command longer than a line keeps its own line). A line that
    starts with spaces keeps them, and its continuation lines line up under its text (after
    the dash of an item in a list, "  - "). Text of several lines is wrapped a line at a
    time; its own line breaks stay."""
    if width <= 0 or len(text) <= width:
        return text
    if "\n" in text:
        return "\n".join(fit(line, width) for line in text.split("\n"))

    indent = text[: len(text) - len(text.lstrip(" "))]
    if text.lstrip(" ").startswith("- "):  # a list's item: its lines line up after the dash
        indent += "  "
    held = _COMMAND.sub(lambda found: found.group().replace(" ", _HOLD), text)
    lines = textwrap.wrap(
        held,
        width,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines).replace(_HOLD, " ")
