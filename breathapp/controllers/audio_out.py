# SPDX-License-Identifier: GPL-3.0-or-later
"""Qt Multimedia's sound output, opened one way for everything the app plays as samples:
the eyes-closed hum, the background sound and the therapist's recorded voice."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject


def import_multimedia() -> ModuleType:
    # Imported only when sound is first needed, after the first paint: Qt Multimedia costs
    # start-up time, and fails to import on machines without libpulse.
    import PySide6.QtMultimedia

    return PySide6.QtMultimedia


def mono_sink(
    multimedia: Callable[[], ModuleType], rate_hz: int, parent: QObject, buffer_ms: int = 0
) -> tuple[Any, str]:
    """A QAudioSink for mono 16-bit samples at ``rate_hz`` on the default output, not yet
    started (``buffer_ms``: what the device holds, 0 for Qt's own choice); or None and
    why not, in English for the log."""
    try:
        qt = multimedia()
    except ImportError as error:
        return None, f"Qt Multimedia is not available: {error}"
    device = qt.QMediaDevices.defaultAudioOutput()
    if device.isNull():
        return None, "no audio output device"
    fmt = qt.QAudioFormat()
    fmt.setSampleRate(rate_hz)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(qt.QAudioFormat.SampleFormat.Int16)
    sink = qt.QAudioSink(device, fmt, parent)
    if buffer_ms:
        sink.setBufferSize(rate_hz * 2 * buffer_ms // 1000)
    return sink, ""
