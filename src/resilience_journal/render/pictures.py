"""What Rich records, as a picture (SVG) or a web page (HTML) that fetches nothing.

Rich's own SVG template loads its font from a public CDN when the file is opened, and
says where it was made with a web address. These templates are Rich's, with every
placeholder kept, but they name only fonts already on the machine: a journal that keeps
everything on this machine does not make a viewer reach out for anything. The only URI
left is the SVG namespace, an identifier that nothing fetches. The web page also says so
to the browser: its Content-Security-Policy allows no request at all, only its own style.
"""

from __future__ import annotations

from html import escape

from rich.console import Console

#: Monospace fonts people already have: macOS, Windows, Linux, then whatever is there.
MONOSPACE = (
    'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", '
    '"Liberation Mono", "Courier New", monospace'
)
SANS = 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif'

#: How wide a character is for its height; Rich's value. Every run of text is also given
#: its exact length (textLength), so a local font a little narrower still lines up.
FONT_ASPECT_RATIO = 0.61

SVG_FORMAT = (
    """\
<svg class="rich-terminal" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
    <style>

    .{unique_id}-matrix {{
        font-family: """
    + MONOSPACE
    + """;
        font-size: {char_height}px;
        line-height: {line_height}px;
        font-variant-east-asian: full-width;
    }}

    .{unique_id}-title {{
        font-size: 18px;
        font-weight: bold;
        font-family: """
    + SANS
    + """;
    }}

    {styles}
    </style>

    <defs>
    <clipPath id="{unique_id}-clip-terminal">
      <rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
    </clipPath>
    {lines}
    </defs>

    {chrome}
    <g transform="translate({terminal_x}, {terminal_y})" \
clip-path="url(#{unique_id}-clip-terminal)">
    {backgrounds}
    <g class="{unique_id}-matrix">
    {matrix}
    </g>
    </g>
</svg>
"""
)

HTML_FORMAT = (
    """\
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
style-src 'unsafe-inline'">
<title>{{title}}</title>
<style>
{stylesheet}
body {{
    color: {foreground};
    background-color: {background};
}}
</style>
</head>
<body>
    <pre style="font-family:"""
    + MONOSPACE.replace('"', "'")
    + """"><code style="font-family:inherit">{code}</code></pre>
</body>
</html>
"""
)


def picture(recorder: Console, kind: str, title: str) -> str:
    """What `recorder` printed, as an SVG picture (kind "svg") or an HTML page."""
    if kind == "svg":
        return recorder.export_svg(
            title=title, code_format=SVG_FORMAT, font_aspect_ratio=FONT_ASPECT_RATIO
        )
    named = HTML_FORMAT.replace("{{title}}", _literal(escape(title)))
    return recorder.export_html(code_format=named)


def _literal(text: str) -> str:
    """Text put into a template before Rich fills it in: its braces stay braces."""
    return text.replace("{", "{{").replace("}", "}}")
