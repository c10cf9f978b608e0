# SPDX-License-Identifier: GPL-3.0-or-later
"""Session focus: while a session runs, or in full screen, the rest of the app steps back.

The rail (with the profile's name in it) and the menu bar are hidden, and the file work
waits. They come back when the session is over (its summary) or stopped, and when full
screen is left with no session running. The keys stay: Esc stops, F11 leaves full screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget


class SessionFocus:
    """Shows or hides what is around the session, from two facts: live, and full screen."""

    def __init__(self, window: QMainWindow, nav: QWidget, waiting: Sequence[QAction]) -> None:
        self._window = window
        self._nav = nav
        self._waiting = tuple(waiting)  # actions that wait while a session runs
        self._live = False
        self._full = False

    @property
    def live(self) -> bool:
        return self._live

    def set_live(self, live: bool) -> None:
        self._live = live
        self._apply()

    def set_full_screen(self, full: bool) -> None:
        self._full = full
        self._apply()

    def _apply(self) -> None:
        quiet = self._live or self._full
        self._nav.setVisible(not quiet)
        self._window.menuBar().setVisible(not quiet)
        self._nav.setEnabled(not self._live)
        for action in self._waiting:
            action.setEnabled(not self._live)
