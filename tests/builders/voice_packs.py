# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice packs for tests: m4a-looking audio, manifests, zips as a pack or as a trick.

The audio files are not real AAC: they open with an MP4 'ftyp' box (what the checks
look at) followed by filler, which storage tests need and no player ever hears.
"""

from __future__ import annotations

import json
import os
import stat
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


def m4a_bytes(size: int = 2000, tag: int = 0) -> bytes:
    """``size`` bytes that open like an AAC .m4a file (an 'ftyp' box of 'M4A '); ``tag``
    makes files of the same size differ."""
    ftyp = (24).to_bytes(4, "big") + b"ftypM4A " + (0).to_bytes(4, "big") + b"M4A isom"
    filler = bytes((tag + i) % 251 for i in range(max(0, size - len(ftyp))))
    return (ftyp + filler)[: max(size, len(ftyp))]


def write_m4a(path: Path, size: int = 2000, tag: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(m4a_bytes(size, tag))
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
    m4a for each recording."""
    manifest = manifest or sample_manifest()
    manifest_data = manifest_bytes(manifest) if doc is None else json.dumps(doc).encode("utf-8")
    members = {"manifest.json": manifest_data}
    for i, recording in enumerate(manifest.recordings):
        members[recording.file] = m4a_bytes(size, i)
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
        doc["recordings"][2].update(step="no-such-step", file="tiny/no-such-step.m4a")
        members = pack_members(doc=doc)
        members["tiny/no-such-step.m4a"] = members.pop("tiny/lie-down.m4a")
        problem = VoicePackProblem.UNKNOWN_STEP
    elif name == "newer":
        members = pack_members(doc={**manifest_doc(), "version": 2})
        problem = VoicePackProblem.NEWER_VERSION
    elif name == "dotdot":
        members["../evil.m4a"] = m4a_bytes()
    elif name == "dotdot-inside":
        members["tiny/../../evil.m4a"] = m4a_bytes()
    elif name == "absolute":
        members["/tmp/evil.m4a"] = m4a_bytes()
    elif name == "backslash":
        members["..\\evil.m4a"] = m4a_bytes()
    elif name == "extra":
        members["tiny/fist-release.m4a"] = m4a_bytes()
    elif name == "extra-text":
        members["readme.txt"] = b"hello"
    elif name == "symlink":
        zip_members(
            path,
            members | {"tiny/fist-release.m4a": b"/etc/passwd"},
            symlinks=("tiny/fist-release.m4a",),
        )
        return path, problem
    elif name == "folder":
        zip_members(path, members, dirs=("tiny/",))
        return path, problem
    elif name == "missing-audio":
        del members["tiny/lie-down.m4a"]
        problem = VoicePackProblem.MISSING
    elif name == "not-audio":
        members["tiny/lie-down.m4a"] = b"RIFF" + bytes(200)
        problem = VoicePackProblem.BAD_AUDIO
    elif name == "big-audio":
        members["tiny/lie-down.m4a"] = m4a_bytes(AUDIO_MAX_BYTES + 1)
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
            archive.writestr("tiny/lie-down.m4a", m4a_bytes())
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
