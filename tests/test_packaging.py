"""What a person installs: the licence travels with rj, the package says what it runs on,
and the journal's folder is where the README says, on each system."""

from __future__ import annotations

import ntpath
import tomllib
from pathlib import Path

import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from resilience_journal import paths
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCAL = r"C:\Users\Ana\AppData\Local"


def test_the_licence_is_a_file_that_goes_into_the_wheel():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Resilience Journal contributors" in text
    # the license-files field (core metadata 2.4) needs hatchling 1.27 to be written
    assert "hatchling>=1.27" in PYPROJECT["build-system"]["requires"][0]


def test_the_package_says_which_python_and_system_it_is_tested_on():
    classifiers = PYPROJECT["project"]["classifiers"]
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Operating System :: POSIX :: Linux" in classifiers
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "**Supported systems.** Linux, with Python 3.11" in readme


def test_on_windows_the_folder_is_named_once(monkeypatch: pytest.MonkeyPatch):
    """platformdirs' Windows rules, run here: %LOCALAPPDATA%\\resilience-journal, not
    ...\\resilience-journal\\resilience-journal (what rj 0.1 asked for)."""
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    folders = paths.platform_dirs(platformdirs.windows.Windows)
    for folder in (folders.user_data_dir, folders.user_config_dir):
        assert folder.replace("/", "\\") == ntpath.join(LOCAL, "resilience-journal")
    earlier = paths.platform_dirs(platformdirs.windows.Windows, author=None).user_data_dir
    assert earlier.replace("/", "\\").endswith(r"\resilience-journal\resilience-journal")


def test_on_macos_and_linux_the_folders_are_as_the_readme_says(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    mac = paths.platform_dirs(platformdirs.macos.MacOS)
    support = tmp_path / "Library" / "Application Support" / "resilience-journal"
    assert Path(mac.user_data_dir) == Path(mac.user_config_dir) == support
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    unix = paths.platform_dirs(platformdirs.unix.Unix)
    assert Path(unix.user_data_dir) == tmp_path / "data" / "resilience-journal"
    assert Path(unix.user_config_dir) == tmp_path / "config" / "resilience-journal"


def test_without_rj_home_the_journal_is_in_the_platform_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("RJ_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    found = paths.resolve()
    assert found.db == tmp_path / "data" / "resilience-journal" / "journal.db"
    assert found.config_file == tmp_path / "config" / "resilience-journal" / "config.yaml"


def test_a_journal_in_the_earlier_folder_is_still_found(tmp_path):
    """After the update, a Windows journal in the doubled folder (inside the new one) is used
    where it is, not left behind for a new empty one; so are its settings."""
    new = tmp_path / "resilience-journal"
    earlier = new / "resilience-journal"
    assert paths.kept(new, earlier, "journal.db") == new  # a first run
    earlier.mkdir(parents=True)
    (earlier / "journal.db").write_bytes(b"")
    assert paths.kept(new, earlier, "journal.db") == earlier
    assert paths.kept(new, earlier, "config.yaml") == new  # no settings kept there
    (new / "journal.db").write_bytes(b"")
    assert paths.kept(new, earlier, "journal.db") == new  # one in the new place wins
