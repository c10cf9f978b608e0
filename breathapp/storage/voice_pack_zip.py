# SPDX-License-Identifier: GPL-3.0-or-later
"""A voice pack as one zip file: checked member by member before a byte of it is kept.

The zip holds exactly ``manifest.json`` and the audio files its recordings name, nothing
else: no folders, links, absolute or ``..`` names, no file twice, no encryption; each
audio file at most AUDIO_MAX_BYTES and a mono mu-law WAV (its header); the zip at most
ZIP_MAX_BYTES and all it holds at most UNPACKED_MAX_BYTES uncompressed (a zip bomb is
stopped by what is read, not by what its headers claim).
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from breathapp.core.voice_pack import (
    AUDIO_MAX_BYTES,
    MANIFEST_MAX_BYTES,
    MANIFEST_NAME,
    MAX_MEMBERS,
    UNPACKED_MAX_BYTES,
    WAV_HEAD_BYTES,
    ZIP_MAX_BYTES,
    Known,
    Manifest,
    Recording,
    VoicePackError,
    VoicePackProblem,
    is_id,
    is_voice_wav,
    manifest_bytes,
    parse_manifest,
    size_text,
)
from breathapp.storage.plain_files import input_problem

_CHUNK = 64 * 1024
NOT_A_RECORDING = "is not a recording (a mono mu-law WAV file)"
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # every member's date: the same pack gives the same zip


def source_of(path: Path) -> str:
    """How errors name a voice pack file: ``voice pack anna.zip``."""
    return f"voice pack {path.name}"


def read_zip(path: Path, known: Known | None) -> Manifest:
    """The checked manifest of the voice pack zip at ``path``; every member is read
    through (sizes, CRCs, the audio files' first bytes). Writes nothing.

    VoicePackError says what is wrong and where, also when the file cannot be read.
    ``known`` None leaves the session and step ids unchecked: only for a reader that
    installs nothing.
    """
    with _open_file(path) as stream:
        return _walk(stream, source_of(path), known, None)


def read_zip_bytes(data: bytes, source: str, known: Known | None) -> Manifest:
    """read_zip for a zip held in memory (a plan file carries one)."""
    if len(data) > ZIP_MAX_BYTES:
        raise _too_big(source)
    return _walk(io.BytesIO(data), source, known, None)


def extract(path: Path | bytes, source: str, known: Known | None, target: Path) -> Manifest:
    """Check the zip at ``path`` (or in these bytes) as read_zip does and write its files
    into ``target`` (an empty folder): the manifest (as manifest_bytes writes it) and the
    audio files."""
    if isinstance(path, bytes):
        if len(path) > ZIP_MAX_BYTES:
            raise _too_big(source)
        return _walk(io.BytesIO(path), source, known, target)
    with _open_file(path, source) as stream:
        return _walk(stream, source, known, target)


@contextmanager
def _open_file(path: Path, source: str = "") -> Iterator[BinaryIO]:
    source = source or source_of(path)
    problem = input_problem(path)
    if problem is not None:
        raise VoicePackError(source, VoicePackProblem.NOT_A_PACK, problem.strerror or "not a file")
    try:
        stream = path.open("rb")
    except OSError as error:
        raise VoicePackError(
            source, VoicePackProblem.NOT_FOUND, f"cannot be read ({error.strerror or error})"
        ) from None
    with stream:
        if os.fstat(stream.fileno()).st_size > ZIP_MAX_BYTES:
            raise _too_big(source)
        yield stream


def _too_big(source: str) -> VoicePackError:
    return VoicePackError(
        source, VoicePackProblem.TOO_BIG, f"is larger than {size_text(ZIP_MAX_BYTES)}"
    )


def _walk(stream: BinaryIO, source: str, known: Known | None, target: Path | None) -> Manifest:
    try:
        with zipfile.ZipFile(stream) as archive:
            return _Walk(archive, source, target).run(known)
    except zipfile.BadZipFile:
        raise VoicePackError(source, VoicePackProblem.NOT_A_PACK, "is not a zip file") from None
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as error:
        raise VoicePackError(
            source, VoicePackProblem.NOT_A_PACK, f"cannot be unpacked ({error})"
        ) from None


def _member(name: str) -> str:
    return f"zip member {name[:80]!r}"


def _is_safe_name(name: str) -> bool:
    """A plain relative name: no drive, no backslash, no absolute path, no '.' or '..'."""
    if not name or name.startswith("/") or "\\" in name or ":" in name or "\x00" in name:
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts)


class _Walk:
    """One pass over a zip: members first, then the manifest, then each audio file."""

    def __init__(self, archive: zipfile.ZipFile, source: str, target: Path | None) -> None:
        self.archive = archive
        self.source = source
        self.target = target
        self.read_total = 0

    def fail(self, problem: VoicePackProblem, detail: str, where: str = "") -> VoicePackError:
        return VoicePackError(self.source, problem, detail, where)

    def run(self, known: Known | None) -> Manifest:
        members = self.members()
        if MANIFEST_NAME not in members:
            raise self.fail(VoicePackProblem.NOT_A_PACK, f"has no {MANIFEST_NAME}")
        manifest = parse_manifest(
            self.read(members[MANIFEST_NAME], MANIFEST_MAX_BYTES), self.source, known
        )
        listed = {r.file for r in manifest.recordings}
        for name in members:
            if name != MANIFEST_NAME and name not in listed:
                raise self.fail(
                    VoicePackProblem.BAD_MEMBER, "is not listed in the manifest", _member(name)
                )
        for i, recording in enumerate(manifest.recordings):
            if recording.file not in members:
                raise VoicePackError(
                    self.source,
                    VoicePackProblem.MISSING,
                    f"{recording.file!r} is not in the zip",
                    f"recordings[{i}]",
                    "file",
                )
        if self.target is not None:
            (self.target / MANIFEST_NAME).write_bytes(manifest_bytes(manifest))
        for recording in manifest.recordings:
            self.audio(members[recording.file], recording)
        return manifest

    def members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise self.fail(VoicePackProblem.TOO_BIG, f"holds more than {MAX_MEMBERS} files")
        members: dict[str, zipfile.ZipInfo] = {}
        declared = 0
        for info in infos:
            name = info.filename
            where = _member(name)
            if info.is_dir():
                raise self.fail(VoicePackProblem.BAD_MEMBER, "is a folder", where)
            if not _is_safe_name(name) or name != info.orig_filename:
                raise self.fail(
                    VoicePackProblem.BAD_MEMBER,
                    "is not a plain name inside the pack (no '..', no absolute path)",
                    where,
                )
            kind = stat.S_IFMT(info.external_attr >> 16)  # Unix's file type, when given
            if kind and kind != stat.S_IFREG:
                raise self.fail(
                    VoicePackProblem.BAD_MEMBER,
                    "is a link or a special file, not a plain file",
                    where,
                )
            if info.flag_bits & 0x1:
                raise self.fail(VoicePackProblem.BAD_MEMBER, "is encrypted", where)
            if name in members:
                raise self.fail(VoicePackProblem.TWICE, "is in the zip twice", where)
            limit = MANIFEST_MAX_BYTES if name == MANIFEST_NAME else AUDIO_MAX_BYTES
            if info.file_size > limit:
                raise self.fail(
                    VoicePackProblem.TOO_BIG, f"is larger than {size_text(limit)}", where
                )
            if name != MANIFEST_NAME and not _is_audio_name(name):
                raise self.fail(VoicePackProblem.BAD_MEMBER, "is not listed in the manifest", where)
            declared += info.file_size
            members[name] = info
        if declared > UNPACKED_MAX_BYTES:
            raise self.fail(VoicePackProblem.TOO_BIG, self._unpacked_detail())
        return members

    def _unpacked_detail(self) -> str:
        return f"holds more than {size_text(UNPACKED_MAX_BYTES)} when unpacked"

    def chunks(self, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
        """The member's bytes, stopped at ``limit`` and at the whole zip's limit."""
        got = 0
        with self.archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                got += len(chunk)
                self.read_total += len(chunk)
                if got > limit:
                    raise self.fail(
                        VoicePackProblem.TOO_BIG,
                        f"is larger than {size_text(limit)}",
                        _member(info.filename),
                    )
                if self.read_total > UNPACKED_MAX_BYTES:
                    raise self.fail(VoicePackProblem.TOO_BIG, self._unpacked_detail())
                yield chunk

    def read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        return b"".join(self.chunks(info, limit))

    def audio(self, info: zipfile.ZipInfo, recording: Recording) -> None:
        sink = None
        if self.target is not None:
            folder = self.target / recording.session
            folder.mkdir(exist_ok=True)
            sink = (self.target / recording.file).open("xb")
        try:
            head = b""
            for chunk in self.chunks(info, AUDIO_MAX_BYTES):
                if len(head) < WAV_HEAD_BYTES:
                    head += chunk[: WAV_HEAD_BYTES - len(head)]
                    if len(head) == WAV_HEAD_BYTES and not is_voice_wav(head):
                        break
                if sink is not None:
                    sink.write(chunk)
            if not is_voice_wav(head):
                raise self.fail(VoicePackProblem.BAD_AUDIO, NOT_A_RECORDING, _member(info.filename))
        finally:
            if sink is not None:
                sink.close()


def _is_audio_name(name: str) -> bool:
    """``<id>/<id>.wav``: the only form a recording's file has."""
    folder, _slash, file = name.partition("/")
    stem, dot, suffix = file.rpartition(".")
    return is_id(folder) and "/" not in file and dot == "." and suffix == "wav" and is_id(stem)


def write_zip(dest: Path, manifest: Manifest, audio: Callable[[Recording], Path]) -> None:
    """The zip of ``manifest`` and its audio files (``audio`` says where each is) at
    ``dest``; the same pack always gives the same bytes. VoicePackError when an audio file
    is missing or is not one read_zip would take."""
    source = f"voice pack {manifest.id}"
    with zipfile.ZipFile(dest, "w") as archive:
        info = zipfile.ZipInfo(MANIFEST_NAME, _FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        archive.writestr(info, manifest_bytes(manifest))
        for recording in manifest.recordings:
            path = audio(recording)
            try:
                data = path.read_bytes() if path.stat().st_size <= AUDIO_MAX_BYTES else None
            except OSError as error:
                raise VoicePackError(
                    source,
                    VoicePackProblem.MISSING,
                    f"cannot be read ({error.strerror or error})",
                    recording.file,
                ) from None
            if data is None:
                raise VoicePackError(
                    source, VoicePackProblem.TOO_BIG, "is too large", recording.file
                )
            if not is_voice_wav(data[:WAV_HEAD_BYTES]):
                raise VoicePackError(
                    source, VoicePackProblem.BAD_AUDIO, NOT_A_RECORDING, recording.file
                )
            info = zipfile.ZipInfo(recording.file, _FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED  # mu-law shrinks a little more
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
