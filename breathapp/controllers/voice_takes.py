# SPDX-License-Identifier: GPL-3.0-or-later
"""The recordings inside a voice pack, for the recording screen: keep, find, remove a take.

Every failure comes out as one VoicePackError (a refusing disk as problem DISK), as with
controllers/voice_packs.py; nothing changes when an action fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from breathapp.core.errors import StorageError
from breathapp.core.voice_pack import (
    Known,
    Manifest,
    Recording,
    VoicePackError,
    VoicePackProblem,
)


class RecordingStore(Protocol):
    def get(self, pack_id: str) -> Manifest | None: ...
    def audio_path(self, pack_id: str, recording: Recording) -> Path: ...
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
    try:
        yield
    except StorageError as error:
        raise VoicePackError("", VoicePackProblem.DISK, str(error)) from error
    except OSError as error:
        detail = f"{where}: {error.strerror or error}"
        raise VoicePackError("", VoicePackProblem.DISK, detail) from error


class VoiceTakes(QObject):
    """Puts takes into a voice pack and finds them again.

    Signals:
        changed(str): the recordings of the pack with this id changed.
    """

    changed = Signal(str)

    def __init__(self, store: RecordingStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def recordings(self, pack_id: str) -> tuple[Recording, ...]:
        try:
            manifest = self._store.get(pack_id)
        except (VoicePackError, StorageError, OSError):
            return ()
        return manifest.recordings if manifest is not None else ()

    def audio(self, pack_id: str, session: str, step: str) -> Path | None:
        """The file of the recording of (session, step), or None when there is none."""
        for recording in self.recordings(pack_id):
            if (recording.session, recording.step) == (session, step):
                path = self._store.audio_path(pack_id, recording)
                return path if path.is_file() else None
        return None

    def keep(
        self, pack_id: str, session: str, step: str, take: Path, seconds: float, known: Known
    ) -> Manifest:
        """The take (a .wav) becomes the recording of (session, step), replacing any."""
        with _one_error(take):
            kept = self._store.put_recording(pack_id, session, step, take, seconds, known)
        self.changed.emit(pack_id)
        return kept

    def remove(self, pack_id: str, session: str, step: str) -> Manifest:
        with _one_error(pack_id):
            left = self._store.remove_recording(pack_id, session, step)
        self.changed.emit(pack_id)
        return left
