# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's Space and Enter: the focused control first, the session only when none claims them.

A key goes to the focused control; what it leaves unused bubbles up to the window. Only
there, and only when the focus is on no control (the guide, a check-in, nothing), do Space
and Enter start, skip the settle-in, or pause. A focused button takes Enter as it takes
Space: it is pressed. When a session starts, the focus goes to the guide itself, so Space
pauses rather than pressing whichever button the focus fell on (Stop, I feel dizzy).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from breathapp.core.session import SessionState
from breathapp.ui.common.keys import claims, claims_keys

PRIMARY_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WindowKeys(QObject):
    """Space and Enter for ``window``: ``primary()`` when no focused control claims them.

    The key is looked at where it first arrives, on the focused control, before that control
    acts on it (a control may move the focus as it acts: a note saved with Enter shows a
    Done button, which must not be pressed by the same Enter). What a control claims and
    leaves unused bubbles up to the window, which then does nothing more with it.

    ``focus_when_live(state_changed, target)`` moves the focus to ``target()`` whenever a
    session of that kind starts.
    """

    def __init__(self, window: QWidget, primary: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._primary = primary
        self._claimed = False  # the key now bubbling up was a control's
        window.installEventFilter(self)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old is not self._window:
            old.removeEventFilter(self)
        if new is not None and self._window.isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and watched is not self._window:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.NoModifier and claims(watched, event.key()):
                event.accept()  # a relaxation's arrows stay in a focused list or slider
            return False
        if kind == QEvent.Type.KeyRelease:
            self._claimed = False
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in PRIMARY_KEYS or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if watched is not self._window:  # on the focused control, before it acts
            assert isinstance(watched, QWidget)
            return self._on_key(watched, event, first=True)
        if self._claimed:  # a control had it and left it: nothing more
            self._claimed = False
            return False
        return self._on_key(self._window.focusWidget(), event, first=False)

    def _on_key(self, focused: QWidget | None, event: QKeyEvent, first: bool) -> bool:
        if isinstance(focused, QPushButton) and (event.key() != Qt.Key.Key_Space or not first):
            if focused.isEnabled() and focused.isVisible():
                focused.click()  # Enter presses the focused button, as Space does
            return True
        if claims_keys(focused):
            self._claimed = True
            return False  # the control's own: it acts, the window does not
        self._primary()
        return True

    def focus_when_live(self, state_changed: SignalInstance, target: Callable[[], QWidget]) -> None:
        was_live = [False]

        def on_state(state: SessionState) -> None:
            if state.is_live and not was_live[0]:
                target().setFocus(Qt.FocusReason.OtherFocusReason)
            was_live[0] = state.is_live

        state_changed.connect(on_state)
