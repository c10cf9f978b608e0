# SPDX-License-Identifier: GPL-3.0-or-later
"""A PIN profile in the running app: the PIN given at the picker opens its sealed history,
in this window and the next one after a switch; nothing else is opened with it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathapp.app import profiles as app_profiles
from breathapp.app.profiles import add_profile_ui
from breathapp.controllers.profiles_controller import Entry, Outcome, ProfilesController
from breathapp.core.clock import ManualClock
from breathapp.core.profiles import ProfileChoice
from breathapp.core.session import SessionStatus
from breathapp.storage.db import Database
from breathapp.storage.history_repo import HistoryRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.sessions_repo import SessionRepo
from breathapp.storage.vault import Keyring
from tests.builders.app import close_app, make_app, never_told
from tests.builders.process import ROOT, process_env
from tests.builders.profiles import profiles_in
from tests.builders.sessions import make_record

NOTE = "Anna-sealed-note"


def _anna_with_a_note(data: Path) -> dict[str, int]:
    ids = profiles_in(data, "Anna", "Bert", pins={"Anna": "2580", "Bert": "1357"})
    db, _ = Database.open(data, ManualClock().now_utc())
    assert ProfileRepo(db).try_pin(ids["Anna"], "2580")
    record = make_record(
        started_utc=datetime(2026, 11, 3, 12, tzinfo=UTC),
        ended_utc=datetime(2026, 11, 3, 12, 5, tzinfo=UTC),
        status=SessionStatus.COMPLETED,
        tension_before=6,
        note=NOTE,
    )
    repo = SessionRepo(db)
    repo.finish(repo.add(ids["Anna"], record), record, datetime(2026, 11, 3, 12, 5, tzinfo=UTC))
    db.close()
    assert NOTE.encode() not in (data / "breathapp.db").read_bytes()
    return ids


def _notes(db: Database, profile_id: int) -> list[str]:
    return [s.note for s in HistoryRepo(db).sessions(profile_id)]


class Dialogs:
    """The Profile menu's picker, answered by opening ``profile_id`` with ``pin``."""

    def __init__(self, profile_id: int, pin: str) -> None:
        self.profile_id, self.pin = profile_id, pin

    def pick(self, profiles: ProfilesController) -> ProfileChoice | None:
        assert profiles.open(self.profile_id, self.pin).outcome is Outcome.OPEN
        return ProfileChoice(self.profile_id)


def test_the_pin_given_at_the_picker_opens_the_history_here_and_after_a_switch(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _anna_with_a_note(tmp_path)

    def pick(profiles: ProfilesController, only: Entry | None) -> ProfileChoice:
        assert profiles.open(ids["Bert"], "1357").outcome is Outcome.OPEN
        return ProfileChoice(ids["Bert"])

    monkeypatch.setattr(app_profiles, "pick", pick)
    bert = make_app(qtbot, tmp_path, never_told)
    assert bert.profile.profile.name == "Bert"
    assert _notes(bert.db, ids["Anna"]) == [""]  # Anna's stays shut in Bert's window
    add_profile_ui(bert, Dialogs(ids["Anna"], "2580"))  # type: ignore[arg-type]
    assert bert.profile_actions is not None
    bert.profile_actions.choose_profile()
    switch_to = bert.switch_to
    close_app(bert)
    assert switch_to is not None and isinstance(switch_to.keys, Keyring)
    assert switch_to.keys.key(ids["Bert"]) is None  # only the chosen profile's key goes on
    anna = make_app(qtbot, tmp_path, never_told, profile=switch_to.profile, keys=switch_to.keys)
    assert anna.profile.profile.name == "Anna"
    assert _notes(anna.db, ids["Anna"]) == [NOTE]
    close_app(anna)


def test_a_start_without_a_pin_profile_loads_no_cipher(tmp_path: Path) -> None:
    """Start-up is at its limit: the cipher and its key derivation (PyNaCl, cffi) load only
    when a PIN profile is opened, set or changed; another profile's PIN changes nothing."""
    ids = profiles_in(tmp_path, "Anna", "Bert", pins={"Bert": "1357"})
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from breathapp.app.build import build\n"
        "from breathapp.app.options import Options\n"
        "from breathapp.core.profiles import ProfileChoice\n"
        "app = QApplication([])\n"
        "def tell(parent, text): raise AssertionError(text)\n"
        "options = Options(Path(sys.argv[1]), 'en', None, None, None, False, False)\n"
        "built = build(options._replace(profile=ProfileChoice(int(sys.argv[2]))), None, tell)\n"
        "built.window.show()\n"
        "for _ in range(20): app.processEvents()\n"
        "names = ('nacl', '_cffi_backend', 'cryptography')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in names)\n"
        "assert built.profile.profile.name == 'Anna', built.profile.profile.name\n"
        "assert not loaded, loaded\n"
        "built.db.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(ids["Anna"])],
        capture_output=True,
        text=True,
        timeout=60,
        env=process_env(),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
