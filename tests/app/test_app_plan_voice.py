# SPDX-License-Identifier: GPL-3.0-or-later
"""The app takes a plan with its recorded voice from the Plan menu, or refuses it whole."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from breathapp.app.plans import actions_of, parts_of
from breathapp.core.plan_file import plan_to_json
from breathapp.storage.plans_repo import PlanRepo
from tests.builders.app import close_app, make_plan_app, with_plan_menu
from tests.builders.plans import sample_plan
from tests.builders.voice_packs import (
    breathing_manifest,
    folder_listing,
    pack_zip,
    spoiled_pack,
)
from tests.fakes import FakePlanDialogs


def _members(zipped: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _plan_file(path: Path, zipped: bytes) -> Path:
    doc = plan_to_json(replace(sample_plan(), voice_pack="anna"))
    doc["voice_pack_zip"] = base64.b64encode(zipped).decode()
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_plan_with_a_voice_installs_it_and_the_profile_uses_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    built = make_plan_app(qtbot, data)
    zipped = pack_zip(tmp_path / "anna.zip", breathing_manifest("anna", "Anna Peeters"))
    path = _plan_file(tmp_path / "plan.breathplan", zipped.read_bytes())
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=path))
    assert actions_of(built).import_file()
    assert dialogs.voices == ["Includes a recorded voice: Anna Peeters, 3 steps"]
    assert parts_of(built).plans.plan == replace(sample_plan(), voice_pack="anna")
    assert built.prefs.prefs.voice_pack == "anna"
    assert sorted(p.name for p in (data / "voice" / "anna" / "breathing").iterdir()) == [
        "hold.wav",
        "in.wav",
        "out.wav",
    ]
    out = tmp_path / "again.breathplan"
    dialogs.save_path = out
    assert actions_of(built).export()
    carried = base64.b64decode(json.loads(out.read_text("utf-8"))["voice_pack_zip"])
    assert _members(carried) == _members(zipped.read_bytes())
    close_app(built)


def test_a_plan_with_a_bad_voice_is_refused_and_nothing_changes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    built = make_plan_app(qtbot, data)
    zipped, _problem = spoiled_pack(tmp_path, "dotdot")
    path = _plan_file(tmp_path / "plan.breathplan", zipped.read_bytes())
    before = folder_listing(data)
    dialogs = with_plan_menu(built, FakePlanDialogs(open_path=path))
    assert not actions_of(built).import_file()
    assert dialogs.previewed == [] and len(dialogs.told) == 1
    assert "recorded voice" in dialogs.told[0] and "nothing was changed" in dialogs.told[0]
    assert PlanRepo(built.db).active(built.profile.profile.id) is None
    assert built.prefs.prefs.voice_pack == ""
    assert folder_listing(data) == before
    close_app(built)
