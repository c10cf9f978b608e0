# SPDX-License-Identifier: GPL-3.0-or-later
"""A practice file with beats and resonance tests through the real export and import
commands: carried over whole; a bad beat is refused with one line naming its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_USAGE
from breathapp.core.heart.beats import RrSeries
from breathapp.core.heart.resonance import ResonanceTest
from breathapp.storage.db import Database
from breathapp.storage.heart_repo import ResonanceRepo, RrRepo
from breathapp.storage.heart_seal import EMPTY
from tests.builders.commands import NOW, export_practice_file, one_line, run, store_evenings
from tests.builders.heart_store import resonance_test, series


def _heart(folder: Path) -> tuple[list[RrSeries | None], list[ResonanceTest]]:
    """The beats of each session (oldest first) and the default profile's tests."""
    db, _report = Database.open(folder, NOW)
    try:
        ids = [r[0] for r in db.query("SELECT id FROM sessions ORDER BY started_utc")]
        return [RrRepo(db).get(i) for i in ids], list(ResonanceRepo(db, 1).all())
    finally:
        db.close()


def _clinic(folder: Path) -> None:
    store_evenings(folder)
    db, _report = Database.open(folder, NOW)
    try:
        RrRepo(db).save(2, series(400))
        ResonanceRepo(db, 1).add(resonance_test(chosen_bpm=5.5))
    finally:
        db.close()


def test_beats_and_tests_go_through_export_and_import(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clinic(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    code, _out, err = run(capsys, "import", str(practice))
    assert (code, err) == (0, "")
    beats, tests = _heart(data_dir)
    assert beats == [None, series(400), None, None]
    assert tests == [resonance_test(chosen_bpm=5.5)] and tests[0].rr != EMPTY
    assert _heart(data_dir) == _heart(tmp_path / "clinic")


def test_a_bad_beat_exits_2_naming_its_place_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _clinic(tmp_path / "clinic")
    practice = export_practice_file(tmp_path / "clinic", tmp_path / "practice.json", capsys)
    top = json.loads(practice.read_text(encoding="utf-8"))
    top["sessions"][1]["beats"]["rr_ms"][7] = 3000
    practice.write_text(json.dumps(top), encoding="utf-8")
    store_evenings(data_dir, [])
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    code, out, err = run(capsys, "import", str(practice))
    assert (code, out) == (EXIT_USAGE, "")
    assert one_line(err) == (
        f"breathapp: {practice}: sessions[1].beats.rr_ms[7]: must be an interval of 250 to"
        " 2400 ms, a whole number, got 3000"
    )
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
