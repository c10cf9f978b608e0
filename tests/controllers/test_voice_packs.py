# SPDX-License-Identifier: GPL-3.0-or-later
"""The voice packs controller over the real folder store: one error, one line, no change."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from breathapp.controllers.voice_packs import VoicePacksController
from breathapp.core.voice_pack import VoicePackError, VoicePackProblem
from breathapp.storage.voice_packs import VoicePacks
from tests.builders.voice_packs import KNOWN, pack_zip, sample_manifest, write_wav


class World:
    def __init__(self, tmp_path: Path) -> None:
        self.store = VoicePacks(tmp_path / "data" / "voice")
        self.asked = 0
        self.controller = VoicePacksController(self.store, self._known)
        self.changes: list[None] = []
        self.controller.changed.connect(lambda: self.changes.append(None))

    def _known(self) -> dict[str, dict[str, float | None]]:
        self.asked += 1
        return KNOWN


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_make_rename_and_delete_say_changed(world: World) -> None:
    c = world.controller
    made = c.create("Anna", "nl")
    assert c.packs() == (made,) and c.pack("anna") == made
    assert c.rename("anna", "Anna P.").name == "Anna P."
    c.delete("anna")
    assert c.packs() == () and c.pack("anna") is None and c.pack("") is None
    assert len(world.changes) == 3
    assert world.asked == 0  # the scripts are read only for a zip


def test_export_then_import_elsewhere_with_a_preview_first(world: World, tmp_path: Path) -> None:
    c = world.controller
    pack = c.create("Anna", "nl")
    world.store.put_recording(pack.id, "tiny", "lie-down", write_wav(tmp_path / "a.wav"), 3)
    written = c.export_to(pack.id, tmp_path / "anna.zip")
    other = VoicePacksController(VoicePacks(tmp_path / "other" / "voice"), lambda: KNOWN)
    preview = other.preview(written)
    assert preview.find("tiny", "lie-down") is not None and other.packs() == ()
    assert not other.installed(preview.id)
    assert other.import_from(written) == preview
    assert other.packs() == (preview,)


def test_importing_an_installed_id_asks_then_replaces(world: World, tmp_path: Path) -> None:
    c = world.controller
    c.create("Anna", "nl")
    path = pack_zip(tmp_path / "anna.zip", sample_manifest(name="Anna again"))
    with pytest.raises(VoicePackError) as info:
        c.import_from(path)
    assert info.value.problem is VoicePackProblem.EXISTS
    assert c.pack("anna") is not None and c.pack("anna").name == "Anna"  # type: ignore[union-attr]
    assert c.import_from(path, replace=True).name == "Anna again"
    assert len(world.changes) == 2


def test_a_bad_zip_is_one_line_naming_the_file(world: World, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"hello")
    with pytest.raises(VoicePackError) as info:
        world.controller.import_from(bad)
    assert str(info.value) == "voice pack bad.zip: is not a zip file"
    assert world.changes == [] and not world.store.folder.exists()


def test_a_disk_that_refuses_is_a_voice_pack_error_too(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = world.controller
    c.create("Anna", "nl")

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("breathapp.storage.voice_packs.os.replace", full)
    with pytest.raises(VoicePackError) as info:
        c.rename("anna", "Bert")
    assert info.value.problem is VoicePackProblem.DISK
    assert "disk is full" in str(info.value) and "\n" not in str(info.value)
    assert c.pack("anna").name == "Anna"  # type: ignore[union-attr]
    assert [p.name for p in (world.store.folder / "anna").iterdir()] == ["manifest.json"]


def test_a_missing_pack_cannot_be_exported_or_renamed(world: World, tmp_path: Path) -> None:
    for act in (
        lambda: world.controller.export_to("nobody", tmp_path / "x.zip"),
        lambda: world.controller.rename("nobody", "X"),
        lambda: world.controller.delete("nobody"),
    ):
        with pytest.raises(VoicePackError) as info:
            act()
        assert info.value.problem is VoicePackProblem.NOT_FOUND
    assert not (tmp_path / "x.zip").exists()


def test_a_recording_is_found_with_its_audio_file(world: World, tmp_path: Path) -> None:
    c = world.controller
    pack = c.create("Anna", "nl")
    world.store.put_recording(pack.id, "tiny", "lie-down", write_wav(tmp_path / "a.wav"), 3)
    found = c.recording(pack.id, "tiny", "lie-down")
    assert found is not None
    recording, path = found
    assert recording.seconds == 3 and path.read_bytes() == (tmp_path / "a.wav").read_bytes()
    assert c.recording(pack.id, "tiny", "fist-tense") is None
    assert c.recording("nobody", "tiny", "lie-down") is None
    assert c.recording("", "tiny", "lie-down") is None


def test_a_pack_is_never_exported_among_the_apps_own_files(world: World) -> None:
    c = world.controller
    c.create("Anna", "nl")
    data = world.store.folder.parent
    for place in (data / "breathapp.db", data / "backups" / "x.zip", data / "voice" / "a.zip"):
        with pytest.raises(VoicePackError) as info:
            c.export_to("anna", place)
        assert info.value.problem is VoicePackProblem.DISK and str(data) in str(info.value)
        assert not place.exists()
