"""rj review (the weekly review, and writing it) and rj reviews (those written)."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from typing import Annotated

import typer

from resilience_journal.cli.app import JsonOpt, commands, json_out, now, say
from resilience_journal.cli.ask import ask
from resilience_journal.cli.compose import editor_command
from resilience_journal.cli.drafting import compose, keep_draft
from resilience_journal.cli.monthly import review_month
from resilience_journal.cli.options import CountOpt, JsonlOpt, NoPagerOpt
from resilience_journal.cli.output import check_json_shape, jsonl_out, paging, to_screen
from resilience_journal.cli.prompting import library
from resilience_journal.cli.state import State, state
from resilience_journal.entries import EntryOptions, TooLong, check_count
from resilience_journal.errors import JournalError
from resilience_journal.exchange import markdown as md
from resilience_journal.journal import Journal
from resilience_journal.messages import monthly as words_month
from resilience_journal.messages import review as words
from resilience_journal.messages import writing as writing_words
from resilience_journal.messages.common import NOTHING_CHANGED, SEE_MORE
from resilience_journal.messages.output import showing
from resilience_journal.render import plain
from resilience_journal.render import review as view
from resilience_journal.render.common import print_to, user_text
from resilience_journal.review import Week, week_to_review, with_questions

app = commands()


@app.command()
def review(
    ctx: typer.Context,
    which: Annotated[
        str | None,
        typer.Argument(metavar="[MONTH]", help=words_month.MONTH_ARG_HELP, show_default=False),
    ] = None,
    month: Annotated[bool, typer.Option("--month", help=words_month.MONTH_HELP)] = False,
    week: Annotated[
        str | None,
        typer.Option(
            "--week",
            metavar="YYYY-Www",
            help="The week to review, like 2026-W47.",
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            "-d",
            metavar="DAY",
            help="Review the week holding this day.",
            show_default=False,
        ),
    ] = None,
    no_write: Annotated[
        bool, typer.Option("--no-write", help="Only show the summary; do not offer to write.")
    ] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the summary and your review as markdown.")
    ] = False,
    save_svg: Annotated[
        str | None,
        typer.Option(
            "--save-svg",
            metavar="FILE",
            help="Save the summary as an SVG picture.",
            show_default=False,
        ),
    ] = None,
    save_html: Annotated[
        str | None,
        typer.Option(
            "--save-html",
            metavar="FILE",
            help="Save the summary as an HTML page.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The weekly review: your week's days, entries, wins, mood and values, and three
    questions to reflect on. Then, on a terminal, write the review itself.

    By default: this week once it is three days old, else the week before. Writing the
    review again adds to it (in your editor). Weeks start on the week_starts_on setting.

    With --month, the monthly reflection: the month's days, entries, wins, mood, values and
    goals, then optional questions across the domains of growth, each answered in your
    words, with 'Nothing has changed' or 'It got harder', or skipped. MONTH is like 2026-11
    or 'last'; without it, the month that ended, during the first week of a month, else this
    month. `rj growth` shows the answers month by month.
    """
    if month or which is not None:  # `rj review 2026-11` is the month's, as meant
        if week is not None or date is not None:
            raise JournalError(words_month.WEEK_AND_MONTH, outcome=NOTHING_CHANGED)
        review_month(
            ctx,
            which,
            no_write=no_write,
            markdown=markdown,
            save_svg=save_svg,
            save_html=save_html,
            as_json=as_json,
        )
        return
    current = state(ctx)
    only_shown = as_json or markdown or save_svg or save_html or no_write
    may_write = not only_shown and sys.stdin.isatty()  # the review itself, on a terminal
    journal = current.welcoming_journal() if may_write else current.journal(create=False)
    moment = now()
    today = journal.today(moment)
    start = week_to_review(today, journal.settings.week_starts_on, week=week, day=date)
    summary = _week_with_questions(current, journal, start, today)
    if as_json:
        json_out(summary.to_json())
        return
    if markdown:
        sys.stdout.write(md.review(summary, words.REVIEW_NOTES))
        return
    shown = view.review_view(summary, words.REVIEW_NOTES)
    for path, kind in ((save_svg, "svg"), (save_html, "html")):
        if path:
            view.save_picture(shown, path, kind, words.picture_title(summary.label))
            say(words.saved_picture(path))
    if save_svg or save_html:
        return
    print_to(shown)
    if no_write or not sys.stdin.isatty():
        return
    _offer_to_write(current, journal, summary, moment)


def _week_with_questions(current: State, journal: Journal, start: date, today: date) -> Week:
    summary = journal.reviews.week(start, today)
    return with_questions(summary, library(current), current.settings().pace)


def _offer_to_write(current: State, journal: Journal, summary: Week, moment: datetime) -> None:
    """Write the week's review, or change the one already written: in the editor, the whole
    review; at the terminal (no editor), lines added at its end. Interrupted text is kept as
    a draft that `rj write --resume` brings back as this week's review."""
    existing = summary.reviews[-1] if summary.reviews else None
    try:
        answer = ask(words.write_review_now(summary.label, existing is not None))
    except KeyboardInterrupt:
        say("")
        return
    if (answer or "").strip().lower() not in ("y", "yes"):
        return
    header = words.review_questions(summary.prompts)
    options = EntryOptions(review_week=summary.label)
    in_editor = editor_command(current.settings().editor, os.environ) is not None
    if existing is not None and in_editor:
        written = compose(
            current,
            journal,
            existing.body,
            options,
            moment,
            draft_id=None,
            entry_id=existing.id,
            header=header,
        )
        if not written.text.strip():
            say(writing_words.cannot_empty(existing.id))
            return
        try:
            updated = journal.entries.update(existing, written.text, EntryOptions(), moment)
        except TooLong as err:  # typed here and nowhere else: kept to trim
            keep_draft(
                current,
                journal,
                written.text,
                options,
                moment,
                entry_id=existing.id,
                draft_id=None,
                why=err.reason,
                code=1,
            )
        say(
            writing_words.unchanged(existing.id)
            if updated == existing
            else words.review_saved(
                updated.review_week or summary.label, updated.id, updated.words, added=False
            )
        )
        return
    if existing is not None:  # no editor: show the review, and add what is typed to its end
        print_to(user_text(existing.body), stderr=True)
    # At the terminal the questions are already on the screen, right above.
    written = compose(
        current,
        journal,
        "",
        options,
        moment,
        draft_id=None,
        header=header if in_editor else None,
        typing_intro=words.review_typing(existing is not None),
    )
    if not written.text.strip():
        say(writing_words.EMPTY_NOT_SAVED)
        return
    try:
        entry = journal.entries.add(written.text, options, moment)
    except TooLong as err:
        keep_draft(
            current,
            journal,
            written.text,
            options,
            moment,
            entry_id=None,
            draft_id=None,
            why=err.reason,
            code=1,
        )
    week = entry.review_week or summary.label
    say(words.review_saved(week, entry.id, entry.words, added=existing is not None))


@app.command()
def reviews(
    ctx: typer.Context,
    number: CountOpt = None,
    as_json: JsonOpt = False,
    as_jsonl: JsonlOpt = False,
    no_pager: NoPagerOpt = False,
) -> None:
    """Your written weekly reviews, newest week first.

    20 unless -n says otherwise; with --json or --jsonl, all of them. To a pipe or a file,
    one review a line: id, week, day written, words, first line, between tabs.
    """
    check_json_shape(as_json, as_jsonl)
    limit = check_count(number)
    if limit is None and not (as_json or as_jsonl):
        limit = 20
    journal = state(ctx).journal(create=False)
    found = journal.reviews.written(limit)
    if as_json:
        json_out([entry.to_json() for entry in found])
        return
    if as_jsonl:
        jsonl_out(entry.to_json() for entry in found)
        return
    if not found:
        say(words.NO_REVIEWS_YET)
        return
    total = journal.reviews.count() if len(found) == limit else len(found)
    if to_screen():
        print_to(view.reviews_view(found, total, SEE_MORE), page=paging(ctx, no_pager))
        return
    plain.write_lines(plain.review_record(entry) for entry in found)
    if total > len(found):
        say(showing(len(found), total, SEE_MORE))
