# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice packs for tests: mu-law WAV recordings, manifests, zips as a pack or as a trick."""

from __future__ import annotations

import json
import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

from breathapp.core.voice_pack import (
    AUDIO_MAX_BYTES,
    BREATHING_CUE_MAX_S,
    BREATHING_SESSION,
    BREATHING_STEPS,
    Manifest,
    Recording,
    VoicePackProblem,
    manifest_bytes,
    recording_file,
)

# A session "tiny" (say, tense of 6 s, release) and the breathing cues: what the packs
# below may hold.
KNOWN: dict[str, dict[str, float | None]] = {
    "tiny": {"lie-down": None, "fist-tense": 5.5, "fist-release": None},
    BREATHING_SESSION: dict.fromkeys(BREATHING_STEPS, BREATHING_CUE_MAX_S),
}


def wav_bytes(size: int = 2000, tag: int = 0) -> bytes:
    """A mono mu-law WAV at 16 000 Hz whose file is about ``size`` bytes (its header is
    46); ``tag`` makes files of the same size differ. The samples are filler: storage
    tests need the header, and no player hears them."""
    samples = bytes((tag + i) % 251 for i in range(max(2, size - 46)))
    fmt = struct.pack("<HHIIHHH", 7, 1, 16_000, 16_000, 1, 8, 0)
    fact = struct.pack("<I", len(samples))
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"fact" + struct.pack("<I", len(fact)) + fact
    body += b"data" + struct.pack("<I", len(samples)) + samples + b"\0" * (len(samples) % 2)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def m4a_bytes(size: int = 2000) -> bytes:
    """An AAC .m4a's first bytes (an MP4 'ftyp' box) and filler: not a recording any more."""
    ftyp = (24).to_bytes(4, "big") + b"ftypM4A " + (0).to_bytes(4, "big") + b"M4A isom"
    return ftyp + bytes(max(0, size - len(ftyp)))


def write_wav(path: Path, size: int = 2000, tag: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(wav_bytes(size, tag))
    return path


def sample_manifest(pack_id: str = "anna", name: str = "Anna", language: str = "nl") -> Manifest:
    """Three recordings: the tiny session's first two steps and the "in" cue."""
    return Manifest(
        pack_id,
        name,
        language,
        (
            Recording(BREATHING_SESSION, "in", recording_file(BREATHING_SESSION, "in"), 0.8),
            Recording("tiny", "fist-tense", recording_file("tiny", "fist-tense"), 2.1),
            Recording("tiny", "lie-down", recording_file("tiny", "lie-down"), 3.42),
        ),
    )


def manifest_doc(manifest: Manifest | None = None) -> dict[str, Any]:
    """The manifest's JSON as a dict, to spoil in a test."""
    return json.loads(manifest_bytes(manifest or sample_manifest()))  # type: ignore[no-any-return]


def zip_members(
    path: Path,
    members: dict[str, bytes],
    symlinks: tuple[str, ...] = (),
    dirs: tuple[str, ...] = (),
) -> Path:
    """A zip at ``path`` holding exactly ``members`` (names as given: tricks too)."""
    with zipfile.ZipFile(path, "w") as archive:
        for folder in dirs:
            archive.writestr(zipfile.ZipInfo(folder), b"")
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            kind = stat.S_IFLNK if name in symlinks else stat.S_IFREG
            info.external_attr = (kind | 0o644) << 16
            archive.writestr(info, data)
    return path


def pack_members(
    manifest: Manifest | None = None, doc: dict[str, Any] | None = None, size: int = 2000
) -> dict[str, bytes]:
    """A sound pack's members: manifest.json (``doc`` as given, else the manifest's) and an
    WAV for each recording."""
    manifest = manifest or sample_manifest()
    manifest_data = manifest_bytes(manifest) if doc is None else json.dumps(doc).encode("utf-8")
    members = {"manifest.json": manifest_data}
    for i, recording in enumerate(manifest.recordings):
        members[recording.file] = wav_bytes(size, i)
    return members


def pack_zip(path: Path, manifest: Manifest | None = None, **kw: Any) -> Path:
    """A sound voice pack zip at ``path``."""
    return zip_members(path, pack_members(manifest, **kw))


def folder_listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and mtime (ns): compared before
    and after a refusal, which must change nothing."""
    if not folder.exists():
        return {}
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            info = path.lstat()
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


def spoiled_pack(tmp_path: Path, name: str) -> tuple[Path, VoicePackProblem]:
    """A zip spoiled in the way ``name`` says, and the problem it must be refused for."""
    path = tmp_path / f"{name}.zip"
    members = pack_members()
    problem = VoicePackProblem.BAD_MEMBER
    if name == "not-a-zip":
        path.write_bytes(b"PK\x03\x04 not really")
        return path, VoicePackProblem.NOT_A_PACK
    if name == "no-manifest":
        del members["manifest.json"]
        problem = VoicePackProblem.NOT_A_PACK
    elif name == "wrong-step":
        doc = manifest_doc()
        doc["recordings"][2].update(step="no-such-step", file="tiny/no-such-step.wav")
        members = pack_members(doc=doc)
        members["tiny/no-such-step.wav"] = members.pop("tiny/lie-down.wav")
        problem = VoicePackProblem.UNKNOWN_STEP
    elif name == "newer":
        members = pack_members(doc={**manifest_doc(), "version": 2})
        problem = VoicePackProblem.NEWER_VERSION
    elif name == "dotdot":
        members["../evil.wav"] = wav_bytes()
    elif name == "dotdot-inside":
        members["tiny/../../evil.wav"] = wav_bytes()
    elif name == "absolute":
        members["/tmp/evil.wav"] = wav_bytes()
    elif name == "backslash":
        members["..\\evil.wav"] = wav_bytes()
    elif name == "extra":
        members["tiny/fist-release.wav"] = wav_bytes()
    elif name == "extra-text":
        members["readme.txt"] = b"hello"
    elif name == "symlink":
        zip_members(
            path,
            members | {"tiny/fist-release.wav": b"/etc/passwd"},
            symlinks=("tiny/fist-release.wav",),
        )
        return path, problem
    elif name == "folder":
        zip_members(path, members, dirs=("tiny/",))
        return path, problem
    elif name == "missing-audio":
        del members["tiny/lie-down.wav"]
        problem = VoicePackProblem.MISSING
    elif name == "not-audio":
        members["tiny/lie-down.wav"] = b"RIFF" + bytes(200)
        problem = VoicePackProblem.BAD_AUDIO
    elif name == "aac-audio":  # the format recordings had before: refused now
        members["tiny/lie-down.wav"] = m4a_bytes()
        problem = VoicePackProblem.BAD_AUDIO
    elif name == "stereo-audio":
        stereo = bytearray(wav_bytes())
        stereo[22:24] = (2).to_bytes(2, "little")  # the fmt chunk's channels
        members["tiny/lie-down.wav"] = bytes(stereo)
        problem = VoicePackProblem.BAD_AUDIO
    elif name == "big-audio":
        members["tiny/lie-down.wav"] = wav_bytes(AUDIO_MAX_BYTES + 1)
        problem = VoicePackProblem.TOO_BIG
    elif name == "twice-keys":
        text = members["manifest.json"].decode()
        members["manifest.json"] = text.replace(
            '"id": "anna",', '"id": "anna", "id": "x",'
        ).encode()
        problem = VoicePackProblem.TWICE
    elif name == "twice-member":
        zip_members(path, members)
        with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as archive:
            warnings.simplefilter("ignore")  # zipfile warns of the name given twice
            archive.writestr("tiny/lie-down.wav", wav_bytes())
        return path, VoicePackProblem.TWICE
    else:
        raise AssertionError(name)
    zip_members(path, members)
    return path, problem


TRICKS = [
    "not-a-zip",
    "no-manifest",
    "wrong-step",
    "newer",
    "dotdot",
    "dotdot-inside",
    "absolute",
    "backslash",
    "extra",
    "extra-text",
    "symlink",
    "folder",
    "missing-audio",
    "not-audio",
    "aac-audio",
    "stereo-audio",
    "big-audio",
    "twice-keys",
    "twice-member",
]


def breathing_manifest(pack_id: str = "anna", name: str = "Anna") -> Manifest:
    """The breathing cues only: steps every BreathApp knows, whatever its scripts."""
    return Manifest(
        pack_id,
        name,
        "en",
        tuple(
            Recording(BREATHING_SESSION, step, recording_file(BREATHING_SESSION, step), 0.9)
            for step in BREATHING_STEPS
        ),
    )
