# SPDX-License-Identifier: GPL-3.0-or-later
"""A plan carries its recorded voice: from the therapist's data folder to the patient's.

Real databases, real voice-pack folders, two data folders (the practice and the home).
A refused plan file changes nothing: not the data folder (every file's size and mtime),
not the database.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from breathapp.controllers.plan_controller import PlanController
from breathapp.controllers.plan_voice import PlanVoice, carried
from breathapp.controllers.prefs_controller import PrefsController
from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.core.clock import ManualClock
from breathapp.core.plan_file import plan_to_json
from breathapp.core.plans import ItemKind, Plan, PlanError, PlanItem, PlanPhase, PlanProblem
from breathapp.core.voice_pack import BREATHING_SESSION, VoicePackError, VoicePackProblem
from breathapp.storage import voice_pack_zip
from breathapp.storage.db import Database
from breathapp.storage.movement_repo import MovementRepo
from breathapp.storage.plan_files import read_plan_bundle, read_plan_file, write_plan_file
from breathapp.storage.plans_repo import PlanRepo
from breathapp.storage.prefs_repo import PrefsRepo
from breathapp.storage.profiles_repo import ProfileRepo
from breathapp.storage.voice_packs import VOICE_DIRNAME, VoicePacks
from tests.builders.voice_packs import (
    KNOWN,
    TRICKS,
    folder_listing,
    pack_zip,
    spoiled_pack,
    write_wav,
)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLAN = Plan("Calm back", (PlanPhase("Calm", (PlanItem(ItemKind.BREATHING, "calm", 5),)),))


class Home:
    """One data folder: its database, plan controller, voice packs and preferences."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.clock = ManualClock(start_utc=START)
        self.db, _ = Database.open(data_dir, self.clock.now_utc())
        profile = ProfileRepo(self.db).default()
        self.store = VoicePacks(data_dir / VOICE_DIRNAME)
        self.packs = VoicePacksController(self.store, lambda: KNOWN)
        self.plans = PlanController(
            PlanRepo(self.db),
            MovementRepo(self.db),
            self.clock,
            lambda: self.clock.now_utc().date(),
            profile,
            read_plan_file,
            lambda path, plan: self._write(path, plan),
        )
        self.prefs = PrefsController(PrefsRepo(self.db), profile.id)
        self.voice = PlanVoice(
            self.plans,
            self.packs,
            read_plan_bundle,
            lambda pack_id: self.prefs.update(voice_pack=pack_id),
        )

    def _write(self, path: Path, plan: Plan) -> None:
        written, voice_zip = carried(self.packs, plan)
        write_plan_file(path, written, self.data_dir, voice_zip)

    def state(self) -> tuple[object, ...]:
        """What a refusal must leave as it was: the folder, the plan, the preferences."""
        stored = PrefsRepo(self.db).load(self.plans.profile.id)[0]
        return (folder_listing(self.data_dir), PlanRepo(self.db).active(1), stored)


@pytest.fixture
def practice(tmp_path: Path) -> Home:
    home = Home(tmp_path / "practice")
    pack = home.packs.create("Anna Peeters", "nl")
    for i, (session, step, seconds) in enumerate(
        [("tiny", "lie-down", 3.4), ("tiny", "fist-tense", 2.0), (BREATHING_SESSION, "in", 0.7)]
    ):
        audio = write_wav(tmp_path / "rec" / f"{i}.wav", 3000 + 17 * i, i)
        home.store.put_recording(pack.id, session, step, audio, seconds, KNOWN)
    assert home.plans.accept(replace(PLAN, voice_pack=pack.id))
    return home


@pytest.fixture
def patient(tmp_path: Path) -> Home:
    return Home(tmp_path / "patient")


def test_a_plan_brings_its_voice_byte_for_byte(
    practice: Home, patient: Home, tmp_path: Path
) -> None:
    path = tmp_path / "calm.breathplan"
    assert practice.plans.export(path)
    assert json.loads(path.read_text("utf-8"))["plan"]["voice_pack"] == "anna-peeters"
    bundle = patient.voice.read(path)
    assert bundle.voice is not None and bundle.voice.name == "Anna Peeters"
    assert len(bundle.voice.recordings) == 3
    assert patient.packs.packs() == ()  # read, not installed
    assert patient.voice.accept(bundle)
    assert patient.plans.plan == replace(PLAN, voice_pack="anna-peeters")
    assert patient.prefs.prefs.voice_pack == "anna-peeters"
    assert PrefsRepo(patient.db).load(1)[0].voice_pack == "anna-peeters"
    theirs = patient.packs.pack("anna-peeters")
    assert theirs == practice.packs.pack("anna-peeters")
    assert theirs is not None
    for recording in theirs.recordings:
        mine = practice.store.audio_path("anna-peeters", recording).read_bytes()
        assert patient.store.audio_path("anna-peeters", recording).read_bytes() == mine


def test_a_plan_without_a_voice_reads_and_is_accepted_as_before(
    practice: Home, patient: Home, tmp_path: Path
) -> None:
    practice.plans.save(PLAN)
    path = tmp_path / "calm.breathplan"
    assert practice.plans.export(path)
    assert "voice_pack" not in path.read_text("utf-8")
    bundle = patient.voice.read(path)
    assert bundle.voice is None and bundle.plan == PLAN
    assert patient.voice.accept(bundle)
    assert patient.prefs.prefs.voice_pack == "" and patient.packs.packs() == ()


def test_a_voice_pack_gone_from_the_practice_is_left_out_of_the_file(
    practice: Home, tmp_path: Path
) -> None:
    practice.packs.delete("anna-peeters")
    path = tmp_path / "calm.breathplan"
    assert practice.plans.export(path)
    assert read_plan_file(path) == PLAN


def _plan_file(path: Path, zipped: bytes, plan: Plan | None = None) -> Path:
    doc = plan_to_json(plan or replace(PLAN, voice_pack="anna"))
    doc["voice_pack_zip"] = base64.b64encode(zipped).decode()
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("trick", TRICKS)
def test_a_plan_with_a_bad_voice_pack_is_refused_and_nothing_changes(
    patient: Home, tmp_path: Path, trick: str
) -> None:
    zipped, problem = spoiled_pack(tmp_path, trick)
    path = _plan_file(tmp_path / "bad.breathplan", zipped.read_bytes())
    before = patient.state()
    with pytest.raises(PlanError) as info:
        patient.voice.read(path)
    assert info.value.problem is PlanProblem.BAD_VOICE_PACK
    assert info.value.where == "voice_pack_zip"
    assert str(info.value).startswith("voice_pack_zip: "), problem
    assert patient.state() == before


def test_an_oversized_voice_pack_is_refused(
    patient: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _good_zip(tmp_path)
    monkeypatch.setattr(voice_pack_zip, "ZIP_MAX_BYTES", len(good) - 1)
    path = _plan_file(tmp_path / "big.breathplan", good)
    before = patient.state()
    with pytest.raises(PlanError) as info:
        patient.voice.read(path)
    assert "is larger than" in str(info.value)
    assert patient.state() == before


def _good_zip(tmp_path: Path) -> bytes:
    return pack_zip(tmp_path / "good.zip").read_bytes()


def test_the_plan_file_limit_grows_only_by_the_voice(patient: Home, tmp_path: Path) -> None:
    good = _good_zip(tmp_path)
    long_note = replace(PLAN, message="x" * 1900, voice_pack="anna")
    path = _plan_file(tmp_path / "ok.breathplan", good, long_note)
    assert patient.voice.read(path).voice is not None
    text = path.read_text("utf-8")
    padded = text[:-1] + " " * (256 * 1024) + "}"
    path.write_text(padded, encoding="utf-8")
    with pytest.raises(PlanError) as info:
        patient.voice.read(path)
    assert info.value.problem is PlanProblem.TOO_BIG


@pytest.mark.parametrize(
    ("plan_pack", "encoded", "where"),
    [
        ("bert", None, "voice_pack"),  # the plan names another pack than it carries
        ("", None, "voice_pack"),
        ("anna", "not base64!", "voice_pack_zip"),
        ("anna", 12, "voice_pack_zip"),
    ],
)
def test_a_voice_that_does_not_match_its_plan_is_refused(
    patient: Home, tmp_path: Path, plan_pack: str, encoded: object, where: str
) -> None:
    path = _plan_file(
        tmp_path / "x.breathplan", _good_zip(tmp_path), replace(PLAN, voice_pack=plan_pack)
    )
    if encoded is not None:
        doc = json.loads(path.read_text("utf-8"))
        doc["voice_pack_zip"] = encoded
        path.write_text(json.dumps(doc), encoding="utf-8")
    before = patient.state()
    with pytest.raises(PlanError) as info:
        patient.voice.read(path)
    assert info.value.where == where
    assert patient.state() == before


def test_an_installed_pack_is_put_back_when_the_plan_cannot_be_stored(
    practice: Home, patient: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calm.breathplan"
    practice.plans.export(path)
    bundle = patient.voice.read(path)
    monkeypatch.setattr(patient.plans, "accept", lambda plan: False)
    before = patient.state()
    assert not patient.voice.accept(bundle)
    assert patient.packs.packs() == () and patient.state()[1:] == before[1:]
    assert list(patient.store.folder.iterdir()) == []


def test_a_replaced_pack_is_put_back_when_the_plan_cannot_be_stored(
    practice: Home, patient: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calm.breathplan"
    practice.plans.export(path)
    mine = patient.packs.create("Anna Peeters", "en")
    bundle = patient.voice.read(path)
    monkeypatch.setattr(patient.plans, "accept", lambda plan: False)
    assert not patient.voice.accept(bundle)
    assert patient.packs.packs() == (mine,)
    assert patient.prefs.prefs.voice_pack == ""


def test_a_voice_pack_error_on_install_changes_nothing(
    practice: Home, patient: Home, tmp_path: Path
) -> None:
    path = tmp_path / "calm.breathplan"
    practice.plans.export(path)
    bundle = patient.voice.read(path)
    spoiled = bundle._replace(voice_zip=b"PK not a zip")
    before = patient.state()
    with pytest.raises(VoicePackError) as info:
        patient.voice.accept(spoiled)
    assert info.value.problem is VoicePackProblem.NOT_A_PACK
    assert patient.state() == before
