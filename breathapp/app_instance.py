# SPDX-License-Identifier: GPL-3.0-or-later
"""The rest of the composition root: a later launch on this data folder hands over to us."""

# Set up after the first paint (app.after_first_paint), so start-up does not pay for it.
# The lock and the request files are in storage/instance_lock.py and instance_requests.py
# (no Qt); the watching in controllers/instance_controller.py; here only the wiring.

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, Qt

from breathapp.controllers.instance_controller import InstanceController
from breathapp.core.patterns import PatternError
from breathapp.logs import log
from breathapp.storage.instance_requests import Request, RequestInbox

if TYPE_CHECKING:
    from breathapp.app import Built


def watch_requests(built: Built) -> InstanceController:
    """Come to the front for every later launch; start its session when none is running."""
    from breathapp.app import close_when_done, start_from_options  # loaded long before

    window = built.window

    def busy() -> bool:
        return built.session.state.is_live or built.relax.state.is_live

    def to_front() -> None:
        # Only un-minimised: a window in full screen or maximised stays so.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def start(request: Request) -> None:
        if request.fullscreen and not window.isFullScreen():
            window.toggle_fullscreen()
        if request.quit_when_done:
            close_when_done(built)
        try:  # the sender checked it against this same store; a hand-made file may not be
            start_from_options(built, request)
        except PatternError as error:
            log.warning("a request from another launch: %s", error)

    inbox = RequestInbox(built.db.data_dir)
    controller = InstanceController(QFileSystemWatcher(), inbox, busy, parent=built.session)
    controller.front_requested.connect(to_front)
    controller.start_requested.connect(start)
    controller.start()
    return controller
