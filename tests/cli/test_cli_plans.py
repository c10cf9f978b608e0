# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's plans: export and import a .breathplan file, headless, per profile."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.cli.common import EXIT_USAGE
from breathapp.cli.main import main
from breathapp.core.plan_file import plan_to_json
from breathapp.core.plans import (
    PLAN_FILE_MAX_BYTES,
    Advance,
    Contact,
    ItemKind,
    Per,
    Plan,
    PlanItem,
    PlanPhase,
    PlanProgress,
)
from breathapp.storage.db import DB_FILENAME, Database
from breathapp.storage.plan_files import read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from tests.builders.commands import one_line, run
from tests.builders.plans import plan_of
from tests.builders.profiles import profiles_in

NOW = datetime(2026, 11, 25, 15, 23, tzinfo=UTC)
PLAN = Plan(
    "Back at ease",
    (
        PlanPhase(
            "Calm and loosen",
            (
                PlanItem(ItemKind.BREATHING, "calm", 5, 9.0, 2.0, times=2),
                PlanItem(ItemKind.RELAXATION, "pmr-short", times=3, per=Per.WEEK),
            ),
            Advance.AFTER_DAYS,
            14,
            "Slow, not deep.",
        ),
        PlanPhase("Build up", (PlanItem(ItemKind.BREATHING, "4-0-8-0", 10),), Advance.THERAPIST),
    ),
    message="You are doing well.\nCall me when in doubt.",
    contact=Contact("An Peeters", "Kine Gent", "09 123 45 67", "an@example.be", "mornings"),
)
HOLDS = plan_of(PlanItem(ItemKind.BREATHING, "box"), name="Box", phase="Calm")


@pytest.fixture
def data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The command line's data folder, and a system language of English."""
    monkeypatch.setenv("LANGUAGE", "en")
    return data_dir


def _profiles(data: Path, *, no_holds: str = "", pin: str = "") -> dict[str, int]:
    """Anna and Bert beside the default profile; one set to no holds, one with PIN 2580."""
    pins = {pin: "2580"} if pin else None
    return profiles_in(data, "Anna", "Bert", now_utc=NOW, no_holds={no_holds}, pins=pins)


def _active(data: Path, profile_id: int) -> tuple[Plan, PlanProgress] | None:
    db, _ = Database.open(data, NOW)
    try:
        return PlanRepo(db).active(profile_id)
    finally:
        db.close()


def _plan_rows(data: Path) -> int:
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        return int(conn.execute("SELECT count(*) FROM plans").fetchone()[0])
    finally:
        conn.close()


def test_import_prints_the_plan_then_makes_it_the_profiles_plan(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _profiles(data_dir)
    path = tmp_path / "anna.breathplan"
    write_plan_file(path, PLAN)
    code, out, err = run(capsys, "plan", "import", str(path), "--profile", "anna")
    assert (code, err) == (0, "")
    for expected in (
        "Plan: Back at ease",
        "Phase 1: Calm and loosen (14 days)",
        "  - breathing calm (4-0-6-0), 6 breaths a minute, 5 minutes, easing in from 9 breaths"
        " a minute over 2 minutes, twice a day",
        "  - relaxation: Muscle relaxation, short, 3 times a week",
        "  Note: Slow, not deep.",
        "Phase 2: Build up (until your therapist moves you on)",
        "  - breathing 4-0-8-0, 5 breaths a minute, 10 minutes, once a day",
        "Message from your therapist:\n  You are doing well.\n  Call me when in doubt.",
        "Contact: An Peeters, Kine Gent, phone 09 123 45 67, e-mail an@example.be",
        "Saved as the plan of profile Anna, starting today",
    ):
        assert expected in out
    active = _active(data_dir, ids["Anna"])
    assert active is not None and active[0] == PLAN
    today = datetime.now(UTC).astimezone().date()
    assert active[1] == PlanProgress(today, 0, today, (today,))
    assert _active(data_dir, ids[""]) is None


def test_export_writes_the_profiles_plan(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _profiles(data_dir)
    db, _ = Database.open(data_dir, NOW)
    PlanRepo(db).save(ids["Bert"], PLAN, PlanProgress(NOW.date(), 0, NOW.date()), NOW)
    db.close()
    target = tmp_path / "bert.breathplan"
    code, out, err = run(capsys, "plan", "export", str(target), "--profile", "Bert")
    assert (code, err) == (0, "")
    assert str(target) in out
    assert read_plan_file(target) == PLAN
    assert json.loads(target.read_text("utf-8"))["version"] == 2


def test_export_without_a_plan_exits_2_with_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _profiles(data_dir)
    target = tmp_path / "none.breathplan"
    code, out, err = run(capsys, "plan", "export", str(target), "--profile", "Anna")
    assert code == EXIT_USAGE and out == ""
    assert one_line(err) == "breathapp: the profile Anna has no plan to export"
    assert not target.exists()


def test_holds_are_refused_for_a_no_holds_profile_and_nothing_changes(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _profiles(data_dir, no_holds="Anna")
    path = tmp_path / "box.breathplan"
    write_plan_file(path, HOLDS)
    code, out, err = run(capsys, "plan", "import", str(path), "--profile", "Anna")
    assert code == EXIT_USAGE and out == ""
    line = one_line(err)
    assert "phases[0].items[0].what: 4-4-4-4 has breath holds" in line
    assert "no breath holds" in line and "not saved" in line
    assert _plan_rows(data_dir) == 0
    code, _out, err = run(capsys, "plan", "import", str(path), "--profile", "Bert")
    assert code == 0 and _plan_rows(data_dir) == 1  # another profile may have holds


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{", "line 1 column 2: is not valid JSON"),
        (b"\xff", "byte 0: is not UTF-8 text"),
        (b'{"format": "breathapp-plan", "version": 3, "plan": {}}', "version: version 3"),
        (
            json.dumps(
                {**plan_to_json(PLAN), "plan": {**plan_to_json(PLAN)["plan"], "title": 7}}  # type: ignore[dict-item]
            ).encode(),
            "title: must be text",
        ),
        (b" " * (PLAN_FILE_MAX_BYTES + 1), "is larger than 256 KB"),
    ],
)
def test_a_bad_file_exits_2_naming_the_place_and_changes_nothing(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / "bad.breathplan"
    path.write_bytes(content)
    code, out, err = run(capsys, "plan", "import", str(path))
    assert code == EXIT_USAGE and out == ""
    assert expected in one_line(err)
    assert not data_dir.exists()  # not even a new data folder


def test_an_unknown_relaxation_session_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.breathplan"
    item = PlanItem(ItemKind.RELAXATION, "yoga-nidra")
    write_plan_file(path, plan_of(item, name="t", phase="a"))
    code, _out, err = run(capsys, "plan", "import", str(path))
    assert code == EXIT_USAGE
    assert "phases[0].items[0].what: there is no relaxation session 'yoga-nidra'" in one_line(err)
    assert not data_dir.exists()


def test_a_missing_file_exits_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "plan", "import", str(tmp_path / "nope.breathplan"))
    assert code == EXIT_USAGE and "cannot read" in one_line(err)


def test_a_profile_with_a_pin_is_refused_both_ways(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _profiles(data_dir, pin="Anna")
    path = tmp_path / "p.breathplan"
    write_plan_file(path, PLAN)
    for action in ("import", "export"):
        code, _out, err = run(capsys, "plan", action, str(path), "--profile", "Anna")
        assert code == EXIT_USAGE
        assert "the profile Anna has a PIN" in one_line(err)
    assert _plan_rows(data_dir) == 0


def test_plan_needs_an_action_and_a_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["plan"], ["plan", "import"], ["plan", "send", "x"]):
        code, _out, err = run(capsys, *argv)
        assert code == EXIT_USAGE
        one_line(err)


def test_import_into_a_new_data_folder_uses_the_first_profile(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.breathplan"
    write_plan_file(path, PLAN)
    code, out, _err = run(capsys, "plan", "import", str(path))
    assert code == 0 and 'profile ""' in out
    active = _active(data_dir, 1)
    assert active is not None and active[0] == PLAN


@pytest.mark.parametrize("options", [[], ["--profile", "Anna"]])
def test_plan_without_an_action_names_both_actions(
    data_dir: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    code, out, err = run(capsys, "plan", "--data-dir", str(data_dir), *options)
    assert (code, out) == (EXIT_USAGE, "")
    assert one_line(err) == "breathapp: plan needs an action: import FILE or export FILE"
    assert not data_dir.exists()


def test_plan_help_still_lists_both_actions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["plan", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: breathapp plan") and "import" in out and "export" in out


def test_import_of_a_plan_with_4_7_8_says_the_first_month_rule(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _profiles(data_dir)
    four = Plan("Evening", (PlanPhase("Wind down", (PlanItem(ItemKind.BREATHING, "4-7-8", 5),)),))
    path = tmp_path / "four.breathplan"
    write_plan_file(path, four)
    code, out, _err = run(capsys, "plan", "import", str(path), "--profile", "anna")
    assert code == 0
    assert "Note: 4-7-8 sessions are at most 4 breaths until " in out
    write_plan_file(path, PLAN)  # no 4-7-8 in it: nothing to say
    code, out, _err = run(capsys, "plan", "import", str(path), "--profile", "anna")
    assert code == 0 and "4-7-8" not in out


def _plan_with_voice(path: Path, zipped: bytes) -> Path:
    import base64
    from dataclasses import replace

    doc = plan_to_json(replace(PLAN, voice_pack="anna"))
    doc["voice_pack_zip"] = base64.b64encode(zipped).decode()
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _voice_pref(data: Path, profile_id: int) -> str:
    from breathapp.storage.prefs_repo import PrefsRepo

    db, _ = Database.open(data, NOW)
    try:
        return PrefsRepo(db).load(profile_id)[0].voice_pack
    finally:
        db.close()


def test_import_installs_the_plans_recorded_voice_and_the_profile_uses_it(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.builders.voice_packs import breathing_manifest, pack_zip

    ids = _profiles(data_dir)
    zipped = pack_zip(tmp_path / "anna.zip", breathing_manifest("anna", "Anna Peeters"))
    path = _plan_with_voice(tmp_path / "voice.breathplan", zipped.read_bytes())
    code, out, err = run(capsys, "plan", "import", str(path), "--profile", "anna")
    assert (code, err) == (0, "")
    assert "Includes a recorded voice: Anna Peeters, 3 steps" in out
    assert "The recorded voice Anna Peeters is this profile's voice now." in out
    assert sorted(p.name for p in (data_dir / "voice" / "anna" / "breathing").iterdir()) == [
        "hold.wav",
        "in.wav",
        "out.wav",
    ]
    assert _voice_pref(data_dir, ids["Anna"]) == "anna"
    assert _voice_pref(data_dir, ids["Bert"]) == ""


def test_a_plan_with_a_bad_voice_exits_2_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.builders.voice_packs import folder_listing, spoiled_pack

    _profiles(data_dir)
    before = folder_listing(data_dir)
    rows = _plan_rows(data_dir)
    for name in ("wrong-step", "dotdot", "not-a-zip", "aac-audio"):
        spoiled, _problem = spoiled_pack(tmp_path, name)
        path = _plan_with_voice(tmp_path / f"{name}.breathplan", spoiled.read_bytes())
        code, out, err = run(capsys, "plan", "import", str(path), "--profile", "anna")
        assert (code, out) == (EXIT_USAGE, "")
        assert one_line(err).startswith(f"breathapp: {path}: ")
    assert folder_listing(data_dir) == before and _plan_rows(data_dir) == rows
    assert not (data_dir / "voice").exists()


def test_export_carries_the_plans_recorded_voice_as_the_window_does(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import base64

    from tests.builders.voice_packs import breathing_manifest, pack_zip

    _profiles(data_dir)
    zipped = pack_zip(tmp_path / "anna.zip", breathing_manifest("anna", "Anna Peeters"))
    given = _plan_with_voice(tmp_path / "voice.breathplan", zipped.read_bytes())
    assert run(capsys, "plan", "import", str(given), "--profile", "anna")[0] == 0
    back = tmp_path / "back.breathplan"
    code, _out, err = run(capsys, "plan", "export", str(back), "--profile", "anna")
    assert (code, err) == (0, "")
    doc = json.loads(back.read_text("utf-8"))
    assert doc["plan"]["voice_pack"] == "anna"
    carried = base64.b64decode(doc["voice_pack_zip"])
    again = tmp_path / "again"
    assert run(capsys, "plan", "import", str(back), "--data-dir", str(again))[0] == 0
    for name in ("in.wav", "out.wav", "hold.wav"):
        assert (again / "voice/anna/breathing" / name).read_bytes() == (
            data_dir / "voice/anna/breathing" / name
        ).read_bytes()
    assert len(carried) > 0
