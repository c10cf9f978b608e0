# SPDX-License-Identifier: GPL-3.0-or-later
"""Takes kept in a voice pack, found again and removed (the packs controller), over the real
folder store."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.core.voice_pack import VoicePackError, VoicePackProblem
from breathapp.storage.voice_packs import VoicePacks
from tests.builders.voice_packs import KNOWN, write_wav


def _packs(store: VoicePacks) -> VoicePacksController:
    return VoicePacksController(store, lambda: KNOWN)


@pytest.fixture
def store(tmp_path: Path) -> VoicePacks:
    store = VoicePacks(tmp_path / "voice")
    store.create("Anna", "nl")
    return store


def test_keep_find_and_remove_a_take(store: VoicePacks, tmp_path: Path) -> None:
    takes = _packs(store)
    changed: list[str] = []
    takes.recordings_changed.connect(changed.append)
    take = write_wav(tmp_path / "take-1.wav", tag=7)
    kept = takes.keep("anna", "tiny", "lie-down", take, 3.25, KNOWN)
    assert kept.find("tiny", "lie-down") is not None
    found = takes.audio("anna", "tiny", "lie-down")
    assert found is not None and found.read_bytes() == take.read_bytes()
    assert [r.seconds for r in takes.recordings("anna")] == [3.25]
    assert takes.audio("anna", "tiny", "fist-tense") is None
    takes.remove_recording("anna", "tiny", "lie-down")
    assert takes.audio("anna", "tiny", "lie-down") is None
    assert changed == ["anna", "anna"]


def test_a_take_too_long_for_a_tense_step_is_refused_and_nothing_changes(
    store: VoicePacks, tmp_path: Path
) -> None:
    takes = _packs(store)
    with pytest.raises(VoicePackError) as refused:
        takes.keep("anna", "tiny", "fist-tense", write_wav(tmp_path / "t.wav"), 6.0, KNOWN)
    assert refused.value.problem is VoicePackProblem.OUT_OF_RANGE
    assert takes.recordings("anna") == ()


def test_a_refusing_disk_is_one_error(
    store: VoicePacks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "put_recording", full)
    with pytest.raises(VoicePackError) as refused:
        _packs(store).keep("anna", "tiny", "lie-down", tmp_path / "x.wav", 3.0, KNOWN)
    assert refused.value.problem is VoicePackProblem.DISK
    assert "No space left" in str(refused.value)


def test_an_unknown_pack_has_no_recordings(store: VoicePacks) -> None:
    takes = _packs(store)
    assert takes.recordings("bob") == ()
    assert takes.audio("bob", "tiny", "lie-down") is None
