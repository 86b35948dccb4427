"""rj search: how many matches there are, every match for scripts, the syntax people expect
("a phrase", OR, -word, prefix*), and words inside Chinese or Japanese text and emoji."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from rich.cells import cell_len

from resilience_journal.store import grams
from tests.conftest import ON_SCREEN, ok, run_in_pty, unwrapped

MORE = "Showing the best 20 of 28. Add -n 28 to see them all."


def found(rj, *query: str) -> list[dict]:
    result = rj("search", "--json", *query)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def bodies(rj, *query: str) -> list[str]:
    return sorted(hit["body"] for hit in found(rj, *query))


def marked(hit: dict) -> list[str]:
    return [hit["snippet"][a:b] for a, b in hit["highlights"]]


@pytest.fixture
def many(rj):
    for n in range(28):
        ok(rj("write", f"Serendipity on day {n}: a letter arrived" + " again" * (n % 3)))
    ok(rj("write", "Nothing like that today."))


def test_a_search_cut_short_says_how_many_there_are_and_how_to_see_them(rj, many):
    plain = rj("search", "serendipity")
    assert len(ok(plain).splitlines()) == 20  # the records alone
    assert plain.stderr.strip() == MORE
    screen = rj("search", "serendipity", env=ON_SCREEN)
    assert MORE in unwrapped(ok(screen)) and screen.stdout.count("Wed 25 Nov 2026") == 20
    every = rj("search", "serendipity", "-n", "28")
    assert len(ok(every).splitlines()) == 28 and every.stderr == ""
    assert "Showing" not in ok(rj("search", "serendipity", "-n", "28", env=ON_SCREEN))
    fewer = rj("search", "serendipity", "-n", "3", env=ON_SCREEN)
    assert "Showing the best 3 of 28. Add -n 28 to see them all." in unwrapped(ok(fewer))


def test_json_gives_every_match_unless_n_is_given(rj, many):
    every = found(rj, "serendipity")
    assert len(every) == 28 and len({hit["id"] for hit in every}) == 28
    assert [hit["id"] for hit in found(rj, "serendipity", "-n", "5")] == [
        hit["id"] for hit in every[:5]
    ]  # the same best-first order, cut short
    lines = ok(rj("search", "serendipity", "--jsonl")).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [hit["id"] for hit in every]
    assert len(ok(rj("search", "serendipity", "--jsonl", "-n", "2")).splitlines()) == 2
    assert ok(rj("search", "nowhere", "--json")) == "[]\n"
    assert rj("delete", str(every[0]["id"])).exit_code == 0
    assert len(found(rj, "serendipity")) == 27  # the trash is never counted
    assert rj("search", "serendipity").stderr.strip() == (
        "Showing the best 20 of 27. Add -n 27 to see them all."
    )


@pytest.fixture
def kitchen(rj):
    for body in (
        "The kettle sang while I waited.",  # 1
        "I sang to myself; the kettle was cold.",  # 2: both words, apart
        "Tea with my sister by the window.",  # 3
        "Coffee alone, and rain on the window.",  # 4
        "Walking in the garden after the rain.",  # 5
        "The garden in the sun, a slow walk.",  # 6
    ):
        ok(rj("write", body))


def test_a_phrase_must_appear_as_it_is(rj, kitchen):
    apart = ["I sang to myself; the kettle was cold.", "The kettle sang while I waited."]
    assert bodies(rj, "kettle", "sang") == apart
    assert bodies(rj, "kettle sang") == ["The kettle sang while I waited."]  # one argument
    assert bodies(rj, '"kettle sang"') == ["The kettle sang while I waited."]  # quotes in it
    assert bodies(rj, '"sang kettle"') == []
    (hit,) = found(rj, '"kettle sang" waited')
    assert marked(hit) == ["kettle sang", "waited"]


def test_or_finds_either(rj, kitchen):
    assert bodies(rj, "tea", "coffee") == []
    either = found(rj, "tea", "OR", "coffee")
    assert sorted(hit["id"] for hit in either) == [3, 4]
    assert {marked(hit)[0] for hit in either} == {"Tea", "Coffee"}
    assert sorted(h["id"] for h in found(rj, "window", "tea", "OR", "coffee", "OR", "kettle")) == [
        3,
        4,
    ]
    assert sorted(h["id"] for h in found(rj, '"kettle sang" OR "slow walk"')) == [1, 6]
    assert sorted(h["id"] for h in found(rj, "OR", "garden")) == [5, 6]  # not between two
    assert sorted(h["id"] for h in found(rj, "garden", "OR")) == [5, 6]


def test_a_word_with_a_minus_is_left_out(rj, kitchen):
    assert sorted(h["id"] for h in found(rj, "garden")) == [5, 6]
    assert [h["id"] for h in found(rj, "garden", "-rain")] == [6]
    assert [h["id"] for h in found(rj, "-rain", "garden")] == [6]
    assert [h["id"] for h in found(rj, "window", '-"rain on"')] == [3]
    # -n is still the count beside a word left out, and -never is a word, not -n ever
    assert len(found(rj, "the", "-never", "-n", "2")) == 2
    assert len(ok(rj("search", "the", "-garden", "-n2")).splitlines()) == 2
    assert rj("search", "the", "-n").exit_code == 2  # -n with no number is a usage error


def test_a_word_ending_in_a_star_matches_its_beginning(rj, kitchen):
    assert sorted(h["id"] for h in found(rj, "walk*")) == [5, 6]
    assert [h["id"] for h in found(rj, "wai*", "kett*")] == [1]
    assert bodies(rj, "wal") == []


@pytest.mark.parametrize("query", ["!!!", "-", "***", "—", '""', "OR*"])
def test_punctuation_alone_asks_for_a_word(rj, kitchen, query):
    result = rj("search", "--", query)
    if query == "OR*":  # a star makes it a prefix of the word 'or'
        assert result.exit_code == 0
        return
    assert result.exit_code == 1
    assert result.stderr.strip() == "Search for at least one word."


@pytest.mark.parametrize("query", [["-rain"], ["-rain", "-tea"], ['-"kettle sang"']])
def test_only_words_to_leave_out_is_one_clear_line(rj, kitchen, query):
    result = rj("search", *query)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip() == (
        "A word with - before it is left out of what is found; add at least one word to find."
    )


@pytest.mark.parametrize(
    "query", ["NEAR(kettle", "kettle AND", "body:kettle", "kettle^", "(kettle", "kettle NOT"]
)
def test_search_engine_syntax_is_taken_literally(rj, kitchen, query):
    result = rj("search", "--json", "--", query)
    assert result.exit_code == 0, result.output
    assert "could not be read" not in result.stderr


@pytest.fixture
def unspaced(rj):
    for body in (
        "今天我去了公園散步",  # 1
        "今日は公園を散歩した。雨だった。",  # 2
        "散步以後，喝茶",  # 3
        "Seedlings 🌱 on the sill, and the garden waits.",  # 4
        "A garden without any of that.",  # 5
        "สวัสดีตอนเช้า",  # 6: Thai, no spaces either
    ):
        ok(rj("write", body))


def test_words_inside_chinese_and_japanese_sentences_are_found(rj, unspaced):
    assert [h["id"] for h in found(rj, "公園")] == [2, 1]  # newest first
    assert [h["id"] for h in found(rj, "去了公園散步")] == [1]  # three or more: the trigrams
    assert [h["id"] for h in found(rj, "散步公園")] == []
    assert [h["id"] for h in found(rj, "公園", "-雨")] == [1]
    assert [h["id"] for h in found(rj, "公園", "OR", "喝茶")] == [3, 2, 1]
    assert [h["id"] for h in found(rj, "ตอนเช้า")] == [6]
    hit = found(rj, "公園")[1]
    assert marked(hit) == ["公園"] and hit["snippet"] == "今天我去了公園散步"
    screen = ok(rj("search", "公園", env=ON_SCREEN))
    assert "今天我去了公園散步" in screen and "#1" in screen


def test_emoji_are_found_and_mix_with_words(rj, unspaced):
    (hit,) = found(rj, "🌱")
    assert hit["id"] == 4 and marked(hit) == ["🌱"]
    assert [h["id"] for h in found(rj, "🌱", "garden")] == [4]
    assert [h["id"] for h in found(rj, "garden", "-🌱")] == [5]
    (mixed,) = found(rj, "🌱", "sill")
    assert sorted(marked(mixed)) == ["sill", "🌱"]
    assert [h["id"] for h in found(rj, "SEEDLINGS 🌱")] == [4]  # a phrase, in either case


def test_count_of_unspaced_matches(rj):
    for n in range(25):
        ok(rj("write", f"第{n}天：公園"))
    result = rj("search", "公園")
    assert len(ok(result).splitlines()) == 20
    assert result.stderr.strip() == "Showing the best 20 of 25. Add -n 25 to see them all."
    assert len(found(rj, "公園")) == 25


def test_the_unspaced_index_follows_edits_the_trash_and_destroying(rj, rj_home, unspaced):
    assert rj("delete", "1").exit_code == 0
    assert [h["id"] for h in found(rj, "公園")] == [2]
    assert rj("restore", "1").exit_code == 0
    assert [h["id"] for h in found(rj, "公園")] == [2, 1]
    assert rj("delete", "2").exit_code == 0
    assert rj("trash", "--empty", "--yes").exit_code == 0
    assert [h["id"] for h in found(rj, "公園")] == [1]
    with sqlite3.connect(rj_home / "journal.db") as conn:
        conn.execute("UPDATE entries SET body = '山と川' WHERE id = 1")  # as rj edit saves it
    assert found(rj, "公園") == [] and [h["id"] for h in found(rj, "山と川")] == [1]
    assert ok(rj("doctor")).endswith("All is well.\n")


def test_a_large_import_indexes_unspaced_text_too(rj, tmp_path):
    many = [
        {
            "uuid": f"00000000-0000-4000-8000-{n:012d}",
            "day": "2024-05-01",
            "created_at": f"2024-05-01T09:{n % 60:02d}:00+00:00",
            "body": f"第{n}天，我在公園" if n % 100 == 0 else f"plain day {n}",
        }
        for n in range(600)
    ]
    path = tmp_path / "many.json"
    document = {"format": "resilience-journal", "version": 1, "entries": many}
    path.write_text(json.dumps(document), encoding="utf-8")
    assert rj("import", str(path)).exit_code == 0
    assert len(found(rj, "公園")) == 6
    assert [h["body"] for h in found(rj, "第500天")] == ["第500天，我在公園"]
    ok(rj("write", "後來在公園"))  # the trigger is back
    assert len(found(rj, "公園")) == 7


def test_markup_in_entries_stays_literal(rj):
    ok(rj("write", "[bold]公園[/bold] :fire: [link=https://x.example]tea[/link]"))
    screen = ok(rj("search", "公園", env=ON_SCREEN))
    assert "[bold]公園[/bold] :fire:" in screen
    screen = ok(rj("search", "tea", "OR", "公園", env=ON_SCREEN))
    assert "[link=https://x.example]tea[/link]" in screen
    assert "🔥" not in screen


# -- what the review and the user test of the new search found --------------------------


def screen_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


@pytest.fixture
def long_titles(rj):
    for n in range(18):
        ok(rj("write", f"filler {n}"))
    walk = "river river walk sang walk garden coffee garden walked by the old mill and home"
    ok(rj("write", walk))  # 19
    ok(rj("write", "今日は公園で散歩した。" * 6))  # 20


@pytest.mark.parametrize("columns", [80, 60])
def test_a_heading_is_cut_at_the_width_of_the_terminal(rj, long_titles, columns):
    env = {**ON_SCREEN, "COLUMNS": str(columns)}
    for query, start in (("walk", "#19  Wed 25 Nov 2026  river river walk"), ("公園", "#20  ")):
        lines = screen_lines(ok(rj("search", query, env=env)))
        assert lines[0].startswith(start) and lines[0].endswith("…")
        assert columns - 1 <= cell_len(lines[0]) <= columns  # a CJK character takes two
        assert all(cell_len(line) <= columns for line in lines)
    heading = screen_lines(ok(rj("search", "walk", env=env)))[0]
    assert len(heading) == columns  # the title takes every cell it can


def test_a_heading_fits_a_real_terminal_of_60_columns(long_titles, pty_env):
    # TERM=dumb would make Rich take the terminal for 80 columns whatever it is told
    env = {**pty_env, "COLUMNS": "60", "TERM": "xterm-256color"}
    result = run_in_pty(["search", "公園", "walk", "OR", "散歩", "--no-pager"], env=env)
    assert result.exit_code == 0, result.output
    lines = screen_lines(re.sub(r"\x1b\[[0-9;]*m", "", result.output))
    assert lines[0].startswith("#20  Wed 25 Nov 2026  今日は公園で散歩した。")
    assert lines[0].endswith("…") and "散歩した。" in lines[1]
    assert all(cell_len(line) <= 60 for line in lines)
    narrow = run_in_pty(["search", "walk", "--no-pager"], env={**env, "COLUMNS": "30"})
    assert screen_lines(re.sub(r"\x1b\[[0-9;]*m", "", narrow.output))[:2] == [
        "#19  Wed 25 Nov 2026",
        "    river river walk sang wal…",
    ]


def test_a_left_out_phrase_as_the_shell_passes_it(rj, kitchen):
    # rj search window -"rain on": the shell hands rj one argument, `-rain on`
    assert [h["id"] for h in found(rj, "window", "-rain on")] == [3]
    assert [h["id"] for h in found(rj, "kettle", "-kettle sang")] == [2]
    assert [h["id"] for h in found(rj, "kettle", "-kettle sa*")] == [2]
    assert [h["id"] for h in found(rj, "kettle sa*")] == [1]
    assert rj("search", "-kettle sang").stderr.strip().startswith("A word with - before it")


def test_an_or_not_between_two_words_is_dropped(rj, kitchen):
    assert sorted(h["id"] for h in found(rj, "garden", "OR", "-rain")) == [6]
    assert sorted(h["id"] for h in found(rj, "-rain", "OR", "garden")) == [6]
    assert sorted(h["id"] for h in found(rj, "rain", "OR", "OR", "tea")) == [3, 4, 5]
    assert sorted(h["id"] for h in found(rj, "OR", "OR", "tea", "OR")) == [3]
    assert found(rj, "OR") == []  # alone, it is the word itself
    ok(rj("write", "Tea or coffee, who knows."))
    assert [h["id"] for h in found(rj, "OR")] == [7]
    assert [h["id"] for h in found(rj, "OR", "OR")] == [7]


SYMBOLS = ["⭐", "⌛", "⏰", "⬆", "↩", "™", "©", "®", "‼", "⁉", "ℹ", "▶", "☕", "✅"]


def test_common_emoji_and_symbols_are_found(rj, rj_home):
    for symbol in SYMBOLS:
        ok(rj("write", f"{symbol}"))  # the symbol alone: only the trigram index has it
    ok(rj("write", "Nothing but words."))
    for n, symbol in enumerate(SYMBOLS, 1):
        (hit,) = found(rj, symbol)
        assert hit["id"] == n and marked(hit) == [symbol]
    with sqlite3.connect(rj_home / "journal.db") as conn:
        held = conn.execute("SELECT count(*) FROM entries_grams_docsize").fetchone()
    assert held == (len(SYMBOLS),)  # an entry of words alone stays out of it


def test_a_variation_selector_neither_stops_nor_makes_a_match(rj):
    ok(rj("write", "I ❤️ tea"))  # 1: ❤️, the emoji style
    ok(rj("write", "I ❤ rain"))  # 2: ❤ alone
    ok(rj("write", "公園❤️散步"))  # 3
    ok(rj("write", "a ☃︎ today"))  # 4: ☃︎, the text style
    for query in ("❤", "❤️", "❤︎"):
        assert [h["id"] for h in found(rj, query)] == [3, 2, 1], query
    assert [h["id"] for h in found(rj, "公園❤散步")] == [3]
    assert [h["id"] for h in found(rj, "❤️散")] == [3]
    assert [h["id"] for h in found(rj, "☃️")] == [4]
    (hit,) = found(rj, "❤", "tea")
    assert sorted(marked(hit)) == ["tea", "❤️"]  # the selector stays with its heart
    assert rj("search", "️").stderr.strip() == "Search for at least one word."


def trigger_ranges(conn: sqlite3.Connection) -> set[str]:
    sql = " ".join(
        row[0]
        for row in conn.execute("SELECT sql FROM sqlite_master WHERE name LIKE 'entries_grams_a_'")
    )
    return set(re.findall(r"GLOB '\*\[(.*?)\]\*'", sql))


def test_the_ranges_in_the_journal_are_the_ranges_of_the_code(rj, rj_home):
    ok(rj("write", "⭐ a good day"))
    with sqlite3.connect(rj_home / "journal.db") as conn:
        assert trigger_ranges(conn) == {grams.UNSPACED}
        made = conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'entries_grams_a_'")
        assert made.fetchone() == (3,)


def test_a_journal_from_before_the_wider_ranges_is_indexed_again(rj, rj_home):
    ok(rj("write", "⭐ a good day"))
    ok(rj("write", "公園❤️"))
    with sqlite3.connect(rj_home / "journal.db") as conn:  # as m011 left it
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_search_grams_wider'")
        conn.execute("INSERT INTO entries_grams (entries_grams) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO entries_grams (rowid, title, body) SELECT id, title, body FROM entries"
            " WHERE body GLOB '*[⺀-\U0010ffff]*'"
        )
        for name in ("entries_grams_ai", "entries_grams_au"):
            old = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()
            conn.execute(f"DROP TRIGGER {name}")
            conn.execute(old[0].replace(grams.UNSPACED, "⺀-\U0010ffff"))
    assert [h["id"] for h in found(rj, "⭐")] == [1]  # m012 ran: the entry is in the index
    assert [h["id"] for h in found(rj, "公園❤")] == [2]
    with sqlite3.connect(rj_home / "journal.db") as conn:
        assert trigger_ranges(conn) == {grams.UNSPACED}
    assert ok(rj("doctor")).endswith("All is well.\n")


def test_unspaced_matches_are_newest_first_however_they_were_added(rj, tmp_path):
    ok(rj("write", "今天在公園"))  # 1, today
    old = [
        {
            "uuid": f"00000000-0000-4000-8000-{n:012d}",
            "day": f"2020-05-0{n}",
            "created_at": f"2020-05-0{n}T09:00:00+00:00",
            "body": f"第{n}天，公園",
        }
        for n in (1, 2)
    ]
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "resilience-journal", "version": 1, "entries": old}))
    ok(rj("import", str(path)))
    assert [h["id"] for h in found(rj, "公園")] == [1, 3, 2]  # every match
    assert [h["id"] for h in found(rj, "公園", "-n", "2")] == [1, 3]
    screen = ok(rj("search", "公園", env=ON_SCREEN))
    assert screen.index("今天在公園") < screen.index("第2天") < screen.index("第1天")
