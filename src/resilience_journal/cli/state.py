"""What a command works with: where things live, the settings and the open journal, each
made once per command, when first asked for."""

from __future__ import annotations

import getpass
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from resilience_journal import config, paths
from resilience_journal.cli.app import Options, say
from resilience_journal.errors import SaidInFull
from resilience_journal.journal import Journal
from resilience_journal.messages import common as words
from resilience_journal.messages import encryption as encryption_words
from resilience_journal.messages import locks as lock_words
from resilience_journal.messages import store as store_words
from resilience_journal.store import JournalStore, files, leftovers, lock

if TYPE_CHECKING:
    from resilience_journal.prompting.library import Library

PASSPHRASE_ENV = "RJ_PASSPHRASE"
JUST_MADE_SECONDS = 5  # a 0-byte journal younger than this is being made by another rj


@dataclass
class State:
    db_option: str | None = None
    library: Library | None = None  # the prompt library, once cli/prompting.py has read it
    _journal: Journal | None = field(default=None, repr=False)
    _settings: config.Settings | None = field(default=None, repr=False)

    def paths(self) -> paths.Paths:
        return paths.resolve(self.db_option)

    def settings(self) -> config.Settings:
        """The settings; a broken settings file never stops writing: defaults are used and
        the person is told which file to fix."""
        if self._settings is None:
            try:
                self._settings = config.load(self.paths().config_file)
            except config.ConfigError as err:
                say(f"{err.message} {words.USING_DEFAULTS}")
                self._settings = config.Settings()
        return self._settings

    def journal(self, create: bool = True) -> Journal:
        """Open the journal. With create=False (commands that only read or change what is
        there), a journal file that does not exist is an error rather than a new empty
        journal, whether the path came from --db, RJ_HOME or the default folder: a typo in
        a nightly job's RJ_HOME is noticed (exit 1, where rj looked), and nothing is made."""
        if self._journal is None:
            path = self.paths().db
            leftovers.clear(path)  # before a passphrase is asked: a stopped decrypt's copy
            if not create and not path.exists():
                raise SaidInFull(self._not_there(path))
            if self.db_option and not path.parent.is_dir():
                raise SaidInFull(words.no_folder_for_journal(path.parent))
            # Held until this process ends (a window waiting on the editor included), before
            # the file is looked at: an encrypt or decrypt under way is waited for.
            lock.shared(path, waiting=lambda: say(lock_words.WAITING_FOR_CONVERT))
            emptied = _emptied(path)
            if emptied and not create:
                raise SaidInFull(store_words.empty_journal_file(path, _backups(path)))
            made = not path.exists()
            try:
                store = JournalStore(path, passphrase=self.passphrase(path))
            except BaseException:
                if made:  # a first start that failed (a full disk) leaves no empty journal
                    files.remove_unmade(path)
                raise
            lock.shared(path)  # a journal just made, in a folder just made
            if emptied:  # said once it is a journal again, so the line is true
                say(store_words.empty_journal_started(path, _backups(path)))
            self._journal = Journal(store, self.settings())
        return self._journal

    def welcoming_journal(self) -> Journal:
        """The journal for a screen a newcomer may open first (`rj today`, `rj prompt`,
        `rj values`): the default journal (or RJ_HOME's) is started; a --db path that is not
        there is still an error."""
        return self.journal(create=not self.db_option)

    def _not_there(self, path: Path) -> str:
        """Where rj looked for a journal that is not there, and how to start one."""
        if self.db_option:
            return words.no_journal_at(path)
        home = os.environ.get(paths.HOME_ENV, "").strip()
        if home:
            return words.no_journal_in_home(str(path), paths.HOME_ENV)
        return words.no_journal_yet(str(path))

    def existing_journal(self) -> Path:
        """The journal file, which must be there already (backup, encrypt, decrypt)."""
        path = self.paths().db
        leftovers.clear(path)
        if not path.is_file():
            raise SaidInFull(self._not_there(path))
        if _emptied(path):
            raise SaidInFull(store_words.empty_journal_file(path, _backups(path)))
        return path

    def passphrase(self, path: Path) -> str | None:
        """The passphrase of an encrypted journal (None for a plain one): from RJ_PASSPHRASE,
        for scripts, or asked on the terminal. It is never stored."""
        if not files.looks_encrypted(path):
            return None
        files.sqlcipher()  # a clear line if the encryption extra is missing
        return ask_passphrase(encryption_words.passphrase_for(str(path)), damaged_hint=True)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.store.close()
        lock.release_all()  # the command is over: encrypt and decrypt may now have it


def _emptied(path: Path) -> bool:
    """A journal file of 0 bytes that was not made a moment ago: emptied (a sync tool, a
    full disk), not one another rj is starting this very second."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_size == 0 and time.time() - info.st_mtime > JUST_MADE_SECONDS


def _backups(path: Path) -> Path | None:
    folder = files.backups_folder(path)
    return folder if files.backups(path) else None


def state(ctx: typer.Context) -> State:
    """The State of this command, made on first use and closed with the command."""
    root = ctx.find_root()
    current = root.meta.get("rj.state")
    if current is None:
        options = root.find_object(Options)
        current = State(db_option=options.db if options else None)
        root.meta["rj.state"] = current
        root.call_on_close(current.close)
    assert isinstance(current, State)
    return current


def ask_passphrase(label: str, confirm: bool = False, damaged_hint: bool = False) -> str:
    """RJ_PASSPHRASE if set, else asked on the terminal without echo."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise SaidInFull(encryption_words.needs_passphrase(PASSPHRASE_ENV, damaged_hint))
    first = getpass.getpass(f"{label}: ")
    if not first:
        raise SaidInFull(encryption_words.NO_PASSPHRASE)
    if confirm and getpass.getpass(encryption_words.PASSPHRASE_AGAIN) != first:
        raise SaidInFull(encryption_words.PASSPHRASES_DIFFER)
    return first
