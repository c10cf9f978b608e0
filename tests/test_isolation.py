# SPDX-License-Identifier: GPL-3.0-or-later
"""The run's temporary home (tests/conftest.py): no test touches the user's real data folder."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

import pytest

from breathapp.paths import DATA_DIR_ENV, portable_data_dir, resolve_data_dir, user_data_dir
from breathapp.storage.db import Database
from tests.builders.commands import NOW, STARTS, export_practice_file, run, store_evenings
from tests.builders.process import process_env, run_breathapp
from tests.builders.sessions import stored_records

IMPORTED_ONE = "sessions imported: 1; already there, skipped: 0\n"


def _state(folder: Path) -> list[tuple[str, int, int]] | None:
    """Each thing in ``folder`` and the folder itself: name, size, time; None if not there."""
    if not folder.exists():
        return None
    things = [folder, *folder.rglob("*")]
    return sorted(
        (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns) for p in things
    )


def _practice_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], started: datetime) -> Path:
    """A practice file holding one session, started at ``started``."""
    store_evenings(tmp_path / "clinic", [started])
    return export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)


def _starts(folder: Path) -> list[datetime]:
    db, _report = Database.open(folder, NOW)
    try:
        return [record.started_utc for record in stored_records(db)]
    finally:
        db.close()


def test_every_rule_for_the_data_folder_leads_into_the_temporary_home(
    isolated_root: Path, real_user_data_dir: Path
) -> None:
    for name in ("HOME", "XDG_DATA_HOME", "APPDATA", DATA_DIR_ENV):
        assert Path(os.environ[name]).is_relative_to(isolated_root), name
    assert Path.home().is_relative_to(isolated_root)
    assert resolve_data_dir(None, os.environ) == Path(os.environ[DATA_DIR_ENV])
    per_user = {name: value for name, value in os.environ.items() if name != DATA_DIR_ENV}
    for platform in ("linux", "darwin", "win32"):
        assert user_data_dir(per_user, platform).is_relative_to(isolated_root), platform
    # A data folder beside the program counts only for a frozen build, which a test run
    # (and the python -m breathapp it starts) never is: not the repository, not .venv.
    assert not getattr(sys, "frozen", False) and portable_data_dir() is None
    assert resolve_data_dir(None, per_user).is_relative_to(isolated_root)
    assert not real_user_data_dir.is_relative_to(isolated_root)


def test_a_command_in_a_process_of_its_own_writes_in_the_temporary_home(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_root: Path,
    real_user_data_dir: Path,
) -> None:
    practice = _practice_file(tmp_path, capsys, STARTS[0])
    before = _state(real_user_data_dir)
    result = run_breathapp("import", str(practice))  # no --data-dir, no BREATHAPP_DATA_DIR
    assert (result.returncode, result.stdout) == (0, IMPORTED_ONE), result.stderr
    per_user = user_data_dir(process_env())
    assert per_user.is_relative_to(isolated_root)
    assert STARTS[0] in _starts(per_user)
    assert _state(real_user_data_dir) == before


@pytest.mark.parametrize("rule", ["BREATHAPP_DATA_DIR", "the per-user folder"])
def test_a_command_in_this_process_writes_in_the_temporary_home(
    rule: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    isolated_root: Path,
    real_user_data_dir: Path,
) -> None:
    started = STARTS[1] if rule == "BREATHAPP_DATA_DIR" else STARTS[2]
    if rule != "BREATHAPP_DATA_DIR":
        monkeypatch.delenv(DATA_DIR_ENV)
    folder = resolve_data_dir(None, dict(os.environ))
    assert folder.is_relative_to(isolated_root)
    practice = _practice_file(tmp_path, capsys, started)
    before = _state(real_user_data_dir)
    assert run(capsys, "import", str(practice)) == (0, IMPORTED_ONE, "")
    assert started in _starts(folder)
    assert _state(real_user_data_dir) == before
