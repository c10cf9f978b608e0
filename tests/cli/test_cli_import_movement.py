# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's import says how many movement days it added, when it added any."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from tests.builders.commands import (
    NOW,
    STARTS,
    export_practice_file,
    run,
    store_evenings,
)


def _tick(data: Path, *days: date) -> None:
    db, _report = Database.open(data, NOW)
    try:
        for day in days:
            MovementRepo(db).set(1, day, True, NOW)
    finally:
        db.close()


def test_import_counts_the_movement_days_it_adds(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic = tmp_path / "clinic"
    store_evenings(clinic, STARTS[:2])
    _tick(clinic, date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 24))
    practice = export_practice_file(clinic, tmp_path / "practice.json", capsys)
    _tick(data_dir, date(2026, 11, 23))  # home already has this one
    code, out, err = run(capsys, "import", str(practice))
    assert (code, err) == (0, "")
    assert out == "sessions imported: 2; already there, skipped: 0; movement days added: 2\n"
    again = run(capsys, "import", str(practice))[1]
    assert again == "sessions imported: 0; already there, skipped: 2\n"  # no days: not said


def test_one_movement_day_is_said_as_one(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic = tmp_path / "clinic"
    store_evenings(clinic, STARTS[:1])
    _tick(clinic, date(2026, 11, 23))
    practice = export_practice_file(clinic, tmp_path / "practice.json", capsys)
    assert run(capsys, "import", str(practice))[1] == (
        "sessions imported: 1; already there, skipped: 0; movement days added: 1\n"
    )
