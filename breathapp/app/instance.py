# SPDX-License-Identifier: GPL-3.0-or-later
"""A later launch on this data folder hands over to this window."""

# Set up after the first paint (later.py), so start-up does not pay for it. The lock and
# the request files are in storage/instance_lock.py and instance_requests.py (no Qt); the
# watching in controllers/instance_controller.py; here only the wiring.

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, Qt

from breathapp.app.starting import close_when_done, start_from_options
from breathapp.controllers.instance_controller import InstanceController
from breathapp.core.patterns import PatternError
from breathapp.logs import log
from breathapp.storage.instance_requests import Request, RequestInbox

if TYPE_CHECKING:
    from breathapp.app.built import Built


def watch_requests(built: Built) -> InstanceController:
    """Come to the front for every later launch; start its session when none is running.

    The session is vetted by this window's profile as any other: the launch that sent it
    could only see the first profile, or none.
    """
    window = built.window

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
        try:  # the sender checked the words of it; a hand-made file may not have been
            start_from_options(built, request)
        except PatternError as error:
            log.warning("a request from another launch: %s", error)

    inbox = RequestInbox(built.db.data_dir)
    controller = InstanceController(QFileSystemWatcher(), inbox, built.busy, parent=built.session)
    controller.front_requested.connect(to_front)
    controller.start_requested.connect(start)
    controller.start()
    built.instance = controller
    return controller
