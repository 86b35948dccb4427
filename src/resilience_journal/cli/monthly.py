"""rj review --month (the monthly reflection, and answering its questions) and rj growth
(those answers, month by month)."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.ask import ask
from resilience_journal.cli.state import state
from resilience_journal.exchange import monthly as md
from resilience_journal.journal import Journal
from resilience_journal.messages import monthly as words
from resilience_journal.monthly import Month, month_to_review
from resilience_journal.render import monthly as view
from resilience_journal.render.common import print_to
from resilience_journal.render.review import save_picture

app = commands()


def review_month(
    ctx: typer.Context,
    which: str | None,
    *,
    no_write: bool,
    markdown: bool,
    save_svg: str | None,
    save_html: str | None,
    as_json: bool,
) -> None:
    """`rj review --month [MONTH]`: show the month, then on a terminal offer its questions."""
    current = state(ctx)
    only_shown = as_json or markdown or save_svg or save_html or no_write
    may_write = not only_shown and sys.stdin.isatty()
    journal = current.welcoming_journal() if may_write else current.journal(create=False)
    moment = now()
    today = journal.today(moment)
    found = journal.reflections.month(month_to_review(today, which), today)
    if as_json:
        json_out(found.to_json())
        return
    if markdown:
        sys.stdout.write(md.month(found))
        return
    shown = view.month_view(found, journal.settings.week_starts_on)
    for path, kind in ((save_svg, "svg"), (save_html, "html")):
        if path:
            save_picture(shown, path, kind, words.picture_title(found.label))
            say(words.saved_picture(path))
    if save_svg or save_html:
        return
    print_to(shown)
    if no_write:
        return
    if not sys.stdin.isatty():
        say(words.answer_at_a_terminal(found.label))
        return
    _answer(journal, found, moment)


def _answer(journal: Journal, found: Month, moment: datetime) -> None:
    """The questions one by one: the person's words, n or h, Enter to skip. Each answer is
    kept as it is given, so Ctrl-C or Ctrl-D keeps what was answered."""
    try:
        reply = ask(words.answer_now(found.label, bool(found.reflections)))
    except KeyboardInterrupt:
        say("")
        return
    if (reply or "").strip().lower() not in ("y", "yes"):
        return
    say(words.INTRO)
    chosen = {key: answer for answer, (key, _said) in words.CHOICES.items()}
    existing = found.answers()
    kept = 0
    try:
        for domain, (title, question) in words.DOMAINS.items():
            say("")
            say(title)
            say(question)
            say(words.choices_line())
            if domain in existing:
                say(words.kept_answer(existing[domain].said))
            typed = ask(words.ANSWER_PROMPT)
            if typed is None:  # Ctrl-D: nothing more today
                break
            text = typed.strip()
            if not text:
                continue
            answer = chosen.get(text.lower(), "words")
            journal.reflections.answer(found.label, domain, answer, text, moment)
            kept += 1
    except KeyboardInterrupt:
        say("")
    say(words.saved(kept, found.label))
    if kept:
        say(words.LANDING)


@app.command()
def growth(
    ctx: typer.Context,
    months: Annotated[int, typer.Option("--months", "-m", metavar="N", help=words.MONTHS_HELP)] = 6,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print your answers as markdown.")
    ] = False,
    save_svg: Annotated[
        str | None,
        typer.Option(
            "--save-svg", metavar="FILE", help="Save it as an SVG picture.", show_default=False
        ),
    ] = None,
    save_html: Annotated[
        str | None,
        typer.Option(
            "--save-html", metavar="FILE", help="Save it as an HTML page.", show_default=False
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Your own answers to the monthly reflection, per domain, month by month side by side.

    Only your words and the answers you chose; never a number. On a narrow terminal, one
    month after another.
    """
    journal = state(ctx).journal(create=False)
    found = journal.reflections.growth(journal.today(now()), months)
    if as_json:
        json_out(found.to_json())
        return
    if not found.months:
        say(words.NO_REFLECTIONS_YET)
        return
    if markdown:
        sys.stdout.write(md.growth(found))
        return
    shown = view.growth_view(found)
    for path, kind in ((save_svg, "svg"), (save_html, "html")):
        if path:
            save_picture(shown, path, kind, words.growth_picture_title(len(found.months)))
            say(words.saved_picture(path))
    if save_svg or save_html:
        return
    print_to(shown)
