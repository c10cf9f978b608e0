# SPDX-License-Identifier: GPL-3.0-or-later
"""Hands what a later launch on this data folder asks for to the app already open on it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal, Slot

from breathapp.storage.instance_requests import Request, RequestInbox

log = logging.getLogger("breathapp")


class InstanceController(QObject):
    """Watches the requests folder (a file watcher: no network, no polling).

    Every request brings the window to the front; one with a session starts it only
    when none is under way (``busy``), so a running session is never cut short.

    Signals:
        front_requested(): a later launch asked for the window.
        start_requested(Request): ... and for this session, and nothing is running.
    """

    front_requested = Signal()
    start_requested = Signal(object)

    def __init__(
        self,
        watcher: QFileSystemWatcher,
        inbox: RequestInbox,
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._inbox = inbox
        self._busy = busy
        watcher.setParent(self)
        watcher.directoryChanged.connect(self._on_directory_changed)

    def start(self) -> bool:
        """Watch the folder, then take what arrived before; False if it cannot be watched."""
        try:
            folder = self._inbox.ensure_folder()
        except OSError as error:
            log.warning("cannot watch for other launches: %s", error)
            return False
        watching = self._watcher.addPath(str(folder))
        if not watching:
            log.warning("cannot watch for other launches in %s", folder)
        self._take()
        return watching

    @Slot(str)
    def _on_directory_changed(self, _path: str) -> None:
        self._take()

    def _take(self) -> None:
        taken = self._inbox.take()
        for problem in taken.refused:
            log.info("ignored a request from another launch: %s", problem)
        for request in taken.requests:
            self._handle(request)

    def _handle(self, request: Request) -> None:
        self.front_requested.emit()
        if request.start is not None and not self._busy():
            self.start_requested.emit(request)
