"""User text is data: make it safe to print on a terminal without Rich or the terminal
reading it as instructions. Used by render.py and for the one-line errors."""

from __future__ import annotations

_TABLE: dict[int, str] = {}
for _code in range(0x20):
    if _code not in (0x09, 0x0A):  # tab and newline stay as they are
        _TABLE[_code] = chr(0x2400 + _code)  # control pictures: ESC becomes ␛
_TABLE[0x7F] = "\u2421"  # ␡
for _code in range(0x80, 0xA0):
    _TABLE[_code] = f"\\x{_code:02x}"
for _code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):  # bidi overrides
    _TABLE[_code] = f"\\u{_code:04x}"


def safe(text: str) -> str:
    """Show control characters (ANSI escapes, carriage returns, bidi overrides) as visible
    symbols instead of sending them to the terminal."""
    return text.translate(_TABLE)


_JSON_TABLE = {
    code: f"\\u{code:04x}"
    for code in (*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def json_escape(dumped: str) -> str:
    """Escape DEL, C1 controls and bidi overrides in JSON text (they only occur inside
    strings, where \\uXXXX means the same character)."""
    return dumped.translate(_JSON_TABLE)
