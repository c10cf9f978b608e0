# SPDX-License-Identifier: GPL-3.0-or-later
"""A voice pack's manifest: read back as written, and every wrong field refused with its place."""

from __future__ import annotations

import json
from typing import Any

import pytest

from breathapp.core.relaxation import parse_script
from breathapp.core.voice_pack import (
    BREATHING_CUE_MAX_S,
    BREATHING_SESSION,
    WAV_HEAD_BYTES,
    Manifest,
    VoicePackError,
    VoicePackProblem,
    is_voice_wav,
    known_from_scripts,
    manifest_bytes,
    pack_id_from_name,
    parse_manifest,
)
from tests.builders.relaxation import TINY_SCRIPT
from tests.builders.voice_packs import KNOWN, m4a_bytes, manifest_doc, sample_manifest, wav_bytes

SOURCE = "voice pack anna.zip"


def _refused(doc: object, known: Any = KNOWN) -> VoicePackError:
    data = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    with pytest.raises(VoicePackError) as info:
        parse_manifest(data, SOURCE, known)
    return info.value


def test_a_manifest_reads_back_as_written_and_its_bytes_are_stable() -> None:
    manifest = sample_manifest()
    data = manifest_bytes(manifest)
    assert parse_manifest(data, SOURCE, KNOWN) == manifest
    assert manifest_bytes(parse_manifest(data, SOURCE, KNOWN)) == data
    assert data.decode().startswith('{\n  "format": "breathapp-voice-pack",\n  "version": 1,')


def test_with_and_without_a_recording_give_new_manifests_in_a_stable_order() -> None:
    empty = Manifest("anna", "Anna", "nl")
    one = empty.with_recording("tiny", "lie-down", 3.0).with_recording(BREATHING_SESSION, "in", 1)
    assert empty.recordings == ()
    assert [(r.session, r.step) for r in one.recordings] == [
        ("breathing", "in"),
        ("tiny", "lie-down"),
    ]
    again = one.with_recording("tiny", "lie-down", 4.5)
    found = again.find("tiny", "lie-down")
    assert found is not None and found.seconds == 4.5 and found.file == "tiny/lie-down.wav"
    assert len(again.recordings) == 2
    assert again.without_recording("tiny", "lie-down").find("tiny", "lie-down") is None
    assert one.find("tiny", "lie-down") is not None  # unchanged


@pytest.mark.parametrize(
    ("spoil", "where", "field", "problem"),
    [
        (lambda d: d.update(format="breathapp-plan"), "", "format", VoicePackProblem.NOT_A_PACK),
        (lambda d: d.update(version=2), "", "version", VoicePackProblem.NEWER_VERSION),
        (lambda d: d.update(version=0), "", "version", VoicePackProblem.OUT_OF_RANGE),
        (lambda d: d.update(version="1"), "", "version", VoicePackProblem.WRONG_TYPE),
        (lambda d: d.pop("version"), "", "version", VoicePackProblem.MISSING),
        (lambda d: d.pop("name"), "", "name", VoicePackProblem.MISSING),
        (lambda d: d.update(colour="red"), "", "colour", VoicePackProblem.UNKNOWN_FIELD),
        (lambda d: d.update(id="Anna"), "", "id", VoicePackProblem.BAD_VALUE),
        (lambda d: d.update(id="a" * 41), "", "id", VoicePackProblem.BAD_VALUE),
        (lambda d: d.update(name=""), "", "name", VoicePackProblem.OUT_OF_RANGE),
        (lambda d: d.update(name="x" * 61), "", "name", VoicePackProblem.OUT_OF_RANGE),
        (lambda d: d.update(name="a\x07b"), "", "name", VoicePackProblem.OUT_OF_RANGE),
        (lambda d: d.update(language="es"), "", "language", VoicePackProblem.BAD_VALUE),
        (lambda d: d.update(recordings={}), "", "recordings", VoicePackProblem.WRONG_TYPE),
        (
            lambda d: d["recordings"][1].update(session="pmr-long"),
            "recordings[1]",
            "session",
            VoicePackProblem.UNKNOWN_STEP,
        ),
        (
            lambda d: d["recordings"][2].update(step="lie-up", file="tiny/lie-up.wav"),
            "recordings[2]",
            "step",
            VoicePackProblem.UNKNOWN_STEP,
        ),
        (
            lambda d: d["recordings"][2].update(file="tiny/../lie-down.wav"),
            "recordings[2]",
            "file",
            VoicePackProblem.BAD_VALUE,
        ),
        (
            lambda d: d["recordings"][2].update(file="/tiny/lie-down.wav"),
            "recordings[2]",
            "file",
            VoicePackProblem.BAD_VALUE,
        ),
        (
            lambda d: d["recordings"][2].update(seconds=0.1),
            "recordings[2]",
            "seconds",
            VoicePackProblem.OUT_OF_RANGE,
        ),
        (
            lambda d: d["recordings"][2].update(seconds=61),
            "recordings[2]",
            "seconds",
            VoicePackProblem.OUT_OF_RANGE,
        ),
        (
            lambda d: d["recordings"][2].update(seconds=True),
            "recordings[2]",
            "seconds",
            VoicePackProblem.WRONG_TYPE,
        ),
        (
            lambda d: d["recordings"][1].update(seconds=5.6),
            "recordings[1]",
            "seconds",
            VoicePackProblem.OUT_OF_RANGE,
        ),
        (
            lambda d: d["recordings"][0].update(seconds=BREATHING_CUE_MAX_S + 0.1),
            "recordings[0]",
            "seconds",
            VoicePackProblem.OUT_OF_RANGE,
        ),
        (
            lambda d: d["recordings"].append(dict(d["recordings"][2])),
            "recordings[3]",
            "step",
            VoicePackProblem.TWICE,
        ),
        (
            lambda d: d["recordings"][0].pop("file"),
            "recordings[0]",
            "file",
            VoicePackProblem.MISSING,
        ),
        (
            lambda d: d["recordings"][0].update(loud=True),
            "recordings[0]",
            "loud",
            VoicePackProblem.UNKNOWN_FIELD,
        ),
    ],
)
def test_each_wrong_field_is_refused_naming_the_file_the_place_and_the_field(
    spoil: Any, where: str, field: str, problem: VoicePackProblem
) -> None:
    doc = manifest_doc()
    spoil(doc)
    error = _refused(doc)
    assert (error.where, error.field, error.problem) == (where, field, problem)
    assert str(error).startswith(SOURCE + (f", {where}" if where else "") + f", field '{field}': ")


def test_a_tense_step_recording_ends_half_a_second_before_the_tense_seconds() -> None:
    doc = manifest_doc()
    doc["recordings"][1]["seconds"] = 5.5  # the step lasts 6 s
    assert parse_manifest(json.dumps(doc).encode(), SOURCE, KNOWN).find("tiny", "fist-tense")
    doc["recordings"][1]["seconds"] = 5.51
    assert "before the step's time" in str(_refused(doc))


def test_a_newer_version_says_a_newer_breathapp_made_it() -> None:
    doc = manifest_doc()
    doc["version"] = 3
    assert "made by a newer BreathApp" in str(_refused(doc))


def test_a_key_given_twice_is_refused_with_its_place() -> None:
    text = manifest_bytes(sample_manifest()).decode()
    twice = text.replace('"id": "anna",', '"id": "anna", "id": "bert",', 1)
    error = _refused(twice.encode())
    assert (error.problem, error.where, error.field) == (VoicePackProblem.TWICE, "", "id")
    inner = text.replace('"step": "in",', '"step": "in", "step": "out",', 1)
    assert str(_refused(inner.encode())).startswith(f"{SOURCE}, recordings[0], field 'step': ")


@pytest.mark.parametrize(
    "data", [b"\xff\xfe", b"{", b"[]", b'"text"', b'{"a": NaN}', b"x" * (300 * 1024)]
)
def test_what_is_not_a_manifest_is_refused(data: bytes) -> None:
    assert str(_refused(data)).startswith(SOURCE)


def test_without_known_steps_a_stored_pack_keeps_steps_a_later_script_dropped() -> None:
    doc = manifest_doc()
    doc["recordings"][2].update(step="old-step", file="tiny/old-step.wav")
    manifest = parse_manifest(json.dumps(doc).encode(), SOURCE, None)
    assert manifest.find("tiny", "old-step") is not None


def test_known_steps_come_from_the_scripts_with_the_tense_limit_and_the_breathing_cues() -> None:
    script = parse_script(TINY_SCRIPT, "tiny.en.toml")
    known = known_from_scripts([script])
    # The tiny script's second step is its tense one, of 6 seconds.
    assert known["tiny"] == {
        step.id: 5.5 if i == 1 else None for i, step in enumerate(script.steps)
    }
    assert set(known[BREATHING_SESSION]) == {"in", "out", "hold"}


def test_a_new_pack_id_comes_from_its_name_and_is_unlike_the_others() -> None:
    assert pack_id_from_name("Anna's Stém") == "anna-s-stem"
    assert pack_id_from_name("Anna", {"anna", "anna-2"}) == "anna-3"
    assert pack_id_from_name("!!!") == "voice"
    assert len(pack_id_from_name("x" * 80, {"x" * 36})) <= 40


def test_a_recording_is_a_mono_mu_law_wav() -> None:
    assert is_voice_wav(wav_bytes(100))
    assert is_voice_wav(wav_bytes(5000)[:WAV_HEAD_BYTES])  # its head is enough
    assert not is_voice_wav(m4a_bytes(100))  # AAC, as recordings were first to be
    pcm = bytearray(wav_bytes(100))
    pcm[20:22] = (1).to_bytes(2, "little")  # 8-bit PCM, not mu-law
    assert not is_voice_wav(bytes(pcm))
    stereo = bytearray(wav_bytes(100))
    stereo[22:24] = (2).to_bytes(2, "little")
    assert not is_voice_wav(bytes(stereo))
    assert not is_voice_wav(b"RIFF\x00\x00\x00\x00WAVEfmt ")
    assert not is_voice_wav(b"\x00\x00")
