# SPDX-License-Identifier: GPL-3.0-or-later
"""The voice packs on this computer, for the ui: list, make, rename, delete, export, import,
and the recordings in them (a take kept, found again, removed).

Every failure comes out as one VoicePackError whose words the ui shows on one line: a
pack that cannot be used says where it is wrong; a disk that refuses says so (problem
DISK). Nothing changes when an action fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.errors import OwnFileError, StorageError
from breathapp.core.voice_pack import Known, Manifest, Recording, VoicePackError, VoicePackProblem


class VoicePackStore(Protocol):
    def list(self) -> tuple[Manifest, ...]: ...
    def get(self, pack_id: str) -> Manifest | None: ...
    def audio_path(self, pack_id: str, recording: Recording) -> Path: ...
    def create(self, name: str, language: str) -> Manifest: ...
    def rename(self, pack_id: str, name: str) -> Manifest: ...
    def delete(self, pack_id: str) -> None: ...
    def export(self, pack_id: str, dest: Path) -> None: ...
    def read_zip(self, path: Path, known: Known) -> Manifest: ...
    def import_zip(self, path: Path, known: Known, replace: bool = False) -> Manifest: ...
    def import_zip_bytes(
        self, data: bytes, source: str, known: Known, replace: bool = False
    ) -> Manifest: ...
    def zip_bytes(self, pack_id: str) -> bytes: ...
    def put_recording(
        self,
        pack_id: str,
        session: str,
        step: str,
        source_file: Path,
        seconds: float,
        known: Known | None = None,
    ) -> Manifest: ...
    def remove_recording(self, pack_id: str, session: str, step: str) -> Manifest: ...


@contextmanager
def _one_error(where: Path | str) -> Iterator[None]:
    """StorageError (and a stray OSError) as a VoicePackError the ui can show."""
    try:
        yield
    except (StorageError, OwnFileError) as error:
        raise VoicePackError("", VoicePackProblem.DISK, str(error)) from error
    except OSError as error:
        detail = f"{where}: {error.strerror or error}"
        raise VoicePackError("", VoicePackProblem.DISK, detail) from error


class VoicePacksController(QObject):
    """The voice packs shared by every profile on this computer.

    ``known`` gives the sessions and steps a pack may hold (the scripts of the app's
    language, and the breathing cues); it is asked only when a zip is read.

    Signals:
        changed(): a pack was made, renamed, deleted or imported.
        recordings_changed(str): a recording of the pack with this id was kept or removed.
    """

    changed = Signal()
    recordings_changed = Signal(str)

    def __init__(
        self,
        store: VoicePackStore,
        known: Callable[[], Known],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._known = known

    def packs(self) -> tuple[Manifest, ...]:
        """Every usable pack, by name (a broken one is left out; the log says why)."""
        try:
            return self._store.list()
        except (StorageError, OSError):
            return ()

    def pack(self, pack_id: str) -> Manifest | None:
        """The pack ``pack_id``, or None when it is not installed or cannot be used."""
        if not pack_id:
            return None
        try:
            return self._store.get(pack_id)
        except (VoicePackError, StorageError, OSError):
            return None

    def recording(self, pack_id: str, session: str, step: str) -> tuple[Recording, Path] | None:
        """The recording of (session, step) in the pack ``pack_id`` and where its audio
        file is; None when the pack (or the step in it) is not there."""
        manifest = self.pack(pack_id)
        found = manifest.find(session, step) if manifest is not None else None
        if found is None:
            return None
        return found, self._store.audio_path(pack_id, found)

    def recordings(self, pack_id: str) -> tuple[Recording, ...]:
        manifest = self.pack(pack_id)
        return manifest.recordings if manifest is not None else ()

    def audio(self, pack_id: str, session: str, step: str) -> Path | None:
        """The file of the recording of (session, step), or None when there is none."""
        found = self.recording(pack_id, session, step)
        return found[1] if found is not None and found[1].is_file() else None

    def keep(
        self, pack_id: str, session: str, step: str, take: Path, seconds: float, known: Known
    ) -> Manifest:
        """The take (a .wav) becomes the recording of (session, step), replacing any."""
        with _one_error(take):
            kept = self._store.put_recording(pack_id, session, step, take, seconds, known)
        self.recordings_changed.emit(pack_id)
        return kept

    def remove_recording(self, pack_id: str, session: str, step: str) -> Manifest:
        with _one_error(pack_id):
            left = self._store.remove_recording(pack_id, session, step)
        self.recordings_changed.emit(pack_id)
        return left

    def create(self, name: str, language: str) -> Manifest:
        with _one_error(name):
            made = self._store.create(name, language)
        self.changed.emit()
        return made

    def rename(self, pack_id: str, name: str) -> Manifest:
        with _one_error(pack_id):
            renamed = self._store.rename(pack_id, name)
        self.changed.emit()
        return renamed

    def delete(self, pack_id: str) -> None:
        with _one_error(pack_id):
            self._store.delete(pack_id)
        self.changed.emit()

    def export_to(self, pack_id: str, path: Path) -> Path:
        """Write the pack as one zip at ``path``; returns the path written."""
        with _one_error(path):
            self._store.export(pack_id, path)
        return path

    def preview(self, path: Path) -> Manifest:
        """What the zip at ``path`` holds, checked through; nothing is installed."""
        with _one_error(path):
            return self._store.read_zip(path, self._known())

    def installed(self, pack_id: str) -> bool:
        """Whether a pack of this id is installed (an import would replace it)."""
        return self.pack(pack_id) is not None

    def import_from(self, path: Path, replace: bool = False) -> Manifest:
        """Install the pack in the zip at ``path``, whole or not at all.

        A pack of the same id is replaced only with ``replace``; without it the error's
        problem is EXISTS, and the ui may ask and call again with ``replace=True``.
        """
        with _one_error(path):
            installed = self._store.import_zip(path, self._known(), replace)
        self.changed.emit()
        return installed

    # -- a plan's recorded voice --------------------------------------------------------

    def known(self) -> Known:
        """The sessions and steps a pack may hold here."""
        return self._known()

    def zip_of(self, pack_id: str) -> bytes | None:
        """The pack's zip, for a plan file to carry; None when it is not installed."""
        if self.pack(pack_id) is None:
            return None
        with _one_error(pack_id):
            return self._store.zip_bytes(pack_id)

    def install_zip(self, data: bytes, source: str) -> Manifest:
        """Install (or replace) the pack in ``data``, a zip a plan file carried, whole or
        not at all."""
        with _one_error(source):
            installed = self._store.import_zip_bytes(data, source, self._known(), replace=True)
        self.changed.emit()
        return installed
