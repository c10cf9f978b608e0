# SPDX-License-Identifier: GPL-3.0-or-later
"""The HeartController, made when a heart feature is first used (or --rr-replay asks)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from breathapp.controllers.heart_controller import HeartController
from breathapp.controllers.heart_sensor import BleBackend
from breathapp.core.heart.link import LinkState
from breathapp.core.heart.rr_file import RrFileError
from breathapp.logs import log

if TYPE_CHECKING:
    from breathapp.app.built import Built


def _timer() -> QTimer:
    timer = QTimer()
    timer.setSingleShot(True)  # the sources set it again for each wait
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a beat lands within a few ms
    return timer


def _radio() -> BleBackend:
    from breathapp.controllers.heart_ble import QtBleBackend  # QtBluetooth loads here

    return QtBleBackend()


def heart(built: Built) -> HeartController:
    """The window's HeartController, made the first time it is asked for."""
    if built.heart is None:
        built.heart = HeartController(built.clock, _timer, _radio, parent=built.session)
        # A session's beats go with it, through the session's own writer (breathing and
        # relaxation alike); a session without a source stores none.
        built.session.set_beat_feed(built.heart)
        built.relax.set_beat_feed(built.heart)
    return built.heart


def beat_source(built: Built) -> HeartController | None:
    """The heart source while it gives beats (a connected strap, a file replaying), else
    None: what the resonance test measures from."""
    source = built.heart
    return source if source is not None and source.link is LinkState.CONNECTED else None


def start_replay(built: Built, path: Path) -> None:
    """--rr-replay: the file was checked before the window opened; if it changed since,
    the log says why and the heart stays off."""
    try:
        heart(built).replay(path)
    except RrFileError as error:
        log.warning("--rr-replay: %s", error)
