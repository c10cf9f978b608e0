# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard only: Tab reaches every control on every screen, in each of its states.

A control in a group of choices (check-in numbers, the start screen's lengths and
patterns) is reached as round buttons are: Tab enters the group, the arrows go along it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.builders.app import close_app
from tests.builders.screens import app_with_practice, every_screen

_TABS = 400  # more than any screen has controls


def _focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is window
    ]


def _reached(window: QWidget, qtbot: QtBot) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(_TABS):
        focused = QApplication.focusWidget()
        if focused is None:
            window.focusNextChild()
            continue
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            continue
        if seen and now is seen[0]:
            break  # round the whole chain once
        if not any(now is s for s in seen):
            seen.append(now)
    return seen


def _in_a_reached_group(widget: QWidget, reached: list[QWidget]) -> bool:
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is None or not group.exclusive():
        return False
    return any(any(b is r for r in reached) for b in group.buttons())


def test_tab_reaches_every_control_on_every_screen(qtbot: QtBot, tmp_path: Path) -> None:
    built = app_with_practice(qtbot, tmp_path)
    window = built.window
    window.activateWindow()
    missed: list[str] = []
    for name, screen in every_screen(built):
        QApplication.processEvents()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        controls = _focusable(screen)
        if not controls:
            continue
        controls[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached = _reached(screen, qtbot)
        for widget in _focusable(screen):
            if any(widget is r for r in reached) or _in_a_reached_group(widget, reached):
                continue
            text = getattr(widget, "text", lambda: "")()
            missed.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} {text!r}")
    close_app(built)
    assert missed == [], f"{len(missed)} not reached by Tab:\n" + "\n".join(missed)


def test_tab_reaches_every_control_of_the_plan_editor_and_import_preview(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from breathapp.ui.plan.plan_editor import PlanEditor
    from breathapp.ui.plan.plan_import import ImportPreview
    from tests.builders.plans import TODAY, format_two_plan

    built = app_with_practice(qtbot, tmp_path)
    plan = format_two_plan()
    scripts = built.relax.library.scripts
    editor = PlanEditor(plan, built.profile.profile, scripts, TODAY, None, built.window)
    preview = ImportPreview(plan, built.relax.script, True, built.window)
    missed: list[str] = []
    walked: list[QWidget] = []
    for name, dialog, tab in (
        ("plan editor, phases", editor, 0),
        ("plan editor, message and contact", editor, 1),
        ("import preview", preview, None),
    ):
        dialog.show()
        if tab is not None:
            editor.tabs.setCurrentIndex(tab)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d, timeout=2000)
        QApplication.processEvents()
        _focusable(dialog)[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached = _reached(dialog, qtbot)
        walked += reached
        for widget in _focusable(dialog):
            if any(widget is r for r in reached) or _in_a_reached_group(widget, reached):
                continue
            text = getattr(widget, "text", lambda: "")()
            missed.append(f"{name}: {type(widget).__name__} {widget.objectName()!r} {text!r}")
        dialog.close()
    form, about = editor.phase_form, editor.about
    for widget in (form.movement_spin, form.activity_edit, about.advice_edit, about.suggest_check):
        assert any(widget is w for w in walked), widget.accessibleName()
    close_app(built)
    assert missed == [], f"{len(missed)} not reached by Tab:\n" + "\n".join(missed)
