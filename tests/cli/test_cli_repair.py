# SPDX-License-Identifier: GPL-3.0-or-later
"""A command that writes and had to repair the store says so in one line, then does its work."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from breathapp.cli.store import repair_line
from breathapp.core.plans import ItemKind, PlanItem
from breathapp.storage.db import DB_FILENAME, Database, OpenReport
from breathapp.storage.plan_files import write_plan_file
from tests.builders.commands import NOW, STARTS, export_practice_file, one_line, run
from tests.builders.commands import store_evenings as store_sessions
from tests.builders.plans import plan_of

BACKUP_MADE = datetime(2026, 12, 5, 8, 14)  # local time


def _damaged_with_a_backup(data_dir: Path) -> Path:
    """A store of one session with a backup of it, whose file was then cut to nothing."""
    store_sessions(data_dir, STARTS[:1])
    with Database.open(data_dir, NOW)[0] as db:
        backup = db.daily_backup(date(2026, 12, 5))
    assert backup is not None
    os.utime(backup, (BACKUP_MADE.timestamp(), BACKUP_MADE.timestamp()))
    (data_dir / DB_FILENAME).write_bytes(b"")
    return backup


def _set_aside(data_dir: Path) -> Path:
    (moved,) = data_dir.glob("breathapp.damaged-*.db")
    return moved


def test_the_line_for_a_restored_backup() -> None:
    backup = Path("/data/backups/breathapp-2026-12-05.db")
    moved = Path("/data/breathapp.damaged-20261206T080000Z.db")
    report = OpenReport(damaged_moved_to=moved, restored_from=backup)
    line = repair_line(report, made=lambda path: BACKUP_MADE)
    assert line == (
        "the history file was damaged; it was set aside as "
        "/data/breathapp.damaged-20261206T080000Z.db and the backup of 2026-12-05 08:14 "
        "was restored (sessions after it are not in it)"
    )


def test_the_line_when_no_backup_was_found() -> None:
    moved = Path("/data/breathapp.damaged-20261206T080000Z.db")
    report = OpenReport(damaged_moved_to=moved, started_fresh_after_damage=True)
    assert repair_line(report) == (
        "the history file was damaged and there was no backup to restore; it was set aside "
        "as /data/breathapp.damaged-20261206T080000Z.db and a new, empty history was started"
    )


def test_the_line_says_how_many_sessions_the_damaged_file_gave_back() -> None:
    moved = Path("/data/breathapp.damaged-20261206T080000Z.db")
    backup = Path("/data/backups/breathapp-2026-12-05.db")
    report = OpenReport(damaged_moved_to=moved, restored_from=backup, sessions_salvaged=3)
    assert repair_line(report, made=lambda path: BACKUP_MADE) == (
        "the history file was damaged; it was set aside as "
        "/data/breathapp.damaged-20261206T080000Z.db and the backup of 2026-12-05 08:14 "
        "was restored; 3 sessions were read back from the damaged file, others after the "
        "backup may be missing"
    )
    fresh = OpenReport(damaged_moved_to=moved, started_fresh_after_damage=True, sessions_salvaged=1)
    line = repair_line(fresh)
    assert line is not None and line.endswith(
        "a new history was started with the 1 session still readable in it"
    )


def test_nothing_to_say_after_an_ordinary_open() -> None:
    assert repair_line(OpenReport()) is None
    assert repair_line(OpenReport(migrated_from=6, interrupted_recovered=1)) is None


def test_import_into_a_damaged_store_says_what_was_repaired_and_imports(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_sessions(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    _damaged_with_a_backup(data_dir)
    code, out, err = run(capsys, "import", str(practice))
    assert code == 0
    assert out == "sessions imported: 3; already there, skipped: 1\n"
    line = one_line(err)
    assert f"set aside as {_set_aside(data_dir)} " in line
    assert "the backup of 2026-12-05 08:14 was restored" in line


def test_plan_import_into_a_damaged_store_says_what_was_repaired_and_saves(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "plan.breathplan"
    write_plan_file(plan_file, plan_of(PlanItem(ItemKind.BREATHING, "calm", 5)))
    _damaged_with_a_backup(data_dir)
    code, out, err = run(capsys, "plan", "import", str(plan_file))
    assert code == 0
    assert "Saved as the plan of profile" in out
    assert "the history file was damaged" in one_line(err)
    assert _set_aside(data_dir).exists()


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("nl", "1 oefening is uit het beschadigde", "3 oefeningen zijn uit het beschadigde"),
        ("fr", "1 séance a été relue", "3 séances ont été relues"),
        ("de", "1 Übung wurde aus", "3 Übungen wurden aus"),
        ("en", "1 session was read back", "3 sessions were read back"),
    ],
)
def test_the_line_speaks_the_language_with_its_plural_forms(
    language: str, one: str, three: str
) -> None:
    from breathapp.cli.words import use_language

    moved = Path("/data/breathapp.damaged-20261206T080000Z.db")
    backup = Path("/data/backups/breathapp-2026-12-05.db")
    use_language(language)
    try:
        for n, expected in ((1, one), (3, three)):
            report = OpenReport(damaged_moved_to=moved, restored_from=backup, sessions_salvaged=n)
            line = repair_line(report, made=lambda path: BACKUP_MADE)
            assert line is not None and expected in line and str(moved) in line
    finally:
        use_language("en")
