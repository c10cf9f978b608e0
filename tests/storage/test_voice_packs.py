# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice packs in the data folder: made, changed, exported and imported whole or not at all."""

from __future__ import annotations

import json
import zipfile
from functools import partial
from pathlib import Path

import pytest

from breathapp.core.voice_pack import (
    AUDIO_MAX_BYTES,
    BREATHING_SESSION,
    UNPACKED_MAX_BYTES,
    ZIP_MAX_BYTES,
    VoicePackError,
    VoicePackProblem,
)
from breathapp.storage import voice_pack_zip
from breathapp.storage.relaxation_files import load_library
from breathapp.storage.voice_packs import VoicePacks, known_steps
from tests.builders.relaxation import TINY_SCRIPT
from tests.builders.voice_packs import (
    KNOWN,
    TRICKS,
    folder_listing,
    m4a_bytes,
    pack_members,
    pack_zip,
    sample_manifest,
    spoiled_pack,
    wav_bytes,
    write_wav,
)


@pytest.fixture
def packs(tmp_path: Path) -> VoicePacks:
    return VoicePacks(tmp_path / "data" / "voice")


def _filled(packs: VoicePacks, tmp_path: Path) -> str:
    pack = packs.create("Anna", "nl")
    for i, (session, step, seconds) in enumerate(
        [("tiny", "lie-down", 3.42), ("tiny", "fist-tense", 2.1), (BREATHING_SESSION, "in", 0.8)]
    ):
        source = write_wav(tmp_path / "rec" / f"{i}.wav", 1500 + i, i)
        packs.put_recording(pack.id, session, step, source, seconds, KNOWN)
    return pack.id


def test_a_new_pack_is_listed_and_names_its_recordings(packs: VoicePacks, tmp_path: Path) -> None:
    assert packs.list() == ()
    pack_id = _filled(packs, tmp_path)
    (manifest,) = packs.list()
    assert (manifest.id, manifest.name, manifest.language) == ("anna", "Anna", "nl")
    recording = manifest.find("tiny", "lie-down")
    assert recording is not None and recording.seconds == 3.42
    audio = packs.audio_path(pack_id, recording)
    assert audio == packs.folder / "anna" / "tiny" / "lie-down.wav"
    assert audio.read_bytes() == wav_bytes(1500, 0)
    assert packs.create("Anna", "en").id == "anna-2"


def test_changes_leave_no_temporary_files(packs: VoicePacks, tmp_path: Path) -> None:
    pack_id = _filled(packs, tmp_path)
    packs.rename(pack_id, "  Anna   Peeters ")
    packs.put_recording(pack_id, "tiny", "lie-down", write_wav(tmp_path / "x.wav", 900, 7), 4)
    after = packs.remove_recording(pack_id, BREATHING_SESSION, "in")
    assert after.name == "Anna Peeters" and after.find(BREATHING_SESSION, "in") is None
    assert packs.get(pack_id) == after
    assert sorted(folder_listing(packs.folder)) == [
        "anna",
        "anna/manifest.json",
        "anna/tiny",
        "anna/tiny/fist-tense.wav",
        "anna/tiny/lie-down.wav",
    ]
    assert (packs.folder / "anna/tiny/lie-down.wav").read_bytes() == wav_bytes(900, 7)


def test_a_recording_is_refused_when_it_is_not_audio_too_long_or_of_no_known_step(
    packs: VoicePacks, tmp_path: Path
) -> None:
    pack_id = packs.create("Anna", "nl").id
    good = write_wav(tmp_path / "good.wav")
    aac = tmp_path / "x.wav"
    aac.write_bytes(m4a_bytes())
    big = write_wav(tmp_path / "big.wav", AUDIO_MAX_BYTES + 1)
    before = folder_listing(packs.folder)
    cases = [
        ((pack_id, "tiny", "lie-down", aac, 3.0), VoicePackProblem.BAD_AUDIO),
        ((pack_id, "tiny", "lie-down", big, 3.0), VoicePackProblem.TOO_BIG),
        ((pack_id, "tiny", "fist-tense", good, 5.8), VoicePackProblem.OUT_OF_RANGE),
        ((pack_id, "tiny", "nope", good, 3.0), VoicePackProblem.UNKNOWN_STEP),
        ((pack_id, "tiny", "../x", good, 3.0), VoicePackProblem.BAD_VALUE),
        (("nobody", "tiny", "lie-down", good, 3.0), VoicePackProblem.NOT_FOUND),
    ]
    for args, problem in cases:
        with pytest.raises(VoicePackError) as info:
            packs.put_recording(*args, known=KNOWN)
        assert info.value.problem is problem
    assert folder_listing(packs.folder) == before


def test_a_broken_pack_is_left_out_of_the_list_and_logged(
    packs: VoicePacks, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _filled(packs, tmp_path)
    packs.create("Bert", "en")
    (packs.folder / "bert" / "manifest.json").write_text("{", encoding="utf-8")
    (packs.folder / "empty").mkdir()
    (packs.folder / "stray.txt").write_text("x", encoding="utf-8")
    assert [m.id for m in packs.list()] == ["anna"]
    assert "bert" in caplog.text and "empty" in caplog.text
    with pytest.raises(VoicePackError):
        packs.get("bert")
    assert packs.get("nobody") is None and packs.get("../anna") is None


def test_delete_removes_the_whole_pack(packs: VoicePacks, tmp_path: Path) -> None:
    pack_id = _filled(packs, tmp_path)
    packs.delete(pack_id)
    assert folder_listing(packs.folder) == {}
    with pytest.raises(VoicePackError):
        packs.delete(pack_id)


def test_round_trip_export_and_import_on_another_data_folder(
    packs: VoicePacks, tmp_path: Path
) -> None:
    pack_id = _filled(packs, tmp_path)
    exported = tmp_path / "anna.zip"
    packs.export(pack_id, exported)
    again = tmp_path / "again.zip"
    packs.export(pack_id, again)
    assert exported.read_bytes() == again.read_bytes()  # the same pack, the same bytes
    assert not list(tmp_path.glob("*.part"))
    other = VoicePacks(tmp_path / "other" / "voice")
    manifest = other.import_zip(exported, KNOWN)
    assert manifest == packs.get(pack_id) == other.get(pack_id)
    for recording in manifest.recordings:
        mine = packs.audio_path(pack_id, recording).read_bytes()
        assert other.audio_path(pack_id, recording).read_bytes() == mine
    assert sorted(folder_listing(other.folder)) == sorted(folder_listing(packs.folder))


def test_an_installed_id_is_replaced_only_when_asked(packs: VoicePacks, tmp_path: Path) -> None:
    pack_id = _filled(packs, tmp_path)
    exported = tmp_path / "anna.zip"
    packs.export(pack_id, exported)
    packs.rename(pack_id, "Anna before")
    packs.put_recording(pack_id, "tiny", "fist-release", write_wav(tmp_path / "r.wav"), 12)
    before = folder_listing(packs.folder)
    with pytest.raises(VoicePackError) as info:
        packs.import_zip(exported, KNOWN)
    assert info.value.problem is VoicePackProblem.EXISTS and "already" in str(info.value)
    assert folder_listing(packs.folder) == before
    replaced = packs.import_zip(exported, KNOWN, replace=True)
    assert replaced.name == "Anna" and packs.get(pack_id) == replaced
    assert not (packs.folder / pack_id / "tiny" / "fist-release.wav").exists()
    assert [p.name for p in packs.folder.iterdir()] == [pack_id]


@pytest.mark.parametrize("trick", TRICKS)
def test_a_bad_pack_is_refused_with_where_and_nothing_changes(
    packs: VoicePacks, tmp_path: Path, trick: str
) -> None:
    _filled(packs, tmp_path)
    path, problem = spoiled_pack(tmp_path, trick)
    before = folder_listing(tmp_path / "data")
    for attempt in (
        lambda: packs.read_zip(path, KNOWN),
        lambda: packs.import_zip(path, KNOWN, replace=True),
        lambda: packs.import_zip_bytes(path.read_bytes(), "voice pack x.zip", KNOWN, True),
    ):
        with pytest.raises(VoicePackError) as info:
            attempt()
        assert info.value.problem is problem, str(info.value)
        assert str(info.value).startswith("voice pack ")
        assert folder_listing(tmp_path / "data") == before
    assert not (tmp_path / "evil.wav").exists() and not Path("/tmp/evil.wav").exists()


def test_a_refused_import_into_a_new_data_folder_leaves_no_voice_folder(tmp_path: Path) -> None:
    packs = VoicePacks(tmp_path / "data" / "voice")
    path, _problem = spoiled_pack(tmp_path, "not-audio")
    with pytest.raises(VoicePackError):
        packs.import_zip(path, KNOWN)
    assert not (tmp_path / "data").exists()


def test_a_zip_bomb_is_stopped_by_what_is_read_not_by_what_the_headers_claim(
    packs: VoicePacks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Headers that lie are refused by zipfile itself (a CRC or size mismatch); the limit
    # on bytes read holds for every member together, so many members at the per-file
    # limit stop at the pack's limit.
    monkeypatch.setattr(voice_pack_zip, "UNPACKED_MAX_BYTES", 3000)
    path = pack_zip(tmp_path / "bomb.zip", size=2000)
    with pytest.raises(VoicePackError) as info:
        packs.read_zip(path, KNOWN)
    assert info.value.problem is VoicePackProblem.TOO_BIG
    assert UNPACKED_MAX_BYTES == 80 * 1024 * 1024


def test_a_highly_compressed_member_past_its_limit_is_refused(
    packs: VoicePacks, tmp_path: Path
) -> None:
    members = pack_members()
    members["tiny/lie-down.wav"] = wav_bytes(40) + bytes(AUDIO_MAX_BYTES)
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert path.stat().st_size < 100_000
    with pytest.raises(VoicePackError) as info:
        packs.read_zip(path, KNOWN)
    assert info.value.problem is VoicePackProblem.TOO_BIG


def test_a_file_larger_than_the_zip_limit_is_refused_before_it_is_read(
    packs: VoicePacks, tmp_path: Path
) -> None:
    path = tmp_path / "huge.zip"
    with path.open("wb") as stream:
        stream.truncate(ZIP_MAX_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(VoicePackError) as info:
        packs.read_zip(path, KNOWN)
    assert info.value.problem is VoicePackProblem.TOO_BIG
    with pytest.raises(VoicePackError):
        packs.read_zip(tmp_path / "missing.zip", KNOWN)
    with pytest.raises(VoicePackError):
        packs.read_zip(tmp_path, KNOWN)


def test_known_steps_read_the_scripts_of_the_language(tmp_path: Path) -> None:
    folder = tmp_path / "relaxation"
    folder.mkdir()
    (folder / "tiny.en.toml").write_text(TINY_SCRIPT, encoding="utf-8")
    known = known_steps(partial(load_library, folder), "nl")
    assert set(known) == {"tiny", BREATHING_SESSION}
    assert sorted(known["tiny"].values(), key=str) == [5.5, None, None, None, None]


def test_the_manifest_on_disk_is_what_manifest_bytes_writes(
    packs: VoicePacks, tmp_path: Path
) -> None:
    pack_id = _filled(packs, tmp_path)
    doc = json.loads((packs.folder / pack_id / "manifest.json").read_text(encoding="utf-8"))
    assert doc["recordings"][0]["file"] == "breathing/in.wav"
    assert sample_manifest().id == pack_id


def test_a_manifest_is_read_once_until_it_changes(
    packs: VoicePacks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session asks for the same pack at every step: the file is read again only when a
    write (here, another store on the same folder, as the command line would) replaced it."""
    from breathapp.storage import voice_packs

    pack_id = _filled(packs, tmp_path)
    reads: list[Path] = []
    real = voice_packs.read_regular_file

    def counted(path: Path, limit: int) -> bytes:
        reads.append(path)
        return real(path, limit)

    monkeypatch.setattr(voice_packs, "read_regular_file", counted)
    first = packs.get(pack_id)
    assert packs.get(pack_id) is first and len(reads) <= 1
    VoicePacks(packs.folder).rename(pack_id, "Anna Peeters")
    again = packs.get(pack_id)
    assert again is not None and again.name == "Anna Peeters"
