# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice packs in the data folder: <data>/voice/<pack id>/manifest.json + audio files.

Shared by every profile on the computer (a therapist's voice is not a patient's data);
a profile's pref ``voice_pack`` names the one it uses. Every change is made whole or not
at all: a file is written beside its place and renamed over it, a new or imported pack
is built in a temporary folder (its name starts with '.', so list() never sees it) and
renamed into place. Failures of the disk raise StorageError; a pack that cannot be used
raises VoicePackError.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from breathapp.core.voice_pack import (
    AUDIO_MAX_BYTES,
    MANIFEST_MAX_BYTES,
    MANIFEST_NAME,
    WAV_HEAD_BYTES,
    Known,
    Manifest,
    Recording,
    VoicePackError,
    VoicePackProblem,
    check_seconds,
    clean_name,
    is_id,
    is_voice_wav,
    known_from_scripts,
    manifest_bytes,
    pack_id_from_name,
    parse_manifest,
    recording_file,
    size_text,
)
from breathapp.storage import voice_pack_zip
from breathapp.storage.errors import storage_errors
from breathapp.storage.own_files import VOICE_DIRNAME, check_output
from breathapp.storage.plain_files import read_regular_file, write_path_atomically

if TYPE_CHECKING:
    from breathapp.core.relaxation import Library

__all__ = ["VOICE_DIRNAME", "VoicePacks", "known_steps"]  # the folder's name: own_files.py

log = logging.getLogger("breathapp")


def known_steps(
    library_loader: Callable[[str], Library], language: str
) -> dict[str, dict[str, float | None]]:
    """What a voice pack in ``language`` may hold: every step of the sessions the loader
    gives (``functools.partial(load_library, folder)``), and the breathing cues."""
    return known_from_scripts(library_loader(language).scripts)


def _source(pack_id: str) -> str:
    return f"voice pack {pack_id}"


def _write_bytes(path: Path, data: bytes) -> None:
    """``data`` at ``path``, whole or not at all (a temporary file renamed over it)."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


class VoicePacks:
    """The voice packs in ``folder`` (<data folder>/voice, made when first needed)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # Each manifest read, by pack id, with the (mtime, size) it was read at: a session's
        # steps ask for the same pack again and again, and every write replaces the file.
        self._read: dict[str, tuple[tuple[int, int], Manifest]] = {}

    # -- reading ---------------------------------------------------------------------

    def list(self) -> tuple[Manifest, ...]:
        """Every sound pack, by name; a broken one is logged and left out, never raised."""
        try:
            names = sorted(p.name for p in self.folder.iterdir() if p.is_dir())
        except OSError:
            return ()
        packs = []
        for name in names:
            if name.startswith(".") or not is_id(name):
                continue
            try:
                manifest = self.get(name)
            except (VoicePackError, OSError) as error:
                log.warning("Voice pack %s left out: %s", name, error)
                continue
            if manifest is not None:
                packs.append(manifest)
        return tuple(sorted(packs, key=lambda m: (m.name.casefold(), m.id)))

    def get(self, pack_id: str) -> Manifest | None:
        """The pack ``pack_id``; None when there is none; VoicePackError when it is broken."""
        if not is_id(pack_id):
            return None
        path = self.folder / pack_id / MANIFEST_NAME
        try:
            stat = path.stat()
            seen = (stat.st_mtime_ns, stat.st_size)
            cached = self._read.get(pack_id)
            if cached is not None and cached[0] == seen:
                return cached[1]
            data = read_regular_file(path, MANIFEST_MAX_BYTES + 1)
        except FileNotFoundError:
            if (self.folder / pack_id).is_dir():
                raise VoicePackError(
                    _source(pack_id), VoicePackProblem.MISSING, f"has no {MANIFEST_NAME}"
                ) from None
            return None
        except OSError as error:
            raise VoicePackError(
                _source(pack_id),
                VoicePackProblem.NOT_FOUND,
                f"cannot be read ({error.strerror or error})",
                MANIFEST_NAME,
            ) from None
        manifest = parse_manifest(data, _source(pack_id), None)
        if manifest.id != pack_id:
            raise VoicePackError(
                _source(pack_id),
                VoicePackProblem.BAD_VALUE,
                f"must be the folder's name {pack_id!r}",
                MANIFEST_NAME,
                "id",
            )
        self._read[pack_id] = (seen, manifest)
        return manifest

    def require(self, pack_id: str) -> Manifest:
        manifest = self.get(pack_id)
        if manifest is None:
            raise VoicePackError(_source(pack_id), VoicePackProblem.NOT_FOUND, "is not installed")
        return manifest

    def audio_path(self, pack_id: str, recording: Recording) -> Path:
        """Where the audio of ``recording`` in the pack ``pack_id`` is."""
        if not is_id(pack_id) or recording.file != recording_file(
            recording.session, recording.step
        ):
            raise ValueError(f"not a recording of a voice pack: {pack_id!r}, {recording.file!r}")
        return self.folder / pack_id / recording.file

    # -- changing ---------------------------------------------------------------------

    def _taken(self) -> set[str]:
        try:
            return {p.name for p in self.folder.iterdir()}
        except FileNotFoundError:
            return set()

    def create(self, name: str, language: str) -> Manifest:
        """A new, empty pack named ``name``; its id comes from the name, unlike any other."""
        try:
            cleaned = clean_name(name)
        except ValueError as error:
            raise VoicePackError(
                "voice pack", VoicePackProblem.OUT_OF_RANGE, str(error), "", "name"
            ) from None
        with storage_errors(self.folder):
            self.folder.mkdir(parents=True, exist_ok=True)
            manifest = Manifest(pack_id_from_name(cleaned, self._taken()), cleaned, language)
            parse_manifest(manifest_bytes(manifest), "voice pack", None)  # the language
            building = Path(tempfile.mkdtemp(prefix=".new-", dir=self.folder))
            try:
                _write_bytes(building / MANIFEST_NAME, manifest_bytes(manifest))
                os.rename(building, self.folder / manifest.id)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)
                raise
        return manifest

    def _save(self, manifest: Manifest) -> Manifest:
        with storage_errors(self.folder / manifest.id):
            _write_bytes(self.folder / manifest.id / MANIFEST_NAME, manifest_bytes(manifest))
        return manifest

    def rename(self, pack_id: str, name: str) -> Manifest:
        manifest = self.require(pack_id)
        try:
            cleaned = clean_name(name)
        except ValueError as error:
            raise VoicePackError(
                _source(pack_id), VoicePackProblem.OUT_OF_RANGE, str(error), "", "name"
            ) from None
        return self._save(manifest._replace(name=cleaned))

    def put_recording(
        self,
        pack_id: str,
        session: str,
        step: str,
        source_file: Path,
        seconds: float,
        known: Known | None = None,
    ) -> Manifest:
        """Add or replace the recording of (session, step) with a copy of ``source_file``.

        The audio file is replaced whole first, then the manifest. With ``known`` the
        session and step must be in it and the tense limit holds.
        """
        manifest = self.require(pack_id)
        source = _source(pack_id)
        where = recording_file(session, step) if is_id(session) and is_id(step) else ""
        if not where:
            raise VoicePackError(
                source, VoicePackProblem.BAD_VALUE, "session and step must be ids", "", "step"
            )
        limit = None
        if known is not None:
            steps: Mapping[str, float | None] = known.get(session, {})
            if step not in steps:
                raise VoicePackError(
                    source, VoicePackProblem.UNKNOWN_STEP, "is not a known step", where, "step"
                )
            limit = steps[step]
        check_seconds(seconds, limit, source, where)
        try:
            data = read_regular_file(source_file, AUDIO_MAX_BYTES + 1)
        except OSError as error:
            raise VoicePackError(
                str(source_file),
                VoicePackProblem.NOT_FOUND,
                f"cannot be read ({error.strerror or error})",
            ) from None
        if len(data) > AUDIO_MAX_BYTES:
            raise VoicePackError(
                str(source_file),
                VoicePackProblem.TOO_BIG,
                f"is larger than {size_text(AUDIO_MAX_BYTES)}",
            )
        if not is_voice_wav(data[:WAV_HEAD_BYTES]):
            raise VoicePackError(
                str(source_file), VoicePackProblem.BAD_AUDIO, voice_pack_zip.NOT_A_RECORDING
            )
        target = self.folder / pack_id / where
        with storage_errors(target):
            target.parent.mkdir(exist_ok=True)
            _write_bytes(target, data)
        return self._save(manifest.with_recording(session, step, seconds))

    def remove_recording(self, pack_id: str, session: str, step: str) -> Manifest:
        """The pack without the recording of (session, step): the manifest first, then
        the file, so the manifest never names a missing file."""
        manifest = self.require(pack_id)
        recording = manifest.find(session, step)
        if recording is None:
            return manifest
        saved = self._save(manifest.without_recording(session, step))
        path = self.audio_path(pack_id, recording)
        with storage_errors(path):
            path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # not empty: other steps of the session
                path.parent.rmdir()
        return saved

    def delete(self, pack_id: str) -> None:
        """Remove the pack: renamed out of sight first, then its files removed."""
        self.require(pack_id)
        with storage_errors(self.folder / pack_id):
            doomed = Path(tempfile.mkdtemp(prefix=".gone-", dir=self.folder))
            os.replace(self.folder / pack_id, doomed / pack_id)
        shutil.rmtree(doomed, ignore_errors=True)

    def export(self, pack_id: str, dest: Path) -> None:
        """The pack as one zip at ``dest``, written under another name and renamed.

        A place among the app's own files in the data folder (this folder's parent) is
        refused, unwritten (OwnFileError).
        """
        manifest = self.require(pack_id)
        check_output(dest, self.folder.parent)
        with storage_errors(dest):
            write_path_atomically(
                dest,
                lambda path: voice_pack_zip.write_zip(
                    path, manifest, lambda r: self.audio_path(pack_id, r)
                ),
            )

    def zip_bytes(self, pack_id: str) -> bytes:
        """The pack's zip as bytes, as export writes it (a plan file carries these)."""
        manifest = self.require(pack_id)
        with storage_errors(self.folder), tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "pack.zip"
            voice_pack_zip.write_zip(path, manifest, lambda r: self.audio_path(pack_id, r))
            return path.read_bytes()

    # -- importing --------------------------------------------------------------------

    @staticmethod
    def read_zip(path: Path, known: Known) -> Manifest:
        """The checked manifest of a voice pack zip; nothing is written."""
        return voice_pack_zip.read_zip(path, known)

    def import_zip(self, path: Path, known: Known, replace: bool = False) -> Manifest:
        """Install the pack in the zip at ``path``, whole or not at all.

        Checked through first (nothing written), then unpacked into a temporary folder
        beside the packs, checked again as it is written, and renamed into place. An
        installed pack of the same id is replaced only with ``replace`` (else
        VoicePackError EXISTS). On any error the folder is as it was.
        """
        return self._install(path, voice_pack_zip.source_of(path), known, replace)

    def import_zip_bytes(
        self, data: bytes, source: str, known: Known, replace: bool = False
    ) -> Manifest:
        """import_zip for a zip held in memory (a plan file carries one)."""
        return self._install(data, source, known, replace)

    def check_zip_bytes(self, data: bytes, source: str, known: Known) -> Manifest:
        return voice_pack_zip.read_zip_bytes(data, source, known)

    def _install(self, zipped: Path | bytes, source: str, known: Known, replace: bool) -> Manifest:
        if isinstance(zipped, bytes):
            manifest = voice_pack_zip.read_zip_bytes(zipped, source, known)
        else:
            manifest = voice_pack_zip.read_zip(zipped, known)
        final = self.folder / manifest.id
        if not replace and (final.exists() or final.is_symlink()):
            raise VoicePackError(
                source,
                VoicePackProblem.EXISTS,
                f"a voice pack {manifest.id!r} is already installed",
                "",
                "id",
            )
        made_folder = not self.folder.exists()
        with storage_errors(self.folder):
            self.folder.mkdir(parents=True, exist_ok=True)
            building = Path(tempfile.mkdtemp(prefix=".import-", dir=self.folder))
            try:
                unpacked = voice_pack_zip.extract(zipped, source, known, building)
                if unpacked != manifest:  # the file changed under us
                    raise VoicePackError(
                        source, VoicePackProblem.BAD_VALUE, "changed while it was read"
                    )
                self._move_in(building, final)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)
                if made_folder:
                    with contextlib.suppress(OSError):
                        self.folder.rmdir()
                raise
        return manifest

    def _move_in(self, building: Path, final: Path) -> None:
        if not (final.exists() or final.is_symlink()):
            os.rename(building, final)
            return
        old = Path(tempfile.mkdtemp(prefix=".old-", dir=self.folder))
        os.replace(final, old / final.name)
        try:
            os.rename(building, final)
        except BaseException:
            os.replace(old / final.name, final)
            shutil.rmtree(old, ignore_errors=True)
            raise
        shutil.rmtree(old, ignore_errors=True)
