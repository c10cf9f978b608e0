# SPDX-License-Identifier: GPL-3.0-or-later
"""Menus added after the first paint (Profile, Plan, the tray's): one way to make and place them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


class Menu(QMenu):
    """A menu that says when the user's language changed, so its owner sets its texts again.

    Signals:
        language_changed(): time to set its texts again.
    """

    # A signal, not a stored callback: a menu holding its owner's bound method makes a
    # reference cycle that the garbage collector may break in the wrong order (a crash
    # seen with the tray icon).
    language_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed.emit()
        super().changeEvent(event)


def add_action(menu: QMenu, slot: Callable[[], object]) -> QAction:
    """A new action at the end of ``menu`` that calls ``slot``; its text comes later."""
    action = QAction(menu)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def insert_before_help(window: QMainWindow, menu: QMenu) -> None:
    """Put ``menu`` in the window's menu bar just before Help (at the end if it has none)."""
    help_menu = getattr(window, "help_menu", None)
    if isinstance(help_menu, QMenu):
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
