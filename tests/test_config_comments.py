"""`rj config set`, `config unset` and `rj contacts` change only their own lines of
config.yaml: the person's comments, blank lines and other keys stay as they wrote them."""

from __future__ import annotations

import stat
from pathlib import Path

import yaml

from tests.conftest import ok

WRITTEN = """\
# My settings, written by hand.

# I want it slow this winter.
pace: reflective   # was deep
check_in: 'off'  # too much for now

# The people I trust:
contacts:
- name: Ana
  reach: call 555 0100

# The day starts late: I work nights.
day_starts_at: '06:00'
"""


def written(rj_home: Path, text: str = WRITTEN) -> Path:
    rj_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = rj_home / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_config_set_keeps_every_comment(rj, rj_home):
    path = written(rj_home)
    ok(rj("config", "set", "pace", "gentle"))
    assert path.read_text(encoding="utf-8") == WRITTEN.replace(
        "pace: reflective   # was deep", "pace: gentle   # was deep"
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["pace"] == "gentle"


def test_a_new_setting_goes_at_the_end(rj, rj_home):
    path = written(rj_home)
    ok(rj("config", "set", "distress_threshold", "7"))
    assert path.read_text(encoding="utf-8") == WRITTEN + "distress_threshold: '7'\n"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["distress_threshold"] == "7"


def test_config_unset_removes_only_its_line(rj, rj_home):
    path = written(rj_home)
    ok(rj("config", "unset", "check_in"))
    assert path.read_text(encoding="utf-8") == WRITTEN.replace(
        "check_in: 'off'  # too much for now\n", ""
    )
    assert "check_in" not in yaml.safe_load(path.read_text(encoding="utf-8"))


def test_contacts_change_only_their_own_block(rj, rj_home):
    path = written(rj_home)
    ok(rj("contacts", "add", "Sam", "07700 900123"))
    text = path.read_text(encoding="utf-8")
    for line in WRITTEN.splitlines():
        if line.startswith("#") or ":" in line and not line.startswith(("contacts", "-", " ")):
            assert line in text.splitlines(), line
    assert yaml.safe_load(text)["contacts"] == [
        {"name": "Ana", "reach": "call 555 0100"},
        {"name": "Sam", "reach": "07700 900123"},
    ]
    ok(rj("contacts", "remove", "Ana"))
    ok(rj("contacts", "remove", "Sam"))
    left = path.read_text(encoding="utf-8")
    assert "contacts" not in yaml.safe_load(left)
    assert "# The people I trust:" in left and "# The day starts late: I work nights." in left
    assert "pace: reflective   # was deep" in left


def test_a_file_in_a_shape_lines_cannot_follow_is_still_changed_correctly(rj, rj_home):
    path = written(rj_home, "{pace: deep, check_in: 'off'}\n")
    ok(rj("config", "set", "pace", "gentle"))
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {
        "pace": "gentle",
        "check_in": "off",
    }


def test_a_new_file_starts_with_its_header(rj, rj_home):
    ok(rj("config", "set", "pace", "gentle"))
    text = (rj_home / "config.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Resilience Journal settings.")
    assert text.endswith("pace: gentle\n")
